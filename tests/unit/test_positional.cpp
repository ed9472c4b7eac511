// pdftotext -layout text (normalise layout.positional-text) and its tables
// (tables/positional.cpp, table.positional-columns, table.positional-wrapped-row).
#include <doctest/doctest.h>

#include "normalise/normalise.hpp"
#include "pipeline/pipeline.hpp"
#include "text/unicode.hpp"

using namespace shiryo;

namespace {
const Table* first_table(const Document& d) {
    for (const Block& b : d.body)
        if (const auto* t = std::get_if<Table>(&b)) return t;
    return nullptr;
}
std::vector<std::string> texts(const TableRow& r) {
    std::vector<std::string> out;
    for (const TableCell& c : r.cells) out.push_back(c.text);
    return out;
}
// A -layout line: each text starts at its column, counted in code points as pdftotext does.
std::string at(const std::vector<std::pair<std::size_t, std::string>>& pieces) {
    std::u32string line;
    for (const auto& [col, t] : pieces) {
        while (line.size() < col) line.push_back(U' ');
        line += text::to_u32(t);
    }
    return text::to_utf8(line) + "\n";
}
const std::string kProse = " 本文の段落は十分に長い一行として印刷されている文章の例であり、段落の中の行である．\n";
}  // namespace

TEST_CASE("layout.positional-text: indentation and wide gaps mark pdftotext -layout") {
    std::vector<std::string> raw = {"  見出し", "本文の行", "   1   2", "本文の行", "本文の行", "本文の行"};
    std::vector<Artefact> artefacts;
    CHECK(normalise::looks_positional(normalise::normalise_lines(raw, artefacts)));
    // one space between words and no indentation: the default mode
    raw = {"見出し", "本文 の行", "1 2", "本文の行", "本文の行", "本文の行"};
    CHECK_FALSE(normalise::looks_positional(normalise::normalise_lines(raw, artefacts)));
    // too few lines to say
    raw = {"   1   2", "  見出し"};
    CHECK_FALSE(normalise::looks_positional(normalise::normalise_lines(raw, artefacts)));
}

