// Line classes and tokens used while finding and rebuilding tables.
#include <algorithm>
#include <array>

#include "tables/internal.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables::detail {

namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

char32_t first_cp(std::string_view s) {
    const std::u32string u = text::to_u32(s.substr(0, std::min<std::size_t>(s.size(), 4)));
    return u.empty() ? 0 : u.front();
}

char32_t last_cp(std::string_view s) {
    const std::size_t from = s.size() > 4 ? s.size() - 4 : 0;
    const std::u32string u = text::to_u32(s.substr(from));
    return u.empty() ? 0 : u.back();
}

bool is_ascii_visible(char32_t c) { return c > U' ' && c < 0x7F; }

// "24日", "6月より…": digits directly followed by `unit`.
bool digits_then(std::string_view token, char32_t unit) {
    const std::u32string u = text::to_u32(token);
    std::size_t i = 0;
    while (i < u.size() && text::is_digit_any(u[i])) ++i;
    return i > 0 && i < u.size() && u[i] == unit;
}

// A short unit that follows a number: "億ドル", "%", "割", "年".
bool is_unit_token(std::string_view token) {
    const std::u32string u = text::to_u32(token);
    if (u.empty() || u.size() > 4 || is_vote_word(token)) return false;
    for (char32_t c : u) {
        if (text::is_digit_any(c)) return false;
        if (c == U'%' || c == U'\uFF05') continue;
        if (!text::is_japanese(c)) return false;
        if (c == U'、' || c == U'。' || c == U'「' || c == U'」' || c == U'（' || c == U'）') return false;
    }
    return true;
}

}  // namespace

int effective_column_width(const std::vector<Line>& lines, const Layout& layout) {
    if (layout.column_width > 0) return layout.column_width;
    std::vector<int> widths;
    for (const Line& l : lines)
        if (!l.blank && !l.page_number) widths.push_back(l.width);
    if (widths.empty()) return 0;
    // The same rule as the normaliser: three quarters of the lines are not wider.
    const std::size_t k = widths.size() * 3 / 4;
    std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(k), widths.end());
    return widths[k];
}

int raw_leading_spaces(const Line& line) {
    int n = 0;
    while (static_cast<std::size_t>(n) < line.raw.size() && line.raw[static_cast<std::size_t>(n)] == ' ') ++n;
    return n;
}

bool starts_with_source_marker(std::string_view utf8) {
    // NFKC folds （）：％ into their ASCII forms, so one spelling covers both.
    const std::string s = text::nfkc(text::trim(utf8));
    static const std::array<std::string_view, 12> prefixes = {
        "出所", "出典", "(出所", "(出典", "(資料", "資料:", "(注", "注:", "注)", "※", "[出所", "[出典"};
    for (std::string_view p : prefixes)
        if (text::starts_with(s, p)) return true;
    // "注1", "注 1" (a numbered note), "Source:", "Sources:", "Note:", "Notes:".
    if (text::starts_with(s, "注")) {
        const std::u32string u = text::to_u32(s);
        std::size_t i = 1;
        while (i < u.size() && is_space(u[i])) ++i;
        if (i < u.size() && text::is_digit_any(u[i])) return true;
    }
    for (std::string_view p : {"Source:", "Sources:", "Source :", "Note:", "Notes:", "SOURCE:", "NOTE:"})
        if (text::starts_with(s, p)) return true;
    return false;
}

bool is_source_line(const Line& line, int column_width) {
    if (line.blank || line.page_number) return false;
    if (starts_with_source_marker(line.text)) return true;
    // "各種資料より筆者作成", "…をもとに作成。": a short line naming what it
    // was made from (a cell "報告書を作成" names nothing).
    std::string_view t = text::trim(line.text);
    if (text::ends_with(t, "。")) t.remove_suffix(std::string_view("。").size());
    const bool short_line = column_width <= 0 || line.width * 100 < column_width * 85;
    if (!short_line || !text::ends_with(t, "作成")) return false;
    for (std::string_view from : {"より", "から", "もとに", "基に", "基づき", "資料", "筆者", "データ"})
        if (t.find(from) != std::string_view::npos) return true;
    return false;
}

