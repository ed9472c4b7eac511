#include "normalise/normalise.hpp"

#include <unicode/uchar.h>
#include <algorithm>
#include <map>

#include "text/unicode.hpp"

namespace shiryo::normalise {

using text::to_u32;
using text::to_utf8;

namespace {

constexpr std::size_t kMaxRun = 200;          // longest bold run we look for (code points)
constexpr std::size_t kMaxBoldLine = 8000;    // longer lines are never headings

// Does s[i, i+L) repeat four times from i?
bool repeats_four_times(const std::u32string& s, std::size_t i, std::size_t len) {
    if (i + 4 * len > s.size()) return false;
    // Cheap filter on the first character before the full comparison.
    if (s[i + len] != s[i] || s[i + 2 * len] != s[i] || s[i + 3 * len] != s[i]) return false;
    for (std::size_t k = 1; k < 4; ++k)
        if (s.compare(i + k * len, len, s, i, len) != 0) return false;
    return true;
}

// Shortest run length that repeats four times at i, or 0.
std::size_t shortest_quadruple(const std::u32string& s, std::size_t i) {
    const std::size_t max_len = std::min(kMaxRun, (s.size() - i) / 4);
    for (std::size_t len = 1; len <= max_len; ++len)
        if (repeats_four_times(s, i, len)) return len;
    return 0;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }

}  // namespace

bool collapse_fake_bold_line(std::string_view line, std::string& out) {
    out.clear();
    const std::u32string s = to_u32(line);
    if (s.size() < 4 || s.size() > kMaxBoldLine) return false;
    std::u32string collapsed;
    std::size_t covered = 0, uncovered = 0;
    bool has_long_run = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t len = shortest_quadruple(s, i);
        if (len == 0) {
            if (!is_space(s[i])) ++uncovered;
            collapsed.push_back(s[i]);
            ++i;
            continue;
        }
        bool run_has_text = false;
        for (std::size_t k = 0; k < len; ++k)
            if (!is_space(s[i + k])) { covered += 4; run_has_text = true; }
        if (len >= 2 && run_has_text) {
            // A run of one repeated character ("――") is no proof of bold.
            bool all_same = std::all_of(s.begin() + static_cast<long>(i), s.begin() + static_cast<long>(i + len),
                                        [&](char32_t c) { return c == s[i]; });
            if (!all_same) has_long_run = true;
        }
        collapsed.append(s, i, len);
        i += 4 * len;
    }
    // Trailing spaces of a bold line are printed four times as well; a
    // remainder of fewer than four is layout and is dropped by the caller.
    // Converters sometimes leave a short piece unbolded ("４．４．４．４．9.11事件…"),
    // so allow a little uncovered text; ordinary prose has almost no runs.
    if (!has_long_run || covered < 8) return false;
    if (uncovered * 6 > covered) return false;
    out = to_utf8(collapsed);
    return true;
}

std::string collapse_bold_markers(std::string_view line, std::vector<ByteRange>& bold) {
    const std::u32string s = to_u32(line);
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    // byte offset bookkeeping: we rebuild UTF-8 at the end, so track ranges in code points
    std::vector<std::pair<std::size_t, std::size_t>> cp_ranges;
    while (i < s.size()) {
        const char32_t open = s[i];
        const bool is_open = open == U'（' || open == U'(';
        if (is_open && i + 4 <= s.size() && repeats_four_times(s, i, 1)) {
            const char32_t close = open == U'（' ? U'）' : U')';
            std::size_t j = i + 4;
            std::size_t k = j;
            while (k < s.size() && s[k] != close && (k - j) < 64) ++k;
            const std::size_t inner = k - j;
            if (k < s.size() && s[k] == close && inner >= 4 && inner % 4 == 0 && repeats_four_times(s, k, 1) &&
                repeats_four_times(s, j, inner / 4)) {
                const std::size_t begin = out.size();
                out.push_back(open);
                out.append(s, j, inner / 4);
                out.push_back(close);
                cp_ranges.emplace_back(begin, out.size());
                i = k + 4;
                continue;
            }
        }
        out.push_back(s[i]);
        ++i;
    }
    // Convert code-point ranges to byte ranges.
    std::string utf8;
    std::size_t range_index = 0;
    std::size_t open_byte = 0;
    for (std::size_t cp = 0; cp <= out.size(); ++cp) {
        if (range_index < cp_ranges.size()) {
            if (cp == cp_ranges[range_index].first) open_byte = utf8.size();
            if (cp == cp_ranges[range_index].second) {
                bold.push_back({open_byte, utf8.size()});
                ++range_index;
                if (range_index < cp_ranges.size() && cp == cp_ranges[range_index].first) open_byte = utf8.size();
            }
        }
        if (cp < out.size()) utf8 += to_utf8(out[cp]);
    }
    return utf8;
}

