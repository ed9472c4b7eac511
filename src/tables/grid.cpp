// Grid tables: one line per row, cells separated by spaces
// ("アルメニア 棄権 棄権 不参加 棄権 棄権"). Header cells may contain the
// converter's spaces ("3月 2日"), so the column count comes from the body.
#include <map>

#include "tables/internal.hpp"

namespace shiryo::tables::detail {

int grid_column_count(const std::vector<const Line*>& body) {
    std::map<int, int> frequency;
    for (const Line* l : body) ++frequency[natural_cell_count(split_tokens(l->text))];
    int best = 0, best_freq = 0;
    for (const auto& [count, freq] : frequency)
        if (freq >= best_freq) {   // ties go to the larger count: a short row is a ragged row
            best = count;
            best_freq = freq;
        }
    return best;
}

bool is_grid(const std::vector<const Line*>& content) {
    if (content.size() < 2) return false;
    const std::vector<const Line*> body(content.begin() + 1, content.end());
    const int cols = grid_column_count(body);
    if (cols < 2) return false;
    std::size_t fitting = 0, ending_cells = 0;
    for (const Line* l : body) {
        if (natural_cell_count(split_tokens(l->text)) == cols) ++fitting;
        if (l->trailing_space) ++ending_cells;
    }
    if (fitting * 10 < body.size() * 6) return false;
    // Wrapped cells show as a mix of lines that end a cell (trailing space)
    // and lines that continue one; grid rows are all alike.
    const std::size_t continuing = body.size() - ending_cells;
    const bool mixed = ending_cells * 5 >= body.size() && continuing * 5 >= body.size();
    return !mixed;
}

namespace {

TableRow make_row(const std::vector<std::string>& cells, const Line& line, bool header) {
    TableRow row;
    row.header = header;
    row.span = {line.number, line.number};
    for (const std::string& text : cells) row.cells.push_back(make_cell(text, 1, header));
    if (!header && !row.cells.empty()) row.cells.front().label = true;
    return row;
}

Diagnostic ragged_row(const Line& line, std::size_t got, int want) {
    return {Severity::Warning, line.number, "table-ragged-row",
            "table row has " + std::to_string(got) + " cells, the table has " + std::to_string(want) +
                " columns; exported as printed"};
}

}  // namespace

BuiltRows build_grid(const std::vector<const Line*>& content) {
    BuiltRows out;
    if (content.empty()) return out;
    const Line& header = *content.front();
    const std::vector<const Line*> body(content.begin() + 1, content.end());
    const LineTokens header_tokens = split_tokens(header.text);
    const int header_natural = natural_cell_count(header_tokens);
    int cols = grid_column_count(body);
    if (cols == 0) cols = header_natural;
    out.cols = cols;

    // An empty corner cell: the header is a cell short, usually indented.
    const bool corner =
        header_natural < cols && (raw_leading_spaces(header) > 0 || header_natural == cols - 1);
    std::vector<std::string> header_cells;
    if (corner) header_cells.emplace_back();
    for (std::string& c : merge_to(header_tokens, static_cast<std::size_t>(cols - (corner ? 1 : 0))))
        header_cells.push_back(std::move(c));
    if (static_cast<int>(header_cells.size()) != cols)
        out.warnings.push_back(ragged_row(header, header_cells.size(), cols));
    out.rows.push_back(make_row(header_cells, header, true));

    for (const Line* l : body) {
        const std::vector<std::string> cells = merge_to(split_tokens(l->text), static_cast<std::size_t>(cols));
        if (static_cast<int>(cells.size()) != cols) out.warnings.push_back(ragged_row(*l, cells.size(), cols));
        out.rows.push_back(make_row(cells, *l, false));
    }
    return out;
}

}  // namespace shiryo::tables::detail
