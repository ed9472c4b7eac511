#include "pipeline/pipeline.hpp"
#include "text/sha256.hpp"

#include <set>

#include "citations/citations.hpp"
#include "decode/decode.hpp"
#include "normalise/normalise.hpp"
#include "notes/notes.hpp"
#include "segment/segment.hpp"
#include "structure/structure.hpp"
#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::pipeline {

namespace {

// Citations of the notes and of the body, in document order, with ids.
void rebuild_citations(Document& doc) {
    citations::CitationContext context{doc.header.author};
    std::vector<Citation> all;
    for (const Block& b : doc.body) {
        if (const auto* p = std::get_if<Paragraph>(&b)) {
            for (Citation c : citations::find_in_body(structure::plain_text(p->content), context)) {
                c.note = 0;
                c.span = p->span;
                all.push_back(std::move(c));
            }
        }
    }
    // Each entry of a reference list is one work.
    for (const Bibliography& bib : doc.bibliographies) {
        for (const Paragraph& entry : bib.entries) {
            const std::string text = structure::plain_text(entry.content);
            Citation c = citations::parse_citation(text, context);
            if (c.title.empty() && c.container.empty()) continue;
            c.note = 0;
            for (FieldSpan& f : c.spans) {   // the spans were of raw, which begins raw_offset into the entry
                f.begin += c.raw_offset;
                f.end += c.raw_offset;
            }
            c.raw = text;
            c.raw_offset = 0;
            c.span = entry.span;
            all.push_back(std::move(c));
        }
    }
    for (std::size_t k = 0; k < doc.notes.size(); ++k) {
        const Note& n = doc.notes[k];
        int seq = 0;
        for (Citation c : citations::parse_note(n, context)) {
            c.note = n.n;
            c.note_index = static_cast<int>(k);
            c.seq = ++seq;
            if (c.span.first == 0) c.span = n.span;
            all.push_back(std::move(c));
        }
    }
    int body_seq = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].note == 0) all[i].seq = ++body_seq;
        all[i].id = "cit-" + std::to_string(i + 1);
    }
    citations::resolve_back_references(all);
    doc.citations = std::move(all);
}

// Vote tables in tidy form; the caption and the paragraphs after the table
// give the year and the resolutions.
void rebuild_votes(Document& doc) {
    for (std::size_t i = 0; i < doc.body.size(); ++i) {
        const auto* t = std::get_if<Table>(&doc.body[i]);
        if (!t || !tables::is_vote_table(*t)) continue;
        std::string context = t->label + " " + t->caption + "\n";
        for (std::size_t k = i + 1; k < doc.body.size() && k <= i + 3; ++k)
            if (const auto* p = std::get_if<Paragraph>(&doc.body[k])) context += structure::plain_text(p->content) + "\n";
        for (VoteRecord& v : tables::tidy_votes(*t, context)) doc.votes.push_back(std::move(v));
    }
}

// The heading printed over the notes (注, 註, Notes): a line the notes
// stage took that is neither part of a note nor a rule or blank line.
std::string notes_heading(const std::vector<Line>& lines, const std::vector<std::size_t>& consumed,
                          const std::vector<Note>& notes) {
    for (std::size_t i : consumed) {
        if (i >= lines.size()) continue;
        const Line& l = lines[i];
        if (l.blank || l.page_number) continue;
        bool in_note = false;
        for (const Note& n : notes) in_note |= l.number >= n.span.first && l.number <= n.span.last;
        if (in_note) continue;
        bool rule = true;
        for (char32_t c : text::to_u32(l.text)) rule = rule && (c == U'―' || c == U'─' || c == U'—' || c == U'-' || c == U'_' || c == U'－');
        if (!rule) return l.text;
    }
    return "";
}

// note.duplicate-number: two notes with one number (two reports in one
// file, chapters that restart their numbering): each keeps its own xml:id
// (note-N, note-N-2), and references go to the nearest; one warning per
// repeated note unless the notes stage already named it.
void warn_duplicate_note_numbers(Document& doc) {
    std::set<int> seen;
    for (const Note& n : doc.notes) {
        if (seen.insert(n.n).second) continue;
        bool named = false;
        for (const Diagnostic& d : doc.diagnostics)
            named |= d.code == "note-number-duplicate" && d.line == n.span.first;
        if (!named)
            doc.diagnostics.push_back({Severity::Warning, n.span.first, "note.duplicate-number",
                                       "note number " + std::to_string(n.n) +
                                           " appears again (numbering restarts?): the notes are kept apart"});
    }
}

}  // namespace

Document build_document(const std::string& utf8, const std::string& stem) {
    return build_document(decode::split_lines(utf8), stem, {});
}

