// Validators: hand-made valid files pass; broken variants are rejected with
// a rule and a message that name the problem.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <xlsxwriter.h>

#include "validate/checks.hpp"
#include "validate/validate.hpp"

using shiryo::exporters::OutputFile;
using shiryo::validate::Problem;
using shiryo::validate::Validator;
namespace detail = shiryo::validate::detail;

namespace {

const std::string schema_dir = SHIRYO_SCHEMA_DIR;
const std::string example_dir = schema_dir + "/../tests/schema";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// One Validator for all tests: schemas are compiled once, as in a run.
const Validator& validator() {
    static Validator v(schema_dir);
    return v;
}

std::string describe(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.file + " [" + p.where + "] " + p.rule + ": " + p.message + "\n";
    return out;
}

std::vector<Problem> errors_only(const std::vector<Problem>& problems) {
    std::vector<Problem> out;
    for (const auto& p : problems)
        if (p.severity == shiryo::Severity::Error) out.push_back(p);
    return out;
}

bool has(const std::vector<Problem>& problems, const std::string& rule, const std::string& text = "") {
    for (const auto& p : problems)
        if (p.rule == rule && p.message.find(text) != std::string::npos) return true;
    return false;
}

#define CHECK_PROBLEM(problems, rule, text) CHECK_MESSAGE(has(problems, rule, text), describe(problems))

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    auto at = s.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks: " << from);
    return s.replace(at, from.size(), to);
}

std::vector<Problem> check_one(const OutputFile& file, const std::vector<OutputFile>& siblings = {}) {
    return validator().check(file, siblings);
}

// ---------------------------------------------------------------- TEI
std::string valid_tei() { return read_file(example_dir + "/valid.tei.xml"); }

std::vector<Problem> check_tei(const std::string& xml) { return check_one({"S.tei.xml", xml}); }

}  // namespace

TEST_CASE("TEI: the hand-made examples are valid") {
    for (const char* name : {"valid.tei.xml", "valid-minimal.tei.xml"}) {
        auto problems = check_tei(read_file(example_dir + "/" + name));
        CHECK_MESSAGE(errors_only(problems).empty(), name << "\n" << describe(problems));
    }
}

TEST_CASE("TEI: the invalid examples are rejected by shiryo-tei.rng") {
    for (const char* name : {"invalid-cell-in-table.tei.xml", "invalid-ref-without-n.tei.xml",
                             "invalid-note-without-place.tei.xml", "invalid-table-without-rows.tei.xml",
                             "invalid-table-without-head.tei.xml", "invalid-p-after-div.tei.xml"}) {
        auto problems = check_tei(read_file(example_dir + "/" + name));
        CHECK_MESSAGE(has(problems, "shiryo-tei"), name << "\n" << describe(problems));
    }
}

TEST_CASE("TEI: a cell directly in a table") {
    auto problems = check_tei(replaced(valid_tei(), "<note type=\"source\">", "<cell>x</cell><note type=\"source\">"));
    CHECK_PROBLEM(problems, "shiryo-tei", "cell");
}

TEST_CASE("TEI: a dangling @target") {
    auto problems = check_tei(replaced(valid_tei(), "n=\"3\" target=\"#note-3\"", "n=\"3\" target=\"#note-9\""));
    CHECK_PROBLEM(problems, "dangling-pointer", "#note-9");
}

TEST_CASE("TEI: @rows and @cols must be the table's real size") {
    auto rows = check_tei(replaced(valid_tei(), "rows=\"3\" cols=\"3\"", "rows=\"4\" cols=\"3\""));
    CHECK_PROBLEM(rows, "table-rows", "rows=\"4\" but has 3");
    auto cols = check_tei(replaced(valid_tei(), "rows=\"3\" cols=\"3\"", "rows=\"3\" cols=\"2\""));
    CHECK_PROBLEM(cols, "table-cols", "cols=\"2\" but has 3");
}

TEST_CASE("TEI: a note without @place") {
    auto problems = check_tei(replaced(valid_tei(), "n=\"3\" place=\"foot\"", "n=\"3\""));
    CHECK_PROBLEM(problems, "note-place", "no @place");
    CHECK(has(problems, "shiryo-tei"));
}

TEST_CASE("TEI: a repeated note number is allowed (numbering per page), a repeated id is not; gaps only warn") {
    auto dup = check_tei(replaced(valid_tei(), "xml:id=\"note-3\" n=\"3\"", "xml:id=\"note-3\" n=\"1\""));
    CHECK_FALSE(has(dup, "note-duplicate"));
    auto same_id = check_tei(replaced(valid_tei(), "xml:id=\"note-3\"", "xml:id=\"note-1\""));
    CHECK(shiryo::validate::has_errors(same_id));

    // The example's notes are 1 and 3: note 2 is missing, which only warns.
    auto valid = check_tei(valid_tei());
    CHECK(has(valid, "note-gap", "notes 2 are missing"));
    for (const auto& p : valid)
        if (p.rule == "note-gap") CHECK(p.severity == shiryo::Severity::Warning);
    CHECK_FALSE(shiryo::validate::has_errors(valid));
}

