// Stage: rebuild notes. Finds endnote areas (after a rule line, or under a
// heading 注/註) and footnotes at a page's foot, joins continuation lines and
// broken URLs, and numbers the notes.
#pragma once

#include <cstddef>
#include <vector>

#include "model/document.hpp"

namespace shiryo::notes {

struct NoteExtraction {
    std::vector<Note> notes;              // in document order
    std::vector<std::size_t> consumed;    // indices into lines that belong to notes (incl. rule/heading lines), sorted
    std::vector<Diagnostic> diagnostics;
};

// `excluded` (may be empty) marks lines that cannot hold notes, such as the
// table of contents, whose "（１） title" entries look like note bodies.
NoteExtraction extract_notes(const std::vector<Line>& lines, const Layout& layout,
                             const std::vector<bool>& excluded = {});

// Join the wrapped lines of one note body. URLs split by a line break
// ("…Vol69_p56-" / "61_east…") are rejoined without a space; Japanese lines
// are joined without a space; Latin words keep one space.
std::string join_note_lines(const std::vector<std::string>& pieces);

}  // namespace shiryo::notes
