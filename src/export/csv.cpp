// RFC 4180 CSV: UTF-8 without BOM, CRLF after every row, fields quoted
// when they hold a comma, a quote or a line break. For spreadsheet programs
// (--csv-bom, --excel): a UTF-8 BOM, and formula-like cells guarded.
#include "export/exporters.hpp"
#include "export/tabular.hpp"

namespace shiryo::exporters {

std::string csv_escape(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string formula_guard(const std::string& field) {
    if (field.empty()) return field;
    const char first = field[0];
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') return field;
    // "-3.5" is read by a spreadsheet as the number it is: nothing to guard.
    if (first == '-' && tabular::is_plain_number(field)) return field;
    return "'" + field;
}

namespace tabular {

std::string to_csv(const Grid& grid, const CsvOptions& options) {
    std::string out = options.bom || options.excel ? "\xEF\xBB\xBF" : "";
    for (const auto& row : grid.rows) {
        // A row of one empty cell is written "" so that it does not read back as a row of none.
        if (row.size() == 1 && row[0].text.empty()) out += "\"\"";
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) out += ',';
            out += csv_escape(options.excel ? formula_guard(row[c].text) : row[c].text);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace tabular

void csv_for_spreadsheets(const Document& doc, const CsvOptions& options, std::vector<OutputFile>& files) {
    if (!options.bom && !options.excel) return;
    for (const auto& grid : tabular::all_grids(doc))
        for (OutputFile& f : files)
            if (f.name == grid.csv_name) f.content = tabular::to_csv(grid, options);
}

std::string to_table_csv(const Table& table) { return tabular::to_csv(tabular::table_grid(table)); }
std::string to_votes_csv(const Document& doc) { return tabular::to_csv(tabular::votes_grid(doc)); }
std::string to_notes_csv(const Document& doc) { return tabular::to_csv(tabular::notes_grid(doc)); }
std::string to_citations_csv(const Document& doc) { return tabular::to_csv(tabular::citations_grid(doc)); }

}  // namespace shiryo::exporters
