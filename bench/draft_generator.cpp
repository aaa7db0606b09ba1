#include "draft_generator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

namespace draftcheck::bench {
namespace {

using Json = nlohmann::ordered_json;  // keeps fields in the order a person writes them

// splitmix64: the same numbers on every platform and compiler, unlike std:: distributions.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
    bool chance(double p) { return uniform() < p; }
    template <class T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }

private:
    std::uint64_t state_;
};

double round1(double v) { return std::round(v * 10.0) / 10.0; }

std::string numbered(const char* prefix, int n) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s-%05d", prefix, n);
    return buffer;
}

// What an indicator of one subject looks like.
struct Topic {
    const char* title;
    const char* unit;
    bool higher_is_better;
    const char* measure_type;
    const char* data_source;
    const char* origin;
    const char* code;  // "" when the origin set has none
    double low, high;  // plausible baseline values
};

struct Theme {
    const char* code;
    const char* name;
    const char* partnership;
    std::vector<const char*> outcomes;
    std::vector<Topic> topics;
};

const std::vector<Theme>& themes() {
    static const std::vector<Theme> all = {
        {"CYP", "Children and Young People", "Children and Young People's Strategic Partnership",
         {"Raise attainment at 16 and narrow the gap for the priority schools", "Reduce teenage conceptions",
          "More young people in education, employment or training", "Stable placements for looked after children",
          "Improve attendance at secondary school"},
         {{"Pupils achieving five or more GCSEs at grades A*-C", "% of pupils", true, "outcome",
           "DfES Achievement and Attainment Tables", "bvpi", "BV 38", 45, 60},
          {"Under-18 conceptions per 1,000 girls aged 15-17", "conceptions per 1,000 girls aged 15-17", false, "outcome",
           "ONS conception statistics", "psa", "PSA DfES 12", 30, 55},
          {"16-18 year olds not in education, employment or training", "% of the 16-18 cohort", false, "outcome",
           "Connexions CCIS", "national", "", 6, 11},
          {"Looked after children with three or more placements in the year", "% of looked after children", false,
           "outcome", "SSDA 903 return", "paf", "PAF A1 (BV 49)", 10, 18},
          {"Pupils reaching level 4 in English at Key Stage 2", "% of pupils", true, "outcome",
           "DfES Key Stage 2 results", "bvpi", "BV 40", 70, 82},
          {"Half days missed through absence in secondary schools", "% of half days", false, "outcome",
           "DfES school census", "bvpi", "BV 45", 6, 9}}},
        {"SSC", "Safer and Stronger Communities", "Community Safety Board",
         {"Reduce crime, in particular domestic burglary", "Reduce re-offending by prolific and other priority offenders",
          "Cleaner, greener public spaces", "People feel safer in their neighbourhoods", "Reduce the harm caused by drugs"},
         {{"Domestic burglaries per 1,000 households", "burglaries per 1,000 households", false, "outcome",
           "Police recorded crime", "bvpi", "BV 126", 6, 14},
          {"Violent crimes per 1,000 population", "crimes per 1,000 population", false, "outcome",
           "Police recorded crime", "bvpi", "BV 127a", 12, 25},
          {"Re-offending rate of prolific and other priority offenders", "% of the PPO cohort re-offending", false,
           "outcome", "Probation and police PNC data", "existing_local", "", 40, 70},
          {"Land with unacceptable levels of litter and detritus", "% of land surveyed", false, "outcome",
           "ENCAMS local environmental quality survey", "bvpi", "BV 199a", 10, 25},
          {"Residents who feel safe outside after dark", "% of residents surveyed", true, "outcome",
           "Residents' survey", "existing_local", "", 40, 65},
          {"Household waste recycled or composted", "% of household waste", true, "outcome", "WasteDataFlow", "bvpi",
           "BV 82a", 15, 30}}},
        {"HCOP", "Healthier Communities and Older People", "Health and Wellbeing Partnership",
         {"Reduce smoking, especially in the priority neighbourhoods", "More older people living independently at home",
          "Fewer emergency admissions of older people", "Reduce early deaths from heart disease and stroke",
          "More people in control of their own care"},
         {{"Adults who smoke", "% of adults", false, "outcome", "Lifestyle survey", "existing_local", "", 20, 30},
          {"Four-week smoking quitters per 100,000 adults", "quitters per 100,000 adults", true, "output",
           "NHS stop smoking service returns", "psa", "PSA DH 3", 400, 900},
          {"Older people helped to live at home per 1,000 population aged 65 or over",
           "people per 1,000 aged 65 or over", true, "outcome", "PAF return", "paf", "PAF C32 (BV 54)", 70, 100},
          {"Emergency bed days for people aged 75 or over", "bed days per 1,000 people aged 75 or over", false,
           "outcome", "Hospital Episode Statistics", "national", "", 2000, 3000},
          {"Adults and older people receiving direct payments per 100,000 population", "people per 100,000 adults",
           true, "output", "PAF return", "paf", "PAF C51", 60, 150},
          {"Deaths from circulatory diseases in people under 75 per 100,000", "deaths per 100,000 under 75", false,
           "outcome", "ONS mortality statistics", "psa", "PSA DH 1", 80, 120}}},
        {"EDE", "Economic Development and Enterprise", "Economic Partnership",
         {"More people from the priority neighbourhoods in work", "Raise the skills of the workforce",
          "More new businesses in the deprived wards"},
         {{"Working-age residents claiming out-of-work benefits", "% of working-age residents", false, "outcome",
           "DWP benefit claimant data", "national", "", 8, 15},
          {"Adults with at least a level 2 qualification", "% of working-age adults", true, "outcome",
           "Labour Force Survey", "national", "", 60, 75},
          {"New VAT-registered businesses per 10,000 adults", "registrations per 10,000 adults", true, "outcome",
           "DTI VAT registrations", "national", "", 25, 45},
          {"People helped into work and still in work after 13 weeks", "people", true, "output",
           "Jobcentre Plus and partners' records", "existing_local", "", 200, 800}}},
        {"LOCAL", "Housing and Neighbourhoods", "Housing Partnership",
         {"Decent homes for vulnerable households", "Fewer homeless households in temporary accommodation",
          "Neighbourhoods people are proud of"},
         {{"Vulnerable households in private sector homes that meet the decent homes standard", "% of vulnerable households",
           true, "outcome", "Private sector stock condition survey", "existing_local", "", 55, 70},
          {"Homeless households in temporary accommodation", "households", false, "outcome", "P1E returns",
           "national", "", 50, 200},
          {"Residents satisfied with their neighbourhood as a place to live", "% of residents surveyed", true,
           "outcome", "Residents' survey", "existing_local", "", 65, 85}}},
    };
    return all;
}

