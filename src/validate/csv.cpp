// CSV + CSVW: the CSV is read as RFC 4180, then held to its CSVW sidecar
// ("<csv name>-metadata.json": columns, datatypes, required, primary key)
// and to the output contract (docs/output-contract.md) for the CSVs whose
// columns the contract fixes. The contract check does not trust the
// sidecar: a sidecar that drifted must not make bad data look good.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <mutex>
#include <regex>
#include <stdexcept>

#include "validate/checks.hpp"

namespace shiryo::validate::detail {

using nlohmann::json;

// ---------------------------------------------------------------- RFC 4180
namespace {

class CsvReader {
public:
    explicit CsvReader(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    CsvTable read() {
        while (pos_ < text_.size()) read_record();
        return std::move(table_);
    }

private:
    bool at_line_end() const {
        return text_[pos_] == '\n' || (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
    }

    void skip_line_end() {
        pos_ += text_[pos_] == '\r' ? 2 : 1;
        ++line_;
    }

    void read_record() {
        CsvRecord record;
        record.line = line_;
        record.fields.reserve(width_);   // most records are as wide as the one before
        while (true) {
            // Here pos_ < size: a record starts only at a character, and
            // a comma at the very end is handled below.
            record.fields.push_back(text_[pos_] == '"' ? read_quoted() : read_plain());
            if (pos_ >= text_.size()) break;
            if (text_[pos_] == ',') {
                ++pos_;
                if (pos_ >= text_.size()) {
                    record.fields.emplace_back();   // "a,b," ends in an empty field
                    break;
                }
                continue;
            }
            if (at_line_end()) {
                skip_line_end();
                break;
            }
            // Only reached after a quoted field followed by junk.
            error("text after a closing quote");
            while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) ++pos_;
        }
        width_ = record.fields.size();
        table_.records.push_back(std::move(record));
    }

    std::string read_plain() {
        std::size_t start = pos_;
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            if (c == ',' || c == '\n') break;
            if (c == '\r' && at_line_end()) break;
            if (c == '"') error("a quote inside an unquoted field (quote the field and double the quote)");
            if (c == '\r') error("a carriage return without a line feed");
            ++pos_;
        }
        return std::string(text_.substr(start, pos_ - start));
    }

    std::string read_quoted() {
        int start_line = line_;
        std::string field;
        ++pos_;   // opening quote
        while (pos_ < text_.size()) {
            // Copy up to the next quote at once.
            std::size_t quote = text_.find('"', pos_);
            std::size_t end = quote == std::string_view::npos ? text_.size() : quote;
            std::string_view chunk = text_.substr(pos_, end - pos_);
            line_ += static_cast<int>(std::count(chunk.begin(), chunk.end(), '\n'));
            field.append(chunk);
            pos_ = end;
            if (pos_ >= text_.size()) break;
            ++pos_;   // the quote
            if (pos_ < text_.size() && text_[pos_] == '"') {
                field += '"';
                ++pos_;
                continue;
            }
            return field;
        }
        table_.errors.push_back({start_line, "a quoted field is never closed"});
        return field;
    }

