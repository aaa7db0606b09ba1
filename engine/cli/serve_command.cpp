#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <memory>
#include <thread>

#include "check/installation.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "server/request_guard.h"
#include "server/server.h"

extern char** environ;

namespace draftcheck {
namespace {

struct ServeArgs {
    std::string host = "127.0.0.1";
    int port = 8080;
    bool open = false;
    std::string config;
};

// Opens `url` in the desktop's browser; a machine without one just does not open it.
void open_browser(const std::string& url, std::ostream& err) {
    pid_t pid = 0;
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) {
        err << "draftcheck serve: could not run xdg-open; open " << url << " yourself\n";
        return;
    }
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();  // reap it whenever it ends
}

int run_serve(const ServeArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::for_command({args.config, ""}, "", {});
    ServeOptions options;
    options.host = args.host;
    options.port = args.port;
    options.check_workers = std::max(1u, std::thread::hardware_concurrency());
    WebServer server(installation, options);
    server.bind();
    if (!is_loopback_host(args.host))
        err << "draftcheck serve: warning: listening on " << args.host
            << ", not only this computer: anyone who can reach it can have drafts checked (the server keeps nothing)\n";
    out << "draftcheck serve: open " << server.url() << " (Ctrl-C stops)" << std::endl;
    if (args.open) open_browser(server.url(), err);
    server.run();
    return exit_code::clean;
}

}  // namespace

Action add_serve_command(CLI::App& app) {
    auto args = std::make_shared<ServeArgs>();
    CLI::App* cmd = app.add_subcommand("serve", "Serve a local web page to write a draft in a form, check it as you type and read the response.");
    cmd->add_option("--port", args->port, "Port to listen on; 0 picks a free one")->check(CLI::Range(0, 65535))->capture_default_str();
    cmd->add_option("--host", args->host, "Address to listen on (default 127.0.0.1, this computer only); requests must name it")
        ->capture_default_str();
    cmd->add_flag("--open", args->open, "Open the page in the desktop's browser");
    cmd->add_option("--config", args->config, "The configuration file (default: draftcheck.json here)");
    return [args](std::ostream& out, std::ostream& err) { return run_serve(*args, out, err); };
}

}  // namespace draftcheck
