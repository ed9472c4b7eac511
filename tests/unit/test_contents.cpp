// The table of contents (segment/contents.cpp): toc.region, contents_key and
// the heading.toc-oracle, on small paged texts of our own.
#include <doctest/doctest.h>

#include "export/exporters.hpp"
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
std::vector<std::string> heads(const Document& d) {
    std::vector<std::string> out;
    for (const Block& b : d.body)
        if (const auto* h = std::get_if<Heading>(&b)) {
            std::string s;
            for (const Inline& i : h->content) s += i.text;
            out.push_back(s);
        }
    return out;
}
std::size_t paragraphs(const Document& d) {
    std::size_t n = 0;
    for (const Block& b : d.body) n += std::holds_alternative<Paragraph>(b);
    return n;
}
const std::string kBody = "これは本文の段落で、十分に長い一行として印刷されている文章の例であり、段落の中の行である。";
const std::string kThesisBody = "これは論文の本文で，十分に長い一行として印刷されている文章の例であり，段落の中の行である．";
}  // namespace

TEST_CASE("toc.contents-heading: 目次 alone on a line, also with a CJK radical") {
    CHECK(is_contents_heading("目次"));
    CHECK(is_contents_heading("目 次"));
    CHECK(is_contents_heading("\u2F6C次"));  // ⽬ (KANGXI RADICAL EYE) as some PDFs print it
    CHECK(is_contents_heading("Contents"));
    CHECK(is_contents_heading("表目次"));
    CHECK_FALSE(is_contents_heading("目次の作り方について"));
}

TEST_CASE("toc.key: leaders and the page number are not part of the title") {
    CHECK(contents_key("はじめに . . . . . . . . 3") == "はじめに");
    CHECK(contents_key("第1章 序論……………1") == "第1章序論");
    CHECK(contents_key("2.1 背景 12") == "2.1背景");
    CHECK(contents_key("おわりに") == "おわりに");
}

TEST_CASE("toc.region: the contents page and the next page without prose; the body starts at prose") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "\f目次", "", "1 はじめに . . . . . . 2", "", "2 背景 . . . . . . . 3", "",
              "\f1 はじめに", "", kBody, kBody, "", "2 背景", "", kBody}),
        "t");
    REQUIRE(d.contents.entries.size() >= 2);
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() == 2);
    CHECK(h[0] == "1 はじめに");
    CHECK(h[1] == "2 背景");
    CHECK(paragraphs(d) >= 2);
}

TEST_CASE("toc.prose-line: a thesis that ends its sentences with ． is body, not contents") {
    // Regression: a region that looked only for 。 swallowed a whole thesis.
    Document d = pipeline::build_document(
        join({"\f目次", "", "第1章 序論 . . . . . . 1", "", "\f図目次", "", "1.1 図の例 . . . . . 2", "",
              "\f第1章", "序論", kThesisBody, kThesisBody, "", "\f" + kThesisBody, kThesisBody}),
        "t");
    CHECK(paragraphs(d) >= 2);
    const std::vector<std::string> h = heads(d);
    REQUIRE(!h.empty());
    CHECK(h[0] == "第1章 序論");
}

TEST_CASE("heading.toc-oracle: an unnumbered line listed in the contents is a heading") {
    Document d = pipeline::build_document(
        join({"\f目次", "", "はじめに . . . . . . 2", "", "結びにかえて . . . . . 3", "", "\fはじめに", kBody, kBody, "",
              "結びにかえて", kBody}),
        "t");
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() == 2);
    CHECK(h[0] == "はじめに");
    CHECK(h[1] == "結びにかえて");
}

