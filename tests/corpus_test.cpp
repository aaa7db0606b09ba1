// The officer-style corpus (tests/corpus/README.md): the manifest describes every draft truthfully, every draft
// loads without a schema or load error, and the rules score at least the figures kept in
// tests/corpus/thresholds.json. The scoring test prints the figures and every miss and false positive.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "corpus_score.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using namespace draftcheck::testing::corpus;
using nlohmann::json;

const fs::path kCorpus = fs::path(SOURCE_DIR) / "tests/corpus";

const json& manifest() {
    static const json doc = json::parse(read_file(kCorpus / "manifest.json"));
    return doc;
}

std::vector<Defect> defects_of(const json& entry) {
    std::vector<Defect> out;
    for (const auto& d : entry.at("defects")) {
        Defect defect;
        defect.pointers.push_back(d.at("pointer").get<std::string>());
        for (const auto& p : d.value("also", json::array())) defect.pointers.push_back(p.get<std::string>());
        defect.severity = d.at("severity").get<std::string>();
        for (const auto& g : d.at("guidance")) defect.guidance.insert(g.get<std::string>());
        defect.what = d.at("what").get<std::string>();
        out.push_back(std::move(defect));
    }
    return out;
}

// `check --format json` over the whole corpus, run once: results by the draft's path relative to the corpus.
const std::map<std::string, json>& results() {
    static const std::map<std::string, json> by_file = [] {
        std::map<std::string, json> out;
        const RunResult run = run_draftcheck("check --format json tests/corpus/drafts");
        EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << "exit " << run.exit_code << "\n" << run.err;
        const json doc = json::parse(run.out, nullptr, false);
        if (doc.is_discarded() || !doc.contains("results")) return out;
        for (const auto& r : doc["results"]) {
            const std::string file = r.value("file", "");
            out[file.substr(std::string("tests/corpus/").size())] = r;
        }
        return out;
    }();
    return by_file;
}

// The guidance points each rule cites, from `rules list --format json`.
const std::map<std::string, std::set<std::string>>& rule_points() {
    static const std::map<std::string, std::set<std::string>> points = [] {
        std::map<std::string, std::set<std::string>> out;
        const RunResult run = run_draftcheck("rules list --format json");
        EXPECT_EQ(run.exit_code, 0) << run.err;
        const json rules = json::parse(run.out, nullptr, false);
        if (!rules.is_array()) return out;
        for (const auto& r : rules) out[r.value("id", "")] = cited_points(r.value("guidance", ""));
        return out;
    }();
    return points;
}

std::vector<Finding> findings_of(const json& result) {
    std::vector<Finding> out;
    for (const auto& f : result.value("findings", json::array()))
        out.push_back({f.value("rule", ""), f.value("severity", ""), f.value("pointer", ""), f.value("message", ""),
                       f.value("line", 0)});
    return out;
}

TEST(Corpus, PointersAreComparedBySegment) {
    EXPECT_TRUE(encloses("", "/partners/1"));
    EXPECT_TRUE(encloses("/partners", "/partners/1"));
    EXPECT_TRUE(encloses("/partners/1", "/partners/1"));
    EXPECT_FALSE(encloses("/partners/1", "/partners/10"));
    EXPECT_FALSE(encloses("/partners/1", "/partners"));

    const Defect defect{{"/funding_streams/4", "/reward_targets/0/measures/1"}, "error", {"R34"}, "undecided"};
    EXPECT_TRUE(matches({"r", "error", "/funding_streams/4/notes", "", 0}, {"R34"}, defect));   // inside
    EXPECT_TRUE(matches({"r", "error", "/funding_streams", "", 0}, {"R34", "R36"}, defect));   // enclosing
    EXPECT_TRUE(matches({"r", "error", "/reward_targets/0/measures/1", "", 0}, {"R34"}, defect));  // an `also` place
    EXPECT_FALSE(matches({"r", "error", "/funding_streams/40", "", 0}, {"R34"}, defect));
    EXPECT_FALSE(matches({"r", "error", "/funding_streams/4", "", 0}, {"R36"}, defect));        // another point
}

TEST(Corpus, GuidancePointsAreReadFromTheCitation) {
    EXPECT_EQ(cited_points("R03 and R20 (guidance-research.md, High): seed003"), (std::set<std::string>{"R03", "R20"}));
    EXPECT_EQ(cited_points("R68, R00, FR12, R123 and LR05"), std::set<std::string>{});
}

TEST(Corpus, ScoringCountsMissesFalsePositivesAndDuplicates) {
    const std::vector<Defect> defects{{{"/a/0"}, "error", {"R01"}, "x"}, {{"/b"}, "warning", {"R02"}, "y"}};
    const std::vector<Finding> findings{{"one", "warning", "/a/0", "", 0}, {"one", "error", "/a/0/c", "", 0},
                                        {"two", "warning", "/c", "", 0}, {"two", "advice", "/b", "", 0}};
    const auto points = [](const std::string& rule) {
        return rule == "one" ? std::set<std::string>{"R01"} : std::set<std::string>{"R02"};
    };
    const DraftScore s = score_draft("f", false, defects, findings, points);
    EXPECT_EQ(s.scored, 3);  // advice is not scored
    EXPECT_EQ(s.matched, 1);
    EXPECT_EQ(s.true_positives, 2);
    EXPECT_EQ(s.duplicates, 1);
    EXPECT_EQ(s.severity_agreed, 1);
    ASSERT_EQ(s.missed.size(), 1u);
    EXPECT_EQ(s.missed[0]->what, "y");
    ASSERT_EQ(s.false_positives.size(), 1u);
    EXPECT_EQ(s.false_positives[0].pointer, "/c");
    EXPECT_EQ(score_draft("f", true, {}, findings, points).clean_errors, 1);
}

