// The PDF reader (src/read): PDFs made here at test time, one per rule.
#include <doctest/doctest.h>

#include <algorithm>

#include "pdf_maker.hpp"
#include "read/pdf.hpp"
#include "segment/segment.hpp"

using namespace shiryo;
using testpdf::Page;
using testpdf::Run;

namespace {

read::PdfText read_text(const std::vector<Page>& pages, const testpdf::Options& opt = {}) {
    return read::to_text(read::load_pages(testpdf::make_pdf(pages, opt)));
}

// The non-blank lines, form feeds removed.
std::vector<std::string> lines_of(const read::PdfText& t) {
    std::vector<std::string> out;
    for (std::string l : t.raw) {
        l.erase(std::remove(l.begin(), l.end(), '\f'), l.end());
        if (!l.empty()) out.push_back(l);
    }
    return out;
}

bool has_line(const std::vector<std::string>& lines, const std::string& s) {
    return std::find(lines.begin(), lines.end(), s) != lines.end();
}

std::size_t index_of(const std::vector<std::string>& lines, const std::string& s) {
    return static_cast<std::size_t>(std::find(lines.begin(), lines.end(), s) - lines.begin());
}

// A page of a Japanese report: heading, paragraph of two lines, footnote.
Page report_page() {
    Page p;
    p.runs.push_back({72, 100, 16, "第１章　調査の目的", true});
    p.runs.push_back({72, 140, 10, "本報告は中央アジアのガス輸出を論じる", false});
    p.runs.push_back({252, 136, 6, "1", false});   // superscript note marker, raised
    p.runs.push_back({72, 155, 10, "ものである。", false});
    p.runs.push_back({72, 780, 8, "1 外務省資料による。", false});
    return p;
}

}  // namespace

TEST_CASE("pdf.magic: a PDF is known by its content") {
    CHECK(read::looks_like_pdf("%PDF-1.7\n..."));
    CHECK(read::looks_like_pdf("\n\n%PDF-1.4 after junk"));
    CHECK_FALSE(read::looks_like_pdf("第一章　PDF-1.4 は本文"));
    CHECK_FALSE(read::looks_like_pdf(""));
    CHECK_FALSE(read::looks_like_pdf("拡張子 %PDF-とは何か"));   // a text about PDFs
}

TEST_CASE("pdf.lines-by-baseline: heading, paragraph lines, superscript marker and footnote") {
    const read::PdfText t = read_text({report_page()});
    const auto lines = lines_of(t);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "第１章 調査の目的");   // poppler reads the ideographic space as a word break
    CHECK(lines[1] == "本報告は中央アジアのガス輸出を論じる1");   // the marker glued to its word
    CHECK(lines[2] == "ものである。");
    CHECK(lines[3] == "1 外務省資料による。");
    // Geometry travels with the lines: size, weight (font name), box.
    const auto& page = t.pages.at(0);
    REQUIRE(page.size() == 4);
    CHECK(page[0].geometry.font_size == doctest::Approx(16));
    CHECK(page[0].geometry.bold);
    CHECK_FALSE(page[1].geometry.bold);
    CHECK(page[1].geometry.font_size == doctest::Approx(10));
    CHECK(page[1].geometry.x0 == doctest::Approx(72).epsilon(0.01));
    CHECK(page[3].geometry.font_size == doctest::Approx(8));
}

TEST_CASE("pdf.blocks: a blank line between blocks, none inside a paragraph; form feeds open pages") {
    const read::PdfText t = read_text({report_page(), report_page()});
    // heading | blank | two paragraph lines | blank | footnote | blank | page 2 ...
    REQUIRE(t.raw.size() >= 8);
    CHECK(t.raw[0] == "第１章 調査の目的");
    CHECK(t.raw[1].empty());
    CHECK(t.raw[2] == "本報告は中央アジアのガス輸出を論じる1");
    CHECK(t.raw[3] == "ものである。");
    CHECK(t.raw[4].empty());
    CHECK(t.raw[5] == "1 外務省資料による。");
    CHECK(t.raw[6].empty());
    CHECK(t.raw[7] == "\f第１章 調査の目的");
    CHECK(t.raw.back() == "\f");
}

