// TEI: the RELAX NG grammar (libxml2) plus the rules a grammar cannot state:
// pointers resolve, table sizes are true, notes are numbered once each,
// every structured citation says where it stands. libxml2 parses the text
// once; the grammar and the rules read that same tree.
#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <stdexcept>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "validate/checks.hpp"

namespace shiryo::validate::detail {

// ---------------------------------------------------------------- libxml2
namespace {

struct XmlMessage {
    int line = 0;
    std::string text;
};
using XmlMessages = std::vector<XmlMessage>;

std::string trimmed(const char* s) {
    std::string out = s ? s : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

#if LIBXML_VERSION >= 21200
void collect_xml_error(void* sink, const xmlError* error)
#else
void collect_xml_error(void* sink, xmlErrorPtr error)
#endif
{
    if (!error || !sink) return;
    auto& messages = *static_cast<XmlMessages*>(sink);
    XmlMessage m{error->line, trimmed(error->message)};
    // libxml2 repeats itself on the way up the tree; one of each is enough.
    for (const auto& seen : messages)
        if (seen.line == m.line && seen.text == m.text) return;
    messages.push_back(std::move(m));
}

// libxml2 reports parse errors through a per-thread global handler; set it
// for the duration of one parse and put the previous one back.
class ParseErrorScope {
public:
    explicit ParseErrorScope(XmlMessages& sink)
        : previous_(xmlStructuredError), previous_context_(xmlStructuredErrorContext) {
        xmlSetStructuredErrorFunc(&sink, collect_xml_error);
    }
    ~ParseErrorScope() { xmlSetStructuredErrorFunc(previous_context_, previous_); }

private:
    xmlStructuredErrorFunc previous_;
    void* previous_context_;
};

}  // namespace

struct RelaxNg::Compiled {
    xmlRelaxNGPtr schema = nullptr;
    ~Compiled() {
        if (schema) xmlRelaxNGFree(schema);
    }
};

RelaxNg::RelaxNg(const std::string& path) : compiled_(std::make_unique<Compiled>()) {
    xmlInitParser();
    XmlMessages messages;
    xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt(path.c_str());
    if (!parser) throw std::runtime_error("cannot read RELAX NG schema " + path);
    xmlRelaxNGSetParserStructuredErrors(parser, collect_xml_error, &messages);
    {
        ParseErrorScope scope(messages);   // the schema file's own XML errors
        compiled_->schema = xmlRelaxNGParse(parser);
    }
    xmlRelaxNGFreeParserCtxt(parser);
    if (!compiled_->schema)
        throw std::runtime_error("cannot compile RELAX NG schema " + path +
                                 (messages.empty() ? "" : ": " + messages.front().text));
}

RelaxNg::~RelaxNg() = default;

namespace {

// A parsed document: libxml2's tree, freed with it.
struct ParsedXml {
    xmlDocPtr doc = nullptr;

    ParsedXml() = default;
    ParsedXml(const ParsedXml&) = delete;
    ParsedXml& operator=(const ParsedXml&) = delete;
    ~ParsedXml() {
        if (doc) xmlFreeDoc(doc);
    }
};

// Parse `xml`; when it is not well-formed, libxml2's messages go to
// `report` and the result is false.
bool parse_xml(std::string_view xml, Report& report, ParsedXml& parsed) {
    XmlMessages messages;
    {
        ParseErrorScope scope(messages);
        // A hand-written reader that built the same tree faster was tried and
        // dropped: a well-kept parser is worth the few million instructions.
        parsed.doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), report.file.c_str(), "UTF-8",
                                   XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_HUGE);   // a 10 MB paragraph is text too
    }
    if (!parsed.doc) {
        for (const auto& m : messages) report.error(line_where(m.line), "xml-well-formed", m.text);
        if (messages.empty()) report.error("", "xml-well-formed", "not well-formed XML");
        return false;
    }
    return true;
}

void validate_doc(xmlRelaxNGPtr schema, xmlDocPtr doc, const std::string& rule, Report& report) {
    XmlMessages messages;
    xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt(schema);
    xmlRelaxNGSetValidStructuredErrors(context, collect_xml_error, &messages);
    int rc = xmlRelaxNGValidateDoc(context, doc);
    xmlRelaxNGFreeValidCtxt(context);
    for (const auto& m : messages) report.error(line_where(m.line), rule, m.text);
    if (rc != 0 && messages.empty())
        report.error("", rule, rc < 0 ? "the validator failed internally" : "not valid");
}

}  // namespace

