// Pages and their furniture, for texts whose converter marked every page
// with a form feed (pdftotext does). With the page boundaries known, page
// furniture is only ever at a page's edge:
//
//   form-feed.page-break      a form feed opens a page (TEI pb); it is removed
//   xml.forbidden-character   a character XML 1.0 forbids is removed and counted
//   page.margin-line-numbers  lone numbers 1, 2, 3 … running down a page, on several pages
//   page.number-at-edge       a page-number line among a page's first or last lines
//   page.running-head         a short line at a page's top repeated at the top of other pages
//   page.running-foot         the same at the foot
//
// A lone number in the middle of a page is content; so is a line repeated
// on two pages away from their edges.
#include <algorithm>
#include <map>
#include <set>

#include <unicode/uchar.h>

#include "normalise/normalise.hpp"
#include "text/unicode.hpp"

namespace shiryo::normalise {

namespace {

// How many content lines at each edge of a page may hold furniture.
constexpr std::size_t kEdgeLinesForNumber = 2;
constexpr std::size_t kEdgeLinesForRunning = 3;
// A running head is short; a line as wide as a full text line is prose.
constexpr int kMaxRunningWidth = 90;
// A running head repeats on this many pages (two suffice in a text of a few pages).
constexpr std::size_t kMinRunningPages = 3;
constexpr std::size_t kFewPages = 3;
// Margin line numbers: at least this long a run 1..k on a page, on at least two pages.
constexpr int kMinMarginRun = 10;
constexpr int kMinMarginPages = 2;
// Roman page numbers of front matter: i … xxx is enough.
constexpr int kMaxRoman = 30;

bool is_forbidden_in_xml(char32_t c) {
    if (c == U'\t') return false;
    if (c < 0x20) return true;                   // C0 controls (LF/CR are line ends already)
    if (c >= 0x7F && c <= 0x9F) return true;     // DEL and C1 controls: allowed by XML 1.0, but never text
    return c == 0xFFFE || c == 0xFFFF;
}

// Value of a lower- or upper-case Roman numeral ("iv" = 4), 0 if not one.
int roman_value(std::u32string_view s) {
    if (s.empty() || s.size() > 6) return 0;
    auto digit = [](char32_t c) {
        switch (c | 0x20) {
            case U'i': return 1;
            case U'v': return 5;
            case U'x': return 10;
            case U'l': return 50;
            default: return 0;
        }
    };
    const bool lower = s[0] >= U'a';
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int v = digit(s[i]);
        if (v == 0 || (s[i] >= U'a') != lower) return 0;
        const int next = i + 1 < s.size() ? digit(s[i + 1]) : 0;
        total += next > v ? -v : v;
    }
    return total > 0 && total <= kMaxRoman ? total : 0;
}

struct PageLabel {
    bool is_label = false;
    bool decorated = false;   // "- 3 -": never content
    bool roman = false;
    long value = 0;
};

// A page-number line: digits (ASCII or full width), "- 3 -", or a Roman numeral.
PageLabel page_label_of(std::string_view trimmed) {
    PageLabel out;
    if (!is_page_number_text(trimmed)) {
        const int r = roman_value(text::to_u32(trimmed));
        if (r > 0) out = {true, false, true, r};
        return out;
    }
    const std::u32string s = text::to_u32(trimmed);
    out.is_label = true;
    out.decorated = !s.empty() && !text::is_digit_any(s.front());
    long v = 0;
    for (char32_t c : s)
        if (text::is_digit_any(c)) v = v * 10 + text::digit_value(c);
    out.value = v;
    return out;
}

// A running head says something: two letters at least (a lone bracket,
// bullet or number repeated at page edges is not a head).
bool has_two_letters(std::string_view key) {
    int letters = 0;
    for (char32_t c : text::to_u32(key)) letters += u_isalpha(static_cast<UChar32>(c)) ? 1 : 0;
    return letters >= 2;
}

// A running line's identity across pages: spaces removed, digits as one
// placeholder ("第 3 章" and "第 4 章" are the same head).
// page.running-key: the text that must repeat; digits at either end (a page
// number printed inside the head) may differ, digits inside ("第1章") may not.
std::string running_key(std::string_view t) {
    std::u32string u;
    for (char32_t c : text::to_u32(t))
        if (c != U' ' && c != U'\t' && c != 0x3000) u += c;
    std::size_t a = 0, b = u.size();
    while (a < b && text::is_digit_any(u[a])) ++a;
    while (b > a && text::is_digit_any(u[b - 1])) --b;
    std::string key = a > 0 ? "#" : "";
    key += text::to_utf8(u.substr(a, b - a));
    if (b < u.size()) key += "#";
    return key;
}

using Page = std::vector<std::size_t>;   // indices of a page's content lines, in order

std::vector<Page> content_lines_by_page(const std::vector<Line>& lines) {
    std::vector<Page> pages;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.page <= 0) continue;
        if (static_cast<std::size_t>(l.page) > pages.size()) pages.resize(static_cast<std::size_t>(l.page));
        if (!l.blank && l.furniture == Furniture::None) pages[static_cast<std::size_t>(l.page - 1)].push_back(i);
    }
    return pages;
}

