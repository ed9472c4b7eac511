// Exporters: CSV, CSVW, XLSX, CSL-JSON, BibTeX, RIS and export_all, on a
// small hand-built document that has every case the writers must handle.
#include <doctest/doctest.h>
#include <unistd.h>
#include <unzip.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"

namespace {

using namespace shiryo;
using nlohmann::json;

TableCell cell(std::string text, CellType type = CellType::Text) {
    TableCell c;
    c.text = std::move(text);
    c.type = type;
    return c;
}

TableCell number_cell(std::string text, double value, std::string unit = "") {
    TableCell c = cell(std::move(text), CellType::Number);
    c.number = value;
    c.unit = std::move(unit);
    return c;
}

TableRow row(std::vector<TableCell> cells, bool header = false) {
    TableRow r;
    r.cells = std::move(cells);
    r.header = header;
    return r;
}

// A numeric table: a header row, a column of amounts with units, a column
// of plain numbers with "－" and an empty cell, a ragged last row, and a
// cell that needs CSV quoting.
Table money_table() {
    Table t;
    t.n = 1;
    t.label = "表１";
    t.caption = "主要国の対外援助額";
    t.source = "出所：各種資料より筆者作成";
    t.column_types = {ColumnType::String, ColumnType::Number, ColumnType::Number};
    t.rows = {
        row({cell("国名"), cell("援助額"), cell("割合")}, true),
        row({cell("中国"), number_cell("310億ドル", 310, "億ドル"), number_cell("12.5", 12.5)}),
        row({cell("日本"), cell("－", CellType::None), cell("", CellType::Empty)}),
        row({cell("ロシア, \"連邦\"\n（旧ソ連）"), number_cell("8", 8), number_cell("3", 3)}),
        row({cell("注記のみ")}),
    };
    return t;
}

Table vote_table() {
    Table t;
    t.n = 2;
    t.label = "表 2";
    t.caption = "2022 年の国連決議における投票行動";
    t.column_types = {ColumnType::String, ColumnType::Vote, ColumnType::Vote};
    t.rows = {
        row({cell("国名"), cell("3月 2日"), cell("3月 24日")}, true),
        row({cell("ロシア"), cell("反対"), cell("反対")}),
        row({cell("アルメニア"), cell("棄権"), cell("不参加")}),
    };
    return t;
}

// No header rows, and a label that clashes with the Notes sheet.
Table headless_table() {
    Table t;
    t.n = 3;
    t.label = "notes";
    t.rows = {row({cell("a"), cell("b")}), row({cell("c"), cell("d")})};
    return t;
}

VoteRecord vote(std::string country, std::string iso3, std::string date, std::string ja, std::string code) {
    return VoteRecord{2, std::move(country), std::move(iso3), std::move(date), "", std::move(ja), std::move(code)};
}

Note note(int n, NotePlace place, std::string text, int refs) {
    Note x;
    x.n = n;
    x.place = place;
    x.text = std::move(text);
    x.ref_count = refs;
    return x;
}

Citation citation(int note, int seq, std::string type, std::vector<std::string> authors, std::string title) {
    Citation c;
    c.note = note;
    c.seq = seq;
    c.type = std::move(type);
    c.authors = std::move(authors);
    c.title = std::move(title);
    return c;
}

std::vector<Citation> sample_citations() {
    std::vector<Citation> cs;
    auto c1 = citation(1, 1, "chapter", {"熊倉潤"}, "2020 年の露中関係：『一帯一路』と中印国境紛争をめぐって");
    c1.container = "大国間の競争時代のロシア";
    c1.publisher = "日本国際問題研究所";
    c1.genre = "研究会報告書";
    c1.date = "2021";
    c1.pages = "79-84";
    c1.url = "https://www.jiia.or.jp/pdf/research/R02_Russia/08-kumakura.pdf";
    c1.lang = "ja";
    c1.raw = "熊倉潤「2020 年の露中関係」『大国間の競争時代のロシア』日本国際問題研究所、2021 年、79-84 頁。";
    c1.id = "sample-c1";
    cs.push_back(c1);

    auto c2 = citation(1, 2, "webpage", {"中国外交部"}, "習近平同俄羅斯総統普京通電話");
    c2.date = "2021-08-25";
    c2.url = "https://www.fmprc.gov.cn/zyxw/202108/t20210825_9136997.shtml?a=1&b=%20";
    c2.lang = "zh";
    cs.push_back(c2);

    auto c3 = citation(2, 1, "article-newspaper", {"ИТАР-ТАСС"},
                       "Лавров заявил, что миссия США в Афганистане провалилась");
    c3.date = "2021-07-16";
    c3.url = "https://tass.ru/politika/11921031";
    c3.lang = "ru";
    cs.push_back(c3);

    // In body text; needs every kind of escaping.
    auto c4 = citation(0, 1, "article-journal", {"Smith, John", "Jane van der Berg"},
                       "Russia & China: 100% \"partners\"? {draft} #1_a $5 ~^\\");
    c4.container = "Journal of Eurasian Studies";
    c4.volume = "12";
    c4.issue = "2";
    c4.pages = "45–67";
    c4.date = "2021-09";
    c4.accessed = "2022-01-05";
    c4.lang = "en";
    c4.raw = "Smith, J. and J. van der Berg,\n\"Russia & China\" (2021)";
    cs.push_back(c4);

    // Unknown type, a Russian person with initials, an editor and a
    // translator, and an id that is no ASCII key.
    auto c5 = citation(2, 2, "", {"Лавров С.В."}, "Внешняя политика");
    c5.editors = {"山田 太郎"};
    c5.translators = {"佐藤花子"};
    c5.date = "2019/2020";
    c5.id = "参考 5";
    cs.push_back(c5);

    // Same note and seq as c5: the derived keys must still differ.
    auto c6 = citation(2, 2, "book", {"Ministry of Foreign Affairs of Japan"}, "Diplomatic Bluebook");
    c6.publisher = "MOFA";
    c6.date = "2022-04-01";
    cs.push_back(c6);
    return cs;
}

Document sample_document() {
    Document doc;
    doc.stem = "sample";
    doc.source_path = "/data/in/sample.txt";
    doc.header.title = "中央アジアと中国";
    doc.header.author = "熊倉潤";
    doc.body = {money_table(), vote_table(), headless_table()};
    doc.votes = {vote("ロシア", "RUS", "2022-03-02", "反対", "N"), vote("ロシア", "RUS", "2022-03-24", "反対", "N"),
                 vote("アルメニア", "ARM", "2022-03-02", "棄権", "A"),
                 vote("アルメニア", "ARM", "2022-03-24", "不参加", "NV")};
    doc.notes = {note(1, NotePlace::Foot, "熊倉潤「露中関係」、2021 年, \"引用\" を参照。", 1),
                 note(2, NotePlace::End, "https://tass.ru/politika/11921031 参照。", 2)};
    doc.citations = sample_citations();
    return doc;
}

// ---------------------------------------------------------------- readers

// RFC 4180 reader; also checks that every row ends in CRLF.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false, field_started = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            field_started = true;
        } else if (c == ',') {
            fields.push_back(field);
            field.clear();
            field_started = true;
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');
            ++i;
            if (field_started || !field.empty()) fields.push_back(field);
            rows.push_back(fields);
            fields.clear();
            field.clear();
            field_started = false;
        } else {
            REQUIRE(c != '\n');   // a bare LF outside quotes is no row end
            field += c;
            field_started = true;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.empty());
    REQUIRE(fields.empty());
    return rows;
}