TEST_CASE("TEI: a ref must point at its own note; biblStruct/@corresp must resolve") {
    auto wrong = check_tei(replaced(valid_tei(), "n=\"3\" target=\"#note-3\"", "n=\"3\" target=\"#note-1\""));
    CHECK_PROBLEM(wrong, "ref-note-mismatch", "not note 3");
    auto corresp = check_tei(replaced(valid_tei(), "corresp=\"#note-3\" type=\"webpage\"", "corresp=\"#table-1\" type=\"webpage\""));
    CHECK_PROBLEM(corresp, "biblstruct-corresp", "points at a table");
    auto none = check_tei(replaced(valid_tei(), "corresp=\"#note-3\" type=\"webpage\"", "type=\"webpage\""));
    CHECK_PROBLEM(none, "biblstruct-corresp", "no @corresp");
}

TEST_CASE("TEI: not well-formed") {
    auto problems = check_tei("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>");
    CHECK(has(problems, "xml-well-formed"));
}

TEST_CASE("TEI: tei_all.rng through libxml2") {
    // The slowest unit test (libxml2 compiles tei_all.rng in 5-12 s), kept
    // because --tei-all is a user-facing option.
    Validator with_tei_all(schema_dir, true);
    auto valid = with_tei_all.check({"S.tei.xml", valid_tei()}, {});
    CHECK_MESSAGE(errors_only(valid).empty(), describe(valid));
    auto broken = with_tei_all.check({"S.tei.xml", replaced(valid_tei(), "<note type=\"source\">", "<cell>x</cell><note type=\"source\">")}, {});
    CHECK(has(broken, "tei_all", "cell"));
}

// ---------------------------------------------------------------- CSV + CSVW
namespace {

const char* votes_csv =
    "table,country,iso3,date,resolution,vote_ja,vote\r\n"
    "1,ロシア,RUS,2022-03-02,ES-11/1,反対,N\r\n"
    "1,中国,CHN,2022-03-02,ES-11/1,棄権,A\r\n"
    "1,\"ベネズエラ, ボリバル\",VEN,2022-03-02,,不参加,NV\r\n";

const char* votes_metadata = R"({
  "@context": "http://www.w3.org/ns/csvw",
  "url": "S.votes.csv",
  "dialect": {"header": true, "headerRowCount": 1},
  "tableSchema": {
    "columns": [
      {"name": "table", "titles": "table", "datatype": "integer", "required": true},
      {"name": "country", "titles": "country", "datatype": "string", "required": true},
      {"name": "iso3", "titles": "iso3", "datatype": {"base": "string", "format": "^[A-Z]{3}$"}},
      {"name": "date", "titles": "date", "datatype": "date"},
      {"name": "resolution", "titles": "resolution", "datatype": "string"},
      {"name": "vote_ja", "titles": "vote_ja", "datatype": "string", "required": true},
      {"name": "vote", "titles": "vote", "datatype": {"base": "string", "format": "Y|N|A|NV"}, "required": true}
    ],
    "primaryKey": ["table", "country", "date", "resolution"]
  }
})";

std::vector<OutputFile> votes_files(const std::string& csv, const std::string& metadata = votes_metadata) {
    return {{"S.votes.csv", csv}, {"S.votes.csv-metadata.json", metadata}};
}

std::vector<Problem> check_votes(const std::string& csv) {
    auto files = votes_files(csv);
    return check_one(files[0], files);
}

const char* table_csv =
    "国名,2022年3月2日,2022年4月7日\r\n"
    "ロシア,反対,反対\r\n"
    "中国,棄権\r\n"
    "合計,\"1,234\",12.5\r\n";

const char* table_metadata = R"({
  "@context": ["http://www.w3.org/ns/csvw", {"@language": "ja"}],
  "url": "S.table-1.csv",
  "dc:title": "表１　国連総会決議の投票結果",
  "dialect": {"headerRowCount": 1},
  "tableSchema": {
    "columns": [
      {"name": "col1", "titles": "国名"},
      {"name": "col2", "titles": "2022年3月2日"},
      {"name": "col3", "titles": "2022年4月7日", "datatype": {"base": "string"}}
    ]
  }
})";

}  // namespace

TEST_CASE("CSV: RFC 4180 parsing") {
    auto t = detail::parse_csv("\xEF\xBB\xBF" "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\nlast,row,here");
    REQUIRE(t.errors.empty());
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields == std::vector<std::string>{"a", "b,c", "say \"hi\""});
    CHECK(t.records[1].fields == std::vector<std::string>{"two\nlines", "x", ""});
    CHECK(t.records[2].line == 4);
    CHECK(detail::parse_csv("a,b\nc,d\n").records.size() == 2);
    CHECK_FALSE(detail::parse_csv("a,b\"c\r\n").errors.empty());
    CHECK_FALSE(detail::parse_csv("\"open,b\r\n").errors.empty());
    CHECK_FALSE(detail::parse_csv("\"a\"x,b\r\n").errors.empty());
}

