// Grid tables: one line per row, cells separated by spaces
// ("アルメニア 棄権 棄権 不参加 棄権 棄権"). Header cells may contain the
// converter's spaces ("3月 2日"), so the column count comes from the body.
#include <climits>
#include <map>
#include <optional>

#include "tables/internal.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables::detail {

void GridShape::add(const Line& body_line) {
    ++frequency_[natural_cell_count(split_tokens(body_line.text))];
    ++lines_;
    if (body_line.trailing_space) ++ending_cells_;
}

int GridShape::column_count() const {
    int best = 0, best_freq = 0;
    for (const auto& [count, freq] : frequency_)
        if (freq >= best_freq) {   // ties go to the larger count: a short row is a ragged row
            best = count;
            best_freq = freq;
        }
    return best;
}

bool GridShape::is_grid() const {
    if (lines_ == 0) return false;
    const int cols = column_count();
    if (cols < 2) return false;
    const auto it = frequency_.find(cols);
    const std::size_t fitting = it == frequency_.end() ? 0 : static_cast<std::size_t>(it->second);
    if (fitting * 10 < lines_ * 6) return false;
    // Wrapped cells show as a mix of lines that end a cell (trailing space)
    // and lines that continue one; grid rows are all alike.
    const std::size_t continuing = lines_ - ending_cells_;
    const bool mixed = ending_cells_ * 5 >= lines_ && continuing * 5 >= lines_;
    return !mixed;
}

int grid_column_count(const std::vector<const Line*>& body) {
    GridShape shape;
    for (const Line* l : body) shape.add(*l);
    return shape.column_count();
}

