// Character classes, bracket matching and date scanning for the citations
// stage. Hand-written scanners: every loop moves forward, no backtracking.
#include "citations/scan.hpp"

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unicode/calendar.h>
#include <unicode/smpdtfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "citations/citations.hpp"
#include "text/unicode.hpp"

namespace shiryo::citations::detail {

char32_t fold(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    if (c == 0x3000 || c == 0x00A0 || c == U'\t') return U' ';
    return c;
}

U32 fold(U32View s) {
    U32 out(s);
    for (auto& c : out) c = fold(c);
    return out;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0x00A0; }
bool is_hiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }
bool is_katakana(char32_t c) {
    return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FD && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
           (c >= 0xFF66 && c <= 0xFF9D);
}
bool is_kana(char32_t c) { return is_hiragana(c) || is_katakana(c); }
bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3005 || c == 0x3006;
}
bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }
bool is_hangul(char32_t c) { return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F); }
bool is_latin_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_dash(char32_t c) {
    return c == U'-' || c == U'~' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x301C || c == 0x30FC;
}
bool is_cjk_punct(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

void trim_range(U32View s, std::size_t& b, std::size_t& e, U32View extra) {
    auto drop = [&](char32_t c) { return is_space(c) || extra.find(c) != U32View::npos; };
    while (b < e && drop(s[b])) ++b;
    while (e > b && drop(s[e - 1])) --e;
}

char32_t closer_of(char32_t open) {
    switch (open) {
        case U'(': return U')';
        case U'[': return U']';
        case U'<': return U'>';
        case U'"': return U'"';
        case 0x300C: return 0x300D;  // 「」
        case 0x300E: return 0x300F;  // 『』
        case 0x201C: return 0x201D;  // “”
        case 0x2018: return 0x2019;  // ‘’
        case 0x300A: return 0x300B;  // 《》
        case 0x3008: return 0x3009;  // 〈〉
        case 0x3010: return 0x3011;  // 【】
        case 0x3014: return 0x3015;  // 〔〕
        case 0x00AB: return 0x00BB;  // «»
        default: return 0;
    }
}

BracketTable::BracketTable(U32View f, std::size_t b, std::size_t e) : b_(b) {
    if (e > f.size()) e = f.size();
    if (b > e) b = e;
    b_ = b;
    close_.assign(e - b, U32View::npos);
    constexpr std::size_t kinds = 13;
    std::vector<std::size_t> stacks[kinds];
    // Bracket kind of a code point, one switch (no search): k for the k-th
    // opener of closer_of, ~k for its closer, kinds when neither.
    auto kind_of = [](char32_t c) -> int {
        switch (c) {
            case U'(': return 0;   case U')': return ~0;
            case U'[': return 1;   case U']': return ~1;
            case U'<': return 2;   case U'>': return ~2;
            case U'"': return 3;
            case 0x300C: return 4;  case 0x300D: return ~4;
            case 0x300E: return 5;  case 0x300F: return ~5;
            case 0x201C: return 6;  case 0x201D: return ~6;
            case 0x2018: return 7;  case 0x2019: return ~7;
            case 0x300A: return 8;  case 0x300B: return ~8;
            case 0x3008: return 9;  case 0x3009: return ~9;
            case 0x3010: return 10; case 0x3011: return ~10;
            case 0x3014: return 11; case 0x3015: return ~11;
            case 0x00AB: return 12; case 0x00BB: return ~12;
            default: return static_cast<int>(kinds);
        }
    };
    auto letter = [](char32_t c) { return is_latin_letter(c) || is_cyrillic(c) || is_ascii_digit(c); };
    for (std::size_t i = b; i < e; ++i) {
        const char32_t c = f[i];
        const int kind = kind_of(c);
        if (kind == static_cast<int>(kinds)) continue;
        if (c == U'"') {
            const int k = kind;
            if (!stacks[k].empty()) {
                close_[stacks[k].back() - b] = i;
                stacks[k].pop_back();
            } else {
                stacks[k].push_back(i);
            }
            continue;
        }
        if (kind < 0) {
            const int kc = ~kind;
            if (c == 0x2019 && i > b && i + 1 < e && letter(f[i - 1]) && letter(f[i + 1])) continue;   // Russia’s
            if (!stacks[kc].empty()) {
                close_[stacks[kc].back() - b] = i;
                stacks[kc].pop_back();
            }
            continue;
        }
        stacks[kind].push_back(i);
    }
}

std::size_t BracketTable::close(std::size_t open_pos) const {
    if (open_pos < b_ || open_pos - b_ >= close_.size()) return U32View::npos;
    return close_[open_pos - b_];
}

std::string ascii_digits(U32View f) {
    std::string out;
    for (char32_t c : f)
        if (is_ascii_digit(c)) out += static_cast<char>(c);
    return out;
}

// ---------------------------------------------------------------- eras

namespace {

struct EraTable {
    std::vector<std::pair<std::u32string, int>> names;   // era name -> ICU era index
    std::unique_ptr<icu::Calendar> calendar;
};

EraTable& eras() {
    static EraTable table;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode st = U_ZERO_ERROR;
        icu::Locale loc("ja_JP@calendar=japanese");
        table.calendar.reset(icu::Calendar::createInstance(loc, st));
        if (U_FAILURE(st) || !table.calendar) { table.calendar.reset(); return; }
        icu::SimpleDateFormat fmt(icu::UnicodeString(u"GGGG"), loc, st);
        if (U_FAILURE(st)) return;
        fmt.setCalendar(*table.calendar);
        const int max_era = table.calendar->getMaximum(UCAL_ERA);
        // the modern eras (Meiji onwards) and a few before, named by ICU itself
        for (int k = max_era; k >= 0 && k > max_era - 8; --k) {
            table.calendar->clear();
            table.calendar->set(UCAL_ERA, k);
            table.calendar->set(UCAL_YEAR, 2);
            UErrorCode s2 = U_ZERO_ERROR;
            UDate d = table.calendar->getTime(s2);
            if (U_FAILURE(s2)) continue;
            icu::UnicodeString name;
            fmt.format(d, name);
            std::string utf8;
            name.toUTF8String(utf8);
            table.names.emplace_back(text::to_u32(utf8), k);
        }
    });
    return table;
}

