// Stage: normalise lines. Raw decoded lines -> Lines with fake bold
// collapsed, page numbers and layout spaces recognised, and the document's
// layout (paragraph-end signal, double spacing, column width) detected.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::normalise {

// A line printed in bold by the PDF converter repeats every run four times
// ("第二章第二章第二章第二章"). Collapse it when the whole line proves it:
// (nearly) every character belongs to a run printed four times, and some
// run is longer than one character (a rule "――――――――" is not bold).
// Returns false and leaves `out` empty when the line is not fake bold.
bool collapse_fake_bold_line(std::string_view line, std::string& out);

// Bold note markers inside ordinary text: "（（（（12121212））））" -> "（12）".
// Only the full quadrupled shape counts. Ranges of the collapsed markers
// are appended to `bold` (byte offsets into the returned string).
std::string collapse_bold_markers(std::string_view line, std::vector<ByteRange>& bold);

// Is this line (already trimmed) a page number: digits only, 1-4 of them,
// or a bold number printed four times ("5555")?
bool is_page_number_text(std::string_view trimmed);

// page.numbers-apart: for a text without form feeds, per raw line whether it
// may be a page number (a number line with no other number line within a
// few content lines; a column of numbers is table text).
std::vector<bool> page_number_candidates(const std::vector<std::string>& raw_lines);

// Normalise every line; removed characters are recorded in `artefacts`.
std::vector<Line> normalise_lines(const std::vector<std::string>& raw_lines, std::vector<Artefact>& artefacts);

// Running headers: a line standing next to a page number (the first or last
// line of a page) whose text stands next to another page number as well.
// They are marked page_number and running_header.
void mark_running_headers(std::vector<Line>& lines, std::vector<Artefact>& artefacts);

// xml.forbidden-character / form-feed.page-break: the line without the
// characters XML 1.0 forbids (C0/C1 controls but tab, U+FFFE, U+FFFF) and
// without form feeds; each removal is recorded as an artefact, and
// `form_feed` is set when the line held one.
std::string remove_forbidden_characters(std::string_view line, int number, bool& form_feed,
                                        std::vector<Artefact>& artefacts);
// Cheap byte test: may the line hold a character remove_forbidden_characters removes?
bool needs_cleaning(std::string_view line);

// Pages from form feeds: Line::page (1-based) for every line, page_start
// on the first content line of every page after the first.
void assign_pages(std::vector<Line>& lines, const std::vector<bool>& form_feed_at);

// With pages known: margin line numbers, page numbers at a page's edge,
// running heads and feet repeated at the same edge of other pages.
void mark_page_furniture(std::vector<Line>& lines, std::vector<Artefact>& artefacts);

// Vertical writing (縦書き) as a converter leaves it: columns as lines, in
// an order that is not the reading order. Two signatures:
//   vertical.one-char-lines  most CJK text stands in runs of lines of one or two characters;
//   vertical.kanji-numerals  years in kanji numerals (二〇一八年), none in digits, and hardly any
//                            Latin letters or digits in long lines (vertical setting avoids them).
bool looks_vertical(const std::vector<Line>& lines);

// layout.positional-text: the text is `pdftotext -layout` output, whose
// spaces put every word at its printed column: at least a fifth of the
// content lines are indented by two spaces or more or hold a run of three
// spaces or more between words, and one in twenty is indented (the default
// mode writes neither; a table typed with wide gaps alone is not enough).
bool looks_positional(const std::vector<Line>& lines);

// Detect how paragraphs end and how wide a full line is.
Layout detect_layout(const std::vector<Line>& lines);

}  // namespace shiryo::normalise
