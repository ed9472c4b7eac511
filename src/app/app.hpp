// The application layer: files in, files out. Reads inputs, runs the
// pipeline, validates and writes outputs atomically, reports per file.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "export/exporters.hpp"

namespace shiryo::app {

// Exit codes (documented in --help and the README).
enum ExitCode : int {
    kOk = 0,              // everything converted and valid
    kUsage = 1,           // bad command line (CLI11 also uses this range)
    kInputError = 2,      // an input could not be read or decoded (others still processed)
    kValidationError = 3, // an output failed its schema (it is still written, and named)
    kOutputError = 4,     // an output could not be made or written (export.failed): the document's other
                          // outputs and the other inputs are still written
    kVerticalText = 5,    // an input is vertical writing (縦書き): only its text is kept (TEI paragraphs)
    kPdfError = 6,        // a PDF input has no readable text: encrypted, damaged, no pages, or no text
                          // layer (scanned: run OCR first); others still converted
};

struct ConvertSettings {
    std::vector<std::string> inputs;   // files or folders (*.txt inside)
    std::string out_dir = "out";
    std::string encoding;              // forced input encoding
    bool validate = true;
    bool tei_all = false;              // also validate against tei_all.rng (slow)
    std::string schema_dir;            // "" = built-in default
    bool quiet = false;
    bool csv_bom = false;              // --csv-bom: CSV with a UTF-8 BOM
    bool excel = false;                // --excel: BOM and formula-like cells guarded
    std::string to = "tei";            // with out_dir "-": the one format written to stdout
    bool review = false;               // --review: also write S.review.html
    bool review_images = false;        // --review-images: the page with each PDF table's region as an image
    bool lenient = false;              // --lenient: invalid input bytes become U+FFFD (with a warning)
    std::uint64_t max_input_size = 64ull << 20;   // --max-input-size: larger inputs are refused (exit 2)
};

// The output file that `--to NAME` selects: tei, csl, bib, ris, notes,
// citations, votes, review, table-N.
std::string stream_file_name(const std::string& stem, const std::string& to);

int run_convert(const ConvertSettings& settings, std::ostream& out, std::ostream& err);

int run_validate(const std::vector<std::string>& files, const std::string& schema_dir, bool tei_all,
                 std::ostream& out, std::ostream& err);

// Write `content` to `path` atomically: a temporary file in the same
// folder, flushed, then renamed over the target. Throws std::runtime_error.
void write_file_atomically(const std::string& path, const std::string& content);

// Write one document's files into dir the same way, durably, with one flush
// for the set instead of one per file: every file goes to a temporary
// beside it, one syncfs(2) writes them all out (fsync of each where syncfs
// fails), each is renamed over its target, then the folder is fsynced once
// so that the renames last too. After it returns, every target holds either
// its old or its complete new content, also after a crash. Returns the
// problems (empty when all were written).
std::vector<std::string> write_files_atomically(const std::string& dir, const std::vector<exporters::OutputFile>& files);

// Expand folders into their *.txt files (sorted; input.txt-any-case: *.TXT
// too); files are kept as given, and anything readable that is not a folder
// (input.non-regular: /dev/fd/N, a FIFO, /dev/stdin) is a file.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors);

// Read a whole input ("-" = standard input); input.too-large: more than
// `limit` bytes is an error (checked before reading for regular files).
std::string read_input(const std::string& path, std::uint64_t limit);

// output.sweep-stale: remove X.tmp-PID files (and XLSX temporary folders) that a
// process no longer running left in `dir`; returns how many were removed.
int sweep_stale_temporaries(const std::string& dir);

// output.stale-set: the files of `stem`'s output set in `dir` (STEM.tei.xml,
// STEM.table-N.csv, ...) that are not among `keep`; removed before a new set
// is written, so no file of an earlier run stays beside it.
std::vector<std::string> stale_outputs(const std::string& dir, const std::string& stem,
                                       const std::vector<std::string>& keep);

// The schema folder: BIN/../share/shiryo/schemas when installed, else
// $SHIRYO_SCHEMA_DIR, else the source tree's schemas/.
std::string default_schema_dir();

}  // namespace shiryo::app
