// Unit tests of the citations stage. Every citation string here is made up
// for the test; each case asserts every field (empty ones included).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "citations/citations.hpp"

using shiryo::Citation;
using shiryo::Note;
using namespace shiryo::citations;

namespace {

struct Expect {
    std::string type{};
    std::vector<std::string> authors{}, editors{}, translators{};
    std::string title{}, container{}, publisher{}, genre{}, date{}, volume{}, issue{}, pages{}, url{}, accessed{},
        lang{};
    std::string raw{};   // empty: the whole input
};

void check_all(const Citation& c, const Expect& e, const std::string& input) {
    INFO("citation: " << input);
    CHECK(c.type == e.type);
    CHECK(c.authors == e.authors);
    CHECK(c.editors == e.editors);
    CHECK(c.translators == e.translators);
    CHECK(c.title == e.title);
    CHECK(c.container == e.container);
    CHECK(c.publisher == e.publisher);
    CHECK(c.genre == e.genre);
    CHECK(c.date == e.date);
    CHECK(c.volume == e.volume);
    CHECK(c.issue == e.issue);
    CHECK(c.pages == e.pages);
    CHECK(c.url == e.url);
    CHECK(c.accessed == e.accessed);
    CHECK(c.lang == e.lang);
    CHECK(c.raw == (e.raw.empty() ? input : e.raw));
    CHECK(c.id.empty());
    CHECK(c.repeats == 0);
}

void check_one(const std::string& input, const Expect& e, const std::string& author = "") {
    CitationContext ctx;
    ctx.document_author = author;
    check_all(parse_citation(input, ctx), e, input);
}

Note note(int n, std::string text) {
    Note x;
    x.n = n;
    x.text = std::move(text);
    x.span = {10 * n, 10 * n + 1};
    return x;
}

}  // namespace

// ---------------------------------------------------------------- Japanese

TEST_CASE("citation: Japanese journal article with 第 3 巻第 2 号") {
    check_one("山田一郎「北極海航路の地政学」『国際問題研究』第 12 巻第 3 号、2019 年 4 月、45-60 頁。",
              {.type = "article-journal", .authors = {"山田一郎"}, .title = "北極海航路の地政学",
               .container = "国際問題研究", .date = "2019-04", .volume = "12", .issue = "3", .pages = "45-60",
               .lang = "ja"});
}

TEST_CASE("citation: Japanese journal article with 号 only and a URL") {
    check_one("川口真理「国境地帯の水資源」『環境と外交』42 号、2018 年 11 月、7-19 ページ。"
              "<http://www.example.jp/journal/42/kawaguchi.pdf>",
              {.type = "article-journal", .authors = {"川口真理"}, .title = "国境地帯の水資源",
               .container = "環境と外交", .date = "2018-11", .issue = "42", .pages = "7-19",
               .url = "http://www.example.jp/journal/42/kawaguchi.pdf", .lang = "ja"});
}

TEST_CASE("citation: Japanese magazine article, 月号 gives the issue and the month") {
    check_one("鈴木花子「ユーラシア外交の転換」『世界』5 月号、2020 年、110-118 ページ。",
              {.type = "article-magazine", .authors = {"鈴木花子"}, .title = "ユーラシア外交の転換",
               .container = "世界", .date = "2020-05", .issue = "5", .pages = "110-118", .lang = "ja"});
}

TEST_CASE("citation: Japanese edited book with 編") {
    check_one("佐藤次郎編『中央アジアの安全保障』東洋書房、2015 年。",
              {.type = "book", .editors = {"佐藤次郎"}, .title = "中央アジアの安全保障", .publisher = "東洋書房",
               .date = "2015", .lang = "ja"});
}

TEST_CASE("citation: Japanese chapter in an edited book") {
    check_one("田中三郎「国境管理の制度設計」佐藤次郎・木村四季編『中央アジアの安全保障』東洋書房、2015 年、23-41 頁。",
              {.type = "chapter", .authors = {"田中三郎"}, .editors = {"佐藤次郎", "木村四季"},
               .title = "国境管理の制度設計", .container = "中央アジアの安全保障", .publisher = "東洋書房",
               .date = "2015", .pages = "23-41", .lang = "ja"});
}

TEST_CASE("citation: translated book, 著 and 訳") {
    check_one("ジョン・ドウ著、高橋四郎訳『冷戦後の世界秩序』青空出版、2008 年。",
              {.type = "book", .authors = {"ジョン・ドウ"}, .translators = {"高橋四郎"}, .title = "冷戦後の世界秩序",
               .publisher = "青空出版", .date = "2008", .lang = "ja"});
}

TEST_CASE("citation: translated book, translator in brackets") {
    check_one("ジョン・ドウ（高橋四郎訳）『冷戦後の世界秩序』青空出版、2008 年、12 頁。",
              {.type = "book", .authors = {"ジョン・ドウ"}, .translators = {"高橋四郎"}, .title = "冷戦後の世界秩序",
               .publisher = "青空出版", .date = "2008", .pages = "12", .lang = "ja"});
}

TEST_CASE("citation: Japanese newspaper article with a date and page") {
    check_one("「対ロ制裁の新段階」『毎朝新聞』2022 年 3 月 5 日朝刊、3 面。",
              {.type = "article-newspaper", .title = "対ロ制裁の新段階", .container = "毎朝新聞",
               .date = "2022-03-05", .pages = "3", .lang = "ja"});
}

TEST_CASE("citation: Japanese government web page with URL and 最終閲覧") {
    check_one("外務省「日露外相会談の概要」2021 年 6 月 2 日。<https://www.example.go.jp/press/page1.html>"
              "（2022 年 1 月 10 日最終閲覧）",
              {.type = "webpage", .authors = {"外務省"}, .title = "日露外相会談の概要", .date = "2021-06-02",
               .url = "https://www.example.go.jp/press/page1.html", .accessed = "2022-01-10", .lang = "ja"});
}

TEST_CASE("citation: an access remark without a year gives no access date") {
    check_one("防衛省「防衛交流の現状」2020 年 4 月。<https://www.example.go.jp/exchange.html>（3 月 1 日閲覧）",
              {.type = "webpage", .authors = {"防衛省"}, .title = "防衛交流の現状", .date = "2020-04",
               .url = "https://www.example.go.jp/exchange.html", .lang = "ja"});
}

TEST_CASE("citation: era year 平成 in a book") {
    check_one("伊藤五郎『条約と国家』海山社、平成 15 年。",
              {.type = "book", .authors = {"伊藤五郎"}, .title = "条約と国家", .publisher = "海山社", .date = "2003",
               .lang = "ja"});
}

