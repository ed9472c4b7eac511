// Tables printed one cell per line (tables/stacked.cpp, table.stacked-cells)
// and the prose that ends them (detect.cpp, table.ends-at-sentence).
#include <doctest/doctest.h>

#include "pipeline/pipeline.hpp"
#include "tables/internal.hpp"

using namespace shiryo;
using shiryo::tables::detail::stacked_shape;

namespace {
std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n\n";   // pdftotext puts a blank line after every cell
    return s;
}
const Table* first_table(const Document& d) {
    for (const Block& b : d.body)
        if (const auto* t = std::get_if<Table>(&b)) return t;
    return nullptr;
}
}  // namespace

TEST_CASE("table.stacked-cells: k from column kinds") {
    // label column of words beside number columns: k = 3
    CHECK(stacked_shape({"モデル", "精度", "時間", "教師", "0.82", "0.13", "生徒", "0.79", "0.02"}).columns == 3);
    // labels and values alternate: k = 2, not 4 (the best score, the smaller k on a tie)
    const auto two = stacked_shape({"ラベル", "名前", "0", "健全", "1", "斑点", "2", "早期"});
    CHECK(two.columns == 2);
    CHECK(two.header_cells == 2);
    // a header cell lost by the converter: k - 1 header cells
    const auto lost =
        stacked_shape({"𝑚", "ΔAcc", "0.03", "2", "+0.36%", "0.01", "3", "−0.02%", "0.1", "1", "+0.05%"});
    CHECK(lost.columns == 3);
    CHECK(lost.header_cells == 2);
    // words only: no table shape
    CHECK(stacked_shape({"はじめに", "背景", "方法", "結果", "考察", "結論"}).columns == 0);
}

TEST_CASE("table.stacked-cells + table.ends-at-sentence: a one-cell-per-line table, then prose") {
    const std::string prose = "表に示したとおり、教師モデルは生徒モデルよりも高い精度を示したが、推論時間は長くなった．";
    Document d = pipeline::build_document(
        join({"本文の段落は十分に長い一行として印刷されている文章の例であり、段落の中の行である．", "表 5.1: モデルの比較", "モデル", "精度",
              "時間", "教師", "0.8297", "0.1349", "生徒", "0.7978", "0.0175", prose}),
        "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    CHECK(t->report.method == "stacked");
    REQUIRE(t->rows.size() == 3);
    CHECK(t->rows[0].header);
    CHECK(t->rows[0].cells.size() == 3);
    CHECK(t->rows[2].cells[0].text == "生徒");
    CHECK(t->rows[2].cells[2].text == "0.0175");
    bool prose_kept = false;
    for (const Block& b : d.body)
        if (const auto* p = std::get_if<Paragraph>(&b))
            for (const Inline& i : p->content) prose_kept = prose_kept || i.text.find("推論時間は長く") != std::string::npos;
    CHECK(prose_kept);
}

TEST_CASE("table.caption-ordinal: ■第１-３-３表／… is a caption; 第1表は… is prose") {
    using shiryo::tables::detail::parse_caption;
    const auto p = parse_caption("■第１-３-３表／ＮＳＦ ＡＩ研究拠点");
    REQUIRE(p.has_value());
    CHECK(p->mark == "■");
    CHECK(p->label == "第１-３-３表");
    CHECK(p->separator == "／");
    CHECK(p->caption == "ＮＳＦ ＡＩ研究拠点");
    const auto q = parse_caption("第2表 主要国の比較");
    REQUIRE(q.has_value());
    CHECK(q->label == "第2表");
    CHECK(q->mark.empty());
    CHECK_FALSE(parse_caption("第1表は次のとおりである。").has_value());
    CHECK_FALSE(parse_caption("第１-３-２図／国別発表数").has_value());
}

namespace {
std::string lines_of(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n";
    return s;
}
}  // namespace

TEST_CASE("table.column-blocks: an uncaptioned table printed column by column") {
    const std::string lead = "結果をまとめると以下のようになる。今回の例では、三つのメカニズムが異なる結果を生成している。";
    Document d = pipeline::build_document(
        lines_of({lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, "", "被介護者", "4", "5", "6", "", "DA 方式", "3", "1", "2", "", "逐次独裁", "3", "2", "1", "", "ボストン方式", "1",
                  "2", "3", "", lead, lead, lead, lead}),
        "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    CHECK(t->report.method == "column-blocks");
    REQUIRE(t->rows.size() == 4);
    CHECK(t->rows[0].header);
    REQUIRE(t->rows[0].cells.size() == 4);
    CHECK(t->rows[0].cells[3].text == "ボストン方式");
    CHECK(t->rows[3].cells[0].text == "6");
    CHECK(t->rows[3].cells[3].text == "3");
}

TEST_CASE("table.column-blocks: blocks of different heights are text") {
    const std::string lead = "結果をまとめると以下のようになる。今回の例では、三つのメカニズムが異なる結果を生成している。";
    Document d = pipeline::build_document(lines_of({lead, "", "甲", "4", "5", "", "乙", "3", "", "丙", "3", "2", "1", "", lead}), "t");
    CHECK(first_table(d) == nullptr);
}

TEST_CASE("table.stacked-rows: a header line, then one cell a line") {
    const std::string lead = "それぞれの距離を合計すると、次の表のようになる。ここでは最小の合計を持つ順序が選ばれる。";
    Document d = pipeline::build_document(
        lines_of({lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, lead, "投票者甲 投票者乙 合計", "ABC", "2", "2", "4", "ACB", "4", "0", "4", "BAC", "0", "4", "4", "ステップ 5. 合計が最小な順序を選択する。ここでは、ABC が最小である。"}),
        "t");
    const Table* t = first_table(d);
    REQUIRE(t != nullptr);
    CHECK(t->report.method == "stacked-rows");
    REQUIRE(t->rows.size() == 4);
    REQUIRE(t->rows[0].cells.size() == 4);
    CHECK(t->rows[0].cells[0].text.empty());   // the corner above the row labels
    CHECK(t->rows[0].cells[3].text == "合計");
    CHECK(t->rows[3].cells[0].text == "BAC");
    CHECK(t->rows[3].cells[3].text == "4");
}
