#include <memory>

#include "author/draft_writer.h"
#include "author/targets_import.h"
#include "author/yaml_comments.h"
#include "check/installation.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/atomic_file.h"
#include "core/home.h"
#include "core/limits.h"

namespace draftcheck {
namespace {

struct ImportArgs {
    std::string table;
    std::string into;
};

// The draft is rewritten only when every row applies; until then it is not touched.
int run_import(const ImportArgs& args, std::ostream& out) {
    const SourceText draft_text = SourceText::read(args.into, limits::max_draft_bytes);
    auto [draft, comments] = read_commented_document(draft_text, limits::max_json_depth);
    const SourceText table = SourceText::read(args.table, limits::max_draft_bytes);
    const JsonFile columns = read_json_file(draftcheck_home().path + "/schemas/targets-columns.json");
    const ImportSummary summary = import_targets(table, columns, draft);
    write_file_atomically(args.into, write_document(draft, syntax_of(args.into), comments.placed));
    out << args.into << ": " << summary.updated << " updated, " << summary.added << " added from " << args.table << "\n";
    return exit_code::clean;
}

}  // namespace

Action add_import_command(CLI::App& app) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand("import", "Update a draft's reward measures and indicators from a targets table saved from Excel as CSV.");
    cmd->add_option("table", args->table, "The targets table (.csv), one row per reward measure or indicator")->required();
    cmd->add_option("--into", args->into, "The draft to update (.json, .yaml or .yml); rewritten only if every row applies")->required();
    return [args](std::ostream& out, std::ostream&) { return run_import(*args, out); };
}

}  // namespace draftcheck
