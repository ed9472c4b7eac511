// The one data model of shiryo. Every stage of the pipeline is a function
// from plain data to plain data; these are the plain data.
//
//   decode -> normalise lines -> segment blocks -> rebuild tables / notes /
//   citations -> Document -> exporters -> validators
//
// Strings are UTF-8. Line numbers are 1-based numbers of the source file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace shiryo {

// A range of source lines, both ends inclusive (1-based). {0,0} = unknown.
struct SourceSpan {
    int first = 0;
    int last = 0;
};

enum class Severity { Info, Warning, Error };

// A message for the user: which file and line, which rule, what happened.
struct Diagnostic {
    Severity severity = Severity::Warning;
    int line = 0;           // 0 = whole file
    std::string code;       // short stable rule name, e.g. "note-body-missing"
    std::string message;
};

// ---------------------------------------------------------------- decode
struct DecodedText {
    std::string utf8;       // the text as UTF-8, BOM removed, line ends kept
    std::string encoding;   // what it was: "UTF-8", "Shift_JIS", "EUC-JP", "UTF-16LE", ...
    bool had_bom = false;
    int confidence = 100;   // ICU charset-detector confidence, 100 when declared/certain
    std::size_t substitutions = 0;   // --lenient: invalid sequences replaced by U+FFFD
    std::string first_substitution;  // where the first one was: "LINE:COLUMN (byte N)"
};

// ---------------------------------------------------------------- normalise
// What a removed or rewritten piece of the input was. The lossless test
// checks that every input character is either in the TEI or named here.
enum class ArtefactKind {
    FakeBoldCopy,     // the 2nd..4th copies of a run printed four times
    PageNumber,       // a page-number line ("12", "- 12 -", bold "12121212")
    RunningHeader,    // a page's running header: a title repeated at the top of pages
    PageBreakSpace,   // the one leading space that starts a new page
    LineWrap,         // the line end (and trailing spaces) inside a paragraph
    BlankLine,        // empty lines and lines of spaces only
    Whitespace,       // other spaces the layout added (heading padding, ...)
    FormFeed,         // the form feed that opens a page (TEI pb)
    ControlCharacter, // a character XML 1.0 forbids (C0/C1 controls, U+FFFE, U+FFFF): removed
    RunningFooter,    // a line repeated at the foot of pages (kept as TEI fw)
    MarginLineNumber, // a line number printed in the margin (1, 2, ... 30 down every page)
    Ruby,             // PDF input: furigana (tiny kana set above a base word), dropped; the base kept
};

struct Artefact {
    ArtefactKind kind;
    int line = 0;
    std::string text;  // the removed characters
};

// A half-open byte range [begin, end) of Line::text that was printed in
// bold (four times) in the source.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Page furniture: what a line printed at a page's edge is. Only texts with
// form feeds (pdftotext) know their pages well enough to tell heads from feet.
enum class Furniture { None, PageNumber, RunningHead, RunningFoot, MarginLineNumber };

// Where a line stood on its PDF page (input read from a PDF; absent for
// text input). Points, origin at the page's top left, y downwards.
struct LineGeometry {
    double x0 = 0, top = 0, x1 = 0, bottom = 0;   // the line's box
    double baseline = 0;          // the baseline of its body-size glyphs
    double font_size = 0;         // the size most of its glyphs have
    bool bold = false;            // most glyphs bold (font name, or fake bold overprint)
    int column = 0;               // 0 full width / single column, 1 left, 2 right
    double page_width = 0, page_height = 0;
    double body_size = 0;         // the document's prose font size (pdf.prose-size), 0 unknown
    bool body_bold = false;       // the prose itself is set bold
    int outline_depth = 0;        // 1 + the depth of the PDF outline entry this line is (pdf.outline), 0 none
};

// One source line after normalisation.
struct Line {
    int number = 0;            // source line number (1-based)
    std::string raw;           // the line exactly as decoded, without line end
    std::string text;          // fake bold collapsed; leading page-break space and
                               // trailing spaces removed; inner spaces kept
    bool blank = false;        // nothing but spaces
    bool leading_space = false;   // raw started with one ASCII space
    bool trailing_space = false;  // raw ended with a space (paragraph-end signal)
    bool page_start = false;      // first content line of a new page (pages from form feeds)
    int page = 0;                 // 1-based page from form feeds; 0 when the text has none
    std::string page_label;       // the printed number of that page, "" unknown
    Furniture furniture = Furniture::None;  // which kind of page furniture (page_number is set too)
    bool fake_bold = false;       // the whole line was printed four times
    bool page_number = false;     // page furniture removed from the body: a page number
                                  // or a running header (see running_header)
    bool running_header = false;  // a title repeated at page tops, next to page numbers
    bool indent = false;          // raw began with a full-width space or two spaces: a paragraph start
    std::vector<ByteRange> bold;  // bold runs in `text` (fake bold collapsed)
    int width = 0;                // East Asian display width of `text`
    std::optional<LineGeometry> geometry;  // PDF input only: box, size, weight, column
};