// Measures that count activity or money: the outcome-focus rule's work.
const std::vector<const char*> kActivityTitles = {
    "Partnership meetings held with neighbourhood teams", "Neighbourhood action plans produced",
    "Awareness events held in schools", "Multi-agency protocols agreed", "Reports produced for the board"};
const std::vector<const char*> kSpendingTitles = {
    "Money spent on youth diversion schemes", "Funding spent on target hardening",
    "Budget spent on stop smoking services", "Expenditure on the decent homes programme"};

const std::vector<const char*> kAreas = {"Northmoor", "Eastmere", "Kelmsford", "Westdale", "Ashvale", "Brantshire",
                                         "Hollingham", "Redcastle", "Saltmarsh", "Thornbury"};
const std::vector<const char*> kDistricts = {"Skelby", "Calderby", "Harrowdale", "Brackenfell", "Ousefield", "Marlow Cross",
                                             "Stanthorpe", "Fellgate", "Wickham Moor", "Aldersey"};
const std::vector<const char*> kOffices = {"GOEM", "GOEE", "GOL", "GONE", "GONW", "GOSE", "GOSW", "GOWM", "GOYH"};
const std::vector<const char*> kStreams = {"Safer and Stronger Communities Fund", "Neighbourhood Renewal Fund",
                                           "Children's Fund", "Teenage Pregnancy Local Implementation Grant",
                                           "Supporting People", "Connexions grant", "Sure Start grant",
                                           "Local Enterprise Growth Initiative", "Drug Action Team pooled treatment budget",
                                           "Preventing Social Exclusion grant", "Waste Performance and Efficiency Grant"};