bool RelaxNg::validate(std::string_view xml, const std::string& rule, Report& report) const {
    ParsedXml parsed;
    if (!parse_xml(xml, report, parsed)) return false;
    validate(parsed.doc, rule, report);
    return true;
}

void RelaxNg::validate(_xmlDoc* doc, const std::string& rule, Report& report) const {
    validate_doc(compiled_->schema, doc, rule, report);
}

// ---------------------------------------------------------------- rules in code
namespace {

std::optional<int> positive_int(std::string_view s) {
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value <= 0) return std::nullopt;
    return value;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
        std::size_t start = i;
        while (i < s.size() && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
        if (i > start) words.push_back(s.substr(start, i - start));
    }
    return words;
}

// The rules read libxml2's tree, by the names as written ("xml:id", "table").
struct LibxmlView {
    using Node = xmlNodePtr;

    LibxmlView() = default;

    static bool is_element(Node node) { return node->type == XML_ELEMENT_NODE; }
    static std::string_view prefix(Node node) {
        return node->ns && node->ns->prefix ? reinterpret_cast<const char*>(node->ns->prefix) : "";
    }
    static std::string name(Node node) {
        std::string_view p = prefix(node);
        std::string local = reinterpret_cast<const char*>(node->name);
        return p.empty() ? local : std::string(p) + ":" + local;
    }
    // Does "prefix:local" (or "local") name this element or attribute?
    static bool qname_is(std::string_view written_prefix, const xmlChar* local, std::string_view qname) {
        std::string_view l = reinterpret_cast<const char*>(local);
        if (written_prefix.empty()) return qname == l;
        return qname.size() == written_prefix.size() + 1 + l.size() && qname.substr(0, written_prefix.size()) == written_prefix &&
               qname[written_prefix.size()] == ':' && qname.substr(written_prefix.size() + 1) == l;
    }
    static bool named(Node node, std::string_view qname) {
        return is_element(node) && qname_is(prefix(node), node->name, qname);
    }
    static xmlAttrPtr attribute(Node node, std::string_view qname) {
        for (xmlAttrPtr a = node->properties; a; a = a->next) {
            std::string_view p = a->ns && a->ns->prefix ? reinterpret_cast<const char*>(a->ns->prefix) : "";
            if (qname_is(p, a->name, qname)) return a;
        }
        return nullptr;
    }
    static bool has(Node node, const char* qname) { return attribute(node, qname) != nullptr; }
    // libxml2 gives a parsed attribute one text child holding its value
    // (predefined entities and character references already replaced).
    static std::string_view attr(Node node, const char* qname) {
        xmlAttrPtr a = attribute(node, qname);
        if (!a || !a->children || !a->children->content) return "";
        return reinterpret_cast<const char*>(a->children->content);
    }
    static Node first_child(Node node) { return node->children; }
    static Node next(Node node) { return node->next; }
    static const void* identity(Node node) { return node; }

    // libxml2 keeps each element's line (XML_PARSE_BIG_LINES: no 65535 cap).
    std::optional<int> line(Node node, std::size_t) const {
        const long l = xmlGetLineNo(node);
        if (l <= 0) return std::nullopt;
        return static_cast<int>(l);
    }
};

template <class View>
class TeiRules {
public:
    using Node = typename View::Node;

    TeiRules(const View& view, Report& report) : view_(view), report_(report) {}

    void run(Node root) {
        collect(root);
        check_ids();
        check_pointers();
        check_notes();
        check_note_refs();
        check_tables();
        check_citations();
    }


private:
    std::string where(Node node) const {
        if (index_.empty())   // only once there is something to report
            for (std::size_t i = 0; i < elements_.size(); ++i) index_.emplace(View::identity(elements_[i]), i);
        auto index = index_.find(View::identity(node));
        auto line = view_.line(node, index == index_.end() ? 0 : index->second);
        return line ? line_where(*line) : "";
    }

    static std::string_view attr(Node node, const char* name) { return View::attr(node, name); }   // "" when absent
    static bool is_element(Node node, std::string_view name) { return View::named(node, name); }

