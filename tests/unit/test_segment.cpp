// Segmentation rules: headings of every form, paragraph ends, lists, breaks.
#include <doctest/doctest.h>

#include "normalise/normalise.hpp"
#include "pipeline/pipeline.hpp"
#include "segment/segment.hpp"

using namespace shiryo;
using namespace shiryo::segment;

namespace {
std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n";
    return s;
}
template <typename T>
std::vector<const T*> blocks_of(const Document& d) {
    std::vector<const T*> out;
    for (const Block& b : d.body)
        if (const auto* x = std::get_if<T>(&b)) out.push_back(x);
    return out;
}
std::string inline_text(const std::vector<Inline>& c) {
    std::string s;
    for (const Inline& i : c) s += i.text;
    return s;
}
}  // namespace

TEST_CASE("heading numbering forms and levels") {
    CHECK(heading_numbering("第三章 東アジア").level == 1);
    CHECK(heading_numbering("第 12章").level == 1);
    CHECK(heading_numbering("２．エネルギー協力").level == 2);
    CHECK(heading_numbering("3.制度の変化").level == 2);
    CHECK(heading_numbering("(2)地域機構").level == 3);
    CHECK(heading_numbering("（4）地域機構").level == 3);
    CHECK(heading_numbering("(b)基地").level == 4);
    CHECK(heading_numbering("(D)国境").level == 4);
    // "9.11 事件後…" reads as a decimal number; only a short line is a heading
    // (see "a wrapped paragraph line starting with a date is not a heading").
    CHECK(heading_numbering("9.11 事件後").rank > 0);
    CHECK(heading_numbering("1.  リスト項目").level == 0); // list layout
    CHECK(heading_numbering("ロシアの外交").level == 0);
}

TEST_CASE("list items: number, period, two spaces; circled numbers") {
    std::size_t len = 0;
    CHECK(is_list_item("1.  第一の論点", &len));
    CHECK(len == 2);
    CHECK(is_list_item("②関税の引き下げ"));
    CHECK_FALSE(is_list_item("1. 見出し風"));
    CHECK_FALSE(is_list_item("2003 年には"));
}

TEST_CASE("header: chapter, title, subtitle and author; fake bold") {
    const std::string text = join({" 第五章第五章第五章第五章        北極の地政学北極の地政学北極の地政学北極の地政学    ", "",
                                   "――――――――海洋と資源――海洋と資源――海洋と資源――海洋と資源――    ", "",
                                   "山田山田山田山田    花子花子花子花子    ", " ", "",
                                   "本文の最初の段落はここから始まり、北極の海氷の減少について述べる。 "});
    Document d = pipeline::build_document(text, "t");
    CHECK(d.header.chapter == "第五章");
    CHECK(d.header.title == "北極の地政学");
    CHECK(d.header.subtitle == "――海洋と資源――");
    CHECK(d.header.author == "山田 花子");
    CHECK(blocks_of<Paragraph>(d).size() == 1);
}

TEST_CASE("header: plain (not bold) chapter, title and author lines") {
    Document d = pipeline::build_document(join({" 第 3章", "エネルギー外交の展開", "", "佐藤 一郎", "",
                                                "本文はここから始まる。"}),
                                          "t");
    CHECK(d.header.chapter == "第 3章");
    CHECK(d.header.title == "エネルギー外交の展開");
    CHECK(d.header.author == "佐藤 一郎");
}

TEST_CASE("header: a document that starts with a heading has no title") {
    Document d = pipeline::build_document(join({" はじめに ", "", "本文。 ", ""}), "t");
    CHECK(d.header.title.empty());
    REQUIRE(blocks_of<Heading>(d).size() == 1);
    CHECK(inline_text(blocks_of<Heading>(d)[0]->content) == "はじめに");
}

TEST_CASE("paragraphs: trailing space ends a paragraph, wrapped lines join without spaces") {
    Document d = pipeline::build_document(
        join({"第一段落の一行目で、ここではまだ文が続いている途中の行になるので空白で", "", "終わらない。 ", "",
              "第二段落はこの一行だけで、最後に空白がある。 ", "", "第三段落の一行目であって、まだまだ続いて行くので行末に空白", "",
              "がない。 "}),
        "t");
    auto ps = blocks_of<Paragraph>(d);
    REQUIRE(ps.size() == 3);
    CHECK(inline_text(ps[0]->content) == "第一段落の一行目で、ここではまだ文が続いている途中の行になるので空白で終わらない。");
    CHECK(ps[0]->span.first == 1);
    CHECK(ps[0]->span.last == 3);
}

