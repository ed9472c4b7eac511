// Unit tests of the notes stage: endnotes after a rule line or under a 注
// heading, footnotes at a page's foot, joining of wrapped lines and URLs.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "notes/notes.hpp"
#include "text/unicode.hpp"

using shiryo::Layout;
using shiryo::Line;
using shiryo::NotePlace;
using shiryo::notes::extract_notes;
using shiryo::notes::join_note_lines;

namespace {

// Lines as the normalise stage would give them: one leading page-break
// space and trailing spaces removed from `text`; a digits-only line is a
// page number.
std::vector<Line> make_lines(const std::vector<std::string>& raws) {
    std::vector<Line> out;
    int n = 0;
    for (const auto& r : raws) {
        Line L;
        L.number = ++n;
        L.raw = r;
        std::string t = r;
        if (!t.empty() && t[0] == ' ') {
            t.erase(0, 1);
            L.leading_space = true;
        }
        while (!t.empty() && t.back() == ' ') {
            t.pop_back();
            L.trailing_space = true;
        }
        L.text = t;
        L.blank = t.empty();
        L.page_start = L.leading_space && !L.blank;
        L.page_number = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        L.width = shiryo::text::display_width(t);
        out.push_back(L);
    }
    return out;
}

bool has(const std::vector<std::size_t>& v, std::size_t i) { return std::find(v.begin(), v.end(), i) != v.end(); }

}  // namespace

TEST_CASE("join_note_lines: Japanese pieces join without a space, Latin words keep one") {
    CHECK(join_note_lines({"山田一郎「北極海航路の", "地政学」『国際問題研究』"}) == "山田一郎「北極海航路の地政学」『国際問題研究』");
    CHECK(join_note_lines({"John Smith, “Energy Politics", "in the Caspian,” 2003."}) ==
          "John Smith, “Energy Politics in the Caspian,” 2003.");
    // after Japanese punctuation no space, also before a URL
    CHECK(join_note_lines({"2019 年 4 月、45-60 頁。", "<https://example.org/a.pdf>"}) ==
          "2019 年 4 月、45-60 頁。<https://example.org/a.pdf>");
    // after a URL and before Japanese commentary: one space when the line
    // ended with a space in the source, none when it did not
    CHECK(join_note_lines({"頁。<https://example.org/a.pdf> ", "（閲覧日は本文参照）"}) ==
          "頁。<https://example.org/a.pdf> （閲覧日は本文参照）");
    CHECK(join_note_lines({"頁。<https://example.org/a.pdf>", "（閲覧日は本文参照）"}) ==
          "頁。<https://example.org/a.pdf>（閲覧日は本文参照）");
    CHECK(join_note_lines({"12.03.2020.", "<https://example.ru/x>"}) == "12.03.2020. <https://example.ru/x>");
}

TEST_CASE("join_note_lines: a URL broken by a line end is rejoined") {
    CHECK(join_note_lines({"号。<http://www.example.jp/files/2020/05/Vol12_p10-", "25_border_regimes.pdf>；「次」"}) ==
          "号。<http://www.example.jp/files/2020/05/Vol12_p10-25_border_regimes.pdf>；「次」");
    // a bare URL too, when the next piece goes on with URL characters
    CHECK(join_note_lines({"available at https://www.example.org/reports/2021/", "annual_review.html accessed"}) ==
          "available at https://www.example.org/reports/2021/annual_review.html accessed");
    CHECK(join_note_lines({"  ", "単独 "}) == "単独");
    CHECK(join_note_lines({}).empty());
}