    // Every element in document order; notes are the numbered ones (not the
    // typed notes of tables and citations).
    void collect(Node node) {
        if (!node || !View::is_element(node)) return;
        elements_.push_back(node);
        if (is_element(node, "note") && !View::has(node, "type")) notes_.push_back(node);
        for (Node child = View::first_child(node); child; child = View::next(child)) collect(child);
    }

    void check_ids() {
        for (const auto& node : elements_) {
            std::string_view id = attr(node, "xml:id");   // lives as long as the document
            if (id.empty()) continue;
            if (!ids_.emplace(id, node).second)
                report_.error(where(node), "duplicate-id", "xml:id \"" + std::string(id) + "\" is used twice");
        }
    }

    Node target_of(std::string_view pointer) const {
        auto found = ids_.find(pointer.substr(1));
        return found == ids_.end() ? Node() : found->second;
    }

    // Local pointers (#id) in @target and @corresp must name an element.
    void check_pointers() {
        for (const auto& node : elements_) {
            for (const char* name : {"target", "corresp"}) {
                for (const auto& pointer : split_spaces(attr(node, name))) {
                    if (pointer.empty() || pointer[0] != '#' || target_of(pointer)) continue;
                    report_.error(where(node), "dangling-pointer",
                                  "<" + View::name(node) + " " + name + "=\"" + std::string(pointer) +
                                      "\"> points at no xml:id in the document");
                }
            }
        }
    }

    // Numbered notes: @n a positive integer, @place foot or end; a number
    // may repeat (numbering restarts per page or chapter: each note has its
    // own xml:id); gaps are only worth a warning (the source may skip).
    void check_notes() {
        std::map<int, Node> by_number;
        for (const auto& note : notes_) {
            std::string_view place = attr(note, "place");
            if (place.empty())
                report_.error(where(note), "note-place", "note has no @place (foot or end)");
            else if (place != "foot" && place != "end")
                report_.error(where(note), "note-place",
                              "note @place is \"" + std::string(place) + "\", expected foot or end");
            auto n = positive_int(attr(note, "n"));
            if (!n) {
                report_.error(where(note), "note-n", "note has no @n as a positive integer");
                continue;
            }
            by_number.emplace(*n, note);
        }
        int expected = 1;
        for (const auto& [n, note] : by_number) {
            if (n > expected)
                report_.warning(where(note), "note-gap",
                                "notes " + std::to_string(expected) +
                                    (n - 1 > expected ? "-" + std::to_string(n - 1) : "") +
                                    " are missing before note " + std::to_string(n));
            expected = n == std::numeric_limits<int>::max() ? n : n + 1;   // no signed overflow at INT_MAX
        }
        note_numbers_ = std::move(by_number);
    }

    // <ref type="note" n="N">: N required; a target must be that note; a
    // note body that exists should be pointed at.
    void check_note_refs() {
        for (const auto& ref : elements_) {
            if (!is_element(ref, "ref") || attr(ref, "type") != "note") continue;
            auto n = positive_int(attr(ref, "n"));
            if (!n) {
                report_.error(where(ref), "ref-n", "note reference has no @n as a positive integer");
                continue;
            }
            std::string_view target = attr(ref, "target");
            if (target.empty()) {
                if (note_numbers_.count(*n))
                    report_.warning(where(ref), "ref-target-missing",
                                    "reference to note " + std::to_string(*n) +
                                        " has no @target although the note exists");
                continue;
            }
            Node note = target.front() == '#' ? target_of(target) : Node();
            if (!note) continue;   // dangling or external: reported elsewhere
            if (!is_element(note, "note") || positive_int(attr(note, "n")) != n)
                report_.error(where(ref), "ref-note-mismatch",
                              "reference n=\"" + std::to_string(*n) + "\" points at " +
                                  std::string(target) + ", which is not note " + std::to_string(*n));
        }
    }