TEST_CASE("CSV: valid votes, table CSV and their sidecars pass") {
    auto votes = votes_files(votes_csv);
    for (const auto& f : votes) {
        auto problems = check_one(f, votes);
        CHECK_MESSAGE(problems.empty(), describe(problems));
    }
    std::vector<OutputFile> table{{"S.table-1.csv", table_csv}, {"S.table-1.csv-metadata.json", table_metadata}};
    for (const auto& f : table) {
        auto problems = check_one(f, table);
        CHECK_MESSAGE(problems.empty(), describe(problems));
    }
}

TEST_CASE("CSV: a missing column") {
    std::string csv = "table,country,iso3,date,vote_ja,vote\r\n1,ロシア,RUS,2022-03-02,反対,N\r\n";
    auto problems = check_votes(csv);
    CHECK_PROBLEM(problems, "csv-columns", "column \"resolution\" is missing");
    CHECK_PROBLEM(problems, "csv-column-count", "6 fields");
}

TEST_CASE("CSV: an unknown vote code") {
    auto problems = check_votes(replaced(votes_csv, "反対,N", "反対,X"));
    CHECK_PROBLEM(problems, "vote-code", "\"X\" is not a vote code");
    CHECK_PROBLEM(problems, "csv-datatype", "does not match the format Y|N|A|NV");
    for (const auto& p : problems)
        if (p.rule == "vote-code") CHECK(p.where == "row 2, column 7");
}

TEST_CASE("CSV: a date that is not ISO 8601") {
    auto problems = check_votes(replaced(votes_csv, "RUS,2022-03-02", "RUS,2022/03/02"));
    CHECK_PROBLEM(problems, "iso-date", "2022/03/02");
    CHECK_PROBLEM(problems, "csv-datatype", "not a date YYYY-MM-DD");
    CHECK(has(check_votes(replaced(votes_csv, "RUS,2022-03-02", "RUS,2022-02-30")), "iso-date"));
}

TEST_CASE("CSV: iso3 must be three capitals") {
    auto problems = check_votes(replaced(votes_csv, ",RUS,", ",Rus,"));
    CHECK_PROBLEM(problems, "iso3", "\"Rus\"");
}

TEST_CASE("CSV: a duplicate primary key") {
    std::string csv = std::string(votes_csv) + "1,ロシア,RUS,2022-03-02,ES-11/1,反対,N\r\n";
    auto problems = check_votes(csv);
    CHECK_PROBLEM(problems, "csv-primary-key", "repeats row 2");
}

TEST_CASE("CSV: a missing sidecar, a sidecar naming another file, a required cell left empty") {
    auto alone = check_one({"S.votes.csv", votes_csv}, {});
    CHECK_PROBLEM(alone, "csvw-missing", "S.votes.csv-metadata.json");

    auto files = votes_files(votes_csv, replaced(votes_metadata, "\"url\": \"S.votes.csv\"", "\"url\": \"T.votes.csv\""));
    CHECK_PROBLEM(check_one(files[1], files), "csvw-url", "T.votes.csv");

    auto empty_vote = check_votes(replaced(votes_csv, "棄権,A", "棄権,"));
    CHECK_PROBLEM(empty_vote, "csv-required", "column vote");
}

TEST_CASE("CSV: a table CSV row wider than its columns, a wrong header") {
    std::vector<OutputFile> wide{{"S.table-1.csv", std::string(table_csv) + "余分,1,2,3\r\n"},
                                 {"S.table-1.csv-metadata.json", table_metadata}};
    CHECK_PROBLEM(check_one(wide[0], wide), "csv-column-count", "4 fields");

    auto files = votes_files(replaced(votes_csv, "vote_ja,vote", "vote_ja,vote_code"));
    auto problems = check_one(files[0], files);
    CHECK_PROBLEM(problems, "csv-header", "vote_code");
}