bool is_heading_like(const Line& line) {
    if (line.fake_bold) return true;
    if (line.bold.empty() || line.text.empty()) return false;
    // Bold from the first character over most of the line (a heading with a
    // note marker after it is still a heading).
    const ByteRange& b = line.bold.front();
    return b.begin == 0 && (b.end - b.begin) * 2 >= line.text.size();
}

bool is_blank_with_space(const Line& line) { return line.blank && !line.raw.empty(); }

LineTokens split_tokens(std::string_view utf8) {
    LineTokens out;
    const std::u32string s = text::to_u32(text::trim(utf8));
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && !is_space(s[j])) ++j;
        out.tokens.push_back(text::to_utf8(std::u32string_view(s).substr(i, j - i)));
        std::size_t k = j;
        while (k < s.size() && is_space(s[k])) ++k;
        if (k < s.size()) out.gaps.push_back(text::to_utf8(std::u32string_view(s).substr(j, k - j)));
        i = k;
    }
    return out;
}

GapKind classify_gap(std::string_view left, std::string_view right, std::string_view spaces) {
    if (text::to_u32(spaces).size() >= 2) return GapKind::Wide;
    if (is_ascii_visible(last_cp(left)) || is_ascii_visible(first_cp(right))) return GapKind::Converter;
    return GapKind::Separator;
}

bool is_unit_gap(std::string_view left, std::string_view right) {
    const char32_t l = last_cp(left);
    if (text::is_digit_any(l)) return is_unit_token(right);
    // Parts of one date: "2022年 3月", "3月 2日".
    if (l == U'年') return digits_then(right, U'月');
    if (l == U'月') return digits_then(right, U'日');
    return false;
}

namespace {

// One space between the parts of a date (a run of spaces is a column gap).
void skip_one_space(const std::u32string& s, std::size_t& i) {
    if (i < s.size() && is_space(s[i])) ++i;
}

bool skip_digits(const std::u32string& s, std::size_t& i) {
    const std::size_t from = i;
    while (i < s.size() && text::is_digit_any(s[i])) ++i;
    return i > from;
}

bool is_slash(char32_t c) { return c == U'/' || c == U'\uFF0F'; }

// A date starting with the digits at s[i]: "YYYY 年 M 月 D 日", "YYYY 年 M 月",
// "M 月 D 日" (each space optional), "M/D", "YYYY/M/D". One past its end, or
// npos. Reads at most a bounded number of parts.
std::size_t date_end(const std::u32string& s, std::size_t i) {
    constexpr std::size_t npos = std::u32string::npos;
    std::size_t j = i;
    if (!skip_digits(s, j)) return npos;
    std::size_t k = j;
    skip_one_space(s, k);
    if (k < s.size() && (s[k] == U'年' || s[k] == U'月')) {
        const bool year = s[k] == U'年';
        ++k;
        std::size_t m = k;
        skip_one_space(s, m);
        if (!skip_digits(s, m)) return npos;
        skip_one_space(s, m);
        if (year) {
            if (m >= s.size() || s[m] != U'月') return npos;
            ++m;   // "YYYY 年 M 月", perhaps "… D 日"
            std::size_t d = m;
            skip_one_space(s, d);
            if (!skip_digits(s, d)) return m;
            skip_one_space(s, d);
            return d < s.size() && s[d] == U'日' ? d + 1 : m;
        }
        return m < s.size() && s[m] == U'日' ? m + 1 : npos;
    }
    // "M/D", "YYYY/M/D", spaces around the slashes allowed.
    int parts = 1;
    std::size_t end = npos;
    while (parts < 3) {
        std::size_t m = j;
        skip_one_space(s, m);
        if (m >= s.size() || !is_slash(s[m])) break;
        ++m;
        skip_one_space(s, m);
        if (!skip_digits(s, m)) break;
        j = end = m;
        ++parts;
    }
    return end;
}

}  // namespace