const std::vector<const char*> kDepartments = {"Home Office", "Office of the Deputy Prime Minister",
                                               "Department for Education and Skills", "Department of Health",
                                               "Department for Work and Pensions", "Department of Trade and Industry",
                                               "Department for Environment, Food and Rural Affairs"};

struct Built {
    std::string id;
    std::string block;
    const Topic* topic = nullptr;
    double baseline = 0;
    bool has_baseline = true;
    bool own_type = true;  // outcome or output: fit to be a reward measure
};

class Generator {
public:
    explicit Generator(const DraftSpec& spec) : spec_(spec), rng_(spec.seed) {}

    std::string run() {
        area_ = rng_.pick(kAreas);
        for (int i = 0; i < 4; ++i) districts_.push_back(kDistricts[(static_cast<std::size_t>(rng_.below(3)) + i * 2) % kDistricts.size()]);
        const std::vector<const char*> stages = {"second", "penultimate", "final"};
        stage_ = rng_.pick(stages);

        Json d;
        d["format"] = "draftcheck/1";
        d["agreement"] = agreement();
        d["submission"] = submission();
        d["narrative"] = narrative();
        d["priorities"] = priorities();
        d["blocks"] = blocks();
        d["outcomes"] = outcomes();
        d["indicators"] = indicators();
        d["reward_targets"] = reward_targets();
        d["funding_streams"] = funding_streams();
        d["freedoms"] = freedoms();
        d["partners"] = partners();
        d["governance"] = governance();
        d["performance_management"] = performance_management();
        d["financial_management"] = financial_management();
        d["risk_management"] = {{"framework", "The county council's risk management framework, adopted by the Board: each block "
                                              "partnership scores the risks to its outcomes and reward targets, with owners and actions."},
                                {"risk_log", true},
                                {"escalation", "High risks are reported quarterly to the LAA Executive and the Board."}};
        d["statements"] = statements();
        return d.dump(2) + "\n";
    }

private:
    bool defect() { return rng_.chance(spec_.defects); }
    std::string district() { return rng_.pick(districts_); }
    std::string county() const { return area_ + " County Council"; }

    Json agreement() {
        nbr_ = 1e6 * rng_.range(250, 600);
        reward_total_ = std::round(nbr_ * 0.025 / 1000.0) * 1000.0;
        pump_offered_ = 1e5 * rng_.range(8, 15);
        Json docs = Json::array();
        docs.push_back({{"id", "doc-community-strategy"}, {"title", area_ + " 2014: the Community Strategy 2004-2014"},
                        {"type", "community_strategy"}, {"date", "2004-07-01"}});
        docs.push_back({{"id", "doc-cpa-plan"}, {"title", county() + " CPA Improvement Plan 2005-06"},
                        {"type", "cpa_improvement_plan"}, {"date", "2005-03-15"}});
        docs.push_back({{"id", "doc-corporate-plan"}, {"title", county() + " Corporate Plan 2005-2008"},
                        {"type", "corporate_plan"}, {"date", "2005-04-01"}});
        docs.push_back({{"id", "doc-crime-audits"}, {"title", "Crime and disorder audits 2004"}, {"type", "other"},
                        {"date", "2004-11-30"}});
        return {{"kind", "laa"},
                {"title", area_ + " Local Area Agreement 2006-2009: " + stage_ + " draft"},
                {"area", area_},
                {"partnership", area_ + " Strategic Partnership"},
                {"lead_authority", county()},
                {"accountable_body", county()},
                {"government_office", rng_.pick(kOffices)},
                {"tier", "county"},
                {"laa_round", "round2"},
                {"structure", "blocks"},
                {"period", {{"start", "2006-04-01"}, {"end", "2009-03-31"}}},
                {"net_budget_requirement", {{"value", nbr_}, {"year", "2005/06"}}},
                {"pump_priming_offered", pump_offered_},
                {"reward_grant_total", reward_total_},
                {"documents", docs}};
    }