TEST_CASE("table.positional-columns: cells with spaces stay whole, empty cells keep their column") {
    const std::string text = kProse + kProse + "\n                表 1: クラスとラベル\n\n"
                             + at({{10, "ラベル"}, {16, "クラス名"}, {36, "備考"}}) + at({{11, "0"}, {16, "Healthy（健全葉）"}}) +
                             at({{11, "1"}, {16, "Bacterial Spot"}, {36, "細菌"}}) +
                             at({{11, "2"}, {16, "Early Blight"}, {36, "糸状菌"}}) + "\n" +
                             kProse + kProse;
    Document d = pipeline::build_document(text, "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    CHECK(t->report.method == "positional");
    REQUIRE(t->rows.size() == 4);
    CHECK(t->rows[0].header);
    CHECK(texts(t->rows[0]) == std::vector<std::string>{"ラベル", "クラス名", "備考"});
    CHECK(texts(t->rows[1]) == std::vector<std::string>{"0", "Healthy（健全葉）", ""});
    CHECK(texts(t->rows[2]) == std::vector<std::string>{"1", "Bacterial Spot", "細菌"});
    CHECK(t->rows[3].cells[2].text == "糸状菌");
}

TEST_CASE("table.positional-wrapped-row: a body row without its label continues the row above") {
    const std::string text = kProse + kProse + "\n                表 2: 指標\n\n"
                             + at({{10, "指標"}, {24, "値"}}) + at({{10, "精度"}, {24, "0.82"}}) +
                             at({{10, "最大分岐"}, {24, "16.9"}}) + at({{10, "gain"}}) + at({{10, "深さ"}, {24, "3"}}) + "\n" +
                             kProse + kProse;
    // "gain" stands under the label column: it is a row label of its own
    Document d = pipeline::build_document(text, "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    CHECK(t->rows.size() == 5);

    const std::string wrapped = kProse + kProse + "\n                表 3: 指標\n\n"
                                + at({{10, "指標"}, {24, "説明"}}) + at({{10, "精度"}, {24, "正しく分類された"}}) +
                                at({{24, "割合"}}) + at({{10, "深さ"}, {24, "木の深さ"}}) + "\n" +
                                kProse + kProse;
    d = pipeline::build_document(wrapped, "t");
    t = first_table(d);
    REQUIRE(t != nullptr);
    REQUIRE(t->rows.size() == 3);
    CHECK(t->rows[1].cells[1].text == "正しく分類された割合");
    CHECK(t->rows[1].cells[1].source_lines == 2);
    CHECK(t->report.joined_cells == 1);
}

TEST_CASE("table.positional-header: a header centred over its column") {
    // the header is centred over right-aligned numbers: it fills a column of its own
    const std::string text = kProse + kProse + "\n                表 4: 精度\n\n" +
                             at({{10, "モデル"}, {22, "精度"}}) + at({{10, "教師"}, {26, "0.82"}}) +
                             at({{10, "生徒"}, {26, "0.79"}}) + "\n" + kProse + kProse;
    Document d = pipeline::build_document(text, "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    REQUIRE(t->rows.size() == 3);
    CHECK(texts(t->rows[0]) == std::vector<std::string>{"モデル", "精度"});
    CHECK(texts(t->rows[2]) == std::vector<std::string>{"生徒", "0.79"});
}

TEST_CASE("table.positional-block: an uncaptioned table under a sentence, its header squeezed") {
    // the header's cells stand one space apart: each word goes to its nearest column
    const std::string text = kProse + "れぞれの距離を合計する。\n" +
                             at({{7, "投票者 1: BAC 投票者 2: ACB 合計"}}) +
                             at({{3, "ABC"}, {11, "2"}, {21, "2"}, {31, "4"}}) +
                             at({{3, "ACB"}, {11, "4"}, {21, "0"}, {31, "4"}}) +
                             at({{3, "BAC"}, {11, "0"}, {21, "4"}, {31, "4"}}) + "\n" + kProse;
    Document d = pipeline::build_document(text, "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    CHECK(t->report.method == "positional");
    CHECK(t->caption.empty());
    REQUIRE(t->rows.size() == 4);
    CHECK(texts(t->rows[0]) == std::vector<std::string>{"", "投票者 1: BAC", "投票者 2: ACB", "合計"});
    CHECK(texts(t->rows[3]) == std::vector<std::string>{"BAC", "0", "4", "4"});
}

TEST_CASE("table.positional-block: not margin line numbers, a numbered list or a bullet column") {
    std::vector<std::string> raw;
    for (int n = 1; n <= 6; ++n)   // line numbers down the margin of prose
        raw.push_back(at({{0, std::to_string(n)}, {4, "（" + std::to_string(n) + "）多様なリスクへの対応"}}));
    raw.push_back(kProse);
    std::string margin;
    for (const std::string& r : raw) margin += r;
    Document d = pipeline::build_document(kProse + margin, "t");
    CHECK(first_table(d) == nullptr);

    const std::string notes = kProse + "注\n" + at({{0, "1"}, {4, "UK Research and Innovation"}}) +
                              at({{0, "2"}, {4, "Strategic Research Centre"}}) +
                              at({{0, "3"}, {4, "National Science Foundation"}}) + "\n" + kProse;
    CHECK(first_table(pipeline::build_document(notes, "t")) == nullptr);

    const std::string bullets = kProse + "対象\n" + at({{2, "•"}, {6, "個人情報保護法にもとづいた対応"}}) +
                                at({{2, "•"}, {6, "国際的な原則及び基準の参照"}}) +
                                at({{2, "•"}, {6, "データ収集の手法"}}) + "\n" + kProse;
    CHECK(first_table(pipeline::build_document(bullets, "t")) == nullptr);
}

TEST_CASE("layout.positional-text: wide gaps without any indented line are a typed table, not -layout") {
    const std::vector<std::string> raw = {"国名    2019    2020    2021", "日本    1    2    3", "中国    4    5",
                                          "韓国    7    8    9", "米国    1", "英国    2    3"};
    std::vector<Artefact> artefacts;
    CHECK_FALSE(normalise::looks_positional(normalise::normalise_lines(raw, artefacts)));
}
