// Where a table ends: at a return to prose, a heading, the next caption, a
// line of spaces only (unless it ends a page and the next page goes on with
// the table), or after its source/notes line(s).
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
        if (is_page_number_line(lines, j)) continue;
        if (is_blank_with_space(lines[j])) return lines.size();
        if (!lines[j].blank) return j;
    }
    return lines.size();
}

// A cell that a grid row holds and running text does not: a date, a vote,
// a none mark, a number with at most a short unit of its own ("310億ドル",
// "+9%"; not "2023 年から", whose "unit" goes on in hiragana).
bool is_value_cell(std::string_view cell) {
    if (is_date_text(cell) || is_vote_word(cell) || is_none_mark(cell)) return true;
    TableCell c;
    c.text = std::string(cell);
    type_cell(c);
    if (c.type != CellType::Number) return false;
    const std::u32string unit = text::to_u32(c.unit);
    if (unit.size() > 3) return false;
    for (char32_t ch : unit)
        if (ch >= U'\u3041' && ch <= U'\u309F') return false;
    return true;
}

// A line that reads as a row of cells, not as running text: a label then
// two or more value cells ("国名 2月 23日 4月 26日 12月 19日").
bool is_value_row(const std::vector<std::string>& cells) {
    if (cells.size() < 3) return false;
    for (std::size_t k = 1; k < cells.size(); ++k)
        if (!is_value_cell(cells[k])) return false;
    return true;
}

// lines[i] is followed by rows of its own cell structure: the next text
// lines (up to three, within the block) have its number of cells, or one
// more when lines[i] is indented (a header with an empty corner cell).
bool followed_by_grid_rows(const std::vector<Line>& lines, std::size_t i, int cells, int column_width) {
    if (cells < 2) return false;
    constexpr int kRowsLooked = 3;
    const bool indented = raw_leading_spaces(lines[i]) > 0;
    int rows = 0;
    for (std::size_t j = i; rows < kRowsLooked;) {
        j = next_text_line(lines, j);
        if (j >= lines.size()) break;
        const Line& l = lines[j];
        if (is_table_caption(l) || is_heading_like(l) || is_source_line(l, column_width) ||
            looks_like_prose(l, column_width))
            break;
        const int c = natural_cell_count(split_tokens(l.text));
        if (c != cells && !(indented && c == cells + 1)) return false;
        ++rows;
    }
    return rows > 0;
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

// The text ends with 。 or with ． (theses print ．for 。).
bool ends_japanese_sentence(std::string_view text) {
    const std::string_view t = text::trim_right(text);
    return text::ends_with(t, "。") || text::ends_with(t, "．");
}

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

// A line of spaces only at lines[i] that ends a page: after blank lines
// comes a page-number line. Returns the first text line of the new page
// (lines.size() when lines[i] is no page break or nothing follows).
std::size_t after_page_break(const std::vector<Line>& lines, std::size_t i) {
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].blank) ++j;
    if (j >= lines.size() || !is_page_number_line(lines, j)) return lines.size();
    while (j < lines.size() && (lines[j].blank || is_page_number_line(lines, j))) ++j;
    return j;
}

// The widest run of text between spaces in a line.
int widest_piece(const Line& line) {
    int widest = 0;
    for (const std::string& t : split_tokens(line.text).tokens) widest = std::max(widest, text::display_width(t));
    return widest;
}

// Does the first line of a new page go on with the table whose body (the
// content lines after the header) has `body`'s shape? A grid row has the
// grid's cells; a wrapped cell's line has no piece wider than the cells so
// far (prose runs on in pieces as wide as the column). Prose, headings and captions end it; the
// table's source line does not.
bool continues_table(const Line& l, const GridShape& body, int widest_cell, int column_width) {
    if (is_table_caption(l) || is_heading_like(l)) return false;
    if (is_source_line(l, column_width)) return true;
    if (looks_like_prose(l, column_width)) return false;
    if (body.is_grid()) return natural_cell_count(split_tokens(l.text)) == body.column_count();
    return widest_cell > 0 && widest_piece(l) <= widest_cell;
}

// Running headers recur at the top of the neighbouring pages: a page holds
// far fewer lines than this.
constexpr std::size_t kPageWindow = 200;
// A title is wider than a stray cell ("－", "同上") that may recur.
constexpr int kMinHeaderWidth = 8;

