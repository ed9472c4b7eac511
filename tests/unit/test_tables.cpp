// Unit tests of the tables stage: captions, table ends, grid and wrapped
// rebuilding, typed cells, vote tables, country codes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tables/tables.hpp"
#include "text/unicode.hpp"

using namespace shiryo;

namespace {

// Lines as the normaliser makes them: text without leading spaces and
// trailing spaces, the flags set from the raw line, short digit-only lines
// are page numbers.
std::vector<Line> make_lines(const std::vector<std::string>& raws) {
    std::vector<Line> lines;
    for (const std::string& raw : raws) {
        Line l;
        l.number = static_cast<int>(lines.size()) + 1;
        l.raw = raw;
        const std::string_view right = text::trim_right(raw);
        const std::string_view both = text::trim_left(right);
        l.trailing_space = right.size() < raw.size() && !right.empty();
        l.blank = both.empty();
        if (!l.blank) {
            l.leading_space = right.size() - both.size() == 1 && raw[0] == ' ';
            l.text = std::string(both);
            l.width = text::display_width(l.text);
            l.page_number = text::parse_number(l.text) >= 0 && text::to_u32(l.text).size() <= 4;
        }
        lines.push_back(std::move(l));
    }
    return lines;
}

Layout layout_of(int column_width) {
    Layout layout;
    layout.column_width = column_width;
    layout.double_spaced = true;
    return layout;
}

Line line_of(const std::string& raw) { return make_lines({raw}).front(); }

std::vector<std::string> row_texts(const TableRow& row) {
    std::vector<std::string> out;
    for (const TableCell& c : row.cells) out.push_back(c.text);
    return out;
}

using Rows = std::vector<std::vector<std::string>>;

Rows all_rows(const Table& t) {
    Rows out;
    for (const TableRow& r : t.rows) out.push_back(row_texts(r));
    return out;
}

std::size_t index_of_line(int number) { return static_cast<std::size_t>(number - 1); }

// A wrapped table of three compared countries: labels and cells wrap over 1
// to 5 lines, converter spaces inside cells, several cells on one line, a
// label that ends at a Japanese→digit space. 30 full-width characters a line.
const std::vector<std::string> kWrapped = {
    "ここまでの議論を三か国について整理しておくと、次のようになるであろう。 ",  // 1
    "",
    " 表２ 三か国の比較 ",  // 3
    "",
    " 日本 韓国 台湾 ",  // 5
    "",
    "経済成長の",  // 7
    "",
    "見通し ",  // 9
    "",
    "緩やかな回復。 ",  // 11
    "",
    "輸出主導で GDP の約 3 割",  // 13
    "",
    "が伸びた。 ",  // 15
    "",
    "内需は堅調で",  // 17
    "",
    "あった。 ",  // 19
    "",
    "人口動態 2020年 5月に減少へ転じ、",  // 21
    "",
    "高齢化が進む。 ",  // 23
    "",
    "出生率は世界最低水準。 ",  // 25
    "",
    "少子化が",  // 27
    "",
    "深刻化し、",  // 29
    "",
    "都市への",  // 31
    "",
    "集中も",  // 33
    "",
    "続く。 ",  // 35
    "",
    "対外関係 米国と同盟。 中国との貿易が最大。 独自路線。 ",  // 37
    "",
    " ",  // 39
    "",
    "このように三か国の置かれた状況は大きく異なっており、単純な比較はできない。 ",  // 41
};

}  // namespace

TEST_CASE("tables: caption forms") {
    CHECK(tables::is_table_caption(line_of("表１ カザフスタンの対外政策")));
    CHECK(tables::is_table_caption(line_of(" 表 1 2022 年の投票行動")));
    CHECK(tables::is_table_caption(line_of("表2")));
    CHECK(tables::is_table_caption(line_of("表 3-1 主要国の指標")));
    CHECK(tables::is_table_caption(line_of("Table 3 Votes in the General Assembly")));
    CHECK(tables::is_table_caption(line_of("図表 1 貿易額の推移")));
    CHECK(tables::is_table_caption(line_of("表１：輸出入")));

    // 表 inside running prose, or followed by a word, is not a caption.
    CHECK_FALSE(tables::is_table_caption(line_of("（なお、表１は以下の分析を要約したものである）。")));
    CHECK_FALSE(tables::is_table_caption(line_of("表１は以下の分析を要約したものである。")));
    CHECK_FALSE(tables::is_table_caption(line_of("表れかもしれない。")));
    CHECK_FALSE(tables::is_table_caption(line_of("表には軍出身の人物が就任する。")));
    CHECK_FALSE(tables::is_table_caption(line_of("Tablet 3 is new")));
    CHECK_FALSE(tables::is_table_caption(line_of("表1.5倍に増えた。")));
    CHECK_FALSE(tables::is_table_caption(line_of("表 1 に示したように、両国の立場は異なる。")));
    CHECK_FALSE(tables::is_table_caption(line_of("表 2 から明らかなように")));
    CHECK_FALSE(tables::is_table_caption(line_of("")));
}

