#pragma once
// Scoring the officer-style corpus against its manifest, as tests/corpus/README.md defines it: which scored
// findings match which planted defects, and the recall, precision and severity agreement that follow.
// Pure functions over values already read; no I/O.
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace draftcheck::testing::corpus {

struct Defect {
    std::vector<std::string> pointers;  // the entity at fault first, then its `also` places
    std::string severity;
    std::set<std::string> guidance;     // R-numbers
    std::string what;
};

struct Finding {
    std::string rule, severity, pointer, message;
    int line = 0;
};

// The guidance points (R01-R67) cited in a rule's guidance text.
inline std::set<std::string> cited_points(const std::string& guidance) {
    static const std::regex point(R"(\bR(\d\d)\b)");
    std::set<std::string> points;
    for (std::sregex_iterator it(guidance.begin(), guidance.end(), point), end; it != end; ++it) {
        const int n = std::stoi((*it)[1].str());
        if (n >= 1 && n <= 67) points.insert(it->str());
    }
    return points;
}

// Whether JSON pointer `outer` is `inner` or encloses it, segment by segment ("" encloses everything).
inline bool encloses(const std::string& outer, const std::string& inner) {
    return inner == outer || inner.rfind(outer + "/", 0) == 0;
}

// A finding matches a defect when its rule cites one of the defect's points and its pointer is, lies inside
// or encloses one of the defect's places.
inline bool matches(const Finding& finding, const std::set<std::string>& rule_points, const Defect& defect) {
    bool cited = false;
    for (const auto& p : defect.guidance) cited = cited || rule_points.count(p) > 0;
    if (!cited) return false;
    for (const auto& place : defect.pointers)
        if (encloses(place, finding.pointer) || encloses(finding.pointer, place)) return true;
    return false;
}

inline bool scored(const Finding& f) { return f.severity == "error" || f.severity == "warning"; }

struct DraftScore {
    std::string file;
    bool clean = false;
    int defects = 0, matched = 0, severity_agreed = 0;
    int scored = 0, true_positives = 0, duplicates = 0, clean_errors = 0;
    std::vector<const Defect*> missed;
    std::vector<Finding> false_positives;
};

// `points_of(rule)` gives the guidance points a rule cites (none for `schema` or an unknown rule).
template <typename PointsOf>
DraftScore score_draft(const std::string& file, bool clean, const std::vector<Defect>& defects,
                       const std::vector<Finding>& findings, PointsOf points_of) {
    DraftScore s;
    s.file = file;
    s.clean = clean;
    s.defects = static_cast<int>(defects.size());
    std::vector<bool> found(defects.size(), false), agreed(defects.size(), false);
    for (const auto& f : findings) {
        if (!scored(f)) continue;
        ++s.scored;
        if (clean && f.severity == "error") ++s.clean_errors;
        const std::set<std::string> points = points_of(f.rule);
        bool any = false, adds = false;
        for (std::size_t i = 0; i < defects.size(); ++i) {
            if (!matches(f, points, defects[i])) continue;
            any = true;
            adds = adds || !found[i];
            found[i] = true;
            agreed[i] = agreed[i] || f.severity == defects[i].severity;
        }
        if (!any) s.false_positives.push_back(f);
        if (any) ++s.true_positives;
        if (any && !adds) ++s.duplicates;
    }
    for (std::size_t i = 0; i < defects.size(); ++i) {
        if (found[i]) ++s.matched;
        else s.missed.push_back(&defects[i]);
        if (agreed[i]) ++s.severity_agreed;
    }
    return s;
}

struct Totals {
    int defects = 0, matched = 0, severity_agreed = 0, scored = 0, true_positives = 0, duplicates = 0, clean_errors = 0;
    void add(const DraftScore& s) {
        defects += s.defects;
        matched += s.matched;
        severity_agreed += s.severity_agreed;
        scored += s.scored;
        true_positives += s.true_positives;
        duplicates += s.duplicates;
        clean_errors += s.clean_errors;
    }
    static double ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }
    double recall() const { return ratio(matched, defects); }
    double precision() const { return ratio(true_positives, scored); }
    double severity_agreement() const { return ratio(severity_agreed, matched); }
};

}  // namespace draftcheck::testing::corpus
