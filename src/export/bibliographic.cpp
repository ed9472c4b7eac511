#include "export/bibliographic.hpp"

#include <algorithm>
#include <set>

#include <unicode/uchar.h>

#include "text/unicode.hpp"

namespace shiryo::exporters::bibliographic {

namespace {

using Word = std::u32string;

bool is_name_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0; }

std::vector<Word> split_words(std::u32string_view s) {
    std::vector<Word> words;
    Word current;
    for (char32_t c : s) {
        if (is_name_space(c)) {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

std::string join_words(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i) {
        if (!out.empty()) out += ' ';
        out += text::to_utf8(words[i]);
    }
    return out;
}

Word lower(const Word& w) {
    Word out;
    for (char32_t c : w) out.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    return out;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }

// East Asian scripts write names family first, usually without a space.
bool is_east_asian(char32_t c) {
    return text::is_japanese(c) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF);
}

// "J.", "С.В.", "J.-P.": initials stand for given names.
bool is_initials(const Word& w) {
    if (w.empty() || w.back() != U'.') return false;
    int letters = 0;
    for (char32_t c : w) {
        if (is_letter(c)) {
            if (!is_upper(c)) return false;
            ++letters;
        } else if (c != U'.' && c != U'-') {
            return false;
        }
    }
    return letters > 0 && letters <= 4;
}

// "TASS", "ИТАР-ТАСС", "NHK": an all-capitals word names an organisation.
bool is_acronym(const Word& w) {
    int letters = 0;
    for (char32_t c : w) {
        if (c == U'.') return false;
        if (is_letter(c)) {
            if (!is_upper(c)) return false;
            ++letters;
        }
    }
    return letters >= 2;
}

Word strip_punctuation(const Word& w) {
    Word out;
    for (char32_t c : w)
        if (is_letter(c) || c == U'-') out.push_back(c);
    return out;
}

// Words that only organisation names contain (English and Russian, the
// languages the genre cites besides Japanese and Chinese).
bool is_organisation_word(const Word& lowered) {
    static const std::set<std::string> words = {
        "of", "for", "the", "ministry", "agency", "institute", "institution", "university",
        "council", "government", "office", "bureau", "news", "press", "times", "committee",
        "commission", "association", "center", "centre", "foundation", "department", "bank",
        "organization", "organisation", "nations", "union", "group", "service", "forum",
        "club", "inc", "ltd", "llc", "corporation", "company", "federation", "republic",
        "party", "parliament", "duma", "kremlin", "reuters", "bloomberg", "tass", "novosti",
        "interfax", "secretariat", "administration", "embassy", "society", "academy",
        "президент", "министерство", "мид", "агентство", "институт", "университет",
        "правительство", "комитет", "комиссия", "центр", "фонд", "банк", "организация",
        "союз", "служба", "федерации", "федерация", "республики", "партия", "дума",
        "кремль", "новости", "интерфакс", "администрация", "посольство", "академия",
        "совет", "газета",
    };
    return words.count(text::to_utf8(strip_punctuation(lowered))) > 0;
}

bool looks_like_organisation(const std::vector<Word>& words) {
    return std::any_of(words.begin(), words.end(), [](const Word& w) {
        return is_acronym(w) || is_organisation_word(lower(w));
    });
}

// Japanese and Chinese organisation names end in words such as 省, 部, 大学.
bool ends_like_east_asian_organisation(std::string_view name) {
    static const std::vector<std::string> endings = {
        "省", "部", "庁", "網", "社", "会", "所", "局", "院", "館", "府", "団", "機構",
        "大学", "新聞", "通信", "センター", "政府", "研究所", "財団",
    };
    return std::any_of(endings.begin(), endings.end(),
                       [&](const std::string& e) { return text::ends_with(name, e); });
}

bool is_particle(const Word& lowered) {
    static const std::set<std::string> particles = {"van", "von", "de", "der", "den", "la",
                                                    "le", "di", "da", "du", "del", "dos", "das"};
    return particles.count(text::to_utf8(lowered)) > 0;
}

Name literal_name(std::string_view name) {
    Name n;
    n.literal = std::string(name);
    return n;
}

Name east_asian_name(std::string_view name, const std::vector<Word>& words) {
    // "熊倉 潤": family and given name with a space; anything else stays whole.
    const bool two_short_words = words.size() == 2 && words[0].size() <= 4 && words[1].size() <= 4;
    if (!two_short_words || ends_like_east_asian_organisation(name)) return literal_name(name);
    Name n;
    n.family = text::to_utf8(words[0]);
    n.given = text::to_utf8(words[1]);
    return n;
}

Name inverted_name(std::string_view name) {
    // "Family, Given"
    const auto comma = name.find(',');
    const auto family = text::trim(name.substr(0, comma));
    const auto given = text::trim(name.substr(comma + 1));
    if (family.empty() || given.empty()) return literal_name(name);
    Name n;
    n.family = std::string(family);
    n.given = std::string(given);
    return n;
}

Name western_name(std::string_view name, const std::vector<Word>& words) {
    if (words.size() < 2 || words.size() > 5) return literal_name(name);
    const bool initials_after_family =
        std::all_of(words.begin() + 1, words.end(), [](const Word& w) { return is_initials(w); });
    Name n;
    if (initials_after_family) {   // "Лавров С.В."
        n.family = text::to_utf8(words[0]);
        n.given = join_words(words, 1, words.size());
        return n;
    }
    // "Given [Middle] [particle] Family"
    std::size_t family = words.size() - 1;
    std::size_t particle = family;
    while (particle > 1 && is_particle(lower(words[particle - 1]))) --particle;
    n.family = text::to_utf8(words[family]);
    n.particle = join_words(words, particle, family);
    n.given = join_words(words, 0, particle);
    return n;
}

bool parse_int(std::string_view s, std::size_t digits, int& value) {
    if (s.size() != digits) return false;
    value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':';
}

bool is_safe_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), is_key_char);
}

