// The review page (review.*) on a small hand-built document, and the field
// spans the citation parser records for it (cite.field-spans).
#include <doctest/doctest.h>

#include <string>

#include "citations/citations.hpp"
#include "export/exporters.hpp"
#include "pipeline/pipeline.hpp"
#include "read/render.hpp"

using namespace shiryo;

namespace {

std::size_t count(const std::string& s, const std::string& w) {
    std::size_t n = 0;
    for (std::size_t p = s.find(w); p != std::string::npos; p = s.find(w, p + w.size())) ++n;
    return n;
}

std::string span_text(const Citation& c, const std::string& field) {
    for (const FieldSpan& f : c.spans)
        if (f.field == field) return c.raw.substr(f.begin, f.end - f.begin);
    return "<none>";
}

Document small_document() {
    Document d;
    d.stem = "doc";
    d.source_lines = {"1 はじめに", "本文です\x0c<b>", "表1 人口", "国名 人口", "日本 125", "注", "1 山田「題名」『雑誌』2020年。以上"};
    d.body.push_back(Heading{2, "1", {{InlineKind::Text, "1 はじめに", 0, 1}}, {1, 1}});
    Paragraph p;
    p.content = {{InlineKind::Text, "本文です", 0, 2}, {InlineKind::NoteRef, "1", 1, 2, "note-1"}};
    p.span = {2, 2};
    d.body.push_back(p);
    Table t;
    t.n = 1;
    t.label = "表1";
    t.caption = "人口";
    TableRow h;
    h.header = true;
    h.cells = {{"国名"}, {"人口"}};
    TableRow r;
    TableCell empty;
    empty.type = CellType::Empty;
    r.cells = {{"日本"}, empty};
    t.rows = {h, r};
    t.span = {3, 5};
    t.report = {"grid", 2, 2, 0, -1, {{Severity::Warning, 5, "table-ragged", "a row is short"}}};
    d.body.push_back(t);
    Note n;
    n.id = "note-1";
    n.n = 1;
    n.label = "1";
    n.text = "山田「題名」『雑誌』2020年。以上";
    n.span = {7, 7};
    d.notes.push_back(n);
    Citation c;
    c.note = 1;
    c.note_index = 0;
    c.raw = "山田「題名」『雑誌』2020年。";
    c.raw_offset = 0;
    c.title = "題名";
    c.id = "yamada2020";
    c.spans = {{"title", 9, 15}, {"date", 30, 37}};
    d.citations.push_back(c);
    Citation back;
    back.note_index = 0;
    back.raw = "同上";
    back.raw_offset = 999;   // not in the note text: shown in the list, not linked in the note
    back.repeats = 1;
    back.id = "yamada2020a";
    d.citations.push_back(back);
    d.artefacts = {{ArtefactKind::PageNumber, 6, "12"}, {ArtefactKind::LineWrap, 2, "\n"}};
    d.diagnostics = {{Severity::Warning, 5, "table-ragged", "a row is short"}};
    return d;
}

}  // namespace

TEST_CASE("review.escape: texts escaped, control characters shown as symbols") {
    const std::string page = exporters::to_review_html(small_document());
    CHECK(page.find("本文です\xE2\x90\x8C&lt;b&gt;") != std::string::npos);   // U+240C for the form feed
    CHECK(page.find("<b>") == std::string::npos);
    CHECK(page.find('\x0c') == std::string::npos);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
}

TEST_CASE("review.table-pair: grid, numbered source lines, report") {
    const std::string page = exporters::to_review_html(small_document());
    CHECK(count(page, "<section class=\"table\"") == 1);
    CHECK(count(page, "class=\"cell") == 4);
    CHECK(count(page, "class=\"cell empty\"") == 1);
    CHECK(page.find("<span class=\"ln\">4</span>国名 人口") != std::string::npos);
    CHECK(page.find("<dt>empty cells</dt><dd>1</dd>") != std::string::npos);
    CHECK(page.find("a row is short [table-ragged]") != std::string::npos);
}

