// BibTeX in the biblatex data model (UTF-8, for biber/biblatex, pandoc and
// Zotero): one entry per citation, ASCII keys, LaTeX specials escaped so
// that every entry parses and its braces stay balanced; dates as ISO
// `date`, the language as `langid`, web pages as @online.
#include <map>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"

namespace shiryo::exporters {

namespace {

namespace bib = bibliographic;

struct EntryKind {
    std::string type;             // @article, ...
    std::string container_field;  // where Citation::container goes
    std::string publisher_field;  // where Citation::publisher goes
    std::string genre_field;      // where Citation::genre goes
};

EntryKind entry_kind(const std::string& csl_type) {
    static const std::map<std::string, EntryKind> kinds = {
        {"article", {"article", "journal", "publisher", "note"}},
        {"article-journal", {"article", "journal", "publisher", "note"}},
        {"article-magazine", {"article", "journal", "publisher", "note"}},
        {"article-newspaper", {"article", "journaltitle", "publisher", "note"}},
        {"review", {"article", "journal", "publisher", "note"}},
        {"review-book", {"article", "journal", "publisher", "note"}},
        {"book", {"book", "series", "publisher", "note"}},
        {"classic", {"book", "series", "publisher", "note"}},
        {"collection", {"book", "series", "publisher", "note"}},
        {"chapter", {"incollection", "booktitle", "publisher", "note"}},
        {"entry", {"incollection", "booktitle", "publisher", "note"}},
        {"entry-dictionary", {"incollection", "booktitle", "publisher", "note"}},
        {"entry-encyclopedia", {"incollection", "booktitle", "publisher", "note"}},
        {"paper-conference", {"inproceedings", "booktitle", "publisher", "note"}},
        {"report", {"techreport", "series", "institution", "type"}},
        {"pamphlet", {"booklet", "howpublished", "publisher", "note"}},
        // biblatex @online (Zotero imports it as a web page): the site as organization.
        {"webpage", {"online", "organization", "publisher", "type"}},
        {"post", {"online", "organization", "publisher", "type"}},
        {"post-weblog", {"online", "organization", "publisher", "type"}},
    };
    const auto found = kinds.find(csl_type);
    // Everything else: @misc with the container in howpublished.
    return found != kinds.end() ? found->second : EntryKind{"misc", "howpublished", "publisher", "type"};
}

// LaTeX specials in a braced field value. Braces become \textbraceleft{}
// rather than \{ because BibTeX counts \{ as an open brace too.
std::string tex_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '\\': out += "\\textbackslash{}"; break;
            case '{': out += "\\textbraceleft{}"; break;
            case '}': out += "\\textbraceright{}"; break;
            case '%': case '&': case '$': case '#': case '_':
                out += '\\';
                out += c;
                break;
            case '~': out += "\\textasciitilde{}"; break;
            case '^': out += "\\textasciicircum{}"; break;
            case '\r': case '\n': case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

// URLs stay verbatim (url fields are read verbatim); only what would break
// the entry's braces or lines is percent-encoded.
std::string url_value(const std::string& url) {
    std::string out;
    for (char c : url) {
        switch (c) {
            case '{': out += "%7B"; break;
            case '}': out += "%7D"; break;
            case '\\': out += "%5C"; break;
            case ' ': case '\r': case '\n': case '\t': out += "%20"; break;
            default: out += c;
        }
    }
    return out;
}

// "Family, Given" for persons; literals (organisations, East Asian names)
// in braces so that BibTeX takes them whole: {中国外交部}.
std::string bibtex_name(const std::string& raw) {
    const auto name = bib::parse_name(raw);
    if (name.is_literal()) return "{" + tex_escape(name.literal) + "}";
    return tex_escape(name.inverted());
}

std::string bibtex_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? " and " : "") + bibtex_name(names[i]);
    return out;
}

