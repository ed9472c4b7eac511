// Stage: read a PDF. The words poppler finds on each page (box, font name,
// size) are laid out again as the lines pdftotext would print — a form
// feed opening every page after the first, a blank line between blocks —
// so the text pipeline serves PDF and text inputs alike; each line also
// keeps its geometry (Line::geometry) for rules that can use it.
//
// The layout rules work on plain glyph boxes (no poppler), so each can be
// tested alone:
//   pdf.magic                 a PDF is known by "%PDF-" and a version digit in its first 1024
//                             bytes, not by its name
//   pdf.fake-bold-overprint   the same glyph printed again within a fraction of its width
//                             (fake bold) is one glyph, marked bold
//   pdf.ruby                  tiny kana set right above a line of body-size text is ruby
//                             (furigana): dropped and counted, the base text kept
//   pdf.two-columns           a vertical gutter crossed by at most half the body-size text,
//                             with filled lines side by side on both sides: read column by column
//   pdf.foot-band             on a two-column page, the lines under its last prose-size line, all
//                             smaller (footnotes), are read full width as one band after the columns
//   pdf.lines-by-baseline     glyphs overlapping vertically form a line, ordered by x;
//                             a space where the gap between glyphs says so
//   pdf.blocks                a blank line where the line pitch opens, the size changes
//                             or the column changes (pdftotext's blocks)
//   pdf.margin-numbers        five or more 1-3 digit numbers standing left of all the text of a
//                             page (line numbers down the margin) are a block of their own, first
//   pdf.label-superscript     a line opening with small raised digits (a footnote's label) is
//                             split: the label on a line of its own, as pdftotext prints it
//   pdf.title-page-pieces     on the first page, pieces of one row more than 1.2 em apart (masthead
//                             items, affiliation and name), and in the head and foot bands of every
//                             page (8% of its height) more than 0.8 em apart (running head parts),
//                             are lines and blocks of their own; in the body a row stays one line
//   pdf.table-rows            in the body, three rows or more of pieces a wide gap apart whose columns
//                             line up (left, right or centre within an em) are a table: each cell a line;
//                             a piece spanning the others' column gap, with their columns on both
//                             sides, is cut at its word gap there; a line with dot leaders (contents) is no row
//   pdf.table-report          a table rebuilt from such cells reports method "geometry/…" and its
//                             confidence (share of body rows with every column filled), as Camelot does
//   pdf.superscript-glued     a small raised marker right after a Latin word takes no space
//                             before it ("AI¹" -> "AI1", a note reference, not "AI 1")
//   pdf.thumb-tab             one or two glyphs a line stacked three high or more beyond the
//                             text's edge (第/３/章 down a thumb tab) are one line read top to
//                             bottom, a block of its own (not on turned vertical pages)
//   pdf.bold-font-name        a font name with Bold, Black, Heavy, Demi, Semibold or Ultra, or
//                             ending in -B or W6…W14, is a bold font
//   pdf.prose-size            the prose's font size is the size covering most of the lines of prose
//                             (12+ characters; chars × size²), the page's own when it has 150 such chars;
//                             font rules compare a line's size and weight with it
//   pdf.meta-title            the PDF's metadata title is the title when the first page gives none,
//                             unless it is empty, a file name or an application's default
//   pdf.outline               a line whose text is an entry of the PDF's outline (numbering aside)
//                             is a heading; the entry's depth gives the level where no numbering does
//   pdf.vertical-page         a page whose glyphs run top to bottom (rotated words) is read
//                             column by column from the right
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::read {

// pdf.magic
bool looks_like_pdf(std::string_view bytes);

// pdf.bold-font-name: Bold/Black/Heavy/Demi/Semibold/Ultra in the name, or a
// name ending in -B or W6…W14 (a plain scan).
bool bold_font_name(std::string_view font_name);

// A PDF that cannot be read as text: encrypted, damaged, without pages or
// without a text layer. The message says which.
struct PdfError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One glyph (usually one code point) on a page; points, y downwards.
struct Glyph {
    std::string text;
    double x0 = 0, top = 0, x1 = 0, bottom = 0;
    double size = 0;
    bool bold = false;          // font name says bold (or overprinted)
    bool overprinted = false;   // a fake-bold copy was folded into it
    bool space_after = false;   // poppler: the word it ends has a space after it
    int rotation = 0;           // poppler's word rotation (1: text runs top to bottom)
};

struct PdfPage {
    double width = 0, height = 0;
    std::string label;          // printed page label, "" unknown
    std::vector<Glyph> glyphs;
    bool turned = false;        // a vertical page turned by turn_vertical_page
};

// A laid-out line.
struct PdfLine {
    std::string text;
    LineGeometry geometry;
    std::vector<ByteRange> overprinted;   // byte ranges of `text` printed as fake bold
    bool all_overprinted = false;         // every glyph of the line (a fake-bold line)
    bool new_block = false;               // a blank line goes before it
    int region = 0;                       // reading region on its page (band and column)
    std::vector<std::string> ruby;        // ruby dropped above this line
    int folded = 0;                       // fake-bold copies folded into this line
    bool apart = false;                   // a piece of a row a wide gap from the rest (pdf.title-page-pieces)
    bool cell = false;                    // a cell of a table row, a line of its own (pdf.table-rows)
};

// pdf.fake-bold-overprint: glyphs equal to an earlier one and offset from it
// by less than half its width (and a fifth of its size vertically) are
// dropped; the one kept is marked bold and overprinted. `folded` counts drops.
std::vector<Glyph> fold_overprints(const std::vector<Glyph>& glyphs, int& folded);

// pdf.ruby: kana glyphs smaller than 60% of the body size whose box stands
// entirely above a body-size glyph close beneath them. Returns the glyphs
// kept; the dropped ones are appended to `ruby`.
std::vector<Glyph> drop_ruby(const std::vector<Glyph>& glyphs, double body_size, std::vector<Glyph>& ruby);

// pdf.two-columns: the x of the gutter between two columns, if the page has one.
std::optional<double> find_gutter(const std::vector<Glyph>& glyphs, double page_width, double body_size);

// pdf.vertical-page: a page whose glyphs mostly run top to bottom, turned a
// quarter so that its columns (right to left) become lines (top to bottom).
bool turn_vertical_page(PdfPage& page);

// The most common glyph size of the pages (the body size), by glyph count.
double body_size(const std::vector<PdfPage>& pages);

// pdf.prose-size: the font size covering most of the lines of prose (lines of
// twelve characters or more, weighted by characters × size²), which many small
// footnote glyphs or chart labels do not outweigh; 0 when the lines hold fewer
// than `min_chars` such characters. Font rules (headings, title) compare with
// it; Line::geometry carries it as body_size.
double prose_size(const std::vector<std::vector<PdfLine>>& pages, std::size_t min_chars);

// pdf.lines-by-baseline (with the rules above): one page's lines in reading order.
std::vector<PdfLine> lay_out_page(const PdfPage& page, double body_size, bool first_page = false);

struct PdfText {
    std::vector<std::string> raw;                     // lines as pdftotext would print them
    struct Ref { int page = -1, index = -1; };        // page -1: a blank line
    std::vector<Ref> line_of;                         // per raw line, its PdfLine in `pages`
    std::vector<std::vector<PdfLine>> pages;          // laid-out lines per page
    std::vector<std::string> labels;                  // page labels
    int two_column_pages = 0, vertical_pages = 0;
    double prose_size = 0;                            // pdf.prose-size
    bool prose_bold = false;                          // most prose-size glyphs bold
    std::vector<double> page_prose_size;              // per page, 0 when the page has too little text
};

// pdf.blocks: the pages' lines as raw text lines.
PdfText to_text(const std::vector<PdfPage>& pages);

// What the PDF says of itself: its metadata title and its outline (bookmarks).
struct OutlineEntry {
    std::string title;
    int depth = 0;          // 0 top level
};
struct PdfInfo {
    std::string title;                  // /Info /Title, "" none
    std::vector<OutlineEntry> outline;  // document order
};

// pdf.meta-title: a metadata title is used only when it means something: not
// empty, not a file name (….docx, ….pdf), not an application's default
// ("Microsoft Word - …", "PowerPoint プレゼンテーション", "Untitled", "無題").
bool meaningful_title(std::string_view title);

// pdf.outline: an outline entry and a line are the same heading when their
// texts agree once widths (NFKC), spaces, dot leaders and the numbering
// (第１節 / １－１． / 1) are set aside. The key compared.
std::string outline_key(std::string_view text);

// Poppler: the glyphs of every page (and, when asked, the PDF's own title and
// outline). Throws PdfError.
std::vector<PdfPage> load_pages(std::string_view bytes, PdfInfo* info = nullptr);

// The whole reader: PDF bytes -> Document through the text pipeline.
Document convert_pdf(std::string_view bytes, const std::string& stem);

}  // namespace shiryo::read
