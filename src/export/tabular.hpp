// Internal to the exporters: the one tabular view of a document that the
// CSV, CSVW and XLSX writers share, so that a sheet, its CSV and the CSV's
// metadata always agree cell for cell and column for column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/exporters.hpp"
#include "model/document.hpp"

namespace shiryo::exporters::tabular {

// One cell as every tabular format holds it.
struct Cell {
    std::string text;               // exactly what the CSV holds
    std::optional<double> number;   // set: the XLSX stores this number; it equals the text
};

// One column as CSVW describes it.
struct Column {
    std::string name;                   // CSVW name: URI-template safe, unique
    std::vector<std::string> titles;    // the header texts of the column
    nlohmann::ordered_json datatype = "string";
    bool required = false;
    std::string separator;              // CSVW list separator ("" = a single value)
    std::vector<std::string> nulls;     // texts meaning "no value" besides ""
    std::string description;            // dc:description
    // ECMAScript pattern every non-null value is expected to follow; the
    // datatype is only claimed when the values really do (see settle_formats).
    std::string expected_form;
};

struct Grid {
    std::string csv_name;           // e.g. "S.table-1.csv"; empty when unknown
    std::string sheet_name;         // wished XLSX sheet name (made valid by the XLSX writer)
    bool fixed_sheet_name = false;  // Votes/Notes/Citations: claimed before the tables' names
    std::string title;              // dc:title
    std::string label;              // rdfs:label (a table's "表１")
    std::string source;             // dc:source
    int header_rows = 0;            // the first rows are header rows
    std::vector<std::vector<Cell>> rows;
    std::vector<Column> columns;
    std::vector<std::string> primary_key;   // column names; empty = none

    std::size_t body_rows() const { return rows.size() - static_cast<std::size_t>(header_rows); }
};

// The document's tables in document order, and the names the contract gives their files.
std::vector<const Table*> tables_of(const Document& doc);
int table_number(const Document& doc, const Table& table);
std::string table_csv_name(const Document& doc, const Table& table);
std::string votes_csv_name(const Document& doc);
std::string notes_csv_name(const Document& doc);
std::string citations_csv_name(const Document& doc);
inline std::string metadata_name(const std::string& csv_name) { return csv_name + "-metadata.json"; }

Grid table_grid(const Table& table);
Grid votes_grid(const Document& doc);
Grid notes_grid(const Document& doc);
Grid citations_grid(const Document& doc);

// Every grid the document has, in sheet order: tables, then votes, notes
// and citations where there are any.
std::vector<Grid> all_grids(const Document& doc);

// A number as CSVW and spreadsheets read it without help: ASCII digits, an
// optional minus and decimal part ("12", "-3.5"; not "1,234", "１２", "12%").
bool is_plain_number(std::string_view text);

// Writers (csv.cpp, csvw.cpp).
std::string to_csv(const Grid& grid, const CsvOptions& options = {});
std::string to_csvw(const Grid& grid);
// The workbook of the given grids (all_grids(doc)), so that export_all builds them once (xlsx.cpp).
std::string to_xlsx(const Document& doc, const std::vector<Grid>& grids, const ExportOptions& options = {});

}  // namespace shiryo::exporters::tabular
