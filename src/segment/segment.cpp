#include "segment/segment.hpp"

#include <algorithm>
#include <optional>

#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::segment {

using text::to_u32;

namespace {

bool is_kanji_numeral(char32_t c) {
    return std::u32string_view(U"〇一二三四五六七八九十百").find(c) != std::u32string_view::npos;
}

bool is_sentence_end(char32_t c) {
    return std::u32string_view(U"。．、，,：:").find(c) != std::u32string_view::npos;
}

bool ends_sentence(const Line& l) {
    const std::u32string s = to_u32(l.text);
    return !s.empty() && (s.back() == U'。' || s.back() == U'．');
}

// A whole line in lenticular brackets: 【はじめに】, 【第1節 背景】.
bool is_bracketed_heading(const std::u32string& s) {
    if (s.size() < 3 || s.front() != U'【' || s.back() != U'】') return false;
    return s.find(U'【', 1) == std::u32string::npos;
}

bool is_circled_item(std::string_view t) {
    const std::u32string s = to_u32(t.substr(0, 4));
    return !s.empty() && s[0] >= U'①' && s[0] <= U'⑳';
}

bool is_dash(char32_t c) { return c == U'―' || c == U'—' || c == U'－' || c == U'─' || c == U'〜' || c == U'～'; }


// Next line index at or after i that has content (not blank, not a page number, not skipped).
std::size_t next_content(const std::vector<Line>& lines, std::size_t i, const std::vector<bool>& skip) {
    while (i < lines.size() && (lines[i].blank || lines[i].page_number || (!skip.empty() && skip[i]))) ++i;
    return i;
}

bool looks_like_author(const Line& line) {
    const std::u32string s = to_u32(line.text);
    int letters = 0, spaces = 0;
    for (char32_t c : s) {
        if (c == U' ' || c == 0x3000) { ++spaces; continue; }
        if (!(text::is_japanese(c) || (c >= U'A' && c <= U'z') || c == U'.' || c == U'・')) return false;
        if (is_sentence_end(c) || c == U'「' || c == U'」' || c == U'（' || c == U'）') return false;
        ++letters;
    }
    return letters >= 2 && letters <= 12 && spaces <= 2 && heading_numbering(line.text).level == 0 &&
           !is_unnumbered_heading_word(text::strip_spaces(line.text));
}

bool blank_between(const std::vector<Line>& lines, std::size_t a, std::size_t b) {
    for (std::size_t k = a + 1; k < b; ++k)
        if (lines[k].blank) return true;
    return false;
}

}  // namespace

// Words that open or close a chapter without numbering.
bool is_unnumbered_heading_word(std::string_view t) {
    static const char* words[] = {"はじめに", "おわりに", "結論", "結語", "むすび", "序論", "序", "問題設定",
                                  "結びに代えて", "おわりに代えて", "まとめ", "要旨", "概要"};
    for (const char* w : words)
        if (t == w) return true;
    return false;
}

