// Stage: structure. Segments -> Document blocks with inline content and
// note references; links references and note bodies both ways.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"
#include "segment/segment.hpp"

namespace shiryo::structure {

// Inline content of a group of lines: wrapped lines joined (no space
// between Japanese characters, one between Latin words), bold note markers
// as NoteRef, explicit （注1） markers as NoteRef, page breaks as PageBreak.
std::vector<Inline> build_inlines(const std::vector<Line>& lines, const std::vector<std::size_t>& indices,
                                  std::size_t skip_bytes_of_first = 0);

// Bare superscript references flattened into the text (" 2。", " 3」",
// "拙稿 1 において"): numbers after a word that continue the expected note
// sequence and are not followed by a counter (年, 月, つ, ...). Only numbers
// in `known_notes` are taken. Splits Text inlines in place.
void find_bare_note_refs(std::vector<Inline>& content, const std::vector<int>& known_notes, int& expected);

// The same in two steps over a whole document: candidates per content
// vector, one choice over all of them in document order, then the split.
struct BareCandidate {
    std::size_t inline_index = 0;   // which Text inline
    std::size_t begin = 0, end = 0; // code-point range of " N"
    int n = 0;
};
std::vector<BareCandidate> bare_note_candidates(const std::vector<Inline>& content, const std::vector<int>& known_notes);
std::vector<bool> choose_bare_references(const std::vector<BareCandidate>& candidates, int& expected);
void apply_bare_references(std::vector<Inline>& content, const std::vector<BareCandidate>& candidates,
                           const std::vector<bool>& take);

// Plain （n） / (n) markers after a word, for documents whose notes exist
// but whose markers are not bold.
// Which marker shapes to accept: the notes' own label shape when it is
// distinctive (＊1 bodies are referred to as ＊1, (1) bodies as (1)).
// Bare: the labels are plain numbers ("1"), so the markers are superscripts
// flattened to digits, found by the bare candidates, never as "1）" or "（1）".
enum class MarkerForm { Any, Star, Bracket, CloseParen, Bare };
MarkerForm marker_form_of_labels(const std::vector<Note>& notes);
void find_plain_note_refs(std::vector<Inline>& content, const std::vector<int>& known_notes,
                          MarkerForm form = MarkerForm::Any);

// Text of inline content without note markers (for citations in body text).
std::string plain_text(const std::vector<Inline>& content);

// Build the body blocks from segments.
std::vector<Block> build_blocks(const std::vector<Line>& lines, const std::vector<segment::Segment>& segments,
                                const Layout& layout);

// The table of contents from its segment (none: empty).
Contents build_contents(const std::vector<Line>& lines, const std::vector<segment::Segment>& segments);

// Reference lists (参考文献) from their segments: back matter, not body.
std::vector<Bibliography> build_bibliographies(const std::vector<Line>& lines,
                                               const std::vector<segment::Segment>& segments);

// Count references per note, warn about references without a body and
// bodies without a reference.
void link_notes(Document& doc);

// Unique note ids: "note-N", then "note-N-2", … for repeated numbers.
void assign_note_ids(std::vector<Note>& notes);

}  // namespace shiryo::structure