TEST_CASE("paragraphs: blank line between paragraphs; Latin words keep a space across a wrap") {
    Document d = pipeline::build_document(
        join({"一つ目の段落では、英語の名前 Vladimir", "Putin が行をまたいでいる。", "", "二つ目の段落。", "二行目。", "",
              "三つ目。"}),
        "t");
    auto ps = blocks_of<Paragraph>(d);
    REQUIRE(ps.size() == 3);
    CHECK(inline_text(ps[0]->content) == "一つ目の段落では、英語の名前 Vladimir Putin が行をまたいでいる。");
}

TEST_CASE("paragraphs: a clearly short line ends a paragraph (short-line layout); short lines between are headings") {
    std::vector<std::string> raw;
    const std::string full = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも";
    for (int p = 0; p < 3; ++p) {
        raw.push_back(full);
        raw.push_back("");
        raw.push_back(full);
        raw.push_back("");
        raw.push_back("短い最後の行。");
        raw.push_back("");
    }
    raw.insert(raw.begin() + 6, "地域秩序の行方");
    raw.insert(raw.begin() + 7, "");
    Document d = pipeline::build_document(join(raw), "t");
    CHECK(d.layout.signal == ParagraphSignal::ShortLine);
    CHECK(blocks_of<Paragraph>(d).size() == 3);
    auto hs = blocks_of<Heading>(d);
    REQUIRE(hs.size() == 1);
    CHECK(inline_text(hs[0]->content) == "地域秩序の行方");
}

TEST_CASE("headings nest by numbering level; a lone ＊ is a section break") {
    Document d = pipeline::build_document(
        join({"１．大きな節１．大きな節１．大きな節１．大きな節    ", "", "本文。 ", "",
              "(1)(1)(1)(1)小さな節小さな節小さな節小さな節    ", "", "本文。 ", "", "(a)(a)(a)(a)さらに小さな節さらに小さな節さらに小さな節さらに小さな節    ", "",
              "本文。 ", "", "＊ ", "", "区切りの後の本文。 "}),
        "t");
    auto hs = blocks_of<Heading>(d);
    REQUIRE(hs.size() == 3);
    CHECK(hs[0]->level == 2);
    CHECK(hs[1]->level == 3);
    CHECK(hs[2]->level == 4);
    CHECK(blocks_of<SectionBreak>(d).size() == 1);
}

TEST_CASE("page number and page-break space inside a paragraph: removed, paragraph continues, pb kept") {
    Document d = pipeline::build_document(
        join({"ページの終わりまで続く文章であるが、ここで改ページ", "", "", "17", "", " になって続きが来る。 "}), "t");
    auto ps = blocks_of<Paragraph>(d);
    REQUIRE(ps.size() == 1);
    CHECK(inline_text(ps[0]->content) == "ページの終わりまで続く文章であるが、ここで改ページになって続きが来る。");
    int pbs = 0;
    for (const Inline& i : ps[0]->content) pbs += i.kind == InlineKind::PageBreak;
    CHECK(pbs >= 1);
}

TEST_CASE("lists: numbered items with two spaces, a paragraph inside an item") {
    Document d = pipeline::build_document(
        join({"1.  第一の結論。 ", "", "2.  第二の結論の一行目で、", "", "続き。 ", "", "補足の段落。 ", "", "3.  第三の結論。 "}),
        "t");
    auto ls = blocks_of<List>(d);
    REQUIRE(ls.size() == 1);
    REQUIRE(ls[0]->items.size() == 3);
    CHECK(ls[0]->items[1].label == "2.");
    CHECK(inline_text(ls[0]->items[1].content) == "第二の結論の一行目で、続き。");
    CHECK(ls[0]->items[1].more_paragraphs.size() == 1);
}

TEST_CASE("inline circled numbers at a line start do not break a paragraph") {
    Document d = pipeline::build_document(join({"要点は、①安全、②経済、", "③文化の三つであり、④は除く。 "}), "t");
    CHECK(blocks_of<Paragraph>(d).size() == 1);
    CHECK(blocks_of<List>(d).empty());
}

TEST_CASE("numbering styles: chapters without numbers, Roman and kanji numerals, a single space after the period") {
    CHECK(heading_numbering("序章 問題の所在").level == 1);
    CHECK(heading_numbering("終章 展望").level == 1);
    CHECK(heading_numbering("Ⅱ．制度の比較").rank == 20);
    CHECK(heading_numbering("三、地域の安全保障").rank == 30);
    CHECK(heading_numbering("2. 中露関係").rank == 30);            // one space: a heading
    CHECK(heading_numbering("2.  中露関係").rank == 0);            // two spaces: a list item
    CHECK(heading_numbering("一方、ロシアは").rank == 0);
}

