// Footnotes as pdftotext prints them (notes/notes.cpp, structure's note
// links): the label on a line of its own, superscripts glued to the word,
// a run whose marker was lost, and contents entries that are not notes.
#include <doctest/doctest.h>

#include "export/exporters.hpp"
#include "pipeline/pipeline.hpp"

using namespace shiryo;

namespace {
std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n";
    return s;
}
int refs_to(const Document& d, int n) {
    int c = 0;
    for (const Block& b : d.body)
        if (const auto* p = std::get_if<Paragraph>(&b))
            for (const Inline& i : p->content) c += i.kind == InlineKind::NoteRef && i.note == n;
    return c;
}
// Distinct body lines: a line repeated on several pages is a running head.
std::string body(int k) {
    return "これは第" + std::to_string(k) + "の本文の段落で、十分に長い一行として印刷されている文章の例であり、段落の中の行である。";
}
}  // namespace

TEST_CASE("note.label-line + note.glued-superscript: label alone above its text, marker glued to the word") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(1), "この技術は生成 AI1（以下同じ）と呼ばれ、委員会2で議論された。", body(2), "",
              "1", "", "画像や文章を生成するモデルを指す。", "", "2", "", "政府の有識者会議をいう。", "", "3", "",
              "\f" + body(3), body(4), "", "4"}),
        "t");
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0].n == 1);
    CHECK(d.notes[0].text == "画像や文章を生成するモデルを指す。");
    CHECK(d.notes[1].text == "政府の有識者会議をいう。");
    CHECK(refs_to(d, 1) == 1);
    CHECK(refs_to(d, 2) == 1);
}

TEST_CASE("note.label-line: a lone number above a number is not a note label") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(5), "表の値は次のとおり 1。", "", "1", "", "2", "", "3", "", "\f" + body(6), "", "4"}), "t");
    CHECK(d.notes.empty());
}

TEST_CASE("note.foot-run-referred: a run that continues the numbering needs half its markers found") {
    // Note 2's marker is fused with a year ("20222") and cannot be seen; note 3's can.
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(7), "対話型の生成 AI1が広がった。", body(8), "", "1", "", "文章を生成するモデル。", "", "2",
              "\f「AI 戦略 20222」や「社会原則3」を定めた。", body(9), "", "2", "", "危機への対処からなる。", "", "3", "",
              "基本理念からなる。", "", "3", "\f" + body(10), "", "4"}),
        "t");
    REQUIRE(d.notes.size() == 3);
    CHECK(d.notes[1].text == "危機への対処からなる。");
    CHECK(d.notes[2].text == "基本理念からなる。");
}

TEST_CASE("note.foot-run-referred: an isolated run without its markers is body text") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(11), body(12), "", "2", "", "危機への対処からなる。", "", "3", "", "基本理念からなる。", "",
              "1", "\f" + body(13), "", "2"}),
        "t");
    CHECK(d.notes.empty());
}

TEST_CASE("note.spaced-superscript: a space before the marker, the Japanese text glued after it") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(11), "生成 AI 1の登場により議論が進み、対応が必要がある 2。", "令和 5年の報告 3件が出された。", body(12), "",
              "1", "", "画像や文章を生成するモデルを指す。", "", "2", "", "政府の有識者会議をいう。", "", "3", "",
              "\f" + body(13), body(14), "", "4"}),
        "t");
    REQUIRE(d.notes.size() == 2);
    CHECK(refs_to(d, 1) == 1);
    CHECK(refs_to(d, 2) == 1);
}

TEST_CASE("note.label-stack: labels one under another, then their one-line texts in order") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(15), "事前対応 1と事後対応 2がある。", body(16), "", "1", "2", "", "許認可、第三者認証等",
              "事後的な改善・排除措置", "", "10", "", "\f" + body(17), body(18), "", "11"}),
        "t");
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0].n == 1);
    CHECK(refs_to(d, 2) == 1);
    CHECK(d.notes[0].text == "許認可、第三者認証等");
    CHECK(d.notes[1].text == "事後的な改善・排除措置");
}

TEST_CASE("note foot: margin line numbers are not a page's foot, so the text above them refers to the note") {
    std::vector<std::string> page = {"報告書の題名", "", "\f1", "2", "3", body(19), "生成 AI 1の登場で変わった。", body(20), "", "4", "5", "6",
                                     "", "1", "", "文章を生成できるモデルを指す。", "", "3", "\f" + body(21), body(22), "", "4"};
    Document d = pipeline::build_document(join(page), "t");
    REQUIRE(d.notes.size() == 1);
    CHECK(refs_to(d, 1) == 1);
}

TEST_CASE("tei.head-superscript: a bare marker in a head is an empty ref rend=sup whose @n is the printed digits") {
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(23), "", "③ 適正学習 1", body(24), "", "1", "",
              "学習の定義をいう。", "", "3", "\f" + body(26), body(27), "", "4"}),
        "t");
    const std::string tei = exporters::to_tei(d);
    CHECK(tei.find("適正学習<ref type=\"note\" n=\"1\" target=\"#note-1\" rend=\"sup\"/></head>") != std::string::npos);
}

TEST_CASE("note.scattered-labels + note.glued-after-bracket + note.space-after-superscript") {
    // the converter scattered the labels among the texts: 1, text, text, 3, text, 2
    Document d = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(31), "戦争には損失（軍事費1 、犠牲者）がある＝非効率的 (inefficient) 2 である",
              body(32), "積極的平和 (positive peace)3 ：", body(33), "1", "", "軍事費の分だけ機会費用が発生する。",
              "（非）効率性は経済学の概念である。", "3", "積極的平和主義とは異なる。", "2", "", "11",
              "\f" + body(34), body(35), "", "12"}),
        "t");
    REQUIRE(d.notes.size() == 3);
    CHECK(d.notes[0].n == 1);
    CHECK(d.notes[0].text == "軍事費の分だけ機会費用が発生する。");
    CHECK(d.notes[1].n == 2);
    CHECK(d.notes[1].text == "（非）効率性は経済学の概念である。");
    CHECK(d.notes[2].n == 3);
    CHECK(d.notes[2].text == "積極的平和主義とは異なる。");
    CHECK(refs_to(d, 1) == 1);   // "軍事費1 、": a space before the comma
    CHECK(refs_to(d, 2) == 1);
    CHECK(refs_to(d, 3) == 1);   // "(positive peace)3 ：": after the bracket

    // labels that are not the numbers first..first+k-1 are not paired
    Document odd = pipeline::build_document(
        join({"報告書の題名", "", "\f" + body(31), "損失1がある。", body(32), "1", "", "本文の一行目である。", "5",
              "本文の二行目である。", "", "11", "\f" + body(34), body(35), "", "12"}),
        "t");
    for (const Note& n : odd.notes) CHECK(n.n != 5);
}