bool is_grid(const std::vector<const Line*>& content) {
    if (content.size() < 2) return false;
    GridShape shape;
    for (std::size_t k = 1; k < content.size(); ++k) shape.add(*content[k]);
    return shape.is_grid();
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

// What the full rows of the body hold in one column: how many numbers and
// other words, and how many numbers each unit has ("" for none).
struct ColumnProfile {
    int numbers = 0;
    int words = 0;
    std::map<std::string, int> units;
    // All the column's numbers share one unit: that unit, else nothing.
    const std::string* one_unit() const { return units.size() == 1 ? &units.begin()->first : nullptr; }
};
using Profiles = std::vector<ColumnProfile>;

// Add (`sign` 1) or take away (-1) one full row's cells.
void tally(Profiles& columns, const std::vector<TableCell>& row, int sign) {
    for (std::size_t c = 1; c < row.size() && c < columns.size(); ++c) {
        const TableCell& cell = row[c];
        ColumnProfile& p = columns[c];
        if (cell.type == CellType::Number) {
            p.numbers += sign;
            if ((p.units[cell.unit] += sign) <= 0) p.units.erase(cell.unit);
        } else if (cell.type == CellType::Text) {
            p.words += sign;
        }
    }
}

std::vector<TableCell> typed_cells(const std::vector<std::string>& cells) {
    std::vector<TableCell> out;
    for (const std::string& c : cells) out.push_back(make_cell(c, 1, false));
    return out;
}

constexpr int kMisfit = -1;

// How well a cell fits a column: 2 a number in the column's own unit, 1 a
// cell of the column's kind (a none mark fits any), kMisfit a number where
// only words stand, a word where only numbers stand, a number in another
// unit than the column's one unit ("0.3" under "+9%").
int fit(const TableCell& cell, const ColumnProfile& p) {
    const bool numeric = p.numbers > 0 && p.words == 0;
    const bool verbal = p.words > 0 && p.numbers == 0;
    switch (cell.type) {
        case CellType::None:
        case CellType::Empty: return 1;
        case CellType::Number: {
            if (verbal) return kMisfit;
            if (!numeric) return p.numbers > 0 ? 1 : 0;
            const std::string* unit = p.one_unit();
            if (!unit) return 1;
            return cell.unit == *unit ? 2 : kMisfit;
        }
        case CellType::Text:
        default: return numeric ? kMisfit : (verbal ? 1 : 0);
    }
}

// How many cells of a row (the label aside) do not fit their column.
int misfits(const std::vector<TableCell>& row, const Profiles& columns) {
    int n = 0;
    for (std::size_t c = 1; c < row.size() && c < columns.size(); ++c) n += fit(row[c], columns[c]) == kMisfit;
    return n;
}

// A row printed with fewer cells than the table has columns: its cells in
// printed order, the label in the first column, each in the column its type
// fits best, empty cells where none fits (a small dynamic programme over
// cells × columns). When several placements fit equally well, the cells
// are numbers in columns of numbers and one of the best is the printed
// order with the missing cells at the row's end, that one: a row of
// figures that stops early (figures not yet known). Nothing when no
// placement fits, or several do otherwise (a short row of words or votes
// gives no hint which cell is missing).
std::optional<std::vector<std::string>> place_cells(const std::vector<std::string>& cells, const Profiles& columns) {
    const std::size_t k = cells.size(), n = columns.size();
    if (k < 2 || k >= n) return std::nullopt;
    struct State {
        int score = INT_MIN;   // INT_MIN: unreachable
        int ways = 0;          // placements reaching the score, capped at 2
        bool took = false;     // the last column took cell i-1 (else it stays empty)
    };
    // best[i][j]: cells [0, i) placed in columns [0, j), the label in column 0.
    std::vector<State> best((k + 1) * (n + 1));
    auto at = [&](std::size_t i, std::size_t j) -> State& { return best[i * (n + 1) + j]; };
    at(1, 1) = {0, 1, true};
    const std::vector<TableCell> typed = typed_cells(cells);
    for (std::size_t j = 2; j <= n; ++j)
        for (std::size_t i = 1; i <= k && i <= j; ++i) {
            State s;
            auto offer = [&](int score, int ways, bool took) {
                if (score > s.score) s = {score, ways, took};
                else if (score == s.score) s.ways = std::min(2, s.ways + ways);
            };
            const State& empty = at(i, j - 1);   // column j-1 stays empty
            if (empty.score != INT_MIN) offer(empty.score, empty.ways, false);
            const State& prev = at(i - 1, j - 1);   // column j-1 takes cell i-1
            const int f = i >= 2 ? fit(typed[i - 1], columns[j - 1]) : kMisfit;
            if (prev.score != INT_MIN && f != kMisfit) offer(prev.score + f, prev.ways, true);
            at(i, j) = s;
        }
    if (at(k, n).score == INT_MIN) return std::nullopt;
    std::vector<std::string> out(n);
    if (at(k, n).ways != 1) {
        // Tied: the printed order with empty cells at the end, if it is one of the best.
        int packed = 0;
        for (std::size_t i = 1; i < k; ++i) {
            const ColumnProfile& p = columns[i];
            const int f = fit(typed[i], p);
            if (f == kMisfit || typed[i].type != CellType::Number || p.numbers == 0 || p.words > 0)
                return std::nullopt;
            packed += f;
        }
        if (packed != at(k, n).score) return std::nullopt;
        for (std::size_t i = 0; i < k; ++i) out[i] = cells[i];
        return out;
    }
    for (std::size_t i = k, j = n; j > 0; --j) {
        if (at(i, j).took) out[j - 1] = cells[--i];
    }
    return out;
}

// A grid line's natural cells (bound gaps closed) and the spaces before
// each (empty for the first).
struct NaturalCells {
    std::vector<std::string> cells;
    std::vector<std::string> gaps;
};

NaturalCells natural_cells_with_gaps(const LineTokens& line) {
    NaturalCells out;
    if (line.tokens.empty()) return out;
    const TokenGroups groups = group_tokens(line);
    out.cells.push_back(line.tokens.front());
    out.gaps.emplace_back();
    for (std::size_t g = 0; g < line.gaps.size(); ++g) {
        if (groups.bound[g]) {
            out.cells.back() += line.gaps[g] + line.tokens[g + 1];
        } else {
            out.cells.push_back(line.tokens[g + 1]);
            out.gaps.push_back(line.gaps[g]);
        }
    }
    return out;
}

// A full row whose cells read shifted (two or more do not fit their
// columns) because its label holds a space ("EU 向け計 140 +48%" in a grid
// of numbers: "向け計" is no number, "140" no percentage): join the words
// after the label into it, across single spaces, and place the other cells
// by type as for a short row. Nothing when no such reading fits.
std::optional<std::vector<std::string>> label_with_words(const NaturalCells& natural, const Profiles& columns) {
    constexpr std::size_t kMaxLabelWords = 3;
    std::string label = natural.cells.front();
    for (std::size_t m = 1; m <= kMaxLabelWords && m + 1 < natural.cells.size(); ++m) {
        if (text::to_u32(natural.gaps[m]).size() != 1) break;   // a run of spaces is a column gap
        if (make_cell(natural.cells[m], 1, false).type != CellType::Text || is_vote_word(natural.cells[m]) ||
            is_date_text(natural.cells[m]))
            break;
        label += natural.gaps[m] + natural.cells[m];
        std::vector<std::string> cells{label};
        cells.insert(cells.end(), natural.cells.begin() + static_cast<std::ptrdiff_t>(m + 1), natural.cells.end());
        if (auto placed = place_cells(cells, columns)) return placed;
    }
    return std::nullopt;
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

    std::vector<std::vector<std::string>> cells_of(body.size());
    std::vector<NaturalCells> natural(body.size());
    std::vector<std::vector<TableCell>> typed(body.size());   // full rows only
    Profiles columns(static_cast<std::size_t>(cols));
    for (std::size_t k = 0; k < body.size(); ++k) {
        const LineTokens tokens = split_tokens(body[k]->text);
        cells_of[k] = merge_to(tokens, static_cast<std::size_t>(cols));
        natural[k] = natural_cells_with_gaps(tokens);
        if (static_cast<int>(cells_of[k].size()) == cols) {
            typed[k] = typed_cells(cells_of[k]);
            tally(columns, typed[k], 1);
        }
    }
    // A full row is judged by the other full rows; one that reads shifted
    // is read again with its label's words joined, and no longer counts
    // for the columns.
    std::vector<std::optional<std::vector<std::string>>> reread(body.size());
    for (std::size_t k = 0; k < body.size(); ++k) {
        if (typed[k].empty()) continue;
        Profiles others = columns;
        tally(others, typed[k], -1);
        if (misfits(typed[k], others) >= 2) reread[k] = label_with_words(natural[k], others);
    }
    for (std::size_t k = 0; k < body.size(); ++k)
        if (reread[k]) tally(columns, typed[k], -1);

    for (std::size_t k = 0; k < body.size(); ++k) {
        std::vector<std::string>& cells = cells_of[k];
        if (reread[k]) {
            cells = std::move(*reread[k]);
        } else if (static_cast<int>(cells.size()) < cols) {
            // A short row: place its cells by type, empty cells between.
            if (auto placed = place_cells(natural[k].cells, columns)) cells = std::move(*placed);
        }
        if (static_cast<int>(cells.size()) != cols) out.warnings.push_back(ragged_row(*body[k], cells.size(), cols));
        out.rows.push_back(make_row(cells, *body[k], false));
    }
    return out;
}

}  // namespace shiryo::tables::detail
