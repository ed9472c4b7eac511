// table.column-blocks: pdftotext prints a simple uncaptioned table column by
// column - each column a block of short lines (its header, then one line a
// cell), the blocks parted by blank lines:
//
//   被介護者 | 4 | 5 | 6 || DA アルゴリズム | 3 | 1 | 2 || ボストンメカニズム | 1 | 2 | 3
//
// Three or more such blocks of one height (three lines or more) in a row, all
// on one page, are a table whose first line in every block is the header row.
#include <algorithm>

#include "tables/internal.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables {

namespace {

constexpr std::size_t kMinBlocks = 3;       // columns
constexpr std::size_t kMinBlockLines = 3;   // header and two rows
constexpr std::size_t kMaxBlockLines = 60;  // a block is one page's column at most
constexpr std::size_t kMaxBlocks = 12;
constexpr std::size_t kMaxStackedTail = 8;   // cells after the last whole row (prose lines) tried away

// A cell line: short (at most half the column), not closing a sentence,
// not a caption, page furniture or a numbered heading.
bool is_cell_line(const Line& l, int column_width) {
    if (l.blank || l.page_number || l.fake_bold) return false;
    if (l.width * 2 > column_width) return false;
    const std::string_view t = text::trim_right(l.text);
    if (text::ends_with(t, "。") || text::ends_with(t, "．") || text::ends_with(t, "：") || text::ends_with(t, ":"))
        return false;
    return !is_table_caption(l);
}

struct Block {
    std::size_t first = 0, last = 0;   // line indices, inclusive
    std::size_t lines = 0;
};

// The blocks of cell lines from `begin`, as long as their heights agree.
std::vector<Block> blocks_from(const std::vector<Line>& lines, std::size_t begin, int column_width) {
    std::vector<Block> out;
    std::size_t i = begin;
    const int page = lines[begin].page;
    while (i < lines.size() && out.size() < kMaxBlocks) {
        if (lines[i].page != page || !is_cell_line(lines[i], column_width)) break;
        Block b{i, i, 0};
        while (i < lines.size() && !lines[i].blank && lines[i].page == page && is_cell_line(lines[i], column_width) &&
               b.lines < kMaxBlockLines) {
            b.last = i++;
            ++b.lines;
        }
        if (i < lines.size() && !lines[i].blank) break;   // a block ends at a blank line
        if (!out.empty() && b.lines != out.front().lines) break;
        out.push_back(b);
        while (i < lines.size() && lines[i].blank) ++i;
    }
    return out;
}

}  // namespace

// table.stacked-rows: a header line, then rows printed one cell a line with no
// blank line between (ABC | 2 | 2 | 4 | ACB | 4 | 0 | 4 …).
std::vector<std::string> stacked_run(const std::vector<Line>& lines, std::size_t first, int column_width) {
    std::vector<std::string> cells;
    for (std::size_t i = first; i < lines.size() && lines[i].page == lines[first].page && !lines[i].blank &&
                                is_cell_line(lines[i], column_width) && cells.size() < kMaxBlockLines * 4;
         ++i)
        cells.emplace_back(text::trim(lines[i].text));
    // the run may end in the middle of a row of prose-like lines: keep whole rows
    return cells;
}

std::size_t find_stacked_rows(const std::vector<Line>& lines, std::size_t begin, int column_width, std::size_t& k) {
    k = 0;
    const Line& head = lines[begin];
    if (head.blank || head.page_number || begin + 1 >= lines.size() || lines[begin + 1].blank) return begin;
    const std::string_view t = text::trim_right(head.text);
    if (text::ends_with(t, "。") || text::ends_with(t, "．") || is_table_caption(head) || head.width > column_width) return begin;
    if (!is_cell_line(lines[begin + 1], column_width)) return begin;
    std::vector<std::string> cells = stacked_run(lines, begin + 1, column_width);
    // The longest prefix of whole rows that reads as a table.
    for (std::size_t n = cells.size(); n >= 6; --n) {
        const std::vector<std::string> prefix(cells.begin(), cells.begin() + static_cast<long>(n));
        if (const std::size_t cols = detail::stacked_body_columns(prefix)) {
            k = cols;
            return begin + 1 + n;
        }
        if (cells.size() - n >= kMaxStackedTail) break;
    }
    return begin;
}

