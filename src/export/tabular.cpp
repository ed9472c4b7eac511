#include "export/tabular.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <variant>

#include "export/bibliographic.hpp"
#include "validate/checks.hpp"

namespace shiryo::exporters::tabular {

namespace {

using Json = nlohmann::ordered_json;

// ---------------------------------------------------------------- cells

Cell text_cell(std::string text) { return Cell{std::move(text), std::nullopt}; }

Cell integer_cell(long value) { return Cell{std::to_string(value), static_cast<double>(value)}; }

// Note numbers: 0 means "no note" (a citation in body text) and stays empty.
Cell positive_integer_cell(long value) { return value > 0 ? integer_cell(value) : text_cell(""); }

std::optional<double> plain_number_value(const std::string& text) {
    if (!is_plain_number(text)) return std::nullopt;
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// A table cell keeps its printed text; only a Number cell printed as a
// plain number becomes a number, so that the sheet equals the CSV.
Cell table_cell(const TableCell& cell) {
    Cell out = text_cell(cell.text);
    if (cell.type == CellType::Number) out.number = plain_number_value(cell.text);
    return out;
}

// ---------------------------------------------------------------- columns

Json string_format(const std::string& pattern) { return Json{{"base", "string"}, {"format", pattern}}; }

std::string alternatives(const std::vector<std::string>& values) {
    std::string out = "^(";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "|" : "") + values[i];
    return out + ")$";
}

Column string_column(std::string name, bool required = false) {
    Column c;
    c.name = std::move(name);
    c.required = required;
    return c;
}

Column integer_column(std::string name, bool required) {
    Column c = string_column(std::move(name), required);
    c.datatype = "integer";
    return c;
}

// A string column whose values follow a pattern (an enumeration or a form).
Column patterned_column(std::string name, const std::string& pattern, bool required,
                        std::string description = "") {
    Column c = string_column(std::move(name), required);
    c.datatype = string_format(pattern);
    c.expected_form = pattern;
    c.description = std::move(description);
    return c;
}

Column typed_column(std::string name, Json datatype, const std::string& pattern, std::string description) {
    Column c = string_column(std::move(name));
    c.datatype = std::move(datatype);
    c.expected_form = pattern;
    c.description = std::move(description);
    return c;
}

const std::string iso_date_prefix_form = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$";
const std::string vote_ja_form = alternatives({"賛成", "反対", "棄権", "不参加", "欠席"});
const std::string vote_ja_description =
    "Vote as printed: 賛成 yes, 反対 no, 棄権 abstain, 不参加 and 欠席 did not vote.";

// CSVW names must be URI-template variable names: percent-encode all but
// ASCII letters, digits and "_" (a leading "_" is reserved, so encode it too).
std::string percent_encoded_name(const std::string& title) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : title) {
        const bool ascii_alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool keep = ascii_alnum || (c == '_' && !out.empty());
        if (keep) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// Name each column from its titles; "colN" where that is empty or taken.
void name_columns(std::vector<Column>& columns) {
    std::set<std::string> taken;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::string joined;
        for (const auto& t : columns[i].titles) joined += (joined.empty() ? "" : "_") + t;
        std::string name = percent_encoded_name(joined);
        if (name.empty() || taken.count(name)) name = "col" + std::to_string(i + 1);
        while (taken.count(name)) name += "_";
        taken.insert(name);
        columns[i].name = name;
    }
}

// Does text follow an expected form, as std::regex_search(text, std::regex(form))
// answers? The forms are anchored (^...$), so that is a whole match, which
// the validator's WholeMatch gives without std::regex for the plain
// patterns CSVW uses; each form is compiled once per process.
bool follows_form(const std::string& form, const std::string& text) {
    static std::mutex guard;
    static std::map<std::string, validate::detail::WholeMatch> whole;
    static std::map<std::string, std::regex> searched;
    const bool anchored = form.size() >= 2 && form.front() == '^' && form.back() == '$' &&
                          (form.size() < 3 || form[form.size() - 2] != '\\');
    std::lock_guard lock(guard);
    if (anchored) {
        auto found = whole.find(form);
        if (found == whole.end()) found = whole.emplace(form, validate::detail::WholeMatch(form)).first;
        return found->second.matches(text);
    }
    auto found = searched.find(form);
    if (found == searched.end()) found = searched.emplace(form, std::regex(form, std::regex::ECMAScript)).first;
    return std::regex_search(text, found->second);
}

bool is_null_text(const Column& column, const std::string& text) {
    return text.empty() || std::find(column.nulls.begin(), column.nulls.end(), text) != column.nulls.end();
}

// Claim a column's pattern or datatype only when every value follows it:
// the metadata must stay true to the CSV even when a stage upstream erred.
void settle_formats(Grid& grid) {
    for (std::size_t c = 0; c < grid.columns.size(); ++c) {
        auto& column = grid.columns[c];
        if (column.expected_form.empty()) continue;
        bool all_follow = true;
        for (std::size_t r = static_cast<std::size_t>(grid.header_rows); r < grid.rows.size(); ++r) {
            if (c >= grid.rows[r].size()) continue;
            const auto& text = grid.rows[r][c].text;
            if (!is_null_text(column, text) && !follows_form(column.expected_form, text)) all_follow = false;
        }
        if (!all_follow) {
            column.datatype = "string";
            column.description += (column.description.empty() ? "" : " ") +
                                  std::string("Not every value has the expected form ") +
                                  column.expected_form + ".";
            column.expected_form.clear();
        }
    }
}

// The first candidate whose values are present and unique in every body row.
std::vector<std::string> choose_primary_key(const Grid& grid,
                                            const std::vector<std::vector<std::string>>& candidates) {
    auto index_of = [&](const std::string& name) {
        for (std::size_t i = 0; i < grid.columns.size(); ++i)
            if (grid.columns[i].name == name) return i;
        return grid.columns.size();
    };
    for (const auto& key : candidates) {
        std::set<std::vector<std::string>> seen;
        bool holds = true;
        for (std::size_t r = static_cast<std::size_t>(grid.header_rows); r < grid.rows.size() && holds; ++r) {
            std::vector<std::string> values;
            for (const auto& name : key) {
                const auto i = index_of(name);
                const auto& text = i < grid.rows[r].size() ? grid.rows[r][i].text : std::string();
                if (text.empty()) holds = false;
                values.push_back(text);
            }
            if (!seen.insert(values).second) holds = false;
        }
        if (holds) return key;
    }
    return {};
}

// ---------------------------------------------------------------- tidy grids

// A tidy column: how CSVW describes it and how a record fills it. One list
// per CSV drives the CSV, its metadata and its sheet alike.
template <class Record>
struct Field {
    Column column;
    std::function<Cell(const Record&)> cell;
};

template <class Record>
Grid tidy_grid(const std::vector<Record>& records, const std::vector<Field<Record>>& fields) {
    Grid grid;
    grid.header_rows = 1;
    std::vector<Cell> header;
    for (const auto& f : fields) {
        Column column = f.column;
        column.titles = {column.name};
        grid.columns.push_back(std::move(column));
        header.push_back(text_cell(f.column.name));
    }
    grid.rows.push_back(std::move(header));
    for (const auto& record : records) {
        std::vector<Cell> row;
        for (const auto& f : fields) row.push_back(f.cell(record));
        grid.rows.push_back(std::move(row));
    }
    settle_formats(grid);
    return grid;
}

std::string titled(const Document& doc, const std::string& what) {
    return doc.header.title.empty() ? what : doc.header.title + " — " + what;
}

std::string source_name(const Document& doc) {
    const auto slash = doc.source_path.find_last_of('/');
    return slash == std::string::npos ? doc.source_path : doc.source_path.substr(slash + 1);
}

void describe_document_grid(Grid& grid, const Document& doc, const std::string& what,
                            const std::string& sheet, std::string csv_name) {
    grid.title = titled(doc, what);
    grid.source = source_name(doc);
    grid.sheet_name = sheet;
    grid.fixed_sheet_name = true;
    grid.csv_name = std::move(csv_name);
}

const char* place_name(NotePlace place) { return place == NotePlace::Foot ? "foot" : "end"; }

std::string joined(const std::vector<std::string>& values, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? separator : "") + values[i];
    return out;
}