    Json submission() {
        const int number = stage_ == "second" ? 2 : stage_ == "penultimate" ? 3 : 4;
        return {{"stage", stage_},
                {"number", number},
                {"date", "2006-01-" + std::to_string(10 + number)},
                {"received", "2006-01-" + std::to_string(10 + number)},
                {"dates",
                 {{{"id", "d-board"}, {"label", "Strategic Partnership Board approves the draft"}, {"date", "2006-02-16"}, {"type", "sign_off"}},
                  {{"id", "d-review"}, {"label", "First six-monthly review with the Government Office"}, {"date", "2006-10-26"},
                   {"type", "meeting"}, {"covers", "progress on all outcomes, reward targets and pooled funding"}}}}};
    }

    Json narrative() {
        const std::string districts = districts_[0] + ", " + districts_[1] + ", " + districts_[2] + " and " + districts_[3];
        return {{"context", area_ + " is a county of " + std::to_string(rng_.range(350, 800)) + ",000 people with four districts: " +
                                districts + ". Most residents enjoy a good quality of life, but the former mill towns of " +
                                districts_[0] + " and " + districts_[1] +
                                " contain neighbourhoods among the most deprived 10% in England, while the uplands face the "
                                "isolation of an ageing population and poor access to services."},
                {"strategic_priorities", "The agreement serves the priorities of the Community Strategy that partners judged to "
                                         "need joint action: young people, safer neighbourhoods, health and independence in old "
                                         "age, and work and skills, with narrowing the gap running through all of them."},
                {"inequalities", "Each block has at least one outcome measured separately for the priority neighbourhoods, so "
                                 "that partners can see whether the gap with the rest of " + area_ + " is closing."},
                {"geographic_targeting", "The priority neighbourhoods in " + districts_[0] + " and " + districts_[1] +
                                             " are targeted through neighbourhood action teams; indicators are broken down by ward."}};
    }

    Json priorities() {
        const std::vector<std::pair<const char*, const char*>> all = {
            {"pri-young-people", "Every child and young person achieves their potential"},
            {"pri-safer", "Safer, cleaner neighbourhoods"},
            {"pri-independence", "Healthier lives and independence in old age"},
            {"pri-work", "Work and skills for all"},
            {"pri-narrow-gap", "Narrow the gap between the priority neighbourhoods and the rest of the county"},
            {"pri-housing", "Decent homes for everyone"}};
        Json out = Json::array();
        for (const auto& [id, title] : all) {
            priority_ids_.push_back(id);
            out.push_back({{"id", id},
                           {"title", title},
                           {"evidence", std::string("Local performance is below the England average and lower again in the "
                                                    "priority neighbourhoods; residents put this among their top concerns in "
                                                    "the 2005 consultation.")},
                           {"sources", {"doc-community-strategy", "doc-cpa-plan"}},
                           {"performance_data", "BVPI 2004/05 returns; residents' survey 2005."}});
        }
        return out;
    }

