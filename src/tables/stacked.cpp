// table.stacked-cells: pdftotext prints a ruled table without wide gaps one
// cell per line ("ラベル", "クラス名", "0", "Healthy", "1", …), so the first
// rebuild gives a single column. When that column is a repetition of k
// cells whose body columns each keep one kind (numbers, or words), it is a
// table of k columns: the first k cells are the header row.
#include <algorithm>
#include <optional>

#include "tables/internal.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables::detail {

namespace {

constexpr std::size_t kMaxStackedColumns = 10;
constexpr std::size_t kMinStackedBodyRows = 2;

enum class CellKind { Number, Word, Any };

// A number (signed, decimal, with a unit or a remark after it: "+0.36%",
// "−10.09%", "31（固定）", "±0"), a dash standing for none (any column), or words.
CellKind kind_of(std::string_view cell) {
    const std::u32string s = text::to_u32(text::nfkc(text::trim(cell)));
    if (s.empty() || s == U"—" || s == U"-" || s == U"–" || s == U"―" || s == U"－") return CellKind::Any;
    std::size_t i = 0;
    while (i < s.size() && std::u32string_view(U"+-−±▲△~").find(s[i]) != std::u32string_view::npos) ++i;
    return i < s.size() && s[i] >= U'0' && s[i] <= U'9' ? CellKind::Number : CellKind::Word;
}

// Share of the k body columns whose cells keep one kind; `first_uniform_words`
// tells whether the first column holds words only (row labels).
double homogeneity(const std::vector<std::string>& cells, std::size_t header, std::size_t k, bool& first_words,
                   bool& mixed_kinds) {
    std::size_t uniform = 0;
    bool words = false, numbers = false;
    // (header cells count for the mix: word headers over number columns are a table)
    for (std::size_t i = 0; i < header; ++i) words = words || kind_of(cells[i]) == CellKind::Word;
    for (std::size_t c = 0; c < k; ++c) {
        CellKind seen = CellKind::Any;
        bool ok = true;
        for (std::size_t i = header + c; i < cells.size(); i += k) {
            const CellKind kind = kind_of(cells[i]);
            words = words || kind == CellKind::Word;
            numbers = numbers || kind == CellKind::Number;
            if (kind == CellKind::Any) continue;
            if (seen == CellKind::Any) seen = kind;
            else if (seen != kind) ok = false;
        }
        uniform += ok;
        if (c == 0) first_words = ok && seen == CellKind::Word;
    }
    mixed_kinds = words && numbers;
    return static_cast<double>(uniform) / static_cast<double>(k);
}

}  // namespace

StackedShape stacked_shape(const std::vector<std::string>& cells) {
    // The header row has k cells, or k - 1 when the converter lost the first
    // (a math symbol over the label column) - tried only when no header of k
    // cells reads. A reading is believed when every body column keeps one kind
    // and words (headers count) stand beside numbers, or when the first column
    // is row labels (words) and at least half the columns keep one kind; the
    // best score wins, the smaller k on a tie.
    for (const bool short_header : {false, true}) {
        StackedShape best;
        double best_score = 0.0;
        for (std::size_t k = 2; k <= kMaxStackedColumns; ++k) {
            const std::size_t header = short_header ? k - 1 : k;
            if (cells.size() < header + k * kMinStackedBodyRows || (cells.size() - header) % k != 0) continue;
            bool first_words = false, mixed = false;
            const double score = homogeneity(cells, header, k, first_words, mixed);
            const bool believed = mixed && (score >= 1.0 || (first_words && score >= 0.5));
            if (believed && score > best_score + 1e-9) {
                best = {k, header};
                best_score = score;
            }
        }
        if (best.columns) return best;
    }
    return {};
}

std::size_t stacked_body_columns(const std::vector<std::string>& cells) {
    constexpr std::size_t kMinRows = 3;
    for (std::size_t k = 2; k <= kMaxStackedColumns; ++k) {
        if (cells.size() < k * kMinRows || cells.size() % k != 0) continue;
        bool first_words = false, mixed = false;
        if (homogeneity(cells, 0, k, first_words, mixed) >= 1.0 && first_words && mixed) return k;
    }
    return 0;
}

std::optional<BuiltRows> reshape_stacked(const std::vector<TableRow>& rows) {
    std::vector<std::string> cells;
    std::vector<const TableRow*> origin;
    for (const TableRow& r : rows) {
        if (r.cells.size() != 1) return std::nullopt;
        cells.push_back(r.cells[0].text);
        origin.push_back(&r);
    }
    const StackedShape shape = stacked_shape(cells);
    if (shape.columns == 0) return std::nullopt;
    const std::size_t k = shape.columns;
    BuiltRows out;
    out.cols = static_cast<int>(k);
    TableRow head;
    head.header = true;
    if (shape.header_cells < k) head.cells.push_back(make_cell("", 0, true));   // the lost first header cell
    for (std::size_t c = 0; c < shape.header_cells; ++c)
        head.cells.push_back(make_cell(cells[c], origin[c]->cells[0].source_lines, true));
    head.span = {origin.front()->span.first, origin[shape.header_cells - 1]->span.last};
    out.rows.push_back(std::move(head));
    for (std::size_t start = shape.header_cells; start < cells.size(); start += k) {
        TableRow row;
        row.span = {origin[start]->span.first, origin[start + k - 1]->span.last};
        for (std::size_t c = 0; c < k; ++c) {
            TableCell cell = make_cell(cells[start + c], origin[start + c]->cells[0].source_lines, false);
            cell.label = c == 0;
            row.cells.push_back(std::move(cell));
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace shiryo::tables::detail