// bib.langid: biblatex's language names (babel/polyglossia) for the ISO
// 639-1 codes of the genre; `language` would be printed ("ja.") in every entry.
std::string langid(const std::string& iso) {
    static const std::map<std::string, std::string> names = {
        {"ja", "japanese"}, {"en", "english"}, {"ru", "russian"}, {"zh", "chinese"},
        {"ko", "korean"},   {"fr", "french"},  {"de", "german"},  {"uk", "ukrainian"},
    };
    const auto found = names.find(iso);
    return found != names.end() ? found->second : "";
}

class Entry {
public:
    Entry(const std::string& type, const std::string& key) : text_("@" + type + "{" + key + ",\n") {}

    void braced(const std::string& field, const std::string& value) {
        if (!value.empty()) text_ += "  " + field + " = {" + value + "},\n";
    }
    void text(const std::string& field, const std::string& value) {
        if (!value.empty()) braced(field, tex_escape(value));
    }
    std::string finish() { return text_ + "}\n"; }

private:
    std::string text_;
};

// bib.iso-date: biblatex `date` in ISO 8601 as precise as the source (a
// range as A/B); text that is no ISO date is kept in `year`.
void add_date(Entry& entry, const std::string& field, const std::string& iso) {
    if (bib::date_range_parts(iso).empty()) {
        if (field == "date") entry.text("year", iso);   // not an ISO date: keep what there is
        return;
    }
    entry.braced(field, iso);
}

void add_pages(Entry& entry, const std::string& pages) {
    const auto range = bib::page_range(pages);
    entry.text("pages", range.last.empty() ? range.first : range.first + "--" + range.last);
}

std::string entry_text(const Citation& c, const std::string& key) {
    const auto kind = entry_kind(bib::csl_type(c));
    Entry entry(kind.type, key);
    entry.braced("author", bibtex_names(c.authors));
    entry.braced("editor", bibtex_names(c.editors));
    entry.braced("translator", bibtex_names(c.translators));
    if (!c.title.empty()) entry.braced("title", "{" + tex_escape(c.title) + "}");   // keep its case
    std::string container = c.container;
    if (container.empty() && kind.container_field == "journaltitle") {
        // bib.newspaper-journaltitle: a news item needs its paper; without a
        // container the agency named as publisher or author is the paper.
        if (!c.publisher.empty()) {
            container = c.publisher;
        } else if (!c.authors.empty() && bib::parse_name(c.authors.front()).is_literal()) {
            container = c.authors.front();
        }
    }
    if (kind.container_field == "journaltitle") entry.braced("entrysubtype", "newspaper");
    entry.text(kind.container_field, container);
    // the series, unless a book's container already took that field
    if (kind.container_field != "series" || container.empty()) entry.text("series", c.collection);
    if (container != c.publisher) entry.text(kind.publisher_field, c.publisher);
    entry.text(kind.genre_field, c.genre);
    if (!c.date.empty()) add_date(entry, "date", c.date);
    entry.text("volume", c.volume);
    entry.text("number", c.issue);
    // biblatex: an arXiv identifier is an eprint; another number a report's number
    if (c.number.rfind("arXiv:", 0) == 0) {
        entry.text("eprinttype", "arxiv");
        entry.text("eprint", c.number.substr(6));
    } else if (c.issue.empty()) {
        entry.text("number", c.number);
    }
    if (const std::string pages = bib::item_pages(c); !pages.empty()) add_pages(entry, pages);
    entry.braced("url", url_value(c.url));
    if (!c.accessed.empty()) add_date(entry, "urldate", c.accessed);
    entry.text("langid", langid(c.lang));
    return entry.finish();
}

}  // namespace

std::string to_bibtex(const Document& doc) {
    const auto keys = bib::ascii_keys(doc);
    std::string out;
    for (std::size_t i = 0; i < doc.citations.size(); ++i) {
        if (!bib::is_library_item(doc.citations[i])) continue;
        if (!out.empty()) out += "\n";
        out += entry_text(doc.citations[i], keys[i]);
    }
    return out;
}

}  // namespace shiryo::exporters