TEST_CASE("citation: era year 令和 with a month in a journal") {
    check_one("中村六子「北東アジアの秩序」『アジア研究』第 68 巻第 1 号、令和 4 年 2 月、1-15 頁。",
              {.type = "article-journal", .authors = {"中村六子"}, .title = "北東アジアの秩序",
               .container = "アジア研究", .date = "2022-02", .volume = "68", .issue = "1", .pages = "1-15",
               .lang = "ja"});
}

TEST_CASE("citation: chapter in a research report with a genre") {
    check_one("小川七郎「極東開発と日本：『北方構想』の再検討」『転換期のユーラシア』研究会報告書、"
              "東西政策研究所、2019 年、5-18 ページ。",
              {.type = "chapter", .authors = {"小川七郎"}, .title = "極東開発と日本：『北方構想』の再検討",
               .container = "転換期のユーラシア", .publisher = "東西政策研究所", .genre = "研究会報告書",
               .date = "2019", .pages = "5-18", .lang = "ja"});
}

TEST_CASE("citation: nested quotation brackets stay in the title") {
    check_one("森八重「海洋秩序とは何か－「航行の自由」の論理」『外政』12 号、2017 年 9 月、3-9 頁。",
              {.type = "article-journal", .authors = {"森八重"}, .title = "海洋秩序とは何か－「航行の自由」の論理",
               .container = "外政", .date = "2017-09", .issue = "12", .pages = "3-9", .lang = "ja"});
}

TEST_CASE("citation: Japanese thesis") {
    check_one("小林七海『ロシア極東の開発政策』博士論文、東都大学、2017 年。",
              {.type = "thesis", .authors = {"小林七海"}, .title = "ロシア極東の開発政策", .publisher = "東都大学",
               .genre = "博士論文", .date = "2017", .lang = "ja"});
}

TEST_CASE("citation: report by an organisation") {
    check_one("国際情勢研究会『ユーラシア地域の安全保障環境』研究報告書、日本平和研究所、2020 年 3 月。",
              {.type = "report", .authors = {"国際情勢研究会"}, .title = "ユーラシア地域の安全保障環境",
               .publisher = "日本平和研究所", .genre = "研究報告書", .date = "2020-03", .lang = "ja"});
}

TEST_CASE("citation: article on a web site named after the title") {
    check_one("「中央アジアの水と電力」Asia Watch Online、2022 年 2 月。<https://www.example.com/ja/asia/123/>",
              {.type = "webpage", .title = "中央アジアの水と電力", .container = "Asia Watch Online",
               .date = "2022-02", .url = "https://www.example.com/ja/asia/123/", .lang = "ja"});
}

TEST_CASE("citation: 拙稿 names the document's author") {
    check_one("拙稿「北極圏の安全保障」『極地研究』第 5 巻第 2 号、2016 年、77-90 頁。",
              {.type = "article-journal", .authors = {"北野冬子"}, .title = "北極圏の安全保障",
               .container = "極地研究", .date = "2016", .volume = "5", .issue = "2", .pages = "77-90", .lang = "ja"},
              "北野冬子");
}

// ---------------------------------------------------------------- English

TEST_CASE("citation: English journal article with Vol./No./pp.") {
    check_one("John Smith, “Energy Politics in the Caspian,” Journal of Eurasian Affairs, Vol. 3, No. 2 (2003), pp. 1-20.",
              {.type = "article-journal", .authors = {"John Smith"}, .title = "Energy Politics in the Caspian",
               .container = "Journal of Eurasian Affairs", .date = "2003", .volume = "3", .issue = "2",
               .pages = "1-20", .lang = "en"});
}

TEST_CASE("citation: English journal article by two authors") {
    check_one("Jane Doe and Richard Roe, “Pipelines and Power,” Central Asia Review, Vol. 14, No. 1 (2011), pp. 33-52.",
              {.type = "article-journal", .authors = {"Jane Doe", "Richard Roe"}, .title = "Pipelines and Power",
               .container = "Central Asia Review", .date = "2011", .volume = "14", .issue = "1", .pages = "33-52",
               .lang = "en"});
}

TEST_CASE("citation: English journal article in Chicago volume(issue) form") {
    check_one("Ann Lee, \"Steppe Borders,\" Eurasian Studies Quarterly 12(3) (2019): 45-67.",
              {.type = "article-journal", .authors = {"Ann Lee"}, .title = "Steppe Borders",
               .container = "Eurasian Studies Quarterly", .date = "2019", .volume = "12", .issue = "3",
               .pages = "45-67", .lang = "en"});
}

TEST_CASE("citation: English book with (Place: Publisher, Year)") {
    check_one("Smith, John, Energy and Empire (London: Harbor Press, 2005), p. 12.",
              {.type = "book", .authors = {"Smith, John"}, .title = "Energy and Empire", .publisher = "Harbor Press",
               .date = "2005", .pages = "12", .lang = "en"});
}

TEST_CASE("citation: English book in author-date form") {
    check_one("Brown, A. (2010). Sanctions and States. Boston: Riverbank Publishers.",
              {.type = "book", .authors = {"Brown, A."}, .title = "Sanctions and States",
               .publisher = "Riverbank Publishers", .date = "2010", .lang = "en"});
}

TEST_CASE("citation: English chapter in an edited book") {
    check_one("Mary Major, \"Border Regimes in Transition,\" in Peter Minor (ed.), Frontiers of Eurasia "
              "(Cambridge: Lakeside University Press, 2012), pp. 101-125.",
              {.type = "chapter", .authors = {"Mary Major"}, .editors = {"Peter Minor"},
               .title = "Border Regimes in Transition", .container = "Frontiers of Eurasia",
               .publisher = "Lakeside University Press", .date = "2012", .pages = "101-125", .lang = "en"});
}

TEST_CASE("citation: English government web page with an access date") {
    check_one("U.S. Department of State, “Joint Statement on Regional Security,” March 3, 2021, "
              "https://www.state.example.gov/joint-statement (accessed May 1, 2021).",
              {.type = "webpage", .authors = {"U.S. Department of State"}, .title = "Joint Statement on Regional Security",
               .date = "2021-03-03", .url = "https://www.state.example.gov/joint-statement", .accessed = "2021-05-01",
               .lang = "en"});
}

TEST_CASE("citation: English news agency item") {
    check_one("Reuters, “Oil prices fall on supply news,” 2 March 2022, https://www.reuters.example.com/markets/oil.",
              {.type = "article-newspaper", .authors = {"Reuters"}, .title = "Oil prices fall on supply news",
               .date = "2022-03-02", .url = "https://www.reuters.example.com/markets/oil", .lang = "en",
               .raw = "Reuters, “Oil prices fall on supply news,” 2 March 2022, https://www.reuters.example.com/markets/oil."});
}