    // table: a head, and @rows/@cols equal to the rows and the widest row.
    void check_tables() {
        for (const auto& table : elements_) {
            if (!is_element(table, "table")) continue;
            std::string label = "table " + std::string(attr(table, "n"));
            bool head = false;
            int rows = 0, cols = 0;
            for (Node child = View::first_child(table); child; child = View::next(child)) {
                if (is_element(child, "head")) head = true;
                if (!is_element(child, "row")) continue;
                ++rows;
                int cells = 0;
                for (Node cell = View::first_child(child); cell; cell = View::next(cell))
                    if (is_element(cell, "cell")) ++cells;
                cols = std::max(cols, cells);
            }
            if (!head) report_.error(where(table), "table-head", label + " has no head (caption)");
            check_table_size(table, label, "rows", rows);
            check_table_size(table, label, "cols", cols);
        }
    }

    void check_table_size(Node table, const std::string& label, const char* name, int actual) {
        std::string rule = std::string("table-") + name;
        if (!View::has(table, name)) {
            report_.error(where(table), rule, label + " has no @" + name);
            return;
        }
        std::string_view text = attr(table, name);
        int value = -1;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || value != actual)
            report_.error(where(table), rule,
                          label + " says " + name + "=\"" + std::string(text) + "\" but has " +
                              std::to_string(actual));
    }

    // biblStruct/@corresp names the note, bibl or paragraph the citation stands in;
    // bibl/@corresp names its biblStruct.
    void check_citations() {
        for (const auto& node : elements_) {
            if (is_element(node, "biblStruct")) check_corresp(node, {"note", "bibl", "p"}, "biblstruct-corresp", true);
            if (is_element(node, "bibl") && View::has(node, "corresp"))
                check_corresp(node, {"biblStruct"}, "bibl-corresp", false);
        }
    }

    void check_corresp(Node node, std::initializer_list<std::string_view> allowed, const char* rule, bool required) {
        std::string_view corresp = attr(node, "corresp");
        std::string what = View::name(node) + " " + std::string(attr(node, "xml:id"));
        if (corresp.empty()) {
            if (required) report_.error(where(node), rule, what + " has no @corresp");
            return;
        }
        for (const auto& pointer : split_spaces(corresp)) {
            Node target = pointer[0] == '#' ? target_of(pointer) : Node();
            if (!target) {
                report_.error(where(node), rule, what + ": @corresp \"" + std::string(pointer) + "\" is not a local pointer that resolves");
                continue;
            }
            bool ok = std::any_of(allowed.begin(), allowed.end(),
                                  [&](std::string_view name) { return is_element(target, name); });
            if (ok) continue;
            std::string expected;
            for (auto name : allowed) expected += (expected.empty() ? "" : " or ") + std::string(name);
            report_.error(where(node), rule,
                          what + ": @corresp points at a " + View::name(target) + ", expected " + expected);
        }
    }

    const View& view_;
    Report& report_;
    std::vector<Node> elements_;
    mutable std::unordered_map<const void*, std::size_t> index_;   // element -> position in document order
    std::vector<Node> notes_;
    std::map<std::string_view, Node> ids_;   // views into the document's attribute values
    std::map<int, Node> note_numbers_;
};

}  // namespace

void check_tei(std::string_view xml, const RelaxNg& shiryo_tei, const RelaxNg* tei_all, Report& report) {
    ParsedXml parsed;
    if (!parse_xml(xml, report, parsed)) return;   // not well-formed
    shiryo_tei.validate(parsed.doc, "shiryo-tei", report);
    if (tei_all) {
        const std::size_t ours = report.problems.size();
        tei_all->validate(xml, "tei_all", report);   // a tree of its own, as the validators may add IDs
        // Each problem once: what both schemas report at one place is one problem with both rules.
        for (std::size_t i = ours; i < report.problems.size();) {
            const Problem& p = report.problems[i];
            const auto same = std::find_if(report.problems.begin(), report.problems.begin() + static_cast<std::ptrdiff_t>(ours),
                                           [&](const Problem& q) { return q.where == p.where && q.message == p.message; });
            if (same == report.problems.begin() + static_cast<std::ptrdiff_t>(ours)) {
                ++i;
                continue;
            }
            same->rule += ", " + p.rule;
            report.problems.erase(report.problems.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    // libxml2's tree serves the rules too: no second parse.
    LibxmlView view;
    TeiRules<LibxmlView> rules(view, report);
    rules.run(xmlDocGetRootElement(parsed.doc));
}

}  // namespace shiryo::validate::detail