TEST_CASE("pdf.lines-by-baseline: a space where words stand apart, none between touching glyphs") {
    Page p;
    p.runs.push_back({72, 100, 10, "2023", false});
    p.runs.push_back({98, 100, 10, "年の", false});      // 2023 is 20 pt wide: a 6 pt gap
    p.runs.push_back({118, 100, 10, "G7", false});       // touching
    const auto lines = lines_of(read_text({p}));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "2023 年のG7");
}

// Poppler itself drops whole words overprinted within about 0.1 em (their
// weight is then unknown); the rule folds the copies it leaves.
TEST_CASE("pdf.fake-bold-overprint: a heading printed four times a point apart is read once, bold") {
    Page p;
    for (double d : {0.0, 1.0, 2.0, 3.0}) p.runs.push_back({72 + d, 100, 10, "第二章　国際関係", false});
    p.runs.push_back({72, 140, 10, "本文はここ。ここからは普通の文。", false});
    const read::PdfText t = read_text({p});
    const auto lines = lines_of(t);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "第二章 国際関係");
    CHECK(t.pages[0][0].all_overprinted);
    CHECK(t.pages[0][0].geometry.bold);
    CHECK(t.pages[0][0].folded == 3 * 7);
    // Repeated characters a full advance apart (ここ) are not overprints.
    CHECK(lines[1] == "本文はここ。ここからは普通の文。");
    CHECK_FALSE(t.pages[0][1].all_overprinted);
}

TEST_CASE("pdf.fake-bold-overprint: glyph rule alone") {
    std::vector<read::Glyph> g = {
        {"l", 10, 0, 12.5, 10, 10}, {"l", 10.8, 0, 13.3, 10, 10},   // overprint, 0.8 pt over a 2.5 pt glyph
        {"l", 12.5, 0, 15, 10, 10},                                   // the next l of "ll"
    };
    int folded = 0;
    const auto kept = read::fold_overprints(g, folded);
    CHECK(folded == 1);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].overprinted);
    CHECK_FALSE(kept[1].overprinted);
}

TEST_CASE("pdf.ruby: furigana above a word is dropped, a raised note marker is kept") {
    Page p;
    p.runs.push_back({72, 100, 10, "本文に難読語の齟齬がある。", false});
    p.runs.push_back({142, 90, 5, "そご", false});    // ruby right above 齟齬 (x 142..162)
    p.runs.push_back({202, 96, 5.5, "2", false});     // a superscript marker at the line's top
    const read::PdfText t = read_text({p});
    const auto lines = lines_of(t);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "本文に難読語の齟齬がある。2");
    REQUIRE(t.pages[0][0].ruby.size() == 1);
    CHECK(t.pages[0][0].ruby[0] == "そご");
}

TEST_CASE("pdf.two-columns: a two-column page is read column by column, the spanning title first") {
    Page p;
    p.runs.push_back({150, 60, 16, "二段組の報告書の表題", true});
    for (int i = 0; i < 20; ++i) {
        p.runs.push_back({50, 100.0 + 15 * i, 10, "左" + std::to_string(i % 10) + testpdf::fill("段の本文です。", 21), false});
        p.runs.push_back({315, 100.0 + 15 * i, 10, "右" + std::to_string(i % 10) + testpdf::fill("段の本文です。", 21), false});
    }
    const read::PdfText t = read_text({p});
    CHECK(t.two_column_pages == 1);
    const auto lines = lines_of(t);
    REQUIRE(lines.size() == 41);
    CHECK(lines[0] == "二段組の報告書の表題");
    for (int i = 0; i < 20; ++i) {
        CHECK(lines[static_cast<std::size_t>(1 + i)].rfind("左", 0) == 0);
        CHECK(lines[static_cast<std::size_t>(21 + i)].rfind("右", 0) == 0);
    }
    CHECK(t.pages[0][1].geometry.column == 1);
    CHECK(t.pages[0][21].geometry.column == 2);
}