const exporters::OutputFile* find_file(const std::vector<exporters::OutputFile>& files, const std::string& name) {
    for (const auto& f : files)
        if (f.name == name) return &f;
    return nullptr;
}

// One member of a zip package, read through minizip from a temporary file.
std::string zip_member(const std::string& bytes, const std::string& member) {
    char path[] = "/tmp/shiryo-test-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    close(fd);
    std::string out;
    unzFile zip = unzOpen(path);
    REQUIRE(zip != nullptr);
    if (unzLocateFile(zip, member.c_str(), 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(n));
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    std::remove(path);
    return out;
}

std::vector<std::string> sheet_names(const std::string& workbook_xml) {
    std::vector<std::string> names;
    const std::regex sheet("<sheet name=\"([^\"]*)\"");
    for (std::sregex_iterator it(workbook_xml.begin(), workbook_xml.end(), sheet), end; it != end; ++it)
        names.push_back((*it)[1]);
    return names;
}

json column_named(const json& metadata, const std::string& name) {
    for (const auto& c : metadata["tableSchema"]["columns"])
        if (c["name"] == name) return c;
    FAIL("no column " << name);
    return {};
}

std::vector<std::string> bibtex_keys(const std::string& bib) {
    std::vector<std::string> keys;
    const std::regex entry("@[a-z]+\\{([^,\\n]*),");
    for (std::sregex_iterator it(bib.begin(), bib.end(), entry), end; it != end; ++it) keys.push_back((*it)[1]);
    return keys;
}

std::vector<std::string> bibtex_entries(const std::string& bib) {
    std::vector<std::string> entries;
    std::size_t at = 0;
    while ((at = bib.find('@', at)) != std::string::npos) {
        const auto next = bib.find("\n@", at);
        entries.push_back(bib.substr(at, next == std::string::npos ? std::string::npos : next - at + 1));
        if (next == std::string::npos) break;
        at = next + 1;
    }
    return entries;
}

}  // namespace

// ---------------------------------------------------------------- CSV

