// Table captions: "表１ …", "表 1 …", "表2", "表 3-1 …", "図表 1 …", "Table 3 …".
#include <string>

#include "tables/internal.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables {

namespace detail {

namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

bool is_number_joiner(char32_t c) {
    // "3-1", "３－１", "3.1", "3‐1"
    return c == U'-' || c == U'\uFF0D' || c == U'\u2010' || c == U'\u2011' || c == U'\u2013' || c == U'.' ||
           c == U'\uFF0E' || c == U'_';
}

bool is_colon(char32_t c) { return c == U':' || c == U'\uFF1A'; }

// Length of the caption keyword at the start of s, 0 if none.
std::size_t keyword_length(const std::u32string& s) {
    if (s.rfind(U"図表", 0) == 0) return 2;
    if (s.rfind(U"表", 0) == 0) return 1;
    if (s.size() >= 5) {
        std::u32string head = s.substr(0, 5);
        for (char32_t& c : head)
            if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
        if (head == U"table") return 5;
    }
    return 0;
}

// The converter spaces out "表1を参照" as "表 1 を参照": prose that starts
// a line with a table reference goes on with a particle or punctuation,
// a caption with a noun.
bool continues_a_sentence(std::u32string_view rest) {
    if (rest.empty()) return false;
    static constexpr std::u32string_view particles = U"をにはがでともへのや、。，．）」";
    if (particles.find(rest.front()) != std::u32string_view::npos) return true;
    for (std::u32string_view p : {U"から", U"より", U"まで"})
        if (rest.substr(0, p.size()) == p) return true;
    return false;
}

}  // namespace

// The label is keyword + optional space + number; after it comes the end of
// the line, a space, or a colon. Anything else ("表１は以下の…") is prose.
// table.caption-ordinal: the white papers' "■第１-３-３表／ＮＳＦ…": an optional
// box mark, 第, a number with sub-numbers, 表, then a slash, colon, space or the end.
std::optional<CaptionParts> parse_ordinal_caption(const std::u32string& s) {
    std::size_t i = 0;
    std::u32string mark;
    if (i < s.size() && std::u32string_view(U"■□◆◇●○▼▽◼").find(s[i]) != std::u32string_view::npos) mark = s.substr(i++, 1);
    while (i < s.size() && is_space(s[i])) ++i;
    const std::size_t label_begin = i;
    if (i >= s.size() || s[i] != U'第') return std::nullopt;
    ++i;
    const std::size_t number_begin = i;
    while (i < s.size() && (text::is_digit_any(s[i]) || (i > number_begin && is_number_joiner(s[i]) && i + 1 < s.size() &&
                                                           text::is_digit_any(s[i + 1]))))
        ++i;
    if (i == number_begin || i >= s.size() || s[i] != U'表') return std::nullopt;
    const std::size_t label_end = ++i;
    std::size_t rest = label_end;
    while (rest < s.size() && (is_space(s[rest]) || is_colon(s[rest]) || s[rest] == U'／' || s[rest] == U'/')) ++rest;
    if (rest == label_end && rest < s.size()) return std::nullopt;   // "第1表は" is prose
    CaptionParts parts;
    parts.mark = text::to_utf8(mark) + text::to_utf8(std::u32string_view(s).substr(mark.size(), label_begin - mark.size()));
    parts.label = text::to_utf8(std::u32string_view(s).substr(label_begin, label_end - label_begin));
    parts.caption = std::string(text::trim(text::to_utf8(std::u32string_view(s).substr(rest))));
    for (std::size_t k = label_end; k < rest; ++k)
        if (!is_space(s[k])) parts.separator += text::to_utf8(s[k]);
    return parts;
}

std::optional<CaptionParts> parse_caption(std::string_view utf8) {
    const std::u32string s = text::to_u32(text::trim(utf8));
    if (auto ordinal = parse_ordinal_caption(s)) return ordinal;
    std::size_t i = keyword_length(s);
    if (i == 0) return std::nullopt;
    const bool latin = s[0] == U'T' || s[0] == U't';
    while (i < s.size() && is_space(s[i])) ++i;
    if (latin && i == 5) return std::nullopt;   // "Table3" is not how English prints it
    const std::size_t number_begin = i;
    while (i < s.size() && text::is_digit_any(s[i])) ++i;
    if (i == number_begin) return std::nullopt;
    // Sub-numbers: "3-1", "3.1". A joiner must be followed by a digit.
    while (i + 1 < s.size() && is_number_joiner(s[i]) && text::is_digit_any(s[i + 1])) {
        ++i;
        while (i < s.size() && text::is_digit_any(s[i])) ++i;
    }
    const std::size_t label_end = i;
    if (i < s.size() && !is_space(s[i]) && !is_colon(s[i])) {
        // "表1." / "表1．" followed by a space is a label with a full stop.
        const bool stop = (s[i] == U'.' || s[i] == U'\uFF0E') && (i + 1 == s.size() || is_space(s[i + 1]));
        if (!stop) return std::nullopt;
    }
    std::size_t rest = label_end;
    while (rest < s.size() && (is_space(s[rest]) || is_colon(s[rest]) || s[rest] == U'.' || s[rest] == U'\uFF0E'))
        ++rest;
    if (continues_a_sentence(std::u32string_view(s).substr(rest))) return std::nullopt;
    CaptionParts parts;
    parts.label = text::to_utf8(std::u32string_view(s).substr(0, label_end));
    parts.caption = std::string(text::trim(text::to_utf8(std::u32string_view(s).substr(rest))));
    for (std::size_t k = label_end; k < rest; ++k)
        if (!is_space(s[k])) parts.separator += text::to_utf8(s[k]);
    return parts;
}

}  // namespace detail

bool is_table_caption(const Line& line) {
    if (line.blank || line.page_number) return false;
    return detail::parse_caption(line.text).has_value();
}

}  // namespace shiryo::tables