TEST(Corpus, ManifestDescribesEveryDraft) {
    const json& drafts = manifest().at("drafts");
    std::set<std::string> listed;
    int clean = 0;
    for (const auto& entry : drafts) {
        const std::string file = entry.at("file").get<std::string>();
        EXPECT_TRUE(listed.insert(file).second) << file << " is listed twice";
        ASSERT_TRUE(fs::exists(kCorpus / file)) << file;
        const json draft = json::parse(read_file(kCorpus / file));
        const bool is_clean = entry.at("clean").get<bool>();
        EXPECT_EQ(is_clean, entry.at("defects").empty()) << file << ": a clean draft has no defects, and only it";
        clean += is_clean;
        for (const auto& d : entry.at("defects")) {
            std::vector<std::string> places{d.at("pointer").get<std::string>()};
            for (const auto& p : d.value("also", json::array())) places.push_back(p.get<std::string>());
            for (const auto& place : places) {
                const json::json_pointer pointer(place);
                ASSERT_TRUE(draft.contains(pointer)) << file << ": " << place << " is not in the draft";
                if (place == places.front() && d.contains("entity")) {
                    EXPECT_EQ(draft.at(pointer).value("id", ""), d["entity"].get<std::string>()) << file << ": " << place;
                }
            }
            const std::string severity = d.at("severity").get<std::string>();
            EXPECT_TRUE(severity == "error" || severity == "warning") << file << ": " << severity;
            ASSERT_FALSE(d.at("guidance").empty()) << file << ": " << places.front();
            for (const auto& g : d.at("guidance"))
                EXPECT_EQ(cited_points(g.get<std::string>()), std::set<std::string>{g.get<std::string>()}) << file << ": " << g;
            EXPECT_FALSE(d.at("what").get<std::string>().empty()) << file << ": " << places.front();
        }
    }
    for (const auto& file : fs::directory_iterator(kCorpus / "drafts"))
        EXPECT_TRUE(listed.count("drafts/" + file.path().filename().string())) << file.path() << " has no manifest entry";
    EXPECT_GE(drafts.size(), 12u);
    EXPECT_GE(clean, 2);
}

TEST(Corpus, DraftsHaveNoSchemaOrLoadErrors) {
    ASSERT_EQ(results().size(), manifest().at("drafts").size());
    for (const auto& [file, result] : results()) {
        EXPECT_TRUE(result.value("checked", false)) << file << ": " << result.value("error", json()).dump();
        for (const auto& f : findings_of(result))
            EXPECT_TRUE(f.rule.rfind("schema", 0) != 0 && f.rule.rfind("engine.", 0) != 0)
                << file << ":" << f.line << ": " << f.rule << ": " << f.message;
    }
}

std::string percent(double x) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", 100.0 * x);
    return buffer;
}

TEST(Corpus, ScoresAtLeastTheThresholds) {
    const auto points_of = [](const std::string& rule) {
        const auto it = rule_points().find(rule);
        return it == rule_points().end() ? std::set<std::string>{} : it->second;
    };
    std::vector<std::vector<Defect>> defects;  // kept alive for the scores' `missed` pointers
    for (const auto& entry : manifest().at("drafts")) defects.push_back(defects_of(entry));

    Totals totals;
    std::vector<DraftScore> scores;
    std::size_t i = 0;
    for (const auto& entry : manifest().at("drafts")) {
        const std::string file = entry.at("file").get<std::string>();
        const auto it = results().find(file);
        ASSERT_NE(it, results().end()) << file << " was not checked";
        scores.push_back(score_draft(file, entry.at("clean").get<bool>(), defects[i++], findings_of(it->second), points_of));
        totals.add(scores.back());
    }

    std::printf("Corpus: %d defects, %d matched; %d scored findings, %d true positives (%d duplicates)\n",
                totals.defects, totals.matched, totals.scored, totals.true_positives, totals.duplicates);
    std::printf("  recall %s, precision %s, severity agreement %s, errors on clean drafts %d\n\n",
                percent(totals.recall()).c_str(), percent(totals.precision()).c_str(),
                percent(totals.severity_agreement()).c_str(), totals.clean_errors);
    std::printf("  %-44s %7s %7s %7s %7s %5s\n", "draft", "defects", "matched", "scored", "false+", "dup");
    for (const auto& s : scores)
        std::printf("  %-44s %7d %7d %7d %7d %5d\n", s.file.c_str(), s.defects, s.matched, s.scored,
                    static_cast<int>(s.false_positives.size()), s.duplicates);
    for (const auto& s : scores) {
        if (s.missed.empty() && s.false_positives.empty()) continue;
        std::printf("\n%s\n", s.file.c_str());
        for (const Defect* d : s.missed) {
            std::string points;
            for (const auto& p : d->guidance) points += (points.empty() ? "" : ",") + p;
            std::printf("  missed   %s %s [%s] %s\n", d->pointers.front().c_str(), d->severity.c_str(), points.c_str(),
                        d->what.c_str());
        }
        for (const auto& f : s.false_positives)
            std::printf("  false+   %d %s %s [%s] %s\n", f.line, f.pointer.c_str(), f.severity.c_str(), f.rule.c_str(),
                        f.message.c_str());
    }
    std::fflush(stdout);

    const json thresholds = json::parse(read_file(kCorpus / "thresholds.json"));
    EXPECT_GE(totals.recall(), thresholds.at("recall_min").get<double>());
    EXPECT_GE(totals.precision(), thresholds.at("precision_min").get<double>());
    EXPECT_GE(totals.severity_agreement(), thresholds.at("severity_agreement_min").get<double>());
    EXPECT_LE(totals.clean_errors, thresholds.at("clean_errors_max").get<int>());
}

}  // namespace
}  // namespace draftcheck
