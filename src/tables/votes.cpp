// Roll-call vote tables (賛成/反対/棄権/不参加/欠席) in tidy form: one record
// per country and date, with ISO dates and the UN Digital Library's codes.
#include <optional>

#include "tables/internal.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables {

namespace {

struct Date {
    int year = 0;   // 0 = not given
    int month = 0;
    int day = 0;
};

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

// Digits at s[i...]: their value (or -1) and i moved past them.
long read_number(const std::u32string& s, std::size_t& i) {
    long v = -1;
    int len = 0;
    while (i < s.size() && text::is_digit_any(s[i])) {
        if (len < 9) v = (v < 0 ? 0 : v * 10) + text::digit_value(s[i]);
        ++len;
        ++i;
    }
    return v;
}

void skip_spaces(const std::u32string& s, std::size_t& i) {
    while (i < s.size() && is_space(s[i])) ++i;
}

bool is_date_separator(char32_t c) {
    return c == U'/' || c == U'\uFF0F' || c == U'-' || c == U'\uFF0D' || c == U'.' || c == U'\uFF0E';
}

bool valid(const Date& d) { return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31; }

// "3月 2日", "10月12日", "2022年3月2日", "2022/3/2", "3/2".
std::optional<Date> parse_header_date(std::string_view utf8) {
    const std::u32string s = text::to_u32(utf8);
    std::vector<long> bare;   // numbers followed by a separator, not a unit
    Date d;
    bool units = false;
    for (std::size_t i = 0; i < s.size();) {
        if (!text::is_digit_any(s[i])) {
            ++i;
            continue;
        }
        const long v = read_number(s, i);
        skip_spaces(s, i);
        const char32_t unit = i < s.size() ? s[i] : 0;
        if (unit == U'年') d.year = static_cast<int>(v), units = true;
        else if (unit == U'月') d.month = static_cast<int>(v), units = true;
        else if (unit == U'日') d.day = static_cast<int>(v), units = true;
        else if (unit == 0 || is_date_separator(unit)) bare.push_back(v);
    }
    if (!units) {
        if (bare.size() == 3 && bare[0] >= 1000) d = {static_cast<int>(bare[0]), static_cast<int>(bare[1]), static_cast<int>(bare[2])};
        else if (bare.size() == 3 && bare[2] >= 1000) d = {static_cast<int>(bare[2]), static_cast<int>(bare[0]), static_cast<int>(bare[1])};
        else if (bare.size() == 2) d = {0, static_cast<int>(bare[0]), static_cast<int>(bare[1])};
    }
    if (!valid(d)) return std::nullopt;
    return d;
}

// The first year in the text: "2022 年", "2022年", or an era year
// ("令和 4 年" = 2022, "平成 15 年" = 2003).
int find_year(std::string_view utf8) {
    const std::u32string s = text::to_u32(utf8);
    struct Era {
        std::u32string_view name;
        int offset;
    };
    static constexpr Era eras[] = {{U"令和", 2018}, {U"平成", 1988}, {U"昭和", 1925}};
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!text::is_digit_any(s[i]) || (i > 0 && text::is_digit_any(s[i - 1]))) continue;
        std::size_t j = i;
        const long v = read_number(s, j);
        std::size_t k = j;
        skip_spaces(s, k);
        if (k >= s.size() || s[k] != U'年') continue;
        if (j - i == 4 && v >= 1900 && v <= 2100) return static_cast<int>(v);
        std::size_t b = i;
        while (b > 0 && is_space(s[b - 1])) --b;
        for (const Era& e : eras)
            if (b >= e.name.size() && std::u32string_view(s).substr(b - e.name.size(), e.name.size()) == e.name)
                return e.offset + static_cast<int>(v);
    }
    return 0;
}

std::string two(int v) {
    std::string s = std::to_string(v);
    if (s.size() < 2) s.insert(s.begin(), '0');
    return s;
}

// ISO 8601; without a year the month and day alone (xsd:gMonthDay "--03-02").
std::string iso_date(const Date& d, int year) {
    const int y = d.year > 0 ? d.year : year;
    if (y <= 0) return "--" + two(d.month) + "-" + two(d.day);
    return std::to_string(y) + "-" + two(d.month) + "-" + two(d.day);
}

// Is there a mention of month/day at s[i...]? Then `end` is one past its 日.
bool date_mention_at(const std::u32string& s, std::size_t i, const Date& d, std::size_t& end) {
    if (!text::is_digit_any(s[i]) || (i > 0 && text::is_digit_any(s[i - 1]))) return false;
    std::size_t j = i;
    if (read_number(s, j) != d.month) return false;
    skip_spaces(s, j);
    if (j >= s.size() || s[j] != U'月') return false;
    ++j;
    skip_spaces(s, j);
    if (j >= s.size() || !text::is_digit_any(s[j]) || read_number(s, j) != d.day) return false;
    skip_spaces(s, j);
    if (j >= s.size() || s[j] != U'日') return false;
    end = j + 1;
    return true;
}