TEST_CASE("csv_escape quotes only what RFC 4180 requires") {
    using exporters::csv_escape;
    CHECK(csv_escape("plain") == "plain");
    CHECK(csv_escape("") == "");
    CHECK(csv_escape("a,b") == "\"a,b\"");
    CHECK(csv_escape("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_escape("line\nbreak") == "\"line\nbreak\"");
    CHECK(csv_escape("cr\rhere") == "\"cr\rhere\"");
    CHECK(csv_escape("日本語、読点") == "日本語、読点");   // the ideographic comma is no separator
}

TEST_CASE("table CSV: header first, one row per table row, text as printed, ragged rows kept") {
    const auto text = exporters::to_table_csv(money_table());
    CHECK(text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);   // no BOM
    CHECK(text.substr(text.size() - 2) == "\r\n");
    const auto rows = parse_csv(text);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == std::vector<std::string>{"国名", "援助額", "割合"});
    CHECK(rows[1] == std::vector<std::string>{"中国", "310億ドル", "12.5"});
    CHECK(rows[2] == std::vector<std::string>{"日本", "－", ""});
    CHECK(rows[3] == std::vector<std::string>{"ロシア, \"連邦\"\n（旧ソ連）", "8", "3"});
    CHECK(rows[4] == std::vector<std::string>{"注記のみ"});
}

TEST_CASE("table CSV puts header rows first even when the model does not") {
    Table t = headless_table();
    t.rows.push_back(row({cell("H1"), cell("H2")}, true));
    const auto rows = parse_csv(exporters::to_table_csv(t));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"H1", "H2"});
}

TEST_CASE("votes, notes and citations CSVs have the contract's columns") {
    const auto doc = sample_document();
    const auto votes = parse_csv(exporters::to_votes_csv(doc));
    CHECK(votes[0] == std::vector<std::string>{"table", "country", "iso3", "date", "resolution", "vote_ja", "vote"});
    REQUIRE(votes.size() == 5);
    CHECK(votes[4] == std::vector<std::string>{"2", "アルメニア", "ARM", "2022-03-24", "", "不参加", "NV"});

    const auto notes = parse_csv(exporters::to_notes_csv(doc));
    CHECK(notes[0] == std::vector<std::string>{"n", "place", "text", "refs"});
    REQUIRE(notes.size() == 3);
    CHECK(notes[1] == std::vector<std::string>{"1", "foot", "熊倉潤「露中関係」、2021 年, \"引用\" を参照。", "1"});
    CHECK(notes[2][1] == "end");

    const auto cits = parse_csv(exporters::to_citations_csv(doc));
    CHECK(cits[0] == std::vector<std::string>{"note", "seq", "type", "authors", "title", "container", "publisher",
                                              "date", "volume", "issue", "pages", "url", "accessed", "lang", "raw"});
    REQUIRE(cits.size() == 7);
    for (const auto& r : cits) CHECK(r.size() == 15);
    CHECK(cits[1][0] == "1");
    CHECK(cits[4][0] == "");   // body citation: no note
    CHECK(cits[4][3] == "Smith, John ; Jane van der Berg");
    CHECK(cits[4][4] == "Russia & China: 100% \"partners\"? {draft} #1_a $5 ~^\\");
    CHECK(cits[4][14] == "Smith, J. and J. van der Berg,\n\"Russia & China\" (2021)");
    CHECK(cits[5][2] == "document");   // unknown type made a valid CSL type
}

// ---------------------------------------------------------------- CSVW

TEST_CASE("table CSVW: columns, datatypes, header rows, caption and source") {
    const auto doc = sample_document();
    const auto meta = json::parse(exporters::to_table_csvw(doc, money_table()));
    CHECK(meta["@context"] == "http://www.w3.org/ns/csvw");
    CHECK(meta["url"] == "sample.table-1.csv");
    CHECK(meta["dc:title"] == "主要国の対外援助額");
    CHECK(meta["dc:source"] == "出所：各種資料より筆者作成");
    CHECK(meta["dialect"]["header"] == true);
    CHECK(meta["dialect"]["headerRowCount"] == 1);
    CHECK(meta["dialect"]["encoding"] == "utf-8");
    CHECK(meta["dialect"]["lineTerminators"] == json::array({"\r\n"}));
    const auto& columns = meta["tableSchema"]["columns"];
    REQUIRE(columns.size() == 3);
    CHECK(columns[0]["titles"] == json::array({"国名"}));
    CHECK(columns[0]["datatype"] == "string");
    // Amounts printed with units stay strings, and say so.
    CHECK(columns[1]["datatype"] == "string");
    CHECK(columns[1]["dc:description"].get<std::string>().find("億ドル") != std::string::npos);
    CHECK(columns[1]["null"] == json::array({"", "－"}));
    // Plain numbers (with an empty cell) are numbers.
    CHECK(columns[2]["datatype"] == "number");
    // Names are URI-template safe and unique.
    std::set<std::string> names;
    for (const auto& c : columns) {
        const auto name = c["name"].get<std::string>();
        CHECK(std::regex_match(name, std::regex("[A-Za-z0-9%][A-Za-z0-9_%]*")));
        names.insert(name);
    }
    CHECK(names.size() == 3);
}

TEST_CASE("table CSVW: vote columns are enumerations; headless tables have no header") {
    const auto doc = sample_document();
    const auto votes = json::parse(exporters::to_table_csvw(doc, vote_table()));
    const auto& vote_column = votes["tableSchema"]["columns"][1];
    CHECK(vote_column["datatype"]["base"] == "string");
    CHECK(vote_column["datatype"]["format"] == "^(賛成|反対|棄権|不参加|欠席)$");

    const auto headless = json::parse(exporters::to_table_csvw(doc, headless_table()));
    CHECK(headless["dialect"]["header"] == false);
    CHECK(headless["dialect"]["headerRowCount"] == 0);
    CHECK(headless["tableSchema"]["columns"][0]["name"] == "col1");
    CHECK(headless["tableSchema"]["columns"][1]["name"] == "col2");
}