TEST_CASE("tables: caption label and text as printed") {
    const std::vector<std::string> captions = {"表 3-1 主要国の指標", "Table 3 Votes", "図表 1", "表１：輸出入"};
    const std::vector<std::string> labels = {"表 3-1", "Table 3", "図表 1", "表１"};
    const std::vector<std::string> texts = {"主要国の指標", "Votes", "", "輸出入"};
    for (std::size_t k = 0; k < captions.size(); ++k) {
        const std::vector<Line> lines = make_lines({captions[k], "国 A B", "甲 1 2", "乙 3 4"});
        const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
        CHECK(t.label == labels[k]);
        CHECK(t.caption == texts[k]);
    }
}

TEST_CASE("tables: wrapped table of three compared countries") {
    const std::vector<Line> lines = make_lines(kWrapped);
    const Layout layout = layout_of(60);
    const std::size_t caption = index_of_line(3);
    REQUIRE(tables::is_table_caption(lines[caption]));
    const std::size_t end = tables::find_table_end(lines, caption, layout);
    CHECK(end == index_of_line(37) + 1);   // the " " line ends it

    const Table t = tables::rebuild_table(lines, caption, end, 2, layout);
    CHECK(t.n == 2);
    CHECK(t.label == "表２");
    CHECK(t.caption == "三か国の比較");
    CHECK(t.report.method == "wrapped");
    CHECK(t.report.cols == 4);
    const Rows want = {
        {"", "日本", "韓国", "台湾"},
        {"経済成長の見通し", "緩やかな回復。", "輸出主導で GDP の約 3 割が伸びた。", "内需は堅調であった。"},
        {"人口動態", "2020年 5月に減少へ転じ、高齢化が進む。", "出生率は世界最低水準。", "少子化が深刻化し、都市への集中も続く。"},
        {"対外関係", "米国と同盟。", "中国との貿易が最大。", "独自路線。"},
    };
    CHECK(all_rows(t) == want);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].header);
    CHECK_FALSE(t.rows[1].header);
    CHECK(t.rows[0].cells[0].type == CellType::Empty);
    CHECK(t.rows[1].cells[0].label);
    CHECK_FALSE(t.rows[1].cells[1].label);
    CHECK(t.rows[1].cells[0].source_lines == 2);
    CHECK(t.rows[1].cells[1].source_lines == 1);
    CHECK(t.rows[2].cells[3].source_lines == 5);
    CHECK(t.rows[3].cells[2].source_lines == 1);
    CHECK(t.report.joined_cells == 5);
    CHECK(t.rows[2].span.first == 21);
    CHECK(t.rows[2].span.last == 35);
    CHECK(t.span.first == 3);
    CHECK(t.span.last == 37);
    CHECK(t.report.warnings.empty());
    CHECK(t.source.empty());
    CHECK(t.column_types == std::vector<ColumnType>(4, ColumnType::String));
    CHECK_FALSE(tables::is_vote_table(t));
}