TEST_CASE("pdf.two-columns: a list of names and affiliations is not two columns") {
    Page p;
    for (int i = 0; i < 12; ++i) {
        p.runs.push_back({100, 100.0 + 20 * i, 10, "山田太郎", false});
        p.runs.push_back({320, 100.0 + 20 * i, 10, "東京大学教授", false});
    }
    const read::PdfText t = read_text({Page{}, p});   // page 2: page 1 splits its rows (pdf.title-page-pieces)
    CHECK(t.two_column_pages == 0);
    // Read row by row (each name before its affiliation), not column by column;
    // aligned over twelve rows, the pieces are a table's cells (pdf.table-rows).
    const auto lines = lines_of(t);
    REQUIRE(lines.size() == 24);
    CHECK(lines[0] == "山田太郎");
    CHECK(lines[1] == "東京大学教授");
}

TEST_CASE("pdf.two-columns: a single-column page of prose has no gutter") {
    Page p;
    for (int i = 0; i < 30; ++i) p.runs.push_back({60, 100.0 + 16 * i, 10, testpdf::fill("一段組の本文が続く。", 46), false});
    CHECK(read_text({p}).two_column_pages == 0);
}

TEST_CASE("pdf.vertical-page: vertical glyph boxes are turned so columns read right to left") {
    read::PdfPage page;
    page.width = 400, page.height = 600;
    // Two columns of two glyphs, text running top to bottom; the right column first.
    auto glyph = [](std::string s, double x0, double top) {
        read::Glyph g{s, x0, top, x0 + 10, top + 10, 10};
        g.rotation = 1;
        return g;
    };
    page.glyphs = {glyph("一", 300, 100), glyph("二", 300, 110), glyph("三", 280, 100), glyph("四", 280, 110)};
    std::vector<read::PdfPage> pages = {page};
    const read::PdfText t = read::to_text(pages);
    CHECK(t.vertical_pages == 1);
    const auto lines = lines_of(t);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "一二");
    CHECK(lines[1] == "三四");
}

TEST_CASE("pdf.labels: printed page labels are read") {
    const read::PdfText t = read_text({report_page(), report_page()}, {false, "p-"});
    REQUIRE(t.labels.size() == 2);
    CHECK(t.labels[0] == "p-1");
    CHECK(t.labels[1] == "p-2");
}

TEST_CASE("pdf.bad: encrypted, damaged, no pages and no text layer are refused with a reason") {
    auto message = [](const std::string& bytes) {
        try {
            read::load_pages(bytes);
        } catch (const read::PdfError& e) {
            return std::string(e.what());
        }
        return std::string("read");
    };
    CHECK(message(testpdf::make_pdf({report_page()}, {true, ""})).find("encrypted") != std::string::npos);
    CHECK(message("%PDF-1.4\nthis is not a PDF at all\n").find("damaged") != std::string::npos);
    const std::string none = message(testpdf::make_pdf({}));
    CHECK((none.find("no pages") != std::string::npos || none.find("damaged") != std::string::npos));
    Page scan;
    scan.image_only = true;
    CHECK(message(testpdf::make_pdf({scan})).find("run OCR first") != std::string::npos);
    CHECK(message(testpdf::make_pdf({report_page()})) == "read");
}

TEST_CASE("pdf reader: the text pipeline builds the document, lines carry geometry") {
    const Document doc = read::convert_pdf(testpdf::make_pdf({report_page(), report_page()}), "report");
    CHECK(doc.encoding == "PDF");
    CHECK_FALSE(doc.body.empty());
}

TEST_CASE("pdf.margin-numbers: line numbers down the margin are a block of their own, not glued to the text") {
    Page p;
    for (int i = 0; i < 8; ++i) {
        p.runs.push_back({30, 100.0 + 18 * i, 10.5, std::to_string(i + 1), false});
        p.runs.push_back({72, 100.0 + 18 * i, 12, testpdf::fill("本文の行が続いていく。", 36), false});
    }
    const auto lines = lines_of(read_text({p}));
    REQUIRE(lines.size() == 16);
    for (int i = 0; i < 8; ++i) CHECK(lines[static_cast<std::size_t>(i)] == std::to_string(i + 1));
    CHECK(lines[8].rfind("本文", 0) == 0);
}