TEST_CASE("table CSVW: empty and duplicate header texts get colN names") {
    Table t = headless_table();
    t.rows.insert(t.rows.begin(), row({cell("名"), cell("名"), cell("")}, true));
    const auto meta = json::parse(exporters::to_table_csvw(sample_document(), t));
    const auto& columns = meta["tableSchema"]["columns"];
    CHECK(columns[0]["name"] == "%E5%90%8D");
    CHECK(columns[1]["name"] == "col2");
    CHECK(columns[2]["name"] == "col3");
    CHECK_FALSE(columns[2].contains("titles"));
}

TEST_CASE("votes, notes and citations CSVW") {
    const auto doc = sample_document();
    const auto votes = json::parse(exporters::to_csvw(doc, "sample.votes.csv"));
    CHECK(votes["url"] == "sample.votes.csv");
    CHECK(votes["dialect"]["headerRowCount"] == 1);
    CHECK(column_named(votes, "vote")["datatype"]["format"] == "^(Y|N|A|NV)$");
    CHECK(column_named(votes, "iso3")["datatype"]["format"] == "^[A-Z]{3}$");
    CHECK(column_named(votes, "date")["datatype"] == "date");
    CHECK(column_named(votes, "table")["datatype"] == "integer");
    CHECK(votes["tableSchema"]["primaryKey"] == json::array({"table", "iso3", "date"}));

    const auto notes = json::parse(exporters::to_csvw(doc, "sample.notes.csv"));
    CHECK(column_named(notes, "n")["datatype"] == "integer");
    CHECK(column_named(notes, "n")["required"] == true);
    CHECK(column_named(notes, "place")["datatype"]["format"] == "^(foot|end)$");
    CHECK(notes["tableSchema"]["primaryKey"] == json::array({"n"}));

    const auto cits = json::parse(exporters::to_csvw(doc, "sample.citations.csv"));
    const auto type_format = column_named(cits, "type")["datatype"]["format"].get<std::string>();
    CHECK(type_format.find("|article-journal|") != std::string::npos);
    CHECK(type_format.find("|webpage)$") != std::string::npos);
    CHECK(column_named(cits, "authors")["separator"] == " ; ");
    CHECK_FALSE(cits["tableSchema"].contains("primaryKey"));   // body citations have no note

    CHECK(exporters::to_csvw(doc, "sample.table-2.csv") == exporters::to_table_csvw(doc, vote_table()));
    CHECK_THROWS_AS(exporters::to_csvw(doc, "sample.other.csv"), std::invalid_argument);
}

TEST_CASE("CSVW claims a form only when every value has it") {
    auto doc = sample_document();
    doc.votes[0].date = "2022-03";    // a stage upstream could not find the day
    doc.votes[1].iso3 = "";           // unknown country: empty is null, not wrong
    const auto votes = json::parse(exporters::to_csvw(doc, "sample.votes.csv"));
    CHECK(column_named(votes, "date")["datatype"] == "string");
    CHECK(column_named(votes, "iso3")["datatype"]["format"] == "^[A-Z]{3}$");
    // iso3 no longer identifies every row; the country name does.
    CHECK(votes["tableSchema"]["primaryKey"] == json::array({"table", "country", "date"}));
}

// ---------------------------------------------------------------- CSL-JSON

TEST_CASE("CSL-JSON: ids, types, names, dates") {
    const auto items = json::parse(exporters::to_csl_json(sample_document()));
    REQUIRE(items.is_array());
    REQUIRE(items.size() == 6);
    CHECK(items[0]["id"] == "sample-c1");
    CHECK(items[1]["id"] == "sample-2");   // no Citation::id: stem + index
    CHECK(items[0]["type"] == "chapter");
    CHECK(items[0]["author"] == json::parse(R"([{"literal": "熊倉潤"}])"));
    CHECK(items[0]["issued"] == json::parse(R"({"date-parts": [[2021]]})"));
    CHECK(items[0]["page"] == "79-84");
    CHECK(items[0]["genre"] == "研究会報告書");
    CHECK(items[0]["container-title"] == "大国間の競争時代のロシア");
    CHECK(items[0]["custom"]["raw"].get<std::string>().find("熊倉潤") == 0);
    CHECK(items[1]["author"] == json::parse(R"([{"literal": "中国外交部"}])"));
    CHECK(items[1]["issued"] == json::parse(R"({"date-parts": [[2021, 8, 25]]})"));
    CHECK(items[2]["author"] == json::parse(R"([{"literal": "ИТАР-ТАСС"}])"));
    CHECK(items[2]["title"] == "Лавров заявил, что миссия США в Афганистане провалилась");
    CHECK(items[2]["language"] == "ru");
    CHECK(items[3]["author"] == json::parse(R"([{"family": "Smith", "given": "John"},
        {"family": "Berg", "given": "Jane", "non-dropping-particle": "van der"}])"));
    CHECK(items[3]["issued"] == json::parse(R"({"date-parts": [[2021, 9]]})"));
    CHECK(items[3]["accessed"] == json::parse(R"({"date-parts": [[2022, 1, 5]]})"));
    CHECK(items[3]["volume"] == "12");
    CHECK(items[3]["issue"] == "2");
    CHECK_FALSE(items[3]["custom"].contains("note"));
    CHECK(items[4]["type"] == "document");
    CHECK(items[4]["author"] == json::parse(R"([{"family": "Лавров", "given": "С.В."}])"));
    CHECK(items[4]["editor"] == json::parse(R"([{"family": "山田", "given": "太郎"}])"));
    CHECK(items[4]["translator"] == json::parse(R"([{"literal": "佐藤花子"}])"));
    CHECK(items[4]["issued"] == json::parse(R"({"date-parts": [[2019], [2020]]})"));
    CHECK(items[5]["author"] == json::parse(R"([{"literal": "Ministry of Foreign Affairs of Japan"}])"));
    std::set<std::string> ids;
    for (const auto& item : items) ids.insert(item["id"].get<std::string>());
    CHECK(ids.size() == items.size());
}

