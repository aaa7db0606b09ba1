// The response letter: said once per kind of point, praise only for what is there and sound, the
// judgement from what blocks sign-off, the right sender, next steps as a Government Office writes
// them, rule failures kept out, and a body short and clean enough to sign.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>

#include "check/check_draft.h"
#include "report/judgement.h"
#include "report/letter.h"
#include "report/render.h"
#include "source_installation.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using ordered = nlohmann::ordered_json;

DraftReport check_text(const std::string& name, const std::string& text) {
    return check_source(source_installation(), SourceText::from_string(name, text), {});
}

DraftReport check_example(const std::string& name) {
    return check_draft(source_installation(), std::string(SOURCE_DIR) + "/examples/" + name + ".json", {});
}

template <typename Edit>
DraftReport check_edited(const std::string& name, Edit edit) {
    ordered draft = ordered::parse(read_file(fs::path(SOURCE_DIR) / "examples" / (name + ".json")));
    edit(draft);
    return check_text(name + "-edited.json", draft.dump(2));
}

Letter letter_for(const DraftReport& report, const LetterOptions& options = {}, const FindingChanges* changes = nullptr) {
    const LetterTemplates templates = load_letter_templates(source_installation());
    return compose_letter(report, changes, templates, source_installation().rules.sections(), source_installation().rules.list().rules, options);
}

std::string rendered(const std::string& format, const DraftReport& report, const LetterOptions& options = {}) {
    std::ostringstream out, err;
    const std::vector<DraftReport> reports{report};
    render(format, {reports, source_installation(), nullptr, Palette{}, options}, out, err);
    EXPECT_EQ(err.str(), "");
    return out.str();
}

std::string markdown(const DraftReport& report, const LetterOptions& options = {}) { return rendered("letter", report, options); }

// The letter body's sentences (headings left out), and its text.
std::vector<std::string> body_sentences(const Letter& letter) {
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < letter.body_end; ++i) {
        const LetterPart& part = letter.parts[i];
        if (part.kind == LetterPart::Kind::paragraph) texts.push_back(part.text);
        if (part.kind == LetterPart::Kind::bullets) texts.insert(texts.end(), part.items.begin(), part.items.end());
    }
    std::vector<std::string> sentences;
    const std::regex end_of_sentence(R"((?:[.;:?!])\s+(?=[A-Z\[']))");
    for (const auto& text : texts)
        for (std::sregex_token_iterator it(text.begin(), text.end(), end_of_sentence, -1), stop; it != stop; ++it)
            if (it->length() > 0) sentences.push_back(*it);
    return sentences;
}

std::string body_text(const Letter& letter) {
    std::string out;
    for (std::size_t i = 0; i < letter.body_end; ++i) {
        const LetterPart& part = letter.parts[i];
        out += part.text + "\n";
        for (const auto& item : part.items) out += item + "\n";
    }
    return out;
}

std::size_t words(const std::string& text) {
    std::istringstream in(text);
    std::size_t n = 0;
    for (std::string word; in >> word;) ++n;
    return n;
}

std::vector<std::string> key_issues(const Letter& letter) {
    for (std::size_t i = 0; i + 1 < letter.body_end; ++i)
        if (letter.parts[i].text == "To progress your agreement, we would encourage you to focus on the following key issues:")
            return letter.parts[i + 1].items;
    return {};
}

const std::vector<std::string>& example_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& entry : fs::directory_iterator(fs::path(SOURCE_DIR) / "examples"))
            if (entry.path().extension() == ".json") out.push_back(entry.path().stem().string());
        std::sort(out.begin(), out.end());
        return out;
    }();
    return names;
}

// Every "id" anywhere in a draft.
void collect_ids(const nlohmann::json& node, std::set<std::string>& ids) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key == "id" && value.is_string()) ids.insert(value.get<std::string>());
            collect_ids(value, ids);
        }
    } else if (node.is_array()) {
        for (const auto& value : node) collect_ids(value, ids);
    }
}

// Every title or name anywhere in a draft, quoted as messages quote it.
void collect_titles(const nlohmann::json& node, std::set<std::string>& titles) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if ((key == "title" || key == "name") && value.is_string()) titles.insert("'" + value.get<std::string>() + "'");
            collect_titles(value, titles);
        }
    } else if (node.is_array()) {
        for (const auto& value : node) collect_titles(value, titles);
    }
}

const char* const kNearEmpty = R"({"agreement":{"kind":"laa","area":"Nowhere"}})";

