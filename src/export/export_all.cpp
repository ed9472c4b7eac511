// Every file the output contract (shared/docs/output-contract.md) lists
// for one document; a format with nothing to hold is left out.
#include "export/exporters.hpp"
#include "export/tabular.hpp"

namespace shiryo::exporters {

std::vector<OutputFile> export_all(const Document& doc) {
    std::vector<OutputFile> files;
    files.push_back({doc.stem + ".tei.xml", to_tei(doc)});

    // Tables, votes, notes, citations: a CSV and its CSVW sidecar each.
    const auto grids = tabular::all_grids(doc);
    for (const auto& grid : grids) {
        files.push_back({grid.csv_name, tabular::to_csv(grid)});
        files.push_back({tabular::metadata_name(grid.csv_name), tabular::to_csvw(grid)});
    }

    if (!doc.citations.empty()) {
        files.push_back({doc.stem + ".csl.json", to_csl_json(doc)});
        files.push_back({doc.stem + ".bib", to_bibtex(doc)});
        files.push_back({doc.stem + ".ris", to_ris(doc)});
    }

    // The workbook holds the same grids; without any it would be an empty workbook.
    if (!grids.empty()) files.push_back({doc.stem + ".xlsx", tabular::to_xlsx(doc, grids)});
    return files;
}

}  // namespace shiryo::exporters
