// Stage: parse citations (bibliographic references) in notes and body text.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"

namespace shiryo::citations {

struct CitationContext {
    std::string document_author;   // for 拙稿 ("my paper")
};

// Split a note into its citations and parse each, field by field.
// Commentary before/after the citations is not a citation.
std::vector<Citation> parse_note(const Note& note, const CitationContext& context);

// Parse one citation string (no splitting). Used by parse_note and tests.
Citation parse_citation(const std::string& raw, const CitationContext& context);

// Citations standing in body text (e.g. 拙稿「…」『…』出版社、2023年).
std::vector<Citation> find_in_body(const std::string& paragraph_text, const CitationContext& context);

// Resolve 同上 / 前掲 / Ibid. / op. cit.: sets Citation::repeats and copies
// the fields of the repeated citation where the back-reference has none.
void resolve_back_references(std::vector<Citation>& citations);

// ISO date from the genre's forms: "2021 年 9 月", "2021 年 7 月 29 日",
// "16.07.2021", "平成15年" (via ICU's Japanese calendar). "" if none.
std::string parse_date(const std::string& text);

}  // namespace shiryo::citations
