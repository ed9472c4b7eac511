// TEI: the RELAX NG grammar (libxml2) plus the rules a grammar cannot state
// (pugixml): pointers resolve, table sizes are true, notes are numbered
// once each, every structured citation says where it stands.
#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <pugixml.hpp>

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

bool RelaxNg::validate(std::string_view xml, const std::string& rule, Report& report) const {
    XmlMessages messages;
    xmlDocPtr doc = nullptr;
    {
        ParseErrorScope scope(messages);
        doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), report.file.c_str(), "UTF-8",
                            XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    }
    if (!doc) {
        for (const auto& m : messages) report.error(line_where(m.line), "xml-well-formed", m.text);
        if (messages.empty()) report.error("", "xml-well-formed", "not well-formed XML");
        return false;
    }
    messages.clear();
    xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt(compiled_->schema);
    xmlRelaxNGSetValidStructuredErrors(context, collect_xml_error, &messages);
    int rc = xmlRelaxNGValidateDoc(context, doc);
    xmlRelaxNGFreeValidCtxt(context);
    xmlFreeDoc(doc);
    for (const auto& m : messages) report.error(line_where(m.line), rule, m.text);
    if (rc != 0 && messages.empty())
        report.error("", rule, rc < 0 ? "the validator failed internally" : "not valid");
    return true;
}

// ---------------------------------------------------------------- rules in code
namespace {

std::optional<int> positive_int(const char* text) {
    std::string_view s = text;
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value <= 0) return std::nullopt;
    return value;
}

std::vector<std::string> split_spaces(std::string_view s) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
        std::size_t start = i;
        while (i < s.size() && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
        if (i > start) words.emplace_back(s.substr(start, i - start));
    }
    return words;
}

std::string_view attr(const pugi::xml_node& node, const char* name) {
    return node.attribute(name).value();   // "" when absent
}

bool is_element(const pugi::xml_node& node, std::string_view name) {
    return node.type() == pugi::node_element && name == node.name();
}

class TeiRules {
public:
    TeiRules(std::string_view xml, Report& report) : lines_(xml), report_(report) {}

    void run(const pugi::xml_document& doc) {
        collect(doc.document_element());
        check_ids();
        check_pointers();
        check_notes();
        check_note_refs();
        check_tables();
        check_citations();
    }

private:
    std::string where(const pugi::xml_node& node) const {
        auto offset = node.offset_debug();   // -1 when pugixml cannot tell
        return offset < 0 ? "" : line_where(lines_.line_of(static_cast<std::size_t>(offset)));
    }

    // Every element in document order; notes are the numbered ones (not the
    // typed notes of tables and citations).
    void collect(const pugi::xml_node& node) {
        if (node.type() != pugi::node_element) return;
        elements_.push_back(node);
        if (is_element(node, "note") && !node.attribute("type")) notes_.push_back(node);
        for (auto child : node.children()) collect(child);
    }

    void check_ids() {
        for (const auto& node : elements_) {
            std::string id(attr(node, "xml:id"));
            if (id.empty()) continue;
            if (!ids_.emplace(id, node).second)
                report_.error(where(node), "duplicate-id", "xml:id \"" + id + "\" is used twice");
        }
    }

    pugi::xml_node target_of(std::string_view pointer) const {
        auto found = ids_.find(std::string(pointer.substr(1)));
        return found == ids_.end() ? pugi::xml_node() : found->second;
    }

    // Local pointers (#id) in @target and @corresp must name an element.
    void check_pointers() {
        for (const auto& node : elements_) {
            for (const char* name : {"target", "corresp"}) {
                for (const auto& pointer : split_spaces(attr(node, name))) {
                    if (pointer.empty() || pointer[0] != '#' || target_of(pointer)) continue;
                    report_.error(where(node), "dangling-pointer",
                                  std::string("<") + node.name() + " " + name + "=\"" + pointer +
                                      "\"> points at no xml:id in the document");
                }
            }
        }
    }

