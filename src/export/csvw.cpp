// W3C "CSV on the Web" metadata (JSON-LD) for every CSV shiryo writes: a
// sidecar named after the CSV plus "-metadata.json".
#include <stdexcept>

#include "export/exporters.hpp"
#include "export/tabular.hpp"

namespace shiryo::exporters {

namespace tabular {

namespace {

using Json = nlohmann::ordered_json;

Json column_json(const Column& column) {
    Json j;
    j["name"] = column.name;
    if (!column.titles.empty()) j["titles"] = column.titles;
    j["datatype"] = column.datatype;
    j["required"] = column.required;
    if (!column.separator.empty()) j["separator"] = column.separator;
    if (!column.nulls.empty()) {
        Json nulls = Json::array({""});
        for (const auto& n : column.nulls) nulls.push_back(n);
        j["null"] = nulls;
    }
    if (!column.description.empty()) j["dc:description"] = column.description;
    return j;
}

Json dialect_json(const Grid& grid) {
    return Json{
        {"encoding", "utf-8"},
        {"lineTerminators", Json::array({"\r\n"})},
        {"doubleQuote", true},
        {"header", grid.header_rows > 0},
        {"headerRowCount", grid.header_rows},
    };
}

}  // namespace

std::string to_csvw(const Grid& grid) {
    Json j;
    j["@context"] = "http://www.w3.org/ns/csvw";
    j["url"] = grid.csv_name;
    if (!grid.title.empty()) j["dc:title"] = grid.title;
    if (!grid.label.empty()) j["rdfs:label"] = grid.label;
    if (!grid.source.empty()) j["dc:source"] = grid.source;
    j["dialect"] = dialect_json(grid);
    Json schema;
    schema["columns"] = Json::array();
    for (const auto& column : grid.columns) schema["columns"].push_back(column_json(column));
    if (!grid.primary_key.empty()) schema["primaryKey"] = grid.primary_key;
    j["tableSchema"] = schema;
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tabular

std::string to_table_csvw(const Document& doc, const Table& table) {
    auto grid = tabular::table_grid(table);
    grid.csv_name = tabular::table_csv_name(doc, table);
    return tabular::to_csvw(grid);
}

std::string to_csvw(const Document& doc, const std::string& csv_name) {
    if (csv_name == tabular::votes_csv_name(doc)) return tabular::to_csvw(tabular::votes_grid(doc));
    if (csv_name == tabular::notes_csv_name(doc)) return tabular::to_csvw(tabular::notes_grid(doc));
    if (csv_name == tabular::citations_csv_name(doc)) return tabular::to_csvw(tabular::citations_grid(doc));
    for (const auto* table : tabular::tables_of(doc))
        if (csv_name == tabular::table_csv_name(doc, *table)) return to_table_csvw(doc, *table);
    throw std::invalid_argument("to_csvw: " + doc.stem + " has no CSV named " + csv_name);
}

}  // namespace shiryo::exporters