bool is_page_number_text(std::string_view trimmed) {
    // Decorated forms: "- 12 -", "― 12 ―", "－12－": the same dash on both sides.
    auto is_page_dash = [](char32_t c) { return c == U'-' || c == U'－' || c == U'―' || c == U'—' || c == U'–'; };
    if (trimmed.empty()) return false;
    std::size_t first_end = 0;   // a page number starts with a digit or a dash: else rejected undecoded
    const char32_t first = text::next_code_point(trimmed, first_end);
    if (!is_page_dash(first) && !text::is_digit_any(first)) return false;
    std::u32string s = to_u32(trimmed);
    if (s.size() >= 3 && is_page_dash(s.front()) && s.back() == s.front()) {
        std::size_t a = 1, b = s.size() - 1;
        while (a < b && (s[a] == U' ' || s[a] == 0x3000)) ++a;
        while (b > a && (s[b - 1] == U' ' || s[b - 1] == 0x3000)) --b;
        s = s.substr(a, b - a);
        if (s.empty() || s.size() > 4) return false;
    }
    if (s.empty()) return false;
    for (char32_t c : s)
        if (!text::is_digit_any(c)) return false;
    if (s.size() <= 4) return true;
    // A bold page number: each digit run four times ("12121212").
    if (s.size() % 4 == 0 && s.size() <= 16) return repeats_four_times(s, 0, s.size() / 4);
    return false;
}

// page.numbers-apart: without form feeds, a page number line stands a page
// away from the next; number lines a few lines apart (a table printed one
// cell a line: 4 / 5 / 6) are text. Returns, per raw line, whether it may be
// a page number.
std::vector<bool> page_number_candidates(const std::vector<std::string>& raw_lines) {
    constexpr std::size_t kMinLinesBetweenPageNumbers = 6;   // content lines of the shortest page
    std::vector<bool> candidate(raw_lines.size(), false);
    std::vector<std::size_t> at;   // content-line ordinal of every candidate
    std::vector<std::size_t> idx_of;
    std::size_t ordinal = 0;
    for (std::size_t idx = 0; idx < raw_lines.size(); ++idx) {
        const std::string_view t = text::trim(raw_lines[idx]);
        if (t.empty()) continue;
        ++ordinal;
        if (t.size() <= 20 && is_page_number_text(t)) {
            at.push_back(ordinal);
            idx_of.push_back(idx);
        }
    }
    // The printed value (digits of any script; -1 when it has none or too many).
    auto value_of = [&](std::size_t idx) {
        long v = 0;
        int digits = 0;
        for (char32_t c : text::to_u32(text::trim(raw_lines[idx]))) {
            const int d = u_charDigitValue(static_cast<UChar32>(c));
            if (d < 0) continue;
            v = v * 10 + d;
            if (++digits > 4) return -1L;
        }
        return digits ? v : -1L;
    };
    // Two number lines close together are a column of numbers, unless text
    // stands between them and they count up by one (a short page).
    auto close = [&](std::size_t a, std::size_t b) {
        if (at[b] - at[a] >= kMinLinesBetweenPageNumbers) return false;
        if (at[b] - at[a] == 1) return true;
        const long va = value_of(idx_of[a]);
        return va < 0 || value_of(idx_of[b]) != va + 1;
    };
    for (std::size_t c = 0; c < at.size(); ++c) {
        const bool near_prev = c > 0 && close(c - 1, c);
        const bool near_next = c + 1 < at.size() && close(c, c + 1);
        candidate[idx_of[c]] = !near_prev && !near_next;
    }
    return candidate;
}

