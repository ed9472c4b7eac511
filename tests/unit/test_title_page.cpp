// The title page of a paged text (segment/title_page.cpp): each named
// header rule on a small page 1 of our own, then a body on later pages.
#include <doctest/doctest.h>

#include <algorithm>

#include "pipeline/pipeline.hpp"

using namespace shiryo;

namespace {
std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n";
    return s;
}
// Later pages with distinct prose, so that nothing repeats as a running head by accident.
std::vector<std::string> body_pages(int n) {
    std::vector<std::string> out;
    for (int k = 1; k <= n; ++k) {
        out.push_back("\f第" + std::to_string(k) + "頁の本文は、十分に長い一行として印刷されている文章の例であり、段落の中の行");
        out.push_back("として続き、ここで終わる。");
        out.push_back("");
        out.push_back(std::to_string(k + 1));
    }
    return out;
}
Document convert(std::vector<std::string> page1, int pages = 3) {
    for (auto& l : body_pages(pages)) page1.push_back(l);
    return pipeline::build_document(join(page1), "t");
}
}  // namespace

TEST_CASE("header.date-line: a date printed with CJK radicals (⽉ ⽇) is a date, not the title") {
    Document d = convert({"AI に関する論点の整理", "", "2023 年 5 \u2F49２６\u2F47", "", "AI 戦略会議", "", "1"});
    CHECK(d.header.title == "AI に関する論点の整理");
    CHECK(d.header.author == "AI 戦略会議");
}

TEST_CASE("header.affiliation before header.person-name: 国際商学部 is a school, 倉持誠 the author") {
    Document d = convert({"2025 年度 卒業論文", "介護のマッチング方式の", "開発", "2024 年 12 月 18 日", "国際商学部", "(学籍番号：211079)",
                          "山田太郎", "横浜市立大学 国際商学部"});
    CHECK(d.header.author == "山田太郎");
    CHECK(d.header.title == "介護のマッチング方式の開発");   // header.title wraps onto a short word after a particle
}

TEST_CASE("header.title-above-author: the title is the line above the author, not the widest masthead line") {
    Document d = convert({"ＦＰＣ ＮＥＷＳ", "政策センター ニュースレター 第十四号の特別なお知らせ", "ｖｏｌ．", "１４", "2021年11月18日発行", "",
                          "宇宙の混雑化という問題", "坂口 滉季"});
    CHECK(d.header.title == "宇宙の混雑化という問題");
    CHECK(d.header.author == "坂口 滉季");
}

TEST_CASE("header.title-page.block: a masthead and a date line of one width are not a paragraph") {
    Document d = convert({"ＦＰＣ Ｃｏｍｍｅｎｔａｒｙ Ｖｏｌ．１９", "", "２０２１年１２月２５日発行 価格100円", "", "中欧から見る欧州情勢",
                          "カレル大学社会学部講師", "", "細田尚志"});
    CHECK(d.header.title == "中欧から見る欧州情勢");
    CHECK(d.header.author == "細田尚志");
    CHECK(d.header.affiliation == "カレル大学社会学部講師");
}

TEST_CASE("header.title-from-running-head: the title repeated as later pages' running head is still the title") {
    std::vector<std::string> lines = {"暫定的な論点の整理", "", "2023年5月26日", "", "戦略会議", "", "1"};
    for (int k = 1; k <= 3; ++k) {
        lines.push_back("\f暫定的な論点の整理");
        lines.push_back("第" + std::to_string(k) + "頁の本文は、十分に長い一行として印刷されている文章の例であり、段落の中の行");
        lines.push_back("として続き、ここで終わる。");
        lines.push_back("");
        lines.push_back(std::to_string(k + 1));
    }
    Document d = pipeline::build_document(join(lines), "t");
    CHECK(d.header.title == "暫定的な論点の整理");
    CHECK(d.header.author == "戦略会議");
}