// The same text stands as a line of its own within a page or two of
// lines[i] (a constant window: linear over the document).
bool recurs_nearby(const std::vector<Line>& lines, std::size_t i) {
    const Line& l = lines[i];
    if (l.width < kMinHeaderWidth) return false;
    const std::size_t from = i > kPageWindow ? i - kPageWindow : 0;
    const std::size_t to = std::min(lines.size(), i + kPageWindow + 1);
    for (std::size_t k = from; k < to; ++k)
        if (k != i && !lines[k].blank && lines[k].text == l.text) return true;
    return false;
}

// Is lines[i], the first text line after a page-number block inside a table
// whose body so far has `body`'s shape, the new page's running header (a
// title repeated at the top of every page) rather than a row? The table
// must go on after it, and it is no row of values; then either its text
// recurs as a line of its own nearby, or it does not fit the grid's cells
// and has a piece wider than any cell so far (a title, not a ragged row).
bool is_running_header(const std::vector<Line>& lines, std::size_t i, const GridShape& body, int widest_cell,
                       int column_width) {
    const Line& l = lines[i];
    if (l.blank || is_table_caption(l) || is_source_line(l, column_width)) return false;
    const std::size_t next = next_text_line(lines, i);
    if (next >= lines.size() || !continues_table(lines[next], body, widest_cell, column_width)) return false;
    const std::vector<std::string> cells = natural_cells(split_tokens(l.text));
    if (is_value_row(cells) || (cells.size() == 1 && is_value_cell(cells.front()))) return false;
    if (recurs_nearby(lines, i)) return true;
    return body.is_grid() && static_cast<int>(cells.size()) != body.column_count() && widest_piece(l) > widest_cell;
}

}  // namespace

std::size_t caption_last_line(const std::vector<Line>& lines, std::size_t caption, int column_width) {
    constexpr int kMaxCaptionLines = 3;
    std::size_t last = caption;
    for (int k = 1; k < kMaxCaptionLines && wraps_on(lines[last], column_width); ++k) {
        const std::size_t next = next_text_line(lines, last);
        if (next >= lines.size()) break;
        const Line& l = lines[next];
        // A continuation is plain text: no cell gaps, no new block, not a
        // row of cells (a grid's header: value cells, or the cell structure
        // of the rows after it).
        if (has_cell_gap(l.text) || is_table_caption(l) || is_heading_like(l) || is_source_line(l, column_width) ||
            is_unit_note(l))
            break;
        const LineTokens tokens = split_tokens(l.text);
        const std::vector<std::string> cells = natural_cells(tokens);
        if (is_value_row(cells) ||
            followed_by_grid_rows(lines, next, static_cast<int>(cells.size()), column_width))
            break;
        last = next;
    }
    return last;
}

namespace {

bool is_dash(char32_t c) {
    return c == U'-' || c == U'\uFF0D' || c == U'\u2015' || c == U'\u2014' || c == U'\u2013' || c == U'\u2012' ||
           c == U'\u2010' || c == U'\u2212';
}

bool is_space_char(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

// "- 13 -", "― 21 ―", "－13－": a number with dashes on both sides.
bool is_decorated_number(std::string_view utf8) {
    const std::u32string s = text::to_u32(text::trim(utf8));
    constexpr std::size_t kMaxLength = 16;
    if (s.empty() || s.size() > kMaxLength) return false;
    std::size_t i = 0;
    std::size_t dashes = 0;
    while (i < s.size() && (is_dash(s[i]) || is_space_char(s[i]))) dashes += is_dash(s[i++]);
    if (dashes == 0) return false;
    const std::size_t digits = i;
    while (i < s.size() && text::is_digit_any(s[i])) ++i;
    if (i == digits) return false;
    dashes = 0;
    while (i < s.size() && (is_dash(s[i]) || is_space_char(s[i]))) dashes += is_dash(s[i++]);
    return dashes > 0 && i == s.size();
}

}  // namespace

bool is_page_number_line(const std::vector<Line>& lines, std::size_t i) {
    const Line& l = lines[i];
    if (l.page_number) return true;
    if (l.blank || !is_decorated_number(l.text)) return false;
    // It stands between blank lines (or at the ends of the text).
    return (i == 0 || lines[i - 1].blank) && (i + 1 >= lines.size() || lines[i + 1].blank);
}

bool is_unit_note(const Line& line) {
    const std::string s = text::nfkc(text::trim(line.text));
    return text::starts_with(s, "(単位") || text::starts_with(s, "単位:") || text::starts_with(s, "[単位");
}

}  // namespace detail

