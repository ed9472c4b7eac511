// Stage: segment blocks. Normalised lines -> the document header and a
// sequence of typed line groups (headings, paragraphs, list items, tables,
// section breaks). Nothing is parsed inside a block here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::segment {

// PageBreak: a page boundary between blocks (pages from form feeds only),
// holding the page furniture lines that stood there; `page` is the page
// that begins (0 when none does, e.g. furniture before the first block).
// Contents: the table of contents (toc.region), every line of it.
// ColumnTable: an uncaptioned table printed column by column (tables' table.column-blocks).
// PositionalTable: an uncaptioned table in pdftotext -layout text (table.positional-block).
enum class SegmentKind { Heading, Paragraph, ListItem, SectionBreak, Table, ColumnTable, PositionalTable, BibliographyHeading, BibliographyEntry, PageBreak, Contents };

struct Segment {
    SegmentKind kind = SegmentKind::Paragraph;
    std::vector<std::size_t> lines;   // indices into the line vector, in order; may include page-number lines
    int level = 0;                    // headings: 1 chapter, 2 section, 3 (1), 4 (a)
    int page = 0;                     // PageBreak: the page that begins, 0 = none
};

struct HeaderResult {
    DocumentHeader header;
    std::size_t body_start = 0;       // index of the first line after the header
};

// Title, subtitle, chapter label and author at the top of the document.
HeaderResult detect_header(const std::vector<Line>& lines);

// The same for a text with pages (form feeds): page 1's title block, every
// line kept in DocumentHeader::title_page (see title_page.cpp for the rules).
HeaderResult detect_title_page(const std::vector<Line>& lines);

// 参考文献-like words aside: はじめに, おわりに, 結論 … (a chapter without numbering).
bool is_unnumbered_heading_word(std::string_view text);

// The heading level a numbering prefix implies, and the prefix's length in
// bytes: 第N章 -> 1, １．/1. -> 2, (1)/（1） -> 3, (a)/(C) -> 4. Level 0: no numbering.
struct Numbering {
    int level = 0;          // the level when this style is the only one below the chapter
    std::size_t length = 0;
    int rank = 0;           // place in the hierarchy of styles: 第N章 10, Ⅰ. 20, １．/一、 30, (1) 40, (a) 50
};

Numbering heading_numbering(std::string_view text);

// --- Table of contents (contents.cpp) ---
// 目次 / もくじ / Contents / 図目次 / 表目次 alone on a line (NFKC, so ⽬次 with a radical counts).
bool is_contents_heading(std::string_view line);

// A contents line reduced to its title: NFKC, no spaces, no dot leaders, no page number.
std::string contents_key(std::string_view line);

// toc.region: in a paged text, from a contents heading to the end of its page
// and over each following page that holds no sentence (no line ending in 。).
// Its entries (contents_key, with and without their numbering) are an oracle
// for headings in the body (heading.toc-oracle).
struct ContentsRegion {
    std::size_t begin = 0, end = 0;   // lines [begin, end); empty when equal
    std::vector<std::string> titles;  // sorted, unique
    bool lists(std::string_view line) const;
};
ContentsRegion find_contents(const std::vector<Line>& lines, std::size_t from);

// --- Heading rules for real converter text (heading_rules.cpp) ---
constexpr int kCircledHeadingRank = 60;

// heading.decimal-depth: "2.1 背景" -> 2, "1" -> 1, "2.2.10" -> 3; 0 when the
// line does not start with dotted numbers followed by a space or the end.
int decimal_depth(std::u32string_view s, std::size_t* length = nullptr);

// heading.number-only: the whole line is a heading number printed apart from
// its title (pdftotext puts the two on separate lines): 1 / 2.1 / 2.2.10 /
// １． / 3-1 / 6) / （１） / ① / 第1章 / 第１節. Level 0 otherwise.
Numbering number_only_heading(std::string_view text);

// Numbering styles of real reports beyond heading_numbering's: 2.1 背景
// (heading.decimal), 3-1 / １－１．(heading.hyphenated), 1) (heading.paren-right),
// ア．(heading.katakana), ① (heading.circled, rank kCircledHeadingRank).
Numbering extended_numbering(std::string_view text);

// The rank of any numbering the line starts with (or is), 0 for none.
int heading_rank(std::string_view text);