std::vector<Line> normalise_lines(const std::vector<std::string>& raw_lines, std::vector<Artefact>& artefacts) {
    std::vector<Line> lines;
    lines.reserve(raw_lines.size());
    std::vector<bool> form_feed_at(raw_lines.size(), false);
    // Texts with form feeds know their pages (pdftotext writes one per page).
    const bool has_pages = std::any_of(raw_lines.begin(), raw_lines.end(),
                                       [](const std::string& l) { return l.find('\f') != std::string::npos; });
    const std::vector<bool> may_be_page_number =
        has_pages ? std::vector<bool>(raw_lines.size(), false) : page_number_candidates(raw_lines);
    for (std::size_t idx = 0; idx < raw_lines.size(); ++idx) {
        Line line;
        line.number = static_cast<int>(idx + 1);
        if (needs_cleaning(raw_lines[idx])) {
            bool form_feed = false;
            line.raw = remove_forbidden_characters(raw_lines[idx], line.number, form_feed, artefacts);
            form_feed_at[idx] = form_feed;
        } else {
            line.raw = raw_lines[idx];
        }
        std::string_view content = line.raw;
        const std::string_view right_trimmed = text::trim_right(content);
        line.trailing_space = right_trimmed.size() < content.size() && !right_trimmed.empty();
        const std::string_view trimmed = text::trim_left(right_trimmed);
        if (trimmed.empty()) {
            line.blank = true;
            if (!line.raw.empty()) artefacts.push_back({ArtefactKind::BlankLine, line.number, line.raw});
            lines.push_back(std::move(line));
            continue;
        }
        const std::size_t lead = right_trimmed.size() - trimmed.size();
        line.leading_space = lead == 1 && line.raw[0] == ' ';
        // A paragraph's first line indented by a full-width space (perhaps
        // after the page-break space) or by two spaces.
        const std::string_view after_break = line.leading_space || text::starts_with(line.raw, " \xE3\x80\x80")
                                                 ? std::string_view(line.raw).substr(1)
                                                 : std::string_view(line.raw);
        line.indent = text::starts_with(after_break, "\xE3\x80\x80") || text::starts_with(line.raw, "  ");
        if (lead > 0)
            artefacts.push_back({line.leading_space ? ArtefactKind::PageBreakSpace : ArtefactKind::Whitespace,
                                 line.number, std::string(right_trimmed.substr(0, lead))});
        if (line.trailing_space)
            artefacts.push_back({ArtefactKind::LineWrap, line.number, std::string(content.substr(right_trimmed.size()))});

        // Without form feeds a page number can stand anywhere; with them,
        // mark_page_furniture decides from the page's edges.
        if (!has_pages && may_be_page_number[idx] && is_page_number_text(trimmed)) {
            line.page_number = true;
            line.text = std::string(trimmed);
            artefacts.push_back({ArtefactKind::PageNumber, line.number, line.text});
            line.width = text::display_width(line.text);
            lines.push_back(std::move(line));
            continue;
        }
        // Bold note markers first, so that a marker alone does not make a
        // line look bold; then the whole line, including its trailing
        // spaces (bold lines end with four), which are part of the proof.
        std::vector<ByteRange> markers;
        const std::string with_markers = collapse_bold_markers(text::trim_left(content), markers);
        std::string collapsed;
        if (collapse_fake_bold_line(with_markers, collapsed)) {
            line.fake_bold = true;
            line.text = std::string(text::trim(collapsed));
            line.bold.push_back({0, line.text.size()});
        } else {
            line.text = std::string(text::trim_right(with_markers));
            line.bold = std::move(markers);
        }
        if (line.fake_bold || !line.bold.empty())
            artefacts.push_back({ArtefactKind::FakeBoldCopy, line.number, std::string(trimmed)});
        line.width = text::display_width(line.text);
        lines.push_back(std::move(line));
    }
    if (has_pages) {
        assign_pages(lines, form_feed_at);
        mark_page_furniture(lines, artefacts);
    } else {
        mark_running_headers(lines, artefacts);
    }
    return lines;
}