// The schedule's rows, header row left out.
std::vector<std::vector<std::string>> schedule_rows(const Letter& letter) {
    for (std::size_t i = letter.body_end; i < letter.parts.size(); ++i)
        if (letter.parts[i].kind == LetterPart::Kind::table)
            return {letter.parts[i].rows.begin() + 1, letter.parts[i].rows.end()};
    return {};
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

void expect_no_sentence_repeated(const Letter& letter) {
    std::map<std::string, int> seen;
    for (const auto& sentence : body_sentences(letter)) ++seen[sentence];
    for (const auto& [sentence, times] : seen) EXPECT_EQ(times, 1) << sentence;
}

TEST(Letter, ANearEmptyDraftSaysEachStockSentenceOnce) {
    const Letter letter = letter_for(check_text("nowhere.json", kNearEmpty));
    expect_no_sentence_repeated(letter);
    // Three topics have errors; the risk is said once, under the issue that most blocks sign-off.
    EXPECT_EQ(occurrences(body_text(letter), "We see this as a key risk"), 1u) << body_text(letter);
    EXPECT_EQ(occurrences(body_text(letter), "We would encourage partners to take the following steps"), 1u);
}

TEST(Letter, TheRiskIsSaidOfTheIssueThatMostBlocksSignOff) {
    const std::string letter = markdown(check_example("leicestershire-laa-2nd-draft"));
    EXPECT_EQ(occurrences(letter, "We see this as a key risk for agreeing the LAA on time."), 1u);
    const std::size_t reward = letter.find("\n### Reward targets\n"), risk = letter.find("We see this as a key risk");
    ASSERT_NE(reward, std::string::npos);
    EXPECT_GT(risk, reward) << "under Reward targets, as GOEM said it";
    EXPECT_LT(risk, letter.find("\n### Funding Streams\n"));
}

TEST(Letter, TheLeadInToTheStepsSaysMoreFollowOnlyWhenTheyDo) {
    // Halton's steps are all under one heading.
    const std::string halton = body_text(letter_for(check_example("halton-lpsa2-draft")));
    EXPECT_NE(halton.find("We would encourage partners to take the following steps.\n"), std::string::npos) << halton;
    EXPECT_EQ(halton.find("under the topics below"), std::string::npos);
    const std::string leics = body_text(letter_for(check_example("leicestershire-laa-2nd-draft")));
    EXPECT_NE(leics.find("We would encourage partners to take the following steps, here and under the topics below."), std::string::npos);
}

TEST(Letter, StepsForSeveralItemsAreWordedForSeveral) {
    const std::string body = body_text(letter_for(check_example("leicestershire-laa-2nd-draft")));
    for (const char* plural : {"Link each outcome to the strategic priority it serves", "Link each indicator to the outcome it measures",
                               "Add a commentary for each of these themes", "Name the documents each priority is drawn from",
                               "Add at least one indicator for each of these outcomes", "Set out a business case for each request",
                               "Agree with the partners concerned whether each funding stream will be pooled",
                               "Name for each reward target the partner that will lead on it"})
        EXPECT_NE(body.find(plural), std::string::npos) << plural << "\n" << body;
    for (const char* singular : {"Link it to", "this priority", "this outcome", "for the block covering", "whether the stream will"})
        EXPECT_EQ(body.find(singular), std::string::npos) << singular;
    EXPECT_NE(body_text(letter_for(check_example("halton-lpsa2-draft"))).find("Firm up each of these measures:"), std::string::npos);
    // One outcome without its priority: the step is worded for one.
    const DraftReport one = check_edited("leicestershire-laa-2nd-draft", [](ordered& draft) {
        for (std::size_t i = 1; i < draft["outcomes"].size(); ++i) draft["outcomes"][i]["priorities"] = {"pri-prevention"};
    });
    const std::string single = body_text(letter_for(one));
    EXPECT_NE(single.find("Link the outcome to the strategic priority it serves"), std::string::npos) << single;
    EXPECT_EQ(single.find("Link each outcome"), std::string::npos);
}

TEST(Letter, EachIndicatorIsCountedOnceTheRewardMeasuresApart) {
    // Of Leicestershire's 11 indicators, five are the reward targets' measures: their findings are
    // said under Reward targets, the other six's under Indicators, each against its own total.
    const std::string body = body_text(letter_for(check_example("leicestershire-laa-2nd-draft")));
    EXPECT_NE(body.find("None of the five reward measures yet gives a data source with its frequency and owner, a definition, "),
              std::string::npos)
        << body;
    EXPECT_NE(body.find("None of the six indicators other than the reward measures yet gives a data source with its frequency and "
                        "owner, a definition, "),
              std::string::npos);
    for (const char* twice : {"Five of the 11 indicators", "Six of the 11 indicators"}) EXPECT_EQ(body.find(twice), std::string::npos) << twice;
    // A rule that covers every indicator still counts all 11.
    EXPECT_NE(body.find("Two of the 11 indicators ('Increased leisure activities for older people' and 'Direct payments for older "
                        "people') do not say which outcomes they measure."),
              std::string::npos);
}

TEST(Letter, PointsAboutTheSameItemsAreOneSentence) {
    const std::string body = body_text(letter_for(check_example("leicestershire-laa-2nd-draft")));
    // Six findings on each of the same six indicators: one sentence, not six.
    EXPECT_NE(body.find("None of the six indicators other than the reward measures yet gives a data source with its frequency and owner, "
                        "a definition, a lead partner and responsible officer, a measurable target in a stated unit and area, a target "
                        "for each year or a baseline (or a plan for one).\n"),
              std::string::npos)
        << body;
    EXPECT_EQ(occurrences(body, "None of the six indicators other than the reward measures"), 1u);
    // Points about different sets of items stay apart: six outcomes have no indicator, ten no lead partner.
    EXPECT_NE(body.find("Six of the 11 outcomes ("), std::string::npos);
    EXPECT_NE(body.find("Ten of the 11 outcomes ("), std::string::npos);
}

TEST(Letter, ACountThatIsEveryItemIsSaidAsNoneYet) {
    const std::string body = body_text(letter_for(check_example("leicestershire-laa-2nd-draft")));
    EXPECT_NE(body.find("None of the five reward targets yet gives a baseline, a projection without the agreement and a stretch with it."),
              std::string::npos)
        << body;
    EXPECT_EQ(body.find("All five"), std::string::npos);
    EXPECT_EQ(body.find("do not yet meet our expectation"), std::string::npos);
    EXPECT_EQ(body.find("normally carry"), std::string::npos);
    EXPECT_NE(markdown(check_example("leicestershire-laa-2nd-draft")).find("The draft has 5 reward targets; an agreement may carry up to 12."),
              std::string::npos);
}

// Every summary whose subject is negated ("{subject} do not ...", "have no ...") has the form for
// every item ("None of the five ... yet ..."), so that the letter never says "All five ... do not".
TEST(LetterTemplates, EveryNegatedSummaryHasAFormForNone) {
    const auto templates = nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "letter/templates.json"));
    const std::regex negated(R"(^\{subject\} (do|are|have) (not|no)\b)");
    auto check = [&](const nlohmann::json& summaries, const std::string& where) {
        for (const auto& [key, forms] : summaries.items())
            if (forms.contains("many") && std::regex_search(forms["many"].get<std::string>(), negated)) {
                EXPECT_TRUE(forms.contains("none")) << where << key;
            }
    };
    check(templates["summaries"], "summaries/");
    check(templates["by_kind"]["lpsa2"]["summaries"], "by_kind/lpsa2/summaries/");
    EXPECT_TRUE(templates["fallback"].contains("none"));
}

