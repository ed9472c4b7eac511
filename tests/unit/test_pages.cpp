// Pages from form feeds, page furniture at page edges, characters XML
// forbids, and unique note ids: the rules of src/normalise/pages.cpp and
// their effect on the TEI, on small inputs of our own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "decode/decode.hpp"
#include "export/exporters.hpp"
#include "normalise/normalise.hpp"
#include "pipeline/pipeline.hpp"
#include "text/unicode.hpp"
#include "validate/validate.hpp"

using namespace shiryo;

namespace {

std::vector<Line> lines_of(const std::vector<std::string>& raw, std::vector<Artefact>* out = nullptr) {
    std::vector<Artefact> a;
    std::vector<Line> l = normalise::normalise_lines(raw, a);
    if (out) *out = a;
    return l;
}

int count_of(const std::string& hay, const std::string& needle) {
    int n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

// A page of prose: `n` lines, each a full sentence, no two alike (digits
// would not do: running heads are compared with digits masked).
std::string page_text(const std::string& head, int n, const std::string& foot) {
    static const char* words[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    static int serial = 0;
    std::string s = head.empty() ? "" : head + "\n";
    for (int i = 0; i < n; ++i, ++serial)
        s += std::string("本文の") + words[serial % 10] + words[(serial / 10) % 10] + words[(serial / 100) % 10] +
             "の行で、内容が続いている文章である。\n";
    return s + foot + "\n";
}

bool has_artefact(const std::vector<Artefact>& a, ArtefactKind k) {
    for (const Artefact& x : a)
        if (x.kind == k) return true;
    return false;
}

}  // namespace

TEST_CASE("xml.forbidden-character: C0/C1 controls and U+FFFE/U+FFFF are removed and counted; tab stays") {
    std::vector<Artefact> a;
    bool ff = false;
    const std::string out = normalise::remove_forbidden_characters(
        "前\x01\x02\x03\x04\x05\x0b\x1b中\xc2\x85\xef\xbf\xbe\xef\xbf\xbf後\tタブ", 7, ff, a);
    CHECK(out == "前中後\tタブ");
    CHECK_FALSE(ff);
    REQUIRE(a.size() == 1);
    CHECK(a[0].kind == ArtefactKind::ControlCharacter);
    CHECK(a[0].line == 7);
    CHECK(a[0].text == "\x01\x02\x03\x04\x05\x0b\x1b\xc2\x85\xef\xbf\xbe\xef\xbf\xbf");
    CHECK(normalise::needs_cleaning("\x1b"));
    CHECK(normalise::needs_cleaning("\xef\xbf\xbf"));
    CHECK_FALSE(normalise::needs_cleaning("全角ＡＢＣ（１）"));   // EF BC .. full-width forms are text
}

TEST_CASE("xml.forbidden-character: every forbidden character through every exporter gives valid output") {
    validate::Validator validator(SHIRYO_SCHEMA_DIR);
    std::string bad;
    for (int c = 1; c < 0x20; ++c)
        if (c != '\n' && c != '\r') bad += static_cast<char>(c);
    bad += "\x7f\xc2\x80\xc2\x9f\xef\xbf\xbe\xef\xbf\xbf";
    const std::string text = "表1 " + bad + "比較\n\n国名 A B\n\n甲" + bad + " 1 2\n乙 3 4\n\n本文" + bad +
                             "です（注1）。 \n\n注\n（1）著者「題" + bad + "」『誌』2021 年、1-2 頁。\n";
    const Document doc = pipeline::build_document(text, "ctl");
    const auto outputs = exporters::export_all(doc);
    for (const auto& f : outputs)
        for (unsigned char ch : f.content) {
            CAPTURE(f.name);
            if (f.name.size() > 5 && f.name.substr(f.name.size() - 5) == ".xlsx") break;
            CHECK((ch >= 0x20 || ch == '\n' || ch == '\r' || ch == '\t'));
        }
    for (const auto& p : validator.check_all(outputs)) {
        CAPTURE(p.file);
        CAPTURE(p.message);
        CHECK(p.severity != Severity::Error);
    }
}

TEST_CASE("form-feed.page-break: a form feed opens a page; pages are numbered from 1") {
    std::vector<Artefact> a;
    const auto l = lines_of({"一頁目。", "続き。", "\f二頁目。", "\f", "\f三頁目。"}, &a);
    CHECK(l[0].page == 1);
    CHECK(l[1].page == 1);
    CHECK(l[2].page == 2);
    CHECK(l[2].text == "二頁目。");
    CHECK(l[2].page_start);
    CHECK(l[4].page == 4);
    CHECK(has_artefact(a, ArtefactKind::FormFeed));
}

TEST_CASE("page.number-at-edge: the last line's number is the page number and goes into pb/@n") {
    const std::string text = page_text("", 6, "1") + "\f" + page_text("", 6, "2") + "\f" + page_text("", 6, "3") + "\f";
    const Document doc = pipeline::build_document(text, "p");
    const std::string tei = exporters::to_tei(doc);
    CHECK(tei.find("<pb n=\"2\"/>") != std::string::npos);
    CHECK(tei.find("<pb n=\"3\"/>") != std::string::npos);
    CHECK(tei.find(">1<") == std::string::npos);   // the numbers are not text
}

TEST_CASE("page.number-at-edge: a lone number in the middle of a page is content") {
    const std::string text = page_text("", 3, "") + "2018\n" + page_text("", 3, "5") + "\f" + page_text("", 6, "6") + "\f";
    const auto l = lines_of(decode::split_lines(text));
    bool kept = false;
    for (const Line& x : l)
        if (x.text == "2018") kept = x.furniture == Furniture::None && !x.page_number;
    CHECK(kept);
}

TEST_CASE("page.number-at-edge: a number at a page's top must agree with the sequence of other pages") {
    // Page 2 begins with the number of its first heading ("1" / "はじめに"),
    // its page number stands at its foot.
    const std::string text = page_text("", 4, "i") + "\f1\nはじめに\n" + page_text("", 4, "1") + "\f" +
                             page_text("", 4, "2") + "\f";
    const auto l = lines_of(decode::split_lines(text));
    int heading_number_line = -1;
    for (std::size_t k = 0; k < l.size(); ++k)
        if (l[k].page == 2 && l[k].text == "1" && l[k + 1].text == "はじめに") heading_number_line = static_cast<int>(k);
    REQUIRE(heading_number_line >= 0);
    CHECK(l[static_cast<std::size_t>(heading_number_line)].furniture == Furniture::None);
    CHECK(l[static_cast<std::size_t>(heading_number_line)].page_label == "1");   // from its foot
}

TEST_CASE("page.number-at-edge: Roman page numbers of front matter") {
    const std::string text = page_text("", 4, "i") + "\f" + page_text("", 4, "ii") + "\f" + page_text("", 4, "iii") + "\f";
    const Document doc = pipeline::build_document(text, "r");
    const std::string tei = exporters::to_tei(doc);
    CHECK(tei.find("<pb n=\"ii\"/>") != std::string::npos);
    CHECK(tei.find("<pb n=\"iii\"/>") != std::string::npos);
}

TEST_CASE("page.running-head: a short line at the top of three pages is forme work, kept in the TEI") {
    std::string text;
    for (int p = 1; p <= 3; ++p) text += (p > 1 ? "\f" : "") + page_text("第３章 研究開発の動向", 5, std::to_string(p));
    const Document doc = pipeline::build_document(text, "h");
    const std::string tei = exporters::to_tei(doc);
    CHECK(count_of(tei, "<fw type=\"header\">第３章 研究開発の動向</fw>") == 3);
    CHECK(tei.find("<head>第３章 研究開発の動向</head>") == std::string::npos);
}

TEST_CASE("page.running-foot: a line repeated at the foot of pages is forme work") {
    std::string text;
    for (int p = 1; p <= 3; ++p) text += (p > 1 ? "\f" : "") + page_text("", 5, "「海外事情」平成30 年 5月号\n" + std::to_string(p));
    const Document doc = pipeline::build_document(text, "f");
    const std::string tei = exporters::to_tei(doc);
    CHECK(count_of(tei, "<fw type=\"footer\">「海外事情」平成30 年 5月号</fw>") == 3);
}

TEST_CASE("page.running-head: a short line repeated on two pages away from their edges is content") {
    std::string text;
    for (int p = 1; p <= 3; ++p)
        text += (p > 1 ? "\f" : "") + page_text("", 3, "") + "含ま\n" + page_text("", 3, std::to_string(p));
    const auto l = lines_of(decode::split_lines(text));
    for (const Line& x : l)
        if (x.text == "含ま") CHECK(x.furniture == Furniture::None);
}

TEST_CASE("page.running-head: a lone bracket or number repeated at page edges is not a head") {
    std::string text;
    for (int p = 1; p <= 4; ++p) text += std::string(p > 1 ? "\f" : "") + "）\n" + page_text("", 4, std::to_string(p));
    const auto l = lines_of(decode::split_lines(text));
    for (const Line& x : l)
        if (x.text == "）") CHECK(x.furniture == Furniture::None);
}

TEST_CASE("page.margin-line-numbers: 1, 2, 3 … down every page are artefacts, not text") {
    std::string text;
    for (int p = 1; p <= 2; ++p) {
        if (p > 1) text += "\f";
        for (int k = 1; k <= 12; ++k) text += std::to_string(k) + "\n本文の行" + std::to_string(k) + "、続く\n";
        text += std::to_string(p) + "\n";
    }
    std::vector<Artefact> a;
    const auto l = lines_of(decode::split_lines(text), &a);
    int margin = 0;
    for (const Line& x : l) margin += x.furniture == Furniture::MarginLineNumber;
    CHECK(margin == 24);
    CHECK(has_artefact(a, ArtefactKind::MarginLineNumber));
    const Document doc = pipeline::build_document(text, "m");
    const std::string tei = exporters::to_tei(doc);
    CHECK(tei.find("<pb n=\"2\"/>") != std::string::npos);
    CHECK(tei.find(">12<") == std::string::npos);
}

TEST_CASE("page.margin-line-numbers: a short run on one page (a list of numbers) is content") {
    const std::string text = page_text("", 2, "") + "1\n2\n3\n4\n5\n" + page_text("", 2, "7") + "\f" + page_text("", 4, "8");
    const auto l = lines_of(decode::split_lines(text));
    for (const Line& x : l)
        if (x.text == "3") CHECK(x.furniture == Furniture::None);
}

TEST_CASE("without form feeds, page numbers keep the old rule (anywhere between blank lines)") {
    const auto l = lines_of({"本文。 ", "", "128", "", "続き。 "});
    CHECK(l[2].page_number);
    CHECK(l[2].page == 0);
}

TEST_CASE("note.unique-id: notes numbered per page get ids of their own; references go to the nearest note") {
    // Two pages, each with a reference (1) and its footnote 1 at the foot.
    const std::string text =
        "本文に注がある（注1）。 \n\n――――\n（1）一頁目の注。\n1\n\f"
        "次の頁にも注がある（注1）。 \n\n――――\n（1）二頁目の注。\n2\n\f";
    const Document doc = pipeline::build_document(text, "n");
    REQUIRE(doc.notes.size() == 2);
    CHECK(doc.notes[0].id == "note-1");
    CHECK(doc.notes[1].id == "note-1-2");
    const std::string tei = exporters::to_tei(doc);
    CHECK(count_of(tei, "xml:id=\"note-1\"") == 1);
    CHECK(count_of(tei, "xml:id=\"note-1-2\"") == 1);
    CHECK(count_of(tei, "target=\"#note-1\"") == 1);
    CHECK(count_of(tei, "target=\"#note-1-2\"") == 1);
}

TEST_CASE("note.unique-id: two notes with the same number and a citation export without a throw") {
    // The 46-byte input of the reliability report.
    const Document doc = pipeline::build_document("―――\n1 る\n―――\n1 中ぺ「㸂」〱", "d");
    std::vector<exporters::OutputFile> out;
    CHECK_NOTHROW(out = exporters::export_all(doc));
    validate::Validator validator(SHIRYO_SCHEMA_DIR);
    for (const auto& p : validator.check_all(out)) CHECK(p.severity != Severity::Error);
}

TEST_CASE("table caption: the separator after the label is kept as printed (lossless head)") {
    const std::string text = "本文が先にある。 \n\n表 4.1: クラスとラベルの対応\n\nクラス ラベル\n\n健康 0\n病気 1\n\n本文。 \n";
    const Document doc = pipeline::build_document(text, "c");
    const std::string tei = exporters::to_tei(doc);
    CHECK(tei.find("<head>表 4.1: クラスとラベルの対応</head>") != std::string::npos);
}

TEST_CASE("vertical.one-char-lines: columns printed one character per line are vertical writing") {
    std::vector<std::string> raw;
    for (char32_t c : std::u32string(U"トランプ政権の北朝鮮政策と米国内の事情について考える")) raw.push_back(text::to_utf8(c));
    CHECK(normalise::looks_vertical(lines_of(raw)));
}

TEST_CASE("vertical.kanji-numerals: kanji years and no Latin text in long lines are vertical writing") {
    std::vector<std::string> raw;
    for (const char* y : {"二〇一六", "二〇一七", "二〇一八", "一九九四", "二〇〇〇", "二〇二〇"})
        raw.push_back(std::string("その後、") + y + "年の大統領選挙において、選挙干渉をしたのではないかという");
    CHECK(normalise::looks_vertical(lines_of(raw)));
    raw.push_back("2018 年には GDP が 3% 伸びた。これは Arabic digits の年である文章。");
    raw.push_back("2019 年の統計でも同じ傾向が見られる（World Bank 2020）。長い一行。");
    CHECK_FALSE(normalise::looks_vertical(lines_of(raw)));
}

TEST_CASE("vertical: a thumb tab (第/３/章) in a horizontal page is not vertical writing") {
    std::vector<std::string> raw = {"第", "３", "章"};
    for (int i = 0; i < 20; ++i) raw.push_back("2024 年に発表された戦略では、研究開発への投資が拡大している。");
    CHECK_FALSE(normalise::looks_vertical(lines_of(raw)));
}

TEST_CASE("vertical: the text is kept as paragraphs, no headings, and an error names the reason") {
    std::string text;
    for (char32_t c : std::u32string(U"川上高司")) text += text::to_utf8(c) + "\n";
    for (const char* y : {"二〇一六", "二〇一七", "二〇一八", "一九九四", "二〇〇〇", "二〇二〇"})
        text += std::string("米朝会談の次に来るもの、") + y + "年の大統領選挙の後で\n\n米朝会談の次に来るもの\n";
    const Document doc = pipeline::build_document(text, "v");
    CHECK(doc.layout.vertical);
    for (const Block& b : doc.body) CHECK(std::holds_alternative<Paragraph>(b));
    bool told = false;
    for (const Diagnostic& d : doc.diagnostics) told |= d.code == "vertical-writing" && d.severity == Severity::Error;
    CHECK(told);
}

TEST_CASE("page.numbers-apart: without form feeds, a column of numbers is text, a number a page away is a page number") {
    std::vector<std::string> raw;
    for (int i = 0; i < 8; ++i) raw.push_back("本文の行である。");
    raw.push_back("12");   // a page number: eight lines from anything like it
    for (int i = 0; i < 8; ++i) raw.push_back("本文の行である。");
    for (const char* cell : {"被介護者", "4", "5", "6", "", "方式", "3", "1", "2"}) raw.push_back(cell);
    const std::vector<bool> candidate = normalise::page_number_candidates(raw);
    CHECK(candidate[8]);
    for (std::size_t i = 17; i < raw.size(); ++i) CHECK_FALSE(candidate[i]);
    std::vector<Artefact> artefacts;
    const std::vector<Line> lines = normalise::normalise_lines(raw, artefacts);
    CHECK(lines[8].page_number);
    CHECK_FALSE(lines[18].page_number);
    CHECK(lines[18].text == "4");
}
