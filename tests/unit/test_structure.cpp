// Note references in every form the genre uses.
#include <doctest/doctest.h>

#include "pipeline/pipeline.hpp"
#include "structure/structure.hpp"

using namespace shiryo;

namespace {
std::vector<int> refs_of(const std::vector<Inline>& c) {
    std::vector<int> r;
    for (const Inline& i : c)
        if (i.kind == InlineKind::NoteRef) r.push_back(i.note);
    return r;
}
std::vector<Inline> text(const std::string& s) { return {{InlineKind::Text, s, 0, 1}}; }
}  // namespace

TEST_CASE("bold quadrupled markers become references; the body is absent so a warning is given") {
    Document d = pipeline::build_document("制裁が強化された（（（（3333））））。 \n", "t");
    REQUIRE(d.body.size() == 1);
    const auto& p = std::get<Paragraph>(d.body[0]);
    CHECK(refs_of(p.content) == std::vector<int>{3});
    bool warned = false;
    for (const Diagnostic& g : d.diagnostics) warned |= g.code == "note-body-missing";
    CHECK(warned);
}

TEST_CASE("a marker at the end of a bold heading is a reference; the numbering is not") {
    Document d = pipeline::build_document(
        "(2)(2)(2)(2)揺れる外交揺れる外交揺れる外交揺れる外交（（（（9999））））    \n\n本文。 \n", "t");
    const auto& h = std::get<Heading>(d.body.at(0));
    CHECK(refs_of(h.content) == std::vector<int>{9});
    CHECK(h.level == 2);   // (n) is the only numbering style below the chapter here
}

TEST_CASE("explicit （注N） markers are references") {
    Document d = pipeline::build_document("協定が結ばれた（注 4）。 \n", "t");
    CHECK(refs_of(std::get<Paragraph>(d.body.at(0)).content) == std::vector<int>{4});
}

TEST_CASE("bare superscripts: numbers after a word in note order, not counters") {
    auto c = text("懸念が示された 1。会談は 2 回目で、拙稿 2 において述べた。この 3 つの点は重要 3」とされ、2021 年 4 月に");
    int expected = 1;
    structure::find_bare_note_refs(c, {1, 2, 3, 4}, expected);
    CHECK(refs_of(c) == std::vector<int>{1, 2, 3});
    std::string all;
    for (const Inline& i : c) all += i.text;
    CHECK(all == "懸念が示された 1。会談は 2 回目で、拙稿 2 において述べた。この 3 つの点は重要 3」とされ、2021 年 4 月に");
}

TEST_CASE("bare superscripts: ordinals after 第 and numbers without a note are not references") {
    auto c = text("第 1 に、問題は 5。");
    int expected = 1;
    structure::find_bare_note_refs(c, {1, 2}, expected);
    CHECK(refs_of(c).empty());
}

TEST_CASE("plain （n） markers only where notes exist, never （n）～ in a title") {
    auto c = text("関係（1）～親欧米諸国の動き（2）。");
    structure::find_plain_note_refs(c, {1, 2});
    CHECK(refs_of(c) == std::vector<int>{2});
    auto e = text("動き（2）。");
    structure::find_plain_note_refs(e, {});
    CHECK(refs_of(e).empty());
}

TEST_CASE("bare superscripts: a counter after a number is not a reference, and the real ones after it survive") {
    auto c = text("そのうち 4 か国が反対し 1。次に 2 回の協議を経て合意した 2。");
    int expected = 1;
    structure::find_bare_note_refs(c, {1, 2, 3, 4}, expected);
    CHECK(refs_of(c) == std::vector<int>{1, 2});
}

TEST_CASE("bare superscripts: an early false number does not swallow the expected one that follows") {
    // " 3 に" looks like a reference (particle after it), but 1 comes right after: skip it.
    auto c = text("条約第 5 条と議定書 3 によれば、協議は続いた 1。合意は遅れた 2。");
    int expected = 1;
    structure::find_bare_note_refs(c, {1, 2, 3}, expected);
    CHECK(refs_of(c) == std::vector<int>{1, 2});
}

TEST_CASE("explicit markers: （注N with its closing bracket lost") {
    Document d = pipeline::build_document("交渉は難航した（注4。その後も続いた。 \n", "t");
    CHECK(refs_of(std::get<Paragraph>(d.body.at(0)).content) == std::vector<int>{4});
}

TEST_CASE("plain markers: flattened superscripts 1) and asterisk markers ＊2 where the notes exist") {
    auto c = text("関係を築いてきた1)。交渉は続いた＊2。括弧内の(3)は項目。");
    structure::find_plain_note_refs(c, {1, 2});
    CHECK(refs_of(c) == std::vector<int>{1, 2});
}

TEST_CASE("western words wrapped over a line end keep one space; numbers and URLs do not get one") {
    Document d = pipeline::build_document(
        "この段落では、行末で折り返された欧文の扱いを確かめる。題は Civilization and Its\nDiscontents(New York で、Journal,\nVol. 3 の 19\n99 年と <https://example.org/a-\nb> を参照。 \n",
        "t");
    REQUIRE(d.body.size() == 1);
    std::string all;
    for (const Inline& i : std::get<Paragraph>(d.body.at(0)).content) all += i.text;
    CHECK(all == "この段落では、行末で折り返された欧文の扱いを確かめる。題は Civilization and Its Discontents(New York で、Journal, Vol. 3 の 1999 年と <https://example.org/a-b> を参照。");
}

TEST_CASE("plain markers take the notes' own label form: ＊n notes are not referred to by an inline (1)") {
    std::vector<Note> star_notes(2);
    star_notes[0].n = 1;
    star_notes[0].label = "＊1";
    star_notes[1].n = 2;
    star_notes[1].label = "＊2";
    const auto form = structure::marker_form_of_labels(star_notes);
    CHECK(form == structure::MarkerForm::Star);
    auto c = text("要因は(1)資源、(2)輸送であり＊1、協議も続く＊2。");
    structure::find_plain_note_refs(c, {1, 2}, form);
    CHECK(refs_of(c) == std::vector<int>{1, 2});
    int refs_in_brackets = 0;
    for (const Inline& i : c) refs_in_brackets += i.kind == InlineKind::NoteRef && i.text[0] == '(';
    CHECK(refs_in_brackets == 0);
}
