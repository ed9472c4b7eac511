// Typed cells: numbers with units ("310億ドル", "+9%", "▲2.1", "1,234"),
// "－" meaning none, empty cells; and the column types they add up to.
#include <algorithm>
#include <charconv>
#include <optional>

#include "tables/internal.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables::detail {

namespace {

bool is_minus_sign(char32_t c) {
    // ▲ and △ are the Japanese accounting minus.
    return c == U'-' || c == U'\uFF0D' || c == U'\u2212' || c == U'\u25B2' || c == U'\u25B3' || c == U'\u2010';
}

bool is_plus_sign(char32_t c) { return c == U'+' || c == U'\uFF0B'; }

bool is_currency(char32_t c) {
    return c == U'$' || c == U'\uFF04' || c == U'\u00A5' || c == U'\uFFE5' || c == U'\u20AC' || c == U'\u00A3';
}

bool is_group_separator(char32_t c) { return c == U',' || c == U'\uFF0C'; }
bool is_decimal_point(char32_t c) { return c == U'.' || c == U'\uFF0E'; }

// A unit after a number: short, no digits, no sentence punctuation.
bool is_unit(std::u32string_view u) {
    if (u.size() > 6) return false;
    for (char32_t c : u) {
        if (text::is_digit_any(c) || c == U' ' || c == U'\u3000') return false;
        if (c == U'、' || c == U'。' || c == U'「' || c == U'」' || c == U'，' || c == U',') return false;
    }
    return true;
}

struct ParsedNumber {
    double value = 0;
    std::string unit;
};

// Sign, digits with thousands separators and one decimal point, then an
// optional unit (after at most one space). Nothing else.
std::optional<ParsedNumber> parse_numeric(std::string_view utf8) {
    const std::u32string s = text::to_u32(text::trim(utf8));
    std::size_t i = 0;
    double sign = 1;
    std::u32string prefix;
    if (i < s.size() && is_plus_sign(s[i])) ++i;
    else if (i < s.size() && is_minus_sign(s[i])) { sign = -1; ++i; }
    if (i < s.size() && is_currency(s[i])) prefix.push_back(s[i++]);
    std::string ascii;
    bool point = false;
    while (i < s.size()) {
        const char32_t c = s[i];
        if (text::is_digit_any(c)) {
            ascii.push_back(static_cast<char>('0' + text::digit_value(c)));
        } else if (is_group_separator(c) && !ascii.empty() && !point && i + 1 < s.size() &&
                   text::is_digit_any(s[i + 1])) {
            // thousands separator: nothing to add
        } else if (is_decimal_point(c) && !ascii.empty() && !point && i + 1 < s.size() &&
                   text::is_digit_any(s[i + 1])) {
            ascii.push_back('.');
            point = true;
        } else {
            break;
        }
        ++i;
    }
    if (ascii.empty()) return std::nullopt;
    if (i < s.size() && (s[i] == U' ' || s[i] == U'\u3000')) ++i;   // the converter's "310 億ドル"
    const std::u32string_view unit = std::u32string_view(s).substr(i);
    if (!is_unit(unit)) return std::nullopt;
    ParsedNumber out;
    const auto res = std::from_chars(ascii.data(), ascii.data() + ascii.size(), out.value);
    if (res.ec != std::errc()) return std::nullopt;
    out.value *= sign;
    out.unit = text::to_utf8(prefix) + text::to_utf8(unit);
    return out;
}

}  // namespace

bool is_vote_word(std::string_view t) {
    t = text::trim(t);
    return t == "賛成" || t == "反対" || t == "棄権" || t == "不参加" || t == "欠席";
}

bool is_none_mark(std::string_view t) {
    t = text::trim(t);
    return t == "－" || t == "-" || t == "―" || t == "—" || t == "–" || t == "‐" || t == "−" || t == "ー" ||
           t == "--" || t == "－－";
}

void type_cell(TableCell& cell) {
    cell.number.reset();
    cell.unit.clear();
    if (text::trim(cell.text).empty()) {
        cell.type = CellType::Empty;
    } else if (is_none_mark(cell.text)) {
        cell.type = CellType::None;
    } else if (auto n = parse_numeric(cell.text)) {
        cell.type = CellType::Number;
        cell.number = n->value;
        cell.unit = std::move(n->unit);
    } else {
        cell.type = CellType::Text;
    }
}

TableCell make_cell(std::string text, int source_lines, bool header) {
    TableCell cell;
    cell.text = std::move(text);
    cell.source_lines = source_lines;
    if (header)
        cell.type = text::trim(cell.text).empty() ? CellType::Empty : CellType::Text;
    else
        type_cell(cell);
    return cell;
}

std::vector<ColumnType> infer_column_types(const std::vector<TableRow>& rows) {
    std::size_t cols = 0;
    for (const TableRow& r : rows) cols = std::max(cols, r.cells.size());
    std::vector<ColumnType> types(cols, ColumnType::String);
    for (std::size_t c = 0; c < cols; ++c) {
        int numbers = 0, votes = 0, others = 0, vote_misses = 0;
        for (const TableRow& r : rows) {
            if (r.header || c >= r.cells.size()) continue;
            const TableCell& cell = r.cells[c];
            if (cell.type == CellType::Empty || cell.type == CellType::None) continue;
            if (is_vote_word(cell.text)) ++votes;
            else ++vote_misses;
            if (cell.type == CellType::Number) ++numbers;
            else ++others;
        }
        // The label column holds names, never votes.
        if (c > 0 && votes > 0 && vote_misses == 0) types[c] = ColumnType::Vote;
        else if (numbers > 0 && others == 0) types[c] = ColumnType::Number;
    }
    return types;
}

std::vector<bool> vote_columns(const std::vector<TableRow>& rows) {
    std::size_t cols = 0;
    for (const TableRow& r : rows) cols = std::max(cols, r.cells.size());
    std::vector<int> votes(cols, 0), others(cols, 0);
    for (const TableRow& r : rows) {
        if (r.header) continue;
        for (std::size_t c = 1; c < r.cells.size(); ++c) {
            const TableCell& cell = r.cells[c];
            if (cell.type == CellType::Empty || cell.type == CellType::None) continue;
            ++(is_vote_word(cell.text) ? votes : others)[c];
        }
    }
    std::vector<bool> out(cols, false);
    for (std::size_t c = 1; c < cols; ++c) out[c] = votes[c] > others[c];
    return out;
}

}  // namespace shiryo::tables::detail
