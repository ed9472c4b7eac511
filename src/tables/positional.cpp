// table.positional-columns: rows of a table in `pdftotext -layout` text,
// where spaces put every word at its printed column. The columns are the
// stretches of character positions that some body row fills, between
// gutters: runs of positions that no body row fills. A cell is what a row
// holds inside one column (empty when nothing), so a cell with spaces
// ("Bacterial Spot") stays whole and a missing cell stays in its column.
//
// Positions are counted in code points: pdftotext places the start of
// every word at its column, and a Japanese word takes one position per
// character, so starts line up across rows (ends need not).
#include <algorithm>
#include <cstdlib>

#include "tables/internal.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables::detail {

std::u32string positions(const Line& line) {
    std::u32string s = text::to_u32(line.raw);
    for (char32_t& c : s)
        if (c == U'\f' || c == U'\t' || c == U'\v' || c == U'\u3000') c = U' ';
    while (!s.empty() && s.back() == U' ') s.pop_back();
    return s;
}

std::vector<Span> column_spans(const std::vector<std::u32string>& rows) {
    std::size_t width = 0;
    for (const std::u32string& r : rows) width = std::max(width, r.size());
    std::vector<bool> filled(width, false);
    for (const std::u32string& r : rows)
        for (std::size_t k = 0; k < r.size(); ++k)
            if (r[k] != U' ') filled[k] = true;
    std::vector<Span> spans;
    std::size_t k = 0;
    while (k < width) {
        while (k < width && !filled[k]) ++k;
        if (k >= width) break;
        Span s{k, k};
        // extend over filled positions and gutters narrower than min_gutter
        while (k < width) {
            if (filled[k]) {
                s.end = ++k;
                continue;
            }
            std::size_t gap = k;
            while (gap < width && !filled[gap]) ++gap;
            if (gap >= width || gap - k >= min_gutter) break;
            k = gap;
        }
        spans.push_back(s);
    }
    return spans;
}

std::string cell_text(const std::u32string& row, const Span& span) {
    if (span.begin >= row.size()) return {};
    std::u32string_view v(row);
    v = v.substr(span.begin, std::min(span.end, row.size()) - span.begin);
    while (!v.empty() && v.front() == U' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == U' ') v.remove_suffix(1);
    return text::to_utf8(v);
}

bool ascii_word_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

namespace {

// A wrapped cell's next piece: a space only between two ASCII words.
void append_piece(TableCell& cell, const std::string& piece) {
    if (piece.empty()) return;
    if (!cell.text.empty() && ascii_word_char(cell.text.back()) && ascii_word_char(piece.front())) cell.text += ' ';
    cell.text += piece;
    ++cell.source_lines;
}

}  // namespace

std::vector<Span> pieces(const std::u32string& row, std::size_t min_gap) {
    std::vector<Span> out;
    std::size_t k = 0;
    while (k < row.size()) {
        while (k < row.size() && row[k] == U' ') ++k;
        if (k >= row.size()) break;
        Span s{k, k};
        while (k < row.size()) {
            if (row[k] != U' ') { s.end = ++k; continue; }
            std::size_t gap = k;
            while (gap < row.size() && row[gap] == U' ') ++gap;
            if (gap >= row.size() || gap - k >= min_gap) break;
            k = gap;
        }
        out.push_back(s);
    }
    return out;
}

namespace {

// table.positional-header: header cells are often centred over their
// column, or squeezed to one space apart, so the columns come from the body
// rows and each piece of the header (each word, when the header does not
// part at a wide gap) goes to the column it overlaps most, or else to the
// column whose centre is nearest to its own.
// A cell keeps the header's text from its first piece to its last, as printed.
std::vector<std::string> header_cells(const std::u32string& header, const std::vector<Span>& columns) {
    std::vector<Span> units = pieces(header, min_gutter);
    if (units.size() < 2 && columns.size() >= 2) units = pieces(header, 1);
    std::vector<Span> cell(columns.size(), Span{0, 0});
    std::vector<bool> used(columns.size(), false);
    for (const Span& u : units) {
        // the column it overlaps most; else the one whose centre is nearest
        std::size_t best = 0, best_overlap = 0;
        long best_distance = -1;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::size_t lo = std::max(u.begin, columns[c].begin), hi = std::min(u.end, columns[c].end);
            if (hi > lo && hi - lo > best_overlap) { best = c; best_overlap = hi - lo; }
        }
        for (std::size_t c = 0; c < columns.size() && best_overlap == 0; ++c) {
            const long d = std::labs(static_cast<long>(u.begin + u.end) - static_cast<long>(columns[c].begin + columns[c].end));
            if (best_distance < 0 || d < best_distance) { best = c; best_distance = d; }
        }
        if (!used[best]) cell[best] = u;
        cell[best].end = u.end;
        used[best] = true;
    }
    std::vector<std::string> out;
    for (std::size_t c = 0; c < columns.size(); ++c) out.push_back(used[c] ? cell_text(header, cell[c]) : std::string());
    return out;
}

}  // namespace