TEST_CASE("CSV: notes and citations follow the contract") {
    const char* notes_meta = R"({"@context": "http://www.w3.org/ns/csvw", "url": "S.notes.csv",
      "tableSchema": {"columns": [
        {"name": "n", "datatype": "positiveInteger", "required": true},
        {"name": "place", "datatype": {"base": "string", "format": "foot|end"}},
        {"name": "text"}, {"name": "refs", "datatype": "nonNegativeInteger"}],
       "primaryKey": "n"}})";
    std::string notes = "n,place,text,refs\r\n1,end,\"注の本文、https://example.org/a\",1\r\n2,foot,別の注,0\r\n";
    std::vector<OutputFile> ok{{"S.notes.csv", notes}, {"S.notes.csv-metadata.json", notes_meta}};
    auto problems = check_one(ok[0], ok);
    CHECK_MESSAGE(problems.empty(), describe(problems));

    std::vector<OutputFile> bad{{"S.notes.csv", replaced(notes, "2,foot", "1,side")}, {"S.notes.csv-metadata.json", notes_meta}};
    auto bad_problems = check_one(bad[0], bad);
    CHECK_PROBLEM(bad_problems, "note-place", "side");
    CHECK_PROBLEM(bad_problems, "csv-primary-key", "repeats row 2");

    const char* cit_meta = R"({"@context": "http://www.w3.org/ns/csvw", "url": "S.citations.csv",
      "tableSchema": {"columns": [{"name": "note"}, {"name": "seq"}, {"name": "type"}, {"name": "authors"},
        {"name": "title"}, {"name": "container"}, {"name": "publisher"}, {"name": "date"}, {"name": "volume"},
        {"name": "issue"}, {"name": "pages"}, {"name": "url"}, {"name": "accessed"}, {"name": "lang"}, {"name": "raw"}]}})";
    std::string citations =
        "note,seq,type,authors,title,container,publisher,date,volume,issue,pages,url,accessed,lang,raw\r\n"
        "1,1,article-journal,鈴木花子,近世出版史研究,日本出版史学会誌,,2021-09,3,2,79-84,,,ja,鈴木花子「近世出版史研究」\r\n";
    std::vector<OutputFile> cit{{"S.citations.csv", citations}, {"S.citations.csv-metadata.json", cit_meta}};
    auto cit_problems = check_one(cit[0], cit);
    CHECK_MESSAGE(cit_problems.empty(), describe(cit_problems));
    cit[0].content = replaced(citations, "article-journal", "journal-article");
    CHECK_PROBLEM(check_one(cit[0], cit), "csl-type", "journal-article");
    cit[0].content = replaced(citations, ",2021-09,", ",2020/2021-03,");   // an ISO 8601 interval
    CHECK(check_one(cit[0], cit).empty());
    cit[0].content = replaced(citations, ",2021-09,", ",2021年9月,");
    CHECK_PROBLEM(check_one(cit[0], cit), "iso-date", "2021年9月");
}

// ---------------------------------------------------------------- CSL-JSON
namespace {

const char* csl_items = R"([
  {"id": "S-c1", "type": "article-journal", "title": "近世出版史研究",
   "author": [{"family": "鈴木", "given": "花子"}, {"literal": "日本出版史学会"}],
   "container-title": "日本出版史学会誌", "volume": "3", "issue": 2, "page": "79-84",
   "issued": {"date-parts": [[2021, 9]]}, "language": "ja"},
  {"id": "S-c2", "type": "webpage", "title": "Statement", "URL": "https://example.org/a.html",
   "issued": {"date-parts": [["2021", "7", "29"]]}, "accessed": {"date-parts": [[2021, 8, 1]]},
   "custom": {"raw": "Ministry of Foreign Affairs, “Statement,” July 29, 2021"}}
])";

std::vector<Problem> check_csl(const std::string& json) { return check_one({"S.csl.json", json}); }

}  // namespace

TEST_CASE("CSL-JSON: valid items pass") {
    auto problems = check_csl(csl_items);
    CHECK_MESSAGE(problems.empty(), describe(problems));
    CHECK(check_csl("[]").empty());
}

TEST_CASE("CSL-JSON: an item without type") {
    auto problems = check_csl(replaced(csl_items, "\"type\": \"webpage\", ", ""));
    CHECK_PROBLEM(problems, "csl-schema", "required property \"type\" is missing");
    for (const auto& p : problems) CHECK(p.where == "$[1]");
}

TEST_CASE("CSL-JSON: an unknown type") {
    auto problems = check_csl(replaced(csl_items, "\"webpage\"", "\"web-page\""));
    CHECK_PROBLEM(problems, "csl-schema", "\"web-page\" is not one of the allowed values");
}

TEST_CASE("CSL-JSON: bad date-parts") {
    auto four = check_csl(replaced(csl_items, "[[2021, 9]]", "[[2021, 9, 1, 5]]"));
    CHECK_PROBLEM(four, "csl-schema", "at most 3 allowed");
    for (const auto& p : four) CHECK(p.where == "$[0].issued.date-parts[0]");
    auto flat = check_csl(replaced(csl_items, "[[2021, 9]]", "[2021, 9]"));
    CHECK_PROBLEM(flat, "csl-schema", "expected array");
    auto string = check_csl(replaced(csl_items, "{\"date-parts\": [[2021, 9]]}", "{\"date-parts\": \"2021-09\"}"));
    CHECK_PROBLEM(string, "csl-schema", "is string, expected array");
}

TEST_CASE("CSL-JSON: unknown property, bad name, duplicate id, broken JSON") {
    CHECK_PROBLEM(check_csl(replaced(csl_items, "\"language\": \"ja\"", "\"lang\": \"ja\"")), "csl-schema", "\"lang\" is not allowed");
    CHECK_PROBLEM(check_csl(replaced(csl_items, "{\"literal\": \"日本出版史学会\"}", "\"日本出版史学会\"")), "csl-schema", "is string, expected object");
    CHECK_PROBLEM(check_csl(replaced(csl_items, "\"S-c2\"", "\"S-c1\"")), "csl-duplicate-id", "S-c1");
    CHECK(has(check_csl("[{\"id\": 1,"), "json-syntax"));
}

