// The table of contents of a paged text (toc.region) and its entries as an
// oracle for headings in the body (heading.toc-oracle).
#include <algorithm>

#include "segment/segment.hpp"
#include "text/unicode.hpp"

namespace shiryo::segment {

namespace {

// Dot leaders and the spaces between them: ". . . .", "……", "・・・", "‥".
bool is_leader(char32_t c) { return c == U'.' || c == U'…' || c == U'・' || c == U'‥' || c == U'･' || c == U' ' || c == 0x3000; }

// A contents line carries dot leaders: ". . . .", "……", "・・・".
bool has_leaders(std::string_view t) {
    return t.find(". . .") != std::string_view::npos || t.find("...") != std::string_view::npos ||
           t.find("……") != std::string_view::npos || t.find("・・・") != std::string_view::npos ||
           t.find("‥‥") != std::string_view::npos;
}

// toc.prose-line: a line of running text ends a sentence (。 ． or a "." after
// a letter, as theses print it) and carries no dot leaders.
bool ends_a_sentence(const std::string& t) {
    if (has_leaders(t)) return false;
    if (text::ends_with(t, "。") || text::ends_with(t, "．")) return true;
    return t.size() >= 2 && t.back() == '.' && t[t.size() - 2] != ' ' && t[t.size() - 2] != '.';
}

}  // namespace

bool is_contents_heading(std::string_view line) {
    std::string key = text::strip_spaces(text::nfkc(line));
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
    for (std::string_view w : {"目次", "もくじ", "contents", "tableofcontents", "図目次", "表目次", "図表目次"})
        if (key == w) return true;
    return false;
}

std::string contents_key(std::string_view line) {
    const std::u32string s = text::to_u32(text::nfkc(line));
    std::size_t end = s.size();
    while (end > 0 && (s[end - 1] == U' ' || s[end - 1] == 0x3000)) --end;
    // "はじめに . . . . 3" / "はじめに 3": the page number after leaders or a space.
    std::size_t k = end;
    while (k > 0 && text::is_digit_any(s[k - 1])) --k;
    if (k < end && k > 0 && is_leader(s[k - 1])) end = k;
    while (end > 0 && is_leader(s[end - 1])) --end;
    std::size_t begin = 0;
    while (begin < end && is_leader(s[begin])) ++begin;
    return text::strip_spaces(text::to_utf8(s.substr(begin, end - begin)));
}

ContentsRegion find_contents(const std::vector<Line>& lines, std::size_t from) {
    ContentsRegion r;
    const bool paged = !lines.empty() && lines.front().page > 0;
    if (!paged) return r;
    std::size_t start = SIZE_MAX;
    for (std::size_t i = from; i < lines.size(); ++i)
        if (!lines[i].blank && is_contents_heading(lines[i].text)) {
            start = i;
            break;
        }
    if (start == SIZE_MAX) return r;
    // The rest of that page, and each following page with no sentence on it.
    std::size_t end = start + 1;
    int page = lines[start].page;
    for (;;) {
        while (end < lines.size() && lines[end].page == page) {
            if (!lines[end].blank && !lines[end].page_number && ends_a_sentence(lines[end].text) && page != lines[start].page)
                break;
            ++end;
        }
        if (end >= lines.size()) break;
        if (lines[end].page == page) {   // a sentence on a later page: that page is body
            while (end > 0 && lines[end - 1].page == page) --end;
            break;
        }
        // Look ahead: does the next page hold a sentence?
        const int next = lines[end].page;
        bool sentence = false;
        for (std::size_t k = end; k < lines.size() && lines[k].page == next; ++k)
            if (!lines[k].blank && !lines[k].page_number && ends_a_sentence(lines[k].text)) sentence = true;
        if (sentence) break;
        page = next;
    }
    r.begin = start;
    r.end = end;
    for (std::size_t i = start + 1; i < end; ++i) {
        if (lines[i].blank || lines[i].page_number || is_contents_heading(lines[i].text)) continue;
        std::string key = contents_key(lines[i].text);
        if (!has_title_letters(key)) continue;
        // Entries start with their numbering; the oracle matches the title.
        const Numbering n = heading_numbering(key);
        if (n.length > 0 && n.length < key.size()) r.titles.push_back(key.substr(n.length));
        r.titles.push_back(std::move(key));
    }
    std::sort(r.titles.begin(), r.titles.end());
    r.titles.erase(std::unique(r.titles.begin(), r.titles.end()), r.titles.end());
    return r;
}

bool ContentsRegion::lists(std::string_view line) const {
    if (titles.empty()) return false;
    const std::string key = contents_key(line);
    return !key.empty() && std::binary_search(titles.begin(), titles.end(), key);
}

}  // namespace shiryo::segment
