// Small Unicode helpers on UTF-8 strings, built on ICU. Shared by every stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace shiryo::text {

// Decode UTF-8 into code points (invalid bytes become U+FFFD).
std::u32string to_u32(std::string_view utf8);
// The code point at byte i of utf8 (i < size), advancing i past it: what
// to_u32 gives there, without building the whole string (U+FFFD for ill-formed bytes).
char32_t next_code_point(std::string_view utf8, std::size_t& i);
std::string to_utf8(std::u32string_view cps);
std::string to_utf8(char32_t cp);
void append_utf8(std::string& out, char32_t cp);   // out += to_utf8(cp), without a temporary

// East Asian display width: Wide, Fullwidth and Ambiguous count 2 (the
// genre is Japanese, where ambiguous characters such as ― and ① are wide),
// everything else 1, combining marks 0.
int display_width(char32_t cp);
int display_width(std::string_view utf8);

// Character classes used by the layout rules.
bool is_ascii_alnum(char32_t cp);
bool is_japanese(char32_t cp);       // kana, kanji, full-width forms, CJK punctuation
bool is_digit_any(char32_t cp);      // ASCII or full-width digit
int digit_value(char32_t cp);        // 0-9 for ASCII/full-width digits, -1 otherwise

// Parse a run of ASCII or full-width digits ("１２", "12") to an integer; -1 if none/not all digits.
long parse_number(std::string_view utf8);

// NFKC, for comparisons only: never applied to the text that goes into TEI.
std::string nfkc(std::string_view utf8);

// Trim ASCII spaces, tabs and U+3000 on both ends / one end.
std::string_view trim(std::string_view s);
std::string_view trim_right(std::string_view s);
std::string_view trim_left(std::string_view s);

// Remove every whitespace character (for lenient comparisons).
std::string strip_spaces(std::string_view utf8);
// strip_spaces(utf8) into buf when it is at most cap bytes long (len set,
// true); false as soon as it is longer. For classifiers of short lines:
// no allocation, and a long line is rejected after cap bytes of content.
bool strip_spaces_into(std::string_view utf8, char* buf, std::size_t cap, std::size_t& len);

bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);

}  // namespace shiryo::text
