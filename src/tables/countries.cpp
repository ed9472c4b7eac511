// Japanese country names to ISO 3166-1 alpha-3, from ICU's Japanese region
// display names plus the variants Japanese texts use that ICU does not.
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <string>
#include <unordered_map>

#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::tables {

namespace {

// Spelling variants folded away before comparing: NFKC, no middle dots or
// spaces, ヴ-row katakana as their バ-row equivalents (モルドヴァ = モルドバ).
std::string name_key(std::string_view name) {
    const std::u32string s = text::to_u32(text::nfkc(text::trim(name)));
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char32_t c = s[i];
        if (c == U'・' || c == U'･' || c == U'=' || c == U'＝' || c == U' ' || c == U'\u3000' || c == U'\t') continue;
        if (c == U'ヴ') {
            const char32_t next = i + 1 < s.size() ? s[i + 1] : 0;
            switch (next) {
                case U'ァ': out.push_back(U'バ'); ++i; continue;
                case U'ィ': out.push_back(U'ビ'); ++i; continue;
                case U'ェ': out.push_back(U'ベ'); ++i; continue;
                case U'ォ': out.push_back(U'ボ'); ++i; continue;
                default: out.push_back(U'ブ'); continue;
            }
        }
        out.push_back(c);
    }
    return text::to_utf8(out);
}

struct Alias {
    const char* name;
    const char* iso3;
};

// Names in Japanese texts that ICU spells otherwise or not at all.
constexpr Alias kAliases[] = {
    {"アメリカ", "USA"},         {"米国", "USA"},           {"合衆国", "USA"},
    {"英国", "GBR"},             {"連合王国", "GBR"},       {"ロシア連邦", "RUS"},
    {"キルギス", "KGZ"},         {"キルギスタン", "KGZ"},   {"キルギス共和国", "KGZ"},
    {"ベラルーシ", "BLR"},       {"ベロルシア", "BLR"},     {"白ロシア", "BLR"},
    {"ベラルーシ共和国", "BLR"}, {"グルジア", "GEO"},       {"ジョージア", "GEO"},
    {"モルドバ", "MDA"},         {"モルドワ", "MDA"},       {"アゼルバイジャン", "AZE"},
    {"アルメニア", "ARM"},       {"中華人民共和国", "CHN"}, {"大韓民国", "KOR"},
    {"朝鮮民主主義人民共和国", "PRK"}, {"マケドニア", "MKD"}, {"スワジランド", "SWZ"},
    {"ビルマ", "MMR"},           {"バチカン", "VAT"},       {"パレスチナ", "PSE"},
    {"コートジボアール", "CIV"}, {"チェコ共和国", "CZE"},   {"ドイツ連邦共和国", "DEU"},
    {"トルクメニア", "TKM"},     {"タジク", "TJK"},         {"ウズベク", "UZB"},
    {"カザフ", "KAZ"},           {"ユーゴスラビア", "SRB"}, {"セルビア", "SRB"},
    {"グレートブリテン及び北アイルランド", "GBR"}, {"グレートブリテンおよび北アイルランド", "GBR"},
};

void add(std::unordered_map<std::string, std::string>& map, std::string_view name, const std::string& iso3) {
    const std::string key = name_key(name);
    if (!key.empty()) map.emplace(key, iso3);   // the first spelling registered wins
}

// "ミャンマー (ビルマ)", "コンゴ共和国(ブラザビル)": both the name and the
// bracketed part are names of the region.
void add_display_name(std::unordered_map<std::string, std::string>& map, const std::string& name,
                      const std::string& iso3) {
    const std::string folded = text::nfkc(name);
    const std::size_t open = folded.find('(');
    if (open == std::string::npos) {
        add(map, folded, iso3);
        return;
    }
    add(map, folded.substr(0, open), iso3);
    const std::size_t close = folded.find(')', open);
    if (close != std::string::npos) add(map, folded.substr(open + 1, close - open - 1), iso3);
}

std::unordered_map<std::string, std::string> build_country_map() {
    std::unordered_map<std::string, std::string> map;
    for (const Alias& a : kAliases) add(map, a.name, a.iso3);
    const icu::Locale japanese = icu::Locale::getJapanese();
    for (const char* const* region = uloc_getISOCountries(); *region; ++region) {
        const icu::Locale locale("", *region);
        const std::string iso3 = locale.getISO3Country();
        if (iso3.size() != 3) continue;
        icu::UnicodeString display;
        locale.getDisplayCountry(japanese, display);
        std::string utf8;
        display.toUTF8String(utf8);
        add_display_name(map, utf8, iso3);
    }
    return map;
}

const std::unordered_map<std::string, std::string>& country_map() {
    static const std::unordered_map<std::string, std::string> map = build_country_map();   // thread-safe init
    return map;
}

// "ロシア*", "ロシア（注）", "ロシア1)", "ロシア注2" -> "ロシア": the name
// without a note marker or bracketed remark after it.
std::string without_decorations(std::string key) {
    const std::size_t open = key.find('(');
    if (open != std::string::npos && open > 0) key.erase(open);
    for (;;) {
        const std::size_t before = key.size();
        while (!key.empty() && (key.back() == '*' || key.back() == ')' || (key.back() >= '0' && key.back() <= '9')))
            key.pop_back();
        if (text::ends_with(key, "注") && key.size() < before) key.erase(key.size() - std::string_view("注").size());
        if (key.size() == before) break;
    }
    return key;
}

// Words of a state's formal name that follow its short name: "キルギス共和国",
// "ロシア連邦", "モンゴル国", "ベトナム社会主義共和国", "ラオス人民民主共和国",
// "イラン・イスラム共和国", "ネパール連邦民主共和国". Longer words first.
constexpr std::string_view kStateWords[] = {
    "民主社会主義", "社会主義", "人民民主", "民主主義", "連合王国", "共和国", "大公国", "イスラム",
    "アラブ",       "連邦",     "王国",     "公国",     "民主",     "人民",   "国",
};

// The key without one state word at its end ("" when none is there, or
// the short name would be less than two characters).
std::string without_state_word(const std::string& key) {
    for (std::string_view w : kStateWords) {
        if (!text::ends_with(key, w)) continue;
        const std::string rest = key.substr(0, key.size() - w.size());
        if (text::to_u32(rest).size() >= 2) return rest;
    }
    return "";
}

}  // namespace

std::string iso3_from_japanese(const std::string& name) {
    const auto& map = country_map();
    const std::string key = name_key(name);
    if (key.empty()) return "";
    if (auto it = map.find(key); it != map.end()) return it->second;
    // The name as printed first (ICU knows "コンゴ民主共和国" and
    // "ドミニカ国"), then with the state words taken off one at a time.
    std::string bare = without_decorations(key);
    if (bare != key)
        if (auto it = map.find(bare); it != map.end()) return it->second;
    while (!(bare = without_state_word(bare)).empty())
        if (auto it = map.find(bare); it != map.end()) return it->second;
    return "";
}

}  // namespace shiryo::tables