void mark_running_headers(std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
    // Where the pages are: the page-number lines.
    std::vector<std::size_t> pages;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].page_number) pages.push_back(i);
    if (pages.empty()) return;
    // A line next to a page number (the nearest content line before or after
    // it) whose text stands next to another page number as well.
    auto nearest_content = [&](std::size_t from, int step) -> std::size_t {
        for (long k = static_cast<long>(from) + step, n = 0; k >= 0 && k < static_cast<long>(lines.size()) && n < 4;
             k += step, ++n) {
            if (lines[static_cast<std::size_t>(k)].blank) continue;
            if (lines[static_cast<std::size_t>(k)].page_number) return SIZE_MAX;
            return static_cast<std::size_t>(k);
        }
        return SIZE_MAX;
    };
    std::map<std::string, std::vector<std::size_t>> by_text;
    for (std::size_t p : pages)
        for (int step : {-1, 1}) {
            const std::size_t k = nearest_content(p, step);
            if (k == SIZE_MAX || lines[k].fake_bold) continue;
            const std::string key = text::strip_spaces(lines[k].text);
            if (!key.empty() && lines[k].width <= 80) by_text[key].push_back(k);
        }
    for (auto& [key, where] : by_text) {
        std::sort(where.begin(), where.end());
        where.erase(std::unique(where.begin(), where.end()), where.end());
        if (where.size() < 2) continue;
        for (std::size_t k : where) {
            lines[k].running_header = true;
            lines[k].page_number = true;
            artefacts.push_back({ArtefactKind::RunningHeader, lines[k].number, lines[k].text});
        }
    }
}

namespace {

// Two leading spaces or more before a word (`indented`), or three spaces or
// more between words.
bool has_positional_spaces(std::string_view raw, bool& indented) {
    std::size_t i = 0;
    while (i < raw.size() && (raw[i] == '\f' || raw[i] == ' ')) ++i;
    std::size_t lead = i;
    for (std::size_t k = 0; k < i; ++k)
        if (raw[k] == '\f') lead = i - k - 1;
    indented = lead >= 2 && i < raw.size();
    if (indented) return true;
    std::size_t run = 0;
    for (; i < raw.size(); ++i) {
        if (raw[i] == ' ') {
            ++run;
        } else {
            if (run >= 3) return true;
            run = 0;
        }
    }
    return false;
}

}  // namespace

bool looks_positional(const std::vector<Line>& lines) {
    constexpr std::size_t min_lines = 5;   // too few lines say nothing about the converter
    std::size_t content = 0, positional = 0, indented = 0;
    for (const Line& l : lines) {
        if (l.blank) continue;
        ++content;
        bool indent = false;
        if (has_positional_spaces(l.raw, indent)) ++positional;
        if (indent) ++indented;
    }
    // -layout keeps the left margin of indented text: some lines are indented
    // (a table typed with wide gaps alone does not make a text positional)
    return content >= min_lines && positional * 5 >= content && indented * 20 >= content;
}

Layout detect_layout(const std::vector<Line>& lines) {
    Layout layout;
    std::vector<int> widths;
    std::size_t content = 0, followed_by_blank = 0, trailing = 0, blank_separated = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.blank || l.page_number) continue;
        ++content;
        widths.push_back(l.width);
        const bool next_blank = i + 1 < lines.size() && lines[i + 1].blank;
        if (next_blank) ++followed_by_blank;
        if (l.trailing_space && !l.fake_bold) ++trailing;
        if (next_blank && i + 2 < lines.size() && !lines[i + 2].blank) ++blank_separated;
    }
    if (content == 0) return layout;
    std::sort(widths.begin(), widths.end());
    layout.column_width = widths[widths.size() * 3 / 4];
    layout.vertical = looks_vertical(lines);
    layout.positional = looks_positional(lines);
    layout.double_spaced = followed_by_blank * 10 >= content * 7;
    if (!layout.double_spaced && blank_separated > 0)
        layout.signal = ParagraphSignal::BlankLine;
    else if (trailing * 25 >= content)   // at least 4% of lines end a paragraph with a space
        layout.signal = ParagraphSignal::TrailingSpace;
    else
        layout.signal = ParagraphSignal::ShortLine;
    return layout;
}

}  // namespace shiryo::normalise