TEST_CASE("toc.not-notes: contents entries numbered （１） are not footnotes") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "\f目次", "", "（１）背景と課題", "（２）今後の方向", "", "\f（１）背景と課題", kBody, "（２）今後の方向", kBody,
              "\f続く頁の本文は、ここでも十分に長い一行として印刷されている文章の例であり、段落の中にある。",
              "\f最後の頁の本文は、ここでも十分に長い一行として印刷されている文章の例であり、段落を閉じる。"}),
        "t");
    CHECK(d.notes.empty());
    CHECK(d.contents.entries.size() >= 2);
}

TEST_CASE("tei.contents-list-head: the contents heading heads the list, not a division of the report") {
    Document d = pipeline::build_document(
        join({"\f目次", "", "はじめに . . . . . . 2", "", "結びにかえて . . . . . 3", "", "\fはじめに", kBody, kBody, "",
              "結びにかえて", kBody}),
        "t");
    const std::string tei = exporters::to_tei(d);
    CHECK(tei.find("<div type=\"contents\">\n        <list type=\"contents\">\n          <head>目次</head>") != std::string::npos);
    CHECK(tei.find("<head>目次</head>\n        <list") == std::string::npos);
}

TEST_CASE("tei.bibliography-list-head: 参考文献 heads its listBibl, not a division of the report") {
    Document d = pipeline::build_document(
        join({"\f論文の題名", "", "\fはじめに", "", kBody, kBody, "", "参考文献", "",
              "土井翔平 (2021)『国際関係論入門』東京大学出版会.", "", "長有紀枝 (2021)『入門 人間の安全保障』中公新書."}),
        "t");
    REQUIRE(d.bibliographies.size() == 1);
    const std::string tei = exporters::to_tei(d);
    CHECK(tei.find("<listBibl>\n          <head>参考文献</head>") != std::string::npos);
    CHECK(tei.find("<div type=\"bibliography\">\n        <head>") == std::string::npos);
}

TEST_CASE("bib.numbered-entries + cite.entry-label: a numbered entry cut in two is one entry; its number is no author") {
    Document d = pipeline::build_document(
        join({"\f論文の題名", "", "\fはじめに", "", kBody, kBody, "", "参考文献", "",
              "[1] 湯浅 南穂. “機械学習を用いたトマトの褐斑病診断”. 卒業論文. 名古屋大学 情報学部, 2024.", "",
              "[2] 門脇 大輔, 阪田 隆司. Kaggle で勝つデータ分析の技術. 技術評論社, 2019, pp. 2–9.", "",
              "isbn: 978-4-297-10843-4.", "", "[3] 矢賀 天大. “RGB 頻度分布による病害診断の改良”. 卒業論文. 名古屋大学, 2025."}),
        "t");
    REQUIRE(d.bibliographies.size() == 1);
    CHECK(d.bibliographies[0].entries.size() == 3);
    bool found = false;
    for (const Citation& c : d.citations)
        if (c.title == "機械学習を用いたトマトの褐斑病診断") {
            found = true;
            REQUIRE(!c.authors.empty());
            CHECK(c.authors.front().find("[1]") == std::string::npos);
        }
    CHECK(found);
}

TEST_CASE("bib.url-continuation: the rest of a URL cut at the line end stays with its entry, and the URL is read after a bracket") {
    Document d = pipeline::build_document(
        join({"\f論文の題名", "", "\fはじめに", "", kBody, kBody, "", "参考文献", "",
              "厚生労働省 (2024)「介護職員の必要数について」(最終閲覧日 2024 年 7 月 31 日)https://www.mhlw.go.jp/stf/newpage_41379.", "",
              "html.", "", "坂井豊貴（2010）『マーケットデザイン入門』ミネルヴァ書房."}),
        "t");
    REQUIRE(d.bibliographies.size() == 1);
    CHECK(d.bibliographies[0].entries.size() == 2);
    bool found = false;
    for (const Citation& c : d.citations)
        if (c.title == "介護職員の必要数について") {
            found = true;
            CHECK(c.url == "https://www.mhlw.go.jp/stf/newpage_41379.html");
        }
    CHECK(found);
}