namespace {
Numbering basic_numbering(std::string_view t) {
    const std::u32string s = to_u32(t);
    Numbering none;
    if (s.empty()) return none;
    auto bytes_of = [&](std::size_t cps) { return text::to_utf8(std::u32string_view(s).substr(0, cps)).size(); };
    // 第N章 / 第N部 / 第N節, and the chapters without a number: 序章, 終章, 補論
    if (s[0] == U'第') {
        std::size_t i = 1;
        while (i < s.size() && (text::is_digit_any(s[i]) || is_kanji_numeral(s[i]) || s[i] == U' ')) ++i;
        if (i > 1 && i < s.size() && (s[i] == U'章' || s[i] == U'部')) return {1, bytes_of(i + 1), 10};
        if (i > 1 && i < s.size() && s[i] == U'節') return {2, bytes_of(i + 1), 20};
        return none;
    }
    if (s.size() >= 2 && (s.substr(0, 2) == U"序章" || s.substr(0, 2) == U"終章" || s.substr(0, 2) == U"補論"))
        return {1, bytes_of(2), 10};
    // A numeral followed by a period (or 、 after kanji numerals) and text.
    // Not a digit after the period ("9.11" is a date) and not two spaces
    // (the layout of a list item "1.  …").
    auto numbered = [&](std::size_t i, bool kanji) -> bool {
        if (i == 0 || i > 3 || i + 1 >= s.size()) return false;
        const bool period = s[i] == U'．' || s[i] == U'.' || (kanji && s[i] == U'、');
        if (!period) return false;
        // "9.11" is a date; "１．2020 年の政変" (a full-width period) is a number and a year.
        if (text::is_digit_any(s[i + 1]) && s[i] != U'．') return false;
        if (s[i + 1] == U' ' && (i + 2 >= s.size() || s[i + 2] == U' ')) return false;
        return true;
    };
    if (text::is_digit_any(s[0])) {
        std::size_t i = 0;
        while (i < s.size() && text::is_digit_any(s[i])) ++i;
        return numbered(i, false) ? Numbering{2, bytes_of(i + 1), 30} : none;
    }
    if (is_kanji_numeral(s[0])) {
        std::size_t i = 0;
        while (i < s.size() && is_kanji_numeral(s[i])) ++i;
        return numbered(i, true) ? Numbering{2, bytes_of(i + 1), 30} : none;
    }
    if (s[0] >= U'Ⅰ' && s[0] <= U'Ⅻ') {   // Roman numerals: a level above １．
        std::size_t i = 1;
        if (i < s.size() && (s[i] == U'．' || s[i] == U'.' || s[i] == U' ' || s[i] == 0x3000)) return {2, bytes_of(i + 1), 20};
        return none;
    }
    // (1) （1） (a) (C)
    if (s[0] == U'(' || s[0] == U'（') {
        const char32_t close = s[0] == U'(' ? U')' : U'）';
        std::size_t i = 1;
        while (i < s.size() && i < 4 && s[i] != close) ++i;
        if (i < s.size() && s[i] == close && i > 1) {
            std::u32string inner = s.substr(1, i - 1);
            bool digits = true, letter = inner.size() == 1;
            for (char32_t c : inner) digits = digits && text::is_digit_any(c);
            if (letter) {
                const char32_t c = inner[0];
                letter = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'ａ' && c <= U'ｚ') ||
                         (c >= U'Ａ' && c <= U'Ｚ');
            }
            if (i + 1 < s.size()) {
                if (digits) return {3, bytes_of(i + 1), 40};
                if (letter) return {4, bytes_of(i + 1), 50};
            }
        }
    }
    return none;
}
}  // namespace

Numbering heading_numbering(std::string_view t) {
    const Numbering basic = basic_numbering(t);
    if (basic.rank > 0) return basic;
    const Numbering more = extended_numbering(t);
    return more.rank == kCircledHeadingRank ? Numbering{} : more;
}

int heading_rank(std::string_view t) {
    if (const int r = heading_numbering(t).rank) return r;
    if (const int r = number_only_heading(t).rank) return r;
    return extended_numbering(t).rank;
}

void assign_heading_levels(std::vector<Segment>& segments, const std::vector<Line>& lines) {
    std::vector<int> ranks;   // styles below the chapter, sorted, unique
    for (const Segment& seg : segments) {
        if (seg.kind != SegmentKind::Heading) continue;
        const int r = heading_rank(lines[seg.lines.front()].text);
        if (r > 10 && std::find(ranks.begin(), ranks.end(), r) == ranks.end()) ranks.push_back(r);
    }
    std::sort(ranks.begin(), ranks.end());
    for (Segment& seg : segments) {
        if (seg.kind != SegmentKind::Heading) continue;
        const int r = heading_rank(lines[seg.lines.front()].text);
        if (r == 10) { seg.level = 1; continue; }
        const auto it = std::find(ranks.begin(), ranks.end(), r);
        seg.level = it == ranks.end() ? 2 : 2 + static_cast<int>(it - ranks.begin());
    }
}

