// shiryo: wires the command line (CLI11) to the application layer. No logic here.
#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "app/app.hpp"

int main(int argc, char** argv) {
    CLI::App cli{
        "shiryo " SHIRYO_VERSION " - rebuild Japanese report PDFs (or their extracted text) as TEI, tables, notes and citations.\n\n"
        "Outputs per input S.txt (into OUTDIR): S.tei.xml (TEI P5), S.table-N.csv + .csv-metadata.json (CSVW),\n"
        "S.votes.csv, S.notes.csv, S.citations.csv (each with CSVW metadata), S.xlsx, S.csl.json (CSL-JSON),\n"
        "S.bib (BibTeX) and S.ris. A format with nothing to hold is not written. With --review also\n"
        "S.review.html, a page to check the conversion in a browser.\n\n"
        "Exit codes: 0 ok; 1 bad command line; 2 an input could not be read or decoded (invalid bytes are\n"
        "named FILE:LINE:COLUMN (byte N); too large; the other inputs are still converted); 3 an output failed\n"
        "validation (files are written, problems named on stderr); 4 an output could not be made or written\n"
        "(export.failed: that exporter's files only; the document's other outputs and other inputs are written); 5 an input is vertical writing (縦書き) whose reading order the text\n"
        "has lost: its TEI keeps the text as paragraphs only (convert the PDF instead); 6 a PDF input has no\n"
        "readable text: encrypted, damaged, no pages, or no text layer (scanned: run OCR first); others still converted.\n"
        "When several apply, the highest code is returned.\n\n"
        "Output sets: two inputs with one stem in a run give S and S-2 (a warning); a new set replaces all of\n"
        "its stem's files from an earlier run; one process at a time writes into a folder (OUTDIR/.shiryo.lock);\n"
        "temporary files a killed run left are removed.\n\n"
        "Schemas: ../share/shiryo/schemas beside the binary (cmake --install puts them there), else the folder\n"
        "named by the environment variable SHIRYO_SCHEMA_DIR, else the source tree's schemas/; --schemas\n"
        "overrides them. Manual: man shiryo."};
    cli.set_version_flag("--version", "shiryo " SHIRYO_VERSION);
    cli.require_subcommand(1);

    shiryo::app::ConvertSettings settings;
    bool no_validate = false;
    CLI::App* convert = cli.add_subcommand("convert", "Convert report PDFs or texts (files, folders of *.txt; - for stdin)");
    convert->add_option("inputs", settings.inputs, "input files or folders")->required();
    convert->add_option("-o,--out", settings.out_dir,
                        "output folder (default: out); - writes the one format --to names to standard output\n"
                        "(one input; nothing else on standard output, messages on standard error)");
    convert->add_option("--to", settings.to, "with -o -: tei (default), csl, bib, ris, notes, citations, votes, review or table-N")
        ->check([](const std::string& v) {
            static const std::vector<std::string> names = {"tei", "csl", "bib", "ris", "notes", "citations", "votes", "review"};
            if (std::find(names.begin(), names.end(), v) != names.end()) return std::string();
            if (v.rfind("table-", 0) == 0 && v.size() > 6 &&
                v.find_first_not_of("0123456789", 6) == std::string::npos)
                return std::string();
            return "unknown format " + v;
        });
    convert->add_option("--encoding", settings.encoding,
                        "input encoding, e.g. Shift_JIS, EUC-JP, UTF-16LE (default: detect; UTF-8 with or without BOM)");
    convert->add_flag("--lenient", settings.lenient,
                      "replace invalid input bytes by U+FFFD and warn with their count (default: an error\n"
                      "naming FILE:LINE:COLUMN (byte N), exit 2)");
    convert->add_option("--max-input-size", settings.max_input_size,
                        "refuse inputs larger than this many bytes (K, M, G suffixes: 1024-based; default 64M)")
        ->transform(CLI::AsSizeValue(false));
    convert->add_flag("--no-validate", no_validate, "do not validate the outputs");
    convert->add_flag("--tei-all", settings.tei_all, "also validate TEI against the full tei_all.rng: compiling it takes\n"
                      "about 20 s (measured 19-25 s on a busy 2-core machine), once per run");
    convert->add_option("--schemas", settings.schema_dir, "folder of the schemas (default: ../share/shiryo/schemas beside the binary,\n"
                        "else $SHIRYO_SCHEMA_DIR, else the source tree's schemas/)");
    convert->add_flag("-q,--quiet", settings.quiet, "do not print warnings");
    convert->add_flag("--review", settings.review,
                      "also write S.review.html: one self-contained HTML page (no network) to check the\n"
                      "conversion in a browser: each table's rebuilt grid beside its numbered source lines,\n"
                      "its parsing report and vote matrix; each note with its references; each citation's\n"
                      "fields beside its raw text, marked by field; the outline, every warning linked to its\n"
                      "line, and what was removed as page furniture (not validated; printable)");
    convert->add_flag("--review-images", settings.review_images,
                      "the review page, and for a PDF input each table's region cut from its page\n"
                      "(poppler) as an embedded PNG with the table's source lines outlined; rendering a\n"
                      "table's page costs as much as reading several pages (+25% and +38% measured on\n"
                      "two real PDFs), so it is not part of --review");
    convert->add_flag("--csv-bom", settings.csv_bom,
                      "CSV with a UTF-8 byte order mark, so that Excel reads Japanese text right\n"
                      "(default: RFC 4180 UTF-8 without BOM)");
    convert->add_flag("--excel", settings.excel,
                      "CSV for Excel: the BOM, and cells that begin with = + - @ TAB or CR prefixed\n"
                      "with ' so that they are not evaluated as formulas (plain negative numbers are\n"
                      "left as they are; validation checks the data before the prefix)");

    std::vector<std::string> files;
    bool tei_all = false;
    std::string schema_dir;
    CLI::App* validate = cli.add_subcommand("validate", "Validate files shiryo wrote (kind from the name; sidecars beside them)");
    validate->add_option("files", files, "files to check")->required();
    validate->add_flag("--tei-all", tei_all,
                       "also validate TEI against tei_all.rng (about 20 s to compile, once per run);\n"
                       "a problem both schemas find is reported once, with both rules");
    validate->add_option("--schemas", schema_dir,
                         "folder of the schemas (default: as for convert: ../share/shiryo/schemas beside\n"
                         "the binary, else $SHIRYO_SCHEMA_DIR, else the source tree's schemas/)");

    // CLI11's own exit codes (105-115 and more) are not the documented ones:
    // every command-line error exits 1; --help and --version exit 0.
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = cli.exit(e);   // prints the help, the version or the error
        return code == 0 ? shiryo::app::kOk : shiryo::app::kUsage;
    }
    if (convert->parsed()) {
        settings.validate = !no_validate;
        try {
            return shiryo::app::run_convert(settings, std::cout, std::cerr);
        } catch (const std::exception& e) {   // never abort: a message and an exit code
            std::cerr << "shiryo: error: " << e.what() << "\n";
            return shiryo::app::kOutputError;
        }
    }
    return shiryo::app::run_validate(files, schema_dir, tei_all, std::cout, std::cerr);
}