// The text inside 「…」 starting at s[open], nested brackets kept.
std::u32string bracketed(const std::u32string& s, std::size_t open) {
    int depth = 0;
    for (std::size_t k = open; k < s.size(); ++k) {
        if (s[k] == U'「') ++depth;
        else if (s[k] == U'」' && --depth == 0) return s.substr(open + 1, k - open - 1);
    }
    return {};
}

bool is_symbol_char(char32_t c) {
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'/' ||
           c == U'-' || c == U'.';
}

// The first UN document symbol in s[from, to): "A/RES/ES-11/1", "S/RES/2623".
std::u32string un_symbol(const std::u32string& s, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        if (!(s[i] >= U'A' && s[i] <= U'Z') || (i > 0 && is_symbol_char(s[i - 1]))) continue;
        std::size_t j = i;
        int slashes = 0;
        while (j < to && is_symbol_char(s[j])) slashes += s[j++] == U'/';
        std::u32string sym = s.substr(i, j - i);
        while (!sym.empty() && (sym.back() == U'.' || sym.back() == U'-' || sym.back() == U'/')) sym.pop_back();
        if (slashes >= 2 && sym.size() >= 5 && sym[1] == U'/') return sym;
        i = j;
    }
    return {};
}

// What the text calls the resolution voted on that date: the bracketed
// name right after a mention of the date ("3月 2日の決議は「…」"), else a
// UN symbol in the same sentence.
std::string resolution_for(const std::u32string& ctx, const Date& d) {
    constexpr std::size_t kNameDistance = 12;   // "の決議は", "に採択された決議" ...
    for (std::size_t i = 0; i < ctx.size(); ++i) {
        std::size_t end = 0;
        if (!date_mention_at(ctx, i, d, end)) continue;
        std::size_t sentence_end = ctx.find(U'。', end);
        if (sentence_end == std::u32string::npos) sentence_end = ctx.size();
        for (std::size_t k = end; k < sentence_end && k <= end + kNameDistance; ++k) {
            if (ctx[k] == U'「') {
                const std::u32string name = bracketed(ctx, k);
                if (!name.empty()) return text::to_utf8(name);
                break;
            }
            if (ctx[k] == U'、' || ctx[k] == U'」') break;
        }
        const std::u32string sym = un_symbol(ctx, end, sentence_end);
        if (!sym.empty()) return text::to_utf8(sym);
    }
    return "";
}

std::string vote_code(std::string_view vote_ja) {
    if (vote_ja == "賛成") return "Y";
    if (vote_ja == "反対") return "N";
    if (vote_ja == "棄権") return "A";
    return "NV";   // 不参加, 欠席
}

// The context without line breaks: a name may wrap over lines.
std::u32string flat_context(const std::string& context) {
    std::u32string out;
    for (char32_t c : text::to_u32(context))
        if (c != U'\n' && c != U'\r') out.push_back(c);
    return out;
}

}  // namespace

bool is_vote_table(const Table& table) {
    for (bool vote : detail::vote_columns(table.rows))
        if (vote) return true;
    return false;
}

std::vector<VoteRecord> tidy_votes(const Table& table, const std::string& context) {
    std::vector<VoteRecord> out;
    // A vote column gives a record for each cell with a vote; an odd cell
    // in it gives none (rebuild_table reports it), the others still do.
    const std::vector<bool> vote_column = detail::vote_columns(table.rows);
    const TableRow* header = nullptr;
    for (const TableRow& r : table.rows)
        if (r.header) header = &r;   // the header row nearest the body names the columns

    int year = find_year(table.label + " " + table.caption);
    if (year == 0) year = find_year(context);
    const std::u32string ctx = flat_context(context);

    // Per column: its date and resolution.
    std::vector<std::string> dates(vote_column.size()), resolutions(vote_column.size());
    for (std::size_t c = 1; header && c < vote_column.size() && c < header->cells.size(); ++c) {
        if (!vote_column[c]) continue;
        const std::string& head = header->cells[c].text;
        const std::u32string head32 = text::to_u32(head);
        if (auto d = parse_header_date(head)) {
            dates[c] = iso_date(*d, year);
            resolutions[c] = resolution_for(ctx, *d);
        }
        if (resolutions[c].empty()) resolutions[c] = text::to_utf8(un_symbol(head32, 0, head32.size()));
    }

    for (const TableRow& r : table.rows) {
        if (r.header || r.cells.empty()) continue;
        const std::string country(text::trim(r.cells.front().text));
        const std::string iso3 = iso3_from_japanese(country);
        for (std::size_t c = 1; c < r.cells.size() && c < vote_column.size(); ++c) {
            const std::string vote_ja(text::trim(r.cells[c].text));
            if (!vote_column[c] || !detail::is_vote_word(vote_ja)) continue;
            VoteRecord v;
            v.table = table.n;
            v.country = country;
            v.iso3 = iso3;
            v.date = dates[c];
            v.resolution = resolutions[c];
            v.vote_ja = vote_ja;
            v.vote = vote_code(vote_ja);
            out.push_back(std::move(v));
        }
    }
    return out;
}

}  // namespace shiryo::tables
