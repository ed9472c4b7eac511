// Behaviour of the fast paths (issue 13): each must give exactly what the
// plain implementation gives, and the formerly quadratic inputs must still
// give the right results at sizes where quadratic time would be obvious.
#include <doctest/doctest.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <random>
#include <string>

#include "text/unicode.hpp"

using namespace shiryo;

namespace {
// The reference decoder: ICU's U8_NEXT, ill-formed sequences as U+FFFD.
std::u32string reference_u32(std::string_view s) {
    std::u32string out;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    while (i < n) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}
}  // namespace

TEST_CASE("text.to-u32-fast-path: same code points as U8_NEXT, also for ill-formed bytes") {
    const std::string samples[] = {
        "", "abc", "日本語の文章。", "\xC3\xA9t\xC3\xA9", "\xF0\x9F\x98\x80 emoji",
        "\xED\xA0\x80 surrogate", "\xE0\x80\xAF overlong", "\xE3\x81 cut", "\xE3", "\xC2", "\x80\xBF stray",
        "\xC0\xAF", "\xF4\x90\x80\x80 beyond", "\xEF\xBF\xBD", "end \xE3\x81\x82\xE3",
    };
    for (const auto& s : samples) CHECK(text::to_u32(s) == reference_u32(s));
    std::mt19937 rng(13);
    for (int k = 0; k < 2000; ++k) {
        std::string s;
        const int len = static_cast<int>(rng() % 12);
        for (int j = 0; j < len; ++j) {
            const unsigned r = rng() % 6;
            s += static_cast<char>(r == 0 ? rng() % 0x80 : r == 1 ? 0x80 + rng() % 0x40 : r == 2 ? 0xC0 + rng() % 0x20
                                   : r == 3 ? 0xE0 + rng() % 0x10 : r == 4 ? 0xF0 + rng() % 0x10 : rng() % 0x100);
        }
        CHECK(text::to_u32(s) == reference_u32(s));
    }
}

TEST_CASE("text.strip-spaces-fast-path: whitespace removed, ill-formed bytes become U+FFFD") {
    CHECK(text::strip_spaces(" 第 1 章\u3000概要\t") == "第1章概要");
    CHECK(text::strip_spaces("a\xE3 b") == "a\xEF\xBF\xBD" "b");
    CHECK(text::strip_spaces("\u2003x\u00A0y") == "xy");
}

TEST_CASE("text.display-width-fast-path: ASCII narrow, kana and kanji wide, marks zero") {
    CHECK(text::display_width("abc") == 3);
    CHECK(text::display_width("日本") == 4);
    CHECK(text::display_width("e\u0301") == 1);
    CHECK(text::display_width("\t") == 1);
    CHECK(text::display_width("①x") == 3);
}

#include <regex>

#include "citations/scan.hpp"
#include "export/bibliographic.hpp"
#include "export/tabular.hpp"
#include "validate/checks.hpp"

TEST_CASE("tabular.expected-forms: the column patterns, matched by WholeMatch, as std::regex_search does") {
    std::vector<std::string> patterns = {
        "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",
        "^(賛成|反対|棄権|不参加|欠席)$", "^[A-Z]{3}$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^(Y|N|A|NV)$",
        "^(foot|end)$", "^[^ <>]+$", "^[a-z]{2,3}$",
    };
    std::string csl = "^(";
    for (const auto& t : shiryo::exporters::bibliographic::csl_types()) csl += (csl.size() > 2 ? "|" : "") + t;
    patterns.push_back(csl + ")$");
    const std::vector<std::string> pieces = {"0", "9", "2021", "-", "/", "07", "A", "Z", "a", "z", "NV", "Y",
                                             "賛成", "不参加", "欠", " ", "<", ">", "\n", "foot", "end", "b", "c",
                                             "book", "report", "-journal", "article", ".", "5", "\xE3"};
    std::mt19937 rng(13);
    for (const auto& p : patterns) {
        const shiryo::validate::detail::WholeMatch m(p);
        CHECK_FALSE(m.uses_std_regex());
        const std::regex re(p, std::regex::ECMAScript);
        for (int k = 0; k < 3000; ++k) {
            std::string s;
            const int len = static_cast<int>(rng() % 7);
            for (int j = 0; j < len; ++j) s += pieces[rng() % pieces.size()];
            INFO(p, " on '", s, "'");
            CHECK(m.matches(s) == std::regex_search(s, re));
        }
    }
}

TEST_CASE("tabular.plain-number by hand: ASCII digits, a minus, a decimal part") {
    using shiryo::exporters::tabular::is_plain_number;
    const std::regex plain("^-?[0-9]+(\\.[0-9]+)?$");
    for (const std::string s : {"12", "-3.5", "0", "-", "", "1.", ".5", "1,234", "１２", "12%", "1.2.3", "--1",
                                "007", "3.14159", "-0.0", " 1", "1 "})
        CHECK(is_plain_number(s) == std::regex_match(s, plain));
    CHECK_FALSE(is_plain_number(std::string(40, '1')));
}

