// Every file the output contract (shared/docs/output-contract.md) lists
// for one document; a format with nothing to hold is left out.
#include <exception>
#include <functional>
#include <stdexcept>

#include "export/exporters.hpp"
#include "export/tabular.hpp"

namespace shiryo::exporters {

ExportResult export_isolated(const Document& doc, const ExportOptions& options) {
    ExportResult result;
    std::vector<Diagnostic> warnings;
    ExportOptions opt = options;
    opt.warnings = &warnings;
    // Runs one exporter; its files are kept only when all of them were made.
    auto run = [&](const std::string& name, const std::function<void(std::vector<OutputFile>&)>& make) {
        std::vector<OutputFile> made;
        try {
            make(made);
        } catch (const std::exception& e) {
            result.failed.push_back(name);
            result.diagnostics.push_back({Severity::Error, 0, "export.failed",
                                          "the " + name + " exporter failed (" + e.what() +
                                              "): its files are not written, the others are"});
            return;
        } catch (...) {
            result.failed.push_back(name);
            result.diagnostics.push_back({Severity::Error, 0, "export.failed",
                                          "the " + name + " exporter failed: its files are not written, the others are"});
            return;
        }
        for (OutputFile& f : made) result.files.push_back(std::move(f));
    };
    run("tei", [&](auto& out) { out.push_back({doc.stem + ".tei.xml", to_tei(doc)}); });

    // Tables, votes, notes, citations: a CSV and its CSVW sidecar each.
    std::vector<tabular::Grid> grids;
    run("tables", [&](auto& out) {
        grids = tabular::all_grids(doc);
        for (const auto& grid : grids) {
            out.push_back({grid.csv_name, tabular::to_csv(grid)});
            out.push_back({tabular::metadata_name(grid.csv_name), tabular::to_csvw(grid)});
        }
    });

    if (!doc.citations.empty()) {
        run("csl", [&](auto& out) { out.push_back({doc.stem + ".csl.json", to_csl_json(doc)}); });
        run("bib", [&](auto& out) { out.push_back({doc.stem + ".bib", to_bibtex(doc)}); });
        run("ris", [&](auto& out) { out.push_back({doc.stem + ".ris", to_ris(doc)}); });
    }

    // The workbook holds the same grids; without any it would be an empty workbook.
    if (!grids.empty())
        run("xlsx", [&](auto& out) { out.push_back({doc.stem + ".xlsx", tabular::to_xlsx(doc, grids, opt)}); });
    for (Diagnostic& d : warnings) result.diagnostics.push_back(std::move(d));
    return result;
}

std::vector<OutputFile> export_all(const Document& doc) {
    ExportResult r = export_isolated(doc);
    if (!r.failed.empty()) {
        for (const Diagnostic& d : r.diagnostics)
            if (d.code == "export.failed") throw std::runtime_error(d.message);
    }
    return std::move(r.files);
}

}  // namespace shiryo::exporters
