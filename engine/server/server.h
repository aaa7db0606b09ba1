#pragma once
// `draftcheck serve`: the page and its API (api.h) over HTTP on a local address. Every request
// passes the RequestGuard first; bodies are limited to limits::max_draft_bytes after any
// chunked or compressed encoding is undone; checks run on a CheckPool, and a request that finds
// its queue full gets 503. docs/security.md describes the whole.
//
// Thread safety: construct, bind and run on one thread; stop() may be called from any thread.
// `installation` must outlive the server.
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "check/installation.h"

namespace draftcheck {

struct ServeOptions {
    std::string host = "127.0.0.1";
    int port = 8080;  // 0: any free port
    unsigned check_workers = 2;
    std::size_t check_queue = 48;      // checks waiting for a worker before 503
    unsigned connection_threads = 64;  // connections served at once; more wait to be accepted
    std::chrono::seconds read_timeout{5};       // between two reads from a client
    std::chrono::seconds body_deadline{30};     // to send a whole request body
    std::string javascript_dir = "/usr/share/javascript";
};

class WebServer {
public:
    WebServer(const Installation& installation, ServeOptions options);
    ~WebServer();
    WebServer(const WebServer&) = delete;
    WebServer& operator=(const WebServer&) = delete;

    // Binds the address; returns the port (the one chosen, with port 0). Throws InputError when
    // the address cannot be bound.
    int bind();
    // The page's address once bound, such as http://127.0.0.1:8080/.
    std::string url() const;
    // Serves until stop().
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace draftcheck