TEST_CASE("heading levels follow the styles the document uses") {
    Document d = pipeline::build_document(
        join({"Ⅰ．Ⅰ．Ⅰ．Ⅰ．総論総論総論総論    ", "", "本文。 ", "", "１．１．１．１．背景背景背景背景    ", "", "本文。 ", "",
              "(1)(1)(1)(1)経緯経緯経緯経緯    ", "", "本文。 ", "", "Ⅱ．Ⅱ．Ⅱ．Ⅱ．各論各論各論各論    ", "", "本文。 "}),
        "t");
    auto hs = blocks_of<Heading>(d);
    REQUIRE(hs.size() == 4);
    CHECK(hs[0]->level == 2);
    CHECK(hs[1]->level == 3);
    CHECK(hs[2]->level == 4);
    CHECK(hs[3]->level == 2);
}

TEST_CASE("a numbered heading at the top of a page right after a paragraph (blank-line layout)") {
    Document d = pipeline::build_document(
        join({"最初の段落の一行目であり、まだ続いている。", "二行目で終わる。 ", " 2. 次の節の見出し ", "", "次の節の本文。", "",
              "さらに段落。"}),
        "t");
    auto hs = blocks_of<Heading>(d);
    REQUIRE(hs.size() == 1);
    CHECK(inline_text(hs[0]->content) == "2. 次の節の見出し");
}

TEST_CASE("header: author with an affiliation in brackets, or on the next line") {
    Document a = pipeline::build_document(join({"第 4 章 中央アジアの水", "", "小林 健太郎（東京大学准教授）", "", "本文。"}), "t");
    CHECK(a.header.title == "中央アジアの水");
    CHECK(a.header.author == "小林 健太郎");
    CHECK(a.header.affiliation == "（東京大学准教授）");
    Document b = pipeline::build_document(join({"第 4 章 中央アジアの水", "", "小林 健太郎", "東京大学准教授", "", "本文。"}), "t");
    CHECK(b.header.author == "小林 健太郎");
    CHECK(b.header.affiliation == "東京大学准教授");
    CHECK(blocks_of<Paragraph>(b).size() == 1);
}

TEST_CASE("header: title, subtitle between dashes and author without a chapter label") {
    Document d = pipeline::build_document(join({"ベラルーシの選択", "－統合と主権－", "", "高橋 三郎", "", "本文。"}), "t");
    CHECK(d.header.title == "ベラルーシの選択");
    CHECK(d.header.subtitle == "－統合と主権－");
    CHECK(d.header.author == "高橋 三郎");
}

TEST_CASE("bracketed headings and indented paragraph starts (indent-only layout)") {
    Document d = pipeline::build_document(
        join({"【はじめに】", "\xE3\x80\x80最初の段落はここから始まって、長く続いて行くのでこの行では終わらず", "次の行で終わる。",
              "\xE3\x80\x80二つ目の段落。", "【おわりに】", "\xE3\x80\x80最後の段落。"}),
        "t");
    auto hs = blocks_of<Heading>(d);
    REQUIRE(hs.size() == 2);
    CHECK(inline_text(hs[0]->content) == "【はじめに】");
    CHECK(blocks_of<Paragraph>(d).size() == 3);
}

TEST_CASE("blank-line layout: blank lines around a page number do not end the paragraph") {
    Document d = pipeline::build_document(
        join({"段落の一行目。", "", "次の段落は長く続いて改ページをまたぎ、ここで欧", "", "45", "", "州との関係を述べる。", "",
              "最後の段落。"}),
        "t");
    auto ps = blocks_of<Paragraph>(d);
    REQUIRE(ps.size() == 3);
    CHECK(inline_text(ps[1]->content) == "次の段落は長く続いて改ページをまたぎ、ここで欧州との関係を述べる。");
}

TEST_CASE("a reference list under 参考文献 is back matter, one entry per work") {
    Document d = pipeline::build_document(
        join({"本文の段落。 ", "", "参考文献 ", "", "山田太郎（2019）「題名」『雑誌』第 5 号、1–10 頁。 ",
              "Smith, John (2020) “A Title,” Journal, 3(2):", "113–131. ", "佐藤花子（2021）『本の題』出版社。 "}),
        "t");
    CHECK(blocks_of<Heading>(d).empty());
    REQUIRE(d.bibliographies.size() == 1);
    CHECK(d.bibliographies[0].heading == "参考文献");
    REQUIRE(d.bibliographies[0].entries.size() == 3);
    CHECK(inline_text(d.bibliographies[0].entries[1].content) == "Smith, John (2020) “A Title,” Journal, 3(2): 113–131.");
    CHECK(d.citations.size() == 3);
}