    void error(std::string message) { table_.errors.push_back({line_, std::move(message)}); }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t width_ = 0;
    CsvTable table_;
};

}  // namespace

CsvTable parse_csv(std::string_view text) { return CsvReader(text).read(); }

// ---------------------------------------------------------------- value forms
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_integer_text(std::string_view s) {
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
    return all_digits(s);
}

bool is_positive_integer(std::string_view s) { return all_digits(s) && s.find_first_not_of('0') != std::string_view::npos; }

std::optional<double> parse_number(std::string s, const std::string& group_char, const std::string& decimal_char) {
    if (s == "NaN") return std::nan("");
    if (s == "INF") return HUGE_VAL;
    if (s == "-INF") return -HUGE_VAL;
    if (!group_char.empty())
        for (std::size_t at; (at = s.find(group_char)) != std::string::npos;) s.erase(at, group_char.size());
    if (decimal_char != "." && !decimal_char.empty())
        if (auto at = s.find(decimal_char); at != std::string::npos) s.replace(at, decimal_char.size(), ".");
    if (!is_plain_number(s)) return std::nullopt;
    return std::strtod(s.c_str(), nullptr);
}

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// ISO 8601 calendar date, YYYY-MM-DD, and a real day.
bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) return false;
    int year = to_int(s.substr(0, 4)), month = to_int(s.substr(5, 2)), day = to_int(s.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// "as precise as the source": YYYY, YYYY-MM or YYYY-MM-DD.
bool is_iso_partial_date(std::string_view s);

// A partial date or an ISO 8601 interval of two ("2020/2021").
bool is_iso_date_or_interval(std::string_view s) {
    auto slash = s.find('/');
    if (slash == std::string_view::npos) return is_iso_partial_date(s);
    return is_iso_partial_date(s.substr(0, slash)) && is_iso_partial_date(s.substr(slash + 1));
}

bool is_iso_partial_date(std::string_view s) {
    if (s.size() == 4) return all_digits(s);
    if (s.size() == 7)
        return all_digits(s.substr(0, 4)) && s[4] == '-' && all_digits(s.substr(5, 2)) &&
               to_int(s.substr(5, 2)) >= 1 && to_int(s.substr(5, 2)) <= 12;
    return is_iso_date(s);
}

bool is_upper3(std::string_view s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// [a-z]{2,3}(-[A-Za-z0-9]{2,8})*
bool is_language_code(std::string_view s) {
    auto run = [&](std::size_t& i, auto in_class) {
        std::size_t start = i;
        while (i < s.size() && in_class(s[i])) ++i;
        return i - start;
    };
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    std::size_t i = 0;
    std::size_t n = run(i, lower);
    if (n < 2 || n > 3) return false;
    while (i < s.size()) {
        if (s[i] != '-') return false;
        ++i;
        n = run(i, alnum);
        if (n < 2 || n > 8) return false;
    }
    return true;
}

}  // namespace

// ---------------------------------------------------------------- CSVW metadata
enum class BaseKind { String, Number, Integer, Date, GYear, GYearMonth, DateTime, Boolean };

struct Datatype {
    std::string base = "string";
    BaseKind kind = BaseKind::String;
    std::string format;                 // as written
    const WholeMatch* pattern = nullptr;  // string formats (compiled once per run, see compiled_format)
    std::string true_text = "true", false_text = "false";
    std::string group_char, decimal_char = ".";
    std::optional<double> minimum, maximum;
    std::optional<std::size_t> min_length, max_length;
    bool non_negative = false, positive = false, non_positive = false, negative = false;
};

struct Column {
    std::string name;
    std::vector<std::string> titles;
    Datatype datatype;
    bool required = false;
    std::vector<std::string> null_values{""};
    std::string separator;   // CSVW list column: each item is checked
};

struct CsvwTable {
    std::string url;
    int header_rows = 1;
    std::vector<Column> columns;         // non-virtual columns, in order
    std::vector<std::string> primary_key;
};

namespace {

const char* const csvw_context = "http://www.w3.org/ns/csvw";

std::optional<BaseKind> base_kind(const std::string& base, Datatype& dt) {
    static const std::set<std::string> strings{"string", "normalizedString", "token", "anyAtomicType", "anyURI",
                                               "language", "Name", "NMTOKEN", "xml", "html", "json"};
    static const std::set<std::string> numbers{"number", "double", "float", "decimal"};
    static const std::set<std::string> integers{"integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                                "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                                "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"};
    if (strings.count(base)) return BaseKind::String;
    if (numbers.count(base)) return BaseKind::Number;
    if (integers.count(base)) {
        dt.non_negative = base.rfind("unsigned", 0) == 0 || base == "nonNegativeInteger";
        dt.positive = base == "positiveInteger";
        dt.non_positive = base == "nonPositiveInteger";
        dt.negative = base == "negativeInteger";
        return BaseKind::Integer;
    }
    if (base == "date") return BaseKind::Date;
    if (base == "gYear") return BaseKind::GYear;
    if (base == "gYearMonth") return BaseKind::GYearMonth;
    if (base == "dateTime" || base == "datetime") return BaseKind::DateTime;
    if (base == "boolean") return BaseKind::Boolean;
    return std::nullopt;
}

std::vector<std::string> strings_of(const json& value) {
    std::vector<std::string> out;
    if (value.is_string()) out.push_back(value.get<std::string>());
    if (value.is_array())
        for (const auto& v : value)
            if (v.is_string()) out.push_back(v.get<std::string>());
    if (value.is_object())   // a language map: {"ja": [...], "en": "..."}
        for (const auto& [lang, v] : value.items())
            for (auto& s : strings_of(v)) out.push_back(std::move(s));
    return out;
}

std::optional<double> number_of(const json& value) {
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) return parse_number(value.get<std::string>(), "", ".");
    return std::nullopt;
}

// The sidecars of every document repeat the same few formats (the CSL
// type list is long): compile each once per run.
const WholeMatch& compiled_format(const std::string& pattern) {
    static std::mutex guard;
    static std::map<std::string, WholeMatch> cache;
    std::lock_guard lock(guard);
    auto found = cache.find(pattern);
    if (found == cache.end()) found = cache.emplace(pattern, WholeMatch(pattern)).first;   // may throw std::regex_error
    return found->second;
}

void read_format(const json& format, Datatype& dt, const std::string& path, Report& report) {
    if (format.is_object()) {   // numeric format: {"pattern", "groupChar", "decimalChar"}
        dt.group_char = format.value("groupChar", "");
        dt.decimal_char = format.value("decimalChar", ".");
        dt.format = format.value("pattern", "");
        return;
    }
    if (!format.is_string()) {
        report.error(path, "csvw-format", "format must be a string or an object");
        return;
    }
    dt.format = format.get<std::string>();
    switch (dt.kind) {
    case BaseKind::String:
        try {
            dt.pattern = &compiled_format(dt.format);
        } catch (const std::regex_error& e) {
            report.error(path, "csvw-format", "format \"" + dt.format + "\" is not a regular expression: " + e.what());
        }
        break;
    case BaseKind::Boolean: {
        auto bar = dt.format.find('|');
        if (bar == std::string::npos) {
            report.error(path, "csvw-format", "a boolean format must be \"TRUE|FALSE\"");
        } else {
            dt.true_text = dt.format.substr(0, bar);
            dt.false_text = dt.format.substr(bar + 1);
        }
        break;
    }
    case BaseKind::Date:
        if (dt.format != "yyyy-MM-dd")
            report.error(path, "csvw-format", "only the date format yyyy-MM-dd is supported, not \"" + dt.format + "\"");
        break;
    default:
        break;   // number patterns: groupChar/decimalChar are what matters for reading
    }
}

Datatype read_datatype(const json& value, const std::string& path, Report& report) {
    Datatype dt;
    if (value.is_null()) return dt;
    const json* object = value.is_object() ? &value : nullptr;
    if (value.is_string()) dt.base = value.get<std::string>();
    else if (object) dt.base = object->value("base", "string");
    else report.error(path, "csvw-datatype", "datatype must be a name or an object");
    auto kind = base_kind(dt.base, dt);
    if (!kind) {
        report.error(path, "csvw-datatype", "unsupported datatype \"" + dt.base + "\"");
        dt.base = "string";
    }
    dt.kind = kind.value_or(BaseKind::String);
    if (!object) return dt;
    if (auto f = object->find("format"); f != object->end()) read_format(*f, dt, path + ".format", report);
    for (const char* key : {"minimum", "minInclusive"})
        if (object->contains(key)) dt.minimum = number_of((*object)[key]);
    for (const char* key : {"maximum", "maxInclusive"})
        if (object->contains(key)) dt.maximum = number_of((*object)[key]);
    if (object->contains("length")) dt.min_length = dt.max_length = (*object)["length"].get<std::size_t>();
    if (object->contains("minLength")) dt.min_length = (*object)["minLength"].get<std::size_t>();
    if (object->contains("maxLength")) dt.max_length = (*object)["maxLength"].get<std::size_t>();
    return dt;
}

void read_dialect(const json& meta, CsvwTable& table, Report& report) {
    auto dialect = meta.find("dialect");
    if (dialect == meta.end()) return;
    if (!dialect->is_object()) {
        report.error("$.dialect", "csvw-dialect", "dialect must be an object");
        return;
    }
    if (dialect->contains("delimiter") && (*dialect)["delimiter"] != ",")
        report.error("$.dialect.delimiter", "csvw-dialect", "shiryo's CSVs are comma separated");
    if (dialect->contains("encoding") && (*dialect)["encoding"] != "utf-8" && (*dialect)["encoding"] != "UTF-8")
        report.error("$.dialect.encoding", "csvw-dialect", "shiryo's CSVs are UTF-8");
    bool header = dialect->value("header", true);
    table.header_rows = header ? 1 : 0;
    if (auto count = dialect->find("headerRowCount"); count != dialect->end()) {
        if (!count->is_number_integer() || count->get<int>() < 0)
            report.error("$.dialect.headerRowCount", "csvw-dialect", "headerRowCount must be a non-negative integer");
        else
            table.header_rows = count->get<int>();
    }
}

// c[key], or null when c has no such member (c.value(key, json()) without the copy).
const json& member(const json& c, const char* key) {
    static const json null_value;
    auto found = c.find(key);
    return found == c.end() ? null_value : *found;
}

Column read_column(const json& c, const std::string& path, Report& report) {
    Column column;
    column.titles = strings_of(member(c, "titles"));
    column.name = c.value("name", column.titles.empty() ? "" : column.titles.front());
    if (column.name.empty()) report.error(path, "csvw-columns", "a column has neither name nor titles");
    column.required = c.value("required", false);
    if (c.contains("null")) column.null_values = strings_of(c["null"]);
    column.separator = c.value("separator", "");
    column.datatype = read_datatype(member(c, "datatype"), path + ".datatype", report);
    return column;
}

void read_columns(const json& meta, CsvwTable& table, Report& report) {
    const json::json_pointer columns_at("/tableSchema/columns");
    if (!meta.contains("tableSchema") || !meta["tableSchema"].is_object()) {
        report.error("$", "csvw-columns", "no tableSchema object");
        return;
    }
    if (!meta.contains(columns_at) || !meta.at(columns_at).is_array() || meta.at(columns_at).empty()) {
        report.error("$.tableSchema", "csvw-columns", "no columns declared");
        return;
    }
    std::set<std::string> names;
    const json& columns = meta.at(columns_at);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::string path = "$.tableSchema.columns[" + std::to_string(i) + "]";
        if (!columns[i].is_object()) {
            report.error(path, "csvw-columns", "a column must be an object");
            continue;
        }
        if (columns[i].value("virtual", false)) continue;   // not in the file
        Column column = read_column(columns[i], path, report);
        if (!column.name.empty() && !names.insert(column.name).second)
            report.error(path, "csvw-columns", "column name \"" + column.name + "\" is used twice");
        table.columns.push_back(std::move(column));
    }
    if (auto key = meta["tableSchema"].find("primaryKey"); key != meta["tableSchema"].end()) {
        table.primary_key = strings_of(*key);
        for (const auto& name : table.primary_key)
            if (!names.count(name))
                report.error("$.tableSchema.primaryKey", "csvw-primary-key", "primary key names no column \"" + name + "\"");
    }
}