bool is_list_item(std::string_view t, std::size_t* label_length) {
    const std::u32string s = to_u32(t);
    if (s.empty()) return false;
    if (s[0] >= U'①' && s[0] <= U'⑳') {
        if (label_length) *label_length = text::to_utf8(s[0]).size();
        return true;
    }
    std::size_t i = 0;
    while (i < s.size() && text::is_digit_any(s[i])) ++i;
    if (i == 0 || i > 2 || i + 2 >= s.size()) return false;
    if (!(s[i] == U'.' || s[i] == U'．')) return false;
    if (s[i + 1] != U' ' || s[i + 2] != U' ') return false;   // two spaces: the list layout
    if (label_length) *label_length = text::to_utf8(std::u32string_view(s).substr(0, i + 1)).size();
    return true;
}

bool is_section_break(const Line& line) {
    char buf[9];   // the longest form, ＊＊＊, is 9 bytes: longer lines are rejected unread
    std::size_t n = 0;
    if (!text::strip_spaces_into(line.text, buf, sizeof buf, n)) return false;
    const std::string_view t(buf, n);
    return t == "＊" || t == "*" || t == "＊＊＊" || t == "***" || t == "※";
}

namespace {

bool is_subtitle(const std::u32string& s) { return s.size() >= 3 && is_dash(s.front()) && is_dash(s.back()); }

// "小林 健太郎（慶應義塾大学准教授）": the name, and the affiliation in brackets after it.
struct AuthorLine {
    std::string name;
    std::string affiliation;
};

std::optional<AuthorLine> author_line(const Line& line) {
    const std::u32string s = to_u32(line.text);
    std::size_t open = s.find(U'（');
    if (open == std::u32string::npos) open = s.find(U'(');
    if (open != std::u32string::npos && open > 0 && (s.back() == U'）' || s.back() == U')')) {
        Line name_only = line;
        name_only.text = std::string(text::trim(text::to_utf8(s.substr(0, open))));
        if (looks_like_author(name_only))
            return AuthorLine{name_only.text, text::to_utf8(s.substr(open))};
        return std::nullopt;
    }
    if (looks_like_author(line)) return AuthorLine{line.text, ""};
    return std::nullopt;
}

// A line under the author naming where they work: all in brackets, or
// ending with a post or an institution.
bool is_affiliation(const Line& line) {
    const std::u32string s = to_u32(line.text);
    if (s.size() < 3 || line.width > 60) return false;
    if ((s.front() == U'（' && s.back() == U'）') || (s.front() == U'(' && s.back() == U')')) return true;
    for (std::u32string_view w : {U"教授", U"准教授", U"講師", U"研究員", U"所長", U"大学", U"研究所", U"センター",
                                  U"フェロー", U"理事長", U"客員", U"助教"})
        if (s.size() >= w.size() && std::u32string_view(s).substr(s.size() - w.size()) == w) return true;
    return false;
}

}  // namespace

bool is_bibliography_heading(std::string_view t) {
    char buf[24];   // the longest form, 【参考文献一覧】, is 24 bytes: longer lines are rejected unread
    std::size_t n = 0;
    if (!text::strip_spaces_into(t, buf, sizeof buf, n)) return false;
    std::string_view s(buf, n);
    if (s.size() >= 6 && s.substr(0, 3) == "【" && s.substr(s.size() - 3) == "】") s = s.substr(3, s.size() - 6);
    for (const char* w : {"参考文献", "主要参考文献", "引用文献", "参考文献一覧", "文献一覧", "文献リスト", "References",
                          "Bibliography", "WorksCited"})
        if (s == w) return true;
    return false;
}

