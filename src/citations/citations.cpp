// Stage: parse citations (bibliographic references) in notes and body text.
//
// A citation is read from its structure, not from known strings:
//   creators  「title」 or “title,”  『container』  element、element、…  <url>
// where the elements are separated by 、 , 。 (and ". " in Western text) and
// each element is scanned for pages (頁, ページ, pp.), volume and issue (巻,
// 号, 月号, Vol., No.), a date, an access date (閲覧, accessed); what is left
// over is a role (編, 訳, ed.), a genre (報告書), a publisher or a container.
// A Western citation without quotes is anchored on its trailing imprint
// ("Place: Publisher", the place possibly split by its own comma, as in
// "Washington, D.C."): everything between the creators and the imprint is
// the title, commas and years included. The type follows the shape; the
// few word lists it needs (news agencies, outlet name endings, report
// genres) are tables under "word lists" below.
// Everything is hand-written forward scanning over UTF-32 text.
#include "citations/citations.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include "citations/scan.hpp"
#include "text/unicode.hpp"

namespace shiryo::citations {

namespace {

using namespace detail;
constexpr std::size_t npos = std::u32string::npos;

// ---------------------------------------------------------------- source text

struct Src {
    U32 w;                            // original code points
    U32 f;                            // folded (same length)
    std::string utf8;
    std::vector<std::size_t> bytes;   // byte offset of each code point (size n + 1)
};

Src make_src(std::string_view s) {
    Src src;
    src.utf8 = std::string(s);
    src.w = text::to_u32(s);
    src.f = fold(src.w);
    src.bytes.reserve(src.w.size() + 1);
    std::size_t off = 0;
    for (char32_t c : src.w) {
        src.bytes.push_back(off);
        off += text::to_utf8(c).size();
    }
    src.bytes.push_back(off);
    // invalid bytes became U+FFFD: keep offsets consistent with the re-encoded text
    if (off != src.utf8.size()) src.utf8 = text::to_utf8(src.w);
    return src;
}

std::string slice(const Src& s, std::size_t b, std::size_t e) {
    if (e <= b) return {};
    return s.utf8.substr(s.bytes[b], s.bytes[e] - s.bytes[b]);
}

std::string u8(U32View v) { return text::to_utf8(v); }

bool at(U32View f, std::size_t i, U32View w) { return i <= f.size() && f.substr(i, w.size()) == w; }

char32_t lower(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }

bool iat(U32View f, std::size_t i, U32View w) {   // case-insensitive (w lower case)
    if (i + w.size() > f.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
        if (lower(f[i + k]) != w[k]) return false;
    return true;
}

U32 lower(U32View s) {
    U32 out(s);
    for (auto& c : out) c = lower(c);
    return out;
}

bool contains(U32View s, U32View w) { return s.find(w) != U32View::npos; }
bool ends_with(U32View s, U32View w) { return s.size() >= w.size() && s.substr(s.size() - w.size()) == w; }
bool starts_with(U32View s, U32View w) { return s.substr(0, w.size()) == w; }

U32 trimmed(U32View s, U32View extra = U"") {
    std::size_t b = 0, e = s.size();
    trim_range(s, b, e, extra);
    return U32(s.substr(b, e - b));
}

bool is_word_letter(char32_t c) { return is_latin_letter(c) || is_cyrillic(c); }

bool is_url_char(char32_t c) {
    if (c <= 0x20 || c > 0x7E) return false;
    return c != U'<' && c != U'>' && c != U'"' && c != U'`' && c != U'{' && c != U'}' && c != U'|' &&
           c != U'\\' && c != U'^';
}

bool has_kana(U32View s) {
    return std::any_of(s.begin(), s.end(), [](char32_t c) { return is_kana(c); });
}
bool has_hiragana(U32View s) {
    return std::any_of(s.begin(), s.end(), [](char32_t c) { return is_hiragana(c); });
}
bool has_han(U32View s) {
    return std::any_of(s.begin(), s.end(), [](char32_t c) { return is_han(c); });
}
bool has_digit(U32View s) {
    return std::any_of(s.begin(), s.end(), [](char32_t c) { return is_ascii_digit(fold(c)); });
}
bool is_western(U32View s) {   // Latin or Cyrillic letters and no Japanese/Chinese script
    bool letters = false;
    for (char32_t c : s) {
        if (is_kana(c) || is_han(c) || is_hangul(c)) return false;
        if (is_word_letter(c)) letters = true;
    }
    return letters;
}

// ---------------------------------------------------------------- pieces

enum class PK { Text, Title, Container, Paren, Url };

struct Piece {
    PK kind = PK::Text;
    std::size_t b = 0, e = 0;     // content
    std::size_t ob = 0, oe = 0;   // with brackets
    char32_t open = 0;
};

bool looks_url(U32View content) {
    auto t = trimmed(content);
    auto l = lower(t);
    return starts_with(l, U"http://") || starts_with(l, U"https://") || starts_with(l, U"www.") ||
           starts_with(l, U"ftp://") || contains(l, U"://");
}

bool url_start(const Src& s, std::size_t i) {
    // after a closing bracket too: "(最終閲覧日 2024 年 7 月 31 日)https://…"
    if (i > 0 && is_url_char(s.w[i - 1]) && s.w[i - 1] != U')' && s.w[i - 1] != U']') return false;
    return iat(s.w, i, U"http://") || iat(s.w, i, U"https://") || iat(s.w, i, U"www.");
}

std::size_t bare_url_end(const Src& s, std::size_t i, std::size_t e) {
    std::size_t k = i;
    int parens = 0;
    while (k < e && is_url_char(s.w[k])) {
        if (s.w[k] == U'(') ++parens;
        if (s.w[k] == U')') {
            if (parens == 0) break;
            --parens;
        }
        ++k;
    }
    while (k > i && (s.w[k - 1] == U'.' || s.w[k - 1] == U',' || s.w[k - 1] == U';' || s.w[k - 1] == U':' ||
                     s.w[k - 1] == U'\''))
        --k;
    return k;
}

// Digits-only content of a "(3)" directly after a number ("12(3)"): not a group.
bool volume_issue_paren(const Src& s, std::size_t i, std::size_t e, std::size_t b) {
    if (i == b || !is_ascii_digit(s.f[i - 1])) return false;
    std::size_t k = i + 1;
    while (k < e && is_ascii_digit(s.f[k]) && k - i <= 4) ++k;
    return k > i + 1 && k < e && s.f[k] == U')';
}

std::vector<Piece> tokenize(const Src& s, std::size_t b, std::size_t e) {
    std::vector<Piece> out;
    const BracketTable brackets(s.f, b, e);
    std::size_t ts = b;
    auto flush = [&](std::size_t upto) {
        if (upto > ts) out.push_back({PK::Text, ts, upto, ts, upto, 0});
    };
    std::size_t i = b;
    while (i < e) {
        const char32_t c = s.f[i];
        if (c == U'<') {
            std::size_t cl = brackets.close(i);
            if (cl != npos && looks_url(U32View(s.w).substr(i + 1, cl - i - 1))) {
                flush(i);
                out.push_back({PK::Url, i + 1, cl, i, cl + 1, c});
                i = cl + 1;
                ts = i;
                continue;
            }
        }
        if ((c == U'h' || c == U'H' || c == U'w' || c == U'W') && s.w[i] < 0x80 && url_start(s, i)) {
            std::size_t k = bare_url_end(s, i, e);
            flush(i);
            out.push_back({PK::Url, i, k, i, k, 0});
            i = k;
            ts = i;
            continue;
        }
        const char32_t close = closer_of(c);
        if (close && c != U'<' && !(c == U'(' && volume_issue_paren(s, i, e, b))) {
            std::size_t cl = brackets.close(i);
            if (cl != npos) {
                PK kind = PK::Paren;
                if (c == 0x300C || c == 0x201C || c == U'"' || c == 0x3008 || c == 0x00AB || c == 0x2018)
                    kind = PK::Title;
                else if (c == 0x300E || c == 0x300A)
                    kind = PK::Container;
                flush(i);
                out.push_back({kind, i + 1, cl, i, cl + 1, c});
                i = cl + 1;
                ts = i;
                continue;
            }
        }
        ++i;
    }
    flush(e);
    return out;
}

// ---------------------------------------------------------------- elements

struct Elem {
    std::size_t b = 0, e = 0;     // content range in the source
    std::size_t oe = 0;           // end including a closing bracket (for raw)
    bool paren = false;
    int role = 0;                 // 1 editor, 2 translator, 3 author (from a "(ed.)" paren)
    PK group = PK::Text;          // Title/Container: a stray bracketed group
    bool publisher = false;       // follows "Place:" in a bracket: the publisher
};

bool is_abbreviation(U32View f, std::size_t dot) {
    std::size_t k = dot;
    while (k > 0 && is_word_letter(f[k - 1])) --k;
    const std::size_t len = dot - k;
    if (len == 0) return false;
    if (len == 1) return true;   // an initial: "J.", "И."
    static const std::array<U32View, 40> abbr{{
        U"vol", U"vols", U"no", U"nos", U"pp", U"ed", U"eds", U"trans", U"tr", U"jr", U"dr", U"mr", U"ms", U"mrs",
        U"st", U"cit", U"op", U"loc", U"al", U"ibid", U"id", U"nr", U"bd", U"hrsg", U"inc", U"co", U"ltd",
        U"univ", U"dept", U"jan", U"feb", U"mar", U"apr", U"jun", U"jul", U"aug", U"sep", U"sept", U"oct", U"nov"}};
    auto w = lower(f.substr(k, len));
    for (auto a : abbr)
        if (w == a) return true;
    return w == U"dec" || w == U"cf" || w == U"vs" || w == U"ca" || w == U"eg" || w == U"ie" || w == U"гг" ||
           w == U"стр" || w == U"вып" || w == U"изд" || w == U"им";
}

// "March 3, 2021": a comma between a day and a year is not a separator.
bool date_comma(U32View f, std::size_t i, std::size_t e) {
    std::size_t k = i;
    std::size_t d = 0;
    while (k > 0 && is_ascii_digit(f[k - 1]) && d < 3) { --k; ++d; }
    if (d == 0 || d > 2 || k == 0 || !is_space(f[k - 1])) return false;
    std::size_t m = k - 1;
    while (m > 0 && is_space(f[m - 1])) --m;
    if (m == 0 || !(is_word_letter(f[m - 1]) || f[m - 1] == U'.')) return false;
    std::size_t j = i + 1;
    while (j < e && is_space(f[j])) ++j;
    std::size_t y = j;
    while (y < e && is_ascii_digit(f[y])) ++y;
    return y - j == 4;
}

void split_text(const Src& s, std::size_t b, std::size_t e, bool paren, std::vector<Elem>& out, std::size_t oe = 0) {
    std::size_t start = b;
    auto push = [&](std::size_t upto, std::size_t outer) {
        std::size_t x = start, y = upto;
        trim_range(s.w, x, y);
        if (y > x) out.push_back({x, y, std::max(outer, y), paren, 0});
    };
    for (std::size_t i = b; i < e; ++i) {
        const char32_t c = s.f[i];
        bool sep = false;
        if (c == U'、' || c == U'。' || c == U';') sep = true;
        else if (c == U',') sep = !date_comma(s.f, i, e);
        else if (c == U'.') sep = (i + 1 == e || is_space(s.f[i + 1])) && !is_abbreviation(s.f, i);
        if (sep) {
            // a closing 。 or . belongs to the citation's text, a 、 or , does not
            push(i, (c == U'。' || c == U'.') ? i + 1 : i);
            start = i + 1;
        }
    }
    push(e, oe);
}

std::optional<int> role_word(U32View content) {
    auto t = lower(trimmed(content, U".,"));
    if (t == U"ed" || t == U"eds" || t == U"編" || t == U"編著" || t == U"監修" || t == U"編集" || t == U"hrsg" ||
        t == U"comp" || t == U"eds.")
        return 1;
    if (t == U"trans" || t == U"tr" || t == U"訳" || t == U"監訳" || t == U"翻訳") return 2;
    return std::nullopt;
}

bool has_access_word(U32View f) {
    auto l = lower(f);
    for (U32View w : {U32View(U"閲覧"), U32View(U"アクセス"), U32View(U"accessed"), U32View(U"access date"),
                      U32View(U"retrieved"), U32View(U"访问"), U32View(U"訪問日"), U32View(U"查阅"),
                      U32View(U"检索"), U32View(U"檢索"), U32View(U"обращения"), U32View(U"参照日"),
                      U32View(U"取得日"), U32View(U"確認日"), U32View(U"last visited"), U32View(U"viewed")})
        if (contains(l, w)) return true;
    return false;
}

// Elements of the pieces [from, to), skipping the ones listed in `skip`.
std::vector<Piece> tokenize(const Src& s, std::size_t b, std::size_t e);

// Elements of the pieces [from, to), skipping the ones listed in `skip`.
void elements_into(const Src& s, const std::vector<Piece>& pieces, std::size_t from, std::size_t to,
                   const std::vector<std::size_t>& skip, bool in_paren, std::size_t paren_oe, int depth,
                   std::vector<Elem>& out) {
    for (std::size_t k = from; k < to; ++k) {
        if (std::find(skip.begin(), skip.end(), k) != skip.end()) continue;
        const Piece& p = pieces[k];
        switch (p.kind) {
            case PK::Url:
                break;
            case PK::Text: {
                const bool last = k + 1 == to;
                split_text(s, p.b, p.e, in_paren, out, last ? paren_oe : 0);
                break;
            }
            case PK::Paren: {
                U32View content = U32View(s.f).substr(p.b, p.e - p.b);
                if (auto r = role_word(content)) {
                    if (!out.empty() && !out.back().paren) {
                        out.back().role = *r;
                        out.back().oe = p.oe;
                    }
                    break;
                }
                if (has_access_word(content) || depth > 2) {
                    std::size_t x = p.b, y = p.e;
                    trim_range(s.w, x, y);
                    if (y > x) out.push_back({x, y, p.oe, true, 0, PK::Text});
                    break;
                }
                // "(Washington, DC: Carnegie Endowment, 2011)", "（東京：岩波書店、2003 年）":
                // the place before the colon is dropped, the next element is the publisher
                std::size_t from_pos = p.b;
                for (std::size_t i = p.b; i < p.e && i - p.b < 40; ++i) {
                    if (s.f[i] != U':') continue;
                    if (i + 1 < p.e && s.f[i + 1] == U'/') break;
                    if (!has_digit(U32View(s.f).substr(p.b, i - p.b)) && i > p.b) from_pos = i + 1;
                    break;
                }
                // "（『叢書』第 3 巻、岩波書店、2003 年）": the bracket's own pieces
                auto inner = tokenize(s, from_pos, p.e);
                const std::size_t first = out.size();
                elements_into(s, inner, 0, inner.size(), {}, true, p.oe, depth + 1, out);
                if (from_pos != p.b && out.size() > first) out[first].publisher = true;
                break;
            }
            case PK::Title:
            case PK::Container: {
                // a stray group after the main ones: kept whole
                out.push_back({p.b, p.e, p.oe, in_paren, 0, p.kind});
                break;
            }
        }
    }
}

std::vector<Elem> elements(const Src& s, const std::vector<Piece>& pieces, std::size_t from, std::size_t to,
                           const std::vector<std::size_t>& skip) {
    std::vector<Elem> out;
    elements_into(s, pieces, from, to, skip, false, 0, 0, out);
    return out;
}

// ---------------------------------------------------------------- scanners on one element

struct Scan {
    U32 f;                  // folded element text
    std::vector<char> used;
    explicit Scan(U32View folded) : f(folded), used(folded.size(), 0) {}
    void mark(std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e && i < used.size(); ++i) used[i] = 1;
    }
    U32 masked() const {
        U32 m(f);
        for (std::size_t i = 0; i < m.size(); ++i)
            if (used[i]) m[i] = U' ';
        return m;
    }
};

std::size_t skip_sp(U32View f, std::size_t i) {
    while (i < f.size() && is_space(f[i])) ++i;
    return i;
}

// digits [ - digits ] at i; "79-84" / "5"
std::optional<std::string> number_range(U32View f, std::size_t i, std::size_t& end) {
    std::size_t k = i;
    while (k < f.size() && is_ascii_digit(f[k])) ++k;
    if (k == i || k - i > 6) return std::nullopt;
    std::string out = u8(f.substr(i, k - i));
    end = k;
    std::size_t j = skip_sp(f, k);
    if (j < f.size() && is_dash(f[j])) {
        std::size_t j2 = skip_sp(f, j + 1);
        std::size_t k2 = j2;
        while (k2 < f.size() && is_ascii_digit(f[k2])) ++k2;
        if (k2 > j2 && k2 - j2 <= 6) {
            out.push_back('-');   // (not "-" + string: GCC 12 warns -Wrestrict on that)
            out.append(u8(f.substr(j2, k2 - j2)));
            end = k2;
        }
    }
    return out;
}

std::optional<std::string> scan_pages(Scan& sc) {
    const U32& f = sc.f;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (sc.used[i]) continue;
        if (is_word_letter(f[i]) && (i == 0 || !is_word_letter(f[i - 1]))) {
            std::size_t k = i;
            while (k < f.size() && is_word_letter(f[k])) ++k;
            auto w = lower(U32View(f).substr(i, k - i));
            const bool prefix = w == U"p" || w == U"pp" || w == U"s" || w == U"с" || w == U"page" ||
                                w == U"pages" || w == U"стр" || w == U"ss";
            if (prefix) {
                std::size_t j = k;
                bool dot = j < f.size() && f[j] == U'.';
                if (dot) ++j;
                if (dot || w == U"pp" || w == U"page" || w == U"pages") {
                    j = skip_sp(f, j);
                    std::size_t end = 0;
                    if (auto r = number_range(f, j, end)) {
                        sc.mark(i, end);
                        return r;
                    }
                }
            }
            i = k - 1;
            continue;
        }
        if (is_ascii_digit(f[i]) && (i == 0 || !is_ascii_digit(f[i - 1]))) {
            std::size_t end = 0;
            auto r = number_range(f, i, end);
            if (!r) continue;
            std::size_t j = skip_sp(f, end);
            std::size_t unit = 0;
            if (at(f, j, U"ページ")) unit = 3;
            else if (j < f.size() && (f[j] == U'頁' || f[j] == U'页' || f[j] == U'面' || f[j] == U'쪽')) unit = 1;
            if (unit) {
                std::size_t b = i;
                std::size_t pb = i;
                while (pb > 0 && is_space(f[pb - 1])) --pb;
                if (pb > 0 && f[pb - 1] == U'第') b = pb - 1;
                std::size_t e = j + unit;
                if (at(f, e, U"目")) ++e;
                sc.mark(b, e);
                return r;
            }
            i = end - 1;
        }
    }
    // Chicago: "(2003): 45-67" leaves ": 45-67"
    std::size_t i = skip_sp(f, 0);
    if (i < f.size() && f[i] == U':') {
        std::size_t j = skip_sp(f, i + 1), end = 0;
        if (auto r = number_range(f, j, end)) {
            if (skip_sp(f, end) >= f.size() || f[skip_sp(f, end)] == U'.') {
                sc.mark(i, end);
                return r;
            }
        }
    }
    return std::nullopt;
}

struct VolIssue {
    std::string volume, issue;
    bool month_issue = false;
};

void scan_volume_issue(Scan& sc, U32View original, VolIssue& vi) {
    const U32& f = sc.f;
    auto set_issue = [&](std::string v) {
        if (vi.issue.empty()) vi.issue = std::move(v);
    };
    auto set_volume = [&](std::string v) {
        if (vi.volume.empty()) vi.volume = std::move(v);
    };
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (sc.used[i]) continue;
        const char32_t c = f[i];
        // 第 3 巻第 2 号, 第 50 集
        if (c == U'第') {
            std::size_t j = skip_sp(f, i + 1), k = j;
            while (k < f.size() && is_ascii_digit(f[k])) ++k;
            if (k > j) {
                std::size_t u = skip_sp(f, k);
                if (u < f.size() && f[u] == U'巻') { set_volume(u8(f.substr(j, k - j))); sc.mark(i, u + 1); i = u; continue; }
                if (u < f.size() && (f[u] == U'号' || f[u] == U'集' || f[u] == U'期')) { set_issue(u8(f.substr(j, k - j))); sc.mark(i, u + 1); i = u; continue; }
            }
            continue;
        }
        if (is_ascii_digit(c) && (i == 0 || (!is_ascii_digit(f[i - 1]) && !is_word_letter(f[i - 1])))) {
            std::size_t k = i;
            while (k < f.size() && is_ascii_digit(f[k])) ++k;
            const std::string num = u8(f.substr(i, k - i));
            std::size_t u = skip_sp(f, k);
            if (at(f, u, U"月号")) {
                set_issue(num);
                vi.month_issue = true;
                sc.mark(i, u + 2);
                i = u + 1;
                continue;
            }
            if (u < f.size() && f[u] == U'巻') { set_volume(num); sc.mark(i, u + 1); i = u; continue; }
            if (u < f.size() && f[u] == U'号') {
                std::size_t pb = i;
                while (pb > 0 && is_space(f[pb - 1])) --pb;
                const bool cumulative = pb >= 2 && f[pb - 2] == U'通' && f[pb - 1] == U'巻';
                if (!cumulative) set_issue(num);
                sc.mark(cumulative ? pb - 2 : i, u + 1);
                i = u;
                continue;
            }
            if (k < f.size() && f[k] == U'(') {
                std::size_t m = k + 1;
                while (m < f.size() && is_ascii_digit(f[m])) ++m;
                if (m > k + 1 && m < f.size() && f[m] == U')') {
                    set_volume(num);
                    set_issue(u8(f.substr(k + 1, m - k - 1)));
                    sc.mark(i, m + 1);
                    i = m;
                    continue;
                }
            }
            i = k - 1;
            continue;
        }
        if ((c == 0x2116 || (c == U'N' && i + 1 < f.size() && f[i + 1] == 0x00B0))) {   // № 2, N° 2
            std::size_t j = skip_sp(f, i + (c == 0x2116 ? 1 : 2)), k = j;
            while (k < f.size() && is_ascii_digit(f[k])) ++k;
            if (k > j) { set_issue(u8(f.substr(j, k - j))); sc.mark(i, k); i = k - 1; }
            continue;
        }
        if (is_word_letter(c) && (i == 0 || !is_word_letter(f[i - 1]))) {
            std::size_t k = i;
            while (k < f.size() && is_word_letter(f[k])) ++k;
            auto w = lower(U32View(f).substr(i, k - i));
            int kind = 0;
            if (w == U"vol" || w == U"volume" || w == U"т" || w == U"том" || w == U"bd" || w == U"tome") kind = 1;
            else if (w == U"no" || w == U"nos" || w == U"number" || w == U"issue" || w == U"nr" || w == U"вып" ||
                     w == U"iss")
                kind = 2;
            if (kind) {
                std::size_t j = k;
                if (j < f.size() && f[j] == U'.') ++j;
                j = skip_sp(f, j);
                std::size_t m = j;
                while (m < f.size() && is_ascii_digit(f[m])) ++m;
                if (m > j) {
                    if (kind == 1) set_volume(u8(f.substr(j, m - j)));
                    else set_issue(u8(f.substr(j, m - j)));
                    sc.mark(i, m);
                    i = m - 1;
                    continue;
                }
            }
            i = k - 1;
            continue;
        }
        // seasonal issues: 春号, 夏季号, 新年号
        for (U32View season : {U32View(U"新年"), U32View(U"新春"), U32View(U"春"), U32View(U"夏"), U32View(U"秋"),
                               U32View(U"冬")}) {
            if (!at(f, i, season)) continue;
            std::size_t j = i + season.size();
            if (at(f, j, U"季")) ++j;
            if (at(f, j, U"号")) {
                set_issue(u8(original.substr(i, j + 1 - i)));
                sc.mark(i, j + 1);
            }
            break;
        }
    }
}

