// Exporters: Document -> file contents. Exporters never parse text and
// never touch the file system; the app layer writes what they return.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"

namespace shiryo::exporters {

struct OutputFile {
    std::string name;      // file name inside the output folder, e.g. "S.table-1.csv"
    std::string content;   // bytes to write
};

std::string to_tei(const Document& doc);

// RFC 4180 CSV (UTF-8, CRLF line ends, quotes where needed).
std::string csv_escape(const std::string& field);
std::string to_table_csv(const Table& table);
std::string to_table_csvw(const Document& doc, const Table& table);   // S.table-N.csv-metadata.json
std::string to_votes_csv(const Document& doc);
std::string to_notes_csv(const Document& doc);
std::string to_citations_csv(const Document& doc);
std::string to_csvw(const Document& doc, const std::string& csv_name);  // metadata for votes/notes/citations CSVs

std::string to_csl_json(const Document& doc);
std::string to_bibtex(const Document& doc);
std::string to_ris(const Document& doc);

// XLSX via libxlsxwriter; returns the package bytes (written through a
// temporary file that is removed again).
std::string to_xlsx(const Document& doc);

// Everything the contract lists for this document; formats with nothing to
// hold are left out.
std::vector<OutputFile> export_all(const Document& doc);

}  // namespace shiryo::exporters