// A key of letter/templates.json that names no rule (or no message of its rule) is never used, so
// the letter silently falls back to a generic sentence, as it did when a rule was replaced.
TEST(LetterTemplates, EveryKeyNamesAnExistingRuleAndMessage) {
    const auto templates = nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "letter/templates.json"));
    const RuleListing listing = source_installation().rules.list();
    std::map<std::string, const RuleMeta*> rules;
    for (const auto& rule : listing.rules) rules.emplace(rule.id, &rule);
    const auto& entities = templates["entities"];
    auto check_key = [&](const std::string& key, const std::string& where) {
        SCOPED_TRACE(where + key);
        std::string rule = key.substr(0, key.find_first_of(":@"));
        const auto it = rules.find(rule);
        ASSERT_NE(it, rules.end()) << "no rule " << rule;
        if (const std::size_t colon = key.find(':'); colon != std::string::npos) {
            EXPECT_TRUE(it->second->messages.count(key.substr(colon + 1))) << "no message " << key.substr(colon + 1) << " in " << rule;
        }
        if (const std::size_t at = key.find('@'); at != std::string::npos) {
            EXPECT_TRUE(entities.contains(key.substr(at + 1)));
        }
    };
    std::size_t keys = 0;
    for (const nlohmann::json* root : {&templates, &templates["by_kind"]["lpsa2"]})
        for (const char* map : {"summaries", "advice"})
            if (root->contains(map))
                for (const auto& [key, forms] : (*root)[map].items()) {
                    check_key(key, std::string(map) + "/");
                    ++keys;
                }
    for (const auto& item : templates["praise_items"])
        for (const auto& rule : item["rules"]) check_key(rule.get<std::string>(), "praise_items: ");
    EXPECT_GT(keys, 40u);
}

TEST(Letter, TheLetterIsSignedWithTheProfilesTitleAndMarkedFieldsForWhatItLacks) {
    const std::string body = body_text(letter_for(check_example("leicestershire-laa-2nd-draft")));
    // GOEM's letter gives the signatory's role; no name or telephone number is invented.
    EXPECT_NE(body.find("Please contact [name of contact] (tel. [telephone number]) to clarify or discuss any of the points raised.\n"
                        "[name of signatory]\nDeputy Director, Leicester and Leicestershire\nGovernment Office for the East Midlands\n"),
              std::string::npos)
        << body;
    const std::string odpm = body_text(letter_for(check_example("halton-lpsa2-draft")));
    EXPECT_NE(odpm.find("[name of signatory]\n[title of signatory]\nOffice of the Deputy Prime Minister\n"), std::string::npos) << odpm;
}

