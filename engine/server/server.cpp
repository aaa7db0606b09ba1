#include "server/server.h"

#include <httplib.h>

#include <cstdio>
#include <future>
#include <initializer_list>
#include <optional>

#include "core/error.h"
#include "core/limits.h"
#include "server/api.h"
#include "server/check_pool.h"
#include "server/request_guard.h"
#include "server/static_files.h"

namespace draftcheck {
namespace {

constexpr const char* json_type = "application/json";

void refuse(httplib::Response& res, int status, const std::string& message) {
    res.status = status;
    res.set_content(error_json(message), json_type);
}

// What a browser needs to keep the page to itself: no framing by other sites, no scripts but
// our own files, no requests anywhere but this server.
httplib::Headers security_headers() {
    return {{"X-Content-Type-Options", "nosniff"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "no-referrer"},
            {"Cross-Origin-Resource-Policy", "same-origin"},
            {"Cache-Control", "no-store"},
            {"Content-Security-Policy",
             "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
             "connect-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"}};
}

// Server-Timing: what a browser's developer tools and bench/serve_bench.py show, in milliseconds.
std::string server_timing(std::initializer_list<std::pair<const char*, double>> stages) {
    std::string header;
    for (const auto& [name, ms] : stages) {
        char value[32];
        std::snprintf(value, sizeof value, "%.2f", ms);
        header += (header.empty() ? "" : ", ") + std::string(name) + ";dur=" + value;
    }
    return header;
}

}  // namespace

struct WebServer::Impl {
    const Installation& installation;
    ServeOptions options;
    Api api;
    StaticFiles files;
    CheckPool pool;                      // declared before http, so it outlives every handler
    std::optional<RequestGuard> guard;   // set by bind(), once the port is known
    httplib::Server http;
    int port = 0;

    Impl(const Installation& installation, ServeOptions options)
        : installation(installation),
          options(options),
          api(installation, installation.home + "/examples"),
          files(installation.home + "/web", installation.home + "/schemas/draft.schema.json", options.javascript_dir),
          pool(installation, options.check_workers, options.check_queue) {}

    httplib::Server::HandlerResponse screen(const httplib::Request& req, httplib::Response& res) {
        const RequestHeaders headers{req.method, req.get_header_value("Host"), req.get_header_value("Origin"),
                                     req.get_header_value("Sec-Fetch-Site"), req.get_header_value("Content-Type")};
        if (const auto refusal = guard->check(headers)) {
            refuse(res, refusal->status, refusal->message);
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method == "GET" || req.method == "HEAD") {
            serve_get(req, res);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;  // POST: the routes below
    }

    // Every GET is answered here, by table lookups on the path: no regex runs over it and no
    // part of it is joined to a directory.
    void serve_get(const httplib::Request& req, httplib::Response& res) {
        if (req.path == "/api/examples") return res.set_content(api.examples(), json_type);
        if (req.path == "/api/rules") return res.set_content(api.rules(), json_type);
        const std::string examples_prefix = "/api/examples/";
        if (req.path.rfind(examples_prefix, 0) == 0) {
            if (const std::string* text = api.example(req.path.substr(examples_prefix.size())))
                return res.set_content(*text, json_type);
            return refuse(res, 404, "there is no example of that name (GET /api/examples lists them)");
        }
        const StaticFile* file = files.find(req.path);
        const std::optional<std::string> text = file ? StaticFiles::read(*file) : std::nullopt;
        if (!text) return refuse(res, 404, "not found");
        res.set_content(*text, file->mime_type);
    }

    void check(const httplib::Request&, httplib::Response& res, const httplib::ContentReader& reader) {
        std::string body;
        bool too_big = false;
        bool too_slow = false;
        const auto start = std::chrono::steady_clock::now();
        // The reader hands over the body after undoing chunked and gzip/deflate/br encodings, so
        // counting here limits what the body expands to, not just what arrived.
        const bool whole = reader([&](const char* data, std::size_t size) {
            if (body.size() + size > limits::max_draft_bytes) too_big = true;
            else if (std::chrono::steady_clock::now() - start > options.body_deadline) too_slow = true;
            else body.append(data, size);
            return !too_big && !too_slow;
        });
        if (too_big || res.status == 413) {
            res.set_header("Connection", "close");
            return refuse(res, 413, "a draft may be at most " + std::to_string(limits::max_draft_bytes >> 20) + " MiB");
        }
        if (too_slow) {
            res.set_header("Connection", "close");
            return refuse(res, 408, "the request body took too long to arrive");
        }
        if (!whole) return refuse(res, 400, "the request body could not be read");

        auto answer = std::make_shared<std::promise<ApiResponse>>();
        std::future<ApiResponse> done = answer->get_future();
        const auto submitted = std::chrono::steady_clock::now();
        const bool queued = pool.try_submit([this, answer, submitted, body = std::move(body)](RuleSession& session) {
            const std::chrono::duration<double, std::milli> waited = std::chrono::steady_clock::now() - submitted;
            try {
                ApiResponse response = api.check(body, session);
                response.queue_ms = waited.count();
                answer->set_value(std::move(response));
            } catch (const std::exception& e) {  // e.g. out of memory: this request fails, the server goes on
                answer->set_value({500, error_json(std::string("internal error while checking: ") + e.what())});
            }
        });
        if (!queued) {
            res.set_header("Retry-After", "1");
            return refuse(res, 503, "the server is busy with other checks; try again in a moment");
        }
        ApiResponse response = done.get();
        res.set_header("Server-Timing", server_timing({{"queue", response.queue_ms}, {"read", response.read_ms}, {"check", response.check_ms},
                                                       {"render", response.render_ms}}));
        res.status = response.status;
        res.set_content(std::move(response.body), json_type);
    }
};

WebServer::WebServer(const Installation& installation, ServeOptions options)
    : impl_(std::make_unique<Impl>(installation, std::move(options))) {
    Impl& s = *impl_;
    const unsigned threads = s.options.connection_threads;
    s.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    s.http.set_payload_max_length(limits::max_draft_bytes);
    s.http.set_read_timeout(s.options.read_timeout);
    s.http.set_write_timeout(s.options.read_timeout);
    // An idle keep-alive connection holds a connection thread until this runs out.
    s.http.set_keep_alive_timeout(2);
    s.http.set_default_headers(security_headers());
    s.http.set_pre_routing_handler([&s](const httplib::Request& req, httplib::Response& res) { return s.screen(req, res); });
    s.http.Post("/api/check", [&s](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
        s.check(req, res, reader);
    });
    s.http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) refuse(res, res.status, res.status == 404 ? "not found" : "the request was refused");
    });
    s.http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        refuse(res, 500, "internal error");
    });
}

WebServer::~WebServer() = default;

int WebServer::bind() {
    Impl& s = *impl_;
    const bool bound = s.options.port == 0 ? (s.port = s.http.bind_to_any_port(s.options.host)) > 0
                                           : s.http.bind_to_port(s.options.host, s.port = s.options.port);
    if (!bound)
        throw InputError({s.options.host + ":" + std::to_string(s.options.port)},
                         "cannot listen on this address (is another server using the port, or is the host name wrong?)");
    s.guard.emplace(s.options.host, s.port);
    return s.port;
}

std::string WebServer::url() const { return "http://" + impl_->guard->hosts().front() + "/"; }

void WebServer::run() { impl_->http.listen_after_bind(); }

void WebServer::stop() { impl_->http.stop(); }

}  // namespace draftcheck