HeaderResult detect_header(const std::vector<Line>& lines) {
    HeaderResult r;
    const std::vector<bool> none;
    std::size_t i = next_content(lines, 0, none);
    if (i >= lines.size()) return r;
    const std::size_t first = i;
    const Line& l0 = lines[i];
    const Numbering num = heading_numbering(l0.text);
    bool have_chapter = false;
    if (num.level == 1) {
        have_chapter = true;
        r.header.chapter = std::string(text::trim(std::string_view(l0.text).substr(0, num.length)));
        r.header.title = std::string(text::trim(std::string_view(l0.text).substr(num.length)));
        i = next_content(lines, i + 1, none);
    } else {
        // Without a chapter label, a title is only believed when an author
        // line follows (a subtitle may stand between them).
        std::size_t j = next_content(lines, i + 1, none);
        if (j < lines.size() && is_subtitle(to_u32(lines[j].text))) j = next_content(lines, j + 1, none);
        const bool title_like = num.level == 0 && !is_unnumbered_heading_word(text::strip_spaces(l0.text)) &&
                                !is_list_item(l0.text) && l0.width < 80 &&
                                !is_sentence_end(to_u32(l0.text).back());
        if (!(title_like && j < lines.size() && author_line(lines[j]))) return r;
    }
    for (int guard = 0; guard < 5 && i < lines.size(); ++guard) {
        const Line& l = lines[i];
        const std::u32string s = to_u32(l.text);
        if (is_subtitle(s) && r.header.subtitle.empty()) {
            r.header.subtitle = l.text;   // dashes kept: TEI keeps the characters as printed
        } else if (r.header.title.empty() && heading_numbering(l.text).level == 0 && !is_list_item(l.text) &&
                   !is_sentence_end(s.back()) && !(have_chapter && author_line(l) && !author_line(l)->affiliation.empty())) {
            r.header.title = l.text;
        } else if (auto a = author_line(l); a && r.header.author.empty() && (have_chapter || !r.header.title.empty())) {
            r.header.author = a->name;
            r.header.affiliation = a->affiliation;
            i = next_content(lines, i + 1, none);
            if (r.header.affiliation.empty() && i < lines.size() && is_affiliation(lines[i])) {
                r.header.affiliation = lines[i].text;
                i = next_content(lines, i + 1, none);
            }
            break;
        } else {
            break;
        }
        i = next_content(lines, i + 1, none);
    }
    r.header.span = {lines[first].number, i > first ? lines[i - 1 < lines.size() ? i - 1 : lines.size() - 1].number
                                                    : lines[first].number};
    r.body_start = i;
    return r;
}

bool ends_paragraph(const std::vector<Line>& lines, std::size_t i, const Layout& layout) {
    const Line& l = lines[i];
    switch (layout.signal) {
        case ParagraphSignal::TrailingSpace:
            return l.trailing_space;
        case ParagraphSignal::BlankLine: {
            if (l.trailing_space) return true;
            if (i + 1 >= lines.size() || !lines[i + 1].blank) return false;
            // Blank lines around a page number are the page break, not a paragraph end.
            std::size_t k = i + 1;
            while (k < lines.size() && lines[k].blank) ++k;
            return k >= lines.size() || !lines[k].page_number;
        }
        case ParagraphSignal::ShortLine: {
            const int slack = std::max(4, layout.column_width / 10);
            return l.width < layout.column_width - slack;
        }
    }
    return false;
}

