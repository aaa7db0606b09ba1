#include <memory>

#include "author/draft_writer.h"
#include "author/yaml_comments.h"
#include "cli/author_output.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/limits.h"

namespace draftcheck {
namespace {

struct ConvertArgs {
    std::string file;
    std::string to;
    std::string output;
};

// YAML to YAML keeps the comments; JSON has none, so YAML to JSON says how many it leaves out.
int run_convert(const ConvertArgs& args, std::ostream& out, std::ostream& err) {
    const SourceText source = SourceText::read(args.file, limits::max_draft_bytes);
    const auto [document, comments] = read_commented_document(source, limits::max_json_depth);
    const Syntax to = args.to == "yaml" ? Syntax::yaml : Syntax::json;
    write_output(args.output, write_document(document, to, comments.placed), {args.file}, out);
    if (to == Syntax::json && comments.count > 0)
        err << args.file << ": note: JSON has no comments, so the " << comments.count << " comment" << (comments.count == 1 ? " is" : "s are")
            << " not in the JSON\n";
    return exit_code::clean;
}

}  // namespace

Action add_convert_command(CLI::App& app) {
    auto args = std::make_shared<ConvertArgs>();
    CLI::App* cmd = app.add_subcommand("convert", "Convert a draft between JSON and YAML, keeping the order of its keys.");
    cmd->add_option("file", args->file, "The draft (.json, .yaml or .yml)")->required();
    cmd->add_option("--to", args->to, "yaml or json")->check(CLI::IsMember({"yaml", "json"}))->required();
    cmd->add_option("--output", args->output, "Write to this file (whole or not at all) instead of standard output");
    return [args](std::ostream& out, std::ostream& err) { return run_convert(*args, out, err); };
}

}  // namespace draftcheck
