// Where a table ends: at a return to prose, a heading, the next caption, a
// line of spaces only, or after its source/notes line(s).
#include <algorithm>

#include "tables/internal.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables {

namespace detail {
namespace {

bool wraps_on(const Line& line, int column_width) {
    // A line that ends without the paragraph-end space and fills the column
    // continues on the next line.
    return !line.trailing_space && column_width > 0 && line.width * 100 >= column_width * 85;
}

// The next line with text after lines[i], skipping blank and page-number
// lines; lines.size() at a line of spaces only or the end.
std::size_t next_text_line(const std::vector<Line>& lines, std::size_t i) {
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
        if (lines[j].page_number) continue;
        if (is_blank_with_space(lines[j])) return lines.size();
        if (!lines[j].blank) return j;
    }
    return lines.size();
}

bool has_cell_gap(std::string_view text) {
    const LineTokens t = split_tokens(text);
    for (std::size_t g = 0; g < t.gaps.size(); ++g)
        if (classify_gap(t.tokens[g], t.tokens[g + 1], t.gaps[g]) != GapKind::Converter) return true;
    return false;
}

// The source/notes block starting at `first`: marked lines and the
// continuation lines of a wrapped one. Returns one past its last line.
std::size_t source_block_end(const std::vector<Line>& lines, std::size_t first, int column_width) {
    std::size_t last = first;
    for (std::size_t j = first + 1; j < lines.size(); ++j) {
        const Line& l = lines[j];
        if (l.page_number) continue;
        if (l.blank) {
            if (is_blank_with_space(l)) break;
            continue;
        }
        if (is_table_caption(l) || is_heading_like(l)) break;
        if (!starts_with_source_marker(l.text) && !wraps_on(lines[last], column_width)) break;
        last = j;
    }
    return last + 1;
}

bool has_sentence_end(std::string_view text) { return text.find("。") != std::string_view::npos; }

// Grid tables end at the first line that cannot be a row: one cell only, or
// a sentence with the wrong number of cells. Returns how many content lines stay.
std::size_t grid_rows_kept(const std::vector<const Line*>& content) {
    const std::vector<const Line*> body(content.begin() + 1, content.end());
    const int cols = grid_column_count(body);
    for (std::size_t k = 1; k < content.size(); ++k) {
        const int cells = natural_cell_count(split_tokens(content[k]->text));
        if (cells <= 1 || (cells != cols && has_sentence_end(content[k]->text))) return k;
    }
    return content.size();
}

}  // namespace

std::size_t caption_last_line(const std::vector<Line>& lines, std::size_t caption, int column_width) {
    constexpr int kMaxCaptionLines = 3;
    std::size_t last = caption;
    for (int k = 1; k < kMaxCaptionLines && wraps_on(lines[last], column_width); ++k) {
        const std::size_t next = next_text_line(lines, last);
        if (next >= lines.size()) break;
        const Line& l = lines[next];
        // A continuation is plain text: no cell gaps, no new block.
        if (has_cell_gap(l.text) || is_table_caption(l) || is_heading_like(l) || is_source_line(l, column_width) ||
            is_unit_note(l))
            break;
        last = next;
    }
    return last;
}

bool is_unit_note(const Line& line) {
    const std::string s = text::nfkc(text::trim(line.text));
    return text::starts_with(s, "(単位") || text::starts_with(s, "単位:") || text::starts_with(s, "[単位");
}

}  // namespace detail

std::size_t find_table_end(const std::vector<Line>& lines, std::size_t caption, const Layout& layout) {
    using namespace detail;
    if (caption >= lines.size()) return lines.size();
    const int column_width = effective_column_width(lines, layout);
    const std::size_t caption_end = caption_last_line(lines, caption, column_width);
    std::vector<std::size_t> content;   // header and body lines
    std::size_t last_line = caption_end;  // the last line that belongs to the table so far
    std::size_t source_first = lines.size();
    bool body_marks_cells = false;      // some body line ends with a space: cells end with one
    bool inside_cell = false;           // the previous body line continues on the next

    for (std::size_t j = caption_end + 1; j < lines.size(); ++j) {
        const Line& l = lines[j];
        if (l.page_number) continue;
        if (l.blank) {
            if (!content.empty() && is_blank_with_space(l) && !inside_cell) break;
            continue;
        }
        if (content.empty() && is_unit_note(l)) {
            last_line = j;
            continue;
        }
        if (is_table_caption(l)) break;
        if (!content.empty()) {
            // A header row may be bold; later bold lines are headings.
            if (is_heading_like(l)) break;
            // Inside a wrapped cell every line is the cell's.
            if (!inside_cell && is_source_line(l, column_width)) {
                source_first = j;
                break;
            }
            if (!inside_cell && looks_like_prose(l, column_width)) break;
            body_marks_cells = body_marks_cells || l.trailing_space;
            inside_cell = body_marks_cells && !l.trailing_space;
        }
        content.push_back(j);
        last_line = j;
    }

    std::vector<const Line*> rows;
    for (std::size_t j : content) rows.push_back(&lines[j]);
    if (is_grid(rows)) {
        const std::size_t kept = grid_rows_kept(rows);
        if (kept < content.size()) return content[kept - 1] + 1;
    }
    if (source_first < lines.size()) return source_block_end(lines, source_first, column_width);
    return last_line + 1;
}

}  // namespace shiryo::tables