TokenGroups group_tokens(const LineTokens& line) {
    TokenGroups out;
    const std::size_t n = line.tokens.size();
    out.bound.assign(line.gaps.size(), false);
    out.date.assign(n, false);
    for (std::size_t g = 0; g < line.gaps.size(); ++g)
        out.bound[g] = text::to_u32(line.gaps[g]).size() < 2 && is_unit_gap(line.tokens[g], line.tokens[g + 1]);
    if (n == 0) return out;
    // The line as one string with every token's start; a date may only
    // start at a token's start.
    std::u32string s;
    std::vector<std::size_t> start(n + 1);
    for (std::size_t t = 0; t < n; ++t) {
        start[t] = s.size();
        s += text::to_u32(line.tokens[t]);
        if (t < line.gaps.size()) s += text::to_u32(line.gaps[t]);
    }
    start[n] = s.size();
    for (std::size_t t = 0; t < n;) {
        const std::size_t end = text::is_digit_any(s[start[t]]) ? date_end(s, start[t]) : std::u32string::npos;
        if (end == std::u32string::npos) {
            ++t;
            continue;
        }
        std::size_t last = t;   // the token the date ends in
        while (last + 1 < n && start[last + 1] < end) ++last;
        for (std::size_t k = t; k <= last; ++k) out.date[k] = true;
        for (std::size_t g = t; g < last; ++g) out.bound[g] = true;
        t = last + 1;
    }
    return out;
}

std::vector<std::string> natural_cells(const LineTokens& line) {
    std::vector<std::string> cells;
    if (line.tokens.empty()) return cells;
    const TokenGroups groups = group_tokens(line);
    cells.push_back(line.tokens.front());
    for (std::size_t g = 0; g < line.gaps.size(); ++g) {
        if (groups.bound[g])
            cells.back() += line.gaps[g] + line.tokens[g + 1];
        else
            cells.push_back(line.tokens[g + 1]);
    }
    return cells;
}

bool is_date_text(std::string_view utf8) {
    const std::u32string s = text::to_u32(text::trim(utf8));
    return !s.empty() && text::is_digit_any(s.front()) && date_end(s, 0) == s.size();
}

int natural_cell_count(const LineTokens& line) {
    if (line.tokens.empty()) return 0;
    const TokenGroups groups = group_tokens(line);
    int n = 1;
    for (bool b : groups.bound) n += b ? 0 : 1;
    return n;
}

namespace {

// How unlikely it is that a gap lies inside one cell. Bound gaps close
// first; a gap next to a date closes last but for a run of spaces: a date
// is a whole cell.
int merge_cost(const LineTokens& line, const TokenGroups& groups, std::size_t g) {
    if (groups.bound[g]) return 0;
    const GapKind kind = classify_gap(line.tokens[g], line.tokens[g + 1], line.gaps[g]);
    if (kind == GapKind::Wide) return 100;
    if (groups.date[g] || groups.date[g + 1]) return 50;
    return kind == GapKind::Converter ? 2 : 10;
}

}  // namespace

std::vector<std::string> merge_to(const LineTokens& line, std::size_t target) {
    if (target == 0 || line.tokens.size() <= target) return line.tokens;
    const std::size_t merges = line.tokens.size() - target;
    const TokenGroups groups = group_tokens(line);
    std::vector<std::size_t> order(line.gaps.size());
    for (std::size_t g = 0; g < order.size(); ++g) order[g] = g;
    std::vector<int> cost(line.gaps.size());
    for (std::size_t g = 0; g < cost.size(); ++g) cost[g] = merge_cost(line, groups, g);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cost[a] < cost[b]; });
    std::vector<bool> closed(line.gaps.size(), false);
    for (std::size_t k = 0; k < merges; ++k) closed[order[k]] = true;

    std::vector<std::string> cells{line.tokens.front()};
    for (std::size_t g = 0; g < line.gaps.size(); ++g) {
        if (closed[g])
            cells.back() += line.gaps[g] + line.tokens[g + 1];
        else
            cells.push_back(line.tokens[g + 1]);
    }
    return cells;
}

bool looks_like_prose(const Line& line, int column_width) {
    if (column_width <= 0 || line.blank || line.width * 100 < column_width * 85) return false;
    const LineTokens t = split_tokens(line.text);
    for (std::size_t g = 0; g < t.gaps.size(); ++g)
        if (classify_gap(t.tokens[g], t.tokens[g + 1], t.gaps[g]) != GapKind::Converter) return false;
    return true;
}

}  // namespace shiryo::tables::detail