TEST_CASE("extract_notes: endnotes after a rule line, mixed number forms, page break, broken URL") {
    auto lines = make_lines({
        "本文の段落である 1。別の指摘もある 2。",                                     // 0
        "さらに続く 3。",                                                               // 1
        "",                                                                             // 2
        "―――――――――――――――― ",                                                     // 3
        "1 山田一郎「北極海航路の地政学」『国際問題研究』第 12 巻第 3 号、2019 年、", // 4
        "45-60 頁。<https://www.example.jp/pdf/yamada.pdf> ",                          // 5
        "（本稿の引用は全て 2 月 1 日最終閲覧） ",                                     // 6
        "",                                                                             // 7
        "２ 鈴木花子「ユーラシア外交」『世界』5 月号、2020 年、110-118 頁；「中央ア", // 8
        "ジアの国境」『外政』42 号、2018 年。<http://www.example.jp/up/2018/Vol42_p1-", // 9
        "9_borders.pdf> ",                                                              // 10
        " 3  Interfax, “Talks held,” 03.11.2020.  ",                                   // 11
        "<https://www.example.ru/talks> ",                                              // 12
        "",                                                                             // 13
    });
    Layout layout;
    auto r = extract_notes(lines, layout);
    REQUIRE(r.notes.size() == 3);
    CHECK(r.diagnostics.empty());

    CHECK(r.notes[0].n == 1);
    CHECK(r.notes[0].label == "1");
    CHECK(r.notes[0].place == NotePlace::End);
    CHECK(r.notes[0].text ==
          "山田一郎「北極海航路の地政学」『国際問題研究』第 12 巻第 3 号、2019 年、45-60 頁。"
          "<https://www.example.jp/pdf/yamada.pdf> （本稿の引用は全て 2 月 1 日最終閲覧）");
    CHECK(r.notes[0].span.first == 5);
    CHECK(r.notes[0].span.last == 7);
    CHECK(r.notes[0].ref_count == 0);

    CHECK(r.notes[1].n == 2);
    CHECK(r.notes[1].label == "２");
    CHECK(r.notes[1].text ==
          "鈴木花子「ユーラシア外交」『世界』5 月号、2020 年、110-118 頁；「中央アジアの国境」『外政』42 号、2018 年。"
          "<http://www.example.jp/up/2018/Vol42_p1-9_borders.pdf>");
    CHECK(r.notes[1].span.first == 9);
    CHECK(r.notes[1].span.last == 11);

    CHECK(r.notes[2].n == 3);
    CHECK(r.notes[2].label == "3");
    CHECK(r.notes[2].text == "Interfax, “Talks held,” 03.11.2020. <https://www.example.ru/talks>");
    CHECK(r.notes[2].place == NotePlace::End);

    // the rule line and every note line are consumed, the body is not
    CHECK(has(r.consumed, 3));
    for (std::size_t i = 4; i <= 12; ++i) CHECK(has(r.consumed, i));
    CHECK_FALSE(has(r.consumed, 0));
    CHECK_FALSE(has(r.consumed, 1));
    CHECK(std::is_sorted(r.consumed.begin(), r.consumed.end()));
}

TEST_CASE("extract_notes: notes under a 注 heading with bracketed numbers") {
    auto lines = make_lines({
        "本文（1）と本文（2）がある。",
        "",
        "注",
        "",
        "（1） 外務省「日露外相会談の概要」2021 年 6 月 2 日。",
        "",
        "（2）同上。",
        "",
        "（3） 伊藤五郎『条約と国家』海山社、平成 15 年、",
        "12 頁。",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 3);
    CHECK(r.notes[0].label == "（1）");
    CHECK(r.notes[0].text == "外務省「日露外相会談の概要」2021 年 6 月 2 日。");
    CHECK(r.notes[1].n == 2);
    CHECK(r.notes[1].label == "（2）");
    CHECK(r.notes[1].text == "同上。");
    CHECK(r.notes[2].text == "伊藤五郎『条約と国家』海山社、平成 15 年、12 頁。");
    CHECK(r.notes[2].place == NotePlace::End);
    CHECK(has(r.consumed, 2));   // the heading
    CHECK(has(r.consumed, 9));
    CHECK_FALSE(has(r.consumed, 0));
}

TEST_CASE("extract_notes: 【注】 heading and 注1 markers") {
    auto lines = make_lines({"本文である注1。", "【注】", "注1 山田一郎『北方の海』青海社、2001 年。", "注2 同上、5 頁。"});
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].label == "注1");
    CHECK(r.notes[0].text == "山田一郎『北方の海』青海社、2001 年。");
    CHECK(r.notes[1].text == "同上、5 頁。");
}