TEST_CASE("creator names: literals, inverted and natural order, initials, particles") {
    using exporters::bibliographic::parse_name;
    auto parts = [](const std::string& raw) {
        const auto n = parse_name(raw);
        return std::vector<std::string>{n.literal, n.family, n.given, n.particle};
    };
    CHECK(parts("熊倉潤") == std::vector<std::string>{"熊倉潤", "", "", ""});
    CHECK(parts("熊倉 潤") == std::vector<std::string>{"", "熊倉", "潤", ""});
    CHECK(parts("日本国際問題研究所") == std::vector<std::string>{"日本国際問題研究所", "", "", ""});
    CHECK(parts("中国 外交部") == std::vector<std::string>{"中国 外交部", "", "", ""});
    CHECK(parts("Putin, Vladimir") == std::vector<std::string>{"", "Putin", "Vladimir", ""});
    CHECK(parts("Vladimir V. Putin") == std::vector<std::string>{"", "Putin", "Vladimir V.", ""});
    CHECK(parts("S. Lavrov") == std::vector<std::string>{"", "Lavrov", "S.", ""});
    CHECK(parts("Лавров С.В.") == std::vector<std::string>{"", "Лавров", "С.В.", ""});
    CHECK(parts("Ludwig van Beethoven") == std::vector<std::string>{"", "Beethoven", "Ludwig", "van"});
    CHECK(parts("Reuters") == std::vector<std::string>{"Reuters", "", "", ""});
    CHECK(parts("RIA Novosti") == std::vector<std::string>{"RIA Novosti", "", "", ""});
    CHECK(parts("Министерство иностранных дел России") ==
          std::vector<std::string>{"Министерство иностранных дел России", "", "", ""});
    CHECK(parse_name("Ludwig van Beethoven").inverted() == "van Beethoven, Ludwig");
    CHECK(parse_name("中国外交部").inverted() == "中国外交部");
}

TEST_CASE("dates and page ranges") {
    namespace bib = exporters::bibliographic;
    CHECK(bib::date_parts("2021") == std::vector<int>{2021});
    CHECK(bib::date_parts("2021-09") == std::vector<int>{2021, 9});
    CHECK(bib::date_parts("2021-07-29") == std::vector<int>{2021, 7, 29});
    CHECK(bib::date_parts("2021-13").empty());
    CHECK(bib::date_parts("2021年").empty());
    CHECK(bib::date_range_parts("2019/2020-03") == std::vector<std::vector<int>>{{2019}, {2020, 3}});
    CHECK(bib::page_range("79-84").first == "79");
    CHECK(bib::page_range("79-84").last == "84");
    CHECK(bib::page_range("45–67").last == "67");
    CHECK(bib::page_range("12").last.empty());
}

TEST_CASE("CSL-JSON keeps a date that is no ISO date as a literal") {
    Document doc;
    doc.stem = "d";
    doc.citations = {citation(1, 1, "book", {}, "T")};
    doc.citations[0].date = "平成15年";
    const auto items = json::parse(exporters::to_csl_json(doc));
    CHECK(items[0]["issued"] == json::parse(R"({"literal": "平成15年"})"));
    CHECK_FALSE(items[0].contains("author"));
}

TEST_CASE("CSL-JSON for a document without citations is an empty array") {
    Document doc;
    doc.stem = "empty";
    CHECK(json::parse(exporters::to_csl_json(doc)) == json::array());
}

// ---------------------------------------------------------------- BibTeX