TEST_CASE("JSON Schema subset: anyOf, oneOf, type lists, pattern") {
    detail::JsonSchema schema(nlohmann::json::parse(R"({
      "definitions": {"code": {"type": "string", "pattern": "^[A-Z]{3}$"}},
      "type": "object",
      "properties": {
        "a": {"anyOf": [{"type": "integer"}, {"$ref": "#/definitions/code"}]},
        "b": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
        "c": {"type": ["string", "null"]}
      }})"));
    auto run = [&](const char* json) {
        detail::Report r{"x.json", {}};
        schema.validate(nlohmann::json::parse(json), r);
        return r.problems;
    };
    CHECK(run(R"({"a": 3, "b": 1.5, "c": null})").empty());
    CHECK(run(R"({"a": "RUS"})").empty());
    CHECK(has(run(R"({"a": "Rus"})"), "csl-schema", "none of the 2 alternatives"));
    CHECK(has(run(R"({"b": 2})"), "csl-schema", "exactly one"));
    CHECK(has(run(R"({"c": 1})"), "csl-schema", "expected \"string\", \"null\""));
}

// ---------------------------------------------------------------- XLSX
namespace {

struct SheetSpec {
    const char* name;
    std::vector<std::vector<std::string>> rows;   // a leading '#' writes a number
};

// Build a workbook the way the exporter does (libxlsxwriter) and return its bytes.
std::string make_xlsx(const std::vector<SheetSpec>& sheets) {
    char path[] = "/tmp/shiryo-test-XXXXXX.xlsx";
    int fd = mkstemps(path, 5);
    REQUIRE(fd >= 0);
    close(fd);
    lxw_workbook* workbook = workbook_new(path);
    for (const auto& spec : sheets) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, spec.name);
        for (std::size_t r = 0; r < spec.rows.size(); ++r)
            for (std::size_t c = 0; c < spec.rows[r].size(); ++c) {
                const std::string& v = spec.rows[r][c];
                if (v.empty()) continue;
                if (v[0] == '#') worksheet_write_number(sheet, r, c, std::stod(v.substr(1)), nullptr);
                else worksheet_write_string(sheet, r, c, v.c_str(), nullptr);
            }
    }
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    std::string bytes = read_file(path);
    std::remove(path);
    return bytes;
}

std::vector<SheetSpec> workbook_like_csvs() {
    return {{"表1", {{"国名", "2022年3月2日", "2022年4月7日"}, {"ロシア", "反対", "反対"}, {"中国", "棄権"}, {"合計", "#1234", "#12.5"}}},
            {"Votes",
             {{"table", "country", "iso3", "date", "resolution", "vote_ja", "vote"},
              {"#1", "ロシア", "RUS", "2022-03-02", "ES-11/1", "反対", "N"},
              {"#1", "中国", "CHN", "2022-03-02", "ES-11/1", "棄権", "A"},
              {"#1", "ベネズエラ, ボリバル", "VEN", "2022-03-02", "", "不参加", "NV"}}}};
}

std::vector<OutputFile> xlsx_siblings(const std::string& xlsx, const std::string& table = table_csv,
                                      const std::string& votes = votes_csv) {
    return {{"S.xlsx", xlsx},
            {"S.table-1.csv", table},
            {"S.table-1.csv-metadata.json", table_metadata},
            {"S.votes.csv", votes},
            {"S.votes.csv-metadata.json", votes_metadata}};
}

}  // namespace

TEST_CASE("XLSX: reading a libxlsxwriter package") {
    auto sheets = detail::read_xlsx(make_xlsx(workbook_like_csvs()));
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].name == "表1");
    CHECK(sheets[0].cells.at({1, 1}).text == "国名");
    CHECK(sheets[0].cells.at({4, 2}).is_number);
    CHECK(sheets[0].cells.at({4, 2}).number == 1234);
    CHECK(sheets[0].cells.count({3, 3}) == 0);
    CHECK(sheets[1].name == "Votes");
    CHECK_THROWS(detail::read_xlsx("PK not a zip"));
}

TEST_CASE("XLSX: sheets equal to their CSVs pass, and the whole set passes check_all") {
    auto files = xlsx_siblings(make_xlsx(workbook_like_csvs()));
    auto problems = validator().check(files[0], files);
    CHECK_MESSAGE(problems.empty(), describe(problems));
    auto all = validator().check_all(files);
    CHECK_MESSAGE(all.empty(), describe(all));
}

TEST_CASE("XLSX: a sheet cell that differs from its CSV") {
    std::string xlsx = make_xlsx(workbook_like_csvs());
    auto changed = xlsx_siblings(xlsx, replaced(table_csv, "中国,棄権", "中国,賛成"));
    auto problems = validator().check(changed[0], changed);
    CHECK_PROBLEM(problems, "xlsx-cell", "the sheet has \"棄権\", the CSV has \"賛成\"");
    for (const auto& p : problems) CHECK(p.where == "sheet 表1, row 3, column 2 (B3)");

    auto number = xlsx_siblings(xlsx, replaced(table_csv, "\"1,234\"", "1235"));
    CHECK_PROBLEM(validator().check(number[0], number), "xlsx-cell", "the sheet has the number 1234");

    auto longer = xlsx_siblings(xlsx, table_csv, std::string(votes_csv) + "1,米国,USA,2022-03-02,ES-11/1,賛成,Y\r\n");
    CHECK_PROBLEM(validator().check(longer[0], longer), "xlsx-cell", "the sheet cell is empty, the CSV has \"米国\"");
}