TEST_CASE("pdf.margin-numbers: a few numbered lines are not margin numbers") {
    Page p;
    p.runs.push_back({72, 100, 10, "1", false});
    p.runs.push_back({100, 100, 10, "はじめに", false});
    p.runs.push_back({72, 130, 10, testpdf::fill("本文の行が続いていく。", 40), false});
    const auto lines = lines_of(read_text({Page{}, p}));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "1 はじめに");
}

TEST_CASE("pdf.label-superscript: a footnote's raised label is a line of its own above its text") {
    Page p;
    p.runs.push_back({72, 100, 10, testpdf::fill("本文の行が続いていく。", 40), false});
    p.runs.push_back({72, 745, 5, "2", false});   // raised: top of the note line
    p.runs.push_back({76, 748, 8, "開発・提供・利用の対象に生成AIも含まれる。", false});
    const auto lines = lines_of(read_text({p}));
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == "2");
    CHECK(lines[2] == "開発・提供・利用の対象に生成AIも含まれる。");
}

TEST_CASE("pdf.title-page-pieces: on page 1 an affiliation and a name a wide gap apart are two blocks; in the body a row stays one line") {
    Page first, body;
    for (Page* p : {&first, &body}) {
        p->runs.push_back({176, 148, 12, "チェコ・カレル大学社会学部講師", false});
        p->runs.push_back({400, 148, 12, "細田尚志", false});
        p->runs.push_back({72, 200, 10, testpdf::fill("本文の行が続いていく。", 40), false});
    }
    const read::PdfText t = read_text({first, body});
    REQUIRE(t.raw.size() >= 4);
    CHECK(t.raw[0] == "チェコ・カレル大学社会学部講師");
    CHECK(t.raw[1].empty());
    CHECK(t.raw[2] == "細田尚志");
    const auto lines = lines_of(t);
    CHECK(has_line(lines, "チェコ・カレル大学社会学部講師 細田尚志"));   // page 2
}

TEST_CASE("pdf.title-page-pieces: a running head's parts at a page top are blocks of their own") {
    Page p;
    p.runs.push_back({400, 48, 8, "第３章", false});
    p.runs.push_back({432, 48, 8, "ＡＩ関連研究開発の動向", false});   // 1 em after 第３章
    p.runs.push_back({72, 200, 10, testpdf::fill("本文の行が続いていく。", 40), false});
    const auto lines = lines_of(read_text({Page{}, p}));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "第３章");
    CHECK(lines[1] == "ＡＩ関連研究開発の動向");
}

TEST_CASE("pdf.two-columns: full-width prose and small chart labels above two columns; columns still read in order") {
    Page p;
    for (int i = 0; i < 8; ++i) p.runs.push_back({50, 80.0 + 15 * i, 10, "全" + testpdf::fill("幅の本文です。", 48), false});
    for (int i = 0; i < 6; ++i) p.runs.push_back({60.0 + 80 * i, 220, 7, "ラベル", false});   // a chart's labels
    for (int i = 0; i < 14; ++i) {
        p.runs.push_back({50, 260.0 + 15 * i, 10, "左" + testpdf::fill("段の本文です。", 22), false});
        p.runs.push_back({315, 260.0 + 15 * i, 10, "右" + testpdf::fill("段の本文です。", 22), false});
    }
    const read::PdfText t = read_text({Page{}, p});
    CHECK(t.two_column_pages == 1);
    const auto lines = lines_of(t);
    std::vector<char> kinds;   // 全 / 左 / 右 in reading order
    for (const std::string& l : lines)
        kinds.push_back(l.rfind("全", 0) == 0 ? 'F' : l.rfind("左", 0) == 0 ? 'L' : l.rfind("右", 0) == 0 ? 'R' : '.');
    std::string order(kinds.begin(), kinds.end());
    INFO(order);
    order.erase(std::remove(order.begin(), order.end(), '.'), order.end());   // the labels go with their column
    CHECK(order.find("FFFFFFFF") == 0);
    CHECK(order.find("LLLLLLLLLLLLLLRRRRRRRRRRRRRR") != std::string::npos);
}