void mark(Line& l, Furniture f, ArtefactKind kind, std::vector<Artefact>& artefacts) {
    l.furniture = f;
    l.page_number = true;
    l.running_header = f == Furniture::RunningHead || f == Furniture::RunningFoot;
    artefacts.push_back({kind, l.number, l.text});
}

// page.margin-line-numbers
void mark_margin_line_numbers(std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
    std::vector<std::vector<std::size_t>> runs;
    for (const Page& page : content_lines_by_page(lines)) {
        std::vector<std::size_t> run;
        long expected = 1;
        for (std::size_t i : page) {
            const std::string_view t = lines[i].text;
            if (t.size() > 4 || t.empty() || !text::is_digit_any(text::to_u32(t).front())) continue;
            if (text::parse_number(t) == expected) {
                run.push_back(i);
                ++expected;
            }
        }
        if (static_cast<int>(run.size()) >= kMinMarginRun) runs.push_back(std::move(run));
    }
    if (static_cast<int>(runs.size()) < kMinMarginPages) return;
    for (const auto& run : runs)
        for (std::size_t i : run) mark(lines[i], Furniture::MarginLineNumber, ArtefactKind::MarginLineNumber, artefacts);
}

// The edge positions of a page, nearest the edge first: last lines, then first lines.
std::vector<std::size_t> edge_lines(const Page& page, std::size_t per_edge) {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < per_edge && k < page.size(); ++k) out.push_back(page[page.size() - 1 - k]);
    for (std::size_t k = 0; k < per_edge && k < page.size(); ++k)
        if (std::find(out.begin(), out.end(), page[k]) == out.end()) out.push_back(page[k]);
    return out;
}

// page.number-at-edge: one per page. A plain number on the last line is a
// page number; elsewhere at an edge it must agree with another page's
// number (the same offset from the page index), so a heading number "1"
// at the top of a page is not taken.
void mark_page_numbers(std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
    const std::vector<Page> pages = content_lines_by_page(lines);
    struct Candidate {
        std::size_t line;
        std::size_t page;
        PageLabel label;
        bool last;
    };
    std::vector<Candidate> found;
    // Offsets (printed number minus page index) shared by two pages make a
    // sequence; Roman and Arabic numbers run separately.
    std::map<std::pair<bool, long>, int> offsets;
    auto offset_of = [](const Candidate& c) { return std::make_pair(c.label.roman, c.label.value - static_cast<long>(c.page)); };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (std::size_t i : edge_lines(pages[p], kEdgeLinesForNumber)) {
            const PageLabel label = page_label_of(text::trim(lines[i].text));
            if (!label.is_label) continue;
            found.push_back({i, p, label, i == pages[p].back()});
            ++offsets[offset_of(found.back())];
        }
    }
    std::set<std::size_t> numbered;
    std::vector<std::string> labels(pages.size());
    // First the numbers in a sequence, then on pages still without one a
    // decorated number or a plain one on the last line.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Candidate& c : found) {
            if (numbered.count(c.page)) continue;
            const bool agrees = offsets[offset_of(c)] >= 2;
            if (pass == 0 ? !agrees : !(c.last || c.label.decorated)) continue;
            mark(lines[c.line], Furniture::PageNumber, ArtefactKind::PageNumber, artefacts);
            numbered.insert(c.page);
            labels[c.page] = std::string(text::trim(lines[c.line].text));
        }
    }
    for (Line& l : lines)
        if (l.page > 0) l.page_label = labels[static_cast<std::size_t>(l.page - 1)];
}