// heading.not-caption: 図1: … / 図表 2 / Figure 3 / 写真1 / 出典： / （注） — a
// figure caption or a source/note line, never a heading.
bool is_caption_or_source_line(std::string_view text);

// heading.not-bullet: a line opening with a bullet, arrow, reference mark or
// an icon font's private-use glyph is a list item or a box label.
bool starts_with_bullet(std::string_view text);

// heading.needs-letters: a heading has at least two letters (kana, kanji,
// Latin); chart labels (1,000.00 / 2018 / 20%) have none.
bool has_title_letters(std::string_view text);

// Any letter at all (block.label-only and paragraph.no-words-apart use it).
bool has_letter(std::string_view text);

// heading.not-ruby: a line of at most six hiragana is furigana printed above
// a word (しょ, けんいん), not a heading.
bool is_ruby_line(std::string_view text);

// heading.not-run-in-label: a line ending with a colon (例：, 結果:) labels
// what follows; it is not a heading.
bool is_run_in_label(std::string_view text);
// heading.not-formula: a line with a mathematical operator (∈ ∀ ⇔ = ≤ …, Unicode Sm
// but + ~ | < >) is a displayed formula or a condition, not a heading.
bool is_formula_line(std::string_view text);
// heading.not-theorem-label: 定理 1 / 補題 1. / 証明. / Lemma 2 alone on a line label a
// statement inside a section; they are not headings.
bool is_theorem_label(std::string_view text);
// heading.title-needs-word: the title after a plain number holds a kana or kanji
// word or at least four Latin letters; "4 ACB", "8 CAB" are rows of a table.
bool title_has_words(std::string_view title);
// heading.not-subfigure-label: "(a) 症状例 1" / "(b) 症状例 2" above a figure caption
// label the panels of a figure; a run of such lines ending at a caption is not headings.
bool is_subfigure_label(std::string_view text);
bool subfigure_labels_at(const std::vector<Line>& lines, std::size_t i);
// heading.recurring-title: an unnumbered short label standing above a full line of
// prose three times or more (病症 / 病因 / 予防および対策 in every section) is a
// heading wherever it so stands. The labels, without spaces, sorted.
std::vector<std::string> recurring_titles(const std::vector<Line>& lines, std::size_t from, int column_width);

// What a PDF line's font says (lines with geometry only; text input: None).
//   heading.font-small    a line set smaller than 0.85 × the prose size (a footnote, a chart
//                         label, a caption's source) is never a heading
//   heading.font-larger   a line set 1.12 × the prose size or larger, or bold where the prose
//                         is not, is set apart as a heading is
//   heading.font-body     a line in the prose's size and weight
//   heading.font-wrapped  the next line of the block in the same size and weight, unnumbered,
//                         goes on with a font heading's title
//   heading.font-needs-body  a font heading stands over prose or a numbered heading (a figure's
//                         bold labels stand over more labels): else the text's rules decide
enum class FontSignal { None, Small, Body, Heading };
FontSignal font_signal(const Line& line);

// "1.  item" (number, period, two spaces) or a circled number ①.
bool is_list_item(std::string_view text, std::size_t* label_length = nullptr);

bool is_section_break(const Line& line);

// 参考文献, 主要参考文献, 引用文献, References, Bibliography: a line that opens a reference list.
bool is_bibliography_heading(std::string_view text);

// Does this line end its paragraph under the document's layout?
bool ends_paragraph(const std::vector<Line>& lines, std::size_t index, const Layout& layout);

// Levels from the numbering styles a document actually uses: a document
// numbered Ⅰ. / １． / (1) nests three deep, one numbered １． / (1) two deep.
// Unnumbered headings take the level of the highest style below the chapter.
void assign_heading_levels(std::vector<Segment>& segments, const std::vector<Line>& lines);

// vertical.paragraphs-only: for text whose reading order is lost (vertical
// writing), no structure is guessed: each run of lines between blank lines
// (or page furniture) is one paragraph, in the converter's order.
std::vector<Segment> paragraphs_only(const std::vector<Line>& lines);

// Split the body into segments. `skip` marks lines owned by another
// structure (notes); it is indexed like `lines` (empty = none).
std::vector<Segment> segment_blocks(const std::vector<Line>& lines, std::size_t body_start, const Layout& layout,
                                    const std::vector<bool>& skip);

}  // namespace shiryo::segment