TEST_CASE("BibTeX: unique stable ASCII keys, mapped types, escaped specials, balanced braces") {
    const auto doc = sample_document();
    const auto bib = exporters::to_bibtex(doc);
    CHECK(bib == exporters::to_bibtex(doc));   // stable
    const auto keys = bibtex_keys(bib);
    REQUIRE(keys.size() == 6);
    CHECK(keys[0] == "sample-c1");
    CHECK(keys[1] == "sample-n1-2");
    CHECK(keys[3] == "sample-b1");
    CHECK(keys[4] == "sample-n2-2");
    CHECK(keys[5] == "sample-n2-2-2");
    CHECK(std::set<std::string>(keys.begin(), keys.end()).size() == keys.size());
    for (const auto& k : keys) CHECK(std::regex_match(k, std::regex("[A-Za-z0-9_.:-]+")));

    const auto entries = bibtex_entries(bib);
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].rfind("@incollection{", 0) == 0);
    CHECK(entries[1].rfind("@online{", 0) == 0);   // a web page
    CHECK(entries[2].rfind("@article{", 0) == 0);   // a news item
    CHECK(entries[3].rfind("@article{", 0) == 0);
    CHECK(entries[5].rfind("@book{", 0) == 0);
    for (const auto& e : entries) {
        int depth = 0;
        for (char c : e) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            CHECK(depth >= 0);
        }
        CHECK(depth == 0);
    }
    CHECK(entries[0].find("author = {{熊倉潤}}") != std::string::npos);
    CHECK(entries[0].find("booktitle = {大国間の競争時代のロシア}") != std::string::npos);
    CHECK(entries[0].find("pages = {79--84}") != std::string::npos);
    CHECK(entries[1].find("author = {{中国外交部}}") != std::string::npos);
    CHECK(entries[1].find("url = {https://www.fmprc.gov.cn/zyxw/202108/t20210825_9136997.shtml?a=1&b=%20}") !=
          std::string::npos);
    CHECK(entries[3].find("author = {Smith, John and van der Berg, Jane}") != std::string::npos);
    CHECK(entries[3].find("title = {{Russia \\& China: 100\\% \"partners\"? \\textbraceleft{}draft\\textbraceright{} "
                          "\\#1\\_a \\$5 \\textasciitilde{}\\textasciicircum{}\\textbackslash{}}}") != std::string::npos);
    CHECK(entries[3].find("journal = {Journal of Eurasian Studies}") != std::string::npos);
    CHECK(entries[3].find("month") == std::string::npos);
    CHECK(entries[3].find("year") == std::string::npos);
    CHECK(entries[3].find("date = {2021-09}") != std::string::npos);
    CHECK(entries[3].find("langid = {english}") != std::string::npos);
    CHECK(entries[0].find("langid = {japanese}") != std::string::npos);
    CHECK(entries[1].find("langid = {chinese}") != std::string::npos);
    CHECK(entries[1].find("date = {2021-08-25}") != std::string::npos);
    CHECK(entries[2].find("langid = {russian}") != std::string::npos);
    CHECK(entries[2].find("entrysubtype = {newspaper}") != std::string::npos);
    CHECK(entries[2].find("journaltitle = {ИТАР-ТАСС}") != std::string::npos);   // the agency is the paper
    CHECK(bib.find("language") == std::string::npos);
    CHECK(entries[3].find("pages = {45--67}") != std::string::npos);
    CHECK(entries[3].find("number = {2}") != std::string::npos);
    CHECK(entries[3].find("urldate = {2022-01-05}") != std::string::npos);
    CHECK(entries[4].find("author = {Лавров, С.В.}") != std::string::npos);
    CHECK(entries[4].find("date = {2019/2020},") != std::string::npos);   // an interval
    CHECK(entries[2].find("title = {{Лавров заявил, что миссия США в Афганистане провалилась}}") != std::string::npos);
}

// ---------------------------------------------------------------- RIS

TEST_CASE("RIS: tags, types, dates, CRLF") {
    const auto ris = exporters::to_ris(sample_document());
    CHECK(ris.find('\n') == ris.find("\r\n") + 1);
    CHECK(ris.find("\n\n") == std::string::npos);   // bare LF nowhere (raw text's line break removed)
    for (std::size_t at = 0; (at = ris.find('\n', at)) != std::string::npos; ++at) CHECK(ris[at - 1] == '\r');
    CHECK(ris.rfind("TY  - CHAP\r\n", 0) == 0);
    CHECK(ris.find("TY  - ELEC\r\n") != std::string::npos);
    CHECK(ris.find("TY  - NEWS\r\n") != std::string::npos);
    CHECK(ris.find("TY  - JOUR\r\n") != std::string::npos);
    CHECK(ris.find("TY  - GEN\r\n") != std::string::npos);
    CHECK(ris.find("TY  - BOOK\r\n") != std::string::npos);
    CHECK(ris.find("AU  - 熊倉潤\r\n") != std::string::npos);
    CHECK(ris.find("AU  - Smith, John\r\nAU  - van der Berg, Jane\r\n") != std::string::npos);
    CHECK(ris.find("T2  - 大国間の競争時代のロシア\r\n") != std::string::npos);
    CHECK(ris.find("PY  - 2021\r\nDA  - 2021///\r\n") != std::string::npos);
    CHECK(ris.find("DA  - 2021/08/25/\r\n") != std::string::npos);
    CHECK(ris.find("DA  - 2021/09//\r\n") != std::string::npos);
    CHECK(ris.find("SP  - 45\r\nEP  - 67\r\n") != std::string::npos);
    CHECK(ris.find("PY  - 2019\r\nDA  - 2019///2019/2020\r\n") != std::string::npos);   // an interval
    CHECK(ris.find("Y2  - 2022/01/05/\r\n") != std::string::npos);
    CHECK(ris.find("LA  - ru\r\n") != std::string::npos);
    CHECK(ris.find("N1  - Smith, J. and J. van der Berg, \"Russia & China\" (2021)\r\n") != std::string::npos);
    std::size_t records = 0;
    for (std::size_t at = 0; (at = ris.find("ER  - \r\n", at)) != std::string::npos; ++at) ++records;
    CHECK(records == 6);
    CHECK(ris.substr(ris.size() - 8) == "ER  - \r\n");
}