TEST_CASE("XLSX: a CSV without a sheet, a sheet without a CSV, a broken package") {
    std::string xlsx = make_xlsx(workbook_like_csvs());
    auto files = xlsx_siblings(xlsx);
    files.push_back({"S.notes.csv", "n,place,text,refs\r\n1,end,注,1\r\n"});
    CHECK_PROBLEM(validator().check(files[0], files), "xlsx-missing-sheet", "S.notes.csv");

    auto without_table = xlsx_siblings(xlsx);
    without_table.erase(without_table.begin() + 1);
    CHECK_PROBLEM(validator().check(without_table[0], without_table), "xlsx-sheet-csv", "S.table-1.csv");

    std::string damaged = xlsx.substr(0, xlsx.size() / 2);
    CHECK(has(validator().check({"S.xlsx", damaged}, {}), "xlsx-package"));
}

// ---------------------------------------------------------------- BibTeX, RIS
namespace {

const char* bibtex =
    "@article{S-c1,\n"
    "  author = {鈴木, 花子},\n"
    "  title = {{近世出版史研究}},\n"
    "  journal = \"日本出版史学会誌\",\n"
    "  year = 2021,\n"
    "  note = {50\\% {of} it}\n"
    "}\n\n"
    "@online{S-c2,\n  title = {Statement},\n  url = {https://example.org/a.html},\n}\n";

const char* ris =
    "TY  - JOUR\r\nAU  - 鈴木, 花子\r\nTI  - 近世出版史研究\r\nPY  - 2021\r\nER  - \r\n\r\n"
    "TY  - ELEC\r\nTI  - Statement\r\nUR  - https://example.org/a.html\r\nER  - \r\n";

}  // namespace

TEST_CASE("BibTeX: valid entries pass; broken ones fail") {
    auto ok = check_one({"S.bib", bibtex});
    CHECK_MESSAGE(ok.empty(), describe(ok));
    CHECK_PROBLEM(check_one({"S.bib", replaced(bibtex, "{{近世出版史研究}}", "{{近世出版史研究}")}), "bibtex-braces", "not closed");
    CHECK_PROBLEM(check_one({"S.bib", replaced(bibtex, "@online{S-c2", "@online{S-c1")}), "bibtex-duplicate-key", "S-c1");
    CHECK_PROBLEM(check_one({"S.bib", replaced(bibtex, "= 2021,", "= 2021")}), "bibtex-syntax", "expected \",\"");
    CHECK_PROBLEM(check_one({"S.bib", replaced(bibtex, "@online{S-c2,", "@online{")}), "bibtex-key", "no key");
}

TEST_CASE("RIS: valid records pass; broken ones fail") {
    auto ok = check_one({"S.ris", ris});
    CHECK_MESSAGE(ok.empty(), describe(ok));
    CHECK_PROBLEM(check_one({"S.ris", replaced(ris, "PY  - 2021\r\nER  - \r\n", "PY  - 2021\r\n")}), "ris-record", "ER");
    CHECK_PROBLEM(check_one({"S.ris", std::string("AU  - 誰か\r\n") + ris}), "ris-record", "outside a record");
    CHECK_PROBLEM(check_one({"S.ris", replaced(ris, "TI  - Statement", "TI - Statement")}), "ris-syntax", "tag line");
}

TEST_CASE("Every file is checked: unknown kinds and empty files are problems") {
    CHECK(has(check_one({"S.pdf", "x"}), "unknown-kind"));
    CHECK(has(check_one({"S.tei.xml", ""}), "empty-file"));
}