TEST_CASE("citation: English web magazine with an access date") {
    check_one("Green, Tom, “Gas Wars,” The Eurasia Monitor, 12 April 2019, https://www.monitor.example.org/gas-wars "
              "(accessed 20 May 2019).",
              {.type = "webpage", .authors = {"Green, Tom"}, .title = "Gas Wars", .container = "The Eurasia Monitor",
               .date = "2019-04-12", .url = "https://www.monitor.example.org/gas-wars", .accessed = "2019-05-20",
               .lang = "en"});
}

// ---------------------------------------------------------------- Russian

TEST_CASE("citation: Russian news agency with DD.MM.YYYY") {
    check_one("Интерфакс, “Путин провел переговоры с лидерами стран ЕАЭС,” 03.11.2020. <https://www.interfax.example.ru/russia/123456>",
              {.type = "article-newspaper", .authors = {"Интерфакс"},
               .title = "Путин провел переговоры с лидерами стран ЕАЭС", .date = "2020-11-03",
               .url = "https://www.interfax.example.ru/russia/123456", .lang = "ru"});
}

TEST_CASE("citation: Russian newspaper with «» quotes") {
    check_one("Коммерсантъ, «Газ и политика на Каспии», 15.03.2019.",
              {.type = "article-newspaper", .authors = {"Коммерсантъ"}, .title = "Газ и политика на Каспии",
               .date = "2019-03-15", .lang = "ru"});
}

TEST_CASE("citation: Russian journal article in GOST form") {
    check_one("Петров П.П. Энергетическая политика // Мировая экономика. 2015. № 4. С. 10-25.",
              {.type = "article-journal", .authors = {"Петров П.П."}, .title = "Энергетическая политика",
               .container = "Мировая экономика", .date = "2015", .issue = "4", .pages = "10-25", .lang = "ru"});
}

// ---------------------------------------------------------------- Chinese

TEST_CASE("citation: Chinese government page with YYYY 年 M 月 D 日") {
    check_one("中华人民共和国商务部「关于进一步扩大对外开放的通知」2020 年 5 月 12 日。"
              "<http://www.mofcom.example.cn/article/abc/20200512.shtml>",
              {.type = "webpage", .authors = {"中华人民共和国商务部"}, .title = "关于进一步扩大对外开放的通知",
               .date = "2020-05-12", .url = "http://www.mofcom.example.cn/article/abc/20200512.shtml", .lang = "zh"});
}

TEST_CASE("citation: Chinese ministry page in Japanese script, recognised by its site") {
    check_one("中国外交部「王毅会見外国使節」2019 年 10 月 3 日。<https://www.fmprc.example.cn/web/t123.shtml>",
              {.type = "webpage", .authors = {"中国外交部"}, .title = "王毅会見外国使節", .date = "2019-10-03",
               .url = "https://www.fmprc.example.cn/web/t123.shtml", .lang = "zh"});
}

TEST_CASE("citation: Chinese news site ending in 网") {
    check_one("人民网「中亚合作论坛开幕」2021 年 3 月 1 日。<http://world.people.example.com/n1/2021/0301/c1002.html>",
              {.type = "article-newspaper", .authors = {"人民网"}, .title = "中亚合作论坛开幕", .date = "2021-03-01",
               .url = "http://world.people.example.com/n1/2021/0301/c1002.html", .lang = "zh"});
}

TEST_CASE("citation: Chinese journal with 《》 and 第 N 期") {
    check_one("王明「一带一路与中亚合作」《国际观察》2019 年第 4 期、12-20 頁。",
              {.type = "article-journal", .authors = {"王明"}, .title = "一带一路与中亚合作", .container = "国际观察",
               .date = "2019", .issue = "4", .pages = "12-20", .lang = "zh"});
}

// ---------------------------------------------------------------- back-references

TEST_CASE("back-references: 同上, Ibid., 前掲, op. cit. are resolved") {
    CitationContext ctx;
    std::vector<Citation> v;
    v.push_back(parse_citation("John Smith, Energy and Empire (London: Harbor Press, 2005), p. 12.", ctx));
    v.push_back(parse_citation("Ibid., p. 25.", ctx));
    v.push_back(parse_citation("山田一郎『北方の海』青海社、2001 年、33 頁。", ctx));
    v.push_back(parse_citation("同上、15 頁。", ctx));
    v.push_back(parse_citation("Smith, op. cit., p. 3.", ctx));
    v.push_back(parse_citation("山田、前掲書、40 頁。", ctx));

    // before resolution the back-references carry only what they say
    CHECK(v[1].title.empty());
    CHECK(v[1].pages == "25");
    CHECK(v[1].type.empty());
    CHECK(v[4].authors == std::vector<std::string>{"Smith"});
    CHECK(v[4].pages == "3");

    resolve_back_references(v);
    CHECK(v[0].repeats == 0);
    CHECK(v[1].repeats == 1);
    CHECK(v[1].title == "Energy and Empire");
    CHECK(v[1].authors == std::vector<std::string>{"John Smith"});
    CHECK(v[1].publisher == "Harbor Press");
    CHECK(v[1].date == "2005");
    CHECK(v[1].type == "book");
    CHECK(v[1].pages == "25");   // its own pages are kept
    CHECK(v[1].raw == "Ibid., p. 25.");

    CHECK(v[3].repeats == 3);
    CHECK(v[3].title == "北方の海");
    CHECK(v[3].authors == std::vector<std::string>{"山田一郎"});
    CHECK(v[3].pages == "15");

    CHECK(v[4].repeats == 1);   // Smith's book, not the Japanese one before it
    CHECK(v[4].authors == std::vector<std::string>{"John Smith"});   // the name as the original gives it
    CHECK(v[4].title == "Energy and Empire");
    CHECK(v[4].pages == "3");

    CHECK(v[5].repeats == 3);
    CHECK(v[5].authors == std::vector<std::string>{"山田一郎"});
    CHECK(v[5].title == "北方の海");
    CHECK(v[5].pages == "40");
}

TEST_CASE("back-references: 前掲注 N points at the note") {
    CitationContext ctx;
    auto a = parse_note(note(1, "鈴木花子『海峡の政治』東洋書房、2010 年。"), ctx);
    auto b = parse_note(note(2, "山田一郎『北方の海』青海社、2001 年。"), ctx);
    auto c = parse_note(note(3, "前掲注 1、8 頁。"), ctx);
    std::vector<Citation> v;
    for (auto* x : {&a, &b, &c}) v.insert(v.end(), x->begin(), x->end());
    REQUIRE(v.size() == 3);
    resolve_back_references(v);
    CHECK(v[2].repeats == 1);
    CHECK(v[2].title == "海峡の政治");
    CHECK(v[2].pages == "8");
    CHECK(v[2].note == 3);
}

// ---------------------------------------------------------------- notes into citations