const std::string author_separator = " ; ";

// ---------------------------------------------------------------- table grids

const TableCell* cell_at(const TableRow& row, std::size_t c) {
    return c < row.cells.size() ? &row.cells[c] : nullptr;
}

std::vector<const TableRow*> header_first(const Table& table) {
    std::vector<const TableRow*> rows;
    for (const auto& r : table.rows)
        if (r.header) rows.push_back(&r);
    for (const auto& r : table.rows)
        if (!r.header) rows.push_back(&r);
    return rows;
}

std::string units_of(const std::vector<const TableCell*>& cells) {
    std::vector<std::string> units;
    for (const auto* cell : cells)
        if (!cell->unit.empty() && std::find(units.begin(), units.end(), cell->unit) == units.end())
            units.push_back(cell->unit);
    return joined(units, ", ");
}

// The CSVW description of a table column of the given type. A Number
// column is declared a number only when every cell of it is a plain number
// (or null), as in the sheet; otherwise it says which units it is printed with.
Column typed_table_column(ColumnType type, const std::vector<const TableCell*>& body,
                          const std::vector<std::string>& nulls) {
    if (type == ColumnType::Vote) return patterned_column("", vote_ja_form, false, vote_ja_description);
    Column column = string_column("");
    if (type != ColumnType::Number) return column;
    column.nulls = nulls;
    const bool all_plain = std::all_of(body.begin(), body.end(), [&](const TableCell* cell) {
        return is_null_text(column, cell->text) || table_cell(*cell).number.has_value();
    });
    if (all_plain) {
        column.datatype = "number";
    } else {
        const auto units = units_of(body);
        column.description = "Numbers as printed" + (units.empty() ? "" : ", with units (" + units + ")") +
                             "; the CSV and the sheet keep the source text.";
    }
    return column;
}