namespace {

// The source lines as read, for the review page: moved out of the
// normalised lines once no rule needs them any more.
void keep_source_lines(std::vector<Line>& lines, Document& doc) {
    doc.source_lines.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& l = lines[i];
        doc.source_lines.push_back(std::move(l.raw));
        if (!l.geometry) continue;   // text input: no line has one
        if (doc.source_places.empty()) doc.source_places.resize(lines.size());
        doc.source_places[i] = Document::PlacedLine{l.page > 0 ? l.page : 1, *l.geometry};
    }
}

}  // namespace

Document build_document(const std::vector<std::string>& raw, const std::string& stem, const LineHook& after_normalise) {
    Document doc;
    doc.stem = stem;
    std::vector<Line> lines = normalise::normalise_lines(raw, doc.artefacts);
    if (after_normalise) after_normalise(lines, doc.artefacts);
    doc.layout = normalise::detect_layout(lines);

    if (doc.layout.vertical) {
        // Vertical writing: the converter's line order is not the reading
        // order, so no structure is rebuilt; the text is kept, and the user told.
        doc.body = structure::build_blocks(lines, segment::paragraphs_only(lines), doc.layout);
        doc.diagnostics.push_back({Severity::Error, 0, "vertical-writing",
                                   "the text was set vertically (縦書き) and its reading order is lost in this "
                                   "converter output: kept as paragraphs only, without headings, notes or tables "
                                   "(convert the PDF itself instead)"});
        keep_source_lines(lines, doc);
        return doc;
    }
    // The printed contents list entries like "（１） title": never notes.
    std::vector<bool> in_contents(lines.size(), false);
    const segment::ContentsRegion contents = segment::find_contents(lines, 0);
    for (std::size_t i = contents.begin; i < contents.end; ++i) in_contents[i] = true;
    notes::NoteExtraction notes = notes::extract_notes(lines, doc.layout, in_contents);
    std::vector<bool> skip(lines.size(), false);
    for (std::size_t i : notes.consumed)
        if (i < skip.size()) skip[i] = true;

    // Texts with pages open with a title page or block: read it whole.
    const bool paged = !lines.empty() && lines.front().page > 0;
    const segment::HeaderResult header = paged ? segment::detect_title_page(lines) : segment::detect_header(lines);
    doc.header = header.header;
    if (paged && doc.header.title.empty())
        doc.diagnostics.push_back({Severity::Warning, 1, "header-no-title",
                                   "no title found on the first page: the TEI title is the file name"});
    const auto segments = segment::segment_blocks(lines, header.body_start, doc.layout, skip);
    doc.body = structure::build_blocks(lines, segments, doc.layout);
    doc.contents = structure::build_contents(lines, segments);
    doc.bibliographies = structure::build_bibliographies(lines, segments);
    doc.notes = std::move(notes.notes);
    doc.notes_heading = notes_heading(lines, notes.consumed, doc.notes);
    for (Diagnostic& d : notes.diagnostics) doc.diagnostics.push_back(std::move(d));
    warn_duplicate_note_numbers(doc);
    structure::link_notes(doc);
    rebuild_citations(doc);
    rebuild_votes(doc);
    for (const Block& b : doc.body)
        if (const auto* t = std::get_if<Table>(&b))
            for (const Diagnostic& d : t->report.warnings) doc.diagnostics.push_back(d);
    keep_source_lines(lines, doc);
    return doc;
}

Document convert_text(std::string_view bytes, const std::string& stem, const ConvertOptions& options) {
    const DecodedText decoded = decode::decode_text(bytes, decode::DecodeOptions{options.encoding, options.lenient});
    Document doc = build_document(decoded.utf8, stem);
    // decode.substituted: --lenient replaced invalid bytes; say how many and where the first was.
    if (decoded.substitutions > 0)
        doc.diagnostics.insert(doc.diagnostics.begin(),
                               {Severity::Warning, 0, "decode.substituted",
                                std::to_string(decoded.substitutions) + " invalid byte sequence" +
                                    (decoded.substitutions == 1 ? " was" : "s were") + " replaced by U+FFFD (" +
                                    decoded.encoding + "; the first at " + decoded.first_substitution + ")"});
    // decode.empty-input: nothing to convert (no bytes, or only a byte order mark).
    if (decoded.utf8.empty())
        doc.diagnostics.insert(doc.diagnostics.begin(),
                               {Severity::Warning, 0, "decode.empty-input", "the input is empty: the outputs hold no text"});
    doc.encoding = decoded.encoding;
    doc.source_sha256 = text::sha256_hex(bytes);
    return doc;
}

}  // namespace shiryo::pipeline
