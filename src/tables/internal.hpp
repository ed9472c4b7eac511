// Internal pieces of the tables stage, shared by src/tables/*.cpp only.
//
//   caption.cpp   what a caption is, label/caption split
//   lines.cpp     line classes (source line, prose, heading), tokens and gaps
//   detect.cpp    find_table_end
//   grid.cpp      rows of a space-separated grid (one line per row)
//   wrapped.cpp   rows of a table whose cells wrap over several lines
//   positional.cpp  pdftotext -layout tables: columns from character positions
//   stacked.cpp   one cell per line (table.stacked-cells) reshaped into k columns
//   column_blocks.cpp  uncaptioned tables printed column by column (table.column-blocks)
//   cells.cpp     typed cells and column types
//   rebuild.cpp   rebuild_table
//   votes.cpp     vote tables in tidy form
//   countries.cpp Japanese country names to ISO 3166-1 alpha-3
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::tables::detail {

// ---------------------------------------------------------------- caption
struct CaptionParts {
    std::string label;     // "表１", "表 1", "Table 3" as printed
    std::string caption;   // the rest, without the separator
    std::string separator; // the separator as printed (":", "．"), spaces left out; "" for a space
    std::string mark;      // a box mark printed before the label ("■"), "" when none
};
std::optional<CaptionParts> parse_caption(std::string_view text);

// ---------------------------------------------------------------- line classes
// The width a full prose line has: Layout::column_width, or when unknown an
// estimate from the lines themselves.
int effective_column_width(const std::vector<Line>& lines, const Layout& layout);

// 各種資料より筆者作成, 出所：…, （出所）…, 出典：…, （注）…, Source: …
bool is_source_line(const Line& line, int column_width);
bool starts_with_source_marker(std::string_view text);
// Printed in bold from its start: a heading, not table content.
bool is_heading_like(const Line& line);
// A line of spaces only (" "): the converter's paragraph/section separator.
bool is_blank_with_space(const Line& line);
// About full column width and without any space that could separate cells.
bool looks_like_prose(const Line& line, int column_width);
// A unit note under the caption: "（単位：億ドル）".
bool is_unit_note(const Line& line);
// The last line of the caption that starts at lines[caption]: a caption
// filling the column without a paragraph-end space wraps onto the next line.
std::size_t caption_last_line(const std::vector<Line>& lines, std::size_t caption, int column_width);
// How many ASCII spaces the raw line starts with.
int raw_leading_spaces(const Line& line);

// A page number: a line the normaliser flagged, or a number between dashes
// ("- 13 -", "― 21 ―") standing between blank lines.
bool is_page_number_line(const std::vector<Line>& lines, std::size_t i);

// find_table_end with what it skipped: the page furniture inside the table
// (page numbers the normaliser did not flag, running headers at the top of
// a new page the table goes on over), in line order. rebuild_table leaves
// these lines out.
struct TableExtent {
    std::size_t end = 0;
    std::vector<std::size_t> furniture;
};
TableExtent scan_table(const std::vector<Line>& lines, std::size_t caption, const Layout& layout);

// ---------------------------------------------------------------- tokens
// A line's text split at runs of spaces; gaps[i] is the exact run of spaces
// between tokens[i] and tokens[i+1].
struct LineTokens {
    std::vector<std::string> tokens;
    std::vector<std::string> gaps;
};
LineTokens split_tokens(std::string_view text);

enum class GapKind {
    Wide,        // a run of two or more spaces: a column gap
    Separator,   // one space with non-ASCII (Japanese) on both sides: likely a cell gap
    Converter,   // ASCII on one side: the converter's Japanese/ASCII space, likely inside a cell
};
GapKind classify_gap(std::string_view left, std::string_view right, std::string_view spaces);

// A gap that only the converter could have put there: a number and its
// unit ("310 億ドル", "2003 年") or two parts of one date ("3月 2日").
bool is_unit_gap(std::string_view left, std::string_view right);

// The gaps that lie inside one cell for certain: a number and its unit, the
// parts of one date ("2014 年 3 月 27 日", "2 月 23 日", "12 / 12"; no run of
// spaces inside). `date` marks the tokens of a date.
struct TokenGroups {
    std::vector<bool> bound;   // per gap
    std::vector<bool> date;    // per token
};
TokenGroups group_tokens(const LineTokens& line);

// Cells of a grid line when only bound gaps are closed, and their number.
std::vector<std::string> natural_cells(const LineTokens& line);
int natural_cell_count(const LineTokens& line);

// The whole text is one date in a form group_tokens() knows.
bool is_date_text(std::string_view text);

// Close the cheapest gaps until `target` cells are left (cells keep the
// spaces as printed): bound gaps first, then converter spaces, then spaces
// between Japanese; a gap next to a date only before a run of spaces.
// Returns the tokens unchanged when there are not more than `target` of them.
std::vector<std::string> merge_to(const LineTokens& line, std::size_t target);

// ---------------------------------------------------------------- forms
struct BuiltRows {
    std::vector<TableRow> rows;       // header row(s) first
    int cols = 0;
    std::vector<Diagnostic> warnings;
};

// Header and body lines (no blanks, no page numbers, no source lines).
bool is_grid(const std::vector<const Line*>& content);
BuiltRows build_grid(const std::vector<const Line*>& content);
BuiltRows build_wrapped(const std::vector<const Line*>& content);
// table.positional-columns: rows of `pdftotext -layout` text, columns from
// the gutters no row fills (see positional.cpp); nullopt under two columns.
std::optional<BuiltRows> build_positional(const std::vector<const Line*>& content);
// Its pieces. A gutter is at least min_gutter positions wide: one space also
// parts the words of a cell.
constexpr std::size_t min_gutter = 2;
struct Span {
    std::size_t begin = 0, end = 0;   // [begin, end) in positions
};
// The row's characters by position (code points); form feeds, tabs and
// full-width spaces count as spaces.
std::u32string positions(const Line& line);
// The filled stretches between gutters no row fills.
std::vector<Span> column_spans(const std::vector<std::u32string>& rows);
// The pieces of a row between runs of at least `min_gap` spaces.
std::vector<Span> pieces(const std::u32string& row, std::size_t min_gap);
// What the row holds inside the span, trimmed.
std::string cell_text(const std::u32string& row, const Span& span);

// table.stacked-cells: the shape of a list of cells printed one per line,
// header row first: k columns and a header of k (or k - 1) cells; columns 0
// when no k makes body columns of one kind (see stacked.cpp).
struct StackedShape {
    std::size_t columns = 0;
    std::size_t header_cells = 0;
};
StackedShape stacked_shape(const std::vector<std::string>& cells);
// table.stacked-rows: the same without a header - k when every column keeps one
// kind, the first holds words (row labels) and another numbers, over three rows or more.
std::size_t stacked_body_columns(const std::vector<std::string>& cells);
// One-cell rows reshaped into stacked_column_count() columns; nullopt when not stacked.
std::optional<BuiltRows> reshape_stacked(const std::vector<TableRow>& rows);

// The number of cells most grid lines of the body have (0 when none).
int grid_column_count(const std::vector<const Line*>& body);

// The shape of a table's body gathered one line at a time (what is_grid()
// and grid_column_count() decide, without going over the lines again).
class GridShape {
public:
    void add(const Line& body_line);
    int column_count() const;   // grid_column_count()
    bool is_grid() const;       // is_grid() of a header and these lines
private:
    std::map<int, int> frequency_;   // natural cell count -> lines
    std::size_t lines_ = 0;
    std::size_t ending_cells_ = 0;   // lines ending with a space
};

// ---------------------------------------------------------------- cells
bool is_vote_word(std::string_view text);
bool is_none_mark(std::string_view text);
void type_cell(TableCell& cell);   // sets type/number/unit from text
std::vector<ColumnType> infer_column_types(const std::vector<TableRow>& rows);
// The columns that record votes: most of their cells (empty cells and none
// marks aside) are vote words. The label column never is. A column with an
// odd cell or two is still a vote column; its other cells still count.
std::vector<bool> vote_columns(const std::vector<TableRow>& rows);

// A TableCell holding `text`, typed.
TableCell make_cell(std::string text, int source_lines, bool header);

}  // namespace shiryo::tables::detail