// ---------------------------------------------------------------- creators

struct Names {
    std::vector<std::string> authors, editors, translators;
    bool same_as_before = false;   // 同, 同氏
    bool self = false;             // 拙稿
    std::size_t begin = npos;      // where the creators start in the source
};

// Split one creator phrase into names.
// cite.url-from-scheme: a URL starts at its scheme; what stands before
// "http://" or "https://" inside the brackets (substitutes of undecodable
// bytes, a stray label) is not part of it - the raw text keeps it.
std::string url_from_scheme(std::string url) {
    const std::size_t scheme = url.find("://");
    if (scheme == std::string::npos) return url;
    std::size_t b = scheme;
    while (b > 0 && ((url[b - 1] >= 'a' && url[b - 1] <= 'z') || (url[b - 1] >= 'A' && url[b - 1] <= 'Z'))) --b;
    return b > 0 && b < scheme ? url.substr(b) : url;
}

// The letters of one ・-part of a creator phrase, counted once for the name
// rules (cite.nakaguro-names, cite.hiragana-in-name).
struct NamePart {
    std::size_t han = 0, hiragana = 0, latin = 0, visible = 0;
    bool other = false;               // a character that is none of these, nor a space or , . ，
    bool hiragana_then_han = false;   // a kanji after a hiragana
    bool only_no = true;              // every hiragana is の
    bool starts_han = false;
};

NamePart name_part(U32View seg) {
    NamePart p;
    p.starts_han = !seg.empty() && is_han(seg[0]);
    for (char32_t c : seg) {
        if (!is_space(c)) ++p.visible;
        if (is_han(c)) {
            ++p.han;
            if (p.hiragana > 0) p.hiragana_then_han = true;
        } else if (is_hiragana(c)) {
            ++p.hiragana;
            if (c != U'の') p.only_no = false;
        } else if (is_latin_letter(fold(c))) {
            ++p.latin;
        } else if (!is_space(c) && c != U'，' && c != U',' && c != U'.') {
            p.other = true;
        }
    }
    return p;
}

bool organisation_like(U32View r);

std::vector<std::string> split_names(U32View phrase) {
    std::vector<std::string> out;
    U32 p = trimmed(phrase, U",，、:：");
    for (U32View tail : {U32View(U"ほか"), U32View(U"他"), U32View(U"et al."), U32View(U"et al"), U32View(U"等")})
        if (ends_with(p, tail) && p.size() > tail.size() + 1) p = trimmed(U32View(p).substr(0, p.size() - tail.size()), U",，、 ");
    if (p.empty()) return out;
    std::vector<U32> chunks;
    if (is_western(p)) {
        // "A and B", "A & B", "A; B"
        U32 lp = lower(p);
        std::size_t start = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            std::size_t len = 0;
            if (at(lp, i, U" and ")) len = 5;
            else if (at(lp, i, U" & ")) len = 3;
            else if (p[i] == U';') len = 1;
            else if (at(lp, i, U" и ")) len = 3;
            if (len) {
                chunks.push_back(p.substr(start, i - start));
                start = i + len;
                i += len - 1;
            }
        }
        chunks.push_back(p.substr(start));
        std::vector<U32> names;
        for (auto& ch : chunks) {
            // "Smith, John" is one name; "John Smith, Jane Doe" are two
            std::vector<U32> parts;
            std::size_t s = 0;
            for (std::size_t i = 0; i <= ch.size(); ++i)
                if (i == ch.size() || ch[i] == U',') {
                    auto t = trimmed(U32View(ch).substr(s, i - s));
                    if (!t.empty()) parts.push_back(t);
                    s = i + 1;
                }
            // cite.inverted-first-author: "Gleditsch, Nils Petter, Peter Wallensteen, ..." -
            // only the first name of a list is inverted (one word, then its given
            // names); the others are "Given Family", each of two words or more.
            bool inverted_first = parts.size() >= 2 && parts[0].find(U' ') == npos;
            for (std::size_t k = 2; k < parts.size() && inverted_first; ++k)
                inverted_first = parts[k].find(U' ') != npos;
            if (inverted_first && parts.size() > 2 && &ch != &chunks.front()) inverted_first = false;
            if (inverted_first) {
                names.push_back(parts[0] + U", " + parts[1]);
                for (std::size_t k = 2; k < parts.size(); ++k) names.push_back(parts[k]);
            } else {
                for (auto& t : parts) names.push_back(t);
            }
        }
        for (auto& n : names) {
            auto t = trimmed(n, U",;:");
            if (!t.empty()) out.push_back(u8(t));
        }
        return out;
    }
    // Japanese/Chinese: 熊倉潤・廣瀬陽子, A／B, A＆B
    std::size_t start = 0;
    for (std::size_t i = 0; i <= p.size(); ++i) {
        bool sep = i == p.size() || p[i] == U'／' || p[i] == U'/' || p[i] == U'&' || p[i] == U'＆' ||
                   p[i] == U'，' || p[i] == U',';
        // cite.fullwidth-inverted-name: "Sen，Amartya Kumar・東郷えりか" - a Latin family name
        // before the comma, Latin given names after it: one person
        if (sep && i < p.size() && (p[i] == U'，' || p[i] == U',') && i + 1 < p.size()) {
            bool one_word = i > start;
            for (std::size_t k = start; k < i && one_word; ++k) one_word = is_latin_letter(fold(p[k]));
            std::size_t n = i + 1;
            while (n < p.size() && is_space(p[n])) ++n;
            if (one_word && n < p.size() && is_latin_letter(fold(p[n])) && u_isupper(static_cast<UChar32>(p[n]))) {
                p = p.substr(0, i) + U", " + p.substr(n);
                i += 1;   // past ", "
                continue;
            }
        }
        if (sep) {
            chunks.push_back(trimmed(U32View(p).substr(start, i - start)));
            start = i + 1;
        }
    }
    for (auto& ch : chunks) {
        if (ch.empty()) continue;
        // split on ・ only between kanji names (katakana names keep their dots)
        std::vector<U32> segs;
        std::size_t s = 0;
        bool all_kanji = true;
        // cite.nakaguro-names: also an organisation (防衛大学校安全保障学研究会), given
        // names in hiragana (東郷えりか) or a Latin name (Amartya Kumar) between the dots
        for (std::size_t i = 0; i <= ch.size(); ++i)
            if (i == ch.size() || ch[i] == U'・') {
                auto seg = trimmed(U32View(ch).substr(s, i - s));
                const NamePart part = name_part(seg);
                const std::size_t han = part.han, hira = part.hiragana, visible = part.visible;
                const bool kanji_name = han == visible && han >= 2 && han <= 8;
                const bool hiragana_given = hira > 0 && han >= 2 && han + hira == visible && visible <= 8 && part.starts_han;
                const bool organisation = han == visible && han <= 20 && organisation_like(seg);
                const bool latin_name = part.latin > 0 && han == 0 && hira == 0;
                if (seg.empty() || !(kanji_name || hiragana_given || organisation || latin_name)) all_kanji = false;
                segs.push_back(seg);
                s = i + 1;
            }
        if (segs.size() > 1 && all_kanji)
            for (auto& g : segs) out.push_back(u8(g));
        else
            out.push_back(u8(ch));
    }
    return out;
}