TEST(Letter, NextStepsFollowWhatWasFound) {
    // A final draft with advice only: nothing "above" to discuss for the blocks.
    const std::string clean = body_text(letter_for(check_example("northmoor-laa-final")));
    EXPECT_EQ(clean.find("many of the issues above"), std::string::npos) << clean;
    EXPECT_NE(clean.find("We hope that the meeting arranged for 26 October 2006 will provide an opportunity to discuss the points of "
                         "good practice in the Annex and to agree the remaining steps to sign-off."),
              std::string::npos)
        << clean;
    // With nothing found at all, only the steps to sign-off.
    DraftReport nothing = check_example("northmoor-laa-final");
    nothing.findings.clear();
    EXPECT_NE(body_text(letter_for(nothing)).find("We hope that the meeting arranged for 26 October 2006 will provide an opportunity to "
                                                  "agree the remaining steps to sign-off."),
              std::string::npos);
    // Seven key issues across the blocks: GOEM's words.
    EXPECT_NE(body_text(letter_for(check_example("leicestershire-laa-2nd-draft"))).find("discuss many of the issues above for the different blocks"),
              std::string::npos);
    // No dates and only advice: there is no "information" to ask for, only the next submission.
    const std::string sheffield = body_text(letter_for(check_example("sheffield-lpsa2-priorities")));
    EXPECT_EQ(sheffield.find("this information"), std::string::npos) << sheffield;
    EXPECT_NE(sheffield.find("Please let us know when we can expect the draft agreement"), std::string::npos) << sheffield;
    // No dates and gaps to fill: a timetable for them.
    EXPECT_NE(body_text(letter_for(check_text("nowhere.json", kNearEmpty))).find("with interim target dates for the gaps to be filled in"),
              std::string::npos);
}

TEST(Letter, TheScheduleNamesItemsByTitleAndTheCouncilsReference) {
    for (const auto& name : example_names()) {
        SCOPED_TRACE(name);
        std::set<std::string> ids;
        collect_ids(nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "examples" / (name + ".json"))), ids);
        for (const auto& row : schedule_rows(letter_for(check_example(name)))) {
            ASSERT_EQ(row.size(), 6u);
            for (const std::size_t column : {3u, 4u})
                for (const auto& id : ids) {
                    const std::regex word("(^|[^A-Za-z0-9_.-])" + std::regex_replace(id, std::regex(R"([.])"), R"(\.)") + "($|[^A-Za-z0-9_-])");
                    EXPECT_FALSE(std::regex_search(row[column], word)) << "internal id " << id << " in " << row[column];
                }
            EXPECT_TRUE(std::regex_match(row[5], std::regex(R"(line [0-9]+ of the draft file|[^()]+ \(line [0-9]+ of the draft file\)|the whole draft)")))
                << row[5];
        }
    }
    // Leicestershire's priorities give where the council's document has them.
    const auto rows = schedule_rows(letter_for(check_example("leicestershire-laa-2nd-draft")));
    const auto prevention = std::find_if(rows.begin(), rows.end(), [](const auto& row) { return row[2] == "Prevention"; });
    ASSERT_NE(prevention, rows.end());
    EXPECT_EQ((*prevention)[3], "Priority 'Prevention' does not cite the strategy or plan it comes from.");
    EXPECT_TRUE(std::regex_match((*prevention)[5], std::regex(R"(section 3 \(line [0-9]+ of the draft file\))"))) << (*prevention)[5];
}

TEST(Letter, TheScheduleQuotesEveryTitleWholeAndOnce) {
    for (const auto& name : example_names()) {
        SCOPED_TRACE(name);
        std::set<std::string> titles;
        collect_titles(nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "examples" / (name + ".json"))), titles);
        for (const auto& row : schedule_rows(letter_for(check_example(name))))
            for (const std::size_t column : {2u, 3u, 4u}) {
                EXPECT_EQ(row[column].find("..."), std::string::npos) << row[column];
                EXPECT_EQ(row[column].find("\u2026"), std::string::npos) << row[column];
                for (const auto& title : titles) EXPECT_LE(occurrences(row[column], title), 1u) << title << " in " << row[column];
            }
    }
    // The indicator behind a reward measure is where its details are filled in: named once, as such,
    // with its whole title (128 characters), and no second pointer to "indicator '...'".
    const std::string take_up = "Take-up of benefits by older people (housing benefit, council tax benefit, attendance allowance and disability living allowance)";
    const auto rows = schedule_rows(letter_for(check_example("leicestershire-laa-2nd-draft")));
    const auto data = std::find_if(rows.begin(), rows.end(), [&](const auto& row) {
        return row[2] == take_up && row[3].find("where the data come from") != std::string::npos;
    });
    ASSERT_NE(data, rows.end());
    EXPECT_EQ((*data)[3], "The indicator for reward target 2, '" + take_up +
                              "', does not say where the data come from, how often they are available or who owns them.");
    for (const auto& row : rows) EXPECT_EQ(row[3].find("indicator '"), std::string::npos) << row[3];
}

