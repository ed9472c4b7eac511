// The title page of a text with pages (form feeds): what stands on page 1
// before the body. Every line of it is kept (TEI front/titlePage); the
// title, subtitle, chapter and author are also read into the header.
//
//   header.title-page.block    page 1's lines up to the first heading, sentence, or paragraph
//                              (two wide lines of about the same width in a row)
//   header.date-line           a year with 年/月/日 or 年度, or an ISO date: docDate
//   header.masthead            a line of full-width Latin letters and digits (ＦＰＣ ＮＥＷＳ): not a title
//   header.person-name         2–6 CJK characters (one space allowed), or 2–4 capitalised Latin words
//   header.organisation        a short line ending with an organisation word (会議, 省, チーム …)
//   header.affiliation         a line ending with a school or a post (大学, 学部, 講師 …)
//   header.title               the widest line that is none of these; a narrower line right under it
//                              (no blank line between) continues it; a bracketed line under it is the subtitle
//   header.chapter             第N章 before the title, on its own line or before the title on the same line;
//                              when page 1 holds no title but furniture, 第N章 furniture and the line under it
//   header.author              the first person after the title, else the first organisation
//   header.title-largest-font  (PDF) the title-shaped line in the largest font, larger than the prose and
//                              not framed by dashes (－コラム－), is the title; a line in another size does not continue it
//   header.block-font          (PDF) two wide lines in different font sizes are not a paragraph
//   header.affiliation-and-name  a school or post, a space and a person on one line: affiliation and author
#include <algorithm>
#include <cstdlib>

#include "segment/segment.hpp"
#include "text/unicode.hpp"