namespace {

// Is lines[i] a heading, given that a new block starts here? `title` is the
// line holding the title when the number stands on a line of its own.
struct HeadingAt {
    int level = 0;
    std::size_t title = SIZE_MAX;          // the title's line, after a number printed apart
    std::size_t number_after = SIZE_MAX;   // the number's line, printed after its title
};

// A report's column is never narrower than about 20 full-width characters;
// tiny texts would otherwise make every line "full".
int column_of(const Layout& layout) { return std::max(layout.column_width, 40); }

bool is_short(const Line& l, int col) { return l.width * 4 <= col * 3; }

// Text under a heading: a full line, or one that closes a sentence.
bool is_body_like(const Line& l, int col) { return !is_short(l, col) || ends_sentence(l); }

// heading.number-only (title part): the line after a lone number is its
// title when it is short, has letters, does not close a sentence and is not
// itself a number, bullet or caption.
bool is_title_for_number(const Line& t, int col) {
    if (t.blank || t.page_number) return false;
    const std::u32string s = to_u32(t.text);
    if (s.empty() || is_sentence_end(s.back()) || !is_short(t, col)) return false;
    return number_only_heading(t.text).rank == 0 && has_title_letters(t.text) && title_has_words(t.text) &&
           !is_formula_line(t.text) && !starts_with_bullet(t.text) &&
           !is_caption_or_source_line(t.text) && !is_list_item(t.text);
}

HeadingAt heading_level_at(const std::vector<Line>& lines, std::size_t i, const Layout& layout,
                           const std::vector<bool>& skip, std::size_t prev_content, const ContentsRegion& toc,
                           const std::vector<std::string>& recurring) {
    const Line& l = lines[i];
    const Numbering num = heading_numbering(l.text);
    if (l.fake_bold) return {num.level ? num.level : 2};
    const std::u32string s = to_u32(l.text);
    if (s.empty()) return {};
    // pdf.outline: a line the PDF's outline names is a heading.
    if (l.geometry && l.geometry->outline_depth > 0 && !is_sentence_end(s.back()) && has_title_letters(l.text))
        return {num.level ? num.level : 2};
    const FontSignal font = font_signal(l);
    if (font == FontSignal::Small) return {};   // heading.font-small
    if (is_caption_or_source_line(l.text) || starts_with_bullet(l.text) || is_ruby_line(l.text) ||
        is_run_in_label(l.text) || is_formula_line(l.text) || is_theorem_label(l.text) ||
        (is_subfigure_label(l.text) && subfigure_labels_at(lines, i)))
        return {};
    const int col = column_of(layout);
    const std::size_t next = next_content(lines, i + 1, skip);
    if (next >= lines.size()) return {};   // the last line of a text is not a heading
    // heading.font-larger: a line set apart by its font (of any width: a two-column
    // page's heading may span both), that closes no sentence and has a word,
    // heads what follows (numbered or not).
    if (font == FontSignal::Heading && !is_sentence_end(s.back()) && has_title_letters(l.text) && title_has_words(l.text) &&
        (!is_list_item(l.text) || is_circled_item(l.text)) && number_only_heading(l.text).rank == 0) {
        const Numbering more = num.rank ? num : extended_numbering(l.text);
        // heading.font-wrapped: the next line of the block in the same size and
        // weight, unnumbered, goes on with the title.
        std::size_t under = next, wrapped = SIZE_MAX;
        const LineGeometry& g = *l.geometry;
        if (next == i + 1 && lines[next].geometry && heading_rank(lines[next].text) == 0 &&
            std::abs(lines[next].geometry->font_size - g.font_size) < 0.05 * g.font_size &&
            lines[next].geometry->bold == g.bold && !ends_sentence(lines[next])) {
            wrapped = next;
            under = next_content(lines, next + 1, skip);
        }
        // heading.font-needs-body: under it stands prose, or a numbered heading
        // (a figure's bold labels stand over more labels).
        const bool body_under = under < lines.size() &&
                                (font_signal(lines[under]) == FontSignal::Body || heading_numbering(lines[under].text).rank > 0);
        if (body_under) return {more.level ? more.level : 2, wrapped};
    }
    // A number printed apart from its title: 2.1 / 背景.
    if (const Numbering alone = number_only_heading(l.text); alone.rank) {
        const Line& t = lines[next];
        if (t.page != l.page || !is_title_for_number(t, col)) return {};
        // A bare number (1, 2 …) is believed only above text or another number.
        if (decimal_depth(s) == 1 && s.size() == text::trim(l.text).size() && alone.rank == 30) {
            const std::size_t after = next_content(lines, next + 1, skip);
            if (after < lines.size() && !is_body_like(lines[after], col) && heading_rank(lines[after].text) == 0)
                return {};
        }
        return {alone.level, next};
    }
    if (is_sentence_end(s.back()) || !has_title_letters(l.text)) return {};
    const Numbering more = num.rank ? num : extended_numbering(l.text);
    const bool circled = more.rank == kCircledHeadingRank;
    if (is_list_item(l.text) && !circled) return {};
    if (more.rank && !circled && more.length < l.text.size() && !title_has_words(std::string_view(l.text).substr(more.length)))
        return {};
    // heading.numbered-long-title: a numbered title may run to nine tenths of the
    // line when a sentence closes above it and prose follows under it.
    const bool long_numbered = more.rank && !circled && l.width * 10 <= col * 9 &&
                               (prev_content == SIZE_MAX || ends_sentence(lines[prev_content]) ||
                                blank_between(lines, prev_content, i)) &&
                               is_body_like(lines[next], col);
    if (!is_short(l, col) && !long_numbered) return {};
    // heading.toc-oracle: a line the table of contents lists is a heading,
    // even glued to its paragraph.
    if (toc.lists(l.text) && !circled) return {more.level ? more.level : 2};
    // heading.circled-short: a short circled line heads text; a run of short
    // circled lines is a list.
    if (circled) return is_circled_item(lines[next].text) ? HeadingAt{} : HeadingAt{more.level};
    if (more.level) return {more.level};
    // heading.number-after-title: the converter put the number after its
    // title ("世界における紛争・暴力" / "1"), with text under the number.
    if (const Numbering alone = number_only_heading(lines[next].text);
        alone.rank && lines[next].page == l.page && blank_between(lines, i, next)) {
        const std::size_t after = next_content(lines, next + 1, skip);
        // text under the number: prose, or a run-in label that opens it ("消極的平和：")
        if (after < lines.size() && (is_body_like(lines[after], col) || is_run_in_label(lines[after].text)))
            return {alone.level, SIZE_MAX, next};
    }
    if (is_unnumbered_heading_word(text::strip_spaces(l.text))) return {2};
    if (is_bracketed_heading(s)) return {2};
    if (std::binary_search(recurring.begin(), recurring.end(), text::strip_spaces(l.text)) && is_body_like(lines[next], col))
        return {3};
    // heading.needs-body: an unnumbered short line is a heading only above
    // text (chart labels and box captions stand above more short lines).
    if (!is_body_like(lines[next], col) && heading_rank(lines[next].text) == 0) return {};
    // An unnumbered short line standing alone between paragraphs.
    switch (layout.signal) {
        case ParagraphSignal::BlankLine:
            return (prev_content == SIZE_MAX || blank_between(lines, prev_content, i)) && blank_between(lines, i, next)
                       ? HeadingAt{2}
                       : HeadingAt{};
        case ParagraphSignal::ShortLine:
            return {2};
        case ParagraphSignal::TrailingSpace:
            return l.trailing_space ? HeadingAt{2} : HeadingAt{};
    }
    return {};
}

}  // namespace