// Describe column c of a table from its header cells and its body cells;
// "－" cells (CellType::None) are its nulls.
Column table_column(const Table& table, const std::vector<const TableRow*>& rows, std::size_t c) {
    std::vector<std::string> titles;
    std::vector<const TableCell*> body;
    for (const auto* row : rows) {
        const auto* cell = cell_at(*row, c);
        if (!cell) continue;
        if (!row->header) body.push_back(cell);
        else if (!cell->text.empty()) titles.push_back(cell->text);
    }
    std::vector<std::string> nulls;
    for (const auto* cell : body)
        if (cell->type == CellType::None && !cell->text.empty() &&
            std::find(nulls.begin(), nulls.end(), cell->text) == nulls.end())
            nulls.push_back(cell->text);

    const auto type = c < table.column_types.size() ? table.column_types[c] : ColumnType::String;
    Column column = typed_table_column(type, body, nulls);
    column.titles = std::move(titles);
    column.nulls = std::move(nulls);
    return column;
}

}  // namespace

bool is_plain_number(std::string_view text) {
    if (text.empty() || text.size() >= 40) return false;   // ^-?[0-9]+(\.[0-9]+)?$ by hand
    std::size_t i = text[0] == '-' ? 1 : 0;
    auto digits = [&] {
        const std::size_t from = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        return i > from;
    };
    if (!digits()) return false;
    if (i == text.size()) return true;
    if (text[i] != '.') return false;
    ++i;
    return digits() && i == text.size();
}

std::vector<const Table*> tables_of(const Document& doc) {
    std::vector<const Table*> tables;
    for (const auto& block : doc.body)
        if (const auto* table = std::get_if<Table>(&block)) tables.push_back(table);
    return tables;
}

int table_number(const Document& doc, const Table& table) {
    if (table.n > 0) return table.n;
    const auto tables = tables_of(doc);
    const auto at = std::find(tables.begin(), tables.end(), &table);
    return at == tables.end() ? 1 : static_cast<int>(at - tables.begin()) + 1;
}

std::string table_csv_name(const Document& doc, const Table& table) {
    return doc.stem + ".table-" + std::to_string(table_number(doc, table)) + ".csv";
}
std::string votes_csv_name(const Document& doc) { return doc.stem + ".votes.csv"; }
std::string notes_csv_name(const Document& doc) { return doc.stem + ".notes.csv"; }
std::string citations_csv_name(const Document& doc) { return doc.stem + ".citations.csv"; }

Grid table_grid(const Table& table) {
    Grid grid;
    grid.sheet_name = table.label.empty() ? "Table " + std::to_string(table.n) : table.label;
    grid.title = table.caption;
    grid.label = table.label;
    grid.source = table.source;
    const auto rows = header_first(table);
    std::size_t width = 0;
    for (const auto* row : rows) {
        if (row->header) ++grid.header_rows;
        std::vector<Cell> cells;
        for (const auto& cell : row->cells) cells.push_back(table_cell(cell));
        width = std::max(width, cells.size());
        grid.rows.push_back(std::move(cells));
    }
    for (std::size_t c = 0; c < width; ++c) grid.columns.push_back(table_column(table, rows, c));
    name_columns(grid.columns);
    settle_formats(grid);
    return grid;
}