namespace shiryo::segment {

namespace {

using text::to_u32;

constexpr std::size_t kMaxBlockLines = 16;   // a title block is short
constexpr int kParagraphWidth = 30;          // two lines this wide, of about one width, are a paragraph
constexpr int kMaxNameLetters = 6;
constexpr std::size_t kMaxOrganisationLetters = 14;
constexpr std::size_t kMaxAffiliationLetters = 30;

// Words that end the name of an organisation, and of a school or post.
// (To move into data/lexicon/ with the other word lists.)
constexpr std::u32string_view kOrganisationEnds[] = {U"会議", U"チーム", U"省", U"庁", U"府", U"委員会", U"本部",
                                                     U"協会", U"機構", U"財団", U"研究会", U"事務局", U"学会"};
constexpr std::u32string_view kAffiliationEnds[] = {U"大学", U"学部", U"学科", U"研究科", U"研究所", U"センター",
                                                    U"教授", U"准教授", U"講師", U"研究員", U"所長", U"助教",
                                                    U"系", U"専攻", U"課程", U"フェロー"};

template <std::size_t N>
bool ends_with_any(const std::u32string& s, const std::u32string_view (&words)[N]) {
    for (std::u32string_view w : words)
        if (s.size() >= w.size() && std::u32string_view(s).substr(s.size() - w.size()) == w) return true;
    return false;
}

std::u32string core_of(const Line& l) {
    std::u32string s;
    for (char32_t c : to_u32(l.text))
        if (c != U' ' && c != 0x3000) s.push_back(c);
    return s;
}

bool is_cjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005;
}

bool is_date_line(const std::u32string& s) {
    std::size_t digits = 0;
    bool year = false, month = false;
    for (char32_t c : s) {
        if (text::is_digit_any(c)) ++digits;
        if (c == U'年') year = year || digits > 0;
        if (c == U'月' || c == U'日') month = month || digits > 0;
    }
    if (year && (month || s.find(U"年度") != std::u32string::npos)) return true;
    // 2023-05-23, 2023‑05‑23 (non-breaking hyphens), 2023/5/23
    std::size_t run = 0, groups = 0;
    for (char32_t c : s) {
        if (text::is_digit_any(c)) { ++run; continue; }
        if (run > 0 && (c == U'-' || c == U'‑' || c == U'/' || c == U'.' || c == U'－')) ++groups;
        run = 0;
    }
    return groups >= 2 && digits >= 6 && digits + groups + 2 >= s.size();
}

bool is_masthead(const std::u32string& s) {
    std::size_t wide_latin = 0, other = 0;
    for (char32_t c : s) {
        if ((c >= U'Ａ' && c <= U'ｚ') || (c >= U'０' && c <= U'９') || c == U'．' || c == U'●') ++wide_latin;
        else ++other;
    }
    return wide_latin >= 3 && wide_latin >= 3 * other;
}

bool is_latin_name(const Line& l) {
    int words = 0;
    bool at_start = true;
    for (char32_t c : to_u32(l.text)) {
        if (c == U' ') { at_start = true; continue; }
        const bool upper = c >= U'A' && c <= U'Z';
        const bool lower = (c >= U'a' && c <= U'z') || c == U'.' || c == U'-';
        if (!upper && !lower) return false;
        if (at_start && !upper) return false;
        if (at_start) ++words;
        at_start = false;
    }
    return words >= 2 && words <= 4;
}

bool is_person_name(const std::u32string& core, const Line& l) {
    std::size_t cjk = 0;
    for (char32_t c : core) {
        if (!(is_cjk(c) || c == U'・')) return is_latin_name(l);
        ++cjk;
    }
    const auto spaces = std::count(l.text.begin(), l.text.end(), ' ') + (l.text.find("\xE3\x80\x80") != std::string::npos);
    return cjk >= 2 && static_cast<int>(cjk) <= kMaxNameLetters && spaces <= 1;
}

bool is_dash(char32_t c) { return c == U'－' || c == U'-' || c == U'―' || c == U'—' || c == U'─' || c == U'〜' || c == U'～'; }

bool is_bracketed(const std::u32string& s) {
    return s.size() >= 2 && ((s.front() == U'（' && s.back() == U'）') || (s.front() == U'(' && s.back() == U')'));
}

// What a title-block line is, before the title is chosen.
enum class Shape { Title, Date, Other, Bracketed, Person, Organisation, Affiliation, AffiliationAndName };

Shape shape_of(const Line& l);

// header.affiliation-and-name: "チェコ・カレル大学社会学部講師 細田尚志" on one line (a PDF
// row): a school or post, a space, then a person.
bool split_affiliation_name(const Line& l, std::string& affiliation, std::string& name) {
    const std::string& t = l.text;
    std::size_t cut = t.rfind(' '), skip = 1;
    const std::size_t wide = t.rfind("\xE3\x80\x80");
    if (wide != std::string::npos && (cut == std::string::npos || wide > cut)) cut = wide, skip = 3;
    if (cut == std::string::npos || cut == 0) return false;
    Line before = l, after = l;
    before.text = std::string(text::trim(std::string_view(t).substr(0, cut)));
    after.text = std::string(text::trim(std::string_view(t).substr(cut + skip)));
    if (before.text.empty() || after.text.empty()) return false;
    before.width = after.width = 0;
    if (shape_of(before) != Shape::Affiliation || shape_of(after) != Shape::Person) return false;
    affiliation = before.text, name = after.text;
    return true;
}

Shape shape_of(const Line& l) {
    const std::u32string s = core_of(l);
    // (NFKC: a date printed with CJK radicals, 2023 年 5 ⽉２６⽇, is still a date)
    if (is_date_line(to_u32(text::nfkc(text::to_utf8(s))))) return Shape::Date;
    if (s.size() <= 2 || is_masthead(s) || text::parse_number(text::strip_spaces(l.text)) >= 0) return Shape::Other;
    if (is_bracketed(s)) return Shape::Bracketed;
    // A school or post (国際商学部) before a person: both are a few kanji.
    if (s.size() <= kMaxAffiliationLetters && ends_with_any(s, kAffiliationEnds)) return Shape::Affiliation;
    if (is_person_name(s, l)) return Shape::Person;
    if (s.size() <= kMaxOrganisationLetters && ends_with_any(s, kOrganisationEnds)) return Shape::Organisation;
    std::string affiliation, name;
    if (split_affiliation_name(l, affiliation, name)) return Shape::AffiliationAndName;
    return Shape::Title;
}

// A sentence ends with 。, or with ． after a Japanese word ("ｖｏｌ．" is an abbreviation).
bool ends_sentence(const Line& l) {
    const std::u32string s = to_u32(l.text);
    if (s.empty()) return false;
    if (s.back() == U'。') return true;
    return s.back() == U'．' && s.size() >= 2 && is_cjk(s[s.size() - 2]);
}

// header.title-page.block: indices of page 1's content lines before the body.
std::vector<std::size_t> title_block(const std::vector<Line>& lines, std::size_t& body_start) {
    std::vector<std::size_t> block;
    std::size_t i = 0;
    for (; i < lines.size() && lines[i].page <= 1 && block.size() < kMaxBlockLines; ++i) {
        const Line& l = lines[i];
        if (l.blank) continue;
        // header.title-from-running-head: page 1's line that later pages repeat as their
        // running head is read with the title block (the title is often repeated so).
        if (l.page_number && l.furniture != Furniture::RunningHead) continue;
        if (heading_numbering(l.text).rank > 0 && heading_numbering(l.text).rank != 10) break;
        if (is_unnumbered_heading_word(text::strip_spaces(l.text)) || ends_sentence(l)) break;
        if (is_contents_heading(l.text)) break;  // a contents page is not the title page
        std::size_t next = i + 1;
        while (next < lines.size() && lines[next].page <= 1 && (lines[next].blank || lines[next].page_number)) ++next;
        // (lines of a paragraph follow each other; a blank line between them parts a title block's lines)
        // (a masthead or a date line of about the same width is not a paragraph's line)
        // (header.block-font: with geometry, a paragraph's lines share their font size)
        const bool same_font = !l.geometry || !lines[next].geometry ||
                               std::abs(l.geometry->font_size - lines[next].geometry->font_size) < 0.05 * l.geometry->font_size;
        const bool paragraph = next < lines.size() && lines[next].page <= 1 && l.width >= kParagraphWidth && same_font &&
                               std::abs(lines[next].width - l.width) * 10 <= l.width && shape_of(l) == Shape::Title &&
                               shape_of(lines[next]) == Shape::Title;
        if (paragraph) break;
        block.push_back(i);
    }
    body_start = block.empty() ? 0 : block.back() + 1;
    while (body_start < lines.size() && lines[body_start].page <= 1 &&
           (lines[body_start].blank || lines[body_start].page_number) && body_start <= i)
        ++body_start;
    return block;
}

// header.chapter-from-furniture: 第N章 among page 1's furniture and the line under it.
void chapter_from_furniture(const std::vector<Line>& lines, HeaderResult& r) {
    for (std::size_t i = 0; i < lines.size() && lines[i].page <= 1; ++i) {
        if (!lines[i].page_number || lines[i].furniture == Furniture::PageNumber) continue;
        const Numbering num = heading_numbering(lines[i].text);
        if (num.rank != 10 || lines[i].text.find("章") == std::string::npos) continue;
        std::size_t k = i + 1;
        while (k < lines.size() && lines[k].blank) ++k;
        const std::string rest(text::trim(std::string_view(lines[i].text).substr(num.length)));
        r.header.chapter = std::string(text::trim(std::string_view(lines[i].text).substr(0, num.length)));
        r.header.title = !rest.empty() ? rest : (k < lines.size() && lines[k].page <= 1 ? lines[k].text : "");
        return;
    }
}

}  // namespace