std::mutex& era_mutex() {
    static std::mutex m;
    return m;
}

}  // namespace

int era_year(std::u32string_view era_name, int year_in_era) {
    auto& t = eras();
    if (!t.calendar || year_in_era <= 0) return 0;
    for (const auto& [name, index] : t.names) {
        if (name != era_name) continue;
        std::lock_guard<std::mutex> lock(era_mutex());
        UErrorCode st = U_ZERO_ERROR;
        t.calendar->clear();
        t.calendar->set(UCAL_ERA, index);
        t.calendar->set(UCAL_YEAR, year_in_era);
        t.calendar->set(UCAL_MONTH, UCAL_DECEMBER);
        t.calendar->set(UCAL_DATE, 31);
        int y = t.calendar->get(UCAL_EXTENDED_YEAR, st);
        return U_FAILURE(st) ? 0 : y;
    }
    return 0;
}

// ---------------------------------------------------------------- dates

namespace {

struct MonthName {
    const char32_t* name;
    int month;
};

// Lower-case month names and abbreviations (English, Russian nominative and genitive).
constexpr std::array<MonthName, 54> kMonths{{
    {U"january", 1}, {U"february", 2}, {U"march", 3}, {U"april", 4}, {U"may", 5}, {U"june", 6},
    {U"july", 7}, {U"august", 8}, {U"september", 9}, {U"october", 10}, {U"november", 11}, {U"december", 12},
    {U"jan", 1}, {U"feb", 2}, {U"mar", 3}, {U"apr", 4}, {U"jun", 6}, {U"jul", 7}, {U"aug", 8},
    {U"sep", 9}, {U"sept", 9}, {U"oct", 10}, {U"nov", 11}, {U"dec", 12},
    {U"января", 1}, {U"февраля", 2}, {U"марта", 3}, {U"апреля", 4}, {U"мая", 5}, {U"июня", 6},
    {U"июля", 7}, {U"августа", 8}, {U"сентября", 9}, {U"октября", 10}, {U"ноября", 11}, {U"декабря", 12},
    {U"январь", 1}, {U"февраль", 2}, {U"март", 3}, {U"апрель", 4}, {U"май", 5}, {U"июнь", 6},
    {U"июль", 7}, {U"август", 8}, {U"сентябрь", 9}, {U"октябрь", 10}, {U"ноябрь", 11}, {U"декабрь", 12},
    {U"янв", 1}, {U"фев", 2}, {U"апр", 4}, {U"авг", 8}, {U"сен", 9}, {U"окт", 10},
}};

bool is_word_char(char32_t c) { return is_latin_letter(c) || is_cyrillic(c); }

// Month number of the word starting at i, with its end; 0 if none.
int month_word(U32View f, std::size_t i, std::size_t to, std::size_t& end) {
    if (i > 0 && is_word_char(f[i - 1])) return 0;
    std::size_t k = i;
    while (k < to && is_word_char(f[k]) && k - i < 12) ++k;
    if (k == i || (k < to && is_word_char(f[k]))) return 0;
    std::u32string w;
    for (std::size_t j = i; j < k; ++j) w.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(f[j]))));
    for (const auto& m : kMonths) {
        if (w == m.name) {
            end = k;
            if (end < to && f[end] == U'.') ++end;
            return m.month;
        }
    }
    return 0;
}

