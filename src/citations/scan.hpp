// Internal helpers of the citations stage: character classes and small
// scanners on UTF-32 text. Not part of the public interface.
//
// Every scanner works on a "folded" copy of the text (full-width ASCII
// forms mapped to ASCII, one code point for one code point), so offsets in
// the folded copy are offsets in the original.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shiryo::citations::detail {

using U32 = std::u32string;
using U32View = std::u32string_view;

// Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic space to space,
// a few dashes to '-'. One code point in, one code point out.
char32_t fold(char32_t c);
U32 fold(U32View s);

bool is_space(char32_t c);
bool is_hiragana(char32_t c);
bool is_katakana(char32_t c);
bool is_kana(char32_t c);
bool is_han(char32_t c);
bool is_cyrillic(char32_t c);
bool is_hangul(char32_t c);
bool is_latin_letter(char32_t c);      // ASCII and Latin-1/Extended letters (folded text)
bool is_ascii_digit(char32_t c);
bool is_dash(char32_t c);              // range separators: - ‐ – — − ~ ～ 〜 (folded text)
bool is_cjk_punct(char32_t c);         // 、。「」 etc. (U+3000..U+303F, full-width punctuation)

// Trim spaces and the given extra characters from both ends of [b, e).
void trim_range(U32View s, std::size_t& b, std::size_t& e, U32View extra = U"");

// The closing bracket for an opening one in folded text, 0 if not an opener.
// (BracketTable has the same pairs in a switch: keep the two in step.)
char32_t closer_of(char32_t open);

// The closing bracket of every bracket opened in f[b, e), found in one
// pass with one stack per bracket pair (npos when never closed). ‘…’ closes
// only at a ’ that is not an apostrophe between letters.
class BracketTable {
public:
    BracketTable(U32View folded, std::size_t b, std::size_t e);
    std::size_t close(std::size_t open_pos) const;   // npos if none

private:
    std::size_t b_ = 0;
    std::vector<std::size_t> close_;
};

// A date found in text.
struct DateHit {
    std::string iso;          // "2021", "2021-09", "2021-07-29"
    std::size_t begin = 0;    // code point range in the scanned text
    std::size_t end = 0;
};

// First date in folded[from, to) with a year. Month-day without a year is
// skipped. Linear in the length of the range.
std::optional<DateHit> find_date(U32View folded, std::size_t from, std::size_t to);

// Gregorian year of a Japanese era year (ICU Japanese calendar), 0 if the
// era name is unknown.
int era_year(std::u32string_view era_name, int year_in_era);

std::string ascii_digits(U32View folded);   // keep ASCII digits only

}  // namespace shiryo::citations::detail