// Role suffix of a Japanese creator phrase: 1 editor, 2 translator, 3 author.
int strip_role(U32& p) {
    struct R { U32View suffix; int role; };
    static const std::array<R, 18> roles{{
        {U"責任編集", 1}, {U"共編著", 1}, {U"編著", 1}, {U"共編", 1}, {U"監修", 1}, {U"編集", 1}, {U"主編", 1},
        {U"編", 1},      {U"监修", 1},  {U"共訳", 2}, {U"監訳", 2}, {U"翻訳", 2}, {U"訳者", 2}, {U"訳", 2},
        {U"共著", 3},    {U"著者", 3},  {U"著", 3},   {U"撰", 3}}};
    for (const auto& r : roles) {
        if (p.size() > r.suffix.size() && ends_with(p, r.suffix)) {
            p = trimmed(U32View(p).substr(0, p.size() - r.suffix.size()), U"、,，");
            return r.role;
        }
    }
    // Western: "(ed.)", ", ed.", " eds.", "ed. by …", "trans. by …"
    U32 l = lower(p);
    for (U32View s : {U32View(U" (eds.)"), U32View(U" (ed.)"), U32View(U", eds."), U32View(U", ed."),
                      U32View(U" eds."), U32View(U" ed."), U32View(U" (eds)"), U32View(U" (ed)"), U32View(U" (hrsg.)")})
        if (ends_with(l, s)) {
            p = trimmed(U32View(p).substr(0, p.size() - s.size()), U",");
            return 1;
        }
    for (U32View s : {U32View(U" (trans.)"), U32View(U", trans."), U32View(U" trans.")})
        if (ends_with(l, s)) {
            p = trimmed(U32View(p).substr(0, p.size() - s.size()), U",");
            return 2;
        }
    for (auto [pre, role] : {std::pair<U32View, int>{U"edited by ", 1}, {U"ed. by ", 1}, {U"eds. ", 1},
                             {U"ed. ", 1}, {U"translated by ", 2}, {U"trans. by ", 2}, {U"trans. ", 2},
                             {U"tr. ", 2}, {U"под ред. ", 1}, {U"пер. ", 2}})
        if (starts_with(l, pre)) {
            p = trimmed(U32View(p).substr(pre.size()));
            return role;
        }
    return 0;
}

bool is_self_word(U32View p, int& role) {
    role = 3;
    if (p == U"拙稿" || p == U"拙著" || p == U"拙論" || p == U"拙文" || p == U"筆者" || p == U"拙論文" ||
        p == U"拙書" || p == U"拙論考" || p == U"拙稿・拙著")
        return true;
    if (p == U"拙編" || p == U"拙編著") { role = 1; return true; }
    if (p == U"拙訳") { role = 2; return true; }
    return false;
}

void add_names(Names& n, int role, U32 phrase, const CitationContext& ctx) {
    phrase = trimmed(phrase, U",，、:：");
    if (phrase.empty()) return;
    int self_role = 3;
    if (is_self_word(phrase, self_role)) {
        n.self = true;
        if (!ctx.document_author.empty()) {
            auto& dst = self_role == 1 ? n.editors : self_role == 2 ? n.translators : n.authors;
            dst.push_back(ctx.document_author);
        }
        return;
    }
    if (phrase == U"同" || phrase == U"同氏" || phrase == U"同著者" || phrase == U"同人") {
        n.same_as_before = true;
        return;
    }
    auto names = split_names(phrase);
    // cite.surname-initials-pairs: "Boley, A.C., Byers, M." splits into surname and
    // initials by turns; each pair is one person, "A.C. Boley".
    auto initials_only = [](const std::string& x) {
        const U32 u = text::to_u32(x);
        if (u.empty() || u.back() != U'.') return false;
        for (std::size_t k = 0; k < u.size(); ++k) {
            const bool cap = u_isupper(static_cast<UChar32>(u[k]));
            const bool dot = u[k] == U'.' || u[k] == U'-' || u[k] == U' ';
            if (!cap && !dot) return false;
        }
        return true;
    };
    if (names.size() >= 2 && names.size() % 2 == 0) {
        bool pairs = true;
        for (std::size_t k = 0; k < names.size(); k += 2)
            pairs = pairs && !initials_only(names[k]) && initials_only(names[k + 1]);
        if (pairs) {
            std::vector<std::string> joined;
            for (std::size_t k = 0; k < names.size(); k += 2) joined.push_back(names[k + 1] + " " + names[k]);
            names = std::move(joined);
        }
    }
    // cite.name-final-period: "湯浅 南穂. “…”", "Jeff Dean." - the period that ends
    // the names in a reference list is not the name's; an initial keeps its own ("J.").
    for (auto& x : names) {
        const U32 u = text::to_u32(x);
        if (u.size() < 2 || u.back() != U'.') continue;
        std::size_t w = u.size() - 1;
        while (w > 0 && !is_space(u[w - 1]) && u[w - 1] != U'.') --w;
        const std::size_t last_word = u.size() - 1 - w;
        if (last_word > 2 || text::is_japanese(u[u.size() - 2])) x = text::to_utf8(U32View(u).substr(0, u.size() - 1));
    }
    auto& dst = role == 1 ? n.editors : role == 2 ? n.translators : n.authors;
    for (auto& x : names) dst.push_back(x);
}

// Commentary words that may open a Western citation.
std::size_t western_lead(U32View l) {
    std::size_t total = 0;
    for (bool again = true; again;) {
        again = false;
        for (U32View w : {U32View(U"see also, "), U32View(U"see also "), U32View(U"see, for example, "),
                          U32View(U"see, e.g., "), U32View(U"see e.g. "), U32View(U"see "), U32View(U"cf. "),
                          U32View(U"e.g., "), U32View(U"e.g. "), U32View(U"for example, "), U32View(U"quoted in "),
                          U32View(U"cited in "), U32View(U"as cited in "), U32View(U"and "), U32View(U"also "),
                          U32View(U"см. также "), U32View(U"см. ")}) {
            if (starts_with(l.substr(total), w)) {
                total += w.size();
                again = true;
                break;
            }
        }
    }
    return total;
}

// cite.hiragana-in-name: hiragana that is part of the creators, not commentary
// before them - an organisation joined by の (人間の安全保障委員会) or given names
// in hiragana after a kanji family name (東郷えりか), in every ・-part.
bool hiragana_belongs_to_names(U32View p) {
    if (p.size() > 30) return false;
    std::size_t s = 0;
    for (std::size_t i = 0; i <= p.size(); ++i) {
        if (i < p.size() && p[i] != U'・') continue;
        const U32 seg = trimmed(p.substr(s, i - s));
        s = i + 1;
        if (seg.empty()) return false;
        const NamePart part = name_part(seg);
        if (part.other) return false;
        if (part.hiragana == 0) continue;   // 武田康裕, "Sen，Amartya Kumar"
        const bool given_in_hiragana = !part.hiragana_then_han && part.han >= 2 && seg.size() <= 8 && part.starts_han;
        const bool organisation = part.only_no && organisation_like(seg);
        if (!given_in_hiragana && !organisation) return false;
    }
    return true;
}

// Creators written before the title: pieces [0, upto).
Names creators_before(const Src& s, const std::vector<Piece>& pieces, std::size_t upto, std::size_t unit_b,
                      const CitationContext& ctx, std::string& date_out) {
    Names n;
    if (upto == 0) return n;
    const std::size_t b = unit_b;
    const std::size_t e = pieces[upto - 1].oe;
    U32View all = U32View(s.w).substr(b, e - b);
    if (is_western(all) || (!has_han(all) && !has_kana(all))) {
        // Western: "Smith, John, " / "John Smith and Jane Doe, " / "ИТАР-ТАСС, " / "Smith, J. (2003). "
        U32 text;
        std::vector<std::size_t> map;   // text index -> source index
        int role = 0;
        for (std::size_t k = 0; k < upto; ++k) {
            const Piece& p = pieces[k];
            if (p.kind == PK::Paren) {
                U32View content = U32View(s.f).substr(p.b, p.e - p.b);
                if (auto r = role_word(content)) { role = *r; continue; }
                auto hit = find_date(content, 0, content.size());
                if (hit && date_out.empty()) date_out = hit->iso;
                continue;
            }
            if (p.kind != PK::Text) continue;
            for (std::size_t i = p.b; i < p.e; ++i) {
                text.push_back(s.w[i]);
                map.push_back(i);
            }
        }
        std::size_t lead = western_lead(lower(U32View(text)));
        std::size_t x = lead, y = text.size();
        trim_range(text, x, y, U",，:;");
        // a final period, unless it closes an initial ("Smith, J.")
        while (y > x && text[y - 1] == U'.' && !is_abbreviation(fold(U32View(text).substr(0, y)), y - 1)) {
            --y;
            trim_range(text, x, y, U",，:;");
        }
        if (y <= x) return n;
        U32 phrase = text.substr(x, y - x);
        n.begin = map[x];
        int r = strip_role(phrase);
        if (!role) role = r;
        add_names(n, role ? role : 3, phrase, ctx);
        return n;
    }
    // Japanese: a role in brackets just before the title, "ジョン・ドウ（山田訳）『…』"
    std::size_t e2 = e;
    for (std::size_t k = upto; k-- > 0;) {
        const Piece& p = pieces[k];
        if (p.kind == PK::Text && trimmed(U32View(s.w).substr(p.b, p.e - p.b)).empty()) continue;
        if (p.kind != PK::Paren) break;
        U32 content = trimmed(U32View(s.w).substr(p.b, p.e - p.b));
        int role = strip_role(content);
        if (!role || content.empty()) {
            // "山田一郎（2001）『…』": an author-date year
            U32 fc = fold(content);
            auto hit = find_date(fc, 0, fc.size());
            if (!hit || hit->begin > 1 || trimmed(U32View(fc).substr(hit->end), U".,").size() > 2) break;
            if (date_out.empty()) date_out = hit->iso;
            e2 = p.ob;
            continue;
        }
        add_names(n, role, content, ctx);
        n.begin = p.ob;
        e2 = p.ob;
    }
    const std::size_t e_names = e2;
    std::size_t start = b;
    for (std::size_t i = e_names; i-- > b;) {
        const char32_t c = s.f[i];
        if (c == U'。' || c == U':' || c == U'」' || c == U'』' || c == U')' || c == U'】' || c == U'>') {
            start = i + 1;
            break;
        }
    }
    // parts separated by 、 , ，
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t ps = start;
    // cite.fullwidth-inverted-name: "Sen，Amartya Kumar": one Latin word, a comma and
    // capitalised Latin given names are one person, not two parts
    auto inverted_here = [&](std::size_t i) {
        if (s.f[i] != U',') return false;
        std::size_t x = ps, y = i;
        trim_range(s.w, x, y);
        if (y <= x) return false;
        for (std::size_t k = x; k < y; ++k)
            if (!is_latin_letter(s.f[k])) return false;
        std::size_t n = i + 1;
        while (n < e_names && is_space(s.f[n])) ++n;
        return n < e_names && is_latin_letter(s.f[n]) && u_isupper(static_cast<UChar32>(s.f[n]));
    };
    for (std::size_t i = start; i <= e_names; ++i)
        if (i == e_names || s.f[i] == U'、' || (s.f[i] == U',' && !inverted_here(i))) {
            std::size_t x = ps, y = i;
            trim_range(s.w, x, y);
            if (y > x) parts.emplace_back(x, y);
            ps = i + 1;
        }
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    for (std::size_t k = parts.size(); k-- > 0 && taken.size() < 6;) {
        auto [x, y] = parts[k];
        U32View p = U32View(s.w).substr(x, y - x);
        // "ほか" before a role suffix is part of the creator phrase
        std::size_t last_hira = npos;
        for (std::size_t i = 0; i < p.size(); ++i)
            if (is_hiragana(p[i]) && !(at(p, i, U"ほか") || (i > 0 && at(p, i - 1, U"ほか")))) last_hira = i;
        if (last_hira != npos && !hiragana_belongs_to_names(p)) {
            std::size_t nx = x + last_hira + 1;
            while (nx < y && is_space(s.w[nx])) ++nx;
            if (nx < y) taken.emplace_back(nx, y);
            break;
        }
        if (p.size() > 40) break;
        taken.emplace_back(x, y);
    }
    std::reverse(taken.begin(), taken.end());
    for (auto [x, y] : taken) {
        U32 phrase(U32View(s.w).substr(x, y - x));
        // a date written before the title ("2021 年 7 月 1 日付") is not a name
        if (has_digit(phrase) && !has_kana(phrase)) {
            U32 fp = fold(phrase);
            if (auto hit = find_date(fp, 0, fp.size())) {
                if (date_out.empty()) date_out = hit->iso;
                phrase = trimmed(U32View(phrase).substr(0, hit->begin) );
                if (phrase.empty()) continue;
            }
        }
        if (n.begin == npos || x < n.begin) n.begin = x;
        int role = strip_role(phrase);
        add_names(n, role ? role : 3, phrase, ctx);
    }
    return n;
}


// GOST-style leading authors: "Петров П.П.", "Иванов И. И., Сидоров С.С.".
// Returns the names and sets `end` after them (0 when none).
std::vector<std::string> gost_names(U32View w, std::size_t& end) {
    std::vector<std::string> out;
    end = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t b = i;
        while (i < w.size() && is_space(w[i])) ++i;
        b = i;
        std::size_t k = i;
        while (k < w.size() && (is_word_letter(w[k]) || w[k] == U'-')) ++k;
        if (k - i < 2 || !u_isupper(static_cast<UChar32>(w[i]))) break;
        std::size_t j = k;
        if (j >= w.size() || !is_space(w[j])) break;
        while (j < w.size() && is_space(w[j])) ++j;
        int initials = 0;
        while (j + 1 < w.size() && is_word_letter(w[j]) && u_isupper(static_cast<UChar32>(w[j])) && w[j + 1] == U'.') {
            ++initials;
            j += 2;
            std::size_t j2 = j;
            while (j2 < w.size() && is_space(w[j2])) ++j2;
            if (j2 + 1 < w.size() && is_word_letter(w[j2]) && u_isupper(static_cast<UChar32>(w[j2])) && w[j2 + 1] == U'.' &&
                initials < 3)
                j = j2;
            else
                break;
        }
        if (initials == 0) break;
        out.push_back(u8(trimmed(w.substr(b, j - b))));
        end = j;
        i = j;
        std::size_t c = i;
        while (c < w.size() && is_space(w[c])) ++c;
        if (c < w.size() && w[c] == U',') { i = c + 1; continue; }
        break;
    }
    return out;
}

// ---------------------------------------------------------------- word lists

bool publisher_like(U32View r) {
    U32 l = lower(r);
    for (U32View w : {U32View(U"出版"), U32View(U"書房"), U32View(U"書店"), U32View(U"書院"), U32View(U"新社"),
                      U32View(U"研究所"), U32View(U"センター"), U32View(U"協会"), U32View(U"学会"),
                      U32View(U"財団"), U32View(U"機構"), U32View(U"大学"), U32View(U"研究会"),
                      U32View(U"委員会"), U32View(U"文庫"), U32View(U"新書"), U32View(U"出版社"),
                      U32View(U"press"), U32View(U"publish"), U32View(U"books"), U32View(U"university"),
                      U32View(U"institute"), U32View(U"verlag"), U32View(U"издательство"), U32View(U"изд-во"),
                      U32View(U"éditions"), U32View(U"出版社"), U32View(U"书局"), U32View(U"書局")})
        if (contains(l, w)) return true;
    for (U32View w : {U32View(U"社"), U32View(U"省"), U32View(U"庁"), U32View(U"会"), U32View(U"館"),
                      U32View(U"ltd"), U32View(U"inc"), U32View(U"ltd."), U32View(U"inc.")})
        if (ends_with(l, w)) return true;
    return false;
}

// Is the word w (lower case) in l as a whole word (no letter on either side)?
bool has_word(U32View l, U32View w) {
    for (std::size_t p = l.find(w); p != npos; p = l.find(w, p + 1)) {
        const bool left = p == 0 || !is_word_letter(fold(l[p - 1]));
        const bool right = p + w.size() >= l.size() || !is_word_letter(fold(l[p + w.size()]));
        if (left && right) return true;
    }
    return false;
}