std::optional<BuiltRows> build_positional(const std::vector<const Line*>& content) {
    if (content.size() < 2) return std::nullopt;
    std::vector<std::u32string> rows;
    rows.reserve(content.size());
    for (const Line* l : content) rows.push_back(positions(*l));
    const std::vector<std::u32string> body(rows.begin() + 1, rows.end());
    const std::vector<Span> spans = column_spans(body);
    if (spans.size() < 2) return std::nullopt;

    std::vector<std::vector<std::string>> cells(rows.size());
    cells[0] = header_cells(rows[0], spans);
    for (std::size_t r = 1; r < rows.size(); ++r)
        for (const Span& s : spans) cells[r].push_back(cell_text(rows[r], s));
    const std::size_t cols = spans.size();
    std::size_t first_filled = 0;   // body rows with a row label
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (!cells[r].front().empty()) ++first_filled;
    // table.positional-wrapped-row: where row labels are the rule (two body
    // rows in three have one), a body row without one continues the row above.
    const bool labelled = first_filled * 3 >= body.size() * 2;

    BuiltRows out;
    out.cols = static_cast<int>(cols);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool header = r == 0;
        if (!header && labelled && cells[r].front().empty() && out.rows.size() > 1) {
            TableRow& prev = out.rows.back();
            for (std::size_t c = 0; c < cols; ++c) {
                append_piece(prev.cells[c], cells[r][c]);
                type_cell(prev.cells[c]);
            }
            prev.span.last = content[r]->number;
            continue;
        }
        TableRow row;
        row.header = header;
        row.span = {content[r]->number, content[r]->number};
        for (std::string& t : cells[r]) row.cells.push_back(make_cell(std::move(t), 1, header));
        if (!header) row.cells.front().label = true;
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace shiryo::tables::detail

namespace shiryo::tables {

namespace {

// A cell this narrow (East Asian width) is a row label or a value, not prose.
constexpr int max_short_cell = 8;

bool closes_sentence(std::string_view t) {
    t = text::trim(t);
    return text::ends_with(t, "。") || text::ends_with(t, "．");
}

bool is_block_line(const Line& l) { return !l.blank && !l.page_number && !l.running_header; }

// The integer a line starts with ("12   本文…" -> 12), -1 when none.
int leading_integer(const Line& l) {
    const std::u32string row = detail::positions(l);
    const std::vector<detail::Span> parts = detail::pieces(row, detail::min_gutter);
    if (parts.empty()) return -1;
    const long n = text::parse_number(detail::cell_text(row, parts.front()));
    return n > 100000 ? -1 : static_cast<int>(n);
}

// page.margin-line-numbers (positional): the block's first column counts
// 1 by 1 and so do the lines around it - numbers printed down the margin,
// not a table.
bool margin_line_numbers(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
    int first = -1, last = -1;
    for (std::size_t k = begin; k < end; ++k) {
        const int n = leading_integer(lines[k]);
        if (n < 0 || (last >= 0 && n != last + 1)) return false;
        if (first < 0) first = n;
        last = n;
    }
    std::size_t before = begin;
    while (before > 0 && lines[before - 1].blank) --before;
    if (before > 0 && leading_integer(lines[before - 1]) == first - 1) return true;
    std::size_t after = end;
    while (after < lines.size() && lines[after].blank) ++after;
    return after < lines.size() && leading_integer(lines[after]) == last + 1;
}

}  // namespace

std::size_t find_positional_block(const std::vector<Line>& lines, std::size_t begin, int column_width) {
    using detail::Span;
    if (begin >= lines.size() || !is_block_line(lines[begin]) || closes_sentence(lines[begin].text)) return begin;
    std::size_t end = begin + 1;
    std::vector<std::u32string> body;
    while (end < lines.size() && is_block_line(lines[end]) && !closes_sentence(lines[end].text)) {
        std::u32string row = detail::positions(lines[end]);
        const std::vector<Span> parts = detail::pieces(row, detail::min_gutter);
        if (parts.size() < 2) break;
        // a piece over half the column is prose (a line with margin line numbers, two columns)
        bool prose = false;
        for (const Span& p : parts)
            prose = prose || text::display_width(detail::cell_text(row, p)) * 2 > column_width;
        if (prose) break;
        body.push_back(std::move(row));
        ++end;
    }
    if (body.size() < 2 || margin_line_numbers(lines, begin + 1, end)) return begin;
    const std::vector<Span> spans = detail::column_spans(body);
    if (spans.size() < 2) return begin;
    // one column of short cells in every body row: row labels or values, not
    // one mark repeated (a bullet column)
    bool short_column = false, counting = false;
    for (const Span& s : spans) {
        bool short_cells = true, varied = false, count = true;
        std::string first;
        long previous = -1;
        for (const std::u32string& r : body) {
            const std::string cell = detail::cell_text(r, s);
            if (cell.empty() || text::display_width(cell) > max_short_cell) { short_cells = false; break; }
            if (first.empty()) first = cell;
            varied = varied || cell != first;
            const long n = text::parse_number(cell);
            count = count && n >= 0 && (previous < 0 || n == previous + 1);
            previous = n;
        }
        if (short_cells && varied) {
            short_column = true;
            counting = counting || (count && &s == &spans.front());
        }
    }
    // table.not-numbered-list: numbers 1, 2, 3 before one column of text are a
    // numbered list (notes, references), not a table
    if (!short_column || (counting && spans.size() == 2)) return begin;
    return end;
}

Table rebuild_positional_block(const std::vector<Line>& lines, std::size_t begin, std::size_t end, int n) {
    Table table;
    table.n = n;
    end = std::min(end, lines.size());
    std::vector<const Line*> content;
    for (std::size_t k = begin; k < end; ++k)
        if (is_block_line(lines[k])) content.push_back(&lines[k]);
    std::optional<detail::BuiltRows> built = detail::build_positional(content);
    if (!built) return table;
    table.rows = std::move(built->rows);
    table.column_types = detail::infer_column_types(table.rows);
    table.span = {lines[begin].number, lines[end - 1].number};
    table.report.method = "positional";
    table.report.rows = static_cast<int>(table.rows.size());
    table.report.cols = built->cols;
    for (const TableRow& r : table.rows)
        for (const TableCell& c : r.cells)
            if (c.source_lines > 1) ++table.report.joined_cells;
    table.report.warnings = std::move(built->warnings);
    return table;
}

}  // namespace shiryo::tables