int column_width_of(const std::vector<Line>& lines, const Layout& layout) {
    return detail::effective_column_width(lines, layout);
}

std::size_t find_column_blocks(const std::vector<Line>& lines, std::size_t begin, int column_width) {
    if (begin >= lines.size()) return begin;
    // Cheap rejections first: this runs at every line of a segment scan.
    std::size_t k = 0;
    if (const std::size_t end = find_stacked_rows(lines, begin, column_width, k); end > begin) return end;
    if (!is_cell_line(lines[begin], column_width) || begin + 1 >= lines.size() || lines[begin + 1].blank) return begin;
    const std::vector<Block> blocks = blocks_from(lines, begin, column_width);
    if (blocks.size() < kMinBlocks || blocks.front().lines < kMinBlockLines) return begin;
    return blocks.back().last + 1;
}

Table rebuild_column_blocks(const std::vector<Line>& lines, std::size_t begin, std::size_t end, int n,
                            const Layout& layout) {
    const int column_width = detail::effective_column_width(lines, layout);
    Table table;
    table.n = n;
    std::size_t k = 0;
    if (find_stacked_rows(lines, begin, column_width, k) == end && k > 0) {
        // The header line holds the column names apart by spaces only: closed
        // down to k cells, or to k - 1 over an empty corner above the row labels.
        const detail::LineTokens tokens = detail::split_tokens(lines[begin].text);
        std::vector<std::string> names = detail::merge_to(tokens, k);
        TableRow head;
        head.header = true;
        head.span = {lines[begin].number, lines[begin].number};
        if (names.size() == k) {
            names = detail::merge_to(tokens, k - 1);
            if (names.size() != k - 1) names = detail::merge_to(tokens, k);
            else names.insert(names.begin(), "");
        } else {
            names.insert(names.begin(), k - names.size(), "");
        }
        for (std::string& name : names) head.cells.push_back(detail::make_cell(name, 1, true));
        table.rows.push_back(std::move(head));
        for (std::size_t i = begin + 1; i + k <= end; i += k) {
            TableRow row;
            row.span = {lines[i].number, lines[i + k - 1].number};
            for (std::size_t c = 0; c < k; ++c) {
                TableCell cell = detail::make_cell(std::string(text::trim(lines[i + c].text)), 1, false);
                cell.label = c == 0;
                row.cells.push_back(std::move(cell));
            }
            table.rows.push_back(std::move(row));
        }
        table.column_types = detail::infer_column_types(table.rows);
        table.span = {lines[begin].number, lines[end - 1].number};
        table.report.method = "stacked-rows";
        table.report.rows = static_cast<int>(table.rows.size());
        table.report.cols = static_cast<int>(k);
        return table;
    }
    const std::vector<Block> blocks = blocks_from(lines, begin, column_width);
    std::vector<Block> used;
    for (const Block& b : blocks)
        if (b.last < end) used.push_back(b);
    if (used.empty()) return table;
    const std::size_t height = used.front().lines;
    for (std::size_t r = 0; r < height; ++r) {
        TableRow row;
        row.header = r == 0;
        row.span = {lines[used.front().first + r].number, lines[used.back().first + r].number};
        for (std::size_t c = 0; c < used.size(); ++c) {
            TableCell cell = detail::make_cell(std::string(text::trim(lines[used[c].first + r].text)), 1, row.header);
            cell.label = !row.header && c == 0;
            row.cells.push_back(std::move(cell));
        }
        table.rows.push_back(std::move(row));
    }
    table.column_types = detail::infer_column_types(table.rows);
    table.span = {lines[begin].number, lines[end - 1].number};
    table.report.method = "column-blocks";
    table.report.rows = static_cast<int>(table.rows.size());
    table.report.cols = static_cast<int>(used.size());
    return table;
}

}  // namespace shiryo::tables