// News agencies. A citation whose author (or container) names one of them is
// a news item (article-newspaper), however the agency is spelled around it
// ("ИА REGNUM", "ИТАР-ТАСС", "Kyodo News"). Latin and Cyrillic entries are
// matched as whole words, case-insensitively; CJK entries anywhere in the name.
// Add an agency here, nowhere else.
constexpr U32View kNewsAgencies[] = {
    U"reuters", U"bloomberg", U"associated press", U"afp", U"kyodo", U"共同通信", U"jiji", U"時事通信",
    U"xinhua", U"新華社", U"新华社", U"tass", U"тасс", U"interfax", U"интерфакс", U"ria novosti", U"риа",
    U"sputnik", U"regnum", U"kabar", U"akipress", U"kazinform", U"казинформ", U"yonhap", U"聯合ニュース",
    U"anadolu", U"ansa", U"trend news agency"};

// Names of outlets end with one of these: a keyword inside a longer name
// (国务院新闻办公室, the State Council Information Office) does not make it
// an outlet.
constexpr U32View kOutletSuffixes[] = {
    U"新聞", U"新聞社", U"新聞デジタル", U"新聞電子版", U"新闻", U"新闻网", U"通信", U"通信社", U"通訊社",
    U"通讯社", U"日報", U"日报", U"時報", U"时报", U"晩報", U"晚报", U"新報", U"網", U"网", U"報", U"报",
    U"電視台", U"电视台", U"タイムズ", U"ニュース", U"新聞網"};

// Western newspapers: the last word of the name ("The Washington Post",
// "Financial Times"), or one of a few words anywhere ("China Daily").
constexpr U32View kOutletLastWords[] = {
    U"times", U"post", U"herald", U"tribune", U"gazette", U"news", U"guardian", U"telegraph", U"observer",
    U"chronicle", U"express", U"courier"};
constexpr U32View kOutletWords[] = {
    U"daily", U"bbc", U"cnn", U"le monde", U"известия", U"коммерсант", U"коммерсантъ", U"ведомости",
    U"правда", U"газета", U"новости"};

// Is this name (an author or a container) a news outlet or agency?
bool newsy(U32View r) {
    U32 l = trimmed(lower(r), U".,;:");
    if (l.empty()) return false;
    for (U32View w : kNewsAgencies) {
        if (is_word_letter(w[0]) ? has_word(l, w) : contains(l, w)) return true;
    }
    for (U32View w : kOutletSuffixes)
        if (ends_with(l, w)) return true;
    std::size_t last = l.size();
    while (last > 0 && !is_space(l[last - 1])) --last;
    for (U32View w : kOutletLastWords)
        if (U32View(l).substr(last) == w) return true;
    for (U32View w : kOutletWords)
        if (has_word(l, w)) return true;
    return false;
}

// Organisations (as opposed to persons): a corporate word in a Western name,
// an acronym ("BP", "OECD"), or an institutional ending in Japanese/Chinese.
bool organisation_like(U32View r) {
    U32 t = trimmed(r, U".,;:");
    if (t.empty()) return false;
    U32 l = lower(t);
    if (is_western(t)) {
        for (U32View w : {U32View(U"bank"), U32View(U"fund"), U32View(U"organization"), U32View(U"organisation"),
                          U32View(U"agency"), U32View(U"institute"), U32View(U"institution"), U32View(U"programme"),
                          U32View(U"program"), U32View(U"commission"), U32View(U"ministry"), U32View(U"council"),
                          U32View(U"office"), U32View(U"department"), U32View(U"centre"), U32View(U"center"),
                          U32View(U"corporation"), U32View(U"association"), U32View(U"foundation"), U32View(U"union"),
                          U32View(U"nations"), U32View(U"forum"), U32View(U"secretariat"), U32View(U"government"),
                          U32View(U"authority"), U32View(U"committee"), U32View(U"administration"),
                          U32View(U"company"), U32View(U"group"), U32View(U"library"), U32View(U"embassy"),
                          U32View(U"министерство"), U32View(U"правительство"), U32View(U"институт")})
            if (has_word(l, w)) return true;
        // an acronym: 2-6 capitals (and digits), nothing else
        std::size_t caps = 0;
        for (char32_t c : t) {
            if (u_isupper(static_cast<UChar32>(c))) ++caps;
            else if (!is_ascii_digit(fold(c)) && c != U'&') return false;
        }
        return caps >= 2 && t.size() <= 6;
    }
    for (U32View w : {U32View(U"省"), U32View(U"庁"), U32View(U"局"), U32View(U"研究所"), U32View(U"機構"),
                      U32View(U"銀行"), U32View(U"基金"), U32View(U"協会"), U32View(U"委員会"), U32View(U"会議"),
                      U32View(U"センター"), U32View(U"財団"), U32View(U"公司"), U32View(U"办公室"), U32View(U"辦公室"),
                      U32View(U"政府"), U32View(U"研究会"), U32View(U"学会"), U32View(U"事務局"), U32View(U"部")})
        if (ends_with(l, w)) return true;
    return false;
}

// "Asian Development Bank" and "ADB": the capitals of the name's words.
bool is_acronym_of(U32View acronym, U32View name) {
    U32 a = trimmed(acronym, U".");
    if (a.size() < 2 || a.size() > 8) return false;
    U32 initials;
    bool start = true;
    for (char32_t c : name) {
        if (is_space(c) || c == U'-') { start = true; continue; }
        if (start && u_isupper(static_cast<UChar32>(c))) initials.push_back(c);
        start = false;
    }
    return initials == a;
}

// An organisation that publishes its own work: the author is the publisher
// (or the publisher its acronym).
bool self_published(const Citation& c) {
    if (c.authors.size() != 1 || c.publisher.empty()) return false;
    const U32 a = trimmed(text::to_u32(c.authors[0]), U".,");
    const U32 p = trimmed(text::to_u32(c.publisher), U".,");
    return lower(a) == lower(p) || is_acronym_of(p, a) || is_acronym_of(a, p);
}

// Words by which a title calls itself a report.
bool report_title(U32View title) {
    U32 l = lower(title);
    for (U32View w : {U32View(U"report"), U32View(U"review"), U32View(U"assessment"), U32View(U"outlook"),
                      U32View(U"survey"), U32View(U"study"), U32View(U"working paper"), U32View(U"discussion paper"),
                      U32View(U"policy brief"), U32View(U"yearbook"), U32View(U"statistics")})
        if (has_word(l, w)) return true;
    for (U32View w : {U32View(U"報告"), U32View(U"白書"), U32View(U"青書"), U32View(U"白皮书"), U32View(U"白皮書"), U32View(U"调查"),
                      U32View(U"調査"), U32View(U"年報"), U32View(U"年报"), U32View(U"ワーキングペーパー")})
        if (contains(l, w)) return true;
    return false;
}

enum class Genre { None, Report, Thesis, Paper, Preprint };

Genre genre_of(U32View r) {
    U32 l = lower(r);
    if (l.size() > 40) return Genre::None;
    for (U32View w : {U32View(U"博士論文"), U32View(U"修士論文"), U32View(U"学位論文"), U32View(U"卒業論文"),
                      U32View(U"dissertation"), U32View(U"thesis"), U32View(U"диссертация"),
                      U32View(U"博士学位论文"), U32View(U"硕士学位论文")})
        if (contains(l, w)) return Genre::Thesis;
    for (U32View w : {U32View(U"報告書"), U32View(U"报告"), U32View(U"調査報告"), U32View(U"研究報告"),
                      U32View(U"白書"), U32View(U"白皮书"), U32View(U"白皮書"), U32View(U"report"), U32View(U"доклад"), U32View(U"отчет"),
                      U32View(U"отчёт")})
        if (ends_with(l, w) || (contains(l, w) && l.size() <= 12)) return Genre::Report;
    for (U32View w : {U32View(U"working paper"), U32View(U"discussion paper"), U32View(U"policy brief"),
                      U32View(U"occasional paper"), U32View(U"issue brief"), U32View(U"research paper"),
                      U32View(U"ワーキングペーパー"), U32View(U"ワーキング・ペーパー"),
                      U32View(U"ディスカッションペーパー"), U32View(U"ディスカッション・ペーパー"),
                      U32View(U"ポリシー・ブリーフ"), U32View(U"政策提言"), U32View(U"研究ノート")})
        if (contains(l, w)) return Genre::Paper;
    return Genre::None;
}

bool edition_noise(U32View r) {
    U32 l = lower(r);
    for (U32View w : {U32View(U"朝刊"), U32View(U"夕刊"), U32View(U"電子版"), U32View(U"所収"), U32View(U"収録"),
                      U32View(U"online"), U32View(U"web版"), U32View(U"ウェブ版"), U32View(U"改訂版"),
                      U32View(U"新版"), U32View(U"増補版"), U32View(U"in"), U32View(U"载"), U32View(U"載"),
                      U32View(U"参照"), U32View(U"を参照"), U32View(U"邦訳")})
        if (l == w) return true;
    // "第 2 版", "改訂版", "2nd ed."
    if (ends_with(l, U"版") && l.size() <= 6 &&
        (has_digit(l) || starts_with(l, U"第") || starts_with(l, U"改") || starts_with(l, U"新") ||
         starts_with(l, U"増") || starts_with(l, U"初") || starts_with(l, U"再") || starts_with(l, U"縮") ||
         starts_with(l, U"普及") || starts_with(l, U"決定")))
        return true;
    if ((ends_with(l, U" ed") || ends_with(l, U" ed.") || ends_with(l, U" edition")) && l.size() <= 14 && has_digit(l))
        return true;
    return false;
}

// ---------------------------------------------------------------- language

bool is_jis_x0208(char32_t c) {
    thread_local std::unique_ptr<UConverter, void (*)(UConverter*)> conv(nullptr, ucnv_close);
    if (!conv) {
        UErrorCode st = U_ZERO_ERROR;
        conv.reset(ucnv_open("Shift_JIS", &st));
        if (U_FAILURE(st) || !conv) return true;
        st = U_ZERO_ERROR;
        ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
    }
    UChar buf[2];
    int32_t len = 0;
    if (c > 0xFFFF) {
        buf[0] = static_cast<UChar>(0xD7C0 + (c >> 10));
        buf[1] = static_cast<UChar>(0xDC00 | (c & 0x3FF));
        len = 2;
    } else {
        buf[0] = static_cast<UChar>(c);
        len = 1;
    }
    char out[8];
    UErrorCode st = U_ZERO_ERROR;
    ucnv_reset(conv.get());
    ucnv_fromUChars(conv.get(), out, sizeof out, buf, len, &st);
    return U_SUCCESS(st);
}

std::string url_host(const std::string& url) {
    std::string h = url;
    auto p = h.find("://");
    if (p != std::string::npos) h = h.substr(p + 3);
    auto slash = h.find_first_of("/?#");
    if (slash != std::string::npos) h = h.substr(0, slash);
    for (auto& ch : h) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return h;
}

bool chinese_host(const std::string& host) {
    auto ends = [&](std::string_view s) { return host.size() >= s.size() && host.compare(host.size() - s.size(), s.size(), s) == 0; };
    return ends(".cn") || ends(".tw") || ends(".hk") || ends(".mo");
}

std::string detect_lang(const Citation& c) {
    U32 t = text::to_u32(!c.title.empty() ? c.title : !c.container.empty() ? c.container : c.raw);
    U32 all = text::to_u32(c.raw);
    int kana = 0, han = 0, cyr = 0, lat = 0, hangul = 0;
    bool non_jis = false;
    for (char32_t ch : t) {
        if (is_kana(ch)) ++kana;
        else if (is_han(ch)) {
            ++han;
            if (!is_jis_x0208(ch)) non_jis = true;
        } else if (is_cyrillic(ch)) ++cyr;
        else if (is_hangul(ch)) ++hangul;
        else if (is_latin_letter(fold(ch))) ++lat;
    }
    if (kana) return "ja";
    if (hangul) return "ko";
    if (han) {
        if (has_kana(all)) {
            // kana elsewhere (author, publisher) but a Han-only title: Japanese unless clearly Chinese
            if (!non_jis) return "ja";
        }
        if (non_jis) return "zh";
        if (chinese_host(url_host(c.url))) return "zh";
        for (const auto& a : c.authors) {
            U32 ua = text::to_u32(a);
            if (starts_with(ua, U"中国") || starts_with(ua, U"中華") || starts_with(ua, U"中华") ||
                starts_with(ua, U"人民") || starts_with(ua, U"新華") || starts_with(ua, U"新华"))
                return "zh";
        }
        if (newsy(text::to_u32(c.container)) && (ends_with(text::to_u32(c.container), U"网") ||
                                                  ends_with(text::to_u32(c.container), U"报")))
            return "zh";
        return "ja";
    }
    if (cyr > lat) return "ru";
    if (lat) return "en";
    if (has_kana(all)) return "ja";
    return "";
}

// ---------------------------------------------------------------- back-references

enum class Back { None, Same, Earlier, NoteRef };

struct BackRef {
    Back kind = Back::None;
    std::size_t key_b = 0, key_e = 0;   // the keyword's range in the unit
    int note = 0;                       // 前掲注 3 / supra note 3
};

// Is position p inside a bracketed group (「」『』“”《》())? Asked for rising
// positions, the depth is carried on from the last one: one pass, not one per
// position (a title with many 前掲 in it).
class GroupDepth {
public:
    explicit GroupDepth(U32View f) : f_(f) {}
    bool inside(std::size_t p) {
        if (p < i_) i_ = 0, depth_ = 0;   // asked again from the start
        for (; i_ < p && i_ < f_.size(); ++i_) {
            const char32_t c = f_[i_];
            if (c == 0x300C || c == 0x300E || c == 0x201C || c == 0x300A || c == 0x3008 || c == 0x00AB) ++depth_;
            else if ((c == 0x300D || c == 0x300F || c == 0x201D || c == 0x300B || c == 0x3009 || c == 0x00BB) && depth_ > 0) --depth_;
        }
        return depth_ > 0;
    }

private:
    U32View f_;
    std::size_t i_ = 0;
    int depth_ = 0;
};

BackRef detect_back(U32View f) {
    BackRef r;
    U32 l = lower(f);
    std::size_t lead = western_lead(l);
    std::size_t i = lead;
    while (i < l.size() && is_space(l[i])) ++i;
    for (U32View w : {U32View(U"同上"), U32View(U"同前"), U32View(U"同右"), U32View(U"同書"), U32View(U"同論文"),
                      U32View(U"同稿"), U32View(U"ibid"), U32View(U"id."), U32View(U"там же"), U32View(U"同上书")}) {
        if (at(l, i, w)) {
            r.kind = Back::Same;
            r.key_b = i;
            r.key_e = i + w.size();
            if (r.key_e < l.size() && l[r.key_e] == U'.') ++r.key_e;
            return r;
        }
    }
    for (U32View w : {U32View(U"前掲論文"), U32View(U"前掲書"), U32View(U"前掲稿"), U32View(U"前掲"),
                      U32View(U"上掲"), U32View(U"前出"), U32View(U"op. cit."), U32View(U"op.cit."),
                      U32View(U"op. cit"), U32View(U"loc. cit."), U32View(U"loc.cit."), U32View(U"supra"),
                      U32View(U"указ. соч."), U32View(U"цит. соч.")}) {
        std::size_t p = l.find(w);
        GroupDepth group(l);
        // Latin keywords are whole words ("supranational" is not "supra");
        // a keyword inside a title (「前掲の議論」) is not a back-reference
        while (p != npos && ((is_latin_letter(w[0]) &&
                              ((p > 0 && is_word_letter(l[p - 1])) ||
                               (p + w.size() < l.size() && is_word_letter(l[p + w.size()]) && w.back() != U'.'))) ||
                             group.inside(p)))
            p = l.find(w, p + 1);
        if (p == npos) continue;
        r.kind = Back::Earlier;
        r.key_b = p;
        r.key_e = p + w.size();
        // 前掲注 3 / 前掲（注 3） / supra note 3
        std::size_t k = r.key_e;
        while (k < l.size() && (is_space(l[k]) || l[k] == U'(' || l[k] == U'、' || l[k] == U',')) ++k;
        if (at(l, k, U"注") || at(l, k, U"note") || at(l, k, U"n.")) {
            k += at(l, k, U"note") ? 4 : at(l, k, U"n.") ? 2 : 1;
            while (k < l.size() && is_space(l[k])) ++k;
            int v = 0;
            std::size_t d = k;
            while (k < l.size() && is_ascii_digit(l[k])) v = v * 10 + static_cast<int>(l[k++] - U'0');
            if (k > d) r.note = v;
        }
        return r;
    }
    return r;
}