HeaderResult detect_title_page(const std::vector<Line>& lines) {
    HeaderResult r;
    const std::vector<std::size_t> block = title_block(lines, r.body_start);
    std::vector<Shape> shapes;
    for (std::size_t i : block) shapes.push_back(shape_of(lines[i]));
    // header.title-above-author: the title-shaped line nearest above the first
    // person (over their affiliation, the date or a bracketed line);
    // header.title: else the widest title-shaped line.
    std::size_t title = SIZE_MAX;
    const auto person = std::find(shapes.begin(), shapes.end(), Shape::Person);
    for (std::size_t k = static_cast<std::size_t>(person - shapes.begin()); person != shapes.end() && k-- > 0;) {
        if (shapes[k] == Shape::Title) {
            title = k;
            // a title wrapped onto two lines: take its first line
            if (k > 0 && shapes[k - 1] == Shape::Title && block[k - 1] + 1 == block[k] &&
                lines[block[k]].width < lines[block[k - 1]].width)
                title = k - 1;
            break;
        }
        if (shapes[k] != Shape::Affiliation && shapes[k] != Shape::Date && shapes[k] != Shape::Bracketed) break;
    }
    // header.title-largest-font: with geometry, the title-shaped line set in the
    // largest font, when that is larger than the prose, is the title.
    {
        std::size_t big = SIZE_MAX;
        for (std::size_t k = 0; k < block.size(); ++k) {
            const Line& l = lines[block[k]];
            if (shapes[k] != Shape::Title || !l.geometry || l.geometry->body_size <= 0 || l.page_number) continue;
            const std::u32string c = core_of(l);
            if (is_dash(c.front()) && is_dash(c.back())) continue;   // －コラム－: a genre label
            if (l.geometry->font_size >= 1.12 * l.geometry->body_size &&
                (big == SIZE_MAX || l.geometry->font_size > lines[block[big]].geometry->font_size + 0.05))
                big = k;
        }
        // (of several lines in that size, the one over the author stays the title)
        const bool tie = title != SIZE_MAX && big != SIZE_MAX && lines[block[title]].geometry &&
                         std::abs(lines[block[title]].geometry->font_size - lines[block[big]].geometry->font_size) < 0.05;
        if (big != SIZE_MAX && !tie) title = big;
    }
    // (a running head is the title only when the page prints no other)
    for (const bool furniture : {false, true}) {
        if (title != SIZE_MAX) break;
        for (std::size_t k = 0; k < block.size(); ++k)
            if (shapes[k] == Shape::Title && lines[block[k]].page_number == furniture &&
                (title == SIZE_MAX || lines[block[k]].width > lines[block[title]].width))
                title = k;
    }
    std::vector<TitlePart> parts(block.size(), TitlePart::Other);
    for (std::size_t k = 0; k < block.size(); ++k) {
        if (shapes[k] == Shape::Date) parts[k] = TitlePart::Date;
        if (shapes[k] == Shape::Affiliation || shapes[k] == Shape::Organisation || shapes[k] == Shape::Bracketed)
            parts[k] = TitlePart::Byline;
    }
    if (title != SIZE_MAX) {
        const Line& t = lines[block[title]];
        const Numbering num = heading_numbering(t.text);
        if (num.rank == 10 && num.length < t.text.size()) {   // 第3章 タイトル on one line
            r.header.chapter = std::string(text::trim(std::string_view(t.text).substr(0, num.length)));
            r.header.title = std::string(text::trim(std::string_view(t.text).substr(num.length)));
        } else {
            r.header.title = t.text;
        }
        parts[title] = TitlePart::Title;
        std::size_t last = title;
        // A narrower title-shaped line right under it, no blank line between: the title wraps.
        // So does a word of one or two characters after a title that stops on a particle (…の / 開発).
        const std::u32string title_text = to_u32(t.text);
        const bool open_end = !title_text.empty() && title_text.back() >= 0x3041 && title_text.back() <= 0x309F;
        const auto short_word = [&](std::size_t k) {
            const std::u32string c = core_of(lines[block[k]]);
            return !c.empty() && c.size() <= 2 && std::all_of(c.begin(), c.end(), is_cjk);
        };
        // (with geometry: a line in another font size is not the title's second line)
        const auto same_size = [&](std::size_t k) {
            const Line& n = lines[block[k]];
            return !t.geometry || !n.geometry || std::abs(n.geometry->font_size - t.geometry->font_size) < 0.05 * t.geometry->font_size;
        };
        if (title + 1 < block.size() && block[title + 1] == block[title] + 1 && same_size(title + 1) &&
            (shapes[title + 1] == Shape::Title || (open_end && short_word(title + 1))) &&
            lines[block[title + 1]].width < t.width) {
            r.header.title += lines[block[title + 1]].text;
            parts[++last] = TitlePart::Title;
        }
        if (last + 1 < block.size() && (shapes[last + 1] == Shape::Bracketed || shapes[last + 1] == Shape::Title) &&
            lines[block[last + 1]].width < t.width) {
            r.header.subtitle = lines[block[last + 1]].text;
            parts[last + 1] = TitlePart::Subtitle;
        }
        // the nearest 第N章 above the title (a 第N部 further up names the part)
        for (std::size_t k = title; k-- > 0 && r.header.chapter.empty();)
            if (heading_numbering(lines[block[k]].text).rank == 10) {
                r.header.chapter = lines[block[k]].text;
                parts[k] = TitlePart::Chapter;
            }
        // header.affiliation-and-name: a school or post and a person on one line.
        const bool person_after = std::find(shapes.begin() + static_cast<long>(last) + 1, shapes.end(), Shape::Person) != shapes.end();
        for (std::size_t k = last + 1; k < block.size() && r.header.author.empty() && !person_after; ++k) {
            std::string affiliation, name;
            if (shapes[k] == Shape::AffiliationAndName && split_affiliation_name(lines[block[k]], affiliation, name)) {
                r.header.author = name;
                r.header.affiliation = affiliation;
                parts[k] = TitlePart::Author;
            }
        }
        // header.author: the first person after the title, else the first organisation.
        for (Shape want : {Shape::Person, Shape::Organisation}) {
            for (std::size_t k = last + 1; k < block.size() && r.header.author.empty(); ++k)
                if (shapes[k] == want) {
                    r.header.author = lines[block[k]].text;
                    parts[k] = TitlePart::Author;
                    if (k > 0 && shapes[k - 1] == Shape::Affiliation && k - 1 > last)
                        r.header.affiliation = lines[block[k - 1]].text;
                    else if (k + 1 < block.size() && shapes[k + 1] == Shape::Affiliation)
                        r.header.affiliation = lines[block[k + 1]].text;
                }
        }
    } else {
        chapter_from_furniture(lines, r);
    }
    for (std::size_t k = 0; k < block.size(); ++k) r.header.title_page.push_back({parts[k], lines[block[k]].text, lines[block[k]].number});
    if (!block.empty()) r.header.span = {lines[block.front()].number, lines[block.back()].number};
    return r;
}

}  // namespace shiryo::segment
