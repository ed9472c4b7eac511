// Citation keys (src/export/keys.cpp): author-year keys, romanised, unique
// across a batch, stable; the fallback STEM-N.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"

namespace {

using namespace shiryo;
namespace bib = shiryo::exporters::bibliographic;

Citation cit(std::vector<std::string> authors, std::string date) {
    Citation c;
    c.authors = std::move(authors);
    c.date = std::move(date);
    c.title = "t";
    return c;
}

}  // namespace

TEST_CASE("cite.key-author-year: family name and year, romanised to ASCII") {
    CHECK(bib::author_year_key(cit({"Brenner, Hans"}, "2023")) == "brenner2023");
    CHECK(bib::author_year_key(cit({"John Smith", "Jane Doe"}, "2021-09")) == "smith2021");
    CHECK(bib::author_year_key(cit({"Jane van der Berg"}, "2020")) == "berg2020");
    CHECK(bib::author_year_key(cit({"Лавров С.В."}, "2019/2020")) == "lavrov2019");
    CHECK(bib::author_year_key(cit({"クマクラ ジュン"}, "2021")) == "kumakura2021");   // kana: Hepburn
    CHECK(bib::author_year_key(cit({"The Economist"}, "2022")) == "economist2022");
    CHECK(bib::author_year_key(cit({"Ministry of Foreign Affairs of Japan"}, "2022")) == "ministry2022");
    // Kanji have no Japanese reading in ICU: the key is still ASCII and stable.
    const std::string kanji = bib::author_year_key(cit({"熊倉 潤"}, "2021"));
    CHECK(kanji.size() > 4);
    CHECK(kanji.substr(kanji.size() - 4) == "2021");
    for (char c : kanji) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')));
    // No creator or no year: no author-year key.
    CHECK(bib::author_year_key(cit({}, "2021")).empty());
    CHECK(bib::author_year_key(cit({"Brenner, Hans"}, "")).empty());
    Citation edited = cit({}, "2020");
    edited.editors = {"Ann Miller"};
    CHECK(bib::author_year_key(edited) == "miller2020");
}

TEST_CASE("cite.key-fallback: STEM-N as an ASCII xml:id") {
    CHECK(bib::fallback_key("report", 3) == "report-3");
    CHECK(bib::fallback_key("000_abc", 1) == "ref-000_abc-1");
    CHECK(bib::fallback_key("報告書", 2) == "ref-2");
    CHECK(bib::fallback_key("note", 2) == "ref-note-2");
}

TEST_CASE("keys: a/b suffixes, unique across the documents of one batch, stable") {
    auto make = [](std::string stem) {
        Document d;
        d.stem = std::move(stem);
        d.citations = {cit({"Brenner, Hans"}, "2023"), cit({"Brenner, Hans"}, "2023-05"), cit({}, ""),
                       cit({"Hans Brenner"}, "2023")};
        return d;
    };
    std::set<std::string> taken;
    Document a = make("a"), b = make("b");
    exporters::assign_citation_keys(a, taken);
    exporters::assign_citation_keys(b, taken);
    CHECK(a.citations[0].id == "brenner2023");
    CHECK(a.citations[1].id == "brenner2023a");
    CHECK(a.citations[2].id == "a-3");
    CHECK(a.citations[3].id == "brenner2023b");
    CHECK(b.citations[0].id == "brenner2023c");
    CHECK(b.citations[2].id == "b-3");
    CHECK(taken.size() == 8);

    std::set<std::string> again;
    Document a2 = make("a");
    exporters::assign_citation_keys(a2, again);
    for (std::size_t i = 0; i < a.citations.size(); ++i) CHECK(a2.citations[i].id == a.citations[i].id);

    // Every format uses the key.
    const std::string bibtex = exporters::to_bibtex(a);
    CHECK(bibtex.find("{brenner2023a,") != std::string::npos);
    CHECK(exporters::to_ris(a).find("ID  - brenner2023a\r\n") != std::string::npos);
    CHECK(exporters::to_csl_json(a).find("\"id\": \"brenner2023a\"") != std::string::npos);
}

#include "text/sha256.hpp"

TEST_CASE("sha256_hex: FIPS 180-4 test vectors") {
    CHECK(shiryo::text::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(shiryo::text::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(shiryo::text::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(shiryo::text::sha256_hex(std::string(1000, 'a')) ==
          "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}
