// Internals of the validators: one checker per kind of output file. Kept in
// a header of its own so that the unit tests can reach the pieces (the CSV
// parser, the JSON Schema checker, the XLSX reader) directly.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "validate/validate.hpp"

struct _xmlDoc;   // libxml2's document (xmlDoc)

namespace shiryo::validate::detail {

using exporters::OutputFile;
using Files = std::vector<OutputFile>;

// ---------------------------------------------------------------- reporting
// The problems found in one file.
struct Report {
    std::string file;
    std::vector<Problem> problems;

    void error(std::string where, std::string rule, std::string message);
    void warning(std::string where, std::string rule, std::string message);
};

// Byte offset -> 1-based line number.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    int line_of(std::size_t offset) const;

private:
    std::vector<std::size_t> line_starts_;
};

std::string line_where(int line);                 // "line 12"
std::string cell_where(int row, int column);      // "row 3, column 2" (1-based)

enum class FileKind { Tei, Csv, CsvwMetadata, CslJson, Xlsx, Bibtex, Ris, Unknown };
FileKind kind_of(std::string_view file_name);

const OutputFile* find_file(const Files& files, std::string_view name);

// Is the text valid UTF-8? On failure `bad_offset` is the first bad byte.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

// nlohmann::json::parse(text): the same value, or the same json::parse_error;
// nlohmann-json parses it.
nlohmann::json parse_json(std::string_view text);

// A plain decimal number: [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)? (ASCII digits).
bool is_plain_number(std::string_view s);

// ---------------------------------------------------------------- regular expressions
// A regular expression matched against a whole text, with the answer of
// std::regex_match(text, std::regex(pattern, std::regex::ECMAScript)). The
// plain patterns CSVW formats use (literals, ASCII bracket classes, groups,
// |, greedy ? * + {n,m}, a leading ^ and a trailing $) run on a small
// automaton of its own: compiling a std::regex costs more than reading the
// sidecar that holds it. Any other pattern is handed to std::regex.
class WholeMatch {
public:
    explicit WholeMatch(const std::string& pattern);   // throws std::regex_error as std::regex does
    ~WholeMatch();
    WholeMatch(WholeMatch&&) noexcept;
    WholeMatch(const WholeMatch&) = delete;
    WholeMatch& operator=(const WholeMatch&) = delete;

    bool matches(std::string_view text) const;
    bool uses_std_regex() const { return regex_.has_value(); }

private:
    struct Program;
    std::optional<std::vector<std::string>> words_;   // sorted; the pattern is a plain list of words
    std::unique_ptr<Program> program_;
    std::optional<std::regex> regex_;
};

// ---------------------------------------------------------------- TEI
// A RELAX NG schema compiled once by libxml2, reused for every document.
class RelaxNg {
public:
    explicit RelaxNg(const std::string& path);   // throws std::runtime_error
    ~RelaxNg();
    RelaxNg(const RelaxNg&) = delete;
    RelaxNg& operator=(const RelaxNg&) = delete;

    // Parse `xml` and validate it; parse and validity errors go to `report`
    // under `rule` (e.g. "shiryo-tei"). False when the XML is not even well-formed.
    bool validate(std::string_view xml, const std::string& rule, Report& report) const;
    // Validate a document already parsed (validity errors only).
    void validate(_xmlDoc* doc, const std::string& rule, Report& report) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> compiled_;
};


// All of it for one TEI file, the text parsed once: well-formedness, the
// grammar (shiryo-tei.rng, and tei_all.rng when given), then the rules.
void check_tei(std::string_view xml, const RelaxNg& shiryo_tei, const RelaxNg* tei_all, Report& report);

// ---------------------------------------------------------------- CSV + CSVW
struct CsvRecord {
    std::vector<std::string> fields;
    int line = 0;   // source line where the record starts
};

struct CsvParseError {
    int line = 0;
    std::string message;
};

struct CsvTable {
    std::vector<CsvRecord> records;
    std::vector<CsvParseError> errors;
};

// RFC 4180: comma separated, "..." quoting with "" for a quote, CRLF or LF
// record ends (inside quotes line ends are data). A UTF-8 BOM is skipped.
CsvTable parse_csv(std::string_view text);