TEST_CASE("pdf.superscript-glued: a raised marker after a Latin word is glued to it; after Japanese the space stays") {
    Page p;
    p.runs.push_back({72, 100, 12, "生成 AI", false});           // ends at 72 + 3.5 em = 114
    p.runs.push_back({117, 94, 6, "1", false});                   // raised, 3 pt after
    p.runs.push_back({120, 100, 12, "の登場により、本文が続く。", false});
    p.runs.push_back({72, 130, 12, "予定している", false});       // ends at 144
    p.runs.push_back({147, 124, 6, "2", false});
    p.runs.push_back({150, 130, 12, "。その中で本文が続く。", false});
    const auto lines = lines_of(read_text({Page{}, p}));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "生成 AI1の登場により、本文が続く。");
    CHECK(lines[1] == "予定している 2。その中で本文が続く。");
}

TEST_CASE("pdf.thumb-tab: a chapter tab stacked down the page edge is one line of its own, not glued to body lines") {
    Page p;
    for (int i = 0; i < 10; ++i) p.runs.push_back({72, 100.0 + 12 * i, 10, testpdf::fill("本文の行が続いていく。", 44), false});
    p.runs.push_back({560, 100, 12, "第", false});
    p.runs.push_back({560, 112, 12, "３", false});
    p.runs.push_back({560, 124, 12, "章", false});
    const auto lines = lines_of(read_text({Page{}, p}));
    REQUIRE(lines.size() == 11);
    CHECK(lines[0] == "第３章");
    for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i] == testpdf::fill("本文の行が続いていく。", 44));
}

TEST_CASE("pdf.bold-font-name: weights named in the font, by a plain scan") {
    CHECK(read::bold_font_name("ABCDEF+NotoSansCJKjp-Bold"));
    CHECK(read::bold_font_name("KozGoPr6N-DeBold"));
    CHECK(read::bold_font_name("HiraKakuPro-W6"));
    CHECK(read::bold_font_name("HiraMinPro-W12"));
    CHECK(read::bold_font_name("Helvetica-Black"));
    CHECK(read::bold_font_name("MyFont-SemiBold"));
    CHECK(read::bold_font_name("RyuminPro-B"));
    CHECK_FALSE(read::bold_font_name("KozMinPr6N-Light"));
    CHECK_FALSE(read::bold_font_name("HiraMinPro-W3"));
    CHECK_FALSE(read::bold_font_name("HiraMinPro-W16"));
    CHECK_FALSE(read::bold_font_name("Times-Roman"));
    CHECK_FALSE(read::bold_font_name("MS-Mincho"));
    CHECK_FALSE(read::bold_font_name(""));
}

namespace {

// The headings of a document, in order, as plain text.
std::vector<std::string> headings_of(const Document& doc) {
    std::vector<std::string> out;
    for (const Block& b : doc.body)
        if (const auto* h = std::get_if<Heading>(&b)) {
            std::string s;
            for (const Inline& in : h->content) s += in.text;
            out.push_back(s);
        }
    return out;
}

// Prose lines of 10 pt from `top` down, `n` of them, 40 characters each: the seed
// then a sentence without repeats (a run repeated four times would read as fake bold).
void prose(Page& p, double top, int n, const std::string& seed) {
    const std::string rest = "国際的な議論が始まり各国では人材の育成や利活用に係るルールを整備しながら戦略を策定";
    for (int i = 0; i < n; ++i)
        p.runs.push_back({72, top + 16 * i, 10, testpdf::fill(seed + rest, 40) + (i + 1 == n ? "。" : ""), false});
}

}  // namespace

