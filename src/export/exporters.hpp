// Exporters: Document -> file contents. Exporters never parse text and
// never touch the file system; the app layer writes what they return.
#pragma once

#include <set>
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

// CSV for spreadsheet programs. bom (--csv-bom): a UTF-8 BOM first, so that
// Excel reads UTF-8 rather than the locale's code page. excel (--excel): the
// BOM, and formula-like cells guarded the OWASP way (csv.formula-guard).
struct CsvOptions {
    bool bom = false;
    bool excel = false;
};
// csv.formula-guard: a cell that begins with = + - @ TAB or CR gets a ' in
// front, so that a spreadsheet shows it as text instead of evaluating it;
// a plain negative number ("-3.5") is left as it is.
std::string formula_guard(const std::string& field);
// Replaces the CSV files among `files` (as export_all named them) by their
// spreadsheet form; nothing to do for the default options. The app calls it
// after validation: the schemas describe the data, the guard is for Excel.
void csv_for_spreadsheets(const Document& doc, const CsvOptions& options, std::vector<OutputFile>& files);
std::string to_table_csv(const Table& table);
std::string to_table_csvw(const Document& doc, const Table& table);   // S.table-N.csv-metadata.json
std::string to_votes_csv(const Document& doc);
std::string to_notes_csv(const Document& doc);
std::string to_citations_csv(const Document& doc);
std::string to_csvw(const Document& doc, const std::string& csv_name);  // metadata for votes/notes/citations CSVs

// Sets every Citation::id to its key, unique among `taken` (the keys of the
// other documents of one batch; the new keys are added), the same for the
// same inputs in the same order: author-year keys (brenner2023, brenner2023a)
// or STEM-N. CSL-JSON id, BibTeX key, RIS ID and TEI xml:id all use it.
void assign_citation_keys(Document& doc, std::set<std::string>& taken);

std::string to_csl_json(const Document& doc);
std::string to_bibtex(const Document& doc);
std::string to_ris(const Document& doc);

// Where exporters may put temporary files and what they report.
struct ExportOptions {
    std::string tmp_dir;                         // XLSX temporary files ("" = $TMPDIR or /tmp); the app
                                                 // passes the output folder, so a kill leaves nothing elsewhere
    std::vector<Diagnostic>* warnings = nullptr; // e.g. xlsx.cell-truncated; may be null
};

// Excel's limit on the characters of one cell.
constexpr std::size_t kXlsxMaxCellChars = 32767;

// XLSX via libxlsxwriter; returns the package bytes (written through a
// temporary file that is removed again). xlsx.cell-truncated: a cell over
// 32,767 characters is cut to that length in the workbook only (the CSV and
// TEI keep the whole text), with one warning per cell.
std::string to_xlsx(const Document& doc, const ExportOptions& options = {});

// The review page (--review): one self-contained HTML5 file showing each
// rebuilt table beside its source lines with its parsing report (and a
// vote matrix), each note with its references, each citation's fields
// beside its raw text, the outline, the warnings and what was removed.
// Written only when asked for; see src/export/review.cpp for its rules.
std::string to_review_html(const Document& doc);

// Everything the contract lists for this document; formats with nothing to
// hold are left out. Throws when an exporter fails.
std::vector<OutputFile> export_all(const Document& doc);

// export.isolated: the same, each exporter in its own try: a failing one
// (named in `failed`, with an export.failed error in `diagnostics`) costs
// only its own files; the others are still returned.
struct ExportResult {
    std::vector<OutputFile> files;
    std::vector<std::string> failed;       // exporter names: tei, tables, csl, bib, ris, xlsx
    std::vector<Diagnostic> diagnostics;   // export.failed, xlsx.cell-truncated
};
ExportResult export_isolated(const Document& doc, const ExportOptions& options = {});

}  // namespace shiryo::exporters