TEST_CASE("parse_note: commentary before, a ； list sharing the 拙稿 author") {
    CitationContext ctx;
    ctx.document_author = "北野冬子";
    const std::string text =
        "この点については以下の拙稿を参照。「中露関係の新段階」『現代政治』第 8 巻第 1 号、2018 年、5-20 頁；"
        "「上海協力機構の拡大」『アジア評論』2019 年 7 月号、30-38 頁。";
    auto v = parse_note(note(4, text), ctx);
    REQUIRE(v.size() == 2);
    CHECK(v[0].note == 4);
    CHECK(v[0].seq == 1);
    CHECK(v[0].authors == std::vector<std::string>{"北野冬子"});
    CHECK(v[0].title == "中露関係の新段階");
    CHECK(v[0].type == "article-journal");
    CHECK(v[0].raw == "「中露関係の新段階」『現代政治』第 8 巻第 1 号、2018 年、5-20 頁");
    CHECK(text.substr(v[0].raw_offset, v[0].raw.size()) == v[0].raw);
    CHECK(v[0].span.first == 40);
    CHECK(v[1].seq == 2);
    CHECK(v[1].authors == std::vector<std::string>{"北野冬子"});
    CHECK(v[1].type == "article-magazine");
    CHECK(v[1].date == "2019-07");
    CHECK(v[1].issue == "7");
    CHECK(text.substr(v[1].raw_offset, v[1].raw.size()) == v[1].raw);
    for (const auto& c : v) CHECK(c.id.empty());
}

TEST_CASE("parse_note: the author named first is shared by the rest of the list") {
    CitationContext ctx;
    auto v = parse_note(note(2, "詳しくは、山田一郎「北極海航路」『海洋政策』第 3 巻第 1 号、2019 年、1-9 頁；"
                                "「北方の港湾」『港湾研究』15 号、2020 年 6 月、20-29 頁。<https://www.example.jp/p.pdf>"),
                        ctx);
    REQUIRE(v.size() == 2);
    CHECK(v[0].authors == std::vector<std::string>{"山田一郎"});
    CHECK(v[0].raw == "山田一郎「北極海航路」『海洋政策』第 3 巻第 1 号、2019 年、1-9 頁");
    CHECK(v[1].authors == std::vector<std::string>{"山田一郎"});
    CHECK(v[1].url == "https://www.example.jp/p.pdf");
    CHECK(v[1].issue == "15");
}

TEST_CASE("parse_note: 同「…」 repeats the author of the previous work") {
    CitationContext ctx;
    auto v = parse_note(note(5, "鈴木花子『海峡の政治』東洋書房、2010 年。同「海峡の経済」『海洋と社会』3 号、2012 年、4-8 頁。"), ctx);
    REQUIRE(v.size() == 2);
    CHECK(v[1].authors == std::vector<std::string>{"鈴木花子"});
    CHECK(v[1].title == "海峡の経済");
}

TEST_CASE("parse_note: commentary after a citation and a trailing remark are not citations") {
    CitationContext ctx;
    auto v = parse_note(note(1, "山田一郎『北方の海』青海社、2001 年、33 頁。なお、この点は別の機会に論じたい。"), ctx);
    REQUIRE(v.size() == 1);
    CHECK(v[0].raw == "山田一郎『北方の海』青海社、2001 年、33 頁。");
    CHECK(v[0].raw_offset == 0);

    auto w = parse_note(note(2, "外務省「会談の概要」2021 年 6 月 2 日。<https://www.example.go.jp/a.html> "
                                "（本稿の引用は全て 1 月 27 日最終閲覧）"),
                        ctx);
    REQUIRE(w.size() == 1);
    CHECK(w[0].url == "https://www.example.go.jp/a.html");
    CHECK(w[0].accessed.empty());
    CHECK(w[0].raw == "外務省「会談の概要」2021 年 6 月 2 日。<https://www.example.go.jp/a.html>");
}

TEST_CASE("parse_note: notes without a bibliographic shape give no citation") {
    CitationContext ctx;
    CHECK(parse_note(note(1, "筆者によるインタビュー（2021 年 3 月、モスクワ）。"), ctx).empty());
    CHECK(parse_note(note(2, "大統領は「協力を続ける」と述べた。"), ctx).empty());
    CHECK(parse_note(note(3, "This point is discussed further in section 3."), ctx).empty());
    CHECK(parse_note(note(4, ""), ctx).empty());
    // a quoted term followed by a date that runs on into the sentence
    CHECK(parse_note(note(5, "1998 年の「草原宣言」、2004 年の改正に続く動きである。"), ctx).empty());
}

// ---------------------------------------------------------------- body text

TEST_CASE("find_in_body: 拙稿 and author「title」『container』 shapes in a paragraph") {
    CitationContext ctx;
    ctx.document_author = "北野冬子";
    const std::string para =
        "両国の関係は変化している（この点については、拙稿「海峡をめぐる協力」『変わる北東アジア―新しい秩序へ』"
        "北洋出版、2022年所収を参照されたい）。また大統領は「協力を続ける」と述べた。山田一郎「北極海航路」"
        "『海洋政策』第 3 巻第 1 号、2019 年も同様の見方を示す。";
    auto v = find_in_body(para, ctx);
    REQUIRE(v.size() == 2);
    check_all(v[0],
              {.type = "chapter", .authors = {"北野冬子"}, .title = "海峡をめぐる協力",
               .container = "変わる北東アジア―新しい秩序へ", .publisher = "北洋出版", .date = "2022", .lang = "ja",
               .raw = "拙稿「海峡をめぐる協力」『変わる北東アジア―新しい秩序へ』北洋出版、2022年"},
              para);
    CHECK(v[0].note == 0);
    CHECK(para.substr(v[0].raw_offset, v[0].raw.size()) == v[0].raw);
    check_all(v[1],
              {.type = "article-journal", .authors = {"山田一郎"}, .title = "北極海航路", .container = "海洋政策",
               .date = "2019", .volume = "3", .issue = "1", .lang = "ja",
               .raw = "山田一郎「北極海航路」『海洋政策』第 3 巻第 1 号、2019 年"},
              para);
    CHECK(para.substr(v[1].raw_offset, v[1].raw.size()) == v[1].raw);
}

TEST_CASE("find_in_body: quotations are not citations") {
    CitationContext ctx;
    CHECK(find_in_body("大統領は「協力を続ける」と述べ、『新しい道』という構想を示した。", ctx).empty());
    CHECK(find_in_body("", ctx).empty());
}

// ---------------------------------------------------------------- dates