TEST_CASE("extract_notes: footnotes （n） at the foot of a page, before its page number") {
    auto lines = make_lines({
        "ロシアは国境の管理を強化した（1）。この動きは他国にも広がった（2）。",   // 0
        "",                                                                          // 1
        "国境警備の協力も進んでいる。",                                              // 2
        "",                                                                          // 3
        "（1） 山田一郎『北方の海』青海社、2001 年、",                              // 4
        "33 頁。",                                                                   // 5
        "（2） 同上、40 頁。",                                                       // 6
        "",                                                                          // 7
        "12",                                                                        // 8 page number
        "",                                                                          // 9
        " 次の頁の本文が続く（3）。",                                               // 10
        "",                                                                          // 11
        "（3） 鈴木花子『海峡の政治』東洋書房、2010 年。",                          // 12
        "13",                                                                        // 13
        " さらに本文。",                                                             // 14
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 3);
    CHECK(r.notes[0].n == 1);
    CHECK(r.notes[0].place == NotePlace::Foot);
    CHECK(r.notes[0].text == "山田一郎『北方の海』青海社、2001 年、33 頁。");
    CHECK(r.notes[1].text == "同上、40 頁。");
    CHECK(r.notes[2].n == 3);
    CHECK(r.notes[2].place == NotePlace::Foot);
    CHECK(has(r.consumed, 4));
    CHECK(has(r.consumed, 6));
    CHECK(has(r.consumed, 12));
    // body paragraphs and page numbers stay with the body
    for (std::size_t i : {0u, 2u, 8u, 10u, 13u, 14u}) CHECK_FALSE(has(r.consumed, i));
}

TEST_CASE("extract_notes: a run of plain-numbered notes at the end of the document") {
    auto lines = make_lines({
        "この点は既に指摘されている 1。別の見方もある 2。",
        "",
        "1 山田一郎『北方の海』青海社、2001 年。",
        "2 John Smith, Energy and Empire (London: Harbor Press, 2005).",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].place == NotePlace::End);
    CHECK(r.notes[1].text == "John Smith, Energy and Empire (London: Harbor Press, 2005).");
}

TEST_CASE("extract_notes: body text is never taken for footnotes") {
    // numbered list items, dates at a line start and bracketed headings are body text
    auto lines = make_lines({
        "結論",
        "",
        "1 月 7 日に大統領は声明を出した。",
        "",
        "1.  ロシアの関与は限定的である。",
        "",
        "2.  米国の行動も影響した。",
        "",
        "（1） はじめに",
        "",
        "本文の段落がここにある。",
        "",
        "15",
        "",
        " 2 年後に状況は変わった。",
    });
    auto r = extract_notes(lines, Layout{});
    CHECK(r.notes.empty());
    CHECK(r.consumed.empty());
    CHECK(r.diagnostics.empty());
}

TEST_CASE("extract_notes: a gap in the numbering is reported") {
    auto lines = make_lines({
        "本文。",
        "――――――――",
        "1 山田一郎『北方の海』青海社、2001 年。",
        "2 同上、5 頁。",
        "4 鈴木花子『海峡の政治』東洋書房、2010 年。",
        "5 同上。",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 4);
    CHECK(r.notes[2].n == 4);
    CHECK(r.notes[3].n == 5);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "note-number-gap");
    CHECK(r.diagnostics[0].line == 5);
}

TEST_CASE("extract_notes: a duplicated bracketed number is reported") {
    auto lines = make_lines({
        "注",
        "（1） 山田一郎『北方の海』青海社、2001 年。",
        "（2） 同上、5 頁。",
        "（2） 鈴木花子『海峡の政治』東洋書房、2010 年。",
        "（3） 同上。",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 4);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "note-number-duplicate");
}

TEST_CASE("extract_notes: continuation lines starting with a number are not new notes") {
    auto lines = make_lines({
        "――――――",
        "1 山田一郎「北極海航路」『国際問題研究』第",
        "2 号、2019 年。",
        "2 鈴木花子「国境」『世界』2020 年",
        "3 月号、5-9 頁。",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].text == "山田一郎「北極海航路」『国際問題研究』第 2 号、2019 年。");
    CHECK(r.notes[1].text == "鈴木花子「国境」『世界』2020 年 3 月号、5-9 頁。");
}

TEST_CASE("extract_notes: no notes in a document without note structure") {
    auto lines = make_lines({"本文だけの文書である。", "", "――9.11 事件後の関係――", "", "以上。"});
    auto r = extract_notes(lines, Layout{});
    CHECK(r.notes.empty());
    CHECK(r.consumed.empty());
}

TEST_CASE("extract_notes: asterisk footnotes at each page's foot keep their printed label") {
    auto lines = make_lines({
        "草原の国の輸出は鉱産物に偏っている＊1。",   // 1
        "",
        "その比率は高い＊2。",
        "",
        "＊1 統計局「貿易統計」<https://stat.example.mn/>",   // 5
        "（2023 年 10 月 1 日最終閲覧）",
        "＊2 山田一郎「草原の経済」『アジア研究』",
        "第 5 巻第 2 号、2020 年、1–9 頁。",
        "",
        "63",   // 10
        "",
        "鉄道の整備が進んだ＊3。",
        "",
        "＊",   // a section break, not a note
        "",
        "＊3 商務部「経貿合作」2022 年 5 月 20 日。",   // 16
        "<http://mn.example.cn/article/202205/",
        "20220503312456.shtml>",
        "",
        "64",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 3);
    CHECK(r.notes[0].label == "＊1");
    CHECK(r.notes[0].place == NotePlace::Foot);
    CHECK(r.notes[0].text == "統計局「貿易統計」<https://stat.example.mn/>（2023 年 10 月 1 日最終閲覧）");
    CHECK(r.notes[1].text == "山田一郎「草原の経済」『アジア研究』第 5 巻第 2 号、2020 年、1–9 頁。");
    CHECK(r.notes[2].n == 3);
    CHECK(r.notes[2].text == "商務部「経貿合作」2022 年 5 月 20 日。<http://mn.example.cn/article/202205/20220503312456.shtml>");
    CHECK(has(r.consumed, 4));
    CHECK(has(r.consumed, 17));
    CHECK_FALSE(has(r.consumed, 13));   // the lone ＊
    CHECK_FALSE(has(r.consumed, 0));
}

TEST_CASE("extract_notes: ※n and *n endnotes under a notes heading") {
    auto lines = make_lines({
        "本文である※1。さらに※2。",
        "",
        "【注】",
        "※1 山田一郎『北方の海』青海社、2001 年。",
        "※2 同上、5 頁。",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 2);
    CHECK(r.notes[0].label == "※1");
    CHECK(r.notes[1].text == "同上、5 頁。");
    CHECK(r.notes[1].place == NotePlace::End);

    auto ascii = make_lines({"本文*１。", "", "注", "*１ Smith, Energy, 2001.", "*２ Ibid., p. 5."});
    auto r2 = extract_notes(ascii, Layout{});
    REQUIRE(r2.notes.size() == 2);
    CHECK(r2.notes[0].label == "*１");
    CHECK(r2.notes[1].n == 2);
}

TEST_CASE("extract_notes: a wrapped line starting with a bare number continues a 1)-style note") {
    auto lines = make_lines({
        "本文である1)。別の論文2)。同上3)。",
        "――――――――",
        "1) 山田一郎「国境の政治」『地域研究』第 3 号、2019 年。",
        "2) Anna Berg, “Small States and Alliances,” Regional Studies, Vol. 12, No.",
        "4 (2021), pp. 101–120.",
        "3) Ibid., p. 110.",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 3);
    CHECK(r.notes[1].text == "Anna Berg, “Small States and Alliances,” Regional Studies, Vol. 12, No. 4 (2021), pp. 101–120.");
    CHECK(r.notes[2].n == 3);
    CHECK(r.notes[2].text == "Ibid., p. 110.");
    CHECK(r.diagnostics.empty());
}

TEST_CASE("extract_notes: in a bare-number list, a line after a mid-citation end continues the note") {
    auto lines = make_lines({
        "本文である 1。続く 2。",
        "",
        "注",
        "1 Anna Berg, “Small States,” Regional Studies, Vol.",
        "2 (2019), pp. 5–9.",
        "2 Ibid., p. 7.",
        "3 Ken Sato, Border Politics (Tokyo: Sora Press, 2018),",
        "4 vols.",
    });
    auto r = extract_notes(lines, Layout{});
    REQUIRE(r.notes.size() == 3);
    CHECK(r.notes[0].text == "Anna Berg, “Small States,” Regional Studies, Vol. 2 (2019), pp. 5–9.");
    CHECK(r.notes[1].text == "Ibid., p. 7.");
    CHECK(r.notes[2].text == "Ken Sato, Border Politics (Tokyo: Sora Press, 2018), 4 vols.");

    // a trailing space says the line was complete: the number starts a note
    auto spaced = make_lines({"本文 1。続く 2。", "", "注", "1 Anna Berg, Regional Studies, Vol. ", "2 Ibid., p. 7."});
    auto r2 = extract_notes(spaced, Layout{});
    REQUIRE(r2.notes.size() == 2);
    CHECK(r2.notes[1].text == "Ibid., p. 7.");
}
