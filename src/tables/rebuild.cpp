// rebuild_table: caption, header and body rows, source line(s), report.
#include <algorithm>

#include "tables/internal.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables {

namespace {

using detail::BuiltRows;

// The table's lines after the caption, sorted into their roles.
struct TableLines {
    std::vector<const Line*> content;   // header then body
    std::vector<const Line*> notes;     // unit notes above, source/notes lines below
    int last_number = 0;                // the last non-blank line
};

// The lines after the caption's last line, up to `end`, but for the page
// furniture inside the table (`furniture`: line indices in order).
TableLines sort_lines(const std::vector<Line>& lines, std::size_t caption_end, std::size_t end, int column_width,
                      const std::vector<std::size_t>& furniture) {
    TableLines out;
    out.last_number = lines[caption_end].number;
    bool in_source = false;
    bool body_marks_cells = false;   // some body line ends with a space
    std::size_t f = 0;               // the next furniture line
    for (std::size_t j = caption_end + 1; j < end; ++j) {
        const Line& l = lines[j];
        while (f < furniture.size() && furniture[f] < j) ++f;
        if (f < furniture.size() && furniture[f] == j) continue;
        if (l.blank || detail::is_page_number_line(lines, j)) continue;
        out.last_number = l.number;
        if (out.content.empty() && detail::is_unit_note(l)) {
            out.notes.push_back(&l);
            continue;
        }
        // Everything from the first source line on is source or notes; a
        // line inside a wrapped cell is the cell's (as in find_table_end).
        if (!in_source && out.content.size() > 1) {
            const Line& prev = *out.content.back();
            body_marks_cells = body_marks_cells || prev.trailing_space;
            const bool inside_cell = body_marks_cells && !prev.trailing_space;
            in_source = !inside_cell && detail::is_source_line(l, column_width);
        } else if (!in_source && out.content.size() == 1) {
            in_source = detail::is_source_line(l, column_width);
        }
        (in_source ? out.notes : out.content).push_back(&l);
    }
    return out;
}

// Marked lines start a new entry (one a line); unmarked ones continue the
// previous entry as printed, nothing added at the line join.
std::string join_notes(const std::vector<const Line*>& notes) {
    std::string out;
    for (std::size_t k = 0; k < notes.size(); ++k) {
        const std::string_view t = text::trim(notes[k]->text);
        const bool new_entry = k == 0 || detail::starts_with_source_marker(t) || detail::is_unit_note(*notes[k]) ||
                               detail::is_unit_note(*notes[k - 1]);
        if (k > 0 && new_entry) out += '\n';
        out += t;
    }
    return out;
}

// A caption wrapped over lines, joined without adding characters.
std::string joined_caption(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t j = first; j <= last; ++j)
        if (!lines[j].blank && !lines[j].page_number) out += text::trim(lines[j].text);
    return out;
}

// A cell in a vote column that is no vote (nor empty or a none mark): it
// gives no vote record, so it is reported.
void report_odd_vote_cells(const std::vector<TableRow>& rows, std::vector<Diagnostic>& warnings) {
    const std::vector<bool> vote_column = detail::vote_columns(rows);
    for (const TableRow& r : rows) {
        if (r.header) continue;
        for (std::size_t c = 1; c < r.cells.size() && c < vote_column.size(); ++c) {
            const TableCell& cell = r.cells[c];
            if (!vote_column[c] || cell.type == CellType::Empty || cell.type == CellType::None ||
                detail::is_vote_word(cell.text))
                continue;
            warnings.push_back({Severity::Warning, r.span.first, "table-odd-vote-cell",
                                "cell \"" + cell.text + "\" in vote column " + std::to_string(c + 1) +
                                    " is no vote; no vote record for it"});
        }
    }
}

int joined_cells(const std::vector<TableRow>& rows) {
    int n = 0;
    for (const TableRow& r : rows)
        for (const TableCell& c : r.cells)
            if (c.source_lines > 1) ++n;
    return n;
}

}  // namespace

Table rebuild_table(const std::vector<Line>& lines, std::size_t begin, std::size_t end, int n,
                    const Layout& layout) {
    Table table;
    table.n = n;
    end = std::min(end, lines.size());
    if (begin >= end) {
        table.report.warnings.push_back({Severity::Warning, 0, "table-empty", "table has no lines"});
        return table;
    }
    const Line& caption = lines[begin];
    const int column_width = detail::effective_column_width(lines, layout);
    const std::size_t caption_end = std::min(detail::caption_last_line(lines, begin, column_width), end - 1);
    const std::string caption_text = joined_caption(lines, begin, caption_end);
    if (auto parts = detail::parse_caption(caption_text)) {
        table.label = parts->label;
        table.caption = parts->caption;
        table.label_separator = parts->separator;
        table.label_mark = parts->mark;
    } else {
        table.caption = caption_text;
    }

    const detail::TableExtent extent = detail::scan_table(lines, begin, layout);
    const TableLines sorted = sort_lines(lines, caption_end, end, column_width, extent.furniture);
    table.source = join_notes(sorted.notes);
    table.span = {caption.number, sorted.last_number};

    std::optional<BuiltRows> positional;
    if (layout.positional) positional = detail::build_positional(sorted.content);
    const bool grid = !positional && detail::is_grid(sorted.content);
    BuiltRows built = positional ? std::move(*positional)
                      : grid     ? detail::build_grid(sorted.content)
                                 : detail::build_wrapped(sorted.content);
    bool stacked = false;
    if (built.cols == 1)
        if (std::optional<BuiltRows> reshaped = detail::reshape_stacked(built.rows)) {
            reshaped->warnings = std::move(built.warnings);
            built = std::move(*reshaped);
            stacked = true;
        }
    table.rows = std::move(built.rows);
    table.column_types = detail::infer_column_types(table.rows);

    table.report.method = positional ? "positional" : stacked ? "stacked" : grid ? "grid" : "wrapped";
    table.report.rows = static_cast<int>(table.rows.size());
    table.report.cols = built.cols;
    table.report.joined_cells = joined_cells(table.rows);
    table.report.warnings = std::move(built.warnings);
    report_odd_vote_cells(table.rows, table.report.warnings);
    if (sorted.content.empty())
        table.report.warnings.push_back({Severity::Warning, caption.number, "table-empty",
                                         "a table caption with no rows after it"});
    return table;
}

}  // namespace shiryo::tables