TEST(Letter, TheScheduleGivesEachSuggestionInFullOncePerTopicThenSaysWhereItIs) {
    for (const auto& name : example_names()) {
        SCOPED_TRACE(name);
        std::set<std::pair<std::string, std::string>> given;  // topic, suggestion
        std::set<std::pair<std::string, std::string>> advised;  // topic, 'item' given a suggestion in full
        std::size_t referred = 0;
        const auto rows = schedule_rows(letter_for(check_example(name)));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& row = rows[i];
            if (row[4] == "as above") {
                ASSERT_GT(i, 0u);
                EXPECT_EQ(rows[i - 1][0], row[0]) << "as above, under another topic: " << row[3];
                ++referred;
            } else if (row[4].rfind("as for ", 0) == 0) {
                EXPECT_TRUE(advised.count({row[0], row[4].substr(7)})) << row[4] << " names no item above given a suggestion";
                ++referred;
            } else {
                EXPECT_TRUE(given.insert({row[0], row[4]}).second) << row[0] << ": " << row[4];
                advised.insert({row[0], "'" + row[2] + "'"});
                advised.insert({row[0], row[2]});
            }
        }
        if (name == "leicestershire-laa-2nd-draft") {
            EXPECT_GT(referred, 50u);
        }
    }
    // Halton: a measure's missing levels come straight after its target's count of measures, whose step differs.
    const auto rows = schedule_rows(letter_for(check_example("halton-lpsa2-draft")));
    const auto levels = std::find_if(rows.begin(), rows.end(), [](const auto& row) {
        return row[3].rfind("Reward target 5, 'Improve the response rate to drugs/substance misuse': measure 1 has no baseline", 0) == 0;
    });
    ASSERT_NE(levels, rows.end());
    EXPECT_EQ((*levels)[4], "as for 'Reduce the level of violent crime'");
}

TEST(Letter, AFindingAboutTheWholeDraftPointsToNoLineButToolsKeepItsLocation) {
    // Laid out over lines, so that line 1 holds only the opening brace of the whole draft.
    const DraftReport report = check_text("nowhere.json", nlohmann::json::parse(kNearEmpty).dump(2));
    std::size_t whole = 0;
    for (const auto& row : schedule_rows(letter_for(report))) {
        if (row[5] == "the whole draft") {
            ++whole;
        } else {
            EXPECT_EQ(row[5], "line 2 of the draft file") << row[3];  // the agreement: its accountable body
        }
    }
    EXPECT_GE(whole, 10u);
    for (const char* format : {"letter", "html"}) {
        const std::string out = rendered(format, report);
        EXPECT_NE(out.find("the whole draft"), std::string::npos) << format;
        EXPECT_EQ(out.find("line 1 "), std::string::npos) << format;
    }
    // The formats for tools still point at the top of the file.
    EXPECT_NE(rendered("list", report).find("nowhere.json:1:1: error: "), std::string::npos);
    const auto json = nlohmann::json::parse(rendered("json", report));
    std::size_t at_top = 0;
    for (const auto& f : json["results"][0]["findings"])
        if (f["pointer"] == "") {
            EXPECT_EQ(f["line"], 1);
            EXPECT_EQ(f["column"], 1);
            ++at_top;
        }
    EXPECT_EQ(at_top, whole);
    EXPECT_NE(rendered("sarif", report).find("\"startLine\": 1,"), std::string::npos);
}

TEST(Letter, EveryExamplesBodyHasNoIdsLineNumbersTruncatedTitlesOrRepeatedSentences) {
    for (const auto& name : example_names()) {
        SCOPED_TRACE(name);
        const Letter letter = letter_for(check_example(name));
        const std::string body = body_text(letter);
        std::set<std::string> ids;
        collect_ids(nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "examples" / (name + ".json"))), ids);
        for (const auto& id : ids) {
            const std::regex word("(^|[^A-Za-z0-9_.-])" + std::regex_replace(id, std::regex(R"([.])"), R"(\.)") + "($|[^A-Za-z0-9_-])");
            EXPECT_FALSE(std::regex_search(body, word)) << "internal id " << id;
        }
        EXPECT_EQ(body.find("(line "), std::string::npos);
        EXPECT_EQ(body.find("..."), std::string::npos);
        EXPECT_EQ(body.find("\u2026"), std::string::npos);
        expect_no_sentence_repeated(letter);
    }
}

TEST(Letter, LeicestershireBodyIsAtMost3000Words) {
    const Letter letter = letter_for(check_example("leicestershire-laa-2nd-draft"));
    EXPECT_LE(words(body_text(letter)), 3000u);
    EXPECT_LT(letter.body_end, letter.parts.size()) << "the schedule follows the body";
}

TEST(Letter, FindingsOfOneKindAreOnePointWithCountsAndTheDraftsTitles) {
    const std::string letter = markdown(check_example("leicestershire-laa-2nd-draft"));
    // Ten funding streams are undecided: said once, with three of their names, not ten times.
    EXPECT_NE(letter.find("Ten of the 12 funding streams ('Sure Start', 'Connexions' and eight others) do not "
                          "yet say whether they will be pooled or aligned."),
              std::string::npos)
        << letter;
    EXPECT_NE(letter.find("None of the three priorities cites the strategy or plan it comes from."), std::string::npos);
    // The schedule lists each of them with its own title.
    EXPECT_NE(letter.find("\n## Schedule of detailed comments\n"), std::string::npos);
    EXPECT_NE(letter.find("| Funding Streams | general | Sure Start |"), std::string::npos);
}

