// Reliability (issue 11): honest decoding, isolated exporters, XLSX limits,
// output sets that never mix, and the validator's integer edge.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "decode/decode.hpp"
#include "export/exporters.hpp"
#include "pipeline/pipeline.hpp"
#include "validate/validate.hpp"

using namespace shiryo;
namespace fs = std::filesystem;

namespace {

bool has_code(const std::vector<Diagnostic>& ds, const std::string& code) {
    for (const auto& d : ds)
        if (d.code == code) return true;
    return false;
}

std::string utf16le(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "shiryo-rel-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    void touch(const std::string& name, const std::string& content = "x") const {
        std::ofstream(path / name, std::ios::binary) << content;
    }
};

}  // namespace

// ---------------------------------------------------------------- decode.strict

TEST_CASE("decode.strict: a forced UTF-8 on an invalid byte is an error naming line, column and byte") {
    const std::string bytes = "first line\nsecond \xE9 line\n";
    try {
        decode::decode_text(bytes, "UTF-8");
        FAIL("no error");
    } catch (const decode::DecodeError& e) {
        CHECK(e.line == 2);
        CHECK(e.column == 8);
        CHECK(e.byte == 18);
        CHECK(std::string(e.what()).find("2:8 (byte 18)") != std::string::npos);
    }
}

TEST_CASE("decode.strict: --lenient substitutes U+FFFD and counts") {
    const std::string bytes = "a\xFF" "b\xFE" "c\n";
    const DecodedText d = decode::decode_text(bytes, decode::DecodeOptions{"UTF-8", true});
    CHECK(d.utf8 == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\n");
    CHECK(d.substitutions == 2);
    CHECK(d.first_substitution == "1:2 (byte 1)");
}

TEST_CASE("decode.strict: ASCII with one Latin-1 byte is not read as UTF-16 (no NUL pattern)") {
    std::string bytes(63, 'a');
    for (std::size_t i = 0; i < bytes.size(); i += 7) bytes[i] = ' ';
    bytes += "\xE9";
    try {
        const DecodedText d = decode::decode_text(bytes);
        CHECK(d.encoding.rfind("UTF-16", 0) != 0);
    } catch (const decode::DecodeError& e) {
        CHECK(e.byte == 63);   // named where it is
    }
}

TEST_CASE("decode.utf16-nul-pattern: UTF-16LE without a BOM is found when the NULs prove it") {
    const std::string text = "Plain text in UTF-16 little endian, no byte order mark.\nSecond line.\n";
    const DecodedText d = decode::decode_text(utf16le(text));
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.utf8 == text);
}

TEST_CASE("decode.nul-byte: NULs in Japanese UTF-8 are invalid bytes at their place, not 'binary data'") {
    std::string text;
    for (int i = 0; i < 20; ++i) text += "日本語の本文です。\n";
    text.insert(28, std::string(2, '\0'));   // the start of line 2
    try {
        decode::decode_text(text);
        FAIL("no error");
    } catch (const decode::DecodeError& e) {
        CHECK(e.byte == 28);
        CHECK(e.line == 2);
        CHECK(e.column == 1);
        CHECK(std::string(e.what()).find("NUL") != std::string::npos);
    }
    const DecodedText lenient = decode::decode_text(text, decode::DecodeOptions{"", true});
    CHECK(lenient.substitutions == 2);
}

TEST_CASE("decode.strict: one bad byte in Japanese UTF-8 is named as UTF-8's, not a CP932 misread") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "これは日本語の文章です。\n";
    text[40] = '\xFF';
    try {
        decode::decode_text(text);
        FAIL("no error");
    } catch (const decode::DecodeError& e) {
        CHECK(e.byte == 40);
        CHECK(std::string(e.what()).find("UTF-8") != std::string::npos);
    }
}

TEST_CASE("decode.empty-input and decode.substituted are warnings of the document") {
    const Document empty = pipeline::convert_text("", "e");
    CHECK(has_code(empty.diagnostics, "decode.empty-input"));
    pipeline::ConvertOptions lenient{"UTF-8", true};
    const Document sub = pipeline::convert_text("本文\xFF。\n", "s", lenient);
    CHECK(has_code(sub.diagnostics, "decode.substituted"));
    CHECK_FALSE(has_code(pipeline::convert_text("本文。\n", "ok").diagnostics, "decode.substituted"));
}

// ---------------------------------------------------------------- notes, exporters

