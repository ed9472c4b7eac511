// The review page (S.review.html): one self-contained HTML5 file that shows
// every rebuilt table, note and citation beside the source it came from, so
// that a person can check the conversion at a glance. Built from the
// Document only (no text is parsed here): inline CSS, no network, a few
// lines of plain JavaScript that open the source listing at a linked line.
//
// Rules:
//   review.escape        every text is HTML-escaped; control characters (a form feed, ...)
//                        are shown as their Control Pictures symbols (U+2400 + c)
//   review.table-pair    a table's rebuilt grid stands beside its source lines (numbered),
//                        with its parsing report and, for a vote table, a Y/N/A/NV matrix
//   review.note-links    a note reference in the body links to its note, the note back to
//                        every reference to it
//   review.note-units    in a note's text, what a citation was read from links to that
//                        citation; the rest is marked as not read as a citation
//   review.field-marks   a citation's raw text has its fields marked where the parser
//                        recorded their spans (cite.field-spans); overlapping spans: the
//                        earlier one wins
//   review.outline       headings by level, each with the number of paragraphs under it
//   review.table-image   for a PDF input, the table's region cut from its page (pdf.table-region)
//                        is embedded as a data: PNG under the pair
//   review.removed       what normalisation removed (page numbers, running heads, fake-bold
//                        copies, ruby, ...) listed line by line; line wraps and blank lines counted
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/exporters.hpp"

namespace shiryo::exporters {

namespace {

// review.escape
void esc(std::string& out, std::string_view s) {
    for (const char ch : s) {
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                if ((c < 0x20 && c != '\t') || c == 0x7F) {
                    // U+2400 + c (U+2421 for DEL): E2 90 80+c
                    out += '\xE2';
                    out += '\x90';
                    out += static_cast<char>(0x80 + (c == 0x7F ? 0x21 : c));
                } else {
                    out += ch;
                }
        }
    }
}

std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    esc(out, s);
    return out;
}

std::string num(long long v) { return std::to_string(v); }

void base64(std::string& out, const std::string& bytes) {
    static const char* abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += abc[v >> 18], out += abc[(v >> 12) & 63], out += abc[(v >> 6) & 63], out += abc[v & 63];
    }
    if (i < bytes.size()) {
        const bool two = i + 1 < bytes.size();
        const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | (two ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0);
        out += abc[v >> 18], out += abc[(v >> 12) & 63];
        out += two ? abc[(v >> 6) & 63] : '=';
        out += '=';
    }
}

std::string line_link(int line) {
    if (line <= 0) return "<span class=\"nolink\">file</span>";
    return "<a class=\"ln-link\" href=\"#L" + num(line) + "\">" + num(line) + "</a>";
}

// The inline content as text (markers as printed), for display.
std::string inline_text(const std::vector<Inline>& content) {
    std::string s;
    for (const Inline& in : content)
        if (in.kind == InlineKind::Text || in.kind == InlineKind::NoteRef) s += in.text;
    return s;
}

// The last `n` code points of s (UTF-8).
std::string tail_chars(const std::string& s, int n) {
    std::size_t i = s.size();
    while (i > 0 && n > 0) {
        --i;
        while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
        --n;
    }
    return (i > 0 ? "…" : "") + s.substr(i);
}