// page.running-head / page.running-foot
void mark_running_lines(std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
    const std::vector<Page> pages = content_lines_by_page(lines);
    // (edge, key) -> (line, rank from the edge); edge 0 = top, 1 = foot.
    std::map<std::pair<int, std::string>, std::vector<std::pair<std::size_t, std::size_t>>> seen;
    for (const Page& page : pages) {
        for (std::size_t k = 0; k < page.size() && k < kEdgeLinesForRunning; ++k) {
            const std::size_t top = page[k], foot = page[page.size() - 1 - k];
            if (lines[top].width <= kMaxRunningWidth) seen[{0, running_key(lines[top].text)}].push_back({top, k});
            if (foot != top && lines[foot].width <= kMaxRunningWidth)
                seen[{1, running_key(lines[foot].text)}].push_back({foot, k});
        }
    }
    const std::size_t min_pages = pages.size() <= kFewPages ? 2 : kMinRunningPages;
    std::map<std::size_t, int> proven;   // line -> edges where its text is proven to repeat (1 top, 2 foot)
    for (const auto& [where, placed] : seen) {
        // page.running-same-rank: the line repeats at one rank from the edge on
        // enough pages (a subheading that falls near the foot now and then moves).
        std::map<std::size_t, std::set<int>> pages_at_rank;
        std::vector<std::size_t> found;
        for (const auto& [i, rank] : placed) {
            pages_at_rank[rank].insert(lines[i].page);
            found.push_back(i);
        }
        std::size_t best = 0;
        for (const auto& [rank, on] : pages_at_rank) best = std::max(best, on.size());
        if (best < min_pages || !has_two_letters(where.second)) continue;
        for (std::size_t i : found) proven[i] |= where.first == 0 ? 1 : 2;
    }
    // page.running-at-edge: only prose-free lines stand between a running line
    // and its page's edge; a repeated subheading with body text under it is text.
    for (const Page& page : pages) {
        const std::size_t edge = std::min(page.size(), kEdgeLinesForRunning);
        for (std::size_t k = 0; k < edge && proven.count(page[k]) && (proven[page[k]] & 1); ++k)
            if (lines[page[k]].furniture == Furniture::None)
                mark(lines[page[k]], Furniture::RunningHead, ArtefactKind::RunningHeader, artefacts);
        for (std::size_t k = 0; k < edge; ++k) {
            const std::size_t i = page[page.size() - 1 - k];
            if (!proven.count(i) || !(proven[i] & 2)) break;
            if (lines[i].furniture == Furniture::None)
                mark(lines[i], Furniture::RunningFoot, ArtefactKind::RunningFooter, artefacts);
        }
    }
}

}  // namespace

std::string remove_forbidden_characters(std::string_view line, int number, bool& form_feed,
                                        std::vector<Artefact>& artefacts) {
    std::string out;
    std::string removed;
    out.reserve(line.size());
    const std::u32string cps = text::to_u32(line);
    for (char32_t c : cps) {
        if (c == U'\f') {
            form_feed = true;
            artefacts.push_back({ArtefactKind::FormFeed, number, "\f"});
        } else if (is_forbidden_in_xml(c)) {
            removed += text::to_utf8(c);
        } else {
            out += text::to_utf8(c);
        }
    }
    if (!removed.empty()) artefacts.push_back({ArtefactKind::ControlCharacter, number, removed});
    return out;
}

bool needs_cleaning(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7F) return true;
        const auto next = i + 1 < line.size() ? static_cast<unsigned char>(line[i + 1]) : 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return true;   // C1 controls
        if (c == 0xEF && next == 0xBF && i + 2 < line.size() && (static_cast<unsigned char>(line[i + 2]) & 0xFE) == 0xBE)
            return true;                                               // U+FFFE, U+FFFF
    }
    return false;
}

void assign_pages(std::vector<Line>& lines, const std::vector<bool>& form_feed_at) {
    int page = 1;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i < form_feed_at.size() && form_feed_at[i] && i > 0) ++page;
        lines[i].page = page;
    }
}

void mark_page_furniture(std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
    mark_margin_line_numbers(lines, artefacts);
    mark_page_numbers(lines, artefacts);
    mark_running_lines(lines, artefacts);
    // The page's text starts at its first line that is not furniture.
    int open = 1;
    for (Line& l : lines) {
        if (l.page > open && !l.blank && l.furniture == Furniture::None) {
            l.page_start = true;
            open = l.page;
        }
    }
}

}  // namespace shiryo::normalise