TEST(Letter, KeyIssuesAreAboutSevenBlockingFirstEachWithAPointFromTheDraft) {
    const DraftReport report = check_example("leicestershire-laa-2nd-draft");
    const auto issues = key_issues(letter_for(report));
    ASSERT_GE(issues.size(), 5u);
    EXPECT_LE(issues.size(), 7u);
    std::vector<Severity> worst;
    for (const auto& issue : issues) {
        const auto& all = source_installation().rules.sections().all();
        const auto section = std::find_if(all.begin(), all.end(), [&](const Section& s) { return issue.rfind(s.key_issue, 0) == 0; });
        ASSERT_NE(section, all.end()) << issue;
        EXPECT_NE(issue.find(" ("), std::string::npos) << "a point from the draft: " << issue;
        Severity s = Severity::advice;
        for (const auto& f : report.findings)
            if (f.section == section->id) s = std::max(s, f.severity);
        EXPECT_GE(s, Severity::warning) << issue;
        worst.push_back(s);
    }
    EXPECT_TRUE(std::is_sorted(worst.begin(), worst.end(), std::greater<>())) << "what blocks sign-off comes first";
    // Sustainability has only advice: in the general comments, not a key issue.
    const std::string letter = markdown(report);
    EXPECT_EQ(letter.find(source_installation().rules.sections().find("sustainability")->key_issue), std::string::npos);
    EXPECT_NE(letter.find("\n### Sustainability\n"), std::string::npos);
}

TEST(Letter, AWellFormedFinalDraftHasNoKeyIssues) {
    const std::string letter = markdown(check_example("northmoor-laa-final"));
    EXPECT_NE(letter.find("We have no key issues to raise: the sections of the draft are in good shape."), std::string::npos);
    EXPECT_NE(letter.find("# Government Office for the North West response to the final draft of the Northmoor LAA"), std::string::npos);
}

TEST(Letter, ANearEmptyDraftIsNotPraisedAndCannotYetBeAssessed) {
    const DraftReport report = check_text("nowhere.json", kNearEmpty);
    EXPECT_GE(report.count(Severity::error), 2);
    EXPECT_EQ(overall_judgement(report), "cannot_assess");
    const std::string body = body_text(letter_for(report));
    for (const char* praise : {"We particularly like", "Generally, we recognise", "We recognise", "We welcome", "We are pleased", "no concerns"})
        EXPECT_EQ(body.find(praise), std::string::npos) << praise << "\n" << body;
    EXPECT_NE(body.find("does not yet contain enough for us to assess it"), std::string::npos) << body;
}

TEST(Letter, AnLaaWithoutFundingStreamsOrFreedomsIsNotPraisedForThem) {
    const DraftReport full = check_example("northmoor-laa-final");
    EXPECT_NE(body_text(letter_for(full)).find("the detail given for each funding stream"), std::string::npos) << "the control";
    const DraftReport report = check_edited("northmoor-laa-final", [](ordered& draft) {
        draft.erase("funding_streams");
        draft.erase("freedoms");
        for (auto& stream_field : draft["blocks"]) stream_field.erase("funding");
    });
    const std::string body = body_text(letter_for(report));
    for (const char* praise : {"funding stream", "freedoms and flexibilities requested", "begun to identify the funding streams", "ambition"})
        EXPECT_EQ(body.find(std::string("like ") + praise), std::string::npos) << praise;
    EXPECT_EQ(body.find("We recognise that partners have begun to identify the funding streams"), std::string::npos);
    EXPECT_EQ(body.find("We welcome partners' ambition"), std::string::npos);
    EXPECT_NE(body.find("The draft does not yet identify the funding streams that will support the agreement."), std::string::npos) << body;
    EXPECT_NE(body.find("The draft requests no freedoms or flexibilities."), std::string::npos);
}

TEST(Letter, AnLpsa2AtThePrioritiesStageIsNotPraisedForWhatItLacks) {
    for (const char* name : {"derby-lpsa2-priorities", "sheffield-lpsa2-priorities"}) {
        SCOPED_TRACE(name);
        const std::string body = body_text(letter_for(check_example(name)));
        for (const char* absent : {"baselines, projections and stretch", "funding stream", "business cases for the freedoms", "VCS involvement"})
            EXPECT_EQ(body.find(std::string("like the ") + absent), std::string::npos) << absent << "\n" << body;
        EXPECT_NE(body.find("Office of the Deputy Prime Minister"), std::string::npos) << body;
    }
}

TEST(Letter, EachKindOfFindingIsSummarisedAsItsMessageSaysIt) {
    // Sheffield's priority gives evidence, but no local performance data: not "no evidence".
    const std::string body = body_text(letter_for(check_example("sheffield-lpsa2-priorities")));
    EXPECT_NE(body.find("One of the three priorities, 'Improving learning and attainment', gives evidence, but no local performance data, "
                        "for why it is a priority."),
              std::string::npos)
        << body;
    EXPECT_EQ(body.find("gives no evidence"), std::string::npos) << body;
}