namespace detail {

TableExtent scan_table(const std::vector<Line>& lines, std::size_t caption, const Layout& layout) {
    TableExtent out;
    out.end = lines.size();
    if (caption >= lines.size()) return out;
    const int column_width = effective_column_width(lines, layout);
    const std::size_t caption_end = caption_last_line(lines, caption, column_width);
    std::vector<std::size_t> content;   // header and body lines
    std::size_t last_line = caption_end;  // the last line that belongs to the table so far
    std::size_t source_first = lines.size();
    bool body_marks_cells = false;      // some body line ends with a space: cells end with one
    bool inside_cell = false;           // the previous body line continues on the next
    bool cell_sentences = false;        // some body line closes a sentence (cells of prose)
    bool page_break = false;            // a page-number line since the last text line
    int widest_cell = 0;                // the widest piece of a body line so far
    GridShape body_shape;               // the body lines so far

    for (std::size_t j = caption_end + 1; j < lines.size(); ++j) {
        const Line& l = lines[j];
        if (is_page_number_line(lines, j)) {
            if (!l.page_number) out.furniture.push_back(j);
            page_break = true;
            continue;
        }
        if (l.blank) {
            // table.positional-extent: in -layout text a blank line after the
            // header and a body row ends the table (its rows stand line by line).
            if (layout.positional && content.size() >= 2) break;
            if (!content.empty() && is_blank_with_space(l) && !inside_cell) {
                // A line of spaces ends the table, unless it ends a page
                // and the new page goes on with the table (after its
                // running header, if it has one).
                const std::size_t next = after_page_break(lines, j);
                if (next >= lines.size()) break;
                std::size_t first = next;
                if (is_running_header(lines, next, body_shape, widest_cell, column_width))
                    first = next_text_line(lines, next);
                if (first >= lines.size() || !continues_table(lines[first], body_shape, widest_cell, column_width))
                    break;
                for (std::size_t k = j + 1; k < next; ++k)   // blank and page-number lines belong to the table
                    if (!lines[k].blank && !lines[k].page_number) out.furniture.push_back(k);
                page_break = true;
                j = next - 1;
            }
            continue;
        }
        if (page_break && !content.empty() && is_running_header(lines, j, body_shape, widest_cell, column_width)) {
            out.furniture.push_back(j);
            page_break = false;
            continue;
        }
        page_break = false;
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
            // table.ends-at-sentence: the prose after a table whose cells hold no
            // sentences - a line at least half the column wide that closes the first
            // sentence, or a full prose line twice as wide as any cell, even when the
            // cells wrap.
            if (widest_cell > 0 && l.width * 2 >= column_width &&
                ((ends_japanese_sentence(l.text) && !cell_sentences) ||
                 (l.width * 100 >= column_width * 85 && widest_piece(l) >= 2 * widest_cell)))
                break;
            cell_sentences = cell_sentences || ends_japanese_sentence(l.text);
            body_marks_cells = body_marks_cells || l.trailing_space;
            inside_cell = body_marks_cells && !l.trailing_space;
            widest_cell = std::max(widest_cell, widest_piece(l));
            body_shape.add(l);
        }
        content.push_back(j);
        last_line = j;
    }

    std::vector<const Line*> rows;
    for (std::size_t j : content) rows.push_back(&lines[j]);
    out.end = last_line + 1;
    if (layout.positional) {
        if (source_first < lines.size()) out.end = source_block_end(lines, source_first, column_width);
    } else if (is_grid(rows)) {
        const std::size_t kept = grid_rows_kept(rows);
        if (kept < content.size()) out.end = content[kept - 1] + 1;
        else if (source_first < lines.size()) out.end = source_block_end(lines, source_first, column_width);
    } else if (source_first < lines.size()) {
        out.end = source_block_end(lines, source_first, column_width);
    }
    // Furniture after the end (a page break the table did not go on over).
    while (!out.furniture.empty() && out.furniture.back() >= out.end) out.furniture.pop_back();
    return out;
}

}  // namespace detail

std::size_t find_table_end(const std::vector<Line>& lines, std::size_t caption, const Layout& layout) {
    if (caption >= lines.size()) return lines.size();
    return detail::scan_table(lines, caption, layout).end;
}

}  // namespace shiryo::tables