std::string norm_key(const std::string& s) {
    return text::strip_spaces(text::nfkc(s));
}

// ---------------------------------------------------------------- parse one unit

struct Parsed {
    Citation c;
    std::size_t begin = 0, end = 0;   // raw range in the source (code points)
    bool same_author = false;         // 同「…」
    bool self = false;                // 拙稿 without a known author
    bool back = false;
    bool has_title_group = false;
};

bool particle_after(const Src& s, std::size_t pos, std::size_t e) {
    while (pos < e && is_space(s.w[pos])) ++pos;
    if (pos >= e) return false;
    static const U32View particles = U"とをがはにでものや";
    return particles.find(s.w[pos]) != U32View::npos;
}

U32 clean_title(U32View t) {
    U32 out = trimmed(t);
    while (!out.empty() && (out.back() == U',' || out.back() == U'，' || out.back() == U'、' || out.back() == U':' ||
                            out.back() == U'：' || out.back() == U';' || is_space(out.back())))
        out.pop_back();
    // a final period inside the quotes (MLA “Title.”), not an abbreviation
    if (out.size() > 2 && out.back() == U'.' && !is_abbreviation(fold(out), out.size() - 1)) out.pop_back();
    return trimmed(out);
}

struct PostState {
    bool quoted = false;              // title in 「」 / “”
    bool container_bracketed = false;
    bool stop = false;
    bool in_seen = false;             // "in Editor (ed.)": the next text is the book
    Genre genre = Genre::None;
    VolIssue vi;
    std::size_t last_used = 0;
    // cite.field-spans: where each field was read, code points of the source
    struct At { const char* field; std::size_t b, e; };
    std::vector<At> spans;
    void at(const char* field, std::size_t b, std::size_t e) {
        if (e > b) spans.push_back({field, b, e});
    }
};

// The range of code points of an element that a scanner marked used since
// `before` (a copy of the marks): [first, last + 1), empty when none.
std::pair<std::size_t, std::size_t> newly_marked(const std::vector<char>& before, const std::vector<char>& now) {
    std::size_t b = now.size(), e = 0;
    for (std::size_t i = 0; i < now.size(); ++i)
        if (now[i] && !before[i]) {
            b = std::min(b, i);
            e = i + 1;
        }
    return b < e ? std::pair{b, e} : std::pair{std::size_t{0}, std::size_t{0}};
}

void classify(const Src& s, const Elem& el, Citation& c, PostState& st, const CitationContext& ctx, Names& names) {
    if (st.stop) return;
    U32View orig = U32View(s.w).substr(el.b, el.e - el.b);
    Scan sc(U32View(s.f).substr(el.b, el.e - el.b));
    auto used = [&]() { st.last_used = std::max(st.last_used, el.oe); };
    // the part of the element no scanner used: where a publisher, genre or container was read
    auto residue_at = [&](const char* field) {
        std::size_t b = 0, e = orig.size();
        while (b < e && (sc.used[b] || is_space(orig[b]) || is_cjk_punct(orig[b]) || orig[b] == U'(' || orig[b] == U','))
            ++b;
        while (e > b && (sc.used[e - 1] || is_space(orig[e - 1]) || is_cjk_punct(orig[e - 1]) || orig[e - 1] == U')' ||
                         orig[e - 1] == U'.' || orig[e - 1] == U','))
            --e;
        st.at(field, el.b + b, el.b + e);
    };
    if (el.group == PK::Container) {   // a second 『』: the book or journal when none yet
        if (c.container.empty()) {
            c.container = u8(trimmed(orig));
            st.at("container", el.b, el.e);
            st.container_bracketed = true;
            used();
        }
        return;
    }
    if (el.group == PK::Title) return;
    // cite.preprint-id: "arXiv preprint arXiv:1503.02531" - the words before the
    // identifier are the genre, the identifier the number; a preprint
    {
        const U32 l = lower(orig);
        const std::size_t id = l.find(U"arxiv:");
        if (id != npos && id + 6 < l.size() && is_ascii_digit(fold(l[id + 6])) && c.number.empty()) {
            c.number = u8(trimmed(orig.substr(id), U".,"));
            const U32 words = trimmed(orig.substr(0, id), U".,:");
            if (c.genre.empty()) c.genre = words.empty() ? std::string("arXiv preprint") : u8(words);
            st.genre = Genre::Preprint;
            used();
            return;
        }
    }
    if (has_access_word(sc.f)) {
        auto hit = find_date(sc.f, 0, sc.f.size());
        if (hit && c.accessed.empty()) {
            c.accessed = hit->iso;
            st.at("accessed", el.b + hit->begin, el.b + hit->end);
        }
        // the remark belongs to this citation when it says no more than a date
        // ("（3 月 1 日閲覧）"), not when it speaks of the whole paper
        std::size_t other = 0;
        for (char32_t ch : orig)
            if (is_kana(ch) || (is_han(ch) && ch != U'年' && ch != U'月' && ch != U'日')) ++other;
        if (hit || other <= 6) used();
        return;
    }
    bool facts = false;
    std::vector<char> marks = sc.used;
    if (auto p = scan_pages(sc)) {
        if (c.pages.empty()) {
            c.pages = *p;
            const auto [b, e] = newly_marked(marks, sc.used);
            st.at("pages", el.b + b, el.b + e);
        }
        facts = true;
    }
    VolIssue before = st.vi;
    marks = sc.used;
    scan_volume_issue(sc, orig, st.vi);
    if (st.vi.volume != before.volume || st.vi.issue != before.issue || st.vi.month_issue != before.month_issue) {
        facts = true;
        const auto [b, e] = newly_marked(marks, sc.used);
        st.at("volume", el.b + b, el.b + e);
    }
    {
        U32 m = sc.masked();
        if (auto hit = find_date(m, 0, m.size())) {
            // "2010 年の政変に続く": a date qualifying a noun (…年の + noun) is prose,
            // and the citation (if any) ended before it; a citation may end in the
            // sentence's particles ("2019 年も同様", "2022年所収を参照")
            const std::size_t after = skip_sp(m, hit->end);
            if (after < m.size() && m[after] == U'の') {
                st.stop = true;
                return;
            }
            if (c.date.empty()) {
                c.date = hit->iso;
                st.at("date", el.b + hit->begin, el.b + hit->end);
            }
            sc.mark(hit->begin, hit->end);
            facts = true;
        }
    }
    // what is left
    U32 residue;
    for (std::size_t i = 0; i < orig.size(); ++i) residue.push_back(sc.used[i] ? U' ' : orig[i]);
    U32 r = trimmed(residue, U".,:;、。・()（）[]［］-－\"'");
    // collapse inner runs of spaces left by the masks
    {
        U32 t;
        for (char32_t ch : r)
            if (!(is_space(ch) && !t.empty() && is_space(t.back()))) t.push_back(ch);
        r = t;
    }
    if (facts) {
        if (r.empty()) {
            used();
        } else {
            std::size_t k = sc.used.size();
            while (k > 0 && !sc.used[k - 1]) --k;
            st.last_used = std::max(st.last_used, el.b + k);
        }
    }
    if (r.empty()) return;
    if (facts && has_hiragana(r)) {   // "2023年所収を参照されたい": the citation ends here
        st.stop = true;
        return;
    }
    // "in" before the book of a chapter (or before its editors)
    U32 lr = lower(r);
    bool in_prefix = false;
    if (starts_with(lr, U"in ") || starts_with(lr, U"in: ")) {
        r = trimmed(U32View(r).substr(starts_with(lr, U"in: ") ? 4 : 3));
        in_prefix = true;
    }
    int role = el.role;
    U32 phrase = r;
    int suffix_role = strip_role(phrase);
    if (!role) role = suffix_role;
    if (role) {
        if (role == 3 && !names.authors.empty()) return;
        std::size_t before_n = names.authors.size() + names.editors.size() + names.translators.size();
        add_names(names, role, phrase, ctx);
        if (names.authors.size() + names.editors.size() + names.translators.size() > before_n) used();
        if (in_prefix) st.in_seen = true;
        return;
    }
    if (st.in_seen) in_prefix = true;
    if (edition_noise(r)) return;
    if (Genre g = genre_of(r); g != Genre::None) {
        if (c.genre.empty()) {
            c.genre = u8(r);
            residue_at("genre");
            st.genre = g;
            used();
        }
        return;
    }
    // commentary: Japanese sentence material
    if (has_hiragana(r) && !publisher_like(r)) {
        st.stop = true;
        return;
    }
    if (el.publisher && c.publisher.empty()) {
        c.publisher = u8(r);
        residue_at("publisher");
        used();
        return;
    }
    // a bare number after the journal is its volume, a bare range its pages
    {
        U32 fr = fold(r);
        std::size_t end = 0;
        auto range = number_range(fr, 0, end);
        if (range && end == fr.size()) {
            if (range->find('-') == std::string::npos && fr.size() <= 4 && !c.container.empty() &&
                st.vi.volume.empty()) {
                st.vi.volume = *range;
                used();
                return;
            }
            if (range->find('-') != std::string::npos && c.pages.empty()) {
                c.pages = *range;
                used();
                return;
            }
        }
    }
    // "London: Routledge", "東京：岩波書店"
    {
        U32 fr = fold(r);
        std::size_t colon = fr.find(U':');
        if (colon != npos && colon > 0 && colon < 30 && !has_digit(U32View(fr).substr(0, colon)) &&
            colon + 1 < fr.size() && !looks_url(fr)) {
            U32 pub = trimmed(U32View(r).substr(colon + 1));
            if (!pub.empty() && c.publisher.empty()) {
                c.publisher = u8(pub);
                residue_at("publisher");
                used();
                return;
            }
        }
    }
    // cite.container-not-a-tail: "「…」等" / "「…」（NLF）" - a closing word or the
    // title's own abbreviation in brackets is not the work it appeared in.
    const bool tail_word = r.size() <= 2 && !is_western(r);
    const bool own_abbreviation = el.paren && is_western(r) && r.size() <= 6 && organisation_like(r);
    if ((st.quoted || in_prefix) && (tail_word || own_abbreviation)) return;
    if (c.container.empty() && (st.quoted || in_prefix) && !publisher_like(r)) {
        // cite.volume-dot-issue: "Annals of Statistics 29.5", "論文集 3.J2" - volume.issue
        // as biblatex prints them after the journal
        {
            std::size_t sp = r.size();
            while (sp > 0 && !is_space(r[sp - 1])) --sp;
            const U32 last = fold(U32View(r).substr(sp));
            const std::size_t dot = last.find(U'.');
            if (sp > 1 && dot != npos && dot > 0 && dot + 1 < last.size() && st.vi.volume.empty()) {
                bool vol_digits = true, issue_ok = true;
                for (std::size_t q = 0; q < dot; ++q) vol_digits = vol_digits && is_ascii_digit(last[q]);
                for (std::size_t q = dot + 1; q < last.size(); ++q)
                    issue_ok = issue_ok && (is_ascii_digit(last[q]) || (last[q] >= U'A' && last[q] <= U'Z'));
                if (vol_digits && issue_ok && dot <= 4 && last.size() - dot - 1 <= 4 && has_digit(U32View(last).substr(dot + 1))) {
                    st.vi.volume = u8(U32View(last).substr(0, dot));
                    st.vi.issue = u8(U32View(last).substr(dot + 1));
                    r = trimmed(U32View(r).substr(0, sp));
                }
            }
        }
        // a trailing volume number: "Journal of X 12"
        std::size_t k = r.size();
        while (k > 0 && is_ascii_digit(fold(r[k - 1]))) --k;
        if (k < r.size() && k > 1 && is_space(r[k - 1]) && is_western(U32View(r).substr(0, k)) && st.vi.volume.empty()) {
            st.vi.volume = ascii_digits(fold(U32View(r).substr(k)));
            r = trimmed(U32View(r).substr(0, k));
        }
        c.container = u8(r);
        residue_at("container");
        st.in_seen = false;
        used();
        return;
    }
    if (c.publisher.empty()) {
        c.publisher = u8(r);
        residue_at("publisher");
        used();
        return;
    }
    // cite.series-before-publisher: 『…』，岩波文庫，岩波書店 - of two names after
    // the title, the last that names a publisher is the publisher and the one
    // before it the series the book came out in.
    if (c.collection.empty() && publisher_like(r) && !has_digit(r)) {
        c.collection = std::move(c.publisher);
        c.publisher = u8(r);
        used();
        return;
    }
}

// A work by an organisation that is a report rather than a book: published by
// the organisation itself (BP for BP, ADB for the Asian Development Bank), or
// an organisation's work whose title calls it a report, review, assessment…
bool organisation_report(const Citation& c) {
    if (!c.editors.empty() || !c.translators.empty() || c.authors.size() > 1) return false;
    if (self_published(c)) return true;
    const bool org = c.authors.empty() ? organisation_like(text::to_u32(c.publisher))
                                       : organisation_like(text::to_u32(c.authors[0]));
    return org && report_title(text::to_u32(c.title));
}

std::string decide_type(const Citation& c, const PostState& st, bool quoted, bool book_title, bool news) {
    const bool has_vi = !c.volume.empty() || !c.issue.empty();
    if (st.genre == Genre::Thesis) return "thesis";
    if (st.genre == Genre::Preprint) return "article";   // CSL: a preprint
    if (st.vi.month_issue) return "article-magazine";
    if (news && !has_vi) return "article-newspaper";
    if (quoted && !c.container.empty()) {
        if (has_vi) return "article-journal";
        if (!c.publisher.empty() || !c.editors.empty()) return "chapter";
        if (st.container_bracketed) return "article-journal";
        if (!c.url.empty()) return "webpage";
        return "article-journal";
    }
    if (quoted) {
        if (st.genre == Genre::Report || st.genre == Genre::Paper) return "report";
        if (!c.url.empty()) return "webpage";
        if (has_vi) return "article-journal";
        return "report";
    }
    if (book_title) {
        if (st.genre == Genre::Report || st.genre == Genre::Paper) return "report";
        if (!c.container.empty()) return has_vi ? "article-journal" : "chapter";
        if (!c.url.empty() && c.publisher.empty()) return "webpage";
        if (organisation_report(c)) return "report";
        return "book";
    }
    if (!c.url.empty()) return "webpage";
    if (!c.title.empty()) return "document";
    return "";
}