TEST_CASE("tables: wrapped row label with converter spaces in it") {
    // The label itself holds converter spaces; its end is the space before the number.
    const std::vector<Line> lines = make_lines({
        "表 9 対外関係 ",
        " 甲国 乙国 ",
        "対 EU 関係 2004年に",
        "加盟。 ",
        "交渉中。 ",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    CHECK(all_rows(t) == Rows{{"", "甲国", "乙国"}, {"対 EU 関係", "2004年に加盟。", "交渉中。"}});
    CHECK(t.report.warnings.empty());
}

TEST_CASE("tables: a wrapped row label holds no sentence end") {
    // The label shares its line with the first line of its cell, which goes
    // on past a sentence end to a number: the label ends before the cell's
    // first word, not at the space before the number.
    const std::vector<Line> lines = make_lines({
        "表 9 比較 ",
        " 甲国 乙国 ",
        "経済関係 EU 加盟国。貿易は 2022",
        "年に倍増。 ",
        "交渉中。 ",
        "政治関係 2004年に",
        "加盟。 ",
        "未加盟。 ",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    CHECK(all_rows(t) == Rows{{"", "甲国", "乙国"},
                              {"経済関係", "EU 加盟国。貿易は 2022年に倍増。", "交渉中。"},
                              {"政治関係", "2004年に加盟。", "未加盟。"}});
    CHECK(t.report.warnings.empty());
}

TEST_CASE("tables: wrapped table across a page break") {
    // The second cell of the first row breaks across pages: a page number
    // line between blank lines, and the new page's line starts with a space.
    const std::vector<Line> lines = make_lines({
        "表 4 二国の比較 ",      // 1
        "",
        " 甲国 乙国 ",           // 3
        "",
        "政治 議会制を",         // 5
        "",
        "12",                    // 7 page number
        "",
        " 採る。 ",              // 9
        "",
        "計画を作成。 ",         // 11 (a cell, not a source line)
        "",
        "経済 市場経済。 計画経済から",  // 13
        "",
        "移行中。 ",             // 15
        "",
        "出典：各国政府資料 ",   // 17
        "",
        "両国の違いは明らかであり、今後の協力には時間がかかるであろう。 ",  // 19
    });
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 17);   // the source line belongs to the table
    const Table t = tables::rebuild_table(lines, 0, end, 1, layout);
    const Rows want = {{"", "甲国", "乙国"}, {"政治", "議会制を採る。", "計画を作成。"}, {"経済", "市場経済。", "計画経済から移行中。"}};
    CHECK(all_rows(t) == want);
    CHECK(t.source == "出典：各国政府資料");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells[1].source_lines == 2);
    CHECK(t.rows[1].span.first == 5);
    CHECK(t.rows[1].span.last == 11);
    CHECK(t.report.warnings.empty());
}

TEST_CASE("tables: grid vote table and its tidy votes") {
    const std::vector<Line> lines = make_lines({
        "表 2 2023 年の国連総会決議の投票結果",  // 1
        "",
        "国名 2月 23日 10月 27日 12月 12日",     // 3
        "",
        "アメリカ 賛成 反対 反対",               // 5
        "中国 棄権 棄権   賛成",                 // 6 (a run of spaces)
        "インド 棄権 棄権 賛成",
        "",
        "ロシア 反対 反対 反対",                 // 9
        "英国 賛成 棄権 棄権",
        "ベラルーシ 反対 欠席 不参加",           // 11
        "",
        "出所：国連資料より筆者作成",            // 13
        "",
        "なお、2月 23日の決議は「ウクライナにおける包括的かつ永続的な平和」、",  // 15
        "",
        "10月 27日の決議は A/RES/ES-10/21 として採択された。",
    });
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 13);
    const Table t = tables::rebuild_table(lines, 0, end, 3, layout);
    CHECK(t.report.method == "grid");
    CHECK(t.report.cols == 4);
    CHECK(t.source == "出所：国連資料より筆者作成");
    REQUIRE(t.rows.size() == 7);
    CHECK(row_texts(t.rows[0]) == std::vector<std::string>{"国名", "2月 23日", "10月 27日", "12月 12日"});
    CHECK(row_texts(t.rows[2]) == std::vector<std::string>{"中国", "棄権", "棄権", "賛成"});
    CHECK(row_texts(t.rows[6]) == std::vector<std::string>{"ベラルーシ", "反対", "欠席", "不参加"});
    CHECK(t.column_types ==
          std::vector<ColumnType>{ColumnType::String, ColumnType::Vote, ColumnType::Vote, ColumnType::Vote});
    CHECK(tables::is_vote_table(t));

    const std::string context =
        t.label + " " + t.caption + "\n" +
        "なお、2月 23日の決議は「ウクライナにおける包括的かつ永続的な平和」、10月 27日の決議は A/RES/ES-10/21 "
        "として採択された。\n";
    const std::vector<VoteRecord> votes = tables::tidy_votes(t, context);
    REQUIRE(votes.size() == 18);
    CHECK(votes[0].table == 3);
    CHECK(votes[0].country == "アメリカ");
    CHECK(votes[0].iso3 == "USA");
    CHECK(votes[0].date == "2023-02-23");
    CHECK(votes[0].vote_ja == "賛成");
    CHECK(votes[0].vote == "Y");
    CHECK(votes[0].resolution == "ウクライナにおける包括的かつ永続的な平和");
    CHECK(votes[1].date == "2023-10-27");
    CHECK(votes[1].vote == "N");
    CHECK(votes[1].resolution == "A/RES/ES-10/21");
    CHECK(votes[2].date == "2023-12-12");
    CHECK(votes[2].resolution.empty());
    CHECK(votes[3].iso3 == "CHN");
    CHECK(votes[3].vote == "A");
    CHECK(votes[6].iso3 == "IND");
    CHECK(votes[9].iso3 == "RUS");
    CHECK(votes[12].iso3 == "GBR");
    CHECK(votes[15].iso3 == "BLR");
    CHECK(votes[16].vote == "NV");
    CHECK(votes[16].vote_ja == "欠席");
    CHECK(votes[17].vote == "NV");
    CHECK(votes[17].vote_ja == "不参加");
}

TEST_CASE("tables: vote dates in other header forms, year from the context") {
    const std::vector<Line> lines = make_lines({
        "表5 決議の投票",
        "国 3月2日 2021/11/4 2020年12月1日",
        "ウクライナ 賛成 賛成 賛成",
        "モルドヴァ 棄権 賛成 反対",
        "ジョージア － 賛成 賛成",     // "－": not a member yet
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    REQUIRE(tables::is_vote_table(t));
    std::vector<VoteRecord> votes = tables::tidy_votes(t, "令和 4 年の総会では");
    REQUIRE(votes.size() == 8);
    CHECK(votes[0].date == "2022-03-02");
    CHECK(votes[1].date == "2021-11-04");
    CHECK(votes[2].date == "2020-12-01");
    CHECK(votes[3].iso3 == "MDA");
    CHECK(votes[5].vote == "N");
    CHECK(votes[6].iso3 == "GEO");
    CHECK(votes[6].date == "2021-11-04");
    // No year anywhere: month and day alone.
    votes = tables::tidy_votes(t, "");
    CHECK(votes[0].date == "--03-02");
}

TEST_CASE("tables: a caption wrapped over two lines") {
    const std::vector<Line> lines = make_lines({
        "表 8 中央アジア諸国とロシアの安全保障協力の",  // fills the 40-wide column
        "",
        "枠組み",
        "",
        "国 CSTO SCO",
        "カザフスタン 加盟 加盟",
        "トルクメニスタン 非加盟 非加盟",
        "",
        "このように、両国の立場は安全保障の枠組みで異なる。",
    });
    const Layout layout = layout_of(40);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 7);
    const Table t = tables::rebuild_table(lines, 0, end, 1, layout);
    CHECK(t.label == "表 8");
    CHECK(t.caption == "中央アジア諸国とロシアの安全保障協力の枠組み");
    CHECK(all_rows(t) ==
          Rows{{"国", "CSTO", "SCO"}, {"カザフスタン", "加盟", "加盟"}, {"トルクメニスタン", "非加盟", "非加盟"}});
}

TEST_CASE("tables: numeric table with none marks and an empty corner cell") {
    const std::vector<Line> lines = make_lines({
        "表3 主要指標",
        " 2021年 2022年 2023年",
        "輸出額 310億ドル 1,234億ドル ▲2.1億ドル",
        "成長率 +9% －  -3.5%",
        "失業率 5 % 4.8% －",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    const Rows want = {{"", "2021年", "2022年", "2023年"},
                       {"輸出額", "310億ドル", "1,234億ドル", "▲2.1億ドル"},
                       {"成長率", "+9%", "－", "-3.5%"},
                       {"失業率", "5 %", "4.8%", "－"}};
    CHECK(all_rows(t) == want);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].cells[0].type == CellType::Empty);
    const TableCell& a = t.rows[1].cells[1];
    CHECK(a.type == CellType::Number);
    CHECK(a.number.value_or(0) == doctest::Approx(310));
    CHECK(a.unit == "億ドル");
    CHECK(t.rows[1].cells[2].number.value_or(0) == doctest::Approx(1234));
    CHECK(t.rows[1].cells[3].number.value_or(0) == doctest::Approx(-2.1));
    CHECK(t.rows[2].cells[1].number.value_or(0) == doctest::Approx(9));
    CHECK(t.rows[2].cells[1].unit == "%");
    CHECK(t.rows[2].cells[2].type == CellType::None);
    CHECK_FALSE(t.rows[2].cells[2].number.has_value());
    CHECK(t.rows[2].cells[3].number.value_or(0) == doctest::Approx(-3.5));
    CHECK(t.rows[3].cells[1].number.value_or(0) == doctest::Approx(5));
    CHECK(t.rows[3].cells[1].unit == "%");
    CHECK(t.rows[1].cells[0].type == CellType::Text);
    CHECK(t.column_types == std::vector<ColumnType>{ColumnType::String, ColumnType::Number, ColumnType::Number,
                                                    ColumnType::Number});
    CHECK_FALSE(tables::is_vote_table(t));
    CHECK(t.report.warnings.empty());
}

TEST_CASE("tables: two tables in one document") {
    const std::vector<Line> lines = make_lines({
        "両国の立場は次の表に示したとおりであり、多くの点で異なっている。",  // 1
        "",
        "表1 投票の結果",            // 3
        "",
        "国 1回目 2回目",            // 5
        "甲国 賛成 反対",
        "乙国 棄権 棄権",            // 7
        "",
        "この結果からは、両国の立場の違いが決議ごとに変化したことがわかる。",  // 9
        "",
        "次に、経済面の指標を比較する。",  // 11
        "",
        "表2 経済指標",              // 13
        "",
        "国 人口 面積",              // 15
        "甲国 100万人 5万",
        "乙国 80万人 3万",           // 17
        "",
        "（注）人口は推計値。",      // 19
        "",
        "経済面では両国の差は小さく、今後の統合に向けた条件は整いつつある。",  // 21
    });
    const Layout layout = layout_of(60);
    std::vector<std::size_t> captions;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (tables::is_table_caption(lines[i])) captions.push_back(i);
    REQUIRE(captions.size() == 2);
    const std::size_t end1 = tables::find_table_end(lines, captions[0], layout);
    const std::size_t end2 = tables::find_table_end(lines, captions[1], layout);
    CHECK(end1 == 7);    // the full-width prose line 9 is not a row
    CHECK(end2 == 19);   // the note line 19 belongs to the table
    const Table t1 = tables::rebuild_table(lines, captions[0], end1, 1, layout);
    const Table t2 = tables::rebuild_table(lines, captions[1], end2, 2, layout);
    CHECK(all_rows(t1) == Rows{{"国", "1回目", "2回目"}, {"甲国", "賛成", "反対"}, {"乙国", "棄権", "棄権"}});
    CHECK(all_rows(t2) == Rows{{"国", "人口", "面積"}, {"甲国", "100万人", "5万"}, {"乙国", "80万人", "3万"}});
    CHECK(t2.source == "（注）人口は推計値。");
    CHECK(t1.source.empty());
    CHECK(t2.span.last == 19);
}

TEST_CASE("tables: a ragged grid row is reported and still exported") {
    const std::vector<Line> lines = make_lines({
        "表 6 各国の態度",
        "国 会議A 会議B 会議C",
        "甲国 出席 出席 欠席",
        "乙国 出席 出席",            // line 4: a cell short
        "丙国 欠席 出席 出席",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    CHECK(t.report.cols == 4);
    REQUIRE(t.rows.size() == 4);
    CHECK(row_texts(t.rows[2]) == std::vector<std::string>{"乙国", "出席", "出席"});
    REQUIRE(t.report.warnings.size() == 1);
    CHECK(t.report.warnings[0].line == 4);
    CHECK(t.report.warnings[0].code == "table-ragged-row");
    CHECK(row_texts(t.rows[3]) == std::vector<std::string>{"丙国", "欠席", "出席", "出席"});
}

TEST_CASE("tables: wrapped cells that fit no partition are kept in order with a warning") {
    // Two columns announced, but the body has three marked cells.
    const std::vector<Line> lines = make_lines({
        "表 7 比較 ",
        " 甲 ",
        "政治 ",
        "議会制。 ",
        "経済 ",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    CHECK(t.report.cols == 2);
    REQUIRE(t.report.warnings.size() == 2);   // no partition fits; the last row is short
    CHECK(t.report.warnings[0].code == "table-no-partition");
    CHECK(all_rows(t) == Rows{{"", "甲"}, {"政治", "議会制。"}, {"経済"}});
}

TEST_CASE("tables: Japanese country names to ISO alpha-3") {
    CHECK(tables::iso3_from_japanese("ロシア") == "RUS");
    CHECK(tables::iso3_from_japanese("ウクライナ") == "UKR");
    CHECK(tables::iso3_from_japanese("アメリカ") == "USA");
    CHECK(tables::iso3_from_japanese("米国") == "USA");
    CHECK(tables::iso3_from_japanese("アメリカ合衆国") == "USA");
    CHECK(tables::iso3_from_japanese("中国") == "CHN");
    CHECK(tables::iso3_from_japanese("モルドヴァ") == "MDA");
    CHECK(tables::iso3_from_japanese("キルギス") == "KGZ");
    CHECK(tables::iso3_from_japanese("キルギスタン") == "KGZ");
    CHECK(tables::iso3_from_japanese("グルジア") == "GEO");
    CHECK(tables::iso3_from_japanese("ジョージア") == "GEO");
    CHECK(tables::iso3_from_japanese("ベラルーシ") == "BLR");
    CHECK(tables::iso3_from_japanese("アゼルバイジャン") == "AZE");
    CHECK(tables::iso3_from_japanese("トルクメニスタン") == "TKM");
    CHECK(tables::iso3_from_japanese("ボスニア・ヘルツェゴビナ") == "BIH");
    CHECK(tables::iso3_from_japanese("ボスニア ヘルツェゴヴィナ") == "BIH");
    CHECK(tables::iso3_from_japanese("ミャンマー") == "MMR");
    CHECK(tables::iso3_from_japanese("カザフスタン共和国") == "KAZ");
    CHECK(tables::iso3_from_japanese("ｳｸﾗｲﾅ") == "UKR");
    CHECK(tables::iso3_from_japanese("アトランティス") == "");
    CHECK(tables::iso3_from_japanese("") == "");
}

TEST_CASE("tables: a long caption does not swallow the grid's header row") {
    // The caption fills 88 % of the 60-wide column and has no paragraph-end
    // space, so it could wrap; but the next line is a header: it has several
    // cells (label and month-day dates) and rows of the same cells follow.
    const std::vector<Line> lines = make_lines({
        "表 1 2023年の国連総会決議における東南アジア諸国の投票",  // 1
        "",
        "国 1月 5日 2月 9日",                                     // 3
        "",
        "甲国 賛成 棄権",                                         // 5
        "乙国 反対 賛成",
        "丙国 賛成 賛成",                                         // 7
        "",
        "このように、各国の立場は決議の内容によって大きく異なっていた。",  // 9
    });
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 7);
    const Table t = tables::rebuild_table(lines, 0, end, 1, layout);
    CHECK(t.label == "表 1");
    CHECK(t.caption == "2023年の国連総会決議における東南アジア諸国の投票");
    CHECK(all_rows(t) == Rows{{"国", "1月 5日", "2月 9日"},
                              {"甲国", "賛成", "棄権"},
                              {"乙国", "反対", "賛成"},
                              {"丙国", "賛成", "賛成"}});
    const std::vector<VoteRecord> votes = tables::tidy_votes(t, "");
    REQUIRE(votes.size() == 6);
    CHECK(votes[0].date == "2023-01-05");
    CHECK(votes[1].date == "2023-02-09");

    // A header of dates alone is a row of cells even with no rows after it.
    const std::vector<Line> lone = make_lines({
        "表 1 2023年の国連総会決議における東南アジア諸国の投票",
        "",
        "国 1月 5日 2月 9日 3月 1日",
    });
    const Table t2 = tables::rebuild_table(lone, 0, lone.size(), 1, layout);
    CHECK(t2.caption == "2023年の国連総会決議における東南アジア諸国の投票");
}

TEST_CASE("tables: header dates written with converter spaces") {
    // Every header cell holds its own year, "YYYY 年 M 月 D 日" with a space
    // between every part; the body has five cells a row.
    const std::vector<Line> lines = make_lines({
        "表 2 投票の推移 ",
        "国名 2014 年 3 月 27 日 2022 年 3 月 2 日 2022 年 10 月 12 日 2023 年 2 月 23 日 ",
        "甲国 不参加 不参加 棄権 棄権 ",
        "乙国 棄権 棄権 棄権 棄権 ",
        "丙国 反対 反対 反対 反対 ",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(80));
    CHECK(t.report.cols == 5);
    REQUIRE(t.rows.size() == 4);
    CHECK(row_texts(t.rows[0]) == std::vector<std::string>{"国名", "2014 年 3 月 27 日", "2022 年 3 月 2 日",
                                                          "2022 年 10 月 12 日", "2023 年 2 月 23 日"});
    CHECK(t.report.warnings.empty());
    const std::vector<VoteRecord> votes = tables::tidy_votes(t, "");
    REQUIRE(votes.size() == 12);
    CHECK(votes[0].date == "2014-03-27");
    CHECK(votes[1].date == "2022-03-02");
    CHECK(votes[2].date == "2022-10-12");
    CHECK(votes[3].date == "2023-02-23");

    // Month-day headers with spaces inside, and a slash date, mixed.
    const std::vector<Line> mixed = make_lines({
        "表 3 投票",
        "国 2 月 23 日 10 月 27 日 12/12",
        "甲国 賛成 反対 反対",
        "乙国 棄権 棄権 賛成",
    });
    const Table m = tables::rebuild_table(mixed, 0, mixed.size(), 1, layout_of(80));
    CHECK(row_texts(m.rows[0]) == std::vector<std::string>{"国", "2 月 23 日", "10 月 27 日", "12/12"});
    const std::vector<VoteRecord> mv = tables::tidy_votes(m, "2023 年の総会");
    REQUIRE(mv.size() == 6);
    CHECK(mv[0].date == "2023-02-23");
    CHECK(mv[1].date == "2023-10-27");
    CHECK(mv[2].date == "2023-12-12");
}

TEST_CASE("tables: a page-number block inside a wrapped table") {
    // A line of spaces only, blank lines, the page number, then the new
    // page's first line (with its page-break space): a page break, not the
    // end of the table, when what follows still fits the table's cells.
    const std::vector<std::string> head = {
        "表 4 二国の比較 ",      // 1
        "",
        " 甲国 乙国 ",           // 3
        "",
        "政治 議会制を採る。 ",  // 5
        "",
        "大統領制。 ",           // 7
        "",
        " ",                     // 9: the page ends
        "",
        "",
        "13",                    // 12: page number
        "",
    };
    std::vector<std::string> raws = head;
    for (const char* s : {" 経済 市場経済。 ",  // 14: the new page
                          "",
                          "計画経済から移行中。 ",  // 16
                          "",
                          "（出所）各国資料 ",  // 18
                          "",
                          " ",
                          "",
                          "両国の違いは明らかであり、今後の協力には時間がかかるであろう。 "})
        raws.emplace_back(s);
    const std::vector<Line> lines = make_lines(raws);
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 18);
    const Table t = tables::rebuild_table(lines, 0, end, 1, layout);
    CHECK(all_rows(t) == Rows{{"", "甲国", "乙国"},
                              {"政治", "議会制を採る。", "大統領制。"},
                              {"経済", "市場経済。", "計画経済から移行中。"}});
    CHECK(t.source == "（出所）各国資料");
    CHECK(t.report.warnings.empty());

    // Prose after the page break: the table ended with the page.
    std::vector<std::string> prose = head;
    for (const char* s : {" 両国の違いは明らかであり、今後の協力には時間がかかるであろう。", "",
                          "しかし、経済面では協力の余地が大きく残されていると考えられる。 "})
        prose.emplace_back(s);
    const std::vector<Line> plines = make_lines(prose);
    CHECK(tables::find_table_end(plines, 0, layout) == 7);

    // A short prose line after the page break does not fit the cells either.
    std::vector<std::string> short_prose = head;
    for (const char* s : {" 以上のように、両国の立場は大きく異なっている。 "}) short_prose.emplace_back(s);
    const std::vector<Line> slines = make_lines(short_prose);
    CHECK(tables::find_table_end(slines, 0, layout) == 7);
}

TEST_CASE("tables: an empty cell in a numeric grid is placed by column type") {
    const std::vector<Line> lines = make_lines({
        "表 5 貿易",
        "国名 2021年 2022年 前年比 収支",
        "甲国 27億ドル 36億ドル +33% 8.2",
        "乙国 80億ドル 97億ドル +21% ▲3.5",
        "丙国 － 0.4億ドル 0.3",         // line 5: no 前年比 value
        "丁国 4億ドル 6億ドル +50% 1.8",
        "戊国 30億ドル 28億ドル ▲7% 4.5",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    CHECK(t.report.cols == 5);
    REQUIRE(t.rows.size() == 6);
    CHECK(row_texts(t.rows[3]) == std::vector<std::string>{"丙国", "－", "0.4億ドル", "", "0.3"});
    CHECK(t.rows[3].cells[3].type == CellType::Empty);
    CHECK(t.report.warnings.empty());
    CHECK(t.column_types == std::vector<ColumnType>{ColumnType::String, ColumnType::Number, ColumnType::Number,
                                                    ColumnType::Number, ColumnType::Number});

    // Two columns could take the 億ドル value: no confident placement, so
    // the row stays ragged and is reported.
    const std::vector<Line> unsure = make_lines({
        "表 5 貿易",
        "国名 2021年 2022年 前年比 収支",
        "甲国 27億ドル 36億ドル +33% 8.2",
        "乙国 80億ドル 97億ドル +21% ▲3.5",
        "丙国 5億ドル 0.3",              // line 5
        "丁国 4億ドル 6億ドル +50% 1.8",
    });
    const Table u = tables::rebuild_table(unsure, 0, unsure.size(), 1, layout_of(60));
    CHECK(row_texts(u.rows[3]) == std::vector<std::string>{"丙国", "5億ドル", "0.3"});
    REQUIRE(u.report.warnings.size() == 1);
    CHECK(u.report.warnings[0].code == "table-ragged-row");
    CHECK(u.report.warnings[0].line == 5);
}

TEST_CASE("tables: a decorated page number and a running header inside a grid vote table") {
    // Mid-table the page ends: blank lines, the page number printed between
    // dashes (not flagged by the normaliser here), and the next page's
    // running header (the chapter title, with a page-break space) before
    // the rows go on. Neither is a row.
    const std::vector<std::string> raws = {
        "表 3 2022 年の決議における投票 ",          // 1
        "",
        "国名 3 月 2 日 3 月 24 日 10 月 12 日",    // 3
        "",
        "甲国共和国 賛成 賛成 棄権",                // 5
        "",
        "乙国 反対 反対 反対",                      // 7
        "",
        "",
        "",
        "- 13 -",                                   // 11
        "",
        " 第 2 章 ある国における政権交代と対外関係",  // 13
        "",
        "丙国共和国 棄権 棄権 賛成",                // 15
        "",
        "丁国 不参加 賛成 賛成",                    // 17
        "",
        "出所：国連資料より筆者作成。 ",            // 19
        "",
        "以上のように、各国の投票行動は決議ごとに異なっていた。 ",
    };
    const std::vector<Line> lines = make_lines(raws);
    REQUIRE_FALSE(lines[index_of_line(11)].page_number);
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 19);
    const Table t = tables::rebuild_table(lines, 0, end, 1, layout);
    CHECK(all_rows(t) == Rows{{"国名", "3 月 2 日", "3 月 24 日", "10 月 12 日"},
                              {"甲国共和国", "賛成", "賛成", "棄権"},
                              {"乙国", "反対", "反対", "反対"},
                              {"丙国共和国", "棄権", "棄権", "賛成"},
                              {"丁国", "不参加", "賛成", "賛成"}});
    CHECK(t.source == "出所：国連資料より筆者作成。");
    CHECK(t.report.warnings.empty());
    CHECK(tables::tidy_votes(t, "").size() == 12);

    // "― 21 ―" after a line of spaces only: the same page break.
    std::vector<std::string> spaced = raws;
    spaced[index_of_line(9)] = " ";
    spaced[index_of_line(11)] = "― 21 ―";
    const std::vector<Line> slines = make_lines(spaced);
    CHECK(tables::find_table_end(slines, 0, layout) == 19);
    CHECK(all_rows(tables::rebuild_table(slines, 0, 19, 1, layout)) == all_rows(t));

    // A short row of votes at the top of the new page is a row, not a header.
    std::vector<std::string> ragged = raws;
    ragged[index_of_line(13)] = "戊国 棄権 棄権";
    const std::vector<Line> rlines = make_lines(ragged);
    const Table r = tables::rebuild_table(rlines, 0, tables::find_table_end(rlines, 0, layout), 1, layout);
    REQUIRE(r.rows.size() == 6);
    CHECK(row_texts(r.rows[3]) == std::vector<std::string>{"戊国", "棄権", "棄権"});
}

TEST_CASE("tables: a running header that recurs at the top of pages, inside a wrapped table") {
    // The book title heads every page; inside the wrapped table it follows
    // the page number and comes before the cell that goes on.
    const std::vector<Line> lines = make_lines({
        "北方航路と沿岸諸国の国際環境",            // 1: the running header of this page
        "",
        "表 4 二国の比較 ",                        // 3
        "",
        " 甲国 乙国 ",                             // 5
        "",
        "政治 議会制を採る。 ",                    // 7
        "",
        "大統領制。 ",                             // 9
        "",
        " ",                                       // 11: the page ends
        "",
        "46",                                      // 13: page number
        "",
        "北方航路と沿岸諸国の国際環境",            // 15: running header
        "",
        "経済 市場経済。 ",                        // 17
        "",
        "計画経済から移行中。 ",                   // 19
        "",
        "（出所）各国資料 ",                        // 21
        "",
        " ",
        "",
        "両国の違いは明らかであり、今後の協力には時間がかかるであろう。 ",
    });
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 2, layout);
    CHECK(end == 21);
    const Table t = tables::rebuild_table(lines, 2, end, 1, layout);
    CHECK(all_rows(t) == Rows{{"", "甲国", "乙国"},
                              {"政治", "議会制を採る。", "大統領制。"},
                              {"経済", "市場経済。", "計画経済から移行中。"}});
    CHECK(t.source == "（出所）各国資料");
    CHECK(t.report.warnings.empty());
}

TEST_CASE("tables: an odd cell in a vote column drops only its own record") {
    // One cell of a date column is no vote: that country and date give no
    // record, every other cell of the column still does, and the odd cell
    // is reported in the table's warnings.
    const std::vector<Line> lines = make_lines({
        "表 2 決議の投票",
        "国名 3月2日 3月24日 10月12日",
        "甲国 賛成 賛成 賛成",
        "乙国 棄権 不明 棄権",     // line 4: "不明" is no vote
        "丙国 反対 反対 －",        // a none mark: no record, no warning
        "丁国 不参加 賛成 賛成",
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    REQUIRE(t.rows.size() == 5);
    CHECK(tables::is_vote_table(t));
    REQUIRE(t.report.warnings.size() == 1);
    CHECK(t.report.warnings[0].code == "table-odd-vote-cell");
    CHECK(t.report.warnings[0].line == 4);
    const std::vector<VoteRecord> votes = tables::tidy_votes(t, "2022 年の総会");
    REQUIRE(votes.size() == 10);
    int on_0324 = 0;
    for (const VoteRecord& v : votes) on_0324 += v.date == "2022-03-24";
    CHECK(on_0324 == 3);
    CHECK(votes[3].country == "乙国");
    CHECK(votes[3].date == "2022-03-02");
    CHECK(votes[4].country == "乙国");
    CHECK(votes[4].date == "2022-10-12");
}

TEST_CASE("tables: a label with a converter space in a full row of a numeric grid") {
    // "ASEAN 向け計 140 +48%" has as many pieces as the grid has columns,
    // but read so it is shifted: "向け計" is no number, "140" no percentage,
    // "+48%" no route name. The label holds the word; the route is empty.
    const std::vector<Line> lines = make_lines({
        "表 6 輸出先（2022 年）",
        "輸出先 輸出量 前年比 主なルート",
        "甲国 102 +41% ABC",
        "乙国 89 ▲4% DEF",
        "丙国 24 +60% ABC",
        "丁国 14 +133% ABC・GH",
        "戊国 25 － JK",
        "ASEAN 向け計 140 +48%",    // line 8
    });
    const Table t = tables::rebuild_table(lines, 0, lines.size(), 1, layout_of(60));
    CHECK(t.report.cols == 4);
    REQUIRE(t.rows.size() == 7);
    CHECK(row_texts(t.rows[6]) == std::vector<std::string>{"ASEAN 向け計", "140", "+48%", ""});
    CHECK(t.rows[6].cells[3].type == CellType::Empty);
    CHECK(t.report.warnings.empty());
    CHECK(t.column_types[1] == ColumnType::Number);

    // One word where a number belongs, the other cells in their columns:
    // the row is not shifted and stays as printed.
    const std::vector<Line> na = make_lines({
        "表 7 貿易",
        "国名 輸出 前年比 収支",
        "甲国 27 +33% 8.2",
        "乙国 n.a. +5% 3.1",
        "丙国 80 +21% ▲3.5",
        "丁国 4 +50% 1.8",
    });
    const Table u = tables::rebuild_table(na, 0, na.size(), 1, layout_of(60));
    CHECK(row_texts(u.rows[2]) == std::vector<std::string>{"乙国", "n.a.", "+5%", "3.1"});
}

TEST_CASE("tables: a row of figures that stops early gets empty cells at its end") {
    // Rows are years; the last year has only its first figure so far. The
    // figure fits all three columns equally: it stays in printed order.
    const std::vector<Line> lines = make_lines({
        "表 8 対外貿易の推移（億ドル）",
        "",
        "年 輸出 輸入 収支",
        "",
        "2019年 53.1 118.3 ▲65.2",
        "2020年 47.9 104.8 ▲56.9",
        "2021年 60.2 134.8 ▲74.6",
        "2022年 91.7",              // line 8
        "",
        "（注）2022年は輸出のみ速報値。",
    });
    const Layout layout = layout_of(60);
    const std::size_t end = tables::find_table_end(lines, 0, layout);
    CHECK(end == 10);
    const Table t = tables::rebuild_table(lines, 0, end, 1, layout);
    REQUIRE(t.rows.size() == 5);
    CHECK(row_texts(t.rows[4]) == std::vector<std::string>{"2022年", "91.7", "", ""});
    CHECK(t.report.warnings.empty());
    CHECK(t.source == "（注）2022年は輸出のみ速報値。");
}

TEST_CASE("tables: formal country names with state words and note markers") {
    // The formal names "<short name> + state words": tried as printed, then
    // with one state word after another taken off.
    CHECK(tables::iso3_from_japanese("キルギス共和国") == "KGZ");
    CHECK(tables::iso3_from_japanese("ベラルーシ共和国") == "BLR");
    CHECK(tables::iso3_from_japanese("タジキスタン共和国") == "TJK");
    CHECK(tables::iso3_from_japanese("ウズベキスタン共和国") == "UZB");
    CHECK(tables::iso3_from_japanese("ロシア連邦") == "RUS");
    CHECK(tables::iso3_from_japanese("モンゴル国") == "MNG");
    CHECK(tables::iso3_from_japanese("ベトナム社会主義共和国") == "VNM");
    CHECK(tables::iso3_from_japanese("ラオス人民民主共和国") == "LAO");
    CHECK(tables::iso3_from_japanese("イラン・イスラム共和国") == "IRN");
    CHECK(tables::iso3_from_japanese("ネパール連邦民主共和国") == "NPL");
    CHECK(tables::iso3_from_japanese("サウジアラビア王国") == "SAU");
    // Names that ICU spells with a state word keep it.
    CHECK(tables::iso3_from_japanese("コンゴ民主共和国") == "COD");
    CHECK(tables::iso3_from_japanese("コンゴ共和国") == "COG");
    CHECK(tables::iso3_from_japanese("ドミニカ国") == "DMA");
    CHECK(tables::iso3_from_japanese("ドミニカ共和国") == "DOM");
    // Note markers after the name.
    CHECK(tables::iso3_from_japanese("キルギス共和国1)") == "KGZ");
    CHECK(tables::iso3_from_japanese("ベラルーシ共和国注1") == "BLR");
    CHECK(tables::iso3_from_japanese("ロシア連邦（注）") == "RUS");
    // State words alone are no country.
    CHECK(tables::iso3_from_japanese("共和国") == "");
    CHECK(tables::iso3_from_japanese("アトランティス共和国") == "");
}
