// Internal to the exporters: what the citation formats (CSV, CSL-JSON,
// BibTeX, RIS) share, so that they read a Citation the same way.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::exporters::bibliographic {

// The CSL 1.0 item types, as the CSL-JSON schema enumerates them.
const std::vector<std::string>& csl_types();

// The citation's CSL type; "document" when it has none or an unknown one,
// so that every format gets a valid type.
std::string csl_type(const Citation& citation);

// A creator's name as the formats need it: either a literal (organisations,
// East Asian names written without a space, anything we cannot split) or
// family/given parts.
struct Name {
    std::string literal;
    std::string family;
    std::string given;
    std::string particle;   // "van", "de", ... (CSL non-dropping-particle)

    bool is_literal() const { return !literal.empty(); }
    // "Family, Given" (with the particle in front of the family name), or the literal.
    std::string inverted() const;
};

Name parse_name(std::string_view name);

// The parts of an ISO 8601 date ("2021" -> {2021}, "2021-09-03" -> {2021, 9, 3});
// empty when the text is not such a date.
std::vector<int> date_parts(std::string_view iso);

// An ISO date or an interval "A/B": one or two part lists; empty when not a date.
std::vector<std::vector<int>> date_range_parts(std::string_view iso);

// First and last page of "79-84" (also "79–84", "79--84"); last is empty for one page.
struct PageRange {
    std::string first;
    std::string last;
};
PageRange page_range(std::string_view pages);

// Ids per citation (same order as Document::citations), unique within the document.
// CSL ids: Citation::id, else stem + "-" + 1-based index.
std::vector<std::string> csl_ids(const Document& doc);

// bib.one-item-per-work: a back-reference (同上, 前掲, Ibid.) is the work it
// repeats, not an item of its own in CSL-JSON, BibTeX and RIS (the CSV and
// the TEI keep it, pointing at that work).
bool is_library_item(const Citation& c);

// bib.cited-page-locator: in a work that stands alone (a book, report or
// thesis: no container) the pages a note gives are the pages it cites, not
// the work's extent; they stay out of the library item (Zotero would take
// "203" for the book's page count). Returns the pages the item keeps.
std::string item_pages(const Citation& c);
// BibTeX keys / RIS IDs, ASCII only: Citation::id where it is already a safe
// key, else derived from the stem, the note and the sequence number.
std::vector<std::string> ascii_keys(const Document& doc);

// Citation keys (keys.cpp). cite.key-author-year: the first author's (else
// editor's) family name, or a literal's first word, romanised to lower-case
// ASCII, then the year: "brenner2023"; "" without a creator or a year.
std::string author_year_key(const Citation& c);
// cite.key-fallback: "STEM-N" (N the 1-based index in the document), the stem
// reduced to an ASCII xml:id ("ref-" in front when it does not start with a letter).
std::string fallback_key(const std::string& stem, std::size_t index);
// `base` made unique among `taken` (and added to it): brenner2023,
// brenner2023a, brenner2023b, ...; other keys get -2, -3, ...
std::string unique_key(const std::string& base, std::set<std::string>& taken);

}  // namespace shiryo::exporters::bibliographic