Grid votes_grid(const Document& doc) {
    using V = VoteRecord;
    const std::vector<Field<V>> fields = {
        {integer_column("table", true), [](const V& v) { return integer_cell(v.table); }},
        {string_column("country", true), [](const V& v) { return text_cell(v.country); }},
        {patterned_column("iso3", "^[A-Z]{3}$", false, "ISO 3166-1 alpha-3 code of the country."),
         [](const V& v) { return text_cell(v.iso3); }},
        {typed_column("date", "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "Date of the vote."),
         [](const V& v) { return text_cell(v.date); }},
        {string_column("resolution"), [](const V& v) { return text_cell(v.resolution); }},
        {patterned_column("vote_ja", vote_ja_form, true, vote_ja_description),
         [](const V& v) { return text_cell(v.vote_ja); }},
        {patterned_column("vote", "^(Y|N|A|NV)$", true,
                          "UN Digital Library vote code: Y yes, N no, A abstain, NV did not vote."),
         [](const V& v) { return text_cell(v.vote); }},
    };
    Grid grid = tidy_grid(doc.votes, fields);
    describe_document_grid(grid, doc, "roll-call votes", "Votes", votes_csv_name(doc));
    grid.primary_key = choose_primary_key(
        grid, {{"table", "iso3", "date"}, {"table", "country", "date"}, {"table", "country", "date", "resolution"}});
    return grid;
}

Grid notes_grid(const Document& doc) {
    const std::vector<Field<Note>> fields = {
        {integer_column("n", true), [](const Note& n) { return integer_cell(n.n); }},
        {patterned_column("place", "^(foot|end)$", true, "foot: footnote; end: endnote."),
         [](const Note& n) { return text_cell(place_name(n.place)); }},
        {string_column("text"), [](const Note& n) { return text_cell(n.text); }},
        {integer_column("refs", false), [](const Note& n) { return integer_cell(n.ref_count); }},
    };
    Grid grid = tidy_grid(doc.notes, fields);
    describe_document_grid(grid, doc, "notes", "Notes", notes_csv_name(doc));
    grid.primary_key = choose_primary_key(grid, {{"n"}, {"place", "n"}});
    return grid;
}

Grid citations_grid(const Document& doc) {
    using C = Citation;
    Column authors = string_column("authors");
    authors.separator = author_separator;
    authors.description = "Persons or organisations; for a work with editors but no author, its editors.";
    const std::vector<Field<C>> fields = {
        {integer_column("note", false), [](const C& c) { return positive_integer_cell(c.note); }},
        {integer_column("seq", true), [](const C& c) { return integer_cell(c.seq); }},
        {patterned_column("type", alternatives(bibliographic::csl_types()), true, "CSL item type."),
         [](const C& c) { return text_cell(bibliographic::csl_type(c)); }},
        // The work's creators: an edited volume without an author is known by its editors.
        {authors, [](const C& c) { return text_cell(joined(c.authors.empty() ? c.editors : c.authors, author_separator)); }},
        {string_column("title"), [](const C& c) { return text_cell(c.title); }},
        {string_column("container"), [](const C& c) { return text_cell(c.container); }},
        {string_column("publisher"), [](const C& c) { return text_cell(c.publisher); }},
        {patterned_column("date", iso_date_prefix_form, false, "ISO 8601, as precise as the source."),
         [](const C& c) { return text_cell(c.date); }},
        {string_column("volume"), [](const C& c) { return text_cell(c.volume); }},
        {string_column("issue"), [](const C& c) { return text_cell(c.issue); }},
        {string_column("pages"), [](const C& c) { return text_cell(c.pages); }},
        {typed_column("url", "anyURI", "^[^ <>]+$", ""), [](const C& c) { return text_cell(c.url); }},
        {patterned_column("accessed", iso_date_prefix_form, false, "ISO 8601 date the URL was accessed."),
         [](const C& c) { return text_cell(c.accessed); }},
        {patterned_column("lang", "^[a-z]{2,3}$", false, "ISO 639-1 language code."),
         [](const C& c) { return text_cell(c.lang); }},
        {string_column("raw"), [](const C& c) { return text_cell(c.raw); }},
    };
    Grid grid = tidy_grid(doc.citations, fields);
    describe_document_grid(grid, doc, "citations", "Citations", citations_csv_name(doc));
    grid.primary_key = choose_primary_key(grid, {{"note", "seq"}});
    return grid;
}

std::vector<Grid> all_grids(const Document& doc) {
    std::vector<Grid> grids;
    for (const auto* table : tables_of(doc)) {
        Grid grid = table_grid(*table);
        grid.csv_name = table_csv_name(doc, *table);
        grids.push_back(std::move(grid));
    }
    if (!doc.votes.empty()) grids.push_back(votes_grid(doc));
    if (!doc.notes.empty()) grids.push_back(notes_grid(doc));
    if (!doc.citations.empty()) grids.push_back(citations_grid(doc));
    return grids;
}

}  // namespace shiryo::exporters::tabular