TEST_CASE("review.note-links: reference to note and back") {
    const std::string page = exporters::to_review_html(small_document());
    CHECK(page.find("<tr class=\"ref\" id=\"ref-1\">") != std::string::npos);
    CHECK(page.find("<a href=\"#n-note-1\">1</a>") != std::string::npos);
    CHECK(page.find("<a href=\"#ref-1\">line 2</a>") != std::string::npos);
    CHECK(page.find("id=\"n-note-1\"") != std::string::npos);
}

TEST_CASE("review.note-units: citation linked in the note, the rest marked") {
    const std::string page = exporters::to_review_html(small_document());
    CHECK(page.find("<a class=\"cit\" href=\"#c-yamada2020\">山田「題名」『雑誌』2020年。</a><span class=\"unparsed\">以上</span>") !=
          std::string::npos);
    CHECK(page.find("href=\"#c-yamada2020a\"") == std::string::npos);   // its raw is not in the note
    CHECK(page.find("repeats <a href=\"#c-yamada2020\">") != std::string::npos);
}

TEST_CASE("review.field-marks: spans marked, bad spans ignored") {
    Document d = small_document();
    std::string page = exporters::to_review_html(d);
    CHECK(page.find("<mark class=\"f-title\" title=\"title\">題名</mark>") != std::string::npos);
    CHECK(page.find("<mark class=\"f-date\" title=\"date\">2020年</mark>") != std::string::npos);
    d.citations[0].spans = {{"title", 1, 4}, {"date", 30, 400}};   // inside a character; past the end
    page = exporters::to_review_html(d);
    CHECK(page.find("<mark") == std::string::npos);
}

TEST_CASE("review.outline and review.removed") {
    const std::string page = exporters::to_review_html(small_document());
    CHECK(page.find("1 はじめに<span class=\"count\">1 paragraphs, 1 tables</span>") != std::string::npos);
    CHECK(page.find("<td>page number</td><td class=\"mono\">12</td>") != std::string::npos);
    CHECK(page.find("line wrap: 1") != std::string::npos);
    CHECK(page.find("<td>line wrap</td>") == std::string::npos);   // counted, not listed
    CHECK(page.find("id=\"L7\"") != std::string::npos);              // the source listing
}

TEST_CASE("cite.field-spans: the parser says where it read each field") {
    const Citation c = citations::parse_citation("熊倉潤「一帯一路と中国」『国際問題』第 5 号、2021 年、79-84 ページ。", {});
    CHECK(span_text(c, "title") == "一帯一路と中国");
    CHECK(span_text(c, "creators") == "熊倉潤");
    CHECK(span_text(c, "container") == "国際問題");
    CHECK(span_text(c, "date") == "2021 年");
    CHECK(span_text(c, "pages").find("79-84") != std::string::npos);
    CHECK(span_text(c, "volume").find("5") != std::string::npos);
    const Citation w = citations::parse_citation("John Smith, Energy and Empire (London: Harbor Press, 2005), p. 12.", {});
    CHECK(span_text(w, "title") == "Energy and Empire");
    CHECK(span_text(w, "creators") == "John Smith");
    CHECK(span_text(w, "publisher").find("Harbor Press") != std::string::npos);
    CHECK(span_text(w, "date") == "2005");
    for (const FieldSpan& f : w.spans) CHECK(f.end <= w.raw.size());
}

TEST_CASE("cite.field-spans: reference-list entries keep them on the whole entry") {
    const Document d = pipeline::build_document(
        "本文。\n\n参考文献\n\n1. 山田太郎「題名の研究」『雑誌名』第 3 巻、2020 年、10-20 頁。\n", "d");
    for (const Citation& c : d.citations)
        for (const FieldSpan& f : c.spans) CHECK(f.end <= c.raw.size());
    bool found = false;
    for (const Citation& c : d.citations) found |= span_text(c, "title") == "題名の研究";
    CHECK(found);
    CHECK(d.source_lines.size() == 5);
    CHECK(d.source_lines[4].rfind("1. 山田", 0) == 0);
}