TEST_CASE("cite.bracket-table: every pair of closer_of is found by the one-switch table") {
    using namespace shiryo::citations::detail;
    const char32_t openers[] = {U'(', U'[', U'<', U'"', 0x300C, 0x300E, 0x201C, 0x2018,
                                0x300A, 0x3008, 0x3010, 0x3014, 0x00AB};
    for (char32_t o : openers) {
        const char32_t c = closer_of(o);
        REQUIRE(c != 0);
        const std::u32string s = std::u32string(U"a") + o + U"b" + o + U"c" + c + c + U"d";
        const BracketTable t(s, 0, s.size());
        if (o == U'"') {   // the same mark opens and closes
            CHECK(t.close(1) == 3);
        } else {
            CHECK(t.close(1) == 6);
            CHECK(t.close(3) == 5);
        }
        CHECK(t.close(0) == std::u32string::npos);
    }
    const std::u32string apostrophe = U"‘Russia’s war’";
    CHECK(BracketTable(apostrophe, 0, apostrophe.size()).close(0) == apostrophe.size() - 1);
}

#include "citations/citations.hpp"

namespace {
std::string kanji_number(std::size_t k) {
    static const char* digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    std::string s;
    do { s = digits[k % 10] + s; k /= 10; } while (k);
    return s;
}
}  // namespace

// Formerly quadratic (issue 13): N notes, each a back-reference to a name
// never cited before. Results only; the size makes quadratic time obvious
// (N = 8000 took 32 s before, about 1 s after, measured by hand).
TEST_CASE("cite.back-reference-map: many back-references to names never cited resolve to nothing, linearly") {
    shiryo::citations::CitationContext ctx;
    std::vector<shiryo::Citation> v;
    v.push_back(shiryo::citations::parse_citation("山田一郎『北方の海』青海社、2001 年、33 頁。", ctx));
    v.back().note = 1;
    const std::size_t n = 3000;
    for (std::size_t k = 0; k < n; ++k) {
        v.push_back(shiryo::citations::parse_citation("佐藤" + kanji_number(k) + "郎、前掲書、" + std::to_string(k + 1) + " 頁。", ctx));
        v.back().note = static_cast<int>(k) + 2;
    }
    v.push_back(shiryo::citations::parse_citation("山田、前掲書、40 頁。", ctx));
    v.back().note = static_cast<int>(n) + 2;
    shiryo::citations::resolve_back_references(v);
    for (std::size_t k = 1; k <= n; ++k) {
        REQUIRE(v[k].repeats == 0);
        REQUIRE(v[k].title.empty());
    }
    CHECK(v.back().repeats == 1);
    CHECK(v.back().title == "北方の海");
    CHECK(v.back().authors == std::vector<std::string>{"山田一郎"});
}

// Formerly quadratic (issue 13): a title with many 前掲書 inside 「」; each
// was checked for being inside a group from the start of the note.
TEST_CASE("cite.back-reference-in-title: many 前掲書 inside a quoted title are not back-references, in one pass") {
    shiryo::citations::CitationContext ctx;
    std::vector<shiryo::Citation> v;
    v.push_back(shiryo::citations::parse_citation("山田一郎『北方の海』青海社、2001 年、33 頁。", ctx));
    v.back().note = 1;
    std::string quoted;
    for (int k = 0; k < 20000; ++k) quoted += "前掲書";
    shiryo::Citation title_only;
    title_only.raw = "鈴木花子「" + quoted + "」";
    title_only.authors = {"鈴木花子"};
    title_only.note = 2;
    v.push_back(title_only);
    shiryo::Citation back;
    back.raw = "山田「" + quoted + "」、前掲書、40 頁。";
    back.authors = {"山田"};
    back.note = 3;
    v.push_back(back);
    shiryo::citations::resolve_back_references(v);
    CHECK(v[1].repeats == 0);   // every 前掲書 is inside the title
    CHECK(v[2].repeats == 1);   // the one after it is a back-reference
    CHECK(v[2].authors == std::vector<std::string>{"山田一郎"});
}

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "app/app.hpp"