// "佐藤「章」田中編、前掲書": a quoted title before a 前掲 keyword at [ub, kb)
// is the title of a chapter in the work cited before. The title's piece
// index in tokenize(s, ub, kb), npos if none.
std::size_t chapter_title_piece(const Src& s, std::size_t ub, std::size_t kb) {
    auto pieces = tokenize(s, ub, kb);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        if (pieces[k].kind != PK::Title) continue;
        // the book's editor must stand between the title and the keyword ("田中編",
        // "in Smith (ed.)"); "Allison, “Title,” op. cit." repeats the work itself
        U32 rest = trimmed(U32View(s.w).substr(pieces[k].oe, kb - pieces[k].oe), U",，、:：");
        U32 l = lower(rest);
        if (starts_with(l, U"in ")) rest = trimmed(U32View(rest).substr(3));
        if (rest.empty()) return npos;
        if (strip_role(rest) == 1 || std::any_of(pieces.begin() + static_cast<std::ptrdiff_t>(k) + 1, pieces.end(),
                                                  [&](const Piece& p) {
                                                      return p.kind == PK::Paren &&
                                                             role_word(U32View(s.f).substr(p.b, p.e - p.b)) == 1;
                                                  }))
            return k;
        return npos;
    }
    return npos;
}

// ---------------------------------------------------------------- the imprint of an unquoted title

U32View el_text(const Src& s, const Elem& el) { return U32View(s.f).substr(el.b, el.e - el.b); }

// An element holding nothing but facts: pages, volume, issue, a date, an
// access remark ("2021", "p. 34.", "Vol. 3"). "Review 2021" is not one.
bool fact_only(const Src& s, const Elem& el) {
    U32View f = el_text(s, el);
    if (has_access_word(f)) return true;
    Scan sc(f);
    scan_pages(sc);
    VolIssue vi;
    scan_volume_issue(sc, U32View(s.w).substr(el.b, el.e - el.b), vi);
    {
        U32 m = sc.masked();
        if (auto hit = find_date(m, 0, m.size())) sc.mark(hit->begin, hit->end);
    }
    static constexpr U32View punct = U".,:;、。・()（）[]［］-－\"'";
    for (std::size_t i = 0; i < f.size(); ++i)
        if (!sc.used[i] && !is_space(f[i]) && punct.find(f[i]) == U32View::npos) return false;
    return true;
}

// "London: BP", "Manila: ADB": an element opening with a short place name
// (at most three words, no digits) and a colon. The colon's offset, or npos.
std::size_t imprint_colon(const Src& s, const Elem& el) {
    if (el.paren || el.group != PK::Text) return npos;
    U32View f = el_text(s, el);
    const std::size_t colon = f.find(U':');
    if (colon == npos || colon == 0 || colon > 30 || looks_url(f)) return npos;
    U32 place = trimmed(f.substr(0, colon));
    if (place.empty() || has_digit(place) || trimmed(f.substr(colon + 1)).empty()) return npos;
    std::size_t words = 1;
    for (char32_t ch : place)
        if (is_space(ch)) ++words;
    return words <= 3 ? colon : npos;
}

// "Washington, D.C.: World Bank", "Cambridge, MA: …": a place split by its
// own comma. The imprint's place is an abbreviation (capitals and dots, or a
// short word closed by a dot) and the element before it a Western name of
// at most three words: that element is the first half of the place.
bool place_continues(const Src& s, const Elem& prev, const Elem& imprint) {
    const std::size_t colon = imprint_colon(s, imprint);
    if (colon == npos || prev.paren || prev.group != PK::Text) return false;
    U32 abbr = trimmed(el_text(s, imprint).substr(0, colon));
    if (abbr.empty() || abbr.size() > 6 || !u_isupper(static_cast<UChar32>(abbr[0]))) return false;
    const bool caps = std::all_of(abbr.begin(), abbr.end(),
                                  [](char32_t c) { return c == U'.' || u_isupper(static_cast<UChar32>(c)); });
    if (!caps && abbr.back() != U'.') return false;
    U32View p = U32View(s.w).substr(prev.b, prev.e - prev.b);
    if (!is_western(p) || has_digit(p) || !u_isupper(static_cast<UChar32>(p[0]))) return false;
    std::size_t words = 1;
    for (char32_t ch : p)
        if (is_space(ch)) ++words;
    return words <= 3;
}

// The trailing "Place: Publisher" of an unquoted Western citation: the last
// element before the closing facts (year, pages, access date), when it has
// the imprint shape and stands after `from` (so that a title is left between
// them). npos if none.
std::size_t find_imprint(const Src& s, const std::vector<Elem>& els, std::size_t from) {
    std::size_t j = els.size();
    while (j > from + 1 && (els[j - 1].paren || fact_only(s, els[j - 1]))) --j;
    if (j > from + 1 && imprint_colon(s, els[j - 1]) != npos) return j - 1;
    return npos;
}

// Classify the elements [k, end), leaving out the first half of a place
// split by its comma.
void classify_all(const Src& s, const std::vector<Elem>& els, std::size_t k, Citation& c, PostState& st,
                  const CitationContext& ctx, Names& names) {
    for (; k < els.size(); ++k) {
        if (k + 1 < els.size() && place_continues(s, els[k], els[k + 1])) continue;
        classify(s, els[k], c, st, ctx, names);
    }
}

Parsed parse_back(const Src& s, std::size_t ub, std::size_t ue, const BackRef& br, const CitationContext& ctx) {
    Parsed out;
    out.back = true;
    out.begin = ub;
    out.end = ue;
    Citation& c = out.c;
    // an author before the keyword ("Smith, op. cit.", "熊倉、前掲論文"), or a
    // chapter of the book cited before: "佐藤「章」田中編、前掲書" (the chapter's
    // author, its title, the book's editor)
    std::size_t kb = ub + br.key_b;
    if (br.kind == Back::Earlier && kb > ub) {
        Names n;
        auto add = [&](std::size_t b, std::size_t e, int default_role) {
            U32 pre = trimmed(U32View(s.w).substr(b, e - b), U",，、:：");
            pre = trimmed(U32View(pre).substr(western_lead(lower(pre))), U",，、");
            if (pre.empty()) return;
            const int role = strip_role(pre);
            add_names(n, role ? role : default_role, pre, ctx);
        };
        auto pre_pieces = tokenize(s, ub, kb);
        std::size_t tp = chapter_title_piece(s, ub, kb);
        const bool chapter = tp != npos;
        if (!chapter)   // "Allison, “Title,” op. cit.": the repeated work's (short) title
            for (std::size_t k = 0; k < pre_pieces.size() && tp == npos; ++k)
                if (pre_pieces[k].kind == PK::Title || pre_pieces[k].kind == PK::Container) tp = k;
        if (tp != npos) {
            const Piece& t = pre_pieces[tp];
            c.title = u8(clean_title(U32View(s.w).substr(t.b, t.e - t.b)));
            add(ub, t.ob, 3);
            if (chapter) {
                std::size_t e = kb;   // "in Smith (ed.)": the role in brackets
                for (std::size_t k = tp + 1; k < pre_pieces.size(); ++k)
                    if (pre_pieces[k].kind == PK::Paren) { e = std::min(e, pre_pieces[k].ob); break; }
                U32 rest = trimmed(U32View(s.w).substr(t.oe, e - t.oe), U",，、:：");
                std::size_t off = starts_with(lower(rest), U"in ") ? 3 : 0;
                U32 phrase = trimmed(U32View(rest).substr(off));
                const int role = strip_role(phrase);
                add_names(n, role ? role : 1, phrase, ctx);
            }
        } else {
            add(ub, kb, 3);
        }
        c.authors = n.authors;
        c.editors = n.editors;
    }
    // the rest: a title (前掲「…」), pages
    auto pieces = tokenize(s, ub + br.key_e, ue);
    std::size_t title_piece = npos;
    for (std::size_t k = 0; k < pieces.size(); ++k)
        if (pieces[k].kind == PK::Title || pieces[k].kind == PK::Container) { title_piece = k; break; }
    if (title_piece != npos && c.title.empty()) c.title = u8(clean_title(U32View(s.w).substr(pieces[title_piece].b, pieces[title_piece].e - pieces[title_piece].b)));
    std::vector<std::size_t> skip;
    if (title_piece != npos) skip.push_back(title_piece);
    for (const auto& el : elements(s, pieces, 0, pieces.size(), skip)) {
        Scan sc(U32View(s.f).substr(el.b, el.e - el.b));
        if (auto p = scan_pages(sc)) {
            if (c.pages.empty()) c.pages = *p;
        }
    }
    for (const auto& p : pieces)
        if (p.kind == PK::Url && c.url.empty()) c.url = url_from_scheme(text::strip_spaces(slice(s, p.b, p.e)));
    // trim the final period
    std::size_t x = ub, y = ue;
    trim_range(s.w, x, y);
    out.begin = x;
    out.end = y;
    c.raw = slice(s, x, y);
    c.lang = detect_lang(c);
    return out;
}

// A person's name as a reference list prints it: one to four words, each
// capitalised or an initial, no digits ("Geoffrey Hinton", "Roseanne W McManus",
// "and Jeff Dean").
bool name_shaped(U32View raw) {
    U32 owned = trimmed(raw);
    if (starts_with(owned, U"and ")) owned = trimmed(U32View(owned).substr(4));
    const U32View t = owned;
    if (t.empty() || has_digit(t)) return false;
    std::size_t words = 0;
    bool word_start = true;
    for (char32_t c : t) {
        if (is_space(c)) { word_start = true; continue; }
        if (word_start) {
            ++words;
            if (!u_isupper(static_cast<UChar32>(c))) return false;
            word_start = false;
        } else if (!is_word_letter(fold(c)) && c != U'.' && c != U'-' && c != U'\u02BC' && c != U'\'') {
            return false;
        }
    }
    return words >= 1 && words <= 4;
}

// cite.names-to-period: "Geoffrey Hinton, Oriol Vinyals, Jeff Dean. Distilling
// the Knowledge…" (IEEE, biblatex numeric) - the names run to the first period
// after a lower-case letter; the elements up to it become one element of names
// and what follows the period the next element (the title).
void names_to_period(const Src& s, std::vector<Elem>& els) {
    for (std::size_t m = 0; m < els.size() && m < 12; ++m) {
        const Elem& el = els[m];
        if (el.paren) return;
        U32View t = U32View(s.w).substr(el.b, el.e - el.b);
        std::size_t p = npos;
        for (std::size_t i = 1; i + 1 < t.size(); ++i)
            if (t[i] == U'.' && is_space(t[i + 1]) && u_islower(static_cast<UChar32>(t[i - 1]))) { p = i; break; }
        if (p == npos) {
            if (!name_shaped(t)) return;
            // the elements may already part at the period: "…, Jeff Dean" / "Distilling…"
            if (m >= 1 && m + 1 < els.size()) {
                const U32View gap = U32View(s.w).substr(el.e, els[m + 1].b - el.e);
                if (gap.find(U'.') != npos && gap.find(U',') == npos) {
                    Elem names = els[0];
                    names.e = names.oe = el.e;
                    std::vector<Elem> out{names};
                    out.insert(out.end(), els.begin() + static_cast<std::ptrdiff_t>(m) + 1, els.end());
                    els = std::move(out);
                    return;
                }
            }
            continue;
        }
        const U32View before = t.substr(0, p);
        if (!name_shaped(before) || (m == 0 && before.find(U' ') == npos)) return;
        std::size_t rest = p + 1;
        while (rest < t.size() && is_space(t[rest])) ++rest;
        if (rest >= t.size()) return;
        Elem names = els[0];
        names.e = names.oe = el.b + p;
        Elem title = el;
        title.b = el.b + rest;
        std::vector<Elem> out{names, title};
        out.insert(out.end(), els.begin() + static_cast<std::ptrdiff_t>(m) + 1, els.end());
        els = std::move(out);
        return;
    }
}