// ---------------------------------------------------------------- XLSX

TEST_CASE("XLSX: a zip package with one sheet per table, then Votes, Notes, Citations") {
    const auto bytes = exporters::to_xlsx(sample_document());
    REQUIRE(bytes.size() > 100);
    CHECK(bytes.substr(0, 2) == "PK");
    const auto workbook = zip_member(bytes, "xl/workbook.xml");
    CHECK(sheet_names(workbook) == std::vector<std::string>{"表１", "表 2", "notes (2)", "Votes", "Notes", "Citations"});
    const auto props = zip_member(bytes, "docProps/core.xml");
    CHECK(props.find("<dc:title>中央アジアと中国</dc:title>") != std::string::npos);
    CHECK(props.find("<dc:creator>shiryo ") != std::string::npos);   // xlsx.creator-is-tool
    CHECK(props.find("(report by 熊倉潤)") != std::string::npos);
    CHECK(props.find("<dc:subject>shiryo export</dc:subject>") != std::string::npos);
    const auto first = zip_member(bytes, "xl/worksheets/sheet1.xml");
    CHECK(first.find("<autoFilter ref=\"A1:C5\"/>") != std::string::npos);
    CHECK(first.find("state=\"frozen\"") != std::string::npos);
    CHECK(first.find("<v>12.5</v>") != std::string::npos);   // a number, not a string
    const auto styles = zip_member(bytes, "xl/styles.xml");
    CHECK(styles.find("Yu Gothic") != std::string::npos);
    CHECK(styles.find("<b/>") != std::string::npos);
}

TEST_CASE("XLSX sheet names are valid and unique") {
    Document doc;
    doc.stem = "names";
    Table a = headless_table();
    a.label = "表:1/[a]*?\\ とても長いラベルが三十一文字を超えてしまう場合の表の名前";
    Table b = a;
    b.n = 2;
    Table c = headless_table();
    c.n = 3;
    c.label = "'";
    doc.body = {a, b, c};
    const auto names = sheet_names(zip_member(exporters::to_xlsx(doc), "xl/workbook.xml"));
    REQUIRE(names.size() == 3);
    CHECK(names[0].find_first_of("[]:*?/\\") == std::string::npos);
    CHECK(names[0] != names[1]);
    CHECK(names[1].find(" (2)") != std::string::npos);
    CHECK(names[2] == "Sheet 3");
}

// ---------------------------------------------------------------- export_all

TEST_CASE("export_all writes every file the contract lists") {
    const auto files = exporters::export_all(sample_document());
    std::set<std::string> names;
    for (const auto& f : files) names.insert(f.name);
    const std::set<std::string> expected = {
        "sample.tei.xml",
        "sample.table-1.csv", "sample.table-1.csv-metadata.json",
        "sample.table-2.csv", "sample.table-2.csv-metadata.json",
        "sample.table-3.csv", "sample.table-3.csv-metadata.json",
        "sample.votes.csv", "sample.votes.csv-metadata.json",
        "sample.notes.csv", "sample.notes.csv-metadata.json",
        "sample.citations.csv", "sample.citations.csv-metadata.json",
        "sample.csl.json", "sample.bib", "sample.ris", "sample.xlsx",
    };
    CHECK(names == expected);
    CHECK(names.size() == files.size());
    // Each sidecar names its CSV.
    for (const auto& f : files) {
        const std::string suffix = ".csv-metadata.json";
        if (f.name.size() > suffix.size() && f.name.substr(f.name.size() - suffix.size()) == suffix)
            CHECK(json::parse(f.content)["url"] == f.name.substr(0, f.name.size() - 14));
    }
    CHECK(find_file(files, "sample.table-1.csv")->content == exporters::to_table_csv(money_table()));
}

TEST_CASE("export_all leaves out what has nothing to hold") {
    Document doc;
    doc.stem = "bare";
    auto files = exporters::export_all(doc);
    REQUIRE(files.size() == 1);
    CHECK(files[0].name == "bare.tei.xml");

    doc.notes = {note(1, NotePlace::End, "only a note", 1)};
    files = exporters::export_all(doc);
    std::set<std::string> names;
    for (const auto& f : files) names.insert(f.name);
    CHECK(names == std::set<std::string>{"bare.tei.xml", "bare.notes.csv", "bare.notes.csv-metadata.json", "bare.xlsx"});
}