std::size_t skip_spaces(U32View f, std::size_t i, std::size_t to) {
    while (i < to && is_space(f[i])) ++i;
    return i;
}

// Read 1..max_len ASCII digits at i; -1 if none.
int read_int(U32View f, std::size_t& i, std::size_t to, std::size_t max_len) {
    std::size_t k = i;
    int v = 0;
    while (k < to && is_ascii_digit(f[k]) && k - i < max_len) v = v * 10 + static_cast<int>(f[k++] - U'0');
    if (k == i || (k < to && is_ascii_digit(f[k]))) return -1;
    i = k;
    return v;
}

int kanji_digit(char32_t c) {
    switch (c) {
        case U'〇': case U'零': return 0;
        case U'一': case U'元': return 1;
        case U'二': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}

// An era year number: ASCII digits, 元, or kanji numerals up to 99.
int read_era_number(U32View f, std::size_t& i, std::size_t to) {
    if (i < to && is_ascii_digit(f[i])) return read_int(f, i, to, 3);
    std::size_t k = i;
    int value = 0, current = 0;
    bool any = false;
    while (k < to && k - i < 4) {
        char32_t c = f[k];
        if (c == U'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (kanji_digit(c) >= 0) {
            current = kanji_digit(c);
        } else {
            break;
        }
        any = true;
        ++k;
    }
    if (!any) return -1;
    i = k;
    return value + current;
}

std::string iso(int y, int m, int d) {
    char buf[16];
    if (m < 1 || m > 12) std::snprintf(buf, sizeof buf, "%04d", y);
    else if (d < 1 || d > 31) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

// After "…年": optional " M 月 [D 日]".
void japanese_month_day(U32View f, std::size_t& j, std::size_t to, int& m, int& d) {
    std::size_t k = skip_spaces(f, j, to);
    int mm = read_int(f, k, to, 2);
    if (mm < 1 || mm > 12) return;
    k = skip_spaces(f, k, to);
    if (k >= to || f[k] != U'月') return;
    ++k;
    m = mm;
    j = k;
    // "10 月号" is an issue, the month still counts for the date
    std::size_t k2 = skip_spaces(f, k, to);
    int dd = read_int(f, k2, to, 2);
    if (dd < 1 || dd > 31) return;
    k2 = skip_spaces(f, k2, to);
    if (k2 >= to || f[k2] != U'日') return;
    d = dd;
    j = k2 + 1;
}

bool unit_follows(U32View f, std::size_t k, std::size_t to) {
    k = skip_spaces(f, k, to);
    if (k >= to) return false;
    static const std::u32string units = U"人円万億件名%倍頁号巻ドル";
    return units.find(f[k]) != std::u32string::npos;
}

std::optional<DateHit> date_at(U32View f, std::size_t i, std::size_t from, std::size_t to) {
    const char32_t c = f[i];
    // Japanese era: 平成15年, 令和 4 年, 平成十五年, 平成元年
    if (is_han(c) && i + 2 <= to) {
        for (const auto& [name, index] : eras().names) {
            (void)index;
            if (f.substr(i, name.size()) != name) continue;
            std::size_t k = skip_spaces(f, i + name.size(), to);
            int y = read_era_number(f, k, to);
            if (y <= 0) break;
            k = skip_spaces(f, k, to);
            if (k >= to || f[k] != U'年') break;
            ++k;
            int gy = era_year(name, y);
            if (gy <= 0) break;
            int m = 0, d = 0;
            japanese_month_day(f, k, to, m, d);
            return DateHit{iso(gy, m, d), i, k};
        }
        return std::nullopt;
    }
    if (is_ascii_digit(c)) {
        if (i > from && (is_ascii_digit(f[i - 1]) || is_latin_letter(f[i - 1]) || f[i - 1] == U'_' ||
                         f[i - 1] == U'/' || f[i - 1] == U'.'))
            return std::nullopt;
        std::size_t k = i;
        int v = read_int(f, k, to, 4);
        if (v < 0) return std::nullopt;
        const std::size_t len = k - i;
        if (len == 4 && v >= 1000 && v <= 2199) {
            std::size_t j = skip_spaces(f, k, to);
            if (j < to && f[j] == U'年') {
                ++j;
                int m = 0, d = 0;
                japanese_month_day(f, j, to, m, d);
                return DateHit{iso(v, m, d), i, j};
            }
            if (k < to && (f[k] == U'.' || f[k] == U'/' || f[k] == U'-')) {
                const char32_t sep = f[k];
                std::size_t j2 = k + 1;
                int m = read_int(f, j2, to, 2);
                if (m >= 1 && m <= 12) {
                    if (j2 < to && f[j2] == sep) {
                        std::size_t j3 = j2 + 1;
                        int d = read_int(f, j3, to, 2);
                        if (d >= 1 && d <= 31) return DateHit{iso(v, m, d), i, j3};
                    } else if (sep != U'.' && !(j2 < to && (f[j2] == U'.' || f[j2] == U'/'))) {
                        return DateHit{iso(v, m, 0), i, j2};
                    }
                }
            }
            if (unit_follows(f, k, to)) return std::nullopt;
            return DateHit{iso(v, 0, 0), i, k};
        }
        if (len <= 2) {
            // DD.MM.YYYY (and DD/MM/YYYY)
            if (k < to && (f[k] == U'.' || f[k] == U'/')) {
                const char32_t sep = f[k];
                std::size_t j = k + 1;
                int b = read_int(f, j, to, 2);
                if (b >= 1 && j < to && f[j] == sep) {
                    std::size_t j2 = j + 1;
                    int y = read_int(f, j2, to, 4);
                    if (y >= 1000 && j2 - (j + 1) == 4) {
                        int d = v, m = b;
                        if (sep == U'/' && m > 12 && d <= 12) std::swap(d, m);
                        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return DateHit{iso(y, m, d), i, j2};
                    }
                }
            }
            // 3 March 2021, 16 июля 2021 г.
            std::size_t j = skip_spaces(f, k, to);
            std::size_t wend = 0;
            if (j > k && j < to) {
                int m = month_word(f, j, to, wend);
                if (m > 0 && v >= 1 && v <= 31) {
                    std::size_t j2 = skip_spaces(f, wend, to);
                    if (j2 < to && f[j2] == U',') j2 = skip_spaces(f, j2 + 1, to);
                    std::size_t j3 = j2;
                    int y = read_int(f, j3, to, 4);
                    if (y >= 1000 && j3 - j2 == 4) return DateHit{iso(y, m, v), i, j3};
                }
            }
        }
        return std::nullopt;
    }
    if (is_word_char(c)) {
        std::size_t wend = 0;
        int m = month_word(f, i, to, wend);
        if (m == 0) return std::nullopt;
        std::size_t j = skip_spaces(f, wend, to);
        std::size_t j1 = j;
        int a = read_int(f, j1, to, 4);
        if (a >= 1000 && j1 - j == 4) return DateHit{iso(a, m, 0), i, j1};
        if (a >= 1 && a <= 31) {
            std::size_t j2 = j1;
            if (j2 < to && f[j2] == U',') ++j2;
            j2 = skip_spaces(f, j2, to);
            std::size_t j3 = j2;
            int y = read_int(f, j3, to, 4);
            if (y >= 1000 && j3 - j2 == 4) return DateHit{iso(y, m, a), i, j3};
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<DateHit> find_date(U32View f, std::size_t from, std::size_t to) {
    if (to > f.size()) to = f.size();
    for (std::size_t i = from; i < to; ++i) {
        if (auto hit = date_at(f, i, from, to)) return hit;
        // skip the rest of a digit or word run that did not start a date
        if (is_ascii_digit(f[i]))
            while (i + 1 < to && is_ascii_digit(f[i + 1])) ++i;
    }
    return std::nullopt;
}

}  // namespace shiryo::citations::detail

namespace shiryo::citations {

std::string parse_date(const std::string& text) {
    auto f = detail::fold(text::to_u32(text));
    auto hit = detail::find_date(f, 0, f.size());
    return hit ? hit->iso : std::string();
}

}  // namespace shiryo::citations