TEST_CASE("app.durable-document-set: a document's files are written whole, with one flush for the set") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("shiryo-set-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto read = [](const fs::path& p) {
        std::ifstream f(p, std::ios::binary);
        std::ostringstream s;
        s << f.rdbuf();
        return s.str();
    };
    {
        std::ofstream old(dir / "a.tei.xml");
        old << "old content that is longer than the new one";
    }
    const std::vector<shiryo::exporters::OutputFile> files = {
        {"a.tei.xml", "<TEI/>"}, {"a.notes.csv", "note\n1\n"}, {"a.bib", std::string(100000, 'x')}};
    CHECK(shiryo::app::write_files_atomically(dir.string(), files).empty());
    CHECK(read(dir / "a.tei.xml") == "<TEI/>");
    CHECK(read(dir / "a.notes.csv") == "note\n1\n");
    CHECK(read(dir / "a.bib") == std::string(100000, 'x'));
    std::size_t entries = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        CHECK(e.path().string().find(".tmp-") == std::string::npos);   // no temporary is left
        ++entries;
    }
    CHECK(entries == 3);
    // A file that cannot be written is named; the others are still written.
    const auto errors = shiryo::app::write_files_atomically(
        dir.string(), {{"missing-folder/x.csv", "x"}, {"b.ris", "TY  - BOOK\n"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("missing-folder") != std::string::npos);
    CHECK(read(dir / "b.ris") == "TY  - BOOK\n");
    shiryo::app::write_file_atomically((dir / "c.txt").string(), "one");
    CHECK(read(dir / "c.txt") == "one");
    fs::remove_all(dir);
}

#include "normalise/normalise.hpp"
#include "segment/segment.hpp"

TEST_CASE("text.strip-spaces-into: strip_spaces within a cap, false beyond it") {
    char buf[24];
    std::size_t n = 0;
    for (const std::string s : {"", " ＊ ＊ ＊ ", "【 参考文献一覧 】", "a\xE3 b", "\u3000\t※", "References  "}) {
        REQUIRE(text::strip_spaces_into(s, buf, sizeof buf, n));
        CHECK(std::string(buf, n) == text::strip_spaces(s));
    }
    CHECK_FALSE(text::strip_spaces_into("参考文献一覧のリスト表です", buf, sizeof buf, n));   // 39 bytes left
    CHECK_FALSE(text::strip_spaces_into(std::string(25, 'x'), buf, sizeof buf, n));
    CHECK(text::strip_spaces_into(std::string(24, 'x') + "   ", buf, sizeof buf, n));
}

TEST_CASE("segment.classifiers-reject-early: section breaks, reference list heads and page numbers as before") {
    using shiryo::Line;
    auto line = [](std::string t) { Line l; l.text = std::move(t); return l; };
    CHECK(shiryo::segment::is_section_break(line("＊ ＊ ＊")));
    CHECK(shiryo::segment::is_section_break(line("  ※  ")));
    CHECK(shiryo::segment::is_section_break(line("***")));
    CHECK_FALSE(shiryo::segment::is_section_break(line("****")));
    CHECK_FALSE(shiryo::segment::is_section_break(line("＊ 注意")));
    CHECK_FALSE(shiryo::segment::is_section_break(line(std::string(5000, 'a'))));
    CHECK(shiryo::segment::is_bibliography_heading("【参考文献一覧】"));
    CHECK(shiryo::segment::is_bibliography_heading(" 参 考 文 献 "));
    CHECK(shiryo::segment::is_bibliography_heading("Works Cited"));
    CHECK_FALSE(shiryo::segment::is_bibliography_heading("参考文献の一覧を次に示す"));
    CHECK(shiryo::normalise::is_page_number_text("12"));
    CHECK(shiryo::normalise::is_page_number_text("- 12 -"));
    CHECK(shiryo::normalise::is_page_number_text("１２"));
    CHECK(shiryo::normalise::is_page_number_text("12121212"));
    CHECK_FALSE(shiryo::normalise::is_page_number_text("p. 12"));
    CHECK_FALSE(shiryo::normalise::is_page_number_text(""));
    CHECK_FALSE(shiryo::normalise::is_page_number_text("12345"));
}

#include "notes/notes.hpp"

TEST_CASE("notes.url-open-angle: a URL opened by < joins its next line without a space, in one pass") {
    using shiryo::notes::join_note_lines;
    CHECK(join_note_lines({"See <https://example.org/a/", "b/c.pdf> now"}) == "See <https://example.org/a/b/c.pdf> now");
    CHECK(join_note_lines({"See <www.example.org/", "x>"}) == "See <www.example.org/x>");
    CHECK(join_note_lines({"See <a href", "x://y"}) == "See <a href x://y");   // no URL yet after the '<'
    CHECK(join_note_lines({"See <a://b", "c"}) == "See <a://bc");             // :// after the '<'
    CHECK(join_note_lines({"See <a> and", "more"}) == "See <a> and more");     // closed
    CHECK(join_note_lines({"x < y and", "z"}) == "x < y and z");               // no URL
    CHECK(join_note_lines({"See <ftp:", "//host/", "file>"}) == "See <ftp: //host/ file>");   // "ftp: //" is no scheme
    CHECK(join_note_lines({"<x> <http://a/", "b>", "c"}) == "<x> <http://a/b> c");   // the last '<' counts
    // Many lines: the result is every line joined with a space.
    std::vector<std::string> lines(20000, "word");
    lines.front() = "Start <";
    std::string want = "Start <";
    for (std::size_t k = 1; k < lines.size(); ++k) want += " word";
    CHECK(join_note_lines(lines) == want);
}