TEST_CASE("tei.ptr-uri-escaped: a URL with spaces, non-ASCII or substitutes gives a valid ptr/@target") {
    Document d = sample_document();
    d.citations[0].url = "\xEF\xBF\xBDhttps://example.org/a b/日本?q=<x>";   // U+FFFD, a space, kanji, brackets
    const std::string tei = exporters::to_tei(d);
    CHECK(tei.find("target=\"%EF%BF%BDhttps://example.org/a%20b/%E6%97%A5%E6%9C%AC?q=%3Cx%3E\"") != std::string::npos);
    // the fuzz finding that showed it is tests/fuzz/regressions/lenient-url-substitutes.txt,
    // whose TEI the fuzz-regressions test validates
}

TEST_CASE("bib.one-item-per-work + bib.cited-page-locator + tei.one-struct-per-work") {
    Document d = sample_document();
    d.citations.clear();
    auto book = citation(1, 1, "book", {"多湖淳"}, "戦争とは何か");
    book.publisher = "中央公論新社";
    book.date = "2020";
    book.pages = "203";   // the page the note cites, not the book's extent
    book.id = "tago2020";
    book.raw = "多湖淳『戦争とは何か』中央公論新社、2020 年、203 頁。";
    auto again = citation(2, 1, "book", {"多湖淳"}, "戦争とは何か");
    again.repeats = 1;
    again.pages = "15";
    again.id = "tago2020a";
    again.raw = "同上、15 頁。";
    auto article = citation(3, 1, "article-journal", {"熊倉潤"}, "露中関係");
    article.container = "国際問題";
    article.pages = "79-84";
    article.id = "kumakura2021";
    d.citations = {book, again, article};
    const std::string csl = exporters::to_csl_json(d);
    CHECK(csl.find("\"tago2020a\"") == std::string::npos);   // no item of its own
    CHECK(csl.find("\"page\": \"203\"") == std::string::npos);
    CHECK(csl.find("\"page\": \"79-84\"") != std::string::npos);
    const std::string bib = exporters::to_bibtex(d);
    CHECK(bib.find("tago2020a") == std::string::npos);
    CHECK(bib.find("pages = {203}") == std::string::npos);
    const std::string ris = exporters::to_ris(d);
    CHECK(ris.find("SP  - 203") == std::string::npos);
    CHECK(ris.find("SP  - 79") != std::string::npos);
    const std::string tei = exporters::to_tei(d);
    CHECK(tei.find("<biblStruct xml:id=\"tago2020a\"") == std::string::npos);
    CHECK(tei.find("<biblStruct xml:id=\"tago2020\"") != std::string::npos);
}

TEST_CASE("xlsx.print-setup + xlsx.url-links + xlsx.creator-is-tool") {
    Document d = sample_document();
    d.header.author = "報告書の著者";
    const std::string xlsx = exporters::to_xlsx(d);
    const std::string core = zip_member(xlsx, "docProps/core.xml");
    CHECK(core.find("<dc:creator>shiryo ") != std::string::npos);
    CHECK(core.find("<cp:lastModifiedBy>shiryo ") != std::string::npos);
    CHECK(core.find("<dc:creator>報告書の著者") == std::string::npos);
    CHECK(core.find("(report by 報告書の著者)") != std::string::npos);   // named in the comments
    // the header row repeats when printed; one page wide
    const std::string workbook = zip_member(xlsx, "xl/workbook.xml");
    CHECK(workbook.find("_xlnm.Print_Titles") != std::string::npos);
    const std::string sheet1 = zip_member(xlsx, "xl/worksheets/sheet1.xml");
    CHECK(sheet1.find("fitToWidth=\"1\"") == std::string::npos);   // 1 is the default, not written
    CHECK(sheet1.find("fitToHeight=\"0\"") != std::string::npos);
    // the citations sheet's URL cells are links
    bool links = false;
    for (int n = 1; n <= 8 && !links; ++n)
        links = zip_member(xlsx, "xl/worksheets/sheet" + std::to_string(n) + ".xml").find("<hyperlink ") != std::string::npos;
    CHECK(links);
}

TEST_CASE("xlsx.printed-decimals: a number keeps its printed decimals and separators") {
    Document d = sample_document();
    Table t;
    t.n = 9;
    t.caption = "小数";
    TableRow h;
    h.header = true;
    h.cells = {TableCell{"年"}, TableCell{"値"}};
    TableRow r1;
    TableCell v1{"16.0"};
    v1.type = CellType::Number;
    v1.number = 16.0;
    TableCell v2{"3.25"};
    v2.type = CellType::Number;
    v2.number = 3.25;
    TableCell y{"2019"};
    y.type = CellType::Number;
    y.number = 2019;
    r1.cells = {y, v1};
    TableRow r2;
    r2.cells = {y, v2};
    t.rows = {h, r1, r2};
    d.body.push_back(t);
    const std::string with_table = zip_member(exporters::to_xlsx(d), "xl/styles.xml");
    CHECK(with_table.find("formatCode=\"0.0\"") != std::string::npos);
    CHECK(with_table.find("formatCode=\"0.00\"") != std::string::npos);
}