Parsed parse_range(const Src& s, std::size_t ub, std::size_t ue, const CitationContext& ctx) {
    trim_range(s.w, ub, ue);
    Parsed out;
    Citation& c = out.c;
    out.begin = ub;
    out.end = ue;
    if (ub >= ue) return out;

    BackRef br = detect_back(U32View(s.f).substr(ub, ue - ub));
    if (br.kind != Back::None) return parse_back(s, ub, ue, br, ctx);

    auto pieces = tokenize(s, ub, ue);
    PostState st;
    std::size_t url_piece = npos;
    for (std::size_t k = 0; k < pieces.size(); ++k)
        if (pieces[k].kind == PK::Url) {
            if (url_piece == npos) url_piece = k;
        }
    if (url_piece != npos) {
        c.url = url_from_scheme(text::strip_spaces(slice(s, pieces[url_piece].b, pieces[url_piece].e)));
        st.at("url", pieces[url_piece].b, pieces[url_piece].e);
        st.last_used = pieces[url_piece].oe;
    }

    // the title: the first quoted group not followed by a particle (「…」と述べた)
    std::size_t ti = npos, ci = npos;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        if (pieces[k].kind == PK::Title && !particle_after(s, pieces[k].oe, ue)) { ti = k; break; }
        if (pieces[k].kind == PK::Container && ci == npos && !particle_after(s, pieces[k].oe, ue)) ci = k;
    }
    bool quoted = ti != npos;
    bool book_title = false;
    std::size_t title_k = ti;
    if (!quoted && ci != npos) {
        title_k = ci;
        book_title = true;
        ci = npos;
    }
    std::string pre_date;
    Names names;
    std::vector<std::size_t> skip;
    std::size_t post_from = 0;
    if (title_k != npos) {
        out.has_title_group = true;
        names = creators_before(s, pieces, title_k, ub, ctx, pre_date);
        const Piece& tp = pieces[title_k];
        if (names.begin != npos && names.begin < tp.ob &&
            names.authors.size() + names.editors.size() + names.translators.size() > 0) {
            std::size_t ne = tp.ob;   // the names end where the title's bracket opens
            while (ne > names.begin && (is_space(s.w[ne - 1]) || s.f[ne - 1] == U',' || s.w[ne - 1] == U'、' || s.f[ne - 1] == U':'))
                --ne;
            st.at("creators", names.begin, ne);
        }
        c.title = u8(clean_title(U32View(s.w).substr(tp.b, tp.e - tp.b)));
        st.at("title", tp.b, tp.e);
        st.last_used = std::max(st.last_used, tp.oe);
        // the container: the next 『』 (or a second 《》 after a 《》 title)
        for (std::size_t k = title_k + 1; k < pieces.size(); ++k) {
            if (pieces[k].kind != PK::Container) continue;
            if (book_title && pieces[title_k].open != 0x300A) break;
            ci = k;
            break;
        }
        if (ci != npos) {
            const Piece& cp = pieces[ci];
            c.container = u8(trimmed(U32View(s.w).substr(cp.b, cp.e - cp.b)));
            st.at("container", cp.b, cp.e);
            st.container_bracketed = true;
            st.last_used = std::max(st.last_used, cp.oe);
            skip.push_back(ci);
        }
        post_from = title_k + 1;
    } else {
        // no brackets: "Smith, John, Title (Place: Publisher, 2003)" or "外務省ウェブサイト <url>"
        // GOST: "Петров П.П. Название // Журнал. 2015. № 4. С. 10-25."
        std::size_t gost_b = npos, gost_e = npos;
        for (const auto& p : pieces) {
            if (p.kind != PK::Text) continue;
            for (std::size_t i = p.b; i + 1 < p.e; ++i)
                if (s.f[i] == U'/' && s.f[i + 1] == U'/') { gost_b = i; gost_e = i + 2; break; }
            if (gost_b != npos) break;
        }
        if (gost_b != npos) {
            std::size_t nend = 0;
            U32View left = U32View(s.w).substr(ub, gost_b - ub);
            auto gn = gost_names(left, nend);
            for (auto& x : gn) names.authors.push_back(x);
            if (!gn.empty()) names.begin = ub;
            U32 t = trimmed(left.substr(nend), U".,:;");
            std::size_t resp = t.find(U" / ");
            if (resp != npos) t = trimmed(U32View(t).substr(0, resp), U".,:;");
            c.title = u8(t);
            st.last_used = gost_b;
            auto right = tokenize(s, gost_e, ue);
            auto els = elements(s, right, 0, right.size(), {});
            std::size_t k = 0;
            if (!els.empty() && !els[0].paren) {
                c.container = u8(trimmed(U32View(s.w).substr(els[0].b, els[0].e - els[0].b), U".,"));
                st.last_used = std::max(st.last_used, els[0].oe);
                k = 1;
            }
            for (; k < els.size(); ++k) classify(s, els[k], c, st, ctx, names);
            quoted = true;
            post_from = pieces.size();
        }
        std::vector<Elem> els = gost_b != npos ? std::vector<Elem>{} : elements(s, pieces, 0, pieces.size(), {});
        U32View all = U32View(s.w).substr(ub, ue - ub);
        const bool western = is_western(all);
        if (western) names_to_period(s, els);
        std::size_t k = 0;
        if (!els.empty() && !els[0].paren) {
            std::size_t cb = els[0].b, ce = els[0].e;
            U32View e0 = U32View(s.w).substr(cb, ce - cb);
            // GOST book: "Петров П.П. Название. М.: Наука, 2015."
            std::size_t gend = 0;
            auto gn = western ? gost_names(e0, gend) : std::vector<std::string>{};
            if (!gn.empty() && !trimmed(e0.substr(gend), U".,:").empty()) {
                for (auto& x : gn) names.authors.push_back(x);
                names.begin = cb;
                c.title = u8(clean_title(trimmed(e0.substr(gend), U".,:")));
                st.at("title", cb + gend, ce);
                st.last_used = std::max(st.last_used, els[0].oe);
                book_title = true;
                k = 1;
            } else {
                // (not when the given names would be all that stands before the imprint)
                bool title_left = true;
                if (western) {
                    const std::size_t imp0 = find_imprint(s, els, 0);
                    if (imp0 != npos) {
                        title_left = false;
                        for (std::size_t x = 2; x < imp0 && !title_left; ++x)
                            title_left = !els[x].paren && !fact_only(s, els[x]) &&
                                         !(x + 1 == imp0 && place_continues(s, els[x], els[imp0]));
                    }
                }
                if (western && els.size() > 2 && !els[1].paren && e0.find(U' ') == npos && !has_digit(e0) &&
                    title_left) {
                    // "Smith, John, Title": a surname then given names
                    U32View e1 = U32View(s.w).substr(els[1].b, els[1].e - els[1].b);
                    std::size_t words = 1;
                    for (char32_t ch : e1)
                        if (is_space(ch)) ++words;
                    if (words <= 3 && !has_digit(e1)) {
                        ce = els[1].e;
                        k = 1;
                    }
                }
                U32View phrase = U32View(s.w).substr(cb, ce - cb);
                const bool name_like = western ? !has_digit(phrase)
                                               : (!has_hiragana(phrase) && phrase.size() <= 30 && !has_digit(phrase));
                if (name_like) {
                    U32 p(phrase);
                    std::size_t lead = western ? western_lead(lower(p)) : 0;
                    p = p.substr(lead);
                    int role = strip_role(p);
                    add_names(names, role ? role : 3, p, ctx);
                    names.begin = cb + lead;
                    st.at("creators", cb + lead, ce);
                    ++k;
                    // "S. Frederick Starr, ed., Title": the names were editors (or translators)
                    if (western && k < els.size() && !els[k].paren) {
                        const auto r = role_word(U32View(s.f).substr(els[k].b, els[k].e - els[k].b));
                        if (r && names.editors.empty() && names.translators.empty()) {
                            auto& dst = *r == 1 ? names.editors : names.translators;
                            dst = std::move(names.authors);
                            names.authors.clear();
                            ++k;
                        }
                    }
                    // a "(2003)" or "2003." after the names (author-date style) is read before the title
                    while (western && k < els.size()) {
                        bool date_only = els[k].paren;
                        if (!date_only) {
                            U32View fe = U32View(s.f).substr(els[k].b, els[k].e - els[k].b);
                            auto hit = find_date(fe, 0, fe.size());
                            date_only = hit && hit->begin == 0 && trimmed(fe.substr(hit->end), U".,").empty();
                        }
                        if (!date_only) break;
                        classify(s, els[k++], c, st, ctx, names);
                    }
                    if (western && k < els.size() && !els[k].paren) {
                        // the title: everything up to a trailing "Place: Publisher" (commas and
                        // years included), else the next element unless it is only a date or pages
                        const std::size_t imp = find_imprint(s, els, k);
                        std::size_t title_end = imp;
                        if (imp != npos && imp > k + 1 && place_continues(s, els[imp - 1], els[imp]))
                            title_end = imp - 1;
                        if (imp == npos && !fact_only(s, els[k])) title_end = k + 1;
                        if (title_end != npos) {
                            const std::size_t tb = els[k].b, te = els[title_end - 1].e;
                            c.title = u8(clean_title(U32View(s.w).substr(tb, te - tb)));
                            st.at("title", tb, te);
                            st.last_used = std::max(st.last_used, els[title_end - 1].oe);
                            book_title = true;
                            k = title_end;
                        }
                    }
                } else {
                    k = 0;
                }
            }
        }
        classify_all(s, els, k, c, st, ctx, names);
        post_from = pieces.size();
    }
    st.quoted = quoted;
    if (post_from < pieces.size()) {
        auto els = elements(s, pieces, post_from, pieces.size(), skip);
        classify_all(s, els, 0, c, st, ctx, names);
    }
    if (c.date.empty() && !pre_date.empty()) c.date = pre_date;
    c.volume = st.vi.volume;
    c.issue = st.vi.issue;
    // "10 月号、2021 年": the month of a monthly issue goes into the date
    if (st.vi.month_issue && c.date.size() == 4) {
        int m = std::atoi(c.issue.c_str());
        if (m >= 1 && m <= 12) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "-%02d", m);
            c.date += buf;
        }
    }
    c.authors = names.authors;
    c.editors = names.editors;
    c.translators = names.translators;
    out.same_author = names.same_as_before;
    out.self = names.self;
    bool news = newsy(text::to_u32(c.container));
    if (!news && c.container.empty() && c.authors.size() == 1) news = newsy(text::to_u32(c.authors[0]));
    c.type = decide_type(c, st, quoted, book_title, news);

    // raw: from the creators (or the title) to the last element used
    std::size_t rb = names.begin != npos ? std::min(names.begin, title_k != npos ? pieces[title_k].ob : names.begin)
                                         : (title_k != npos ? pieces[title_k].ob : ub);
    std::size_t re = std::max(st.last_used, rb);
    if (re <= rb) re = ue;
    // keep a final 。 or . that closes the citation
    std::size_t k = re;
    while (k < ue && is_space(s.w[k])) ++k;
    if (k < ue && (s.f[k] == U'。' || s.f[k] == U'.')) re = k + 1;
    trim_range(s.w, rb, re);
    out.begin = rb;
    out.end = re;
    c.raw = slice(s, rb, re);
    // cite.field-spans: each field's range, clipped to raw, in bytes of raw
    for (const PostState::At& a : st.spans) {
        const std::size_t b = std::max(a.b, rb), e = std::min(a.e, re);
        if (e > b) c.spans.push_back({a.field, s.bytes[b] - s.bytes[rb], s.bytes[e] - s.bytes[rb]});
    }
    c.lang = detect_lang(c);
    return out;
}

bool looks_like_citation(const Parsed& p) {
    const Citation& c = p.c;
    if (p.back) return true;
    const bool facts = !c.date.empty() || !c.url.empty() || !c.pages.empty() || !c.volume.empty() ||
                       !c.issue.empty() || !c.publisher.empty() || !c.container.empty();
    // cite.organisation-title: 総務省「AI 利活用ガイドライン」 - an organisation's
    // quoted title is its document, with no date or publisher printed.
    if (!c.title.empty() && p.has_title_group && c.authors.size() == 1 &&
        organisation_like(text::to_u32(c.authors.front())))
        return true;
    if (!c.title.empty() && p.has_title_group) return facts;
    if (!c.title.empty())   // unquoted Western title: needs a publisher-like shape
        return !c.publisher.empty() || !c.pages.empty() || !c.url.empty() || !c.volume.empty() ||
               !c.issue.empty() || !c.container.empty();
    return !c.url.empty();
}

// ---------------------------------------------------------------- units of a note

struct Unit {
    std::size_t b, e;
    bool list = false;   // follows a ；: part of a list of works
};

bool western_sentence_start(U32View f, std::size_t i) {
    for (U32View w : {U32View(U"See "), U32View(U"See, "), U32View(U"Cf. "), U32View(U"Ibid"), U32View(U"Also "),
                      U32View(U"Id. ")})
        if (at(f, i, w)) return true;
    return false;
}

// A unit holding several works one after another ("A『x』2001 年、B『y』2005 年"):
// split before a new creator and title that follow a date.
void split_runs(const Src& s, const Unit& u, std::vector<Unit>& out) {
    auto pieces = tokenize(s, u.b, u.e);
    std::size_t start = u.b;
    bool seen_group = false, seen_date = false;
    bool list = u.list;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const Piece& p = pieces[k];
        if (p.kind == PK::Text) {
            if (seen_group && find_date(s.f, p.b, p.e)) seen_date = true;
            continue;
        }
        if (p.kind != PK::Title && p.kind != PK::Container) continue;
        if (seen_group && k > 0 && pieces[k - 1].kind == PK::Text) {
            const Piece& t = pieces[k - 1];
            std::size_t sep = npos;
            for (std::size_t i = t.e; i-- > t.b;)
                if (s.f[i] == U'、' || s.f[i] == U',') { sep = i; break; }
            if (sep != npos) {
                U32View name = U32View(s.w).substr(sep + 1, p.ob - sep - 1);
                // after a date, any short name; without one, an organisation
                // ("総務省「…」（…）、経済産業省「…」")
                const bool named = seen_date || organisation_like(trimmed(name));
                if (named && !has_hiragana(name) && !has_digit(name) && trimmed(name).size() <= 20) {
                    out.push_back({start, sep + 1, list});
                    start = sep + 1;
                    list = trimmed(name).empty();   // no name: the same author goes on
                }
            }
        }
        seen_group = true;
        seen_date = false;
    }
    out.push_back({start, u.e, list});
}

// Split at top-level ；/; (separate works), 。 (sentences) and ". See …";
// a sentence that holds only a URL (and bracketed remarks) stays with the one
// before it.
std::vector<Unit> split_units(const Src& s) {
    std::vector<Unit> units;
    const std::size_t n = s.w.size();
    const BracketTable brackets(s.f, 0, n);
    std::size_t start = 0;
    bool list = false;
    bool unit_has_url = false;
    auto push = [&](std::size_t e, bool semicolon) {
        std::size_t x = start, y = e;
        trim_range(s.w, x, y);
        if (y > x) split_runs(s, {x, y, list}, units);
        list = semicolon;
        unit_has_url = false;
    };
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = s.f[i];
        if (closer_of(c)) {
            std::size_t cl = brackets.close(i);
            if (cl != npos) { i = cl + 1; continue; }
        }
        if ((c == U'h' || c == U'H' || c == U'w' || c == U'W') && url_start(s, i)) {
            i = bare_url_end(s, i, n);
            unit_has_url = true;
            continue;
        }
        // cite.url-list-items: "・会議名 https://… ・検討会 https://…" - a bullet after
        // a space, once the unit holds a URL, opens the next linked item.
        if (c == U'・' && unit_has_url && i > 0 && is_space(s.f[i - 1])) {
            push(i, false);
            start = i;
            ++i;
            continue;
        }
        if (c == U';') {
            push(i, true);
            start = i + 1;
        } else if (c == U'。') {
            push(i + 1, false);
            start = i + 1;
        } else if (c == U'.' && i + 1 < n && is_space(s.f[i + 1])) {
            std::size_t j = i + 1;
            while (j < n && is_space(s.f[j])) ++j;
            if (western_sentence_start(s.f, j)) {
                push(i + 1, false);
                start = i + 1;
            }
        }
        ++i;
    }
    push(n, false);
    // merge URL-only / remark-only sentences into the previous one
    std::vector<Unit> merged;
    for (const Unit& u : units) {
        bool attach = false;
        if (!merged.empty() && !u.list) {
            auto pieces = tokenize(s, u.b, u.e);
            bool only = !pieces.empty();
            bool any_url = false;
            for (const auto& p : pieces) {
                if (p.kind == PK::Url) { any_url = true; continue; }
                if (p.kind == PK::Paren) continue;
                if (p.kind == PK::Text) {
                    U32 t = trimmed(U32View(s.w).substr(p.b, p.e - p.b), U"。.,、");
                    if (t.empty()) continue;
                }
                only = false;
            }
            attach = only && any_url;
        }
        if (attach) merged.back().e = u.e;
        else merged.push_back(u);
    }
    return merged;
}

// cite.url-item-title: an item that is only a name and its URL ("・AI 事業者ガイドライン
// 検討会 https://…") names the page: the text before the URL, without the bullet,
// when it is a short label (no sentence punctuation, no brackets).
std::string url_item_title(const Src& s, const Unit& u) {
    constexpr std::size_t kMaxLabel = 40;
    std::size_t b = u.b;
    while (b < u.e && (is_space(s.f[b]) || s.f[b] == U'・')) ++b;
    std::size_t e = b;
    while (e < u.e && !url_start(s, e)) ++e;
    if (e >= u.e || e == b) return {};
    // only the URL (and spaces) after it
    std::size_t after = bare_url_end(s, e, u.e);
    while (after < u.e && is_space(s.f[after])) ++after;
    if (after < u.e) return {};
    U32 label = trimmed(U32View(s.w).substr(b, e - b));
    if (label.empty() || label.size() > kMaxLabel) return {};
    for (char32_t c : label)
        if (std::u32string_view(U"。．、，,「」『』（）()：:").find(c) != std::u32string_view::npos) return {};
    return text::to_utf8(label);
}

// cite.statute-article: a law cited by its article - 割賦販売法施行規則第 62 条第 1 項 -
// is a work of type legislation titled by the law's name (a run of kanji and
// katakana ending in 法, 法律, 規則, 令, 条約, 条例 or 規程, right before 第N条).
std::optional<Citation> statute_in(const Src& s, const Unit& u) {
    auto name_char = [](char32_t c) { return is_han(c) || (c >= 0x30A0 && c <= 0x30FF); };
    for (std::size_t i = u.b; i + 2 < u.e; ++i) {
        if (s.f[i] != U'第') continue;
        std::size_t k = i + 1;
        while (k < u.e && is_space(s.f[k])) ++k;
        const std::size_t digits = k;
        while (k < u.e && is_ascii_digit(fold(s.f[k]))) ++k;
        if (k == digits) continue;
        while (k < u.e && is_space(s.f[k])) ++k;
        if (k >= u.e || s.f[k] != U'条') continue;
        std::size_t b = i;
        while (b > u.b && name_char(s.f[b - 1])) --b;
        const U32 name(U32View(s.w).substr(b, i - b));
        bool law = false;
        for (U32View end : {U32View(U"法"), U32View(U"法律"), U32View(U"規則"), U32View(U"令"), U32View(U"条約"),
                            U32View(U"条例"), U32View(U"規程")})
            law |= name.size() > end.size() && U32View(name).substr(name.size() - end.size()) == end;
        if (!law) continue;
        // the article reference: 第N条 and any 第N項 / 第N号 after it
        std::size_t e = k + 1;
        while (e < u.e && (s.f[e] == U'第' || is_space(s.f[e]) || is_ascii_digit(fold(s.f[e])) || s.f[e] == U'項' ||
                           s.f[e] == U'号'))
            ++e;
        Citation c;
        c.type = "legislation";
        c.title = u8(name);
        c.raw = u8(trimmed(U32View(s.w).substr(b, e - b)));
        c.raw_offset = s.bytes[b];
        c.lang = "ja";
        return c;
    }
    return std::nullopt;
}

