// Heading rules for real converter text (segment/heading_rules.cpp): numbers
// printed apart from their titles, real numbering styles, and the lines that
// look like headings but are not.
#include <doctest/doctest.h>

#include <algorithm>

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
const std::string kBody = "これは本文の段落で、十分に長い一行として印刷されている文章の例であり、段落の中の行である。";
}  // namespace

TEST_CASE("heading.decimal-depth") {
    CHECK(decimal_depth(U"2.1 背景") == 2);
    CHECK(decimal_depth(U"2.2.10") == 3);
    CHECK(decimal_depth(U"1") == 1);
    CHECK(decimal_depth(U"2018年") == 0);   // a year: no space after the number
    CHECK(decimal_depth(U"1,000.00") == 0);
}

TEST_CASE("heading.number-only") {
    CHECK(number_only_heading("2.1").rank > 0);
    CHECK(number_only_heading("2.2.10").level == 4);
    CHECK(number_only_heading("１．").rank > 0);
    CHECK(number_only_heading("3-1").rank > 0);
    CHECK(number_only_heading("6)").rank > 0);
    CHECK(number_only_heading("（１）").rank > 0);
    CHECK(number_only_heading("①").rank == kCircledHeadingRank);
    CHECK(number_only_heading("第1章").level == 1);
    CHECK(number_only_heading("第１節").rank > 0);
    CHECK(number_only_heading("2018").rank == 0);   // four digits: a year or a value
    CHECK(number_only_heading("1,000").rank == 0);
    CHECK(number_only_heading("2.1 背景").rank == 0);
}

TEST_CASE("heading.decimal / hyphenated / paren-right / katakana / circled numbering") {
    CHECK(extended_numbering("2.2.1 集約メカニズムに関する研究").level == 4);
    CHECK(extended_numbering("3-1 リスクへの対応").rank > 0);
    CHECK(extended_numbering("１－１．米国").length == std::string("１－１．").size());
    CHECK(extended_numbering("10) イノベーション").rank > 0);
    CHECK(extended_numbering("ア．医療機器").rank > 0);
    CHECK(extended_numbering("① EU").rank == kCircledHeadingRank);
    CHECK(extended_numbering("これは本文").rank == 0);
    // heading_numbering takes every style but the circled one (a list item unless the segmenter says otherwise)
    CHECK(heading_numbering("3-1 リスクへの対応").rank > 0);
    CHECK(heading_numbering("① EU").rank == 0);
}

TEST_CASE("heading.not-caption / not-bullet / needs-letters / not-ruby / not-run-in-label") {
    CHECK(is_caption_or_source_line("図1: 武力紛争の数"));
    CHECK(is_caption_or_source_line("図表 3 主要国の比較"));
    CHECK(is_caption_or_source_line("Figure 2. Trends"));
    CHECK(is_caption_or_source_line("出典：総務省"));
    CHECK(is_caption_or_source_line("（出所）筆者作成"));
    CHECK_FALSE(is_caption_or_source_line("図書館の役割"));
    CHECK_FALSE(is_caption_or_source_line("出生率の推移"));
    CHECK(starts_with_bullet("• 紛争に関するデータセット"));
    CHECK(starts_with_bullet("・国際協調"));
    CHECK(starts_with_bullet("\xEE\x80\x80 icon"));   // U+E000, private use
    CHECK_FALSE(starts_with_bullet("国際協調"));
    CHECK(has_title_letters("軍事支出"));
    CHECK_FALSE(has_title_letters("1,000.00"));
    CHECK_FALSE(has_title_letters("20% 30%"));
    CHECK(is_ruby_line("けんいん"));
    CHECK_FALSE(is_ruby_line("はじめに"));   // an unnumbered heading word
    CHECK_FALSE(is_ruby_line("けんいんする力"));
    CHECK(is_run_in_label("例："));
    CHECK_FALSE(is_run_in_label("背景"));
}

TEST_CASE("a number printed apart from its title makes one heading (pdftotext layout)") {
    Document d = pipeline::build_document(
        join({"\f1", "", "はじめに", "", kBody, kBody, "", "2", "", "背景・先行研究", "", "2.1", "", "背景", "", kBody,
              kBody, "", "2.2.1", "", "集約の研究", "", kBody}),
        "t");
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() >= 4);
    CHECK(h[h.size() - 3] == "2 背景・先行研究");
    CHECK(h[h.size() - 2] == "2.1 背景");
    CHECK(h[h.size() - 1] == "2.2.1 集約の研究");
}

TEST_CASE("captions, bullets, chart labels and a lone value are not headings; a label-only block is ab") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, kBody, "", "図1: 武力紛争の数", "", "• 紛争に関するデータセット", "", kBody, "", "1,000.00", "",
              "500.00", "", kBody, "", "3", "", kBody}),
        "t");
    CHECK(heads(d).empty());
    int labels = 0;
    for (const Block& b : d.body)
        if (const auto* p = std::get_if<Paragraph>(&b)) labels += p->role == ParagraphRole::Label;
    CHECK(labels >= 2);
}

TEST_CASE("heading.needs-body: a short unnumbered line above more short lines is not a heading") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, kBody, "", "影響小・低リスク", "", "確実なリスク対応", "", "プロバイダー", "", kBody}), "t");
    // (the last label stands above text and cannot be told from a heading)
    for (const std::string& h : heads(d)) {
        CHECK(h != "影響小・低リスク");
        CHECK(h != "確実なリスク対応");
    }
}