TEST(Letter, AnLpsa2AtTheMeasuresStageComesFromOdpmAndMovesOn) {
    const DraftReport report = check_example("halton-lpsa2-draft");
    EXPECT_EQ(overall_judgement(report), "lpsa2_measures_gaps");
    const std::string letter = markdown(report);
    EXPECT_EQ(letter.rfind("# Office of the Deputy Prime Minister: comments on the draft agreement (Stage 2: the measures) of the Halton LPSA2", 0), 0u)
        << letter;
    EXPECT_NE(letter.find("The Government is content to move on to the next stage of negotiations."), std::string::npos);
    EXPECT_EQ(letter.find("begin to sign off elements or sections"), std::string::npos);
    EXPECT_EQ(letter.find("Government Office"), std::string::npos);
}

TEST(Letter, NextStepsInPlainWordsWithTheRewardElementFirst) {
    const Letter letter = letter_for(check_example("leicestershire-laa-2nd-draft"));
    const std::string body = body_text(letter);
    EXPECT_NE(body.find("We hope that the meeting arranged for 23 November 2005 will provide an opportunity"), std::string::npos) << body;
    EXPECT_NE(body.find("As you know, your penultimate draft is due on 3 February 2006, by which point we will need to have effectively "
                        "agreed and signed off most if not all of the document."),
              std::string::npos);
    EXPECT_NE(body.find("two interim target dates for gaps to be filled in: 9 December 2005 for reward element details and 5 January 2006 "
                        "for all remaining gaps"),
              std::string::npos);
    // The council's own dates, and the labels of the file, are not echoed back.
    EXPECT_EQ(body.find("Cabinet"), std::string::npos);
    EXPECT_EQ(body.find("Penultimate draft due"), std::string::npos);
}

TEST(Letter, TheReviewersInterimDatesComeFirstAndTheRewardElementLeads) {
    LetterOptions options;
    options.interim = {{"2006-01-06", "all remaining gaps"}, {"2005-12-16", "the reward element details"}};
    const std::string body = body_text(letter_for(check_example("leicestershire-laa-2nd-draft"), options));
    const std::size_t reward = body.find("16 December 2005 for the reward element details");
    const std::size_t rest = body.find("6 January 2006 for all remaining gaps");
    ASSERT_NE(reward, std::string::npos) << body;
    ASSERT_NE(rest, std::string::npos);
    EXPECT_LT(reward, rest);
    EXPECT_EQ(body.find("9 December 2005"), std::string::npos) << "the reviewer's dates replace the draft's";
}

TEST(Letter, ReviewerModeAddsMarkedPromptsThatASelfCheckLeavesOut) {
    const DraftReport report = check_example("leicestershire-laa-2nd-draft");
    LetterOptions reviewer;
    reviewer.reviewer = true;
    const std::string for_reviewer = markdown(report, reviewer);
    EXPECT_NE(for_reviewer.find("\n### Transport\n\n\\[Area team to add: "), std::string::npos) << for_reviewer;
    EXPECT_NE(for_reviewer.find("\\[Area team to add: how partners propose to take forward the next steps"), std::string::npos);
    EXPECT_EQ(markdown(report).find("Area team to add"), std::string::npos);
}

TEST(Letter, SinceThePreviousDraftWhatIsReflectedAndWhatStandsByTopic) {
    const DraftReport report = check_example("leicestershire-laa-2nd-draft");
    Finding fixed = report.findings[0];
    fixed.section = "district-involvement";  // nothing in this draft: reflected
    fixed.message = "An earlier problem that this draft has put right.";
    const FindingChanges changes{{fixed}, {}, report.findings};
    const std::string body = body_text(letter_for(report, {}, &changes));
    EXPECT_NE(body.find("We are pleased that our comments on the previous draft about district involvement have been taken on board."),
              std::string::npos)
        << body;
    EXPECT_NE(body.find("Our earlier comments on telling the story, "), std::string::npos);
    EXPECT_EQ(body.find(fixed.message), std::string::npos) << "an old problem is not listed as if it stood";
}

TEST(Letter, ARuleThatFailsIsOneNeutralLineAndExitCode3) {
    // Two of the hostile rules: one that does not load and one that raises an error.
    TempDir dir("failing-rules");
    fs::create_directories(dir / "hostile");
    for (const char* name : {"syntax-error.lua", "write-draft.lua"})
        fs::copy_file(fs::path(SOURCE_DIR) / "tests/hostile-rules/hostile" / name, dir / "hostile" / name);
    const RunResult run = run_draftcheck("check --format letter --rules '" + dir.path().string() + "' tests/fixtures/final-draft-undecided-funding.json");
    EXPECT_EQ(run.exit_code, 3);
    EXPECT_NE(run.err.find("[engine.rule-failed]"), std::string::npos) << run.err;
    EXPECT_EQ(run.out.find("did not run"), std::string::npos);
    EXPECT_EQ(run.out.find("hostile"), std::string::npos);
    const std::string line = "Some of our checks could not be completed on this draft, so these comments may not be complete.";
    const std::size_t at = run.out.find(line);
    ASSERT_NE(at, std::string::npos) << run.out;
    EXPECT_EQ(run.out.find(line, at + 1), std::string::npos) << "said once";
}

}  // namespace
}  // namespace draftcheck