    Json blocks() {
        Json out = Json::array();
        const int local_themes = rng_.range(0, 3);  // 4 to 7 blocks
        for (int i = 0; i < 4 + local_themes; ++i) {
            const Theme& theme = themes()[static_cast<std::size_t>(std::min(i, 4))];
            std::string id = std::string("blk-") + (i < 4 ? theme.code : "local");
            for (char& c : id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (i >= 4) id += "-" + std::to_string(i - 3);
            block_ids_.push_back(id);
            block_themes_.push_back(&theme);
            const std::string name = i < 4 ? theme.name : std::string(theme.name) + " " + std::to_string(i - 3);
            Json commentary = {{"rationale", "The Community Strategy identifies these outcomes as the areas where " + area_ +
                                                 " lags comparable areas and where no single agency can succeed alone."},
                               {"outcomes", std::string("The outcomes below serve the priorities of the block and each has a "
                                                        "named lead partner and indicators with baselines.")},
                               {"delivery", std::string("The ") + theme.partnership +
                                                " oversees the block; each outcome has a lead officer and a delivery plan."},
                               {"reward_targets", "The reward targets in this block are listed in the reward element."},
                               {"freedoms", "Freedoms requested for this block are set out with their business cases."},
                               {"funding", "Funding streams are pooled or aligned as shown in the funding schedule; all are revenue "
                                           "unless stated."}};
            if (defect()) commentary.erase("rationale");
            out.push_back({{"id", id},
                           {"code", theme.code},
                           {"name", name},
                           {"lead_partnership", area_ + " " + theme.partnership},
                           {"commentary", commentary}});
        }
        return out;
    }

    Json outcomes() {
        // At most 3 indicators per outcome, so the per-outcome limit (4) is only broken by defects.
        const int count = std::max(static_cast<int>(block_ids_.size()), (spec_.indicators + 2) / 3);
        Json out = Json::array();
        for (int i = 0; i < count; ++i) {
            const std::size_t b = static_cast<std::size_t>(i) % block_ids_.size();
            const Theme& theme = *block_themes_[b];
            std::string title = rng_.pick(theme.outcomes);
            if (i >= static_cast<int>(block_ids_.size())) title += " in " + district();
            const std::string id = numbered("out", i + 1);
            outcome_ids_.push_back(id);
            outcome_block_.push_back(b);
            out.push_back({{"id", id},
                           {"block", block_ids_[b]},
                           {"title", title},
                           {"priorities", {priority_ids_[b % 4], "pri-narrow-gap"}},
                           {"lead_partner", lead_partner_for(theme)},
                           {"rationale", "Below comparable areas, and lower again in the priority neighbourhoods."},
                           {"target_group", "Residents of " + district()}});
        }
        return out;
    }

    std::string partner_name(const std::string& id) const {
        if (id == "p-police") return area_ + " Constabulary";
        if (id == "p-pct") return area_ + " Primary Care Trust";
        if (id == "p-jobcentre") return "Jobcentre Plus";
        return county();
    }

    static std::string lead_partner_for(const Theme& theme) {
        const std::string code = theme.code;
        if (code == "SSC") return "p-police";
        if (code == "HCOP") return "p-pct";
        if (code == "EDE") return "p-jobcentre";
        return "p-county";
    }

    Json indicators() {
        Json out = Json::array();
        for (int i = 0; i < spec_.indicators; ++i) {
            const std::size_t o = static_cast<std::size_t>(i) % outcome_ids_.size();
            const std::size_t b = outcome_block_[o];
            const Theme& theme = *block_themes_[b];
            const Topic& topic = rng_.pick(theme.topics);
            Built built{numbered("ind", i + 1), block_ids_[b], &topic, round1(rng_.between(topic.low, topic.high))};
            const std::string place = district();
            std::string title = std::string(topic.title) + " in " + place;
            std::string measure_type = topic.measure_type;
            std::string definition = std::string(topic.unit) + " in " + place + ", by financial year.";
            Json ind;
            ind["id"] = built.id;
            ind["outcomes"] = Json::array({outcome_ids_[o]});

            int defect_kind = defect() ? rng_.below(7) : -1;
            if (defect_kind == 2) {
                title = std::string(rng_.pick(kActivityTitles)) + " in " + place;
                measure_type = "process";
            } else if (defect_kind == 3) {
                title = std::string(rng_.pick(kSpendingTitles)) + " in " + place;
                measure_type = "input";
            } else if (defect_kind == 4) {
                title = std::string(rng_.pick(kActivityTitles)) + " in " + place;  // called an outcome, counts activity
            }
            built.own_type = measure_type == "outcome" || measure_type == "output";
            ind["title"] = title;
            if (defect_kind != 5) ind["definition"] = definition;
            ind["unit"] = topic.unit;
            ind["geography"] = place + " district";
            ind["measure_type"] = measure_type;
            ind["polarity"] = topic.higher_is_better ? "higher_is_better" : "lower_is_better";
            ind["data_source"] = topic.data_source;
            ind["frequency"] = rng_.chance(0.5) ? "quarterly" : "annual";
            ind["owner"] = partner_name(lead_partner_for(theme));
            ind["lead_partner"] = lead_partner_for(theme);
            ind["responsible_officer"] = "Performance lead, " + partner_name(lead_partner_for(theme));
            ind["origin"] = topic.origin;
            if (*topic.code) ind["code"] = topic.code;

            if (defect_kind == 0) {
                built.has_baseline = false;
            } else if (defect_kind == 6) {
                ind["baseline"] = {{"status", "to_be_established"}, {"method", "A survey of a sample of residents in 2006"}};
            } else {
                Json baseline = {{"status", "known"}, {"value", built.baseline}, {"period", "2004/05"},
                                 {"source", std::string(topic.data_source) + " 2004/05"}};
                if (defect_kind == 1) baseline.erase("source");
                ind["baseline"] = baseline;
            }
            Json targets = Json::array();
            const char* years[] = {"2006/07", "2007/08", "2008/09"};
            for (int y = 0; y < 3; ++y) targets.push_back({{"year", years[y]}, {"value", improved(built, 0.01 + 0.03 * (y + 1))}});
            ind["targets"] = targets;
            if (rng_.chance(0.2)) ind["breakdown"] = "Ward, with the priority neighbourhoods reported separately";
            out.push_back(std::move(ind));
            built_.push_back(built);
        }
        return out;
    }

    static double improved(const Built& b, double share) {
        return round1(b.topic->higher_is_better ? b.baseline * (1 + share) : b.baseline * (1 - share));
    }

    Json reward_targets() {
        int count = rng_.range(9, 12);
        if (defect()) count = rng_.range(13, 15);
        count = std::min(count, std::max(1, spec_.indicators / 2));
        const double grant = std::floor(reward_total_ / count);
        const double pump = std::floor(pump_offered_ / count / 1000.0) * 1000.0;
        Json out = Json::array();
        std::vector<bool> used(built_.size(), false);
        std::size_t next = 0;
        for (int t = 0; t < count; ++t) {
            const std::string id = "rt-" + std::to_string(t + 1);
            reward_ids_.push_back(id);
            Json measures = Json::array();
            std::string block, title;
            const int wanted = rng_.chance(0.7) ? 1 : 2;
            for (int m = 0; m < wanted && next < built_.size(); ++m) {
                // The next indicator fit for reward; later measures of a target stay in its block.
                while (next < built_.size() && (used[next] || (!block.empty() && built_[next].block != block))) ++next;
                if (next >= built_.size()) break;
                const Built& ind = built_[next];
                used[next] = true;
                block = ind.block;
                if (title.empty()) title = std::string(ind.topic->title) + ": stretch beyond the trend";
                Json measure = {{"id", id + "-m" + std::to_string(m + 1)}, {"indicator", ind.id}};
                if (defect() && rng_.chance(0.5)) measure["measure_type"] = "process";
                measure["without_agreement"] = {{"value", improved(ind, 0.03)},
                                                {"basis", "The 2001/02-2004/05 trend continued for four years."}};
                measure["with_agreement"] = {{"value", improved(ind, 0.10)}};
                measure["target_date"] = "2009-03-31";
                measure["interim"] = {{"date", "2008-03-31"}, {"value", improved(ind, 0.07)}};
                measures.push_back(std::move(measure));
                next = 0;
            }
            if (block.empty()) block = block_ids_[0];
            if (title.empty()) title = "Reward target without a measure yet";
            const double share = t + 1 == count ? reward_total_ - grant * (count - 1) : grant;
            out.push_back({{"id", id},
                           {"number", t + 1},
                           {"title", title},
                           {"rationale", "This is a priority of the Community Strategy and performance lags comparable areas; "
                                         "the pump priming funds work partners could not otherwise afford, so the stretch is "
                                         "realistic and worth the reward."},
                           {"blocks", {block}},
                           {"lead_partner", "p-county"},
                           {"partners", {"p-county", "p-police", "p-pct"}},
                           {"reward_grant", share},
                           {"pump_priming", pump},
                           {"measures", measures}});
        }
        return out;
    }

    Json funding_streams() {
        const int count = std::max(4, spec_.indicators / 10);
        Json out = Json::array();
        const std::vector<const char*> arrangements = {"pooled", "pooled", "aligned", "local_pool", "mainstream"};
        for (int i = 0; i < count; ++i) {
            const std::size_t o = static_cast<std::size_t>(rng_.below(static_cast<int>(outcome_ids_.size())));
            const std::size_t b = outcome_block_[o];
            std::string arrangement = rng_.pick(arrangements);
            bool owner = true;
            Json plan;
            if (defect()) {
                if (rng_.chance(0.7)) {
                    arrangement = "undecided";
                    if (rng_.chance(0.5)) plan = {{"by", "2006-03-01"}, {"forum", "the LAA Executive"}};
                } else {
                    arrangement = "pooled";
                    owner = false;
                }
            }
            Json amounts = Json::array();
            const double base = 1000.0 * rng_.range(50, 2000);
            for (const char* year : {"2006/07", "2007/08", "2008/09"}) amounts.push_back({{"year", year}, {"value", base}, {"type", "revenue"}});
            Json stream = {{"id", numbered("fs", i + 1)}, {"name", std::string(rng_.pick(kStreams)) + " (" + district() + ")"}};
            if (owner) stream["owner"] = rng_.pick(kDepartments);
            if (arrangement != "undecided") stream["amounts"] = amounts;
            stream["arrangement"] = arrangement;
            stream["blocks"] = {block_ids_[b]};
            stream["outcomes"] = {outcome_ids_[o]};
            stream["agreed_by"] = {"p-county", "p-police", "p-pct"};
            if (!plan.is_null()) stream["decision_plan"] = plan;
            out.push_back(std::move(stream));
        }
        return out;
    }

    Json freedoms() {
        const int count = 2 + spec_.indicators / 50;
        Json out = Json::array();
        for (int i = 0; i < count; ++i) {
            const std::size_t o = static_cast<std::size_t>(rng_.below(static_cast<int>(outcome_ids_.size())));
            Json freedom = {{"id", numbered("ff", i + 1)},
                            {"title", "A single six-monthly report in place of separate quarterly grant returns (" + district() + ")"},
                            {"blocks", {block_ids_[outcome_block_[o]]}},
                            {"outcomes", {outcome_ids_[o]}},
                            {"reward_targets", {reward_ids_[static_cast<std::size_t>(i) % reward_ids_.size()]}},
                            {"priority", i + 1},
                            {"status", "business_case_submitted"}};
            if (defect()) {
                freedom["status"] = "idea";
            } else {
                freedom["business_case"] = {
                    {"barrier", "Separate quarterly monitoring returns duplicate what the LAA performance framework reports."},
                    {"rule_to_change", "The quarterly grant monitoring returns required by the grant conditions."},
                    {"department", rng_.pick(kDepartments)},
                    {"proposal", "Report on the pooled fund every six months through the LAA performance report."},
                    {"benefit", "Frees analyst time for problem-solving work and gives government one consistent report."},
                    {"evidence", "A 2005 survey found 11 days a quarter spent on grant returns."},
                    {"risks", "Less frequent central sight of spend; mitigated by quarterly reporting to the Board."}};
            }
            freedom["supported_by"] = {"p-county", "p-police"};
            freedom["moves_capital_to_revenue"] = false;
            out.push_back(std::move(freedom));
        }
        return out;
    }

    Json partners() {
        Json out = Json::array();
        out.push_back({{"id", "p-county"}, {"name", county()}, {"type", "county"},
                       {"roles", {"accountable body", "lead for children's services and adult social care"}}});
        for (std::size_t i = 0; i < districts_.size(); ++i)
            out.push_back({{"id", "p-district-" + std::to_string(i + 1)}, {"name", districts_[i] + " District Council"},
                           {"type", "district"}, {"roles", {"lead for neighbourhood action teams in " + districts_[i]}}});
        const std::vector<std::array<const char*, 4>> others = {
            {"p-pct", "Primary Care Trust", "pct", "lead partner for the healthier communities block"},
            {"p-police", "Constabulary", "police", "lead partner for crime reduction"},
            {"p-probation", "Probation Area", "probation", "lead partner for prolific and other priority offenders"},
            {"p-fire", "Fire and Rescue Service", "fire", "home safety checks with target hardening"},
            {"p-vcs", "Voluntary Action", "vcs", "represents the voluntary and community sector on the Board"},
            {"p-lsc", "Learning and Skills Council", "lsc", "lead partner for adult skills"},
            {"p-jobcentre", "Jobcentre Plus", "jobcentre", "lead partner for worklessness"},
            {"p-chamber", "Chamber of Commerce", "business", "represents business on the Board"}};
        for (const auto& [id, name, type, role] : others)
            out.push_back({{"id", id}, {"name", area_ + " " + name}, {"type", type}, {"roles", {role}}});
        return out;
    }

    Json governance() {
        return {{"structure", "The Strategic Partnership Board owns the agreement and answers for it to the Government Office; " +
                                  county() + " is the accountable body."},
                {"board", "Leaders of the county and district councils and the chief officers of the partners; it meets quarterly."},
                {"thematic_partnerships", "Each block is overseen by an existing thematic partnership with a named lead officer."},
                {"district_roles", "Each district partnership agrees an annual delivery plan showing its contribution to every outcome."},
                {"scrutiny", "A joint scrutiny panel of county and district councillors reviews performance twice a year."},
                {"decision_making", "The Board decides by consensus; changes to pooled allocations above \u00a350,000 need its approval."}};
    }

    Json performance_management() {
        return {{"data_frequency", "Quarterly for every indicator whose data allow it."},
                {"report_to_partnership", "Quarterly exception reports to the LAA Executive and a quarterly report to the Board."},
                {"report_to_go", "Six-monthly performance report to the Government Office, and an annual review."},
                {"system", "A shared web-based performance system holds metadata, baselines, targets and results."},
                {"responsible_officers", "Every indicator has a named responsible officer, listed in the indicator schedule."},
                {"underperformance", "An indicator more than 5% off trajectory for two quarters is flagged red and needs an "
                                     "improvement plan within six weeks; the LAA Executive may redirect pooled funding."},
                {"external_challenge", "The joint scrutiny panel, the six-monthly reviews and the Audit Commission's data quality checks."}};
    }

    Json financial_management() {
        return {{"protocol", "A financial protocol signed by every partner receiving pooled funds."},
                {"recipients", "First-level recipients receive pooled funds under a grant agreement and account to the accountable body."},
                {"variance_reporting", "Variances over 10% or \u00a325,000 are reported quarterly to the LAA Executive."},
                {"overspend", "Overspends rest with the first-level recipient unless agreed in advance."}};
    }

    Json statements() {
        return {{"district_involvement", "All four district councils helped choose the outcomes and sit on the LAA Executive in turn."},
                {"vcs", "Voluntary Action organised consultation events; two sector representatives sit on the Board and one on each "
                        "block partnership."},
                {"equality", {{"assessment", "done"}, {"date", "2006-01-27"},
                              {"bme", "Black and minority ethnic residents are concentrated in the priority neighbourhoods, which "
                                      "the targets reach; three indicators are monitored by ethnicity."},
                              {"text", "An equality impact assessment of the whole agreement was completed in January 2006."}}},
                {"sustainability", "The agreement was checked against the regional sustainable development framework."},
                {"rural_proofing", "Every outcome was rural-proofed with the Rural Partnership in December 2005."}};
    }

    DraftSpec spec_;
    Rng rng_;
    std::string area_, stage_;
    std::vector<std::string> districts_, priority_ids_, block_ids_, outcome_ids_, reward_ids_;
    std::vector<const Theme*> block_themes_;
    std::vector<std::size_t> outcome_block_;
    std::vector<Built> built_;
    double nbr_ = 0, reward_total_ = 0, pump_offered_ = 0;
};

}  // namespace

std::string generate_draft(const DraftSpec& spec) { return Generator(spec).run(); }

}  // namespace draftcheck::bench
