// Wrapped tables: the header line gives the columns (" カザフスタン
// ウズベキスタン " with an empty corner cell); every body cell wraps over
// lines, a line ending in a space ends a cell, and several cells may share a
// line. Which spaces separate cells is decided for all rows at once: the
// partition into rows of exactly `cols` cells that overrides the fewest
// layout signals wins (a small dynamic programme, linear in the pieces).
#include <algorithm>
#include <climits>
#include <optional>

#include "tables/internal.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables::detail {

namespace {

// A run of text between spaces or line ends.
struct Piece {
    std::string text;
    int line = 0;
};

// What lies between piece i and piece i+1.
struct Boundary {
    bool line_end = false;
    bool cell_end_mark = false;  // line_end: the line ended with a space
    bool assumed_mark = false;   // line_end: no line of the table ends with a space; assumed
    GapKind kind = GapKind::Separator;  // !line_end: the kind of the space
    std::string spaces;          // !line_end: the spaces as printed
    int soft_ordinal = 0;        // Converter gaps: how many came before it since the last cell end mark
    bool number_follows = false; // Converter gaps: Japanese before, a digit after ("関係 2003年")
};

// Costs of overriding a signal. A cell end mark (trailing space) is the
// strongest signal; a space between two Japanese characters almost always
// separates cells; a space next to ASCII is usually the converter's. The
// one converter space that often does separate cells is the one after a
// row's label ("ロシアとの関係 2003年4月…"), so promoting it is cheap: cheaper
// than joining across a Japanese–Japanese space, which the converter never adds.
constexpr int kForbidden = 1000000;    // joining across a trailing-space line end
constexpr int kOverride = 100;         // any other override
constexpr int kWideOverride = 300;     // joining across a run of spaces
constexpr int kLabelPromotion = 30;    // + ordinal: the row label ends at a converter space
constexpr int kLabelNotBeforeNumber = 10;  // cells often start with a date or amount
constexpr int kRowEndInsideLine = 500; // rows end at line ends
constexpr int kLabelSentence = 50;     // a row label names the row; a sentence end belongs to a cell

struct Stream {
    std::vector<Piece> pieces;
    std::vector<Boundary> bounds;   // bounds.size() == pieces.size() - 1 (when pieces exist)
};

bool starts_with_digit(std::string_view token) {
    const std::u32string u = text::to_u32(token.substr(0, std::min<std::size_t>(token.size(), 4)));
    return !u.empty() && text::is_digit_any(u.front());
}

bool has_sentence_end(std::string_view piece) { return piece.find("。") != std::string_view::npos; }

bool ends_with_ascii(std::string_view token) { return !token.empty() && static_cast<unsigned char>(token.back()) < 0x80; }

Stream make_stream(const std::vector<const Line*>& body, bool cell_end_marks) {
    Stream s;
    const Line* prev = nullptr;
    int soft = 0;
    for (const Line* l : body) {
        const LineTokens t = split_tokens(l->text);
        if (t.tokens.empty()) continue;
        if (prev) {
            Boundary b;
            b.line_end = true;
            // Without any trailing space in the table, a line end is the only
            // place a cell can end: treat every one as a mark.
            b.cell_end_mark = cell_end_marks ? prev->trailing_space : true;
            b.assumed_mark = !cell_end_marks;
            if (b.cell_end_mark) soft = 0;   // soft ordinals count from the last cell end mark
            s.bounds.push_back(b);
        }
        for (std::size_t k = 0; k < t.tokens.size(); ++k) {
            if (k > 0) {
                Boundary b;
                b.kind = classify_gap(t.tokens[k - 1], t.tokens[k], t.gaps[k - 1]);
                b.spaces = t.gaps[k - 1];
                if (b.kind == GapKind::Converter) {
                    b.soft_ordinal = soft++;
                    b.number_follows = starts_with_digit(t.tokens[k]) && !ends_with_ascii(t.tokens[k - 1]);
                }
                s.bounds.push_back(b);
            }
            s.pieces.push_back({t.tokens[k], l->number});
        }
        prev = l;
    }
    return s;
}

int join_cost(const Boundary& b) {
    if (b.line_end) return b.cell_end_mark ? (b.assumed_mark ? kOverride : kForbidden) : 0;
    switch (b.kind) {
        case GapKind::Wide: return kWideOverride;
        case GapKind::Separator: return kOverride;
        case GapKind::Converter: return 0;
    }
    return kOverride;
}

// `cell` is the index within its row of the cell the split closes.
int split_cost(const Boundary& b, int cell, int cols) {
    int cost = 0;
    if (b.line_end) {
        cost = b.cell_end_mark ? 0 : kOverride;
    } else if (b.kind == GapKind::Converter) {
        // The label/first-cell boundary is often a Japanese→digit space
        // ("ロシアとの関係 2003年4月…"); prefer the earliest one before a number.
        cost = cell == 0 ? kLabelPromotion + (b.number_follows ? 0 : kLabelNotBeforeNumber) +
                               std::min(b.soft_ordinal, 9)
                         : kOverride;
    }
    if (cell == cols - 1 && !b.line_end) cost += kRowEndInsideLine;
    return cost;
}

// For every boundary: does a cell end there? Nothing when no partition into
// whole rows exists without joining across a cell end mark.
std::optional<std::vector<bool>> best_partition(const Stream& s, int cols) {
    const std::size_t m = s.bounds.size();
    const std::size_t n = static_cast<std::size_t>(cols);
    constexpr long long kUnreached = LLONG_MAX;
    std::vector<long long> cost(n, kUnreached);   // per cell index in the row
    cost[0] = 0;
    // from/split[i * n + c]: the state before boundary i that led to state c
    // after it, and whether a cell ended there.
    std::vector<int> from(m * n, -1);
    std::vector<char> split(m * n, 0);
    for (std::size_t i = 0; i < m; ++i) {
        std::vector<long long> next(n, kUnreached);
        for (std::size_t c = 0; c < n; ++c) {
            if (cost[c] == kUnreached) continue;
            // Joining a piece with a sentence end into the row label.
            const int label_sentence = c == 0 && has_sentence_end(s.pieces[i + 1].text) ? kLabelSentence : 0;
            const long long j = cost[c] + join_cost(s.bounds[i]) + label_sentence;
            if (j < next[c]) {
                next[c] = j;
                from[i * n + c] = static_cast<int>(c);
                split[i * n + c] = 0;
            }
            const std::size_t c2 = (c + 1) % n;
            const long long sp = cost[c] + split_cost(s.bounds[i], static_cast<int>(c), cols);
            if (sp < next[c2]) {
                next[c2] = sp;
                from[i * n + c2] = static_cast<int>(c);
                split[i * n + c2] = 1;
            }
        }
        cost = std::move(next);
    }
    if (cost[n - 1] >= kForbidden) return std::nullopt;
    std::vector<bool> decisions(m);
    std::size_t state = n - 1;
    for (std::size_t i = m; i-- > 0;) {
        decisions[i] = split[i * n + state] != 0;
        state = static_cast<std::size_t>(from[i * n + state]);
    }
    return decisions;
}

// The layout's own reading, used when no partition fits.
std::vector<bool> default_partition(const Stream& s) {
    std::vector<bool> d(s.bounds.size());
    for (std::size_t i = 0; i < d.size(); ++i) d[i] = join_cost(s.bounds[i]) > 0;
    return d;
}

struct BuiltCell {
    std::string text;
    int first_line = 0;
    int last_line = 0;
    int lines = 0;
};

// Join pieces into cells without adding characters: a space inside a line
// stays as printed, a line end adds nothing.
std::vector<BuiltCell> join_cells(const Stream& s, const std::vector<bool>& splits) {
    std::vector<BuiltCell> cells;
    if (s.pieces.empty()) return cells;
    auto open = [&](const Piece& p) { cells.push_back({p.text, p.line, p.line, 1}); };
    open(s.pieces.front());
    for (std::size_t i = 0; i < s.bounds.size(); ++i) {
        const Piece& p = s.pieces[i + 1];
        if (splits[i]) {
            open(p);
            continue;
        }
        BuiltCell& c = cells.back();
        if (!s.bounds[i].line_end) c.text += s.bounds[i].spaces;
        c.text += p.text;
        if (p.line != c.last_line) ++c.lines;
        c.last_line = p.line;
    }
    return cells;
}

std::vector<std::string> header_cells(const Line& header) {
    const LineTokens t = split_tokens(header.text);
    std::vector<std::string> cells;
    // The empty corner cell: the header line is indented.
    if (raw_leading_spaces(header) > 0) cells.emplace_back();
    if (t.tokens.empty()) return cells;
    cells.push_back(t.tokens.front());
    for (std::size_t g = 0; g < t.gaps.size(); ++g) {
        // Column names are separated by Japanese-side spaces; a converter
        // space stays inside its name ("2003 年").
        if (classify_gap(t.tokens[g], t.tokens[g + 1], t.gaps[g]) == GapKind::Converter)
            cells.back() += t.gaps[g] + t.tokens[g + 1];
        else
            cells.push_back(t.tokens[g + 1]);
    }
    return cells;
}

}  // namespace

