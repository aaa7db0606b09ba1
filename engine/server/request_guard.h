#pragma once
// Decides, from a request's method and headers alone (before any body is read), whether the
// server may answer it at all. This is what keeps a page on another web site from using the local
// server through the officer's browser:
//  - the Host header must name the address the server is bound to, with its port, so a DNS name
//    rebound to 127.0.0.1 is refused;
//  - a request that says where it comes from (Origin, or Sec-Fetch-Site) must come from this
//    server's own page;
//  - a POST must say Content-Type: application/json, which a page on another site cannot send
//    without a CORS preflight, and the server never answers one.
// Pure functions; thread-safe.
#include <optional>
#include <string>
#include <vector>

namespace draftcheck {

struct RequestHeaders {
    std::string method;
    std::string host;            // "" when absent
    std::string origin;          // "" when absent
    std::string sec_fetch_site;  // "" when absent
    std::string content_type;    // "" when absent
};

struct Refusal {
    int status;
    std::string message;
};

class RequestGuard {
public:
    // `host` as bound ("127.0.0.1", "::1", "0.0.0.0", a name); loopback binds also accept "localhost".
    RequestGuard(const std::string& host, int port);

    std::optional<Refusal> check(const RequestHeaders& request) const;
    // The Host values accepted, such as "127.0.0.1:8080" and "localhost:8080".
    const std::vector<std::string>& hosts() const { return hosts_; }

private:
    std::vector<std::string> hosts_;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_host(const std::string& host);

}  // namespace draftcheck