TEST_CASE("note.duplicate-number: the 46-byte input of issue 11 warns, exports and keeps ids unique") {
    const std::string bytes = "―――\n1 る\n―――\n1 中ぺ「㸂」〱";
    const Document doc = pipeline::convert_text(bytes, "dup");
    CHECK(has_code(doc.diagnostics, "note.duplicate-number"));
    std::vector<exporters::OutputFile> files;
    REQUIRE_NOTHROW(files = exporters::export_all(doc));
    std::set<std::string> ids;
    for (const Note& n : doc.notes) CHECK(ids.insert(n.id).second);
    validate::Validator v(SHIRYO_SCHEMA_DIR);
    CHECK_FALSE(validate::has_errors(v.check_all(files)));
}

TEST_CASE("export.isolated: a failing exporter costs only its own files") {
    Document doc = pipeline::convert_text("本文。\n――――\n1 注の本文。\n", "t");   // a notes sheet
    exporters::ExportOptions options;
    options.tmp_dir = "/nonexistent/shiryo-folder";   // the XLSX exporter cannot make its temporary file
    const exporters::ExportResult r = exporters::export_isolated(doc, options);
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0] == "xlsx");
    CHECK(has_code(r.diagnostics, "export.failed"));
    bool tei = false, xlsx = false;
    for (const auto& f : r.files) {
        tei |= f.name == "t.tei.xml";
        xlsx |= f.name == "t.xlsx";
    }
    CHECK(tei);
    CHECK_FALSE(xlsx);
    CHECK_NOTHROW(exporters::export_all(doc));   // with its default temporary folder it works
}

TEST_CASE("xlsx.cell-truncated: a note over 32,767 characters is cut in the XLSX only, with a warning") {
    Document doc = pipeline::convert_text("本文。\n", "long");
    Note n;
    n.id = "note-1";
    n.n = 1;
    n.label = "1";
    for (int i = 0; i < 40000; ++i) n.text += (i % 2 ? "あ" : "a");
    n.span = {1, 1};
    doc.notes.push_back(n);
    TempDir dir;
    exporters::ExportOptions options;
    options.tmp_dir = dir.path.string();
    const exporters::ExportResult r = exporters::export_isolated(doc, options);
    CHECK(r.failed.empty());
    CHECK(has_code(r.diagnostics, "xlsx.cell-truncated"));
    bool csv_whole = false;
    for (const auto& f : r.files)
        if (f.name == "long.notes.csv") csv_whole = f.content.find(n.text) != std::string::npos;
    CHECK(csv_whole);
    validate::Validator v(SHIRYO_SCHEMA_DIR);
    CHECK_FALSE(validate::has_errors(v.check_all(r.files)));
    CHECK(fs::is_empty(dir.path));   // xlsx.tmp-in-output: nothing left behind
}

// ---------------------------------------------------------------- output sets

TEST_CASE("output.stale-set: only the stem's own set files are stale, not another stem's") {
    TempDir dir;
    for (const char* f : {"doc.tei.xml", "doc.table-1.csv", "doc.table-2.csv", "doc.table-2.csv-metadata.json",
                          "doc.xlsx", "doc.v2.tei.xml", "doc-2.tei.xml", "doc.notes"})
        dir.touch(f);
    const auto stale = app::stale_outputs(dir.path.string(), "doc", {"doc.tei.xml", "doc.table-1.csv"});
    CHECK(stale == std::vector<std::string>{"doc.table-2.csv", "doc.table-2.csv-metadata.json", "doc.xlsx"});
}

TEST_CASE("output.sweep-stale: temporaries of dead processes go, a live process's stay") {
    TempDir dir;
    // A PID that was a process and is one no more: a child that has exited.
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    const std::string dead = std::to_string(child), live = std::to_string(::getpid());
    dir.touch("doc.tei.xml.tmp-" + dead);
    fs::create_directory(dir.path / (".shiryo-xlsx.tmp-" + dead + "-AbC123"));   // the XLSX writer's folder
    dir.touch(".shiryo-xlsx.tmp-" + dead + "-AbC123/tmp.XyZ");
    dir.touch("doc.csv.tmp-" + live);
    dir.touch("doc.tmp-notes.csv");
    CHECK(app::sweep_stale_temporaries(dir.path.string()) == 2);
    CHECK(fs::exists(dir.path / ("doc.csv.tmp-" + live)));
    CHECK(fs::exists(dir.path / "doc.tmp-notes.csv"));
    CHECK_FALSE(fs::exists(dir.path / ("doc.tei.xml.tmp-" + dead)));
    CHECK_FALSE(fs::exists(dir.path / (".shiryo-xlsx.tmp-" + dead + "-AbC123")));
}

TEST_CASE("input.txt-any-case and input.non-regular: *.TXT in folders, /dev/stdin as a file") {
    TempDir dir;
    dir.touch("a.TXT");
    dir.touch("b.txt");
    dir.touch("c.md");
    std::vector<std::string> errors;
    const auto files = app::expand_inputs({dir.path.string(), "/dev/stdin"}, errors);
    CHECK(errors.empty());
    REQUIRE(files.size() == 3);
    CHECK(fs::path(files[0]).filename() == "a.TXT");
    CHECK(files[2] == "/dev/stdin");
}