BuiltRows build_wrapped(const std::vector<const Line*>& content) {
    BuiltRows out;
    if (content.empty()) return out;
    const Line& header = *content.front();
    const std::vector<std::string> head = header_cells(header);
    const int cols = static_cast<int>(head.size());
    out.cols = cols;
    TableRow header_row;
    header_row.header = true;
    header_row.span = {header.number, header.number};
    for (const std::string& h : head) header_row.cells.push_back(make_cell(h, 1, true));
    out.rows.push_back(std::move(header_row));

    const std::vector<const Line*> body(content.begin() + 1, content.end());
    bool any_mark = false;
    for (const Line* l : body) any_mark = any_mark || l->trailing_space;
    const Stream stream = make_stream(body, any_mark);
    if (stream.pieces.empty()) return out;

    std::optional<std::vector<bool>> best = best_partition(stream, cols);
    std::vector<bool> splits;
    if (best) {
        splits = std::move(*best);
    } else {
        splits = default_partition(stream);
        out.warnings.push_back({Severity::Warning, body.front()->number, "table-no-partition",
                                "no division of the wrapped cells into rows of " + std::to_string(cols) +
                                    " cells fits; cells kept in printed order"});
    }
    const std::vector<BuiltCell> cells = join_cells(stream, splits);
    for (std::size_t k = 0; k < cells.size(); k += static_cast<std::size_t>(cols)) {
        TableRow row;
        const std::size_t end = std::min(cells.size(), k + static_cast<std::size_t>(cols));
        for (std::size_t c = k; c < end; ++c) row.cells.push_back(make_cell(cells[c].text, cells[c].lines, false));
        row.cells.front().label = true;
        row.span = {cells[k].first_line, cells[end - 1].last_line};
        // table.row-inside-line: a row that begins inside a printed line
        // (the row before it was short and took cells of the next) is
        // named, each one: the partition filled it with another row's cells.
        if (k > 0 && cells[k - 1].last_line == cells[k].first_line)
            out.warnings.push_back({Severity::Warning, cells[k].first_line, "table.row-inside-line",
                                    "a table row begins inside line " + std::to_string(cells[k].first_line) +
                                        ": the row before it is short or this line is ragged, and cells may "
                                        "have moved between rows (row " + std::to_string(out.rows.size()) +
                                        " of the table; check it against the source)"});
        if (static_cast<int>(row.cells.size()) != cols)
            out.warnings.push_back({Severity::Warning, row.span.first, "table-ragged-row",
                                    "table row has " + std::to_string(row.cells.size()) + " cells, the table has " +
                                        std::to_string(cols) + " columns; exported as printed"});
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace shiryo::tables::detail