// ---------------------------------------------------------------- fast paths
// The validators read plain XML, JSON and CSVW formats with fast readers of
// their own; each must give exactly what the library it stands in for gives.
namespace {

std::string xml_text(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : "<null>"; }
std::string ns_text(xmlNsPtr ns) { return ns ? xml_text(ns->prefix) + "=" + xml_text(ns->href) : "none"; }

// The first difference between two libxml2 trees ("" when they are equal):
// node types, names, namespaces and their declarations, attributes (value,
// namespace, ID-ness), text, line numbers.
std::string tree_difference(xmlNodePtr a, xmlNodePtr b, const std::string& path) {
    for (; a || b; a = a ? a->next : nullptr, b = b ? b->next : nullptr) {
        if (!a || !b) return path + ": a different number of children";
        std::string here = path + "/" + xml_text(a->name);
        if (a->type != b->type || xml_text(a->name) != xml_text(b->name)) return here + ": a different node";
        if (a->line != b->line) return here + ": line " + std::to_string(a->line) + " vs " + std::to_string(b->line);
        if (a->type == XML_TEXT_NODE && xml_text(a->content) != xml_text(b->content)) return here + ": different text";
        if (a->type != XML_ELEMENT_NODE) continue;
        if (ns_text(a->ns) != ns_text(b->ns)) return here + ": namespace " + ns_text(a->ns) + " vs " + ns_text(b->ns);
        xmlNsPtr na = a->nsDef, nb = b->nsDef;
        for (; na || nb; na = na ? na->next : nullptr, nb = nb ? nb->next : nullptr)
            if (!na || !nb || ns_text(na) != ns_text(nb)) return here + ": different namespace declarations";
        xmlAttrPtr pa = a->properties, pb = b->properties;
        for (; pa || pb; pa = pa ? pa->next : nullptr, pb = pb ? pb->next : nullptr) {
            if (!pa || !pb) return here + ": a different number of attributes";
            if (xml_text(pa->name) != xml_text(pb->name) || ns_text(pa->ns) != ns_text(pb->ns) || pa->atype != pb->atype)
                return here + ": attribute " + xml_text(pa->name) + " vs " + xml_text(pb->name);
            xmlChar* va = xmlNodeListGetString(a->doc, pa->children, 1);
            xmlChar* vb = xmlNodeListGetString(b->doc, pb->children, 1);
            std::string sa = xml_text(va), sb = xml_text(vb);
            xmlFree(va);
            xmlFree(vb);
            if (sa != sb) return here + "@" + xml_text(pa->name) + ": \"" + sa + "\" vs \"" + sb + "\"";
        }
        std::string inner = tree_difference(a->children, b->children, here);
        if (!inner.empty()) return inner;
    }
    return "";
}


}  // namespace

TEST_CASE("TEI: the same problems whichever reader parses the document") {
    // A comment after the root leaves the document as it was but sends it to
    // libxml2's parser and the pugixml rules: the problems must not change.
    std::vector<std::string> documents;
    for (const char* name : {"valid.tei.xml", "valid-minimal.tei.xml", "invalid-cell-in-table.tei.xml",
                             "invalid-ref-without-n.tei.xml", "invalid-note-without-place.tei.xml",
                             "invalid-table-without-rows.tei.xml", "invalid-table-without-head.tei.xml",
                             "invalid-p-after-div.tei.xml"})
        documents.push_back(read_file(example_dir + "/" + name));
    std::string tei = valid_tei();
    documents.push_back(replaced(tei, "n=\"3\" target=\"#note-3\"", "n=\"3\" target=\"#note-9\""));
    documents.push_back(replaced(tei, "rows=\"3\" cols=\"3\"", "rows=\"4\"\n  cols=\"2\""));
    documents.push_back(replaced(tei, "n=\"3\" place=\"foot\"", "n=\"3\""));
    documents.push_back(replaced(tei, "xml:id=\"note-3\" n=\"3\"", "xml:id=\"note-3\" n=\"1\""));
    documents.push_back(replaced(tei, "xml:id=\"note-3\" n=\"3\"", "xml:id=\"note-1\" n=\"3\""));
    documents.push_back(replaced(tei, "n=\"3\" target=\"#note-3\"", "n=\"3\" target=\"#note-1\""));
    documents.push_back(replaced(tei, "corresp=\"#note-3\" type=\"webpage\"", "corresp=\"#table-1 #nowhere\" type=\"webpage\""));
    documents.push_back(replaced(tei, "corresp=\"#note-3\" type=\"webpage\"", "type=\"webpage\""));
    for (const auto& xml : documents) {
        auto plain = check_tei(xml);
        auto other = check_tei(xml + "\n<!-- not plain -->\n");
        CHECK_MESSAGE(describe(plain) == describe(other), describe(plain) << "---\n" << describe(other));
    }
}

TEST_CASE("CSVW formats: WholeMatch answers as std::regex_match") {
    const std::vector<std::string> patterns = {
        "^(Y|N|A|NV)$", "Y|N|A|NV", "^(foot|end)$", "^(賛成|反対|棄権|不参加|欠席)$", "^[A-Z]{3}$", "^[a-z]{2,3}$",
        "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$", "a*b+c?", "(ab|a)(bc|c)", "(a|)+b",
        "[-a-c]x[^0-9]", "[a-]{1,}", "x{2,}y{0,1}", "(?:ab)*", "^$", "", "^", "$", "()", "a|", "|a", "\\d+", "a.c", "a*?",
        "[[:alpha:]]+", "(a", "a)", "[z-a]", "a{3,2}", "*a", "a**", "[]", "[^]", "[a-c-e]", "((a|b)c)*d",
    };
    const std::vector<std::string> texts = {"", "Y", "N", "NV", "X", "YN", "foot", "end", "賛成", "欠席", "賛", "RUS",
        "Rus", "RU", "ja", "jpn", "ja-JP", "2021", "2021-09", "2021-09-01", "2020/2021-03", "2021/", "abc", "bbc",
        "abcc", "b", "ab", "aab", "-x!", "bxa", "a-", "xxyy", "xx", "ababab", "aba", "acbcd", "d", "12", "a\nc", "\xe3"};
    for (const auto& pattern : patterns) {
        std::optional<std::regex> reference;
        std::string reference_error, error;
        try {
            reference.emplace(pattern, std::regex::ECMAScript);
        } catch (const std::regex_error& e) {
            reference_error = e.what();
        }
        std::optional<detail::WholeMatch> fast;
        try {
            fast.emplace(pattern);
        } catch (const std::regex_error& e) {
            error = e.what();
        }
        CHECK_MESSAGE(error == reference_error, pattern);
        if (!reference || !fast) continue;
        for (const auto& text : texts)
            CHECK_MESSAGE(fast->matches(text) == std::regex_match(text, *reference), pattern << " on \"" << text << "\"");
    }
    CHECK_FALSE(detail::WholeMatch("^(Y|N|A|NV)$").uses_std_regex());
    CHECK_FALSE(detail::WholeMatch("^[0-9]{4}(-[0-9]{2})?$").uses_std_regex());
    CHECK(detail::WholeMatch("\\d+").uses_std_regex());
}