// Read the sidecar; structural problems go to `report` (with JSON paths).
std::optional<CsvwTable> read_csvw(std::string_view text, Report& report) {
    json meta;
    try {
        meta = parse_json(text);
    } catch (const json::parse_error& e) {
        report.error("", "json-syntax", e.what());
        return std::nullopt;
    }
    if (!meta.is_object()) {
        report.error("$", "csvw-metadata", "CSVW metadata must be a JSON object");
        return std::nullopt;
    }
    auto context = meta.find("@context");
    bool context_ok = context != meta.end() &&
                      (*context == csvw_context || (context->is_array() && !context->empty() && (*context)[0] == csvw_context));
    if (!context_ok) report.error("$.@context", "csvw-context", std::string("@context must be \"") + csvw_context + "\"");
    CsvwTable table;
    table.url = meta.value("url", "");
    if (table.url.empty()) report.error("$.url", "csvw-url", "no url naming the CSV");
    read_dialect(meta, table, report);
    read_columns(meta, table, report);
    return table;
}

std::string metadata_name(const std::string& csv_name) { return csv_name + "-metadata.json"; }

std::string base_name(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// What reading the sidecar found goes to `report` (when given); a reader
// that threw throws again, for each checker that reads the sidecar.
const CsvwTable* replay(const SidecarRead& read, Report* report) {
    if (report)
        for (const auto& p : read.problems) {
            if (p.severity == Severity::Error) report->error(p.where, p.rule, p.message);
            else report->warning(p.where, p.rule, p.message);
        }
    if (read.failure) throw std::runtime_error(*read.failure);
    return read.table.get();
}

}  // namespace