TEST_CASE("heading.circled-short: a short circled line above text is a heading; a run of them is a list") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, kBody, "① EU", kBody, kBody, "② 米国", kBody, "", "③ 短い項目", "④ 短い項目", "⑤ 短い項目", kBody}),
        "t");
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() == 2);
    CHECK(h[0] == "① EU");
    CHECK(h[1] == "② 米国");
}

TEST_CASE("a wrapped paragraph line starting with a date is not a heading") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, "9.11 事件後の中央アジア国際政治の特徴について、かつて筆者がおこなった分析を見る。", kBody}), "t");
    CHECK(heads(d).empty());
}

TEST_CASE("heading.number-after-title and heading.question-under-heading") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, "", "世界における紛争・暴力", "", "1", "", kBody, "", "1.1", "", "紛争の頻度と形態", "",
              "どのような紛争が、どの程度発生しているのか？", "", kBody}),
        "t");
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() == 2);
    CHECK(h[0] == "1 世界における紛争・暴力");
    CHECK(h[1] == "1.1 紛争の頻度と形態");
}

TEST_CASE("heading.number-after-title: a run-in label under the number opens the text") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, "", "もう一つの平和", "", "3", "", "消極的平和 (negative peace)：", "「戦争が存在しない状態」という平和", kBody}), "t");
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() == 1);
    CHECK(h[0] == "3 もう一つの平和");
}

TEST_CASE("heading.numbered-long-title: a long numbered title between a closed sentence and prose") {
    Document d = pipeline::build_document(
        join({"\f" + kBody, kBody, "国との関係強化を目指す国が存在し続けることとなる。",
              "３．EUに入れない西バルカン諸国にとって「笑ゥせぇるすまん」的な中国", kBody, kBody,
              "４．番号付きの項目が文の途中で折り返されると、行は本文の幅いっぱいに印刷されて見出しではなく、続", kBody}),
        "t");
    const std::vector<std::string> h = heads(d);
    REQUIRE(h.size() == 1);
    CHECK(h[0] == "３．EUに入れない西バルカン諸国にとって「笑ゥせぇるすまん」的な中国");
}

TEST_CASE("heading.not-formula / heading.not-theorem-label") {
    CHECK(is_formula_line("i∈N"));
    CHECK(is_formula_line("1. ∀x, y ∈ X, xR′ y ⇔ xR′ y"));
    CHECK(is_formula_line("α = 0.03"));
    CHECK_FALSE(is_formula_line("2.1 背景と課題"));
    CHECK_FALSE(is_formula_line("日米～安全保障"));
    CHECK(is_theorem_label("定理 2"));
    CHECK(is_theorem_label("補題 1."));
    CHECK(is_theorem_label("証明."));
    CHECK(is_theorem_label("Lemma 3"));
    CHECK_FALSE(is_theorem_label("定理の応用"));
    CHECK_FALSE(is_theorem_label("例えば次の場合"));
}

TEST_CASE("heading.title-needs-word") {
    CHECK_FALSE(title_has_words("ACB"));
    CHECK_FALSE(title_has_words(" 12.5"));
    CHECK(title_has_words("背景"));
    CHECK(title_has_words("Introduction"));
    CHECK(title_has_words("ＡＩの動向"));
    const std::string body = "これは本文の段落で、十分に長い一行として印刷されている文章の例であり、段落の中の行である。";
    Document d = pipeline::build_document(join({"\f1 はじめに", "", body, "", "4 ACB", "", "8 CAB", "", body}), "t");
    const std::vector<std::string> h = heads(d);
    for (const std::string& x : h) CHECK(x.find("ACB") == std::string::npos);
}

TEST_CASE("heading.not-subfigure-label: (a) / (b) panel labels above a figure caption are not headings") {
    CHECK(is_subfigure_label("(a) 症状例 1"));
    CHECK(is_subfigure_label("（b）健全例"));
    CHECK_FALSE(is_subfigure_label("(1) 背景"));
    Document d = pipeline::build_document(
        join({"\f論文の題名", "", "\f2.1", "", "斑点病", "", kBody, kBody, "", "(a) 症状例 1", "", "(b) 症状例 2", "",
              "図 2.1: 斑点病の葉の外観例", "", kBody, kBody, "", "(a) 概要", "", kBody}),
        "t");
    const std::vector<std::string> h = heads(d);
    for (const std::string& x : h) CHECK(x.find("症状例") == std::string::npos);
    CHECK(std::find(h.begin(), h.end(), "(a) 概要") != h.end());   // a lettered heading above text stays one
}

TEST_CASE("heading.recurring-title: a short label above prose, three times or more, is a heading each time") {
    std::vector<std::string> text = {"\f論文の題名", ""};
    for (const char* section : {"2.1", "2.2", "2.3"}) {
        text.push_back(std::string("\f") + section);
        text.push_back("");
        text.push_back("ある病害");
        text.push_back("");
        for (const char* label : {"病症", "病因"}) {
            text.push_back(label);
            text.push_back(kBody);
            text.push_back("続く短い行。");
        }
    }
    text.push_back("病症は別の文でも使われる語である。");
    const std::vector<std::string> h = heads(pipeline::build_document(join(text), "t"));
    CHECK(std::count(h.begin(), h.end(), "病症") == 3);
    CHECK(std::count(h.begin(), h.end(), "病因") == 3);
    // twice is not a pattern
    std::vector<std::string> twice(text.begin(), text.begin() + 2 + 2 * 10);
    twice.push_back(kBody);
    const std::vector<std::string> h2 = heads(pipeline::build_document(join(twice), "t"));
    CHECK(std::count(h2.begin(), h2.end(), "病因") == 0);
}