bool utf8_boundary(const std::string& s, std::size_t i) {
    return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

const char* severity_name(Severity s) {
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}

const char* artefact_name(ArtefactKind k) {
    switch (k) {
        case ArtefactKind::FakeBoldCopy: return "fake-bold copy";
        case ArtefactKind::PageNumber: return "page number";
        case ArtefactKind::RunningHeader: return "running head";
        case ArtefactKind::PageBreakSpace: return "page-break space";
        case ArtefactKind::LineWrap: return "line wrap";
        case ArtefactKind::BlankLine: return "blank line";
        case ArtefactKind::Whitespace: return "layout spaces";
        case ArtefactKind::FormFeed: return "form feed";
        case ArtefactKind::ControlCharacter: return "control character";
        case ArtefactKind::RunningFooter: return "running foot";
        case ArtefactKind::MarginLineNumber: return "margin line number";
        case ArtefactKind::Ruby: return "ruby (furigana)";
    }
    return "other";
}

// Only counted, not listed: there is one on almost every line.
bool counted_only(ArtefactKind k) {
    return k == ArtefactKind::LineWrap || k == ArtefactKind::BlankLine || k == ArtefactKind::Whitespace ||
           k == ArtefactKind::PageBreakSpace || k == ArtefactKind::FormFeed;
}

constexpr const char* kStyle = R"CSS(
:root{--ink:#1b1b1b;--muted:#666;--line:#d8d8d8;--bg:#fafafa;--hi:#fff3b0}
*{box-sizing:border-box}
body{margin:0;padding:0 1.5rem 3rem;color:var(--ink);background:#fff;line-height:1.55;font-size:15px;
font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Kaku Gothic ProN","Hiragino Sans","Yu Gothic UI","Yu Gothic",Meiryo,"IPAexGothic","IPAPGothic","IPAGothic","TakaoPGothic","VL PGothic",sans-serif}
pre,code,.mono{font-family:"Noto Sans Mono CJK JP","IPAGothic","TakaoGothic","VL Gothic","MS Gothic","Osaka-Mono",monospace;font-size:13px}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 0;z-index:2}
h1{font-size:1.3rem;margin:.2rem 0}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:2px solid #333}
h3{font-size:1rem;margin:1.4rem 0 .4rem}
nav a{margin-right:1rem;text-decoration:none}
.meta{color:var(--muted);font-size:.85rem;margin:0}
.pair{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.pair>div{flex:1 1 28rem;min-width:0;overflow-x:auto}
table{border-collapse:collapse}
table.rebuilt td,table.rebuilt th{border:1px solid #999;padding:.15rem .4rem;vertical-align:top;font-size:.9rem}
table.rebuilt th{background:#eef}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.empty{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#f0f0f0 4px,#f0f0f0 8px)}
td.joined,th.joined{box-shadow:inset 3px 0 0 #6a9}
pre.lines{margin:0;background:var(--bg);border:1px solid var(--line);padding:.3rem .5rem;white-space:pre;overflow-x:auto}
.ln{color:#888;display:inline-block;min-width:3.2em;text-align:right;margin-right:.8em;user-select:none}
.ln-link{color:#555}
.line:target,.ref:target,.note:target,.citation:target,tr:target{background:var(--hi)}
figure.region{margin:.6rem 0}figure.region img{max-width:100%;border:1px solid var(--line)}
figure.region figcaption{color:var(--muted);font-size:.85rem}
dl.report{display:grid;grid-template-columns:max-content auto;gap:0 1rem;margin:.5rem 0;font-size:.9rem}
dl.report dt{color:var(--muted)}dl.report dd{margin:0}
table.votes td,table.votes th{border:1px solid #ccc;padding:.1rem .35rem;font-size:.8rem;text-align:center}
table.votes th.country{text-align:left;white-space:nowrap}
.v-Y{background:#b9e4b9}.v-N{background:#f4b4b4}.v-A{background:#f6e09a}.v-NV{background:#d5d5d5}
.note,.citation{border-left:3px solid var(--line);padding:.2rem .7rem;margin:.6rem 0}
.note .label{font-weight:bold;margin-right:.5rem}
.unparsed{color:#777;background:#f3f3f3;text-decoration:underline dotted #aaa}
a.cit{color:inherit;text-decoration:none;border-bottom:2px solid #4a7fd0}
.raw{background:var(--bg);padding:.2rem .4rem;border:1px solid var(--line)}
table.fields td,table.fields th{border-bottom:1px solid #eee;padding:.1rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
table.fields th{color:var(--muted);font-weight:normal;white-space:nowrap}
.f-title{background:#cfe3ff}.f-container{background:#ffd9c2}.f-date{background:#d7f5d0}.f-pages{background:#f0d6f5}
.f-volume{background:#e8e0c0}.f-url{background:#d0f0f0}.f-publisher{background:#f5e6a8}.f-genre{background:#e0e0f8}
.f-accessed{background:#e5f0d0}.f-creators{background:#f8d8e4}
.legend span{padding:0 .3rem;margin-right:.3rem;font-size:.85rem}
ul.outline{list-style:none;padding-left:0}ul.outline li{padding:.05rem 0}
.lv1{padding-left:0;font-weight:bold}.lv2{padding-left:1.2rem}.lv3{padding-left:2.4rem}.lv4{padding-left:3.6rem}.lv5{padding-left:4.8rem}
.count{color:var(--muted);font-size:.85rem;margin-left:.5rem}
.diag.error{color:#a00}.diag.warning{color:#8a5a00}.diag.info{color:var(--muted)}
table.list td,table.list th{border-bottom:1px solid #eee;padding:.1rem .6rem;text-align:left;vertical-align:top;font-size:.9rem}
.none{color:var(--muted)}
@media print{*{print-color-adjust:exact;-webkit-print-color-adjust:exact}header{position:static}nav,script{display:none}body{font-size:10.5pt;padding:0}
section.table,.note,.citation{break-inside:avoid}a{color:inherit;text-decoration:none}
.pair>div{overflow:visible}pre.lines{white-space:pre-wrap}}
)CSS";

constexpr const char* kScript = R"JS(
function shiryoOpen(){var h=location.hash;if(!h)return;var e=document.getElementById(decodeURIComponent(h.slice(1)));
if(!e)return;var d=e.closest('details');if(d&&!d.open){d.open=true;e.scrollIntoView();}}
window.addEventListener('hashchange',shiryoOpen);shiryoOpen();
)JS";

class Page {
public:
    explicit Page(const Document& doc) : doc_(doc) {}
    std::string build();

private:
    void tables();
    void one_table(const Table& t);
    void vote_matrix(const Table& t);
    void notes();
    void note_references();
    void citations();
    void one_citation(const Citation& c);
    void outline();
    void warnings();
    void removed();
    void source();
    void source_lines(int first, int last, bool anchors);

    const Document& doc_;
    std::string o_;
    struct Ref {
        std::string id, target, marker, context;
        int line = 0;
    };
    std::vector<Ref> refs_;
};

// review.table-pair
void Page::one_table(const Table& t) {
    o_ += "<section class=\"table\" id=\"t-" + num(t.n) + "\">\n<h3>";
    esc(o_, t.label_mark);
    esc(o_, t.label.empty() ? "Table " + num(t.n) : t.label);
    o_ += ' ';
    esc(o_, t.caption);
    o_ += " <span class=\"count\">lines " + line_link(t.span.first) + "–" + line_link(t.span.last) + "</span></h3>\n";
    int cells = 0, empty = 0;
    o_ += "<div class=\"pair\"><div><table class=\"rebuilt\">\n";
    for (const TableRow& r : t.rows) {
        o_ += "<tr>";
        for (const TableCell& c : r.cells) {
            ++cells;
            const bool is_empty = c.type == CellType::Empty || c.text.empty();
            empty += is_empty;
            const char* tag = r.header ? "th" : "td";
            std::string cls = "cell";
            if (is_empty) cls += " empty";
            if (c.type == CellType::Number) cls += " num";
            if (c.source_lines > 1) cls += " joined";
            o_ += std::string("<") + tag + " class=\"" + cls + "\"";
            if (c.source_lines > 1) o_ += " title=\"joined from " + num(c.source_lines) + " lines\"";
            o_ += ">";
            esc(o_, c.text);
            o_ += std::string("</") + tag + ">";
        }
        o_ += "</tr>\n";
    }
    o_ += "</table></div>\n<div>";
    source_lines(t.span.first, t.span.last, false);
    o_ += "</div></div>\n";
    for (const Document::RegionImage& img : doc_.table_images) {
        if (img.table != t.n || img.png.empty()) continue;
        o_ += "<figure class=\"region\"><img alt=\"the table's region on page " + num(img.page) +
              " of the PDF\" src=\"data:image/png;base64,";
        base64(o_, img.png);
        o_ += "\"><figcaption>Page " + num(img.page) +
              " of the PDF: the boxes of the table's source lines (its rows as read) outlined in red</figcaption></figure>\n";
    }
    o_ += "<dl class=\"report\">";
    auto item = [&](const char* k, const std::string& v) {
        o_ += std::string("<dt>") + k + "</dt><dd>" + v + "</dd>";
    };
    item("method", esc(t.report.method));
    item("rows", num(t.report.rows));
    item("columns", num(t.report.cols));
    item("cells", "<span class=\"n-cells\">" + num(cells) + "</span>");
    item("wrapped cells joined", num(t.report.joined_cells));
    item("empty cells", num(empty));
    std::string types;
    for (const ColumnType ct : t.column_types)
        types += ct == ColumnType::Number ? "number " : ct == ColumnType::Vote ? "vote " : "text ";
    item("column types", types.empty() ? "<span class=\"none\">—</span>" : esc(types));
    if (!t.source.empty()) item("source note", esc(t.source));
    std::string w;
    for (const Diagnostic& d : t.report.warnings)
        w += "<div class=\"diag " + std::string(severity_name(d.severity)) + "\">" + line_link(d.line) + " " +
             esc(d.message) + " [" + esc(d.code) + "]</div>";
    item("warnings", w.empty() ? "<span class=\"none\">none</span>" : w);
    o_ += "</dl>\n";
    vote_matrix(t);
    o_ += "</section>\n";
}

void Page::vote_matrix(const Table& t) {
    std::vector<std::string> countries;
    std::vector<std::pair<std::string, std::string>> columns;   // date, resolution
    std::map<std::pair<std::size_t, std::size_t>, const VoteRecord*> at;
    std::map<std::string, std::size_t> country_ix;
    std::map<std::pair<std::string, std::string>, std::size_t> column_ix;
    for (const VoteRecord& v : doc_.votes) {
        if (v.table != t.n) continue;
        auto ci = country_ix.try_emplace(v.country, countries.size());
        if (ci.second) countries.push_back(v.country);
        auto key = std::pair{v.date, v.resolution};
        auto ki = column_ix.try_emplace(key, columns.size());
        if (ki.second) columns.push_back(key);
        at[{ci.first->second, ki.first->second}] = &v;
    }
    if (countries.empty()) return;
    o_ += "<h4>Votes (tidy)</h4>\n<p class=\"legend\"><span class=\"v-Y\">Y yes</span><span class=\"v-N\">N no</span>"
          "<span class=\"v-A\">A abstain</span><span class=\"v-NV\">NV not voting</span></p>\n"
          "<div class=\"pair\"><div><table class=\"votes\"><tr><th></th>";
    for (const auto& [date, res] : columns) {
        o_ += "<th>";
        esc(o_, date.empty() ? "?" : date);
        if (!res.empty()) {
            o_ += "<br>";
            esc(o_, res);
        }
        o_ += "</th>";
    }
    o_ += "</tr>\n";
    for (std::size_t r = 0; r < countries.size(); ++r) {
        o_ += "<tr><th class=\"country\">";
        esc(o_, countries[r]);
        const auto first = at.lower_bound({r, 0});
        if (first != at.end() && first->first.first == r && !first->second->iso3.empty())
            o_ += " <span class=\"count\">" + esc(first->second->iso3) + "</span>";
        o_ += "</th>";
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const auto it = at.find({r, k});
            if (it == at.end()) {
                o_ += "<td></td>";
                continue;
            }
            o_ += "<td class=\"vote v-" + esc(it->second->vote) + "\" title=\"" + esc(it->second->vote_ja) + "\">" +
                  esc(it->second->vote) + "</td>";
        }
        o_ += "</tr>\n";
    }
    o_ += "</table></div></div>\n";
}

void Page::tables() {
    int n = 0;
    for (const Block& b : doc_.body) n += std::holds_alternative<Table>(b);
    o_ += "<section id=\"tables\"><h2>Tables <span class=\"count\">" + num(n) + "</span></h2>\n";
    if (n == 0) o_ += "<p class=\"none\">No table was found.</p>\n";
    for (const Block& b : doc_.body)
        if (const auto* t = std::get_if<Table>(&b)) one_table(*t);
    o_ += "</section>\n";
}

// review.note-links: every reference in the body, with the words before it.
void Page::note_references() {
    auto add = [&](const std::vector<Inline>& content) {
        std::string before;
        for (const Inline& in : content) {
            if (in.kind == InlineKind::NoteRef) {
                refs_.push_back({"ref-" + num(static_cast<long long>(refs_.size()) + 1), in.target, in.text,
                                 tail_chars(before, 24), in.line});
            }
            if (in.kind == InlineKind::Text || in.kind == InlineKind::NoteRef) before += in.text;
        }
    };
    for (const Block& b : doc_.body) {
        if (const auto* h = std::get_if<Heading>(&b)) add(h->content);
        if (const auto* p = std::get_if<Paragraph>(&b)) add(p->content);
        if (const auto* l = std::get_if<List>(&b))
            for (const ListItem& it : l->items) {
                add(it.content);
                for (const auto& more : it.more_paragraphs) add(more);
            }
    }
}

// review.note-units
void Page::notes() {
    o_ += "<section id=\"notes\"><h2>Notes <span class=\"count\">" + num(static_cast<long long>(doc_.notes.size())) +
          "</span></h2>\n";
    if (!doc_.notes_heading.empty()) o_ += "<p class=\"meta\">Heading over the notes: " + esc(doc_.notes_heading) + "</p>\n";
    if (doc_.notes.empty()) o_ += "<p class=\"none\">No note was found.</p>\n";
    else
        o_ += "<p class=\"legend\"><a class=\"cit\" href=\"#citations\">read as a citation</a> "
              "<span class=\"unparsed\">not read as a citation</span></p>\n";
    std::map<std::string, std::vector<const Ref*>> refs_of;
    for (const Ref& r : refs_) refs_of[r.target].push_back(&r);
    for (std::size_t k = 0; k < doc_.notes.size(); ++k) {
        const Note& n = doc_.notes[k];
        o_ += "<div class=\"note\" id=\"n-" + esc(n.id) + "\"><span class=\"label\">";
        esc(o_, n.label.empty() ? num(n.n) : n.label);
        o_ += "</span>";
        // the note's text, its citations linked
        std::vector<const Citation*> cits;
        for (const Citation& c : doc_.citations)
            if (c.note_index == static_cast<int>(k)) cits.push_back(&c);
        std::sort(cits.begin(), cits.end(),
                  [](const Citation* a, const Citation* b) { return a->raw_offset < b->raw_offset; });
        std::size_t pos = 0;
        auto rest = [&](std::size_t end) {
            if (end <= pos) return;
            const std::string_view piece = std::string_view(n.text).substr(pos, end - pos);
            if (piece.find_first_not_of(" \t\n") == std::string_view::npos) esc(o_, piece);
            else {
                o_ += "<span class=\"unparsed\">";
                esc(o_, piece);
                o_ += "</span>";
            }
            pos = end;
        };
        for (const Citation* c : cits) {
            const std::size_t b = c->raw_offset, e = b + c->raw.size();
            const bool in_text = e <= n.text.size() && b >= pos && n.text.compare(b, c->raw.size(), c->raw) == 0;
            if (!in_text) continue;
            rest(b);
            o_ += "<a class=\"cit\" href=\"#c-" + esc(c->id) + "\">";
            esc(o_, c->raw);
            o_ += "</a>";
            pos = e;
        }
        rest(n.text.size());
        o_ += "<div class=\"meta\">" + std::string(n.place == NotePlace::Foot ? "footnote" : "endnote") + ", lines " +
              line_link(n.span.first) + "–" + line_link(n.span.last) + "; referred to from: ";
        const auto it = refs_of.find(n.id);
        if (it == refs_of.end()) o_ += "<span class=\"none\">no reference in the body</span>";
        else
            for (const Ref* r : it->second) o_ += "<a href=\"#" + r->id + "\">line " + num(r->line) + "</a> ";
        o_ += "</div></div>\n";
    }
    o_ += "<h3>References in the body <span class=\"count\">" + num(static_cast<long long>(refs_.size())) + "</span></h3>\n";
    if (refs_.empty()) o_ += "<p class=\"none\">No note reference was found.</p>\n";
    else {
        o_ += "<table class=\"list\"><tr><th>line</th><th>text before it</th><th>marker</th><th>note</th></tr>\n";
        for (const Ref& r : refs_) {
            o_ += "<tr class=\"ref\" id=\"" + r.id + "\"><td>" + line_link(r.line) + "</td><td>" + esc(r.context) +
                  "</td><td>";
            if (r.target.empty()) o_ += esc(r.marker) + "</td><td class=\"diag warning\">no note</td></tr>\n";
            else
                o_ += "<a href=\"#n-" + esc(r.target) + "\">" + esc(r.marker) + "</a></td><td>" + esc(r.target) +
                      "</td></tr>\n";
        }
        o_ += "</table>\n";
    }
    o_ += "</section>\n";
}

// review.field-marks
void Page::one_citation(const Citation& c) {
    o_ += "<div class=\"citation\" id=\"c-" + esc(c.id) + "\"><h3>" + esc(c.id) + " <span class=\"count\">" +
          esc(c.type) + "; ";
    if (c.note_index >= 0 && c.note_index < static_cast<int>(doc_.notes.size()))
        o_ += "<a href=\"#n-" + esc(doc_.notes[c.note_index].id) + "\">note " + num(c.note) + "</a>";
    else
        o_ += "body";
    o_ += ", line " + line_link(c.span.first) + "</span></h3>\n<div class=\"pair\"><div><p class=\"raw\">";
    std::vector<const FieldSpan*> spans;
    for (const FieldSpan& f : c.spans)
        if (f.begin < f.end && f.end <= c.raw.size() && utf8_boundary(c.raw, f.begin) && utf8_boundary(c.raw, f.end))
            spans.push_back(&f);
    std::stable_sort(spans.begin(), spans.end(),
                     [](const FieldSpan* a, const FieldSpan* b) { return a->begin < b->begin; });
    std::size_t pos = 0;
    for (const FieldSpan* f : spans) {
        if (f->begin < pos) continue;   // overlaps the one before
        esc(o_, std::string_view(c.raw).substr(pos, f->begin - pos));
        o_ += "<mark class=\"f-" + esc(f->field) + "\" title=\"" + esc(f->field) + "\">";
        esc(o_, std::string_view(c.raw).substr(f->begin, f->end - f->begin));
        o_ += "</mark>";
        pos = f->end;
    }
    esc(o_, std::string_view(c.raw).substr(pos));
    o_ += "</p>";
    if (c.repeats > 0 && c.repeats <= static_cast<int>(doc_.citations.size())) {
        const Citation& r = doc_.citations[c.repeats - 1];
        o_ += "<p>back-reference: repeats <a href=\"#c-" + esc(r.id) + "\">" + esc(r.id) + "</a></p>";
    }
    o_ += "</div><div><table class=\"fields\">\n";
    auto field = [&](const char* name, const std::string& v) {
        if (v.empty()) return;
        const std::string cls = name == std::string("authors") || name == std::string("editors") ||
                                        name == std::string("translators") ? "creators" : name;
        o_ += "<tr><th><span class=\"f-" + cls + "\">" + name + "</span></th><td>";
        esc(o_, v);
        o_ += "</td></tr>\n";
    };
    auto names = [&](const char* name, const std::vector<std::string>& v) {
        std::string s;
        for (const std::string& x : v) s += (s.empty() ? "" : "; ") + x;
        field(name, s);
    };
    names("authors", c.authors);
    names("editors", c.editors);
    names("translators", c.translators);
    field("title", c.title);
    field("container", c.container);
    field("publisher", c.publisher);
    field("genre", c.genre);
    field("date", c.date);
    field("volume", c.volume);
    field("issue", c.issue);
    field("pages", c.pages);
    field("url", c.url);
    field("accessed", c.accessed);
    field("lang", c.lang);
    o_ += "</table></div></div></div>\n";
}

void Page::citations() {
    o_ += "<section id=\"citations\"><h2>Citations <span class=\"count\">" +
          num(static_cast<long long>(doc_.citations.size())) + "</span></h2>\n";
    if (doc_.citations.empty()) o_ += "<p class=\"none\">No citation was found.</p>\n";
    else
        o_ += "<p class=\"legend\">Raw text marked by field: <span class=\"f-creators\">names</span><span "
              "class=\"f-title\">title</span><span "
              "class=\"f-container\">container</span><span class=\"f-publisher\">publisher</span><span "
              "class=\"f-genre\">genre</span><span class=\"f-date\">date</span><span class=\"f-volume\">volume/issue</span>"
              "<span class=\"f-pages\">pages</span><span class=\"f-url\">url</span><span "
              "class=\"f-accessed\">accessed</span>; unmarked: not read as a field</p>\n";
    for (const Citation& c : doc_.citations) one_citation(c);
    // reference-list entries no citation was read from (review.note-units for lists)
    std::string unread;
    int count = 0;
    for (const Bibliography& bib : doc_.bibliographies)
        for (const Paragraph& e : bib.entries) {
            bool read = false;
            for (const Citation& c : doc_.citations)
                read = read || (c.note_index < 0 && c.span.first == e.span.first && c.span.last == e.span.last);
            if (read) continue;
            ++count;
            unread += "<li>" + line_link(e.span.first) + " <span class=\"unparsed\">" + esc(inline_text(e.content)) +
                      "</span></li>\n";
        }
    if (count)
        o_ += "<h3>Reference-list entries not read as a citation <span class=\"count\">" + num(count) +
              "</span></h3>\n<ul>\n" + unread + "</ul>\n";
    o_ += "</section>\n";
}

// review.outline
void Page::outline() {
    struct Entry {
        const Heading* h;
        int paragraphs = 0, tables = 0, lists = 0;
    };
    std::vector<Entry> entries{{nullptr}};
    for (const Block& b : doc_.body) {
        if (const auto* h = std::get_if<Heading>(&b)) entries.push_back({h});
        else if (std::holds_alternative<Paragraph>(b)) ++entries.back().paragraphs;
        else if (std::holds_alternative<Table>(b)) ++entries.back().tables;
        else if (std::holds_alternative<List>(b)) ++entries.back().lists;
    }
    o_ += "<section id=\"outline\"><h2>Outline <span class=\"count\">" +
          num(static_cast<long long>(entries.size() - 1)) + " headings</span></h2>\n";
    if (!doc_.header.title.empty()) {
        o_ += "<p>Title: <b>";
        esc(o_, doc_.header.title);
        o_ += "</b>";
        if (!doc_.header.subtitle.empty()) o_ += " — " + esc(doc_.header.subtitle);
        if (!doc_.header.author.empty()) o_ += "; author: " + esc(doc_.header.author);
        o_ += "</p>\n";
    }
    o_ += "<ul class=\"outline\">\n";
    for (const Entry& e : entries) {
        if (!e.h && e.paragraphs + e.tables + e.lists == 0) continue;
        const int level = e.h ? std::clamp(e.h->level, 1, 5) : 1;
        o_ += "<li class=\"lv" + num(level) + (e.h ? " heading" : "") + "\">";
        if (e.h) o_ += line_link(e.h->span.first) + " " + esc(inline_text(e.h->content));
        else o_ += "<i>before the first heading</i>";
        o_ += "<span class=\"count\">" + num(e.paragraphs) + " paragraphs";
        if (e.lists) o_ += ", " + num(e.lists) + " lists";
        if (e.tables) o_ += ", " + num(e.tables) + " tables";
        o_ += "</span></li>\n";
    }
    o_ += "</ul>\n</section>\n";
}

void Page::warnings() {
    o_ += "<section id=\"warnings\"><h2>Warnings <span class=\"count\">" +
          num(static_cast<long long>(doc_.diagnostics.size())) + "</span></h2>\n";
    if (doc_.diagnostics.empty()) o_ += "<p class=\"none\">No warning.</p>\n";
    else {
        o_ += "<table class=\"list\"><tr><th>line</th><th>kind</th><th>message</th><th>rule</th></tr>\n";
        for (const Diagnostic& d : doc_.diagnostics)
            o_ += "<tr class=\"diag " + std::string(severity_name(d.severity)) + "\"><td>" + line_link(d.line) +
                  "</td><td>" + severity_name(d.severity) + "</td><td>" + esc(d.message) + "</td><td>" + esc(d.code) +
                  "</td></tr>\n";
        o_ += "</table>\n";
    }
    o_ += "</section>\n";
}

// review.removed
void Page::removed() {
    std::map<int, int> counts;   // by kind
    for (const Artefact& a : doc_.artefacts) ++counts[static_cast<int>(a.kind)];
    o_ += "<section id=\"removed\"><h2>Removed page furniture and artefacts <span class=\"count\">" +
          num(static_cast<long long>(doc_.artefacts.size())) + "</span></h2>\n<p>";
    if (counts.empty()) o_ += "<span class=\"none\">Nothing was removed.</span>";
    for (const auto& [kind, n] : counts)
        o_ += "<span class=\"count\">" + std::string(artefact_name(static_cast<ArtefactKind>(kind))) + ": " + num(n) +
              "</span> ";
    o_ += "</p>\n";
    std::string rows;
    for (const Artefact& a : doc_.artefacts) {
        if (counted_only(a.kind)) continue;
        rows += "<tr class=\"artefact\"><td>" + line_link(a.line) + "</td><td>" + artefact_name(a.kind) +
                "</td><td class=\"mono\">" + esc(a.text) + "</td></tr>\n";
    }
    if (!rows.empty())
        o_ += "<table class=\"list\"><tr><th>line</th><th>what</th><th>text removed</th></tr>\n" + rows + "</table>\n";
    // running heads and feet kept where they stood (TEI fw)
    std::string kept;
    for (const Block& b : doc_.body)
        if (const auto* pb = std::get_if<PageBreak>(&b))
            for (const Inline& f : pb->furniture)
                kept += "<tr><td>" + line_link(f.line) + "</td><td>" +
                        (f.furniture == Furniture::RunningFoot ? "running foot" : "running head") +
                        "</td><td class=\"mono\">" + esc(f.text) + "</td></tr>\n";
    if (!kept.empty())
        o_ += "<h3>Page furniture kept apart from the text (TEI fw)</h3>\n<table class=\"list\"><tr><th>line</th>"
              "<th>what</th><th>text</th></tr>\n" +
              kept + "</table>\n";
    o_ += "</section>\n";
}

void Page::source_lines(int first, int last, bool anchors) {
    const int n = static_cast<int>(doc_.source_lines.size());
    first = std::max(first, 1);
    last = std::min(last, n);
    o_ += "<pre class=\"lines\">";
    for (int k = first; k <= last; ++k) {
        if (anchors) o_ += "<span class=\"line\" id=\"L" + num(k) + "\">";
        o_ += "<span class=\"ln\">" + num(k) + "</span>";
        esc(o_, doc_.source_lines[static_cast<std::size_t>(k - 1)]);
        if (anchors) o_ += "</span>";
        o_ += '\n';
    }
    if (first > last) o_ += "<span class=\"none\">(no source lines)</span>";
    o_ += "</pre>";
}

void Page::source() {
    o_ += "<section id=\"source\"><h2>Source <span class=\"count\">" +
          num(static_cast<long long>(doc_.source_lines.size())) +
          " lines</span></h2>\n<details><summary>The input line by line (a link to a line opens it)</summary>\n";
    source_lines(1, static_cast<int>(doc_.source_lines.size()), true);
    o_ += "\n</details>\n</section>\n";
}

std::string Page::build() {
    o_.reserve(4096 + 3 * [&] {
        std::size_t n = 0;
        for (const std::string& l : doc_.source_lines) n += l.size() + 40;
        return n;
    }());
    note_references();
    int table_count = 0;
    for (const Block& b : doc_.body) table_count += std::holds_alternative<Table>(b);
    o_ += "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"shiryo " SHIRYO_VERSION "\">\n<title>shiryo review: ";
    esc(o_, doc_.stem);
    o_ += "</title>\n<style>";
    o_ += kStyle;
    o_ += "</style>\n</head>\n<body>\n<header>\n<h1>Review: ";
    esc(o_, doc_.stem);
    o_ += "</h1>\n<p class=\"meta\">";
    esc(o_, doc_.source_path);
    if (!doc_.encoding.empty()) o_ += " · " + esc(doc_.encoding);
    if (!doc_.source_sha256.empty()) o_ += " · SHA-256 <span class=\"mono\">" + esc(doc_.source_sha256) + "</span>";
    o_ += "</p>\n<nav><a href=\"#tables\">Tables (" + num(table_count) + ")</a><a href=\"#notes\">Notes (" +
          num(static_cast<long long>(doc_.notes.size())) + ")</a><a href=\"#citations\">Citations (" +
          num(static_cast<long long>(doc_.citations.size())) + ")</a><a href=\"#outline\">Outline</a>"
          "<a href=\"#warnings\">Warnings (" + num(static_cast<long long>(doc_.diagnostics.size())) +
          ")</a><a href=\"#removed\">Removed (" + num(static_cast<long long>(doc_.artefacts.size())) +
          ")</a><a href=\"#source\">Source</a></nav>\n</header>\n<main>\n";
    tables();
    notes();
    citations();
    outline();
    warnings();
    removed();
    source();
    o_ += "</main>\n<script>";
    o_ += kScript;
    o_ += "</script>\n</body>\n</html>\n";
    return std::move(o_);
}

}  // namespace

std::string to_review_html(const Document& doc) { return Page(doc).build(); }

}  // namespace shiryo::exporters
