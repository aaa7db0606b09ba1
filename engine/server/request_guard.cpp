#include "server/request_guard.h"

#include <algorithm>

namespace draftcheck {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return s;
}

// "application/json; charset=utf-8" -> "application/json"
std::string media_type(const std::string& content_type) {
    std::string type = lower(content_type.substr(0, content_type.find(';')));
    type.erase(std::remove(type.begin(), type.end(), ' '), type.end());
    return type;
}

}  // namespace

bool is_loopback_host(const std::string& host) {
    return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

RequestGuard::RequestGuard(const std::string& host, int port) {
    const std::string suffix = ":" + std::to_string(port);
    const std::string named = host.find(':') != std::string::npos && host.front() != '[' ? "[" + host + "]" : host;
    hosts_.push_back(lower(named) + suffix);
    if (is_loopback_host(host)) {
        for (const char* alias : {"localhost", "127.0.0.1", "[::1]"})
            if (std::find(hosts_.begin(), hosts_.end(), alias + suffix) == hosts_.end()) hosts_.push_back(alias + suffix);
    }
}

std::optional<Refusal> RequestGuard::check(const RequestHeaders& request) const {
    if (std::find(hosts_.begin(), hosts_.end(), lower(request.host)) == hosts_.end())
        return Refusal{403, "this server answers only requests addressed to " + hosts_.front() +
                                ", and this one was addressed to \"" + request.host + "\""};
    if (!request.origin.empty()) {
        const std::string origin = lower(request.origin);
        const bool ours = std::any_of(hosts_.begin(), hosts_.end(), [&](const std::string& h) { return origin == "http://" + h; });
        if (!ours) return Refusal{403, "requests from other web sites are refused (Origin " + request.origin + ")"};
    }
    if (request.sec_fetch_site == "cross-site" || request.sec_fetch_site == "same-site")
        return Refusal{403, "requests from other web sites are refused (Sec-Fetch-Site " + request.sec_fetch_site + ")"};
    if (request.method == "POST" && media_type(request.content_type) != "application/json")
        return Refusal{415, "send the request as Content-Type: application/json"};
    if (request.method != "GET" && request.method != "HEAD" && request.method != "POST")
        return Refusal{405, "only GET and POST are answered"};
    return std::nullopt;
}

}  // namespace draftcheck
