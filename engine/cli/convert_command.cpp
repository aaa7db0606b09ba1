#include <memory>

#include "author/draft_writer.h"
#include "cli/author_output.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/limits.h"
#include "load/document_builder.h"

namespace draftcheck {
namespace {

struct ConvertArgs {
    std::string file;
    std::string to;
    std::string output;
};

int run_convert(const ConvertArgs& args, std::ostream& out) {
    const SourceText source = SourceText::read(args.file, limits::max_draft_bytes);
    const nlohmann::ordered_json document = parse_ordered_document(source, limits::max_json_depth);
    write_output(args.output, write_document(document, args.to == "yaml" ? Syntax::yaml : Syntax::json), {args.file}, out);
    return exit_code::clean;
}

}  // namespace

Action add_convert_command(CLI::App& app) {
    auto args = std::make_shared<ConvertArgs>();
    CLI::App* cmd = app.add_subcommand("convert", "Convert a draft between JSON and YAML, keeping the order of its keys.");
    cmd->add_option("file", args->file, "The draft (.json, .yaml or .yml)")->required();
    cmd->add_option("--to", args->to, "yaml or json")->check(CLI::IsMember({"yaml", "json"}))->required();
    cmd->add_option("--output", args->output, "Write to this file (whole or not at all) instead of standard output");
    return [args](std::ostream& out, std::ostream&) { return run_convert(*args, out); };
}

}  // namespace draftcheck