TEST_CASE("parse_date: the genre's forms") {
    CHECK(parse_date("2021 年 9 月") == "2021-09");
    CHECK(parse_date("2021 年 7 月 29 日") == "2021-07-29");
    CHECK(parse_date("２０２１年７月２９日") == "2021-07-29");
    CHECK(parse_date("2021年") == "2021");
    CHECK(parse_date("16.07.2021") == "2021-07-16");
    CHECK(parse_date("平成15年") == "2003");
    CHECK(parse_date("平成 15 年 3 月") == "2003-03");
    CHECK(parse_date("平成元年") == "1989");
    CHECK(parse_date("平成十五年") == "2003");
    CHECK(parse_date("令和4年") == "2022");
    CHECK(parse_date("令和 4 年 2 月 1 日") == "2022-02-01");
    CHECK(parse_date("昭和 64 年") == "1989");
    CHECK(parse_date("(2003)") == "2003");
    CHECK(parse_date("March 3, 2021") == "2021-03-03");
    CHECK(parse_date("3 March 2021") == "2021-03-03");
    CHECK(parse_date("Sept. 2019") == "2019-09");
    CHECK(parse_date("16 июля 2021 г.") == "2021-07-16");
    CHECK(parse_date("2021-07-29") == "2021-07-29");
    CHECK(parse_date("2021/7/29") == "2021-07-29");
    // not dates
    CHECK(parse_date("1 月 27 日最終閲覧").empty());
    CHECK(parse_date("79-84 ページ").empty());
    CHECK(parse_date("2000 人").empty());
    CHECK(parse_date("").empty());
    CHECK(parse_date("Vol. 12").empty());
}

// ---------------------------------------------------------------- more shapes

TEST_CASE("citation: British single quotes with an apostrophe inside the title") {
    check_one("Smith, J., ‘Russia’s Pivot to Asia’, Pacific Affairs, 44 (2015), 101-120.",
              {.type = "article-journal", .authors = {"Smith, J."}, .title = "Russia’s Pivot to Asia",
               .container = "Pacific Affairs", .date = "2015", .volume = "44", .pages = "101-120", .lang = "en"});
}

TEST_CASE("citation: Japanese author-date form and a container in brackets") {
    check_one("山田一郎（2001）『北方の海』青海社。",
              {.type = "book", .authors = {"山田一郎"}, .title = "北方の海", .publisher = "青海社", .date = "2001",
               .lang = "ja"});
    check_one("山田一郎「北極海航路」（『海洋政策』第 3 巻第 1 号、2019 年）。",
              {.type = "article-journal", .authors = {"山田一郎"}, .title = "北極海航路", .container = "海洋政策",
               .date = "2019", .volume = "3", .issue = "1", .lang = "ja"});
}

TEST_CASE("citation: English chapter with ed. before the editor") {
    check_one("Anna Ivanova, “Water and Power,” in The Book of Rivers, ed. Peter Pan (New York: Delta Press, 1999), 12-30.",
              {.type = "chapter", .authors = {"Anna Ivanova"}, .editors = {"Peter Pan"}, .title = "Water and Power",
               .container = "The Book of Rivers", .publisher = "Delta Press", .date = "1999", .pages = "12-30",
               .lang = "en"});
}

TEST_CASE("parse_note: works one after another in one sentence are split") {
    CitationContext ctx;
    auto v = parse_note(note(6, "山田一郎『北方の海』青海社、2001 年、鈴木花子『海峡の政治』東洋書房、2010 年。"), ctx);
    REQUIRE(v.size() == 2);
    CHECK(v[0].raw == "山田一郎『北方の海』青海社、2001 年");
    CHECK(v[0].authors == std::vector<std::string>{"山田一郎"});
    CHECK(v[1].authors == std::vector<std::string>{"鈴木花子"});
    CHECK(v[1].title == "海峡の政治");
    CHECK(v[1].publisher == "東洋書房");
    CHECK(v[1].seq == 2);
}

TEST_CASE("parse_note: \"See also\" starts a new citation; a sentence after 。 does not inherit an author") {
    CitationContext ctx;
    auto v = parse_note(note(7, "John Smith, “Supranational Governance,” Journal of Europe, Vol. 2, No. 1 (2001), pp. 5-9. "
                                "See also Jane Doe, Borders (Oxford: Isis Press, 2003)."),
                        ctx);
    REQUIRE(v.size() == 2);
    CHECK(v[0].type == "article-journal");
    CHECK(v[0].pages == "5-9");
    CHECK(v[1].authors == std::vector<std::string>{"Jane Doe"});
    CHECK(v[1].title == "Borders");
    CHECK(v[1].type == "book");
    CHECK(v[1].raw == "Jane Doe, Borders (Oxford: Isis Press, 2003).");

    auto w = parse_note(note(8, "外務省「日米首脳会談」2021 年 4 月 16 日。「日中外相会談」『毎朝新聞』2021 年 5 月 1 日。"), ctx);
    REQUIRE(w.size() == 2);
    CHECK(w[0].authors == std::vector<std::string>{"外務省"});
    CHECK(w[1].authors.empty());
    CHECK(w[1].type == "article-newspaper");
}

TEST_CASE("back-references: 同上 in a note skips citations in body text; 前掲 inside a title is not one") {
    CitationContext ctx;
    std::vector<Citation> v;
    auto a = parse_note(note(1, "山田一郎『北方の海』青海社、2001 年。"), ctx);
    v.insert(v.end(), a.begin(), a.end());
    auto body = find_in_body("また鈴木花子「海峡」『海洋と社会』東洋書房、2010 年も参照。", ctx);
    REQUIRE(body.size() == 1);
    v.insert(v.end(), body.begin(), body.end());
    auto b = parse_note(note(2, "同上、9 頁。"), ctx);
    v.insert(v.end(), b.begin(), b.end());
    auto c = parse_note(note(3, "田中三郎「前掲の議論について」『法学論集』第 2 巻第 1 号、2005 年、1-10 頁。"), ctx);
    v.insert(v.end(), c.begin(), c.end());
    REQUIRE(v.size() == 4);
    resolve_back_references(v);
    CHECK(v[2].repeats == 1);
    CHECK(v[2].title == "北方の海");
    CHECK(v[2].pages == "9");
    CHECK(v[3].repeats == 0);
    CHECK(v[3].title == "前掲の議論について");
    CHECK(v[3].type == "article-journal");
}

TEST_CASE("citation: English book with a place before the publisher and a year after the name") {
    check_one("Dmitri Petrov, Steppe and Sea: A Eurasian Story (Washington, DC: Institute for Border Studies, 2011), p. 52.",
              {.type = "book", .authors = {"Dmitri Petrov"}, .title = "Steppe and Sea: A Eurasian Story",
               .publisher = "Institute for Border Studies", .date = "2011", .pages = "52", .lang = "en"});
    check_one("Smith, John. 2003. The Caspian Question. Boston: Riverbank Publishers.",
              {.type = "book", .authors = {"Smith, John"}, .title = "The Caspian Question",
               .publisher = "Riverbank Publishers", .date = "2003", .lang = "en"});
}

