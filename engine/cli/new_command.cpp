#include <filesystem>
#include <memory>

#include "author/scaffold.h"
#include "check/installation.h"
#include "cli/author_output.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/error.h"
#include "core/home.h"
#include "core/limits.h"
#include "load/document_builder.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;

struct NewArgs {
    std::string kind;
    std::string area;
    std::string format;
    std::string output;
};

int run_new(const NewArgs& args, std::ostream& out) {
    if (!args.output.empty() && fs::exists(args.output))
        throw InputError({args.output}, "the file already exists; draftcheck new never replaces a file: give another name");
    const Syntax syntax = !args.format.empty() ? (args.format == "yaml" ? Syntax::yaml : Syntax::json)
                          : args.output.empty() ? Syntax::yaml
                                                : syntax_of(args.output);
    const std::string schema_path = draftcheck_home().path + "/schemas/draft.schema.json";
    const SourceText schema_text = SourceText::read(schema_path, limits::max_draft_bytes);
    const nlohmann::ordered_json schema = parse_ordered_document(schema_text, limits::max_json_depth);
    // Where the schema is from the new file, so an editor that reads "$schema" finds it.
    const fs::path from = args.output.empty() ? fs::current_path() : fs::absolute(args.output).parent_path();
    const std::string reference = fs::absolute(schema_path).lexically_normal().lexically_relative(from.lexically_normal()).generic_string();

    const Scaffold scaffold = make_scaffold(schema, args.kind, args.area);
    std::string text;
    if (syntax == Syntax::yaml) {
        text = "# yaml-language-server: $schema=" + reference + "\n# A new " + args.kind +
               " draft: fill in what the draft says and leave the rest empty; `draftcheck check` says what is missing.\n" +
               write_yaml(scaffold.draft, scaffold.comments);
    } else {
        nlohmann::ordered_json with_schema = {{"$schema", reference}};
        for (const auto& [key, value] : scaffold.draft.items()) with_schema[key] = value;
        text = write_json(with_schema);
    }
    write_output(args.output, text, {}, out);
    return exit_code::clean;
}

}  // namespace

Action add_new_command(CLI::App& app) {
    auto args = std::make_shared<NewArgs>();
    CLI::App* cmd = app.add_subcommand("new", "Write a new, empty draft with every section, to fill in (YAML with a comment on each field).");
    cmd->add_option("--kind", args->kind, "The kind of agreement")->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}))->required();
    cmd->add_option("--area", args->area, "The area the agreement covers, for example Leicestershire");
    cmd->add_option("--format", args->format, "yaml or json (default: from --output's extension, else yaml)")->check(CLI::IsMember({"yaml", "json"}));
    cmd->add_option("--output", args->output, "Write to this new file instead of standard output");
    return [args](std::ostream& out, std::ostream&) { return run_new(*args, out); };
}

}  // namespace draftcheck
