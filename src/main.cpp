// shiryo: wires the command line (CLI11) to the application layer. No logic here.
#include <iostream>

#include <CLI/CLI.hpp>

#include "app/app.hpp"

int main(int argc, char** argv) {
    CLI::App cli{
        "shiryo " SHIRYO_VERSION " - rebuild Japanese report PDFs (or their extracted text) as TEI, tables, notes and citations.\n\n"
        "Outputs per input S.txt (into OUTDIR): S.tei.xml (TEI P5), S.table-N.csv + .csv-metadata.json (CSVW),\n"
        "S.votes.csv, S.notes.csv, S.citations.csv (each with CSVW metadata), S.xlsx, S.csl.json (CSL-JSON),\n"
        "S.bib (BibTeX) and S.ris. A format with nothing to hold is not written.\n\n"
        "Exit codes: 0 ok; 1 bad command line; 2 an input could not be read or decoded (the other inputs are\n"
        "still converted); 3 an output failed validation (files are written, problems named on stderr);\n"
        "4 an output could not be written; 5 an input is vertical writing (縦書き) whose reading order the text\n"
        "has lost: its TEI keeps the text as paragraphs only (convert the PDF instead); 6 a PDF input has no\n"
        "readable text: encrypted, damaged, no pages, or no text layer (scanned: run OCR first); others still converted.\n"
        "When several apply, the highest code is returned."};
    cli.set_version_flag("--version", "shiryo " SHIRYO_VERSION);
    cli.require_subcommand(1);

    shiryo::app::ConvertSettings settings;
    bool no_validate = false;
    CLI::App* convert = cli.add_subcommand("convert", "Convert report PDFs or texts (files, folders of *.txt; - for stdin)");
    convert->add_option("inputs", settings.inputs, "input files or folders")->required();
    convert->add_option("-o,--out", settings.out_dir, "output folder (default: out)");
    convert->add_option("--encoding", settings.encoding,
                        "input encoding, e.g. Shift_JIS, EUC-JP, UTF-16LE (default: detect; UTF-8 with or without BOM)");
    convert->add_flag("--no-validate", no_validate, "do not validate the outputs");
    convert->add_flag("--tei-all", settings.tei_all, "also validate TEI against the full tei_all.rng (about 5 s)");
    convert->add_option("--schemas", settings.schema_dir, "folder of the schemas (default: the built-in one)");
    convert->add_flag("-q,--quiet", settings.quiet, "do not print warnings");

    std::vector<std::string> files;
    bool tei_all = false;
    std::string schema_dir;
    CLI::App* validate = cli.add_subcommand("validate", "Validate files shiryo wrote (kind from the name; sidecars beside them)");
    validate->add_option("files", files, "files to check")->required();
    validate->add_flag("--tei-all", tei_all, "also validate TEI against tei_all.rng");
    validate->add_option("--schemas", schema_dir, "folder of the schemas");

    CLI11_PARSE(cli, argc, argv);
    if (convert->parsed()) {
        settings.validate = !no_validate;
        return shiryo::app::run_convert(settings, std::cout, std::cerr);
    }
    return shiryo::app::run_validate(files, schema_dir, tei_all, std::cout, std::cerr);
}
