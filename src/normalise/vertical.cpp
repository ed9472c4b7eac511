// Vertical writing (縦書き) in converter text: see looks_vertical in normalise.hpp.
#include "normalise/normalise.hpp"
#include "text/unicode.hpp"

namespace shiryo::normalise {

namespace {

// vertical.one-char-lines: the share of CJK characters standing in runs of
// at least this many consecutive lines of one or two characters.
constexpr std::size_t kMinShortRun = 3;
constexpr double kMinShortShare = 0.3;
// vertical.kanji-numerals
constexpr int kMinKanjiYears = 5;
constexpr int kLongLine = 15;                 // code points
constexpr double kMaxLatinLongLines = 0.05;   // share of long lines holding a Latin letter or digit

bool is_cjk(char32_t c) { return c >= 0x2E80; }
bool is_kanji_numeral(char32_t c) { return std::u32string_view(U"〇一二三四五六七八九十").find(c) != std::u32string_view::npos; }

struct Counts {
    std::size_t cjk = 0, in_short_runs = 0;
    int kanji_years = 0, digit_years = 0;
    int long_lines = 0, latin_long_lines = 0;
};

// Years: two or more numerals before 年, kanji or digits.
void count_years(const std::u32string& s, Counts& c) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != U'年') continue;
        std::size_t k = i, kanji = 0, digits = 0;
        while (k > 0 && s[k - 1] == U' ') --k;
        while (k > 0 && is_kanji_numeral(s[k - 1])) { --k; ++kanji; }
        while (k > 0 && text::is_digit_any(s[k - 1])) { --k; ++digits; }
        if (kanji >= 2) ++c.kanji_years;
        if (digits >= 2) ++c.digit_years;
    }
}

}  // namespace

bool looks_vertical(const std::vector<Line>& lines) {
    Counts c;
    std::size_t run_lines = 0, run_cjk = 0;
    auto close_run = [&]() {
        if (run_lines >= kMinShortRun) c.in_short_runs += run_cjk;
        run_lines = run_cjk = 0;
    };
    for (const Line& l : lines) {
        if (l.blank) continue;
        const std::u32string s = text::to_u32(l.text);
        std::size_t cjk = 0;
        bool latin = false;
        for (char32_t ch : s) {
            cjk += is_cjk(ch);
            latin |= text::is_ascii_alnum(ch);
        }
        c.cjk += cjk;
        if (s.size() <= 2 && cjk > 0) {
            ++run_lines;
            run_cjk += cjk;
        } else {
            close_run();
        }
        if (static_cast<int>(s.size()) >= kLongLine) {
            ++c.long_lines;
            c.latin_long_lines += latin;
        }
        count_years(s, c);
    }
    close_run();
    if (c.cjk == 0) return false;
    if (static_cast<double>(c.in_short_runs) >= kMinShortShare * static_cast<double>(c.cjk)) return true;
    return c.kanji_years >= kMinKanjiYears && c.digit_years * 10 <= c.kanji_years && c.long_lines > 0 &&
           c.latin_long_lines <= kMaxLatinLongLines * c.long_lines;
}

}  // namespace shiryo::normalise