const CsvTable& SharedReads::csv(const OutputFile& file) {
    auto found = csvs_.find(&file);
    if (found == csvs_.end()) found = csvs_.emplace(&file, parse_csv(file.content)).first;
    return found->second;
}

const SidecarRead& SharedReads::sidecar(const OutputFile& file) {
    auto found = sidecars_.find(&file);
    if (found != sidecars_.end()) return found->second;
    SidecarRead read;
    Report report{file.name, {}};
    try {
        if (auto table = read_csvw(file.content, report)) read.table = std::make_shared<const CsvwTable>(std::move(*table));
    } catch (const std::exception& e) {
        read.failure = e.what();
    }
    read.problems = std::move(report.problems);
    return sidecars_.emplace(&file, std::move(read)).first->second;
}

void check_csvw_metadata(const OutputFile& metadata, const Files& siblings, Report& report, SharedReads* shared) {
    SharedReads own;
    const CsvwTable* table = replay((shared ? *shared : own).sidecar(metadata), &report);
    if (!table || table->url.empty()) return;
    std::string csv_name = metadata.name.substr(0, metadata.name.size() - std::string("-metadata.json").size());
    if (base_name(table->url) != base_name(csv_name))
        report.error("$.url", "csvw-url", "url \"" + table->url + "\" does not name " + base_name(csv_name));
    else if (!siblings.empty() && !find_file(siblings, csv_name))
        report.error("$.url", "csvw-url", "the CSV " + csv_name + " it describes is not among the outputs");
}