TEST_CASE("citation: Japanese book with publisher and year in brackets, journal with No. and a bracketed date") {
    check_one("山田一郎『北方の海』（東京：青海社、2001 年）、33 頁。",
              {.type = "book", .authors = {"山田一郎"}, .title = "北方の海", .publisher = "青海社", .date = "2001",
               .pages = "33", .lang = "ja"});
    check_one("山田一郎「北極海航路」『国際問題』No. 690（2020 年 4 月）、1-9 頁。",
              {.type = "article-journal", .authors = {"山田一郎"}, .title = "北極海航路", .container = "国際問題",
               .date = "2020-04", .issue = "690", .pages = "1-9", .lang = "ja"});
}

TEST_CASE("citation: English newspaper without an author") {
    check_one("“Tokyo and Moscow talk gas,” The Daily Courier, March 3, 2021.",
              {.type = "article-newspaper", .title = "Tokyo and Moscow talk gas", .container = "The Daily Courier",
               .date = "2021-03-03", .lang = "en"});
}

// ---------------------------------------------------------------- unquoted Western titles and their imprint

TEST_CASE("citation: a year inside an unquoted Western title stays in the title") {
    check_one("Northwind Energy, Global Gas Outlook 2030, Oslo: Northwind Energy, 2024, p. 7.",
              {.type = "report", .authors = {"Northwind Energy"}, .title = "Global Gas Outlook 2030",
               .publisher = "Northwind Energy", .date = "2024", .pages = "7", .lang = "en"});
    check_one("Ivan Morrow, Europe after 1989 (Leeds: Harbor Press, 2019), p. 4.",
              {.type = "book", .authors = {"Ivan Morrow"}, .title = "Europe after 1989", .publisher = "Harbor Press",
               .date = "2019", .pages = "4", .lang = "en"});
    // a date of its own is still a date, not a title
    check_one("Reuters, 2 March 2022, https://www.reuters.example.com/markets/oil.",
              {.type = "article-newspaper", .authors = {"Reuters"}, .date = "2022-03-02",
               .url = "https://www.reuters.example.com/markets/oil", .lang = "en",
               .raw = "Reuters, 2 March 2022, https://www.reuters.example.com/markets/oil."});
}

TEST_CASE("citation: commas inside an unquoted title and inside the place of the imprint") {
    check_one("Pacific Regional Fund, Fiji: Water Sector Review, Strategy, and Action Plan, Suva: PRF, 2018, p. 9.",
              {.type = "report", .authors = {"Pacific Regional Fund"},
               .title = "Fiji: Water Sector Review, Strategy, and Action Plan", .publisher = "PRF", .date = "2018",
               .pages = "9", .lang = "en"});
    check_one("Global Lending Agency, Ports and Trade in the Pacific, Washington, D.C.: Global Lending Agency, 2015.",
              {.type = "report", .authors = {"Global Lending Agency"}, .title = "Ports and Trade in the Pacific",
               .publisher = "Global Lending Agency", .date = "2015", .lang = "en"});
    check_one("Ann Kerr, Borderlands, Cambridge, MA: Riverside Press, 2010, p. 5.",
              {.type = "book", .authors = {"Ann Kerr"}, .title = "Borderlands", .publisher = "Riverside Press",
               .date = "2010", .pages = "5", .lang = "en"});
    // an acronym author is not a surname: "OECD, Economic Outlook" is no "Smith, John"
    check_one("NORDA, Harbour Yearbook, Bergen: NORDA, 2012.",
              {.type = "report", .authors = {"NORDA"}, .title = "Harbour Yearbook", .publisher = "NORDA",
               .date = "2012", .lang = "en"});
    // "ACRONYM, Title, …" is no "Surname, Given names" when no title would be left before the imprint
    check_one("GLF, Regional Outlook, May 2020, Washington, D.C.: GLF, 2020.",
              {.type = "report", .authors = {"GLF"}, .title = "Regional Outlook, May 2020", .publisher = "GLF",
               .date = "2020", .lang = "en"});
    // a role element after the names
    check_one("Lena Holt, ed., River Towns, Leeds: Harbor Press, 2011.",
              {.type = "book", .editors = {"Lena Holt"}, .title = "River Towns", .publisher = "Harbor Press",
               .date = "2011", .lang = "en"});
    // after a quoted title too, "Washington" is the place, not the container
    check_one("Tom Reed, “Dams and Deltas,” Washington, D.C.: Basin Institute, 2012.",
              {.type = "report", .authors = {"Tom Reed"}, .title = "Dams and Deltas", .publisher = "Basin Institute",
               .date = "2012", .lang = "en"});
}

// ---------------------------------------------------------------- types from the shape of the source

TEST_CASE("citation: a news word inside an office's name is no newspaper; a white paper is a report") {
    check_one("海岛新闻办公室『中国的海洋政策』白皮书、2015 年 5 月 1 日。<http://www.example.cn/wp/1.htm>",
              {.type = "report", .authors = {"海岛新闻办公室"}, .title = "中国的海洋政策", .genre = "白皮书",
               .date = "2015-05-01", .url = "http://www.example.cn/wp/1.htm", .lang = "zh"});
    check_one("北方開発庁『北方開発の現状』白書、2019 年。",
              {.type = "report", .authors = {"北方開発庁"}, .title = "北方開発の現状", .genre = "白書",
               .date = "2019", .lang = "ja"});
}

TEST_CASE("citation: a news agency named as the author makes a news item") {
    check_one("AKIpress, «Парламент принял закон о воде», 12.03.2021. <https://www.example.kg/news/1>",
              {.type = "article-newspaper", .authors = {"AKIpress"}, .title = "Парламент принял закон о воде",
               .date = "2021-03-12", .url = "https://www.example.kg/news/1", .lang = "ru"});
    check_one("新華社「港湾協力の覚書に署名」2020 年 6 月 3 日。",
              {.type = "article-newspaper", .authors = {"新華社"}, .title = "港湾協力の覚書に署名",
               .date = "2020-06-03", .lang = "ja"});
}

TEST_CASE("citation: an organisation's report is a report, a person's book a book") {
    check_one("Inland Water Organization, Dams and Drought: A Regional Assessment, Geneva: Riverside Press, 2016.",
              {.type = "report", .authors = {"Inland Water Organization"},
               .title = "Dams and Drought: A Regional Assessment", .publisher = "Riverside Press", .date = "2016",
               .lang = "en"});
    check_one("東方経済研究所『極東港湾の調査報告』東方経済研究所、2018 年。",
              {.type = "report", .authors = {"東方経済研究所"}, .title = "極東港湾の調査報告",
               .publisher = "東方経済研究所", .date = "2018", .lang = "ja"});
    check_one("Nora Vance, Steppe Cities: A Review, Leeds: Harbor Press, 2008.",
              {.type = "book", .authors = {"Nora Vance"}, .title = "Steppe Cities: A Review",
               .publisher = "Harbor Press", .date = "2008", .lang = "en"});
}