TEST_CASE("pdf.prose-size: the prose's size, not the many small footnote or chart glyphs") {
    Page p;
    prose(p, 100, 6, "本文の行が続いていく");
    // More 7 pt footnote characters than prose characters, and many 6 pt chart labels.
    for (int i = 0; i < 10; ++i) p.runs.push_back({72, 600.0 + 9 * i, 7, testpdf::fill("脚注の文は資料による数値の出典を示し年次報告の各版を参照する", 40), false});
    for (int i = 0; i < 40; ++i) p.runs.push_back({72.0 + 12 * (i % 10), 400.0 + 10 * (i / 10), 6, "12", false});
    const read::PdfText t = read_text({p});
    CHECK(t.prose_size == doctest::Approx(10));
    REQUIRE_FALSE(t.pages.at(0).empty());
    CHECK(t.pages[0][0].geometry.body_size == doctest::Approx(10));
    CHECK_FALSE(t.prose_bold);
}

TEST_CASE("heading.font-larger: an unnumbered line set larger than the prose is a heading; the same line at prose size is not") {
    auto doc_with = [](double size, bool bold) {
        Page p;
        prose(p, 100, 4, "はじめの段落の文章");
        p.runs.push_back({72, 190, size, "調査の背景と目的", bold});
        prose(p, 190 + 1.8 * size, 4, "つづく段落の文章");
        Page q;
        prose(q, 100, 8, "二頁目の本文の文章");
        return read::convert_pdf(testpdf::make_pdf({p, q}), "t");
    };
    const auto big = headings_of(doc_with(14, false));
    CHECK(std::find(big.begin(), big.end(), "調査の背景と目的") != big.end());
    const auto bold = headings_of(doc_with(10, true));   // heading.font-larger: bold where the prose is not
    CHECK(std::find(bold.begin(), bold.end(), "調査の背景と目的") != bold.end());
    const auto plain = headings_of(doc_with(10, false));
    CHECK(std::find(plain.begin(), plain.end(), "調査の背景と目的") == plain.end());
}

TEST_CASE("heading.font-wrapped: a heading's second line in the same size is part of it") {
    Page p;
    prose(p, 100, 4, "はじめの段落の文章");
    p.runs.push_back({72, 190, 14, "第１節　主要国・地域における", false});
    p.runs.push_back({72, 208, 14, "研究開発戦略", false});
    prose(p, 236, 4, "つづく段落の文章");
    Page q;
    prose(q, 100, 8, "二頁目の本文の文章");
    const auto h = headings_of(read::convert_pdf(testpdf::make_pdf({p, q}), "t"));
    REQUIRE(h.size() == 1);
    CHECK(h[0].find("主要国・地域における") != std::string::npos);
    CHECK(h[0].find("研究開発戦略") != std::string::npos);
}

TEST_CASE("heading.font-small and heading.font-body: font signals of lines with geometry") {
    Line l;
    l.text = "１．外務省資料";
    CHECK(segment::font_signal(l) == segment::FontSignal::None);   // text input: no geometry
    LineGeometry g;
    g.body_size = 10.5;
    g.font_size = 7;
    l.geometry = g;
    CHECK(segment::font_signal(l) == segment::FontSignal::Small);
    l.geometry->font_size = 10.5;
    CHECK(segment::font_signal(l) == segment::FontSignal::Body);
    l.geometry->bold = true;
    CHECK(segment::font_signal(l) == segment::FontSignal::Heading);
    l.geometry->body_bold = true;   // bold prose: bold says nothing
    CHECK(segment::font_signal(l) == segment::FontSignal::Body);
    l.geometry->font_size = 13;
    CHECK(segment::font_signal(l) == segment::FontSignal::Heading);
}

TEST_CASE("header.title-largest-font: the title is page 1's largest line, not the course name under it") {
    Page p;
    p.runs.push_back({72, 100, 20, "現代の戦争と平和", false});
    p.runs.push_back({72, 124, 12, "国際公共政策学", false});   // title-shaped, nearer the author, but smaller
    p.runs.push_back({72, 150, 11, "土井翔平", false});
    p.runs.push_back({72, 160, 11, "2023-05-23", false});
    prose(p, 220, 6, "平和は協調的な国際関係の前提となる");
    Page q;
    prose(q, 100, 8, "二頁目の本文の文章");
    const Document d = read::convert_pdf(testpdf::make_pdf({p, q}), "t");
    CHECK(d.header.title == "現代の戦争と平和");
    CHECK(d.header.author == "土井翔平");
}