// ---------------------------------------------------------------- CSV against CSVW
namespace {

// Why `text` is not a value of `dt`, or nothing when it is.
std::optional<std::string> datatype_problem(const Datatype& dt, const std::string& text) {
    auto length = [](const std::string& s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
    };
    switch (dt.kind) {
    case BaseKind::String:
        if (dt.pattern && !dt.pattern->matches(text))
            return "\"" + text + "\" does not match the format " + dt.format;
        break;
    case BaseKind::Number:
    case BaseKind::Integer: {
        bool integer = dt.kind == BaseKind::Integer;
        auto value = integer ? (is_integer_text(text) ? std::optional<double>(std::strtod(text.c_str(), nullptr)) : std::nullopt)
                             : parse_number(text, dt.group_char, dt.decimal_char);
        if (!value) return "\"" + text + "\" is not " + (integer ? "an integer" : "a number");
        if ((dt.positive && *value <= 0) || (dt.non_negative && *value < 0) || (dt.negative && *value >= 0) ||
            (dt.non_positive && *value > 0))
            return "\"" + text + "\" is out of range for " + dt.base;
        if (dt.minimum && *value < *dt.minimum) return "\"" + text + "\" is below the minimum";
        if (dt.maximum && *value > *dt.maximum) return "\"" + text + "\" is above the maximum";
        break;
    }
    case BaseKind::Date:
        if (!is_iso_date(text)) return "\"" + text + "\" is not a date YYYY-MM-DD";
        break;
    case BaseKind::GYear:
        if (!(text.size() == 4 && all_digits(text))) return "\"" + text + "\" is not a year YYYY";
        break;
    case BaseKind::GYearMonth:
        if (!(text.size() == 7 && is_iso_partial_date(text))) return "\"" + text + "\" is not a month YYYY-MM";
        break;
    case BaseKind::DateTime:
        if (!(text.size() > 10 && is_iso_date(text.substr(0, 10)) && text[10] == 'T'))
            return "\"" + text + "\" is not a dateTime";
        break;
    case BaseKind::Boolean:
        if (text != dt.true_text && text != dt.false_text && !(dt.format.empty() && (text == "1" || text == "0")))
            return "\"" + text + "\" is not a boolean (" + dt.true_text + " or " + dt.false_text + ")";
        break;
    }
    if (dt.min_length && length(text) < *dt.min_length) return "\"" + text + "\" is too short";
    if (dt.max_length && length(text) > *dt.max_length) return "\"" + text + "\" is too long";
    return std::nullopt;
}

// The name matches .*\.table-\d+\.csv ('.' being anything but CR and LF).
bool is_table_csv(const std::string& name) {
    std::string_view n = name;
    if (n.size() < 4 || n.substr(n.size() - 4) != ".csv") return false;
    n.remove_suffix(4);
    std::size_t digits = 0;
    while (digits < n.size() && n[n.size() - 1 - digits] >= '0' && n[n.size() - 1 - digits] <= '9') ++digits;
    if (digits == 0) return false;
    n.remove_suffix(digits);
    if (n.size() < 7 || n.substr(n.size() - 7) != ".table-") return false;
    n.remove_suffix(7);
    return n.find_first_of("\r\n") == std::string_view::npos;
}

bool header_matches(const Column& column, const std::string& cell) {
    return cell == column.name || std::find(column.titles.begin(), column.titles.end(), cell) != column.titles.end();
}

void check_shape(const CsvTable& csv, const CsvwTable& meta, bool table_csv, Report& report) {
    std::size_t declared = meta.columns.size();
    for (std::size_t r = 0; r < csv.records.size(); ++r) {
        std::size_t fields = csv.records[r].fields.size();
        bool bad = table_csv ? fields > declared : fields != declared;
        if (bad)
            report.error(cell_where(static_cast<int>(r) + 1, static_cast<int>(fields)), "csv-column-count",
                         "row has " + std::to_string(fields) + " fields, the metadata declares " +
                             std::to_string(declared) + " columns" + (table_csv ? " (at most)" : ""));
    }
    if (static_cast<int>(csv.records.size()) < meta.header_rows)
        report.error("", "csv-header", "fewer rows than the " + std::to_string(meta.header_rows) + " header rows declared");
    // The header row names the columns (table CSVs excepted: their first
    // rows are the table's own header rows).
    if (table_csv || meta.header_rows != 1 || csv.records.empty()) return;
    const auto& header = csv.records[0].fields;
    for (std::size_t c = 0; c < std::min(header.size(), declared); ++c)
        if (!header_matches(meta.columns[c], header[c]))
            report.error(cell_where(1, static_cast<int>(c) + 1), "csv-header",
                         "header \"" + header[c] + "\" is not the declared column \"" + meta.columns[c].name + "\"");
}

// A list cell ("a ; b" with separator " ; ") split into its items.
std::vector<std::string> list_items(const std::string& cell, const std::string& separator) {
    if (separator.empty()) return {cell};
    std::vector<std::string> items;
    std::size_t start = 0;
    for (std::size_t at; (at = cell.find(separator, start)) != std::string::npos; start = at + separator.size())
        items.push_back(cell.substr(start, at - start));
    items.push_back(cell.substr(start));
    return items;
}

void check_values(const CsvTable& csv, const CsvwTable& meta, Report& report) {
    for (std::size_t r = static_cast<std::size_t>(meta.header_rows); r < csv.records.size(); ++r) {
        const auto& fields = csv.records[r].fields;
        for (std::size_t c = 0; c < std::min(fields.size(), meta.columns.size()); ++c) {
            const Column& column = meta.columns[c];
            auto where = [&] { return cell_where(static_cast<int>(r) + 1, static_cast<int>(c) + 1); };
            bool is_null = std::find(column.null_values.begin(), column.null_values.end(), fields[c]) != column.null_values.end();
            if (is_null) {
                if (column.required) report.error(where(), "csv-required", "column " + column.name + " is required but empty");
                continue;
            }
            auto check_item = [&](const std::string& item) {
                if (auto why = datatype_problem(column.datatype, item))
                    report.error(where(), "csv-datatype", "column " + column.name + " (" + column.datatype.base + "): " + *why);
            };
            if (column.separator.empty()) check_item(fields[c]);
            else
                for (const auto& item : list_items(fields[c], column.separator)) check_item(item);
        }
    }
}

void check_primary_key(const CsvTable& csv, const CsvwTable& meta, Report& report) {
    if (meta.primary_key.empty()) return;
    std::vector<std::size_t> key_columns;
    for (const auto& name : meta.primary_key)
        for (std::size_t c = 0; c < meta.columns.size(); ++c)
            if (meta.columns[c].name == name) key_columns.push_back(c);
    if (key_columns.size() != meta.primary_key.size()) return;   // reported with the metadata
    std::map<std::vector<std::string>, std::size_t> seen;
    for (std::size_t r = static_cast<std::size_t>(meta.header_rows); r < csv.records.size(); ++r) {
        std::vector<std::string> key;
        for (auto c : key_columns) key.push_back(c < csv.records[r].fields.size() ? csv.records[r].fields[c] : "");
        auto [it, fresh] = seen.emplace(key, r + 1);
        if (fresh) continue;
        std::string shown;
        for (const auto& k : key) shown += (shown.empty() ? "" : ", ") + k;
        report.error("row " + std::to_string(r + 1), "csv-primary-key",
                     "primary key (" + shown + ") repeats row " + std::to_string(it->second));
    }
}

// ---------------------------------------------------------------- the output contract
using ValueRule = std::optional<std::string> (*)(const std::string&, const CslTypes&);

struct ContractColumn {
    const char* name;
    const char* rule;   // problem rule name
    ValueRule check;    // nullptr: any text
};

// The message is only made when the value fails (most cells pass).
template <class Message>
std::optional<std::string> need(bool ok, Message&& message) {
    return ok ? std::nullopt : std::optional<std::string>(message());
}

const std::vector<ContractColumn>& votes_contract() {
    static const std::vector<ContractColumn> columns{
        {"table", "integer", [](const std::string& v, const CslTypes&) { return need(is_positive_integer(v), [&] { return std::string("table must be a table number"); }); }},
        {"country", "required", [](const std::string& v, const CslTypes&) { return need(!v.empty(), [&] { return std::string("country is empty"); }); }},
        {"iso3", "iso3", [](const std::string& v, const CslTypes&) { return need(v.empty() || is_upper3(v), [&] { return std::string("\"" + v + "\" is not an ISO 3166-1 alpha-3 code (three capitals)"); }); }},
        {"date", "iso-date", [](const std::string& v, const CslTypes&) { return need(v.empty() || is_iso_date(v), [&] { return std::string("\"" + v + "\" is not an ISO 8601 date (YYYY-MM-DD)"); }); }},
        {"resolution", "", nullptr},
        {"vote_ja", "required", [](const std::string& v, const CslTypes&) { return need(!v.empty(), [&] { return std::string("vote_ja is empty"); }); }},
        {"vote", "vote-code", [](const std::string& v, const CslTypes&) { return need(v == "Y" || v == "N" || v == "A" || v == "NV", [&] { return std::string("\"" + v + "\" is not a vote code (Y, N, A, NV)"); }); }},
    };
    return columns;
}

const std::vector<ContractColumn>& notes_contract() {
    static const std::vector<ContractColumn> columns{
        {"n", "integer", [](const std::string& v, const CslTypes&) { return need(is_positive_integer(v), [&] { return std::string("\"" + v + "\" is not a note number"); }); }},
        {"place", "note-place", [](const std::string& v, const CslTypes&) { return need(v == "foot" || v == "end", [&] { return std::string("\"" + v + "\" is not foot or end"); }); }},
        {"text", "", nullptr},
        {"refs", "integer", [](const std::string& v, const CslTypes&) { return need(all_digits(v), [&] { return std::string("\"" + v + "\" is not a count"); }); }},
    };
    return columns;
}

const std::vector<ContractColumn>& citations_contract() {
    static const ValueRule any = nullptr;
    static const std::vector<ContractColumn> columns{
        {"note", "integer", [](const std::string& v, const CslTypes&) { return need(v.empty() || is_positive_integer(v), [&] { return std::string("\"" + v + "\" is not a note number"); }); }},
        {"seq", "integer", [](const std::string& v, const CslTypes&) { return need(is_positive_integer(v), [&] { return std::string("\"" + v + "\" is not a position (1, 2, ...)"); }); }},
        {"type", "csl-type", [](const std::string& v, const CslTypes& types) { return need(types.count(v) > 0, [&] { return std::string("\"" + v + "\" is not a CSL type"); }); }},
        {"authors", "", any}, {"title", "", any}, {"container", "", any}, {"publisher", "", any},
        {"date", "iso-date", [](const std::string& v, const CslTypes&) { return need(v.empty() || is_iso_date_or_interval(v), [&] { return std::string("\"" + v + "\" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or an interval of two)"); }); }},
        {"volume", "", any}, {"issue", "", any}, {"pages", "", any}, {"url", "", any},
        {"accessed", "iso-date", [](const std::string& v, const CslTypes&) { return need(v.empty() || is_iso_partial_date(v), [&] { return std::string("\"" + v + "\" is not an ISO 8601 date"); }); }},
        {"lang", "language", [](const std::string& v, const CslTypes&) { return need(v.empty() || is_language_code(v), [&] { return std::string("\"" + v + "\" is not an ISO 639-1 code"); }); }},
        {"raw", "", any},
    };
    return columns;
}

const std::vector<ContractColumn>* contract_for(const std::string& name) {
    auto ends = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && std::string_view(name).substr(name.size() - suffix.size()) == suffix;
    };
    if (ends(".votes.csv")) return &votes_contract();
    if (ends(".notes.csv")) return &notes_contract();
    if (ends(".citations.csv")) return &citations_contract();
    return nullptr;
}