std::string ascii_stem(std::string_view stem) {
    std::string out;
    for (char c : stem)
        if (is_key_char(c) && c != ':' && c != '.') out += c;
    return out.empty() ? "ref" : out;
}

// Make `wanted` unique among `taken` by appending -2, -3, ...
std::string unique(const std::string& wanted, std::set<std::string>& taken) {
    std::string candidate = wanted;
    for (int i = 2; taken.count(candidate); ++i) candidate = wanted + "-" + std::to_string(i);
    taken.insert(candidate);
    return candidate;
}

}  // namespace

const std::vector<std::string>& csl_types() {
    static const std::vector<std::string> types = {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
        "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
        "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
        "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report", "review",
        "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    };
    return types;
}

std::string csl_type(const Citation& citation) {
    const auto& types = csl_types();
    const bool known = std::find(types.begin(), types.end(), citation.type) != types.end();
    return known ? citation.type : "document";
}

std::string Name::inverted() const {
    if (is_literal()) return literal;
    std::string family_part = particle.empty() ? family : particle + " " + family;
    return given.empty() ? family_part : family_part + ", " + given;
}

Name parse_name(std::string_view raw) {
    const auto name = text::trim(raw);
    const auto cps = text::to_u32(name);
    const auto words = split_words(cps);
    if (words.empty()) return literal_name(name);
    if (std::any_of(cps.begin(), cps.end(), is_east_asian)) return east_asian_name(name, words);
    if (looks_like_organisation(words)) return literal_name(name);
    if (name.find(',') != std::string_view::npos) return inverted_name(name);
    return western_name(name, words);
}

std::vector<int> date_parts(std::string_view iso) {
    int year = 0, month = 0, day = 0;
    if (iso.size() < 4 || !parse_int(iso.substr(0, 4), 4, year)) return {};
    if (iso.size() == 4) return {year};
    if (iso.size() < 7 || iso[4] != '-' || !parse_int(iso.substr(5, 2), 2, month) || month < 1 ||
        month > 12)
        return {};
    if (iso.size() == 7) return {year, month};
    if (iso.size() != 10 || iso[7] != '-' || !parse_int(iso.substr(8, 2), 2, day) || day < 1 || day > 31)
        return {};
    return {year, month, day};
}

std::vector<std::vector<int>> date_range_parts(std::string_view iso) {
    const auto slash = iso.find('/');
    if (slash == std::string_view::npos) {
        auto parts = date_parts(iso);
        if (parts.empty()) return {};
        return {parts};
    }
    auto from = date_parts(iso.substr(0, slash));
    auto to = date_parts(iso.substr(slash + 1));
    if (from.empty() || to.empty()) return {};
    return {from, to};
}

PageRange page_range(std::string_view pages) {
    static const std::vector<std::string_view> dashes = {"--", "\xE2\x80\x93", "\xE2\x80\x94", "-",
                                                         "\xEF\xBD\x9E", "~"};   // -- – — - ～ ~
    const auto trimmed = text::trim(pages);
    for (auto dash : dashes) {
        const auto at = trimmed.find(dash);
        if (at == std::string_view::npos) continue;
        return {std::string(text::trim(trimmed.substr(0, at))),
                std::string(text::trim(trimmed.substr(at + dash.size())))};
    }
    return {std::string(trimmed), ""};
}

std::vector<std::string> csl_ids(const Document& doc) {
    std::vector<std::string> ids;
    std::set<std::string> taken;
    for (std::size_t i = 0; i < doc.citations.size(); ++i) {
        const auto& id = doc.citations[i].id;
        ids.push_back(unique(id.empty() ? doc.stem + "-" + std::to_string(i + 1) : id, taken));
    }
    return ids;
}

std::vector<std::string> ascii_keys(const Document& doc) {
    std::vector<std::string> keys;
    std::set<std::string> taken;
    const std::string stem = ascii_stem(doc.stem);
    for (const auto& c : doc.citations) {
        std::string key = c.id;
        if (!is_safe_key(key)) {
            key = c.note > 0 ? stem + "-n" + std::to_string(c.note) + "-" + std::to_string(c.seq)
                             : stem + "-b" + std::to_string(c.seq);
        }
        keys.push_back(unique(key, taken));
    }
    return keys;
}

bool is_library_item(const Citation& c) { return c.repeats <= 0; }

std::string item_pages(const Citation& c) {
    if (c.container.empty()) return {};
    return c.pages;
}

}  // namespace shiryo::exporters::bibliographic