TEST_CASE("header.block-font and header.affiliation-and-name: a large title over an affiliation-and-name row") {
    Page p;
    // Two wide lines of one width: a paragraph's, were it not for their sizes (header.block-font).
    p.runs.push_back({72, 100, 18, "中欧から見る欧州情勢：中国との関係", false});
    // One row: affiliation, a gap of one ideographic space, the name (pdf.title-page-pieces keeps it one line).
    p.runs.push_back({72, 140, 12, "チェコ・カレル大学社会学部講師　細田尚志", false});
    prose(p, 180, 6, "新型コロナ禍以前から欧州の一部では");
    Page q;
    prose(q, 100, 8, "二頁目の本文の文章");
    const Document d = read::convert_pdf(testpdf::make_pdf({p, q}), "t");
    CHECK(d.header.title == "中欧から見る欧州情勢：中国との関係");
    CHECK(d.header.author == "細田尚志");
    CHECK(d.header.affiliation == "チェコ・カレル大学社会学部講師");
}

TEST_CASE("pdf.meta-title: the metadata title when it means something") {
    CHECK(read::meaningful_title("現代の戦争と平和"));
    CHECK(read::meaningful_title("第3章　ＡＩ関連研究開発の世界の動向"));
    CHECK_FALSE(read::meaningful_title(""));
    CHECK_FALSE(read::meaningful_title("   "));
    CHECK_FALSE(read::meaningful_title("Microsoft Word - 報告書案_v3.docx"));
    CHECK_FALSE(read::meaningful_title("PowerPoint プレゼンテーション"));
    CHECK_FALSE(read::meaningful_title("houkokusho_final.pdf"));
    CHECK_FALSE(read::meaningful_title("Untitled"));
    CHECK_FALSE(read::meaningful_title("2024"));   // no letters
}

TEST_CASE("pdf.meta-title: a first page without a title takes the file's own title; a printed one wins") {
    Page p;
    prose(p, 100, 6, "平和は協調的な国際関係の前提となる");
    Page q;
    prose(q, 100, 8, "二頁目の本文の文章");
    testpdf::Options opt;
    opt.title = "紛争研究の手引き";
    const Document d = read::convert_pdf(testpdf::make_pdf({p, q}, opt), "t");
    CHECK(d.header.title == "紛争研究の手引き");
    opt.title = "Microsoft Word - tebiki.docx";
    CHECK(read::convert_pdf(testpdf::make_pdf({p, q}, opt), "t").header.title.empty());
}

TEST_CASE("pdf.outline: keys set numbering, widths and spaces aside") {
    CHECK(read::outline_key("１－１．米国") == read::outline_key("１　米国"));
    CHECK(read::outline_key("第１節　主要国の戦略") == read::outline_key("第1節 主要国の戦略"));
    CHECK(read::outline_key("2.1 軍事支出") == read::outline_key("軍事支出"));
    CHECK(read::outline_key("一帯一路の行方") == "一帯一路の行方");   // a kanji word is no number
    CHECK(read::outline_key("2024") == "2024");
}

TEST_CASE("pdf.outline: a line the outline names is a heading, though set in the prose's font") {
    auto doc_with = [](const std::vector<std::string>& outline) {
        Page p;
        prose(p, 100, 4, "はじめの段落の文章");
        p.runs.push_back({72, 168, 10, "調査の背景と目的", false});   // prose size and weight, no blank around it
        prose(p, 184, 4, "つづく段落の文章");
        Page q;
        prose(q, 100, 8, "二頁目の本文の文章");
        testpdf::Options opt;
        opt.outline = outline;
        return read::convert_pdf(testpdf::make_pdf({p, q}, opt), "t");
    };
    const auto with = headings_of(doc_with({"はじめに", "１　調査の背景と目的"}));
    CHECK(std::find(with.begin(), with.end(), "調査の背景と目的") != with.end());
    const auto without = headings_of(doc_with({}));
    CHECK(std::find(without.begin(), without.end(), "調査の背景と目的") == without.end());
}