    // Numbered notes: @n a positive integer, @place foot or end, each
    // number once; gaps are only worth a warning (the source may skip).
    void check_notes() {
        std::map<int, pugi::xml_node> by_number;
        for (const auto& note : notes_) {
            std::string_view place = attr(note, "place");
            if (place.empty())
                report_.error(where(note), "note-place", "note has no @place (foot or end)");
            else if (place != "foot" && place != "end")
                report_.error(where(note), "note-place",
                              "note @place is \"" + std::string(place) + "\", expected foot or end");
            auto n = positive_int(note.attribute("n").value());
            if (!n) {
                report_.error(where(note), "note-n", "note has no @n as a positive integer");
                continue;
            }
            auto [it, fresh] = by_number.emplace(*n, note);
            if (!fresh)
                report_.error(where(note), "note-duplicate",
                              "note number " + std::to_string(*n) + " occurs twice (first at " +
                                  where(it->second) + ")");
        }
        int expected = 1;
        for (const auto& [n, note] : by_number) {
            if (n > expected)
                report_.warning(where(note), "note-gap",
                                "notes " + std::to_string(expected) +
                                    (n - 1 > expected ? "-" + std::to_string(n - 1) : "") +
                                    " are missing before note " + std::to_string(n));
            expected = n + 1;
        }
        note_numbers_ = std::move(by_number);
    }

    // <ref type="note" n="N">: N required; a target must be that note; a
    // note body that exists should be pointed at.
    void check_note_refs() {
        for (const auto& ref : elements_) {
            if (!is_element(ref, "ref") || attr(ref, "type") != "note") continue;
            auto n = positive_int(ref.attribute("n").value());
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
            auto note = target.front() == '#' ? target_of(target) : pugi::xml_node();
            if (!note) continue;   // dangling or external: reported elsewhere
            if (!is_element(note, "note") || positive_int(note.attribute("n").value()) != n)
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
            if (!table.child("head")) report_.error(where(table), "table-head", label + " has no head (caption)");
            int rows = 0, cols = 0;
            for (auto row : table.children("row")) {
                ++rows;
                int cells = static_cast<int>(std::distance(row.children("cell").begin(), row.children("cell").end()));
                cols = std::max(cols, cells);
            }
            check_table_size(table, label, "rows", rows);
            check_table_size(table, label, "cols", cols);
        }
    }

    void check_table_size(const pugi::xml_node& table, const std::string& label, const char* name, int actual) {
        std::string rule = std::string("table-") + name;
        auto declared = table.attribute(name);
        if (!declared) {
            report_.error(where(table), rule, label + " has no @" + name);
            return;
        }
        std::string_view text = declared.value();
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
            if (is_element(node, "bibl") && node.attribute("corresp"))
                check_corresp(node, {"biblStruct"}, "bibl-corresp", false);
        }
    }

    void check_corresp(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed,
                       const char* rule, bool required) {
        std::string_view corresp = attr(node, "corresp");
        std::string what = std::string(node.name()) + " " + std::string(attr(node, "xml:id"));
        if (corresp.empty()) {
            if (required) report_.error(where(node), rule, what + " has no @corresp");
            return;
        }
        for (const auto& pointer : split_spaces(corresp)) {
            auto target = pointer[0] == '#' ? target_of(pointer) : pugi::xml_node();
            if (!target) {
                report_.error(where(node), rule, what + ": @corresp \"" + pointer + "\" is not a local pointer that resolves");
                continue;
            }
            bool ok = std::any_of(allowed.begin(), allowed.end(),
                                  [&](std::string_view name) { return is_element(target, name); });
            if (ok) continue;
            std::string expected;
            for (auto name : allowed) expected += (expected.empty() ? "" : " or ") + std::string(name);
            report_.error(where(node), rule,
                          what + ": @corresp points at a " + target.name() + ", expected " + expected);
        }
    }

    LineIndex lines_;
    Report& report_;
    std::vector<pugi::xml_node> elements_;
    std::vector<pugi::xml_node> notes_;
    std::map<std::string, pugi::xml_node> ids_;
    std::map<int, pugi::xml_node> note_numbers_;
};

}  // namespace

void check_tei_rules(std::string_view xml, Report& report) {
    pugi::xml_document doc;
    auto parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) return;   // the grammar check already said why
    TeiRules(xml, report).run(doc);
}

}  // namespace shiryo::validate::detail