// The CSL item types, taken from csl-data.json (so they never drift).
using CslTypes = std::set<std::string>;

// ---------------------------------------------------------------- shared reads
// Files that more than one checker reads are read once per check_all: a CSV
// by its own check and by its workbook's, a CSVW sidecar by its own check
// and by its CSV's. Keyed by the file object (check_all's files stay put).
struct CsvwTable;   // a CSVW sidecar as read (csv.cpp)

struct SidecarRead {
    std::shared_ptr<const CsvwTable> table;   // null when it cannot be read
    std::vector<Problem> problems;            // what reading it found (where, rule, message)
    std::optional<std::string> failure;       // the reader threw: what() (thrown again to each reader)
};

class SharedReads {
public:
    const CsvTable& csv(const OutputFile& file);
    const SidecarRead& sidecar(const OutputFile& file);

private:
    std::map<const OutputFile*, CsvTable> csvs_;
    std::map<const OutputFile*, SidecarRead> sidecars_;
};

// `shared`: reads to share with the other checkers of one check_all
// (nullptr: read everything afresh).
void check_csv(const OutputFile& csv, const Files& siblings, const CslTypes& csl_types,
               Report& report, SharedReads* shared = nullptr);
void check_csvw_metadata(const OutputFile& metadata, const Files& siblings, Report& report,
                         SharedReads* shared = nullptr);

// ---------------------------------------------------------------- JSON Schema
// The subset of JSON Schema draft-07 that csl-data.json uses: type (also
// a list of types), enum, const, properties, required, additionalProperties,
// items, $ref to #/..., anyOf, oneOf, allOf, minItems, maxItems, minLength,
// maxLength, pattern, minimum, maximum. Annotations are ignored.
class JsonSchema {
public:
    explicit JsonSchema(nlohmann::json schema);
    // Problems carry a JSON path in `where`, e.g. "$[2].issued.date-parts[0]".
    void validate(const nlohmann::json& instance, Report& report) const;
    const nlohmann::json& root() const { return root_; }

private:
    struct Failure {
        std::string path;
        std::string message;
    };
    struct Keywords {   // a schema object's keywords (null: absent)
        const nlohmann::json *ref = nullptr, *ref_target = nullptr, *type = nullptr, *enumeration = nullptr,
                             *constant = nullptr, *min_length = nullptr, *max_length = nullptr, *pattern = nullptr,
                             *minimum = nullptr, *maximum = nullptr, *min_items = nullptr, *max_items = nullptr,
                             *items = nullptr, *required = nullptr, *properties = nullptr, *additional = nullptr,
                             *all_of = nullptr, *any_of = nullptr, *one_of = nullptr, *negated = nullptr;
    };
    void check(const nlohmann::json& schema, const nlohmann::json& value, const std::string& path,
               std::vector<Failure>& out, int depth) const;
    const nlohmann::json& resolve(const std::string& ref) const;
    const Keywords& keywords(const nlohmann::json& schema) const;
    const std::regex& compiled_pattern(const std::string& pattern) const;

    nlohmann::json root_;
    mutable std::mutex cache_guard_;
    mutable std::unordered_map<const nlohmann::json*, Keywords> keywords_;
    mutable std::map<std::string, std::regex> patterns_;
};

CslTypes csl_types_of(const JsonSchema& csl_schema);
void check_csl_json(std::string_view text, const JsonSchema& csl_schema, Report& report);

// ---------------------------------------------------------------- XLSX
struct XlsxCell {
    bool is_number = false;
    double number = 0;
    std::string text;   // strings; for numbers the stored lexical form
};

struct XlsxSheet {
    std::string name;
    std::map<std::pair<int, int>, XlsxCell> cells;   // (row, column), 1-based
};

// Read every worksheet of the package (in workbook order). Throws
// std::runtime_error naming what is broken.
std::vector<XlsxSheet> read_xlsx(std::string_view package);

void check_xlsx(const OutputFile& xlsx, const Files& siblings, Report& report, SharedReads* shared = nullptr);

// ---------------------------------------------------------------- BibTeX, RIS
void check_bibtex(std::string_view text, Report& report);
void check_ris(std::string_view text, Report& report);

}  // namespace shiryo::validate::detail