// How paragraphs end in this document (detected per document).
enum class ParagraphSignal { TrailingSpace, BlankLine, ShortLine };

struct Layout {
    ParagraphSignal signal = ParagraphSignal::TrailingSpace;
    bool double_spaced = false;   // every text line followed by an empty line
    int column_width = 0;         // typical full line width, East Asian width
    bool vertical = false;        // the text was set vertically (縦書き): its reading order is lost
    bool positional = false;      // pdftotext -layout: spaces put each word at its printed column
};

// ---------------------------------------------------------------- inline content
// Furniture: a running head or foot kept where it stands (TEI fw).
enum class InlineKind { Text, NoteRef, PageBreak, Furniture };

struct Inline {
    InlineKind kind = InlineKind::Text;
    std::string text;   // Text: the characters; NoteRef: the marker as printed, collapsed (e.g. "（12）", " 2");
                        // PageBreak: the printed number of the page that begins ("" unknown); Furniture: its text
    int note = 0;       // NoteRef: the note number
    int line = 0;       // source line where it starts
    std::string target; // NoteRef: id of the note it refers to (set by link_notes), "" when no body
    Furniture furniture = Furniture::None;  // Furniture: head or foot
};

// ---------------------------------------------------------------- blocks
struct Heading {
    int level = 2;               // 1 chapter, 2 section, 3 (1), 4 (a)
    std::string number;          // the numbering as printed ("１．", "(1)", "第二章"), may be empty
    std::vector<Inline> content; // whole heading text including the number
    SourceSpan span;
};

// Label: a block with no word in it (chart values and axis labels, a stray
// figure number), printed outside any sentence; TEI <ab type="label">.
enum class ParagraphRole { Text, Label };

struct Paragraph {
    std::vector<Inline> content;
    SourceSpan span;
    ParagraphRole role = ParagraphRole::Text;
};

struct ListItem {
    std::string label;           // "1.", "①"
    std::vector<Inline> content; // without the label
    std::vector<std::vector<Inline>> more_paragraphs;  // further paragraphs of the item
    SourceSpan span;
};

struct List {
    std::vector<ListItem> items;
    SourceSpan span;
};

// A page break between blocks, with the page's furniture (running heads
// and feet) that stood there; `n` is the printed number of the page that
// begins ("" unknown).
struct PageBreak {
    int page = 0;                    // the page that begins (1-based), 0 = none (furniture only)
    std::string n;
    std::vector<Inline> furniture;   // InlineKind::Furniture only
    SourceSpan span;
};

struct SectionBreak {           // a lone ＊
    std::string text;
    SourceSpan span;
};

// ---------------------------------------------------------------- tables
enum class CellType { Text, Number, Empty, None };   // None: a "－" meaning none

struct TableCell {
    std::string text;         // the cell's text as printed (pieces joined, nothing added)
    int source_lines = 1;     // how many source lines it was joined from
    bool label = false;       // row-label cell (first column of a body row)
    CellType type = CellType::Text;
    std::optional<double> number;  // typed value of a numeric cell
    std::string unit;              // "億ドル", "%", ...
};

struct TableRow {
    std::vector<TableCell> cells;
    bool header = false;      // a header row (role="label")
    SourceSpan span;
};

enum class ColumnType { String, Number, Vote };

// Camelot-style report of how a table was parsed.
struct TableReport {
    std::string method;           // "grid", "wrapped", "stacked", …; "geometry/…" when a PDF's cells came from positions
    int rows = 0;
    int cols = 0;
    int joined_cells = 0;         // cells joined from more than one line
    double confidence = -1;       // 0..1, how sure the reconstruction is (PDF geometry tables); -1 unknown
    std::vector<Diagnostic> warnings;  // ragged rows etc.
};

struct Table {
    int n = 0;                    // 1, 2, ... in document order
    std::string label;            // "表１", "表 1", "Table 3"
    std::string label_separator;  // what stood between label and caption (":", "．"), "" for a space
    std::string label_mark;       // a box mark printed before the label ("■"), "" when none
    std::string caption;          // caption text without the label
    std::vector<TableRow> rows;   // header rows first
    std::vector<ColumnType> column_types;
    std::string source;           // the source/notes line(s) kept with the table
    SourceSpan span;
    TableReport report;
};

// One country's vote at one date, from a roll-call vote table.
struct VoteRecord {
    int table = 0;            // Table::n
    std::string country;      // as printed
    std::string iso3;         // ISO 3166-1 alpha-3, empty when unknown
    std::string date;         // ISO 8601, empty when unknown
    std::string resolution;   // symbol or name where the text gives it
    std::string vote_ja;      // 賛成 / 反対 / 棄権 / 不参加 / 欠席
    std::string vote;         // Y / N / A / NV
};