// ---------------------------------------------------------------- back-references to chapters and by surname

TEST_CASE("back-references: a chapter cited via 前掲書 takes its book from the earlier citation") {
    CitationContext ctx;
    std::vector<Citation> v;
    v.push_back(parse_citation("山口花子編『草原の国家』北洋書房、2010 年、5 頁。", ctx));
    v.push_back(parse_citation("森一郎「遊牧と国境」山口編、前掲書、30-45 頁。", ctx));

    CHECK(v[1].authors == std::vector<std::string>{"森一郎"});
    CHECK(v[1].editors == std::vector<std::string>{"山口"});
    CHECK(v[1].title == "遊牧と国境");
    CHECK(v[1].pages == "30-45");

    resolve_back_references(v);
    CHECK(v[1].repeats == 1);
    CHECK(v[1].type == "chapter");
    CHECK(v[1].authors == std::vector<std::string>{"森一郎"});
    CHECK(v[1].editors == std::vector<std::string>{"山口花子"});
    CHECK(v[1].title == "遊牧と国境");
    CHECK(v[1].container == "草原の国家");
    CHECK(v[1].publisher == "北洋書房");
    CHECK(v[1].date == "2010");
    CHECK(v[1].pages == "30-45");
    CHECK(v[1].lang == "ja");
    CHECK(v[1].raw == "森一郎「遊牧と国境」山口編、前掲書、30-45 頁。");
}

TEST_CASE("back-references: a surname before 前掲 / op. cit. becomes the full name of the work it repeats") {
    CitationContext ctx;
    std::vector<Citation> v;
    v.push_back(parse_citation("高木誠「湖と国境」『湖沼研究』第 4 号、2015 年、1-9 頁。", ctx));
    v.push_back(parse_citation("Nora Vance, Steppe Cities, Leeds: Harbor Press, 2008.", ctx));
    v.push_back(parse_citation("Lund, Karin, Ice Roads (Oslo: Fjord Press, 2001).", ctx));
    v.push_back(parse_citation("高木、前掲論文、5 頁。", ctx));
    v.push_back(parse_citation("Vance, op. cit., p. 12.", ctx));
    v.push_back(parse_citation("Lund, op. cit., p. 3.", ctx));
    // a quoted title before op. cit. without an editor is the repeated work's title, not a chapter
    v.push_back(parse_citation("Roy Ash, “Lakes,” Water Review, Vol. 2, No. 1 (2004), pp. 1-9.", ctx));
    v.push_back(parse_citation("Ash, “Lakes,” op. cit., p. 3.", ctx));
    resolve_back_references(v);
    CHECK(v[3].repeats == 1);
    CHECK(v[3].authors == std::vector<std::string>{"高木誠"});
    CHECK(v[3].pages == "5");
    CHECK(v[4].repeats == 2);
    CHECK(v[4].authors == std::vector<std::string>{"Nora Vance"});
    CHECK(v[4].title == "Steppe Cities");
    CHECK(v[4].pages == "12");
    CHECK(v[5].repeats == 3);
    CHECK(v[5].authors == std::vector<std::string>{"Lund, Karin"});
    CHECK(v[5].title == "Ice Roads");
    CHECK(v[7].repeats == 7);
    CHECK(v[7].type == "article-journal");
    CHECK(v[7].authors == std::vector<std::string>{"Roy Ash"});
    CHECK(v[7].editors.empty());
    CHECK(v[7].title == "Lakes");
    CHECK(v[7].container == "Water Review");
    CHECK(v[7].pages == "3");
}

TEST_CASE("back-references: an organisation's acronym before op. cit. stands for its full name") {
    CitationContext ctx;
    std::vector<Citation> v;
    v.push_back(parse_citation("Northern Energy Agency, Ice Routes 2030, Oslo: NEA, 2019, p. 2.", ctx));
    v.push_back(parse_citation("山田一郎『北方の海』青海社、2001 年、33 頁。", ctx));
    v.push_back(parse_citation("NEA, op. cit., p. 4.", ctx));
    resolve_back_references(v);
    CHECK(v[2].repeats == 1);
    CHECK(v[2].type == "report");
    CHECK(v[2].authors == std::vector<std::string>{"Northern Energy Agency"});
    CHECK(v[2].title == "Ice Routes 2030");
    CHECK(v[2].publisher == "NEA");
    CHECK(v[2].pages == "4");
}

TEST_CASE("cite.url-list-items + cite.url-item-title: each bulleted name and URL is one web page named by its label") {
    CitationContext ctx;
    auto cits = parse_note(note(1, "取りまとめを行う。・AI ネットワーク社会推進会議 https://www.soumu.go.jp/ai_network/index.html "
                                   "・AI 事業者ガイドライン検討会 https://www.meti.go.jp/shingikai/index.html"),
                           ctx);
    REQUIRE(cits.size() == 2);
    CHECK(cits[0].title == "AI ネットワーク社会推進会議");
    CHECK(cits[0].url == "https://www.soumu.go.jp/ai_network/index.html");
    CHECK(cits[0].authors.empty());
    CHECK(cits[1].title == "AI 事業者ガイドライン検討会");
    CHECK(cits[1].type == "webpage");
    // a sentence that merely ends with a URL gives no label
    auto one = parse_note(note(2, "詳細は、閣僚会合で採択された声明を参照されたい。https://www.soumu.go.jp/menu_news/1.html"), ctx);
    for (const auto& c : one) CHECK(c.title.find("参照") == std::string::npos);
}

TEST_CASE("cite.organisation-title: an organisation's quoted titles, listed with 、, are its documents") {
    CitationContext ctx;
    auto cits = parse_note(note(4, "総務省「AI 利活用ガイドライン」（AI サービスを提供する者向け）、経済産業省「AI 原則実践のためのガバナンス・ガイドライン」（事業者向け）など。"), ctx);
    REQUIRE(cits.size() == 2);
    CHECK(cits[0].authors == std::vector<std::string>{"総務省"});
    CHECK(cits[0].title == "AI 利活用ガイドライン");
    CHECK(cits[1].authors == std::vector<std::string>{"経済産業省"});
    CHECK(cits[1].title == "AI 原則実践のためのガバナンス・ガイドライン");
    // a person's quoted phrase without any fact is not a citation
    CHECK(parse_note(note(5, "いわゆる「ガードレール」の考え方による。"), ctx).empty());
}