void check_contract(const CsvTable& csv, const std::vector<ContractColumn>& contract, const CslTypes& csl_types,
                    Report& report) {
    if (csv.records.empty()) return;
    const auto& header = csv.records[0].fields;
    std::vector<std::string> names;
    for (const auto& c : contract) names.push_back(c.name);
    if (header != names) {
        for (const auto& name : names)
            if (std::find(header.begin(), header.end(), name) == header.end())
                report.error("row 1", "csv-columns", "column \"" + name + "\" is missing");
        for (const auto& h : header)
            if (std::find(names.begin(), names.end(), h) == names.end())
                report.error("row 1", "csv-columns", "column \"" + h + "\" is not in the output contract");
        std::string expected;
        for (const auto& n : names) expected += (expected.empty() ? "" : ",") + n;
        report.error("row 1", "csv-columns", "the header must be exactly: " + expected);
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
        auto spec = std::find_if(contract.begin(), contract.end(), [&](const ContractColumn& k) { return header[c] == k.name; });
        if (spec == contract.end() || !spec->check) continue;
        for (std::size_t r = 1; r < csv.records.size(); ++r) {
            const auto& fields = csv.records[r].fields;
            if (c >= fields.size()) continue;
            if (auto why = spec->check(fields[c], csl_types))
                report.error(cell_where(static_cast<int>(r) + 1, static_cast<int>(c) + 1), spec->rule, *why);
        }
    }
}

}  // namespace