// ---------------------------------------------------------------- notes and citations
enum class NotePlace { Foot, End };

// cite.field-spans: where one field's text stands in Citation::raw, as the
// parser read it: a half-open byte range of raw. `field` is a Citation member
// name ("title", "container", "date", "pages", "volume", "url", "publisher",
// "genre", "accessed"), or "creators" for the authors, editors or translators.
struct FieldSpan {
    std::string field;
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Citation {
    int note = 0;                 // note number; 0 = in body text
    int note_index = -1;          // index into Document::notes of the note it stands in; -1 = body
    int seq = 1;                  // order within the note (1-based)
    std::string type;             // CSL type
    std::vector<std::string> authors;     // persons or organisations
    std::vector<std::string> editors;
    std::vector<std::string> translators;
    std::string title;            // without 「」 “ ”
    std::string container;        // without 『』
    std::string publisher;
    std::string collection;       // the series a book came out in (岩波文庫, 中公新書): CSL collection-title
    std::string genre;            // e.g. 研究会報告書, arXiv preprint
    std::string number;           // a report's or preprint's number as printed ("arXiv:1503.02531")
    std::string date;             // ISO 8601, as precise as the source
    std::string volume;
    std::string issue;
    std::string pages;            // "79-84"
    std::string url;              // without < >
    std::string accessed;         // ISO 8601
    std::string lang;             // ISO 639-1
    std::string raw;              // the citation's own text as in the source
    std::size_t raw_offset = 0;   // byte offset of raw in the note text (or paragraph text)
    int repeats = 0;              // back-reference (同上, Ibid.): 1-based index into Document::citations of what it repeats; 0 = none
    std::string id;               // stable id, e.g. "S-c3", used for xml:id, BibTeX key, CSL id
    SourceSpan span;
    std::vector<FieldSpan> spans; // where the parser found its fields in raw (none for a back-reference's copies)
};

struct Note {
    std::string id;               // unique in the document ("note-3"; "note-3-2" for a second note 3)
    int n = 0;
    NotePlace place = NotePlace::End;
    std::string label;            // the number as printed ("1", "２", "（3）")
    std::string text;             // full text, wrapped lines joined, URLs whole
    int ref_count = 0;            // how many times the body refers to it
    SourceSpan span;
};

// ---------------------------------------------------------------- document
using Block = std::variant<Heading, Paragraph, List, Table, SectionBreak, PageBreak>;

// A list of references under its own heading (参考文献, References): back
// matter, one entry per work.
struct Bibliography {
    std::string heading;
    std::vector<Paragraph> entries;
    SourceSpan span;
};

// What a line of a title page is (TEI titlePage: titlePart, docAuthor, byline, docDate).
enum class TitlePart { Title, Subtitle, Chapter, Author, Byline, Date, Other };

struct TitlePageLine {
    TitlePart part = TitlePart::Other;
    std::string text;             // the line as printed
    int line = 0;
};

struct DocumentHeader {
    std::vector<TitlePageLine> title_page;   // texts with pages: every line of page 1 before the body, in order
    std::string chapter;          // 第二章
    std::string title;
    std::string subtitle;
    std::string author;
    std::string affiliation;      // as printed, e.g. "（慶應義塾大学准教授）"
    SourceSpan span;
};

// The table of contents as printed (segment's toc.region), one entry per
// line, the contents heading (目次) first; TEI front/div[@type=contents].
struct Contents {
    std::vector<std::vector<Inline>> entries;
    SourceSpan span;
};

struct Document {
    std::string stem;             // output file stem (input name without .txt)
    std::string source_path;
    std::string source_sha256;    // of the input bytes (TEI sourceDesc fixity)
    std::string encoding;
    Layout layout;
    DocumentHeader header;
    Contents contents;            // empty when the text has none
    std::vector<Block> body;      // flat; headings carry levels, exporters nest
    std::vector<Note> notes;
    std::string notes_heading;    // the heading over the notes as printed (注, 註, Notes), if any
    std::vector<Bibliography> bibliographies;
    std::vector<Citation> citations;   // document order: body and notes interleaved by position
    std::vector<VoteRecord> votes;
    std::vector<Artefact> artefacts;
    std::vector<Diagnostic> diagnostics;
    std::vector<std::string> source_lines;   // the input's lines as read (Line::raw), [k] = line k + 1: for the review page
    // PDF input, for the review page: the page and box of each source line
    // ([k] = line k + 1; empty for text input, nullopt for a line without a box).
    struct PlacedLine {
        int page = 0;              // 1-based
        LineGeometry box;
    };
    std::vector<std::optional<PlacedLine>> source_places;
    // PDF input with --review: each table's region cut from its page (the app renders it).
    struct RegionImage {
        int table = 0;             // Table::n
        int page = 0;              // 1-based
        std::string png;           // PNG bytes
    };
    std::vector<RegionImage> table_images;
};

}  // namespace shiryo