namespace draftcheck {
namespace {

// Prints `html` to A4 PDF with Debian's chromium and returns the text of each page (pdftotext);
// empty after a test failure when either tool is missing or fails.
std::vector<std::string> printed_pages(const std::string& html) {
    for (const char* tool : {"chromium", "pdftotext"})
        if (std::system(("command -v " + std::string(tool) + " >/dev/null 2>&1").c_str()) != 0) {
            ADD_FAILURE() << tool << " is needed to print the letter: run scripts/install-deps.sh";
            return {};
        }
    TempDir dir("print");
    write_file(dir / "letter.html", html);
    const std::string d = dir.path().string();
    const std::string print = "cd '" + d + "' && timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer "
                              "--user-data-dir='" + d + "/profile' --print-to-pdf='" + d + "/letter.pdf' 'file://" + d +
                              "/letter.html' >chromium.log 2>&1 && pdftotext -layout letter.pdf letter.txt";
    if (std::system(print.c_str()) != 0) {
        ADD_FAILURE() << "printing failed:\n" << read_file(dir / "chromium.log");
        return {};
    }
    std::vector<std::string> pages;
    std::istringstream in(read_file(dir / "letter.txt"));
    for (std::string page; std::getline(in, page, '\f');) pages.push_back(page);
    if (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos) pages.pop_back();
    return pages;
}

TEST(Print, TheLeicestershireLetterPrintsOnAtMostEightA4PagesThenTheSchedule) {
    const RunResult run = run_draftcheck("check --format html examples/leicestershire-laa-2nd-draft.json");
    const auto pages = printed_pages(run.out);
    ASSERT_FALSE(pages.empty());
    const auto schedule = std::find_if(pages.begin(), pages.end(), [](const std::string& p) { return p.find("Schedule of detailed comments") != std::string::npos; });
    ASSERT_NE(schedule, pages.end());
    const auto before = static_cast<std::size_t>(schedule - pages.begin());
    EXPECT_GE(before, 1u);
    EXPECT_LE(before, 8u) << "pages of letter before the schedule";
    // The schedule starts a page of its own, and every page is numbered.
    EXPECT_EQ(schedule->find_first_not_of(" \n"), schedule->find("Schedule of detailed comments"));
    for (std::size_t i = 0; i < pages.size(); ++i)
        EXPECT_NE(pages[i].find("Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size())), std::string::npos) << "page " << i + 1;
    std::cout << "[ figures  ] Leicestershire letter: " << before << " A4 pages before the schedule, " << pages.size() << " in all\n";
}

}  // namespace
}  // namespace draftcheck

namespace draftcheck {
namespace {

// With --previous, text, list and json mark each finding new or persisting and list the resolved.
class SincePrevious : public ::testing::Test {
protected:
    void SetUp() override {
        ordered draft = ordered::parse(read_file(fs::path(SOURCE_DIR) / "examples" / "leicestershire-laa-2nd-draft.json"));
        ordered old = draft;
        old["statements"].erase("vcs");                 // raised then, answered now
        draft["agreement"].erase("accountable_body");   // new now
        write_file(dir_ / "old.json", old.dump(2));
        write_file(dir_ / "new.json", draft.dump(2));
    }
    RunResult run(const std::string& format) {
        return run_draftcheck("check --format " + format + " --previous old.json new.json", dir_.path());
    }
    TempDir dir_{"previous"};
};

TEST_F(SincePrevious, ListMarksEachFindingAndListsTheResolved) {
    const std::string out = run("list").out;
    EXPECT_NE(out.find("[funding.accountable-body] (new)\n"), std::string::npos) << out;
    EXPECT_NE(out.find("[funding.stream-details] (persisting)\n"), std::string::npos);
    EXPECT_NE(out.find("new.json: resolved: The draft has no statement on how the voluntary and community sector"), std::string::npos);
}

TEST_F(SincePrevious, TextMarksEachFindingAndListsTheResolved) {
    const std::string out = run("text").out;
    EXPECT_NE(out.find("(new) The draft does not name the accountable body"), std::string::npos) << out;
    EXPECT_NE(out.find("\n  Resolved since the previous draft\n    The draft has no statement on how the voluntary"), std::string::npos);
}

TEST_F(SincePrevious, JsonMarksEachFindingAndListsTheResolved) {
    const auto doc = nlohmann::json::parse(run("json").out);
    const auto& result = doc["results"][0];
    std::map<std::string, std::set<std::string>> change_of;
    for (const auto& f : result["findings"]) change_of[f["rule"].get<std::string>()].insert(f["change"].get<std::string>());
    EXPECT_EQ(change_of["funding.accountable-body"], std::set<std::string>{"new"});
    EXPECT_EQ(change_of["funding.stream-details"], std::set<std::string>{"persisting"});
    ASSERT_EQ(result["resolved"].size(), 1u);
    EXPECT_EQ(result["resolved"][0]["rule"], "partners.vcs-statement");
}

TEST_F(SincePrevious, TheLetterSaysWhatIsReflectedInThePastTense) {
    const std::string out = run("letter").out;
    EXPECT_NE(out.find("our comments on the previous draft about VCS involvement have been taken on board"), std::string::npos) << out;
    EXPECT_EQ(out.find("The draft has no statement on how the voluntary"), std::string::npos);
}

}  // namespace
}  // namespace draftcheck