namespace {
// A page with prose, an uncaptioned table of `rows` aligned rows (a header over
// two columns printed as one run), and prose again.
Page table_page(int rows) {
    Page p;
    prose(p, 80, 3, "表の前の段落の文章");
    const double cols[] = {110, 200, 260, 320};
    // Header: the middle two column titles in one run, a word gap apart over the gap of the rows below.
    p.runs.push_back({110, 150, 10, "順序", false});
    p.runs.push_back({196, 150, 10, "投票者一 投票者二", false});
    p.runs.push_back({320, 150, 10, "合計", false});
    const char* names[] = {"ABC", "ACB", "BAC", "BCA", "CAB", "CBA"};
    for (int r = 0; r < rows; ++r) {
        const double y = 166 + 16 * r;
        p.runs.push_back({cols[0], y, 10, names[r % 6], false});
        p.runs.push_back({cols[1] + 10, y, 10, std::to_string(r % 3), false});
        p.runs.push_back({cols[2] + 10, y, 10, std::to_string((r + 1) % 4), false});
        p.runs.push_back({cols[3], y, 10, std::to_string(r % 3 + (r + 1) % 4), false});
    }
    prose(p, 176 + 16 * rows, 3, "表の後の段落の文章");
    return p;
}
}  // namespace

TEST_CASE("pdf.table-rows: aligned rows a wide gap apart are cells, one line each; a lone wide-gap row stays a line") {
    const auto lines = lines_of(read_text({Page{}, table_page(6)}));   // page 2: page 1 splits every row
    CHECK(has_line(lines, "ABC"));
    CHECK(has_line(lines, "合計"));
    // the header run over two columns is cut at the rows' column gap
    CHECK(has_line(lines, "投票者一"));
    CHECK(has_line(lines, "投票者二"));
    CHECK_FALSE(has_line(lines, "ABC 0 1 1"));
    // Two rows are no table: the row stays one line, as in prose.
    const auto few = lines_of(read_text({Page{}, table_page(1)}));
    CHECK_FALSE(has_line(few, "ABC"));
}

TEST_CASE("pdf.table-report: a table from geometry cells says so, with its size and confidence") {
    Page q;
    prose(q, 100, 8, "二頁目の本文の文章");
    const Document d = read::convert_pdf(testpdf::make_pdf({table_page(6), q}), "t");
    const Table* table = nullptr;
    for (const Block& b : d.body)
        if (const auto* t = std::get_if<Table>(&b)) table = t;
    REQUIRE(table != nullptr);
    CHECK(table->report.method.rfind("geometry/", 0) == 0);
    CHECK(table->report.cols == 4);
    CHECK(table->report.confidence == doctest::Approx(1.0));
    bool reported = false;
    for (const Diagnostic& dg : d.diagnostics) reported |= dg.code == "pdf.table-report";
    CHECK(reported);
}

TEST_CASE("pdf.foot-band: on a two-column page a footnote's label in the left margin and its text across the gutter are one line, after both columns") {
    Page p;
    for (int i = 0; i < 30; ++i) {
        p.runs.push_back({50, 100.0 + 15 * i, 10, "左" + std::to_string(i % 10) + testpdf::fill("段の本文です。", 21), false});
        p.runs.push_back({315, 100.0 + 15 * i, 10, "右" + std::to_string(i % 10) + testpdf::fill("段の本文です。", 21), false});
    }
    // The note: its label at the margin, its text 0.3 pt lower, running across the gutter.
    p.runs.push_back({50, 760.0, 7, "1", false});
    p.runs.push_back({70, 760.3, 7, "外務省「中央アジア諸国の天然ガス輸出に関する調査報告書」（2023年）による数値を用いた。", false});
    const read::PdfText t = read_text({Page{}, p});   // page 2: page 1 splits rows into pieces
    REQUIRE(t.two_column_pages == 1);
    const auto lines = lines_of(t);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back() == "1 外務省「中央アジア諸国の天然ガス輸出に関する調査報告書」（2023年）による数値を用いた。");
    CHECK(lines[0].rfind("左", 0) == 0);
}