TEST_CASE("cite.statute-article: a law cited by its article is legislation titled by the law") {
    CitationContext ctx;
    auto cits = parse_note(note(9, "方法により利用していないことが必要とされている。（割賦販売法施行規則第 62 条第 1 項第 2 号）"), ctx);
    REQUIRE(cits.size() == 1);
    CHECK(cits[0].type == "legislation");
    CHECK(cits[0].title == "割賦販売法施行規則");
    CHECK(cits[0].raw == "割賦販売法施行規則第 62 条第 1 項第 2 号");
    // an article of a document that is not a law is not legislation
    CHECK(parse_note(note(10, "報告書の第 3 条にあたる部分を参照。"), ctx).empty());
}

TEST_CASE("cite.container-not-a-tail: 「…」等 and 「…」（NLF） name no container, so no citation") {
    CitationContext ctx;
    CHECK(parse_note(note(2, "「1025FLOPs 以上」等。"), ctx).empty());
    CHECK(parse_note(note(5, "「New legislative framework」（NLF）と呼ばれる枠組み。"), ctx).empty());
}

TEST_CASE("cite.source-line + cite.surname-initials-pairs: a figure's source line is a citation; surnames and initials pair") {
    CitationContext ctx;
    auto cits = find_in_body("軌道上の物体の数の推移を示す。図の出典：Boley, A.C., Byers, M. “Satellite mega-constellations create "
                             "risks”, Scientific Reports, 11, 2021, https://doi.org/10.1038/s41598-021-89909-7.このように物体が集中する。",
                             ctx);
    REQUIRE(cits.size() == 1);
    CHECK(cits[0].authors == std::vector<std::string>{"A.C. Boley", "M. Byers"});
    CHECK(cits[0].title == "Satellite mega-constellations create risks");
    CHECK(cits[0].container == "Scientific Reports");
    CHECK(cits[0].raw.find("このように") == std::string::npos);
    // 出典 inside a sentence is a word, not a source line
    CHECK(find_in_body("この出典：は説明の中の語である。", ctx).empty());
}

TEST_CASE("cite.volume-dot-issue: biblatex's 'Journal 29.5 (2001)' gives volume and issue") {
    CitationContext ctx;
    Citation c = parse_citation("Jerome H. Friedman. “Greedy Function Approximation”. In: Annals of Statistics 29.5 (2001), pp. 1189–1232.", ctx);
    CHECK(c.container == "Annals of Statistics");
    CHECK(c.volume == "29");
    CHECK(c.issue == "5");
    CHECK(c.date == "2001");
    Citation j = parse_citation("馬場 優大. “予測モデルの提案”. In: AI・データサイエンス論文集 3.J2 (2022), pp. 1003–1009.", ctx);
    CHECK(j.volume == "3");
    CHECK(j.issue == "J2");
}

TEST_CASE("cite.series-before-publisher: of two names after the title the first is the series") {
    CitationContext ctx;
    auto cits = parse_note(note(3, "カー『危機の二十年』岩波文庫，岩波書店，2011 年。"), ctx);
    REQUIRE(cits.size() == 1);
    CHECK(cits[0].publisher == "岩波書店");
    CHECK(cits[0].collection == "岩波文庫");
    // one name: the publisher, no series
    cits = parse_note(note(4, "多湖淳『戦争とは何か』中央公論新社，2020 年。"), ctx);
    REQUIRE(cits.size() == 1);
    CHECK(cits[0].publisher == "中央公論新社");
    CHECK(cits[0].collection.empty());
}

TEST_CASE("cite.names-to-period + cite.preprint-id + cite.name-final-period") {
    CitationContext ctx;
    Citation c = parse_citation(
        "Geoffrey Hinton, Oriol Vinyals, Jeff Dean. Distilling the Knowledge in a Neural Network. arXiv preprint "
        "arXiv:1503.02531. 2015.",
        ctx);
    CHECK(c.authors == std::vector<std::string>{"Geoffrey Hinton", "Oriol Vinyals", "Jeff Dean"});
    CHECK(c.title == "Distilling the Knowledge in a Neural Network");
    CHECK(c.type == "article");
    CHECK(c.number == "arXiv:1503.02531");
    CHECK(c.genre == "arXiv preprint");
    CHECK(c.date == "2015");
    // the period after the names is not the name's; an initial keeps its own
    c = parse_citation("湯浅 南穂. “機械学習を用いたトマトの褐斑病診断”. 卒業論文. 名古屋大学, 2024.", ctx);
    REQUIRE(c.authors.size() == 1);
    CHECK(c.authors[0] == "湯浅 南穂");
    // "Family, Given, Given Family": only the first is inverted
    c = parse_citation("Gleditsch, Nils Petter, Peter Wallensteen, and Håvard Strand (2002) “Armed conflict 1946-2001: A new "
                       "dataset,” Journal of peace research, Vol. 39, No. 5, pp. 615–637.",
                       ctx);
    CHECK(c.authors == std::vector<std::string>{"Gleditsch, Nils Petter", "Peter Wallensteen", "Håvard Strand"});
}

TEST_CASE("cite.nakaguro-names + cite.hiragana-in-name + cite.fullwidth-inverted-name") {
    CitationContext ctx;
    Citation c = parse_citation("防衛大学校安全保障学研究会・武田康裕・神谷万丈 (2018) 『安全保障学入門』，亜紀書房．", ctx);
    CHECK(c.authors == std::vector<std::string>{"防衛大学校安全保障学研究会", "武田康裕", "神谷万丈"});
    c = parse_citation("人間の安全保障委員会 (2003) 『安全保障の今日的課題』，朝日新聞社．", ctx);
    CHECK(c.authors == std::vector<std::string>{"人間の安全保障委員会"});
    c = parse_citation("Sen，Amartya Kumar・東郷えりか (2006) 『人間の安全保障』，集英社．", ctx);
    CHECK(c.authors == std::vector<std::string>{"Sen, Amartya Kumar", "東郷えりか"});
    // commentary before the name is still cut off; a katakana name keeps its dot
    c = parse_citation("詳しくは佐藤『本の題』岩波書店、2020 年を参照。", ctx);
    CHECK(c.authors == std::vector<std::string>{"佐藤"});
    c = parse_citation("ヨハン・ガルトゥング『構造的暴力と平和』中央大学出版部、1991 年。", ctx);
    CHECK(c.authors == std::vector<std::string>{"ヨハン・ガルトゥング"});
}

TEST_CASE("cite.url-from-scheme: what stands before the scheme inside the brackets is not the URL") {
    CitationContext ctx;
    Citation c = parse_citation("外務省「外交青書」2022 年、<\xEF\xBF\xBD\xEF\xBF\xBDhttps://www.mofa.go.jp/a.html>", ctx);
    CHECK(c.url == "https://www.mofa.go.jp/a.html");
    c = parse_citation("外務省「外交青書」2022 年、<https://www.mofa.go.jp/b.html>", ctx);
    CHECK(c.url == "https://www.mofa.go.jp/b.html");
}
