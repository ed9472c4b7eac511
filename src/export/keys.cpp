// Citation keys in the BibTeX/Zotero habit: the first creator's family
// name romanised to ASCII, then the year ("brenner2023", "kumakura2021"),
// with a, b, ... for the second and later works of one name and year; the
// same key serves as CSL-JSON id, BibTeX key, RIS ID and TEI xml:id.
#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"
#include "text/unicode.hpp"

namespace shiryo::exporters {

namespace bibliographic {

namespace {

bool has_non_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return true;
    return false;
}

// ICU "Any-Latin; Latin-ASCII": kana by their Hepburn readings, kanji by
// their Mandarin readings (ICU has no Japanese readings of kanji), Cyrillic
// transliterated; then accents dropped.
std::string romanise(std::string_view s) {
    if (!has_non_ascii(s)) return std::string(s);
    static std::once_flag once;
    static std::unique_ptr<icu::Transliterator> translit;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        translit.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) translit.reset();
    });
    if (!translit) return "";
    // ICU's Any-Latin costs some 300k instructions per name: each name is
    // romanised once per process (the same authors recur in every note).
    static std::mutex cache_mutex;
    static std::unordered_map<std::string, std::string> cache;
    {
        const std::lock_guard<std::mutex> lock(cache_mutex);
        const auto it = cache.find(std::string(s));
        if (it != cache.end()) return it->second;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    translit->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    const std::lock_guard<std::mutex> lock(cache_mutex);
    if (cache.size() < 100000) cache.emplace(std::string(s), out);   // bounded for long batches
    return out;
}

// Lower-case ASCII letters and digits only, at most `limit` characters.
std::string key_word(std::string_view s, std::size_t limit = 24) {
    std::string out;
    for (char c : romanise(s)) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        if (out.size() >= limit) break;
    }
    return out;
}

// The name part: a person's family name; for a literal (an organisation,
// an East Asian name written without a space) its first word.
std::string name_part(const std::string& raw) {
    const Name name = parse_name(raw);
    if (!name.is_literal()) return key_word(name.family);
    const std::string_view lit = text::trim(name.literal);
    std::string_view first = lit.substr(0, lit.find(' '));
    if ((first == "The" || first == "the") && lit.find(' ') != std::string_view::npos) {
        const auto rest = text::trim(lit.substr(lit.find(' ')));
        first = rest.substr(0, rest.find(' '));
    }
    return key_word(first);
}

// Key names must not clash with the other xml:ids of the TEI (note-3, table-1, bibl-…).
bool clashes_with_tei_ids(const std::string& stem) {
    return stem == "note" || stem == "table" || stem == "bibl";
}

}  // namespace

std::string author_year_key(const Citation& c) {
    const std::vector<std::string>& creators = !c.authors.empty() ? c.authors : c.editors;
    if (creators.empty()) return "";
    const auto dates = date_range_parts(c.date);
    std::string year;
    if (!dates.empty()) {
        year = std::to_string(dates.front()[0]);
    } else if (c.date.size() >= 4 && std::all_of(c.date.begin(), c.date.begin() + 4, [](char d) { return d >= '0' && d <= '9'; })) {
        year = c.date.substr(0, 4);
    }
    const std::string name = name_part(creators.front());
    if (name.empty() || year.empty() || !(name[0] >= 'a' && name[0] <= 'z')) return "";
    return name + year;
}

std::string fallback_key(const std::string& stem, std::size_t index) {
    std::string s;
    for (char c : stem)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') s += c;
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')) || clashes_with_tei_ids(s))
        s = "ref-" + s;   // an xml:id starts with a letter
    if (s.back() == '-') s.pop_back();
    return s + "-" + std::to_string(index);
}

std::string unique_key(const std::string& base, std::set<std::string>& taken) {
    std::string key = base;
    const bool author_year = !base.empty() && base.back() >= '0' && base.back() <= '9' &&
                             base.find('-') == std::string::npos;
    for (int i = 0; taken.count(key); ++i) {
        if (author_year && i < 26) {
            key = base + static_cast<char>('a' + i);   // brenner2023a, brenner2023b, ...
        } else {
            key = base + "-" + std::to_string(i + 2);
        }
    }
    taken.insert(key);
    return key;
}

}  // namespace bibliographic

void assign_citation_keys(Document& doc, std::set<std::string>& taken) {
    for (std::size_t i = 0; i < doc.citations.size(); ++i) {
        Citation& c = doc.citations[i];
        std::string base = bibliographic::author_year_key(c);
        if (base.empty()) base = bibliographic::fallback_key(doc.stem, i + 1);
        c.id = bibliographic::unique_key(base, taken);
    }
}

}  // namespace shiryo::exporters
