#include "author/targets_import.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>

#include "author/csv.h"
#include "core/error.h"
#include "core/error_list.h"
#include "core/nearest_name.h"
#include "load/yaml_scalar.h"

namespace draftcheck {
namespace {

using nlohmann::ordered_json;

struct Column {
    std::string field;
    std::string type;  // id, text, number, date, polarity
    std::vector<std::string> spellings;
};

std::string normalised(const std::string& heading) {
    std::string out;
    for (const char c : heading) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    return first == std::string::npos ? "" : text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// A, B, ... Z, AA, AB: the column letters Excel shows.
std::string column_letter(std::size_t index) {
    std::string out;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

std::vector<Column> read_columns(const JsonFile& file) {
    const auto& doc = file.document;
    if (!doc.is_object() || !doc.contains("columns") || !doc["columns"].is_array()) file.fail("", "expected {\"columns\": [...]}");
    std::vector<Column> columns;
    for (std::size_t i = 0; i < doc["columns"].size(); ++i) {
        const auto& c = doc["columns"][i];
        const std::string at = "/columns/" + std::to_string(i);
        if (!c.is_object() || !c.contains("field") || !c["field"].is_string() || !c.contains("type") || !c["type"].is_string() ||
            !c.contains("spellings") || !c["spellings"].is_array())
            file.fail(at, "each column needs \"field\", \"type\" and a list of \"spellings\"");
        Column column{c["field"], c["type"], {}};
        for (const auto& s : c["spellings"]) {
            if (!s.is_string()) file.fail(at + "/spellings", "a spelling is text");
            column.spellings.push_back(normalised(s.get<std::string>()));
        }
        columns.push_back(std::move(column));
    }
    return columns;
}

// The number a cell such as "£1.3m", "1,300,000" or "12.1%" most likely means, as JSON writes it.
std::optional<std::string> meant_number(std::string text) {
    double scale = 1;
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.ends_with("bn")) scale = 1e9, text.resize(text.size() - 2);
    else if (lower.ends_with("m")) scale = 1e6, text.pop_back();
    else if (lower.ends_with("k")) scale = 1e3, text.pop_back();
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA3") == 0) ++i;  // £
        else if (text[i] != ',' && text[i] != ' ' && text[i] != '%' && text[i] != '+') digits += text[i];
    }
    if (!is_json_number(digits)) return std::nullopt;
    const double value = std::stod(digits) * scale;
    if (value == static_cast<double>(static_cast<long long>(value)) && std::abs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    return nlohmann::json(value).dump();
}

bool valid_date(int y, int m, int d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    return !(m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

class Importer {
public:
    Importer(const SourceText& table, std::vector<Column> columns, ordered_json draft)
        : table_(table), columns_(std::move(columns)), draft_(std::move(draft)) {}

    ImportSummary run() {
        const std::vector<CsvRow> rows = read_csv(table_);
        if (rows.empty()) problem(0, "the table is empty: its first row names the columns, for example Id, Title, Unit, Baseline");
        else {
            read_header(rows.front());
            for (std::size_t r = 1; r < rows.size() && problems_.size() < 10; ++r) apply(rows[r]);
        }
        if (!problems_.empty()) throw error_list(problems_);
        return summary_;
    }

    ordered_json take() { return std::move(draft_); }

private:
    void problem(std::size_t offset, const std::string& message) {
        if (problems_.size() >= 10) return;
        const LineColumn at = table_.position(offset);
        problems_.emplace_back(Location{table_.name(), at.line, at.column}, message);
    }

    void read_header(const CsvRow& header) {
        std::vector<std::string> known;
        for (const auto& c : columns_) known.insert(known.end(), c.spellings.begin(), c.spellings.end());
        for (std::size_t i = 0; i < header.cells.size(); ++i) {
            const std::string heading = normalised(header.cells[i].text);
            headings_.push_back(trimmed(header.cells[i].text));
            const Column* found = nullptr;
            for (const auto& c : columns_)
                if (std::find(c.spellings.begin(), c.spellings.end(), heading) != c.spellings.end()) found = &c;
            if (!found && !heading.empty()) {
                const auto guess = nearest_name(heading, known);
                problem(header.cells[i].offset, "column " + column_letter(i) + ": the heading \"" + headings_.back() + "\" is not one draftcheck reads" +
                                                    (guess ? " (did you mean \"" + *guess + "\"?)" : "") +
                                                    "; schemas/targets-columns.json lists the headings accepted for each column");
            }
            for (std::size_t k = 0; found && k < at_.size(); ++k)
                if (at_[k] == found) problem(header.cells[i].offset, "column " + column_letter(i) + " repeats column " + column_letter(k) + " (" + found->field + "): keep one");
            at_.push_back(found);
        }
        if (std::find_if(at_.begin(), at_.end(), [](const Column* c) { return c && c->field == "id"; }) == at_.end())
            problem(header.cells.front().offset, "the table has no Id column: add one, giving each row's reward measure or indicator id");
    }

    // Where a cell is, in the words an Excel user reads: row 4, column C (Baseline).
    std::string place(const CsvRow& row, std::size_t i) const {
        return "row " + std::to_string(row.line) + ", column " + column_letter(i) + " (" + headings_[i] + ")";
    }

    std::optional<ordered_json> value_of(const CsvRow& row, std::size_t i, const Column& column) {
        const std::string text = trimmed(row.cells[i].text);
        const std::size_t at = row.cells[i].offset;
        const std::string where = place(row, i) + ": \"" + text + "\" ";
        if (column.type == "text") return ordered_json(text);
        if (column.type == "id") {
            static const std::regex id_form("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
            if (std::regex_match(text, id_form)) return ordered_json(text);
            problem(at, where + "is not an id: use letters, digits, '.', '_' or '-', starting with a letter or digit, for example rt-1-m1");
        } else if (column.type == "number") {
            if (is_json_number(text)) return ordered_json::parse(text);
            const auto meant = meant_number(text);
            problem(at, where + "is not a plain number: " +
                            (meant ? "write " + *meant + " (no £ sign, %, commas or words: the unit column says what the number counts)"
                                   : std::string("write a number such as 12.1, or leave the cell empty")));
        } else if (column.type == "date") {
            static const std::regex iso("([0-9]{4})-([0-9]{2})-([0-9]{2})");
            static const std::regex uk("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{2}|[0-9]{4})");
            std::smatch m;
            if (std::regex_match(text, m, iso) && valid_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]))) return ordered_json(text);
            if (std::regex_match(text, m, uk)) {
                const int year = m[3].length() == 2 ? 2000 + std::stoi(m[3]) : std::stoi(m[3]);
                if (valid_date(year, std::stoi(m[2]), std::stoi(m[1]))) {
                    problem(at, where + "is not written year-month-day: write " + std::to_string(year) + "-" + two(std::stoi(m[2])) + "-" +
                                    two(std::stoi(m[1])) + " (read as day/month/year, the UK order)");
                    return std::nullopt;
                }
            }
            problem(at, where + "is not a date: write it as YYYY-MM-DD, for example 2009-03-31");
        } else if (column.type == "polarity") {
            if (text == "higher_is_better" || text == "lower_is_better") return ordered_json(text);
            std::string lower = normalised(text);
            const bool up = lower.find("high") != std::string::npos || lower.find("up") != std::string::npos || lower.find("increase") != std::string::npos ||
                            lower.find("more") != std::string::npos;
            const bool down = lower.find("low") != std::string::npos || lower.find("down") != std::string::npos || lower.find("reduc") != std::string::npos ||
                              lower.find("decrease") != std::string::npos || lower.find("fewer") != std::string::npos || lower.find("less") != std::string::npos;
            problem(at, where + "is not a polarity: write " +
                            (up != down ? std::string(up ? "higher_is_better" : "lower_is_better") : "higher_is_better or lower_is_better"));
        }
        return std::nullopt;
    }

    ordered_json& list(ordered_json& holder, const char* key) {
        if (!holder.contains(key) || !holder[key].is_array()) holder[key] = ordered_json::array();
        return holder[key];
    }
    static ordered_json* find_id(ordered_json& items, const std::string& id) {
        for (auto& item : items)
            if (item.is_object() && item.value("id", "") == id) return &item;
        return nullptr;
    }
    // The measure with `id` and the reward target holding it, if the draft has one.
    std::pair<ordered_json*, ordered_json*> find_measure(const std::string& id) {
        if (!draft_.contains("reward_targets") || !draft_["reward_targets"].is_array()) return {nullptr, nullptr};
        for (auto& target : draft_["reward_targets"])
            if (target.is_object() && target.contains("measures") && target["measures"].is_array())
                if (ordered_json* m = find_id(target["measures"], id)) return {m, &target};
        return {nullptr, nullptr};
    }

    void apply(const CsvRow& row) {
        std::map<std::string, std::pair<ordered_json, std::size_t>> values;  // field -> value, cell index
        const std::size_t before = problems_.size();
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            if (trimmed(row.cells[i].text).empty()) continue;
            if (i >= at_.size() || !at_[i]) {
                if (i >= at_.size()) problem(row.cells[i].offset, "row " + std::to_string(row.line) + ", column " + column_letter(i) + ": this cell has no heading: add one, or clear the cell");
                continue;
            }
            if (auto v = value_of(row, i, *at_[i])) values[at_[i]->field] = {std::move(*v), i};
        }
        if (!values.contains("id")) {
            if (problems_.size() == before) problem(row.cells.front().offset, "row " + std::to_string(row.line) + " has no id: give the reward measure's or indicator's id");
            return;
        }
        const std::string id = values["id"].first.get<std::string>();
        if (std::find(seen_.begin(), seen_.end(), id) != seen_.end()) {
            problem(row.cells[values["id"].second].offset, place(row, values["id"].second) + ": the id \"" + id + "\" is on an earlier row too: keep one row per id");
            return;
        }
        seen_.push_back(id);
        if (problems_.size() != before) return;

        auto [measure, target] = find_measure(id);
        const bool has_target = values.contains("reward_target");
        if (measure && has_target && target->value("id", "") != values["reward_target"].first) {
            problem(row.cells[values["reward_target"].second].offset, place(row, values["reward_target"].second) + ": measure \"" + id +
                        "\" is under reward target \"" + target->value("id", "") + "\" in the draft: correct the cell, or move the measure in the draft");
            return;
        }
        if (!measure && has_target) {
            const std::string target_id = values["reward_target"].first;
            ordered_json& targets = list(draft_, "reward_targets");
            target = find_id(targets, target_id);
            if (!target) {
                targets.push_back({{"id", target_id}});
                target = &targets.back();
            }
            ordered_json& measures = list(*target, "measures");
            measures.push_back({{"id", id}});
            measure = &measures.back();
            ++summary_.added;
        } else if (measure) {
            ++summary_.updated;
        }
        if (measure) {
            set(*measure, values, {"title", "unit", "polarity"});
            baseline(*measure, values);
            for (const char* field : {"without_agreement", "with_agreement"})
                if (values.contains(field)) (*measure)[field]["value"] = values[field].first;
            if (values.contains("target_date")) (*measure)["target_date"] = values["target_date"].first;
            if (values.contains("lead_partner")) (*target)["lead_partner"] = values["lead_partner"].first;
            return;
        }
        for (const char* field : {"without_agreement", "with_agreement", "target_date"})
            if (values.contains(field)) {
                problem(row.cells[values[field].second].offset, place(row, values[field].second) + ": \"" + id +
                            "\" is an indicator here, and only a reward measure has this: give the row's reward target" +
                            (std::find_if(at_.begin(), at_.end(), [](const Column* c) { return c && c->field == "reward_target"; }) == at_.end()
                                 ? " in a Reward target column"
                                 : ""));
                return;
            }
        ordered_json& indicators = list(draft_, "indicators");
        ordered_json* indicator = find_id(indicators, id);
        if (!indicator) {
            indicators.push_back({{"id", id}});
            indicator = &indicators.back();
            ++summary_.added;
        } else {
            ++summary_.updated;
        }
        set(*indicator, values, {"title", "unit", "polarity", "lead_partner"});
        baseline(*indicator, values);
    }

    static void set(ordered_json& entity, std::map<std::string, std::pair<ordered_json, std::size_t>>& values, std::initializer_list<const char*> fields) {
        for (const char* field : fields)
            if (values.contains(field)) entity[field] = values[field].first;
    }
    static void baseline(ordered_json& entity, std::map<std::string, std::pair<ordered_json, std::size_t>>& values) {
        for (const auto& [column, field] : {std::pair{"baseline_value", "value"}, {"baseline_period", "period"}, {"baseline_source", "source"}})
            if (values.contains(column)) entity["baseline"][field] = values[column].first;
    }

    const SourceText& table_;
    std::vector<Column> columns_;
    ordered_json draft_;
    std::vector<const Column*> at_;  // the column each cell index belongs to, or null
    std::vector<std::string> headings_;
    std::vector<std::string> seen_;
    std::vector<std::pair<Location, std::string>> problems_;
    ImportSummary summary_;
};

}  // namespace

ImportSummary import_targets(const SourceText& table, const JsonFile& columns, ordered_json& draft) {
    Importer importer(table, read_columns(columns), draft);
    const ImportSummary summary = importer.run();
    draft = importer.take();
    return summary;
}

}  // namespace draftcheck