bool mentions_self(U32View t) {
    return contains(t, U"拙稿") || contains(t, U"拙著") || contains(t, U"拙論") || contains(t, U"筆者の");
}

}  // namespace

// ---------------------------------------------------------------- public

// cite.entry-label: a reference-list entry's own number ("[10] ", "3. ", "(2) ")
// is not part of the work.
std::size_t entry_label_end(const Src& s) {
    const std::size_t n = s.w.size();
    std::size_t i = 0;
    const bool open = i < n && (s.f[i] == U'[' || s.f[i] == U'(');
    if (open) ++i;
    const std::size_t digits = i;
    while (i < n && is_ascii_digit(fold(s.f[i])) && i - digits < 3) ++i;   // "(1991)" is a year, not a label
    if (i == digits || i >= n) return 0;
    if (open ? (s.f[i] != U']' && s.f[i] != U')') : (s.f[i] != U'.' && s.f[i] != U')')) return 0;
    ++i;
    if (i >= n || !is_space(s.f[i])) return 0;
    while (i < n && is_space(s.f[i])) ++i;
    return i;
}

Citation parse_citation(const std::string& raw, const CitationContext& context) {
    Src s = make_src(raw);
    Parsed p = parse_range(s, entry_label_end(s), s.w.size(), context);
    p.c.raw_offset = s.bytes[p.begin];
    return p.c;
}

std::vector<Citation> parse_note(const Note& note, const CitationContext& context) {
    std::vector<Citation> out;
    Src s = make_src(note.text);
    bool self_list = false;
    for (const Unit& u : split_units(s)) {
        Parsed p = parse_range(s, u.b, u.e, context);
        if (!looks_like_citation(p)) {
            if (mentions_self(U32View(s.w).substr(u.b, u.e - u.b))) self_list = true;
            if (std::optional<Citation> law = statute_in(s, u)) {
                law->note = note.n;
                law->seq = static_cast<int>(out.size()) + 1;
                law->span = note.span;
                out.push_back(std::move(*law));
            }
            continue;
        }
        Citation& c = p.c;
        if (c.title.empty() && !c.url.empty()) {
            c.title = url_item_title(s, u);
            // the label was read as the page's author: it is its name
            if (!c.title.empty() && c.authors.size() == 1 &&
                text::strip_spaces(c.authors.front()).find(text::strip_spaces(c.title)) != std::string::npos)
                c.authors.clear();
        }
        c.note = note.n;
        c.seq = static_cast<int>(out.size()) + 1;
        c.raw_offset = s.bytes[p.begin];
        c.span = note.span;
        if (!p.back && c.authors.empty() && c.editors.empty()) {
            if (!out.empty() && (p.same_author || (u.list && !out.back().authors.empty()))) {
                // 同「…」, or a list whose first work names the author
                const Citation* prev = nullptr;
                for (auto it = out.rbegin(); it != out.rend(); ++it)
                    if (!it->authors.empty()) { prev = &*it; break; }
                if (prev) c.authors = prev->authors;
            } else if ((self_list || p.self) && !context.document_author.empty()) {
                c.authors = {context.document_author};
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

// cite.source-line: "出典：…" / "図の出典：…" / "Source: …" opening a sentence of the
// body names the work a figure or table comes from: the rest of the paragraph,
// split into works at ；/;, each kept when it reads as a citation.
std::vector<Citation> source_line_citations(const Src& s, const CitationContext& context) {
    std::vector<Citation> out;
    const std::size_t n = s.w.size();
    for (std::size_t i = 0; i + 3 < n; ++i) {
        const bool label = at(s.f, i, U"出典") || at(s.f, i, U"出所") || at(s.f, i, U"Source");
        if (!label) continue;
        // at the start of the paragraph or of a sentence, with at most 図の / 表の before it
        std::size_t b = i;
        if (b >= 2 && (at(s.f, b - 2, U"図の") || at(s.f, b - 2, U"表の"))) b -= 2;
        std::size_t p = b;
        while (p > 0 && is_space(s.f[p - 1])) --p;
        if (p > 0 && s.f[p - 1] != U'。' && s.f[p - 1] != U'．' && s.f[p - 1] != U'\n') continue;
        std::size_t k = i + (s.f[i] == U'S' ? 6 : 2);
        while (k < n && is_space(s.f[k])) ++k;
        if (k >= n || (s.f[k] != U'：' && s.f[k] != U':')) continue;
        std::size_t start = k + 1;
        // the source ends with its sentence: at 。, or at a full stop right before Japanese text
        std::size_t end = start;
        while (end < n && s.f[end] != U'。' &&
               !(s.f[end] == U'.' && end + 1 < n && (is_han(s.f[end + 1]) || is_kana(s.f[end + 1]))))
            ++end;
        if (end < n) ++end;
        for (std::size_t e = start; e <= end; ++e) {
            if (e < end && s.f[e] != U'；' && s.f[e] != U';') continue;
            std::size_t x = start, y = e;
            trim_range(s.w, x, y);
            if (y > x) {
                Parsed parsed = parse_range(s, x, y, context);
                if (looks_like_citation(parsed)) {
                    parsed.c.raw_offset = s.bytes[parsed.begin];
                    parsed.c.seq = static_cast<int>(out.size()) + 1;
                    out.push_back(std::move(parsed.c));
                }
            }
            start = e + 1;
        }
        break;
    }
    return out;
}

std::vector<Citation> find_in_body(const std::string& paragraph_text, const CitationContext& context) {
    std::vector<Citation> out;
    Src s = make_src(paragraph_text);
    if (std::vector<Citation> sourced = source_line_citations(s, context); !sourced.empty()) return sourced;
    const std::size_t n = s.w.size();
    const BracketTable brackets(s.f, 0, n);
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = s.f[i];
        if (c != 0x300C && c != 0x300E) { ++i; continue; }   // 「 or 『
        std::size_t cl = brackets.close(i);
        if (cl == npos) { ++i; continue; }
        // what stands before: 拙稿 / 拙著, or a name run
        std::size_t nb = i;
        while (nb > 0 && nb > i - std::min<std::size_t>(i, 24)) {
            char32_t p = s.w[nb - 1];
            if (is_han(p) || is_katakana(p) || p == U'・' || is_word_letter(fold(p)) || p == U'ー') --nb;
            else break;
        }
        U32View before = U32View(s.w).substr(nb, i - nb);
        int self_role = 3;
        const bool self = !before.empty() &&
                          (is_self_word(before, self_role) || ends_with(before, U"拙稿") || ends_with(before, U"拙著") ||
                           ends_with(before, U"拙論"));
        if (self && !is_self_word(before, self_role)) {
            nb = i - 2;   // only the word itself
            before = U32View(s.w).substr(nb, 2);
        }
        // the groups: 「title」『container』 or 『book』
        std::size_t j = cl + 1;
        while (j < n && is_space(s.w[j])) ++j;
        std::size_t groups_end = cl + 1;
        bool two_groups = false;
        if (c == 0x300C && j < n && s.f[j] == 0x300E) {
            std::size_t cl2 = brackets.close(j);
            if (cl2 != npos) {
                groups_end = cl2 + 1;
                two_groups = true;
            }
        }
        if (!self && !two_groups && !(c == 0x300E && !before.empty())) { i = cl + 1; continue; }
        // the tail: up to the end of the sentence or of the enclosing bracket
        std::size_t e = groups_end;
        int depth = 0;
        while (e < n) {
            char32_t f = s.f[e];
            if (f == U'。' || f == U';') break;
            if (f == U'(' || f == 0x300C || f == 0x300E) ++depth;
            if (f == U')' || f == 0x300D || f == 0x300F) {
                if (depth == 0) break;
                --depth;
            }
            ++e;
        }
        std::size_t start = self ? nb : (before.empty() ? i : nb);
        Parsed p = parse_range(s, start, e, context);
        const Citation& cc = p.c;
        const bool enough = !cc.title.empty() &&
                            (!cc.date.empty() || !cc.publisher.empty() || (self && !cc.container.empty()));
        if (enough && (self || !cc.authors.empty() || two_groups)) {
            Citation r = p.c;
            r.note = 0;
            r.seq = static_cast<int>(out.size()) + 1;
            r.raw_offset = s.bytes[p.begin];
            out.push_back(std::move(r));
            i = std::max(p.end, groups_end);
        } else {
            i = cl + 1;
        }
    }
    return out;
}

namespace {

// A name prepared once for short_form_of (resolve_back_references compares
// every back-reference with every earlier name: NFKC once per name, not per pair).
struct ShortName {
    U32 acronym, a, la;   // the name without dots (as is_acronym_of takes it), its norm_key, that lower-cased
};
struct FullName {
    U32 f, fk, lf, initials;   // NFKC, norm_key, NFKC lower-cased, capitals of its words
};
ShortName short_name_of(const std::string& short_name) {
    ShortName s{trimmed(text::to_u32(short_name), U"."), text::to_u32(norm_key(short_name)), {}};
    s.la = lower(s.a);
    return s;
}
FullName full_name_of(const std::string& full_name) {
    FullName n{text::to_u32(text::nfkc(full_name)), text::to_u32(norm_key(full_name)), {}, {}};
    n.lf = lower(n.f);
    bool start = true;   // as is_acronym_of
    for (char32_t c : n.f) {
        if (is_space(c) || c == U'-') { start = true; continue; }
        if (start && u_isupper(static_cast<UChar32>(c))) n.initials.push_back(c);
        start = false;
    }
    return n;
}

// "岩崎" for "岩崎大輔", "Laruelle" for "Marlene Laruelle" or "Laruelle, Marlene":
// a surname standing for the full name.
bool short_form_of(const ShortName& s, const FullName& n) {
    const U32& a = s.a;
    const U32& fk = n.fk;
    if (a.empty() || a.size() >= fk.size()) return false;
    // "IEA" for "International Energy Agency" (is_acronym_of, prepared)
    if (s.acronym.size() >= 2 && s.acronym.size() <= 8 && n.initials == s.acronym) return true;
    if (is_western(a)) {
        const U32 &l = n.lf, &la = s.la;
        if (starts_with(l, la) && l.size() > la.size() && (l[la.size()] == U',' || is_space(l[la.size()])))
            return true;
        return ends_with(l, la) && is_space(l[l.size() - la.size() - 1]);
    }
    return starts_with(fk, a);   // Japanese/Chinese: the surname comes first
}

bool short_form_of(const std::string& short_name, const std::string& full_name) {
    return short_form_of(short_name_of(short_name), full_name_of(full_name));
}

void expand_short_names(std::vector<std::string>& names, const std::vector<std::string>& full) {
    for (auto& n : names)
        for (const auto& f : full)
            if (short_form_of(n, f)) {
                n = f;
                break;
            }
}

}  // namespace

void resolve_back_references(std::vector<Citation>& citations) {
    // The normalised names and titles of each earlier citation, made once
    // (citation k is final once the loop has passed it).
    struct Keys {
        std::vector<std::string> authors, editors;
        std::vector<FullName> full_authors;
        std::string title, container;
    };
    std::vector<std::optional<Keys>> keys(citations.size());
    auto keys_of = [&](std::size_t k) -> const Keys& {
        if (!keys[k]) {
            const Citation& o = citations[k];
            Keys ks;
            for (const auto& oa : o.authors) {
                ks.authors.push_back(norm_key(oa));
                ks.full_authors.push_back(full_name_of(oa));
            }
            for (const auto& oe : o.editors) ks.editors.push_back(norm_key(oe));
            ks.title = norm_key(o.title);
            ks.container = norm_key(o.container);
            keys[k] = std::move(ks);
        }
        return *keys[k];
    };
    for (std::size_t i = 0; i < citations.size(); ++i) {
        Citation& c = citations[i];
        Src s = make_src(c.raw);
        BackRef br = detect_back(s.f);
        if (br.kind == Back::None || i == 0) continue;
        const bool chapter = br.kind == Back::Earlier && chapter_title_piece(s, 0, br.key_b) != npos;
        // from a note, look back over notes only (body citations are skipped)
        auto visible = [&](std::size_t k) { return c.note == 0 || citations[k].note != 0; };
        auto previous = [&]() {
            for (std::size_t k = i; k-- > 0;)
                if (visible(k)) return k;
            return npos;
        };
        std::size_t target = npos;
        if (br.kind == Back::Same) {
            target = previous();
        } else if (br.note > 0) {
            for (std::size_t k = 0; k < i; ++k)
                if (citations[k].note == br.note) { target = k; break; }
        } else {
            // the latest earlier citation by the same author (and title, when given);
            // for a chapter of an earlier book, by the book's editor
            const std::vector<std::string>& who = chapter ? c.editors : c.authors;
            const std::string a = who.empty() ? std::string() : norm_key(who.front());
            const std::string t = chapter ? std::string() : norm_key(c.title);
            const ShortName sa = short_name_of(a);
            for (std::size_t k = i; k-- > 0;) {
                const Citation& o = citations[k];
                if (o.repeats || !visible(k)) continue;
                const Keys& ko = keys_of(k);
                bool author_ok = a.empty();
                for (std::size_t j = 0; j < o.authors.size(); ++j) {
                    const std::string& ok = ko.authors[j];
                    if (!a.empty() && (ok == a || ok.find(a) != std::string::npos || a.find(ok) != std::string::npos ||
                                       short_form_of(sa, ko.full_authors[j])))
                        author_ok = true;
                }
                for (const auto& ok : ko.editors) {
                    if (!a.empty() && (ok == a || ok.find(a) != std::string::npos)) author_ok = true;
                }
                bool title_ok = t.empty() || ko.title.rfind(t, 0) == 0 || ko.container.rfind(t, 0) == 0;
                if (author_ok && title_ok) { target = k; break; }
            }
            if (target == npos && a.empty() && t.empty()) target = previous();
        }
        if (target == npos || target >= i) continue;
        // repeat the original, not another back-reference
        while (citations[target].repeats > 0 && static_cast<std::size_t>(citations[target].repeats - 1) < target)
            target = static_cast<std::size_t>(citations[target].repeats - 1);
        const Citation& o = citations[target];
        c.repeats = static_cast<int>(target) + 1;
        // "岩崎、前掲論文", "Laruelle, op. cit.": the names as the original gives them
        std::vector<std::string> full = o.authors;
        full.insert(full.end(), o.editors.begin(), o.editors.end());
        expand_short_names(c.authors, full);
        expand_short_names(c.editors, full);
        if (chapter) {
            // the chapter's own author and title; the earlier work is its book
            c.container = o.type == "chapter" && !o.container.empty() ? o.container : o.title;
            if (c.editors.empty()) c.editors = o.editors.empty() ? o.authors : o.editors;
            if (c.publisher.empty()) c.publisher = o.publisher;
            if (c.genre.empty()) c.genre = o.genre;
            if (c.date.empty()) c.date = o.date;
            c.type = "chapter";
            c.lang = o.lang.empty() ? c.lang : o.lang;
            continue;
        }
        if (c.authors.empty()) c.authors = o.authors;
        if (c.editors.empty()) c.editors = o.editors;
        if (c.translators.empty()) c.translators = o.translators;
        if (c.title.empty()) c.title = o.title;
        if (c.container.empty()) c.container = o.container;
        if (c.publisher.empty()) c.publisher = o.publisher;
        if (c.genre.empty()) c.genre = o.genre;
        if (c.date.empty()) c.date = o.date;
        if (c.volume.empty()) c.volume = o.volume;
        if (c.issue.empty()) c.issue = o.issue;
        if (c.url.empty()) c.url = o.url;
        if (c.accessed.empty()) c.accessed = o.accessed;
        if (c.type.empty()) c.type = o.type;
        c.lang = o.lang.empty() ? c.lang : o.lang;
    }
}

}  // namespace shiryo::citations