TEST_CASE("input.too-large: a file over --max-input-size is refused before it is read") {
    TempDir dir;
    dir.touch("big.txt", std::string(100, 'a'));
    CHECK(app::read_input((dir.path / "big.txt").string(), 100).size() == 100);
    CHECK_THROWS_WITH_AS(app::read_input((dir.path / "big.txt").string(), 99),
                         doctest::Contains("--max-input-size"), std::runtime_error);
}

// ---------------------------------------------------------------- validator

TEST_CASE("validate: a note numbered INT_MAX is a number like any other (no overflow)") {
    const std::string n = std::to_string(INT_MAX);
    const std::string tei =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
        "<titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
        "</sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body><back><div type=\"notes\">"
        "<note xml:id=\"note-a\" n=\"1\" place=\"end\">a</note><note xml:id=\"note-b\" n=\"" + n +
        "\" place=\"end\">b</note></div></back></text></TEI>\n";
    validate::Validator v(SHIRYO_SCHEMA_DIR);
    const auto problems = v.check({"x.tei.xml", tei}, {});
    bool gap = false;
    for (const auto& p : problems) gap |= p.rule == "note-gap";
    CHECK(gap);   // the gap before it is named; nothing after INT_MAX wraps around
}

// ---------------------------------------------------------------- tables

TEST_CASE("table.row-inside-line: a ragged wrapped table names the row that begins inside a line") {
    const std::string text =
        "表 1 比較\n\n国名    2019    2020    2021\n\n日本    1    2    3\n中国    4    5\n韓国    7    8    9    10\n"
        "米国    1\n英国    2    3\n独国    4    5    6\n出所：筆者作成\n";
    const Document doc = pipeline::build_document(text, "rag");
    int named = 0;
    for (const auto& d : doc.diagnostics) named += d.code == "table.row-inside-line";
    CHECK(named >= 1);
    // A table whose rows are whole says nothing of the kind.
    const Document whole = pipeline::build_document(
        "表 1 比較\n\n国名    2019    2020\n\n日本    1    2\n中国    4    5\n出所：筆者作成\n", "whole");
    for (const auto& d : whole.diagnostics) CHECK(d.code != "table.row-inside-line");
}

// ---------------------------------------------------------------- fuzz regressions

// Every input the fuzzer (tests/fuzz, scripts/sanitize.sh) ever found, and the
// issue's own cases, go through the harness's path: decode, pipeline, every
// exporter, every validator: no exception but the documented input errors, no
// exporter failure, no invalid output.
TEST_CASE("fuzz regressions: tests/fuzz/regressions through the whole pipeline") {
    const fs::path dir = fs::path(SHIRYO_SCHEMA_DIR).parent_path() / "tests" / "fuzz" / "regressions";
    REQUIRE(fs::is_directory(dir));
    validate::Validator v(SHIRYO_SCHEMA_DIR);
    TempDir scratch;
    int seen = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::ifstream in(e.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        ++seen;
        CAPTURE(e.path().filename().string());
        for (bool lenient : {false, true}) {
            Document doc;
            try {
                doc = pipeline::convert_text(bytes, "fz", pipeline::ConvertOptions{"", lenient});
            } catch (const decode::DecodeError&) {
                continue;   // a documented input error
            }
            exporters::ExportOptions options;
            options.tmp_dir = scratch.path.string();
            const exporters::ExportResult r = exporters::export_isolated(doc, options);
            CHECK(r.failed.empty());
            CHECK_FALSE(validate::has_errors(v.check_all(r.files)));
        }
    }
    CHECK(seen >= 2);
}

TEST_CASE("note.number-out-of-order: repeated, backward and jumping numbers are named, each one") {
    const Document doc = pipeline::build_document(
        "本文1です。本文2です。\n\n――――――\n1 最初の注。\n2 二つ目の注。\n2 同じ番号の注。\n1 戻った番号。\n9 飛んだ番号。\n",
        "n");
    std::vector<int> lines;
    for (const auto& d : doc.diagnostics)
        if (d.code == "note.number-out-of-order") lines.push_back(d.line);
    CHECK(lines == std::vector<int>{6, 7, 8});
    // In order: nothing to say.
    const Document ok = pipeline::build_document("本文1です。本文2です。\n\n――――――\n1 最初の注。\n2 二つ目の注。\n", "ok");
    for (const auto& d : ok.diagnostics) CHECK(d.code != "note.number-out-of-order");
}
