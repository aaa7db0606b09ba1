// The parts of `draftcheck serve` that decide without a socket: which requests are answered,
// the check queue's bound, the fixed set of files, and the API's answers. tests/server/ drives
// the real server over loopback.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>

#include "check/installation.h"
#include "server/api.h"
#include "server/check_pool.h"
#include "server/request_guard.h"
#include "server/static_files.h"
#include "source_installation.h"
#include "test_support.h"

namespace draftcheck {
namespace {

RequestHeaders get(const std::string& host) { return {"GET", host, "", "", ""}; }

TEST(RequestGuard, AcceptsOnlyTheBoundNameWithItsPort) {
    const RequestGuard guard("127.0.0.1", 8080);
    EXPECT_FALSE(guard.check(get("127.0.0.1:8080")));
    EXPECT_FALSE(guard.check(get("localhost:8080")));
    EXPECT_FALSE(guard.check(get("LOCALHOST:8080")));
    for (const char* host : {"evil.example:8080", "127.0.0.1", "127.0.0.1:8081", "", "127.0.0.1:8080.evil.example"}) {
        const auto refusal = guard.check(get(host));
        ASSERT_TRUE(refusal) << host;
        EXPECT_EQ(refusal->status, 403) << host;
    }
    const RequestGuard lan("192.168.1.5", 80);
    EXPECT_FALSE(lan.check(get("192.168.1.5:80")));
    EXPECT_TRUE(lan.check(get("localhost:80")));
    EXPECT_EQ(RequestGuard("::1", 9).hosts().front(), "[::1]:9");
}

TEST(RequestGuard, RefusesOtherSitesAndAnythingButJsonPosts) {
    const RequestGuard guard("127.0.0.1", 8080);
    EXPECT_FALSE(guard.check({"POST", "127.0.0.1:8080", "http://127.0.0.1:8080", "same-origin", "application/json; charset=utf-8"}));
    EXPECT_FALSE(guard.check({"POST", "127.0.0.1:8080", "", "", "application/json"}));
    EXPECT_EQ(guard.check({"POST", "127.0.0.1:8080", "http://evil.example", "", "application/json"})->status, 403);
    EXPECT_EQ(guard.check({"GET", "127.0.0.1:8080", "null", "", ""})->status, 403);
    EXPECT_EQ(guard.check({"POST", "127.0.0.1:8080", "", "cross-site", "application/json"})->status, 403);
    EXPECT_EQ(guard.check({"POST", "127.0.0.1:8080", "", "", "text/plain"})->status, 415);
    EXPECT_EQ(guard.check({"POST", "127.0.0.1:8080", "", "", ""})->status, 415);
    EXPECT_EQ(guard.check({"DELETE", "127.0.0.1:8080", "", "", ""})->status, 405);
}

TEST(CheckPool, RefusesWhenTheQueueIsFullAndRunsWhatItTook) {
    std::mutex lock;
    std::condition_variable changed;
    bool release = false;
    int started = 0;
    std::atomic<int> ran{0};
    {
        CheckPool pool(source_installation(), 1, 2);
        const auto job = [&](RuleSession&) {
            std::unique_lock<std::mutex> hold(lock);
            ++started;
            changed.notify_all();
            changed.wait(hold, [&] { return release; });
            ++ran;
        };
        ASSERT_TRUE(pool.try_submit(job));
        {
            std::unique_lock<std::mutex> hold(lock);  // the one worker has taken it and waits
            ASSERT_TRUE(changed.wait_for(hold, std::chrono::seconds(30), [&] { return started == 1; }));
        }
        EXPECT_TRUE(pool.try_submit(job));
        EXPECT_TRUE(pool.try_submit(job));
        EXPECT_FALSE(pool.try_submit(job));  // one running, two waiting: full
        {
            const std::lock_guard<std::mutex> hold(lock);
            release = true;
        }
        changed.notify_all();
    }  // the destructor finishes what was queued
    EXPECT_EQ(ran.load(), 3);
}

TEST(StaticFiles, OnlyTheFixedSet) {
    const StaticFiles files(std::string(SOURCE_DIR) + "/web", std::string(SOURCE_DIR) + "/schemas/draft.schema.json", "/usr/share/javascript");
    ASSERT_TRUE(files.find("/"));
    EXPECT_EQ(files.find("/")->path, files.find("/index.html")->path);
    EXPECT_EQ(files.find("/app.js")->mime_type, "text/javascript; charset=utf-8");
    EXPECT_EQ(files.find("/vendor/json-editor.js")->path, "/usr/share/javascript/json-editor/jsoneditor.min.js");
    for (const char* path : {"/../README.md", "/web/index.html", "/vendor/", "/vendor/../app.js", "/index.html/", "", "/api/check"})
        EXPECT_FALSE(files.find(path)) << path;
}

TEST(Api, ChecksTheTextItIsGiven) {
    const Api api(source_installation(), std::string(SOURCE_DIR) + "/examples");
    RuleSession session(source_installation().rules);
    const std::string draft = testing::read_file(std::string(SOURCE_DIR) + "/examples/halton-lpsa2-draft.json");
    const ApiResponse response = api.check(nlohmann::json{{"draft", draft}, {"name", "../../secret/halton.json"}}.dump(), session);
    ASSERT_EQ(response.status, 200);
    const auto answer = nlohmann::json::parse(response.body);
    const auto& result = answer["report"]["results"][0];
    EXPECT_EQ(result["file"], "halton.json");  // a name, never a path
    EXPECT_TRUE(result["checked"]);
    EXPECT_GT(result["findings"].size(), 0u);
    EXPECT_EQ(result["findings"][0]["rule"], "reward-targets.levels-present");
    EXPECT_EQ(result["findings"][0]["line"], 34);
    // An LPSA2's letter comes from ODPM, which negotiated those agreements.
    EXPECT_NE(answer["html"].get<std::string>().find("<h1>Office of the Deputy Prime Minister: comments on the draft agreement"), std::string::npos);

    EXPECT_EQ(api.check(R"({"draft": "{}", "kind": "other"})", session).status, 400);
    EXPECT_EQ(api.check(R"({"draft": "{}", "extra": {"deep": [1]}})", session).status, 400);
    EXPECT_EQ(api.check("[" + std::string(100000, '[') , session).status, 400);
    ASSERT_TRUE(api.example("derby-lpsa2-priorities.json"));
    EXPECT_FALSE(api.example("../README.md"));
}

}  // namespace
}  // namespace draftcheck
