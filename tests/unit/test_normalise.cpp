// Normalisation rules on small inputs of our own.
#include <doctest/doctest.h>

#include "normalise/normalise.hpp"

using namespace shiryo;
using namespace shiryo::normalise;

namespace {
std::vector<Line> norm(const std::vector<std::string>& raw) {
    std::vector<Artefact> a;
    return normalise_lines(raw, a);
}
}  // namespace

TEST_CASE("fake bold: a heading printed four times collapses to one copy") {
    std::string out;
    CHECK(collapse_fake_bold_line("序章序章序章序章    東欧の選択東欧の選択東欧の選択東欧の選択    ", out));
    CHECK(out == "序章 東欧の選択 ");
}

TEST_CASE("fake bold: runs may split anywhere, even mid-word") {
    std::string out;
    CHECK(collapse_fake_bold_line("３．北３．北３．北３．北極海航路の将来極海航路の将来極海航路の将来極海航路の将来    ", out));
    CHECK(out == "３．北極海航路の将来 ");
}

TEST_CASE("fake bold: a rule line of one repeated character is real text") {
    std::string out;
    CHECK_FALSE(collapse_fake_bold_line("――――――――――――――――", out));
    CHECK_FALSE(collapse_fake_bold_line("＝＝＝＝＝＝＝＝ ", out));
}

TEST_CASE("fake bold: ordinary prose with one repeated word is not bold") {
    std::string out;
    CHECK_FALSE(collapse_fake_bold_line("はいはいはいはいと彼は答えたが、その後の交渉は難航した。", out));
    CHECK_FALSE(collapse_fake_bold_line("経済協力の拡大を目指す。", out));
}

TEST_CASE("fake bold: a mostly bold line with one unbolded piece still collapses") {
    std::string out;
    CHECK(collapse_fake_bold_line("２．２．２．２．3.11後の日本後の日本後の日本後の日本    ", out));
    CHECK(out == "２．3.11後の日本 ");
}

TEST_CASE("bold note markers: quadrupled brackets and digits collapse, ranges recorded") {
    std::vector<ByteRange> bold;
    const std::string s = collapse_bold_markers("協定が結ばれた（（（（7777））））。その後（（（（23232323））））も", bold);
    CHECK(s == "協定が結ばれた（7）。その後（23）も");
    REQUIRE(bold.size() == 2);
    CHECK(s.substr(bold[0].begin, bold[0].end - bold[0].begin) == "（7）");
    CHECK(s.substr(bold[1].begin, bold[1].end - bold[1].begin) == "（23）");
}

TEST_CASE("bold note markers: a real parenthesised number is not a marker") {
    std::vector<ByteRange> bold;
    CHECK(collapse_bold_markers("関係（1）～親欧米諸国", bold) == "関係（1）～親欧米諸国");
    CHECK(bold.empty());
    CHECK(collapse_bold_markers("((((1111)))) と ((((123", bold) == "(1) と ((((123");
    CHECK(bold.size() == 1);
}

TEST_CASE("page numbers: plain and bold digits alone on a line") {
    CHECK(is_page_number_text("12"));
    CHECK(is_page_number_text("１３４"));
    CHECK(is_page_number_text("7777"));
    CHECK(is_page_number_text("12121212"));
    CHECK_FALSE(is_page_number_text("2003年"));
    CHECK_FALSE(is_page_number_text("1234567"));
    CHECK_FALSE(is_page_number_text(""));
}

TEST_CASE("normalise_lines: flags, text and artefacts") {
    std::vector<Artefact> art;
    auto lines = normalise_lines({" 改ページ後の行", "段落の最後。 ", "", "42", "太字太字太字太字    "}, art);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].leading_space);
    CHECK(lines[0].text == "改ページ後の行");
    CHECK(lines[1].trailing_space);
    CHECK(lines[1].text == "段落の最後。");
    CHECK(lines[2].blank);
    CHECK(lines[3].page_number);
    CHECK(lines[4].fake_bold);
    CHECK(lines[4].text == "太字");
    CHECK(lines[0].width == 14);
    int pages = 0, bold = 0;
    for (const Artefact& a : art) {
        pages += a.kind == ArtefactKind::PageNumber;
        bold += a.kind == ArtefactKind::FakeBoldCopy;
    }
    CHECK(pages == 1);
    CHECK(bold == 1);
}

TEST_CASE("layout: trailing-space paragraphs in a double-spaced text") {
    auto lines = norm({"あいうえおかきくけこさしすせそたちつてと", "", "なにぬねの。 ", "", "はひふへほまみむめもやゆよらりるれろわを",
                       "", "ん。 ", ""});
    const Layout l = detect_layout(lines);
    CHECK(l.double_spaced);
    CHECK(l.signal == ParagraphSignal::TrailingSpace);
}

TEST_CASE("layout: blank lines between paragraphs") {
    auto lines = norm({"あいうえおかきくけこさしすせそたちつてと", "なにぬねの。", "", "はひふへほまみむめもやゆよらりるれろわを",
                       "ん。", "", "さらに続く段落の一行目です。", "二行目。"});
    const Layout l = detect_layout(lines);
    CHECK_FALSE(l.double_spaced);
    CHECK(l.signal == ParagraphSignal::BlankLine);
}

TEST_CASE("layout: short last lines, measured in East Asian width") {
    std::vector<std::string> raw;
    for (int i = 0; i < 6; ++i) {
        raw.push_back("あいうえおかきくけこさしすせそたちつてとなにぬねの");
        raw.push_back("");
    }
    raw.push_back("短い行。");
    raw.push_back("");
    auto lines = norm(raw);
    const Layout l = detect_layout(lines);
    CHECK(l.double_spaced);
    CHECK(l.signal == ParagraphSignal::ShortLine);
    CHECK(l.column_width == 50);
}

TEST_CASE("page numbers: decorated forms with the same dash on both sides") {
    CHECK(is_page_number_text("- 12 -"));
    CHECK(is_page_number_text("― 87 ―"));
    CHECK(is_page_number_text("－5－"));
    CHECK_FALSE(is_page_number_text("- 12"));
    CHECK_FALSE(is_page_number_text("―統合―"));
}

TEST_CASE("running headers: a title next to two page numbers is page furniture, its first use is not") {
    std::vector<Artefact> art;
    auto lines = normalise_lines({"北極の国際政治", "", "本文が続く。", "", "12", "", " 北極の国際政治", "", "続きの本文。", "",
                                  "13", "", " 北極の国際政治", "", "さらに本文。"},
                                 art);
    CHECK_FALSE(lines[0].running_header);
    CHECK(lines[6].running_header);
    CHECK(lines[6].page_number);
    CHECK(lines[12].running_header);
    CHECK_FALSE(lines[2].running_header);
}

TEST_CASE("indent: a full-width space, also after the page-break space, marks a paragraph start") {
    auto lines = norm({"\xE3\x80\x80段落の始まり", " \xE3\x80\x80改ページ後の段落", "  二つの空白", "普通の行"});
    CHECK(lines[0].indent);
    CHECK(lines[1].indent);
    CHECK(lines[2].indent);
    CHECK_FALSE(lines[3].indent);
}
