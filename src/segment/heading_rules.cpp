// Heading rules for real converter text: what a heading number looks like
// when it stands alone, and the lines that look like headings but are not
// (captions, bullets, chart labels, ruby, run-in labels). Each rule has a
// name (used in the unit tests) and a one-line doc.
#include <algorithm>
#include <map>

#include <unicode/uchar.h>

#include "segment/segment.hpp"
#include "text/unicode.hpp"

namespace shiryo::segment {

using text::to_u32;
using text::to_utf8;

namespace {

constexpr int kDecimalRank = 30;     // １． / 1 / 2.1 / 2.1.1: 30, 32, 34 … by depth (between Ⅰ. 20 and (1) 40)
constexpr int kParenRightRank = 42;  // 1) 人間中心: below (1)
constexpr int kKatakanaRank = 55;    // ア．医療機器: below (a)
constexpr int kCircledRank = 60;     // ① EU: the deepest
constexpr std::size_t kMaxNumberDigits = 3;

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
    if ((c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ')) return true;
    return (c >= 0x3041 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x00C0 && c <= 0x024F) || (c >= 0x0400 && c <= 0x04FF);
}

bool is_hyphen(char32_t c) { return c == U'-' || c == U'－' || c == U'‐' || c == U'‑' || c == U'–'; }

// Digits at s[i…]: how many (1..kMaxNumberDigits), 0 when none or too many.
std::size_t digits_at(std::u32string_view s, std::size_t i) {
    std::size_t k = i;
    while (k < s.size() && text::is_digit_any(s[k])) ++k;
    return k - i <= kMaxNumberDigits ? k - i : 0;
}

}  // namespace

int decimal_depth(std::u32string_view s, std::size_t* length) {
    std::size_t i = 0;
    int depth = 0;
    for (;;) {
        const std::size_t d = digits_at(s, i);
        if (d == 0) return 0;
        i += d;
        ++depth;
        if (i < s.size() && (s[i] == U'.' || s[i] == U'．') && i + 1 < s.size() && text::is_digit_any(s[i + 1])) {
            ++i;
            continue;
        }
        break;
    }
    if (i < s.size() && s[i] != U' ' && s[i] != 0x3000) return 0;
    if (length) *length = i;
    return depth;
}

Numbering number_only_heading(std::string_view text) {
    const std::u32string s = to_u32(text::trim(text));
    Numbering none;
    if (s.empty()) return none;
    const std::size_t bytes = text::trim(text).size();
    // ① … ⑳
    if (s.size() == 1 && s[0] >= U'①' && s[0] <= U'⑳') return {4, bytes, kCircledRank};
    // 第1章 / 第１節 / 第 3 部
    if (s[0] == U'第' && (s.back() == U'章' || s.back() == U'部' || s.back() == U'節')) {
        const Numbering n = heading_numbering(text::trim(text));
        if (n.level && n.length == bytes) return {n.level, bytes, n.rank};
        return none;
    }
    // （１） (2)
    if ((s[0] == U'(' || s[0] == U'（') && (s.back() == U')' || s.back() == U'）') && s.size() <= 5) {
        const std::size_t d = digits_at(s, 1);
        if (d > 0 && d + 2 == s.size()) return {3, bytes, 40};
        return none;
    }
    // 6) / 10)
    if (s.back() == U')' || s.back() == U'）') {
        const std::size_t d = digits_at(s, 0);
        if (d > 0 && d + 1 == s.size()) return {3, bytes, kParenRightRank};
        return none;
    }
    // １． / 1.
    if (s.size() >= 2 && (s.back() == U'.' || s.back() == U'．')) {
        const std::size_t d = digits_at(s, 0);
        if (d > 0 && d + 1 == s.size()) return {2, bytes, kDecimalRank};
        return none;
    }
    // 3-1 / １－２
    {
        const std::size_t d1 = digits_at(s, 0);
        if (d1 > 0 && d1 < s.size() && is_hyphen(s[d1])) {
            const std::size_t d2 = digits_at(s, d1 + 1);
            if (d2 > 0 && d1 + 1 + d2 == s.size()) return {3, bytes, kDecimalRank + 2};
            return none;
        }
    }
    // 1 / 2.1 / 2.2.10
    std::size_t len = 0;
    const int depth = decimal_depth(s, &len);
    if (depth > 0 && len == s.size()) return {1 + depth, bytes, kDecimalRank + 2 * (depth - 1)};
    return none;
}

Numbering extended_numbering(std::string_view text) {
    const std::u32string s = to_u32(text);
    Numbering none;
    if (s.size() < 3) return none;
    auto bytes_of = [&](std::size_t cps) { return text::to_utf8(std::u32string_view(s).substr(0, cps)).size(); };
    // heading.decimal: 2.1 背景 / 2.2.1 集約… (two levels or more, then a space)
    std::size_t len = 0;
    const int depth = decimal_depth(s, &len);
    if (depth >= 2 && len + 1 < s.size()) return {1 + depth, bytes_of(len), kDecimalRank + 2 * (depth - 1)};
    // heading.hyphenated: 3-1 リスクへの対応 / １－１．米国
    const std::size_t d1 = digits_at(s, 0);
    if (d1 > 0 && d1 + 2 < s.size() && is_hyphen(s[d1])) {
        const std::size_t d2 = digits_at(s, d1 + 1);
        std::size_t end = d1 + 1 + d2;
        if (d2 > 0 && end < s.size() && (s[end] == U' ' || s[end] == 0x3000 || s[end] == U'．' || s[end] == U'.')) {
            if (s[end] == U'．' || s[end] == U'.') ++end;
            if (end < s.size()) return {3, bytes_of(end), kDecimalRank + 2};
        }
    }
    // heading.paren-right: 1) 人間中心 / 10) イノベーション
    if (d1 > 0 && d1 + 1 < s.size() && (s[d1] == U')' || s[d1] == U'）') && s[d1 + 1] != U')')
        return {3, bytes_of(d1 + 1), kParenRightRank};
    // heading.katakana: ア．医療機器
    if (s[0] >= U'ア' && s[0] <= U'ン' && (s[1] == U'．' || s[1] == U'.') && is_letter(s[2]))
        return {4, bytes_of(2), kKatakanaRank};
    // heading.circled: ① EU / ②犯罪の… (accepted only where the segmenter's circled rule allows)
    if (s[0] >= U'①' && s[0] <= U'⑳') return {4, bytes_of(1), kCircledRank};
    return none;
}

bool is_caption_or_source_line(std::string_view text) {
    const std::u32string s = to_u32(text::trim(text));
    if (s.empty()) return false;
    auto starts = [&](std::u32string_view p) { return s.size() > p.size() && s.compare(0, p.size(), p) == 0; };
    // 図1 / 図 2: / 図表3 / 写真1 / Figure 4 / Fig. 5 followed by a number
    for (std::u32string_view p : {U"図表", U"図", U"写真", U"Figure", U"Fig.", U"グラフ", U"チャート"}) {
        if (!starts(p)) continue;
        std::size_t i = p.size();
        while (i < s.size() && (s[i] == U' ' || s[i] == 0x3000)) ++i;
        if (i < s.size() && (text::is_digit_any(s[i]) || (s[i] >= U'Ⅰ' && s[i] <= U'Ⅻ'))) return true;
    }
    // 出典： / 出所: / 資料： / （出典） / 注： / ※
    for (std::u32string_view p : {U"出典", U"出所", U"資料", U"（出典", U"(出典", U"（出所", U"(出所", U"（注", U"(注", U"注：", U"注:", U"Source", U"Note:"}) {
        if (!starts(p)) continue;
        const std::size_t i = p.size();
        const char32_t c = s[i];
        if (p.back() == U'：' || p.back() == U':' || c == U'：' || c == U':' || c == U'）' || c == U')' || c == U' ' ||
            text::is_digit_any(c))
            return true;
    }
    return false;
}

bool starts_with_bullet(std::string_view text) {
    const std::u32string s = to_u32(text::trim_left(text).substr(0, 8));
    if (s.empty()) return false;
    const char32_t c = s[0];
    if (c >= 0xE000 && c <= 0xF8FF) return true;   // private use: icon fonts' bullets
    return std::u32string_view(U"•・◦‣⁃○◎◇◆□▪▫☐✓✔➢➤►▶→⇒※*＊-－–—〇◯").find(c) != std::u32string_view::npos;
}

bool has_title_letters(std::string_view text) {
    int letters = 0;
    for (char32_t c : to_u32(text))
        if (is_letter(c) && ++letters >= 2) return true;
    return false;
}

bool has_letter(std::string_view text) {
    for (char32_t c : to_u32(text))
        if (is_letter(c)) return true;
    return false;
}

bool is_ruby_line(std::string_view text) {
    const std::u32string s = to_u32(text::trim(text));
    if (s.empty() || s.size() > 6) return false;
    for (char32_t c : s)
        if (!(c >= 0x3041 && c <= 0x309F) && c != U' ') return false;
    return !is_unnumbered_heading_word(to_utf8(s));
}

bool is_run_in_label(std::string_view text) {
    const std::u32string s = to_u32(text::trim(text));
    return !s.empty() && (s.back() == U'：' || s.back() == U':');
}

}  // namespace shiryo::segment

namespace shiryo::segment {

bool is_formula_line(std::string_view text) {
    for (char32_t c : to_u32(text)) {
        if (c == U'+' || c == U'~' || c == 0xFF0B || c == 0xFF5E || c == 0x301C || c == U'|' || c == U'<' || c == U'>')
            continue;
        if (u_charType(static_cast<UChar32>(c)) == U_MATH_SYMBOL) return true;
    }
    return false;
}

bool is_theorem_label(std::string_view text) {
    const std::u32string s = to_u32(text::strip_spaces(text::nfkc(text)));
    std::size_t k = 0;
    bool found = false;
    for (std::u32string_view w : {U"定理", U"補題", U"命題", U"定義", U"系", U"主張", U"証明", U"例", U"仮定", U"公理", U"Theorem",
                                  U"Lemma", U"Proposition", U"Definition", U"Corollary", U"Proof", U"Claim", U"Example"})
        if (std::u32string_view(s).substr(0, w.size()) == w) {
            k = w.size();
            found = true;
            break;
        }
    if (!found) return false;
    for (; k < s.size(); ++k)
        if (!text::is_digit_any(s[k]) && std::u32string_view(U".．:：()（）-").find(s[k]) == std::u32string_view::npos) return false;
    return true;
}

bool title_has_words(std::string_view title) {
    int latin = 0;
    for (char32_t c : to_u32(title)) {
        if (text::is_japanese(c) && u_isalpha(static_cast<UChar32>(c))) return true;
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
            ++latin;
    }
    return latin >= 4;
}

bool is_subfigure_label(std::string_view text) {
    const std::u32string s = to_u32(text::trim(text));
    if (s.size() < 3) return false;
    const bool open = s[0] == U'(' || s[0] == U'（';
    const bool close = s[2] == U')' || s[2] == U'）';
    return open && close && ((s[1] >= U'a' && s[1] <= U'z') || (s[1] >= U'ａ' && s[1] <= U'ｚ'));
}

bool subfigure_labels_at(const std::vector<Line>& lines, std::size_t i) {
    constexpr std::size_t kMaxLabels = 8;   // panels of one figure
    std::size_t k = i, labels = 0;
    while (k < lines.size() && labels <= kMaxLabels) {
        const Line& l = lines[k];
        if (l.blank || l.page_number) {
            ++k;
            continue;
        }
        if (l.page != lines[i].page) return false;
        if (is_caption_or_source_line(l.text)) return labels > 0;
        if (!is_subfigure_label(l.text) || l.width > 40) return false;
        ++labels;
        ++k;
    }
    return false;
}

FontSignal font_signal(const Line& l) {
    if (!l.geometry || l.geometry->body_size <= 0 || l.geometry->font_size <= 0) return FontSignal::None;
    const LineGeometry& g = *l.geometry;
    if (g.font_size < 0.85 * g.body_size) return FontSignal::Small;
    if (g.font_size >= 1.12 * g.body_size) return FontSignal::Heading;
    if (g.bold && !g.body_bold && g.font_size >= 0.95 * g.body_size) return FontSignal::Heading;
    return FontSignal::Body;
}

std::vector<std::string> recurring_titles(const std::vector<Line>& lines, std::size_t from, int column_width) {
    constexpr int kMaxTitleWidth = 20;         // a label of a few words
    constexpr std::size_t kMinRepeats = 3;     // a pattern, not a coincidence
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = from; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.blank || l.page_number || l.fake_bold || l.width > kMaxTitleWidth) continue;
        const std::u32string s = to_u32(text::trim(l.text));
        if (s.empty() || std::u32string_view(U"。．、，,：:").find(s.back()) != std::u32string_view::npos || !has_title_letters(l.text) || !title_has_words(l.text)) continue;
        if (heading_numbering(l.text).rank || extended_numbering(l.text).rank || starts_with_bullet(l.text) ||
            is_caption_or_source_line(l.text) || is_run_in_label(l.text) || is_formula_line(l.text))
            continue;
        std::size_t next = i + 1;
        while (next < lines.size() && (lines[next].blank || lines[next].page_number)) ++next;
        if (next >= lines.size()) continue;
        const Line& n = lines[next];
        // text under it: a full line of prose
        if (n.width * 4 < column_width * 3) continue;
        ++seen[text::strip_spaces(l.text)];
    }
    std::vector<std::string> out;
    for (const auto& [key, count] : seen)
        if (count >= kMinRepeats) out.push_back(key);
    return out;   // sorted: std::map order
}

}  // namespace shiryo::segment