std::vector<Segment> paragraphs_only(const std::vector<Line>& lines) {
    std::vector<Segment> out;
    Segment para{SegmentKind::Paragraph, {}, 0};
    for (std::size_t i = 0; i <= lines.size(); ++i) {
        const bool ends = i == lines.size() || lines[i].blank || lines[i].page_number;
        if (!ends) para.lines.push_back(i);
        if (ends && !para.lines.empty()) {
            out.push_back(std::move(para));
            para = Segment{SegmentKind::Paragraph, {}, 0};
        }
    }
    return out;
}

std::vector<Segment> segment_blocks(const std::vector<Line>& lines, std::size_t body_start, const Layout& layout,
                                    const std::vector<bool>& skip) {
    std::vector<Segment> segments;
    std::size_t prev_content = SIZE_MAX;
    bool in_bibliography = false;
    // Pages from form feeds: furniture between blocks, and a block that opens
    // a page, give a page-break segment. Page 1's furniture before the body
    // (a masthead) opens the body.
    const bool paged = !lines.empty() && lines.front().page > 0;
    Segment page_break{SegmentKind::PageBreak, {}, 0, paged ? 1 : 0};
    for (std::size_t k = 0; paged && k < body_start && k < lines.size(); ++k)
        if (lines[k].page_number && lines[k].furniture != Furniture::MarginLineNumber) page_break.lines.push_back(k);
    bool pending_break = paged;
    const ContentsRegion toc = find_contents(lines, body_start);
    const std::vector<std::string> recurring = recurring_titles(lines, body_start, column_of(layout));
    const int table_column_width = tables::column_width_of(lines, layout);   // once: it looks at every line
    std::size_t i = body_start;
    while (i < lines.size()) {
        const Line& l = lines[i];
        if (l.blank || (!skip.empty() && skip[i])) { ++i; continue; }
        if (l.page_number) {   // between blocks
            if (paged && l.furniture != Furniture::MarginLineNumber) {
                page_break.lines.push_back(i);
                pending_break = true;
            }
            ++i;
            continue;
        }
        if (i >= toc.begin && i < toc.end) {   // the table of contents, whole
            Segment contents{SegmentKind::Contents, {}, 0};
            for (; i < toc.end; ++i)
                if (!lines[i].blank && !lines[i].page_number) contents.lines.push_back(i);
            segments.push_back(std::move(contents));
            continue;
        }
        if (paged && (pending_break || l.page_start)) {
            if (l.page_start) page_break.page = l.page;
            segments.push_back(std::move(page_break));
            page_break = Segment{SegmentKind::PageBreak, {}, 0, 0};
            pending_break = false;
        }
        if (is_bibliography_heading(l.text)) {
            segments.push_back({SegmentKind::BibliographyHeading, {i}, 0});
            in_bibliography = true;
            prev_content = i;
            ++i;
            continue;
        }
        if (in_bibliography) {
            // Until a heading: one entry per work, ending where a paragraph
            // would or at a line that closes a sentence.
            if (l.fake_bold || heading_numbering(l.text).rank > 0 || is_unnumbered_heading_word(text::strip_spaces(l.text))) {
                in_bibliography = false;
            } else {
                Segment entry{SegmentKind::BibliographyEntry, {}, 0};
                std::size_t j = i;
                for (;;) {
                    entry.lines.push_back(j);
                    if (ends_paragraph(lines, j, layout) || ends_sentence(lines[j]) || text::ends_with(lines[j].text, "."))
                        break;
                    std::size_t k = j + 1;
                    while (k < lines.size() && (lines[k].blank || lines[k].page_number)) ++k;
                    if (k >= lines.size() || (!skip.empty() && skip[k]) || lines[k].fake_bold || lines[k].indent) break;
                    j = k;
                }
                segments.push_back(std::move(entry));
                prev_content = j;
                i = j + 1;
                continue;
            }
        }
        if (tables::is_table_caption(l)) {
            std::size_t end = tables::find_table_end(lines, i, layout);
            if (end <= i) end = i + 1;
            Segment seg{SegmentKind::Table, {}, 0};
            for (std::size_t k = i; k < end; ++k) seg.lines.push_back(k);
            segments.push_back(std::move(seg));
            prev_content = end - 1;
            i = end;
            continue;
        }
        // an uncaptioned table: lines [i, end) become one segment of `kind`
        auto take_table = [&](SegmentKind kind, std::size_t end) {
            Segment seg{kind, {}, 0};
            for (std::size_t k = i; k < end; ++k) seg.lines.push_back(k);
            segments.push_back(std::move(seg));
            prev_content = end - 1;
            i = end;
        };
        if (layout.positional)
            if (const std::size_t end = tables::find_positional_block(lines, i, table_column_width); end > i) {
                take_table(SegmentKind::PositionalTable, end);
                continue;
            }
        if (const std::size_t end = tables::find_column_blocks(lines, i, table_column_width); end > i) {
            take_table(SegmentKind::ColumnTable, end);
            continue;
        }
        if (is_section_break(l)) {
            segments.push_back({SegmentKind::SectionBreak, {i}, 0});
            prev_content = i;
            ++i;
            continue;
        }
        // heading.question-under-heading: a question right under a heading
        // is its lead line (どのような紛争が…？), not a heading of its own.
        const bool question_under_heading = !segments.empty() && segments.back().kind == SegmentKind::Heading &&
                                            (text::ends_with(l.text, "？") || text::ends_with(l.text, "?")) &&
                                            heading_rank(l.text) == 0;
        if (const HeadingAt h = question_under_heading ? HeadingAt{} : heading_level_at(lines, i, layout, skip, prev_content, toc, recurring);
            h.level) {
            Segment seg{SegmentKind::Heading, {i}, h.level};
            std::size_t last = i;
            if (h.title != SIZE_MAX) {
                seg.lines.push_back(h.title);
                last = h.title;
            } else if (h.number_after != SIZE_MAX) {
                seg.lines = {h.number_after, i};   // in print order: the number first
                last = h.number_after;
            }
            segments.push_back(std::move(seg));
            prev_content = last;
            i = last + 1;
            continue;
        }
        Segment seg{is_list_item(l.text) ? SegmentKind::ListItem : SegmentKind::Paragraph, {}, 0};
        std::size_t j = i;
        for (;;) {
            seg.lines.push_back(j);
            if (ends_paragraph(lines, j, layout)) break;
            std::size_t k = j + 1;
            std::vector<std::size_t> pages;
            bool skipped_notes = false;
            // Blank lines, page furniture, and footnotes printed at the page's
            // foot lie between a paragraph's last line on one page and its
            // next line on the next page.
            while (k < lines.size() && (lines[k].blank || lines[k].page_number || (!skip.empty() && skip[k]))) {
                // Margin line numbers stand between any two lines: no page break.
                if (lines[k].page_number && lines[k].furniture != Furniture::MarginLineNumber) pages.push_back(k);
                if (!skip.empty() && skip[k] && !lines[k].blank) skipped_notes = true;
                ++k;
            }
            if (k >= lines.size()) break;
            const bool new_page = !pages.empty() || (paged && lines[k].page != lines[j].page);
            if (skipped_notes && !new_page) break;   // notes, not a page break: the text ends here
            const Line& n = lines[k];
            if (n.indent) break;   // an indented line starts a paragraph
            // "1.  " items break a paragraph; circled numbers do not: inline
            // enumerations (①…、②…) wrap onto a line start all the time.
            const bool numbered_item = is_list_item(n.text) && !is_circled_item(n.text);
            if (n.fake_bold || tables::is_table_caption(n) || is_section_break(n) || numbered_item ||
                is_bibliography_heading(n.text))
                break;
            if (layout.signal == ParagraphSignal::BlankLine && !new_page && blank_between(lines, j, k)) break;
            // paragraph.no-words-apart: a line without words after a blank line
            // (a chart value, a stray figure number) does not continue a sentence.
            if (!new_page && blank_between(lines, j, k) && !has_letter(n.text)) break;
            // A full line that ends a sentence, then a line that would be a
            // heading: the paragraph ended even though the line was full.
            if (ends_sentence(lines[j]) && heading_level_at(lines, k, layout, skip, j, toc, recurring).level > 0) break;
            if (toc.lists(n.text) && heading_level_at(lines, k, layout, skip, j, toc, recurring).level > 0) break;
            // A heading number on a line of its own, with its title under it.
            if (number_only_heading(n.text).rank && heading_level_at(lines, k, layout, skip, j, toc, recurring).title != SIZE_MAX) break;
            // A table printed column by column may follow its lead-in line directly (例：/ 項目 …).
            if (tables::find_column_blocks(lines, k, table_column_width) > k) break;
            if (layout.positional && tables::find_positional_block(lines, k, table_column_width) > k) break;
            for (std::size_t p : pages) seg.lines.push_back(p);
            j = k;
        }
        prev_content = j;
        i = j + 1;
        segments.push_back(std::move(seg));
    }
    if (paged && !page_break.lines.empty()) segments.push_back(std::move(page_break));
    assign_heading_levels(segments, lines);
    return segments;
}

}  // namespace shiryo::segment