TEST_CASE("pdf.table-region: the union of the table's line boxes on its first page") {
    Document d;
    d.source_lines = {"a", "b", "c", "d"};
    d.source_places.resize(4);
    LineGeometry g;
    g.x0 = 100, g.top = 200, g.x1 = 300, g.bottom = 210;
    d.source_places[0] = Document::PlacedLine{2, g};
    g.x0 = 80, g.top = 215, g.x1 = 320, g.bottom = 225;
    d.source_places[1] = Document::PlacedLine{2, g};
    g.x0 = 10, g.top = 10, g.x1 = 500, g.bottom = 20;
    d.source_places[3] = Document::PlacedLine{3, g};   // the next page: left out
    Table t;
    t.span = {1, 4};
    const auto r = read::table_region(d, t);
    REQUIRE(r);
    CHECK(r->page == 2);
    CHECK(r->lines.size() == 2);
    CHECK(r->box.x0 == doctest::Approx(76));
    CHECK(r->box.top == doctest::Approx(196));
    CHECK(r->box.x1 == doctest::Approx(324));
    CHECK(r->box.bottom == doctest::Approx(229));
    t.span = {3, 3};   // a line without a box
    CHECK_FALSE(read::table_region(d, t));
    CHECK_FALSE(read::table_region(Document{}, t));
}

TEST_CASE("pdf.table-column-edges: one cell a line gives each column's left edge") {
    Document d;
    d.source_places.resize(6);
    auto put = [&](int line, double x0, double x1, double top) {
        LineGeometry g;
        g.x0 = x0, g.x1 = x1, g.top = top, g.bottom = top + 10;
        d.source_places[static_cast<std::size_t>(line - 1)] = Document::PlacedLine{1, g};
    };
    put(1, 100, 130, 100), put(2, 200, 240, 100);   // header: two cells, two lines
    put(3, 102, 128, 115), put(4, 198, 230, 115);   // a body row
    put(5, 101, 300, 130);                          // a row read as one line: no evidence
    Table t;
    t.span = {1, 5};
    TableRow h, r1, r2;
    h.header = true;
    h.cells = {TableCell{"国名"}, TableCell{"人口"}};
    h.span = {1, 2};
    r1.cells = {TableCell{"日本"}, TableCell{"125"}};
    r1.span = {3, 4};
    r2.cells = {TableCell{"中国"}, TableCell{"1400"}};
    r2.span = {5, 5};
    t.rows = {h, r1, r2};
    const auto r = read::table_region(d, t);
    REQUIRE(r);
    REQUIRE(r->column_edges.size() == 2);
    CHECK(r->column_edges[0] == doctest::Approx(100));
    CHECK(r->column_edges[1] == doctest::Approx(198));
}

TEST_CASE("pdf.table-region: PNG encoding and the image in the page") {
    std::vector<unsigned char> rgb(3 * 2 * 3, 0);
    rgb[0] = 255;
    const std::string png = read::encode_png(rgb, 3, 2);
    CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    CHECK(png.substr(12, 4) == "IHDR");
    CHECK(png.substr(png.size() - 8, 4) == "IEND");
    Document d = small_document();
    d.table_images.push_back({1, 2, "abcd"});
    const std::string page = exporters::to_review_html(d);
    CHECK(page.find("src=\"data:image/png;base64,YWJjZA==\"") != std::string::npos);
    CHECK(page.find("Page 2 of the PDF") != std::string::npos);
}

TEST_CASE("review page: odd inputs give a whole page, nothing raw in it") {
    const std::string inputs[] = {
        "",
        "\x0c\x0c\x0c",
        "表1 \x01\x02<script>alert(1)</script>\n国名 人口\n日本 \xff\xfe 125\n",
        "注\n1 「」『』\n2 同上\n3 前掲、\n",
        std::string(3000, '\n'),
    };
    for (const std::string& in : inputs) {
        const Document d = pipeline::build_document(in, "odd");
        const std::string page = exporters::to_review_html(d);
        CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(page.find("</html>\n") == page.size() - 8);
        CHECK(page.find("<script>alert") == std::string::npos);
        std::size_t controls = 0;
        for (const char c : page) controls += static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t';
        CHECK(controls == 0);
    }
}
