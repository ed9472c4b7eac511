// TEI P5 export with pugixml. The shape is described by
// schemas/shiryo-tei.rng; every output is also valid against tei_all.rng.
#include <algorithm>
#include <cstring>
#include <sstream>

#include <pugixml.hpp>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"
#include "text/unicode.hpp"

namespace shiryo::exporters {

namespace {

constexpr const char* kTeiNs = "http://www.tei-c.org/ns/1.0";

// "#id": a same-document pointer. (Built with append: GCC 12 warns falsely
// about "#" + std::string.)
std::string pointer_to(const std::string& id) {
    std::string p;
    p.reserve(id.size() + 1);
    p.push_back('#');
    p.append(id);
    return p;
}

// A stretch of a paragraph's text (byte offsets into its plain text, the
// concatenation of its Text inlines) to be marked as a citation.
struct MarkedSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string id;
    std::string work;   // the biblStruct it points at (see work_id)
};

// tei.one-struct-per-work: a back-reference (同上, 前掲, Ibid.) has no
// biblStruct of its own; its bibl points at the work it repeats (as the
// library exports hold one item per work: bib.one-item-per-work).
std::string work_id(const Citation& c, const std::vector<Citation>& all) {
    const Citation* w = &c;
    for (int hops = 0; w->repeats > 0 && static_cast<std::size_t>(w->repeats) <= all.size() && hops < 64; ++hops)
        w = &all[static_cast<std::size_t>(w->repeats) - 1];
    return w->id;
}

// A page break: pb with the printed page number when it is known.
void add_pb(pugi::xml_node parent, const std::string& n) {
    pugi::xml_node pb = parent.append_child("pb");
    if (!n.empty()) pb.append_attribute("n") = n.c_str();
}

// A running head or foot as forme work.
void add_fw(pugi::xml_node parent, const Inline& fw) {
    pugi::xml_node node = parent.append_child("fw");
    node.append_attribute("type") = fw.furniture == Furniture::RunningFoot ? "footer" : "header";
    node.text().set(fw.text.c_str());
}

// tei.head-superscript: in a head, a bare superscript marker (ASCII digits, as
// pdftotext flattens it: "適正学習 15") is an empty ref rend="sup" whose @n
// holds the digits, so the head's text is the title alone; bracketed markers
// ("（3）") stay as printed.
bool bare_superscript(std::string_view marker) {
    const std::string_view t = text::trim(marker);
    if (t.empty()) return false;
    for (char c : t)   // ASCII digits only: then @n is the printed form itself
        if (c < '0' || c > '9') return false;
    return true;
}

void append_inlines(pugi::xml_node parent, const std::vector<Inline>& content,
                    const std::vector<MarkedSpan>& spans = {}, bool in_head = false) {
    std::size_t offset = 0;          // in the plain text
    std::size_t next_span = 0;
    pugi::xml_node target = parent;  // parent, or an open bibl
    auto emit_text = [&](std::string_view t) {
        while (!t.empty()) {
            if (target == parent && next_span < spans.size() && offset >= spans[next_span].begin &&
                offset < spans[next_span].end) {
                target = parent.append_child("bibl");
                target.append_attribute("xml:id") = ("bibl-" + spans[next_span].id).c_str();
                target.append_attribute("corresp") = pointer_to(spans[next_span].work).c_str();
            }
            std::size_t stop = t.size();
            if (target == parent && next_span < spans.size() && spans[next_span].begin > offset)
                stop = std::min(stop, spans[next_span].begin - offset);
            if (target != parent) stop = std::min(stop, spans[next_span].end - offset);
            target.append_child(pugi::node_pcdata).set_value(std::string(t.substr(0, stop)).c_str());
            t.remove_prefix(stop);
            offset += stop;
            if (target != parent && offset >= spans[next_span].end) {
                target = parent;
                ++next_span;
            }
        }
    };
    for (const Inline& in : content) {
        switch (in.kind) {
            case InlineKind::Text:
                emit_text(in.text);
                break;
            case InlineKind::NoteRef: {
                pugi::xml_node ref = target.append_child("ref");
                ref.append_attribute("type") = "note";
                ref.append_attribute("n") = in.note;
                if (!in.target.empty()) ref.append_attribute("target") = pointer_to(in.target).c_str();
                if (in_head && bare_superscript(in.text)) ref.append_attribute("rend") = "sup";
                else ref.text().set(in.text.c_str());
                break;
            }
            case InlineKind::PageBreak:
                add_pb(target, in.text);
                break;
            case InlineKind::Furniture:
                add_fw(target, in);
                break;
        }
    }
}

// Citations standing in this paragraph's text, in order.
std::vector<MarkedSpan> body_citation_spans(const Paragraph& p, const std::vector<Citation>& cits) {
    std::string plain;
    for (const Inline& in : p.content)
        if (in.kind == InlineKind::Text) plain += in.text;
    std::vector<MarkedSpan> spans;
    std::size_t pos = 0;
    for (const Citation& c : cits) {
        if (c.note != 0 || c.raw.empty() || c.span.first != p.span.first) continue;
        std::size_t at = c.raw_offset;
        if (at < pos || plain.compare(at, c.raw.size(), c.raw) != 0) at = plain.find(c.raw, pos);
        if (at == std::string::npos) continue;
        spans.push_back({at, at + c.raw.size(), c.id, work_id(c, cits)});
        pos = at + c.raw.size();
    }
    return spans;
}

void add_title_stmt(pugi::xml_node file_desc, const Document& doc) {
    pugi::xml_node ts = file_desc.append_child("titleStmt");
    pugi::xml_node main = ts.append_child("title");
    main.append_attribute("type") = "main";
    main.text().set((doc.header.title.empty() ? doc.stem : doc.header.title).c_str());
    if (!doc.header.subtitle.empty()) {
        pugi::xml_node sub = ts.append_child("title");
        sub.append_attribute("type") = "sub";
        sub.text().set(doc.header.subtitle.c_str());
    }
    if (!doc.header.chapter.empty()) {
        pugi::xml_node ch = ts.append_child("title");
        ch.append_attribute("type") = "chapter";
        ch.text().set(doc.header.chapter.c_str());
    }
    if (!doc.header.author.empty()) ts.append_child("author").text().set(doc.header.author.c_str());
    if (!doc.header.affiliation.empty()) {
        // Not inside author: the author element holds the name alone.
        pugi::xml_node resp = ts.append_child("respStmt");
        resp.append_child("resp").text().set("affiliation");
        resp.append_child("orgName").text().set(doc.header.affiliation.c_str());
    }
}

void add_header(pugi::xml_node tei, const Document& doc) {
    pugi::xml_node header = tei.append_child("teiHeader");
    pugi::xml_node fd = header.append_child("fileDesc");
    add_title_stmt(fd, doc);
    fd.append_child("publicationStmt")
        .append_child("p")
        .text()
        .set(("Converted by shiryo " SHIRYO_VERSION " from " + doc.stem + ".txt; not published.").c_str());
    std::string source = "Text extracted from a PDF report (" + doc.stem + ".txt";
    if (!doc.encoding.empty()) source += ", " + doc.encoding;
    source += ").";
    pugi::xml_node sd = fd.append_child("sourceDesc");
    // tei.source-fixity: the converted file by name and SHA-256, for deposit
    // (in a bibl: tei_all's sourceDesc holds either paragraphs or bibls).
    std::string file_name = doc.source_path.empty() || doc.source_path == "-" ? "" : doc.source_path;
    if (const auto slash = file_name.find_last_of('/'); slash != std::string::npos) file_name.erase(0, slash + 1);
    if (file_name.empty() && doc.source_sha256.empty()) {
        sd.append_child("p").text().set(source.c_str());
    } else {
        pugi::xml_node bibl = sd.append_child("bibl");
        bibl.append_child(pugi::node_pcdata).set_value((source + " ").c_str());
        if (!file_name.empty()) {
            pugi::xml_node idno = bibl.append_child("idno");
            idno.append_attribute("type") = "filename";
            idno.text().set(file_name.c_str());
        }
        if (!doc.source_sha256.empty()) {
            pugi::xml_node idno = bibl.append_child("idno");
            idno.append_attribute("type") = "sha256";
            idno.text().set(doc.source_sha256.c_str());
        }
    }
    // tei.app-info: the application that made the file, with its version.
    pugi::xml_node app = header.append_child("encodingDesc").append_child("appInfo").append_child("application");
    app.append_attribute("ident") = "shiryo";
    app.append_attribute("version") = SHIRYO_VERSION;
    app.append_child("label").text().set("shiryo");
    pugi::xml_node lang = header.append_child("profileDesc").append_child("langUsage").append_child("language");
    lang.append_attribute("ident") = "ja";
    lang.text().set("Japanese");
}

void add_table(pugi::xml_node parent, const Table& t) {
    pugi::xml_node table = parent.append_child("table");
    table.append_attribute("xml:id") = ("table-" + std::to_string(t.n)).c_str();
    table.append_attribute("n") = t.n;
    std::size_t cols = 0;
    for (const TableRow& r : t.rows) cols = std::max(cols, r.cells.size());
    table.append_attribute("rows") = static_cast<unsigned>(t.rows.size());
    table.append_attribute("cols") = static_cast<unsigned>(cols);
    std::string head = t.label_mark + t.label + t.label_separator;
    if (!t.caption.empty()) head += (head.empty() ? "" : " ") + t.caption;
    table.append_child("head").text().set(head.c_str());
    for (const TableRow& r : t.rows) {
        pugi::xml_node row = table.append_child("row");
        if (r.header) row.append_attribute("role") = "label";
        for (const TableCell& c : r.cells) {
            pugi::xml_node cell = row.append_child("cell");
            if (c.label && !r.header) cell.append_attribute("role") = "label";
            if (!c.text.empty()) cell.text().set(c.text.c_str());
        }
    }
    if (!t.source.empty()) {
        pugi::xml_node src = table.append_child("note");
        src.append_attribute("type") = "source";
        src.text().set(t.source.c_str());
    }
}

// The title page as printed, line by line: title lines in docTitle, the
// author in a byline, dates as docDate, the rest as bylines or titleParts.
void add_title_page(pugi::xml_node front, const std::vector<TitlePageLine>& lines) {
    pugi::xml_node page = front.append_child("titlePage");
    pugi::xml_node doc_title;   // open while title lines follow each other
    for (const TitlePageLine& l : lines) {
        const bool in_title = l.part == TitlePart::Title || l.part == TitlePart::Subtitle || l.part == TitlePart::Chapter;
        if (!in_title) doc_title = pugi::xml_node();
        switch (l.part) {
            case TitlePart::Title:
            case TitlePart::Subtitle:
            case TitlePart::Chapter: {
                if (!doc_title) doc_title = page.append_child("docTitle");
                pugi::xml_node part = doc_title.append_child("titlePart");
                part.append_attribute("type") =
                    l.part == TitlePart::Title ? "main" : l.part == TitlePart::Subtitle ? "sub" : "chapter";
                part.text().set(l.text.c_str());
                break;
            }
            case TitlePart::Author:
                page.append_child("byline").append_child("docAuthor").text().set(l.text.c_str());
                break;
            case TitlePart::Byline:
                page.append_child("byline").text().set(l.text.c_str());
                break;
            case TitlePart::Date:
                page.append_child("docDate").text().set(l.text.c_str());
                break;
            case TitlePart::Other: {
                pugi::xml_node part = page.append_child("titlePart");
                part.append_attribute("type") = "desc";
                part.text().set(l.text.c_str());
                break;
            }
        }
    }
}

// The note text with each citation marked as a bibl where it stands; the
// ids of the citations marked are added to `marked`.
void add_note_text(pugi::xml_node note, const Note& n, int note_index, const std::vector<Citation>& cits,
                   std::vector<std::string>& marked) {
    std::size_t pos = 0;
    for (const Citation& c : cits) {
        if (c.note_index != note_index || c.raw.empty()) continue;
        std::size_t at = c.raw_offset;
        if (at < pos || n.text.compare(at, c.raw.size(), c.raw) != 0) at = n.text.find(c.raw, pos);
        if (at == std::string::npos) continue;
        if (at > pos) note.append_child(pugi::node_pcdata).set_value(n.text.substr(pos, at - pos).c_str());
        pugi::xml_node bibl = note.append_child("bibl");
        bibl.append_attribute("xml:id") = ("bibl-" + c.id).c_str();
        bibl.append_attribute("corresp") = pointer_to(work_id(c, cits)).c_str();
        bibl.text().set(c.raw.c_str());
        marked.push_back(c.id);
        pos = at + c.raw.size();
    }
    if (pos < n.text.size()) note.append_child(pugi::node_pcdata).set_value(n.text.substr(pos).c_str());
}

bool is_serial(const std::string& type) {
    return type == "article-journal" || type == "article-magazine" || type == "article-newspaper";
}

void add_names(pugi::xml_node parent, const char* element, const std::vector<std::string>& names) {
    for (const std::string& a : names) parent.append_child(element).text().set(a.c_str());
}


// tei.ptr-uri-escaped: a URL as printed may hold spaces, non-ASCII letters or
// the substitutes of undecodable bytes, which xsd:anyURI (ptr/@target)
// refuses; those bytes are percent-encoded (RFC 3986), the rest kept.
std::string uri_escaped(const std::string& url) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(url.size());
    for (unsigned char ch : url) {
        const bool plain = ch > 0x20 && ch < 0x7F && ch != '"' && ch != '<' && ch != '>' && ch != '\\' && ch != '^' &&
                           ch != '`' && ch != '{' && ch != '|' && ch != '}';
        if (plain) {
            out += static_cast<char>(ch);
        } else {
            out += '%';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return out;
}

void add_bibl_struct(pugi::xml_node list, const Citation& c, const std::string& corresp) {
    pugi::xml_node bs = list.append_child("biblStruct");
    bs.append_attribute("xml:id") = c.id.c_str();
    if (!corresp.empty()) bs.append_attribute("corresp") = corresp.c_str();
    if (!c.type.empty()) bs.append_attribute("type") = c.type.c_str();
    if (!c.lang.empty()) bs.append_attribute("xml:lang") = c.lang.c_str();
    const bool analytic = !c.container.empty() && !c.title.empty();
    pugi::xml_node monogr;
    if (analytic) {
        pugi::xml_node an = bs.append_child("analytic");
        add_names(an, "author", c.authors);
        pugi::xml_node t = an.append_child("title");
        t.append_attribute("level") = "a";
        t.text().set(c.title.c_str());
        monogr = bs.append_child("monogr");
        add_names(monogr, "editor", c.editors);
        pugi::xml_node mt = monogr.append_child("title");
        mt.append_attribute("level") = is_serial(c.type) ? "j" : "m";
        mt.text().set(c.container.c_str());
    } else {
        monogr = bs.append_child("monogr");
        add_names(monogr, "author", c.authors);
        add_names(monogr, "editor", c.editors);
        pugi::xml_node mt = monogr.append_child("title");
        mt.append_attribute("level") = c.type == "webpage" ? "u" : "m";
        mt.text().set((c.title.empty() ? c.container : c.title).c_str());
    }
    if (!c.number.empty()) {   // monogr: (…, idno?, imprint)
        pugi::xml_node idno = monogr.append_child("idno");
        idno.append_attribute("type") = c.number.rfind("arXiv:", 0) == 0 ? "arXiv" : "number";
        idno.text().set(c.number.c_str());
    }
    pugi::xml_node imprint = monogr.append_child("imprint");
    if (!c.publisher.empty()) imprint.append_child("publisher").text().set(c.publisher.c_str());
    pugi::xml_node date = imprint.append_child("date");
    if (!c.date.empty()) {
        date.append_attribute("when") = c.date.c_str();
        date.text().set(c.date.c_str());
    }
    auto scope = [&](const char* unit, const std::string& v) {
        if (v.empty()) return;
        pugi::xml_node s = monogr.append_child("biblScope");
        s.append_attribute("unit") = unit;
        const std::size_t dash = v.find('-');
        if (std::string(unit) == "page" && dash != std::string::npos) {
            s.append_attribute("from") = v.substr(0, dash).c_str();
            s.append_attribute("to") = v.substr(dash + 1).c_str();
        }
        s.text().set(v.c_str());
    };
    scope("volume", c.volume);
    scope("issue", c.issue);
    scope("page", c.pages);
    if (!c.collection.empty()) {   // biblStruct: (monogr, series*)
        pugi::xml_node st = bs.append_child("series").append_child("title");
        st.append_attribute("level") = "s";
        st.text().set(c.collection.c_str());
    }
    if (!c.url.empty()) bs.append_child("ptr").append_attribute("target") = uri_escaped(c.url).c_str();
    if (!c.accessed.empty()) {
        pugi::xml_node n = bs.append_child("note");
        n.append_attribute("type") = "accessed";
        n.text().set(c.accessed.c_str());
    }
}

// Line breaks and indentation only inside elements whose content is
// elements only: whitespace there is insignificant, while mixed content
// (p, head, note, cell, ...) must keep exactly its characters.
// Elements whose content model is elements only. Mixed-content elements
// (p, head, note, cell, item, bibl, ...) are never indented, even when they
// happen to hold only elements.
bool is_element_only(pugi::xml_node n) {
    static const char* names[] = {"TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc",
                                  "encodingDesc", "appInfo", "application", "profileDesc", "langUsage", "respStmt", "text", "front", "titlePage", "docTitle", "body", "back", "div", "list",
                                  "table", "row", "listBibl", "biblStruct", "analytic", "monogr", "imprint"};
    for (const char* name : names)
        if (std::strcmp(n.name(), name) == 0) return true;
    return false;
}

void indent_element_only(pugi::xml_node n, int depth) {
    if (!is_element_only(n) || !n.first_child()) return;
    auto newline_and_indent = [](int d) {
        std::string pad(static_cast<std::size_t>(d) * 2 + 1, ' ');
        pad[0] = '\n';
        return pad;
    };
    const std::string pad = newline_and_indent(depth + 1);
    std::vector<pugi::xml_node> kids;
    for (pugi::xml_node c : n.children()) kids.push_back(c);
    for (pugi::xml_node c : kids) {
        n.insert_child_before(pugi::node_pcdata, c).set_value(pad.c_str());
        indent_element_only(c, depth + 1);
    }
    n.append_child(pugi::node_pcdata).set_value(newline_and_indent(depth).c_str());
}

}  // namespace

std::string to_tei(const Document& doc) {
    pugi::xml_document xml;
    pugi::xml_node decl = xml.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node tei = xml.append_child("TEI");
    tei.append_attribute("xmlns") = kTeiNs;
    tei.append_attribute("xml:lang") = "ja";
    add_header(tei, doc);

    pugi::xml_node text = tei.append_child("text");
    if (!doc.header.title_page.empty() || !doc.contents.entries.empty()) {
        pugi::xml_node front = text.append_child("front");
        if (!doc.header.title_page.empty()) add_title_page(front, doc.header.title_page);
        if (!doc.contents.entries.empty()) {
            // The contents as printed: the first entry is its heading (目次).
            pugi::xml_node div = front.append_child("div");
            div.append_attribute("type") = "contents";
            // tei.contents-list-head: the heading is the list's head, not the
            // division's, so the printed contents do not read as a section of the report.
            if (doc.contents.entries.size() == 1) {
                append_inlines(div.append_child("head"), doc.contents.entries.front());
            } else {
                pugi::xml_node list = div.append_child("list");
                list.append_attribute("type") = "contents";
                append_inlines(list.append_child("head"), doc.contents.entries.front());
                for (std::size_t k = 1; k < doc.contents.entries.size(); ++k)
                    append_inlines(list.append_child("item"), doc.contents.entries[k]);
            }
        }
    }
    pugi::xml_node body = text.append_child("body");
    // Open divisions: (level, node). A heading closes every division at its level or deeper.
    std::vector<std::pair<int, pugi::xml_node>> open;
    auto container = [&]() { return open.empty() ? body : open.back().second; };
    std::vector<std::string> marked;   // citations marked as bibl where they stand
    for (const Block& b : doc.body) {
        if (const auto* h = std::get_if<Heading>(&b)) {
            while (!open.empty() && open.back().first >= h->level) open.pop_back();
            pugi::xml_node div = container().append_child("div");
            div.append_attribute("type") = "section";
            append_inlines(div.append_child("head"), h->content, {}, true);
            open.emplace_back(h->level, div);
        } else if (const auto* p = std::get_if<Paragraph>(&b)) {
            const std::vector<MarkedSpan> spans = body_citation_spans(*p, doc.citations);
            for (const MarkedSpan& m : spans) marked.push_back(m.id);
            pugi::xml_node block = container().append_child(p->role == ParagraphRole::Label ? "ab" : "p");
            if (p->role == ParagraphRole::Label) block.append_attribute("type") = "label";
            append_inlines(block, p->content, spans);
        } else if (const auto* l = std::get_if<List>(&b)) {
            pugi::xml_node list = container().append_child("list");
            list.append_attribute("type") = "ordered";
            for (const ListItem& it : l->items) {
                list.append_child("label").text().set(it.label.c_str());
                pugi::xml_node item = list.append_child("item");
                append_inlines(item, it.content);
                for (const auto& more : it.more_paragraphs) append_inlines(item.append_child("p"), more);
            }
        } else if (const auto* t = std::get_if<Table>(&b)) {
            add_table(container(), *t);
        } else if (const auto* s = std::get_if<SectionBreak>(&b)) {
            pugi::xml_node ab = container().append_child("ab");
            ab.append_attribute("type") = "section-break";
            ab.text().set(s->text.c_str());
        } else if (const auto* pb = std::get_if<PageBreak>(&b)) {
            if (pb->page > 0) add_pb(container(), pb->n);
            for (const Inline& fw : pb->furniture) add_fw(container(), fw);
        }
    }
    // The body needs one block: furniture alone is not a text.
    bool has_block = false;
    for (pugi::xml_node c : body.children()) has_block |= std::strcmp(c.name(), "pb") != 0 && std::strcmp(c.name(), "fw") != 0;
    if (!has_block) body.append_child("p");

    if (!doc.notes.empty() || !doc.citations.empty() || !doc.bibliographies.empty()) {
        pugi::xml_node back = text.append_child("back");
        if (!doc.notes.empty()) {
            pugi::xml_node div = back.append_child("div");
            div.append_attribute("type") = "notes";
            if (!doc.notes_heading.empty()) div.append_child("head").text().set(doc.notes_heading.c_str());
            for (std::size_t k = 0; k < doc.notes.size(); ++k) {
                const Note& n = doc.notes[k];
                pugi::xml_node note = div.append_child("note");
                note.append_attribute("xml:id") = n.id.c_str();
                note.append_attribute("n") = n.n;
                note.append_attribute("place") = n.place == NotePlace::Foot ? "foot" : "end";
                // The number as printed ("２", "（3）"): @n holds its value.
                if (!n.label.empty()) note.append_child("label").text().set(n.label.c_str());
                add_note_text(note, n, static_cast<int>(k), doc.citations, marked);
            }
        }
        // Reference lists as printed: each entry a bibl, linked to its biblStruct.
        for (const Bibliography& bib : doc.bibliographies) {
            pugi::xml_node div = back.append_child("div");
            div.append_attribute("type") = "bibliography";
            // tei.bibliography-list-head: the heading (参考文献) heads the list, so
            // the back matter's reference list does not read as a section of the report.
            if (bib.entries.empty()) {
                div.append_child("head").text().set(bib.heading.c_str());
                continue;
            }
            pugi::xml_node list = div.append_child("listBibl");
            list.append_child("head").text().set(bib.heading.c_str());
            for (const Paragraph& entry : bib.entries) {
                pugi::xml_node bibl = list.append_child("bibl");
                for (const Citation& c : doc.citations)
                    if (c.note == 0 && c.span.first == entry.span.first) {
                        bibl.append_attribute("xml:id") = ("bibl-" + c.id).c_str();
                        bibl.append_attribute("corresp") = pointer_to(work_id(c, doc.citations)).c_str();
                        marked.push_back(c.id);
                        break;
                    }
                append_inlines(bibl, entry.content);
            }
        }
        if (!doc.citations.empty()) {
            pugi::xml_node list = back.append_child("listBibl");
            for (const Citation& c : doc.citations) {
                if (!bibliographic::is_library_item(c)) continue;   // tei.one-struct-per-work
                // Where the citation stands: its bibl, else its note; a body
                // citation that could not be marked has no anchor.
                std::string corresp;
                if (std::find(marked.begin(), marked.end(), c.id) != marked.end()) corresp = pointer_to("bibl-" + c.id);
                else if (c.note_index >= 0 && static_cast<std::size_t>(c.note_index) < doc.notes.size())
                    corresp = pointer_to(doc.notes[static_cast<std::size_t>(c.note_index)].id);
                add_bibl_struct(list, c, corresp);
            }
        }
    }
    indent_element_only(tei, 0);
    std::ostringstream out;
    xml.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

}  // namespace shiryo::exporters