TEST_CASE("JSON: parse_json gives nlohmann's value, or nlohmann's error") {
    const std::vector<std::string> texts = {
        votes_metadata, table_metadata, csl_items, "[]", "{}", " 1 ", "-0", "0", "1.0", "-1.5e3", "1E+2", "1e400", "1e-400",
        "12345678901234567890", "-9223372036854775808", "999999999999999999", "-999999999999999999", "\"\\u0000\\u00e9\\ud83d\\ude00\"",
        "\"\\udc00\"", "\"\x01\"", "\"\xff\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\xef\xbb\xbf{}", "{\"a\": 1, \"a\": [true, false, null]}",
        "", "[1,]", "{\"a\" 1}", "01", "1.", ".5", "tru", "nul", "[1 2]", "{} {}", "\"\\x\"", "NaN", "[\"a\"\n,\n\"b\"]"};
    auto same = [](const nlohmann::json& a, const nlohmann::json& b) { return a.dump() == b.dump() && a.type() == b.type(); };
    for (const auto& text : texts) {
        std::string reference_error, error;
        nlohmann::json reference, fast;
        try {
            reference = nlohmann::json::parse(text);
        } catch (const nlohmann::json::exception& e) {
            reference_error = e.what();
        }
        try {
            fast = detail::parse_json(text);
        } catch (const nlohmann::json::exception& e) {
            error = e.what();
        }
        CHECK_MESSAGE(error == reference_error, text);
        CHECK_MESSAGE(same(fast, reference), text);
        if (reference.is_array() && fast.is_array() && !reference.empty() && reference[0].is_number())
            CHECK(reference[0].type() == fast[0].type());
    }
    CHECK(detail::parse_json("[1, -1, 1.5]")[0].is_number_unsigned());
    CHECK(detail::parse_json("[1, -1, 1.5]")[1].is_number_integer());
    CHECK(detail::parse_json("[1, -1, 1.5]")[2].is_number_float());
}

TEST_CASE("check_all reads each file once and finds what check finds file by file") {
    std::string xlsx = make_xlsx(workbook_like_csvs());
    std::vector<std::vector<OutputFile>> sets = {
        xlsx_siblings(xlsx),
        xlsx_siblings(xlsx, replaced(table_csv, "中国,棄権", "中国,賛成"), std::string(votes_csv) + "1,米国,USA,2022/03/02,,賛成,X\r\n"),
        xlsx_siblings(xlsx.substr(0, xlsx.size() / 2)),
    };
    // A sidecar with structural problems, and one whose reader throws.
    auto broken = xlsx_siblings(xlsx);
    broken[4].content = replaced(votes_metadata, "\"@context\": \"http://www.w3.org/ns/csvw\"", "\"@context\": \"http://example.org/\"");
    broken[4].content = replaced(broken[4].content, "\"datatype\": \"date\"}", "\"datatype\": \"date\", \"required\": \"yes\"}");
    sets.push_back(broken);
    auto syntax = xlsx_siblings(xlsx);
    syntax[2].content = "{\"url\": ";
    sets.push_back(syntax);
    for (const auto& files : sets) {
        std::vector<Problem> one_by_one;
        for (const auto& file : files) {
            auto problems = validator().check(file, files);
            one_by_one.insert(one_by_one.end(), problems.begin(), problems.end());
        }
        CHECK(describe(validator().check_all(files)) == describe(one_by_one));
    }
    // The throwing sidecar fails the checks of both files that read it.
    auto problems = validator().check_all(broken);
    int failed = 0;
    for (const auto& p : problems)
        if (p.rule == "checker-failed" && p.message.find("type must be boolean") != std::string::npos) ++failed;
    CHECK(failed == 2);
}

TEST_CASE("Numbers: the plain decimal form") {
    for (const char* yes : {"0", "+1", "-12", "1.", "1.5", ".5", "-.5e3", "1e5", "1E+05", "007"}) CHECK_MESSAGE(detail::is_plain_number(yes), yes);
    for (const char* no : {"", "+", ".", "-.", "1e", "1e+", "e5", "1.5.2", "1,5", " 1", "1 ", "0x1", "１", "NaN"})
        CHECK_MESSAGE(!detail::is_plain_number(no), no);
}