void check_csv(const OutputFile& file, const Files& siblings, const CslTypes& csl_types, Report& report,
               SharedReads* shared) {
    SharedReads own;
    if (!shared) shared = &own;
    std::size_t bad = 0;
    if (!is_valid_utf8(file.content, &bad)) {
        report.error(line_where(LineIndex(file.content).line_of(bad)), "csv-utf8", "not valid UTF-8");
        return;
    }
    const CsvTable& csv = shared->csv(file);
    for (const auto& e : csv.errors) report.error(line_where(e.line), "csv-syntax", e.message);
    if (csv.records.empty()) report.error("", "csv-empty", "no rows");

    if (auto contract = contract_for(file.name)) check_contract(csv, *contract, csl_types, report);

    const OutputFile* sidecar = find_file(siblings, metadata_name(file.name));
    if (!sidecar) {
        report.error("", "csvw-missing", "no CSVW metadata " + metadata_name(file.name) + " beside it");
        return;
    }
    const CsvwTable* meta = replay(shared->sidecar(*sidecar), nullptr);
    if (!meta) {
        report.error("", "csvw-metadata", "its CSVW metadata " + sidecar->name + " cannot be read");
        return;
    }
    check_shape(csv, *meta, is_table_csv(file.name), report);
    check_values(csv, *meta, report);
    check_primary_key(csv, *meta, report);
}

}  // namespace shiryo::validate::detail
