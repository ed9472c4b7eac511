// BibTeX and RIS: no schema exists, so the structure readers rely on is
// checked: BibTeX entries parse (balanced braces, field = value, unique
// keys); RIS records open with TY and close with ER.
#include <cctype>

#include "validate/checks.hpp"

namespace shiryo::validate::detail {

// ---------------------------------------------------------------- BibTeX
namespace {

class BibtexReader {
public:
    BibtexReader(std::string_view text, Report& report) : text_(text), report_(report) {}

    void read() {
        int entries = 0;
        while (skip_to_entry()) {
            ++entries;
            if (!read_entry()) return;   // lost sync: one error is enough
        }
        if (entries == 0) report_.error("", "bibtex-empty", "no entries");
    }

private:
    // BibTeX ignores text between entries, but a stray brace there means
    // an entry was closed too early.
    bool skip_to_entry() {
        for (; pos_ < text_.size() && text_[pos_] != '@'; ++pos_)
            if (text_[pos_] == '{' || text_[pos_] == '}') error("bibtex-braces", "a brace outside any entry");
        return pos_ < text_.size();
    }

    bool read_entry() {
        std::size_t start = pos_++;
        std::string type = read_name();
        for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        skip_space();
        if (type.empty() || pos_ >= text_.size() || (text_[pos_] != '{' && text_[pos_] != '(')) {
            error_at(start, "bibtex-syntax", "\"@\" must be followed by an entry type and \"{\"");
            return false;
        }
        char close = text_[pos_++] == '{' ? '}' : ')';
        if (type == "comment" || type == "preamble" || type == "string") return skip_balanced(start, close);
        std::string key = read_key();
        if (key.empty()) error_at(start, "bibtex-key", "@" + type + " entry has no key");
        else if (!keys_.insert(key).second) error_at(start, "bibtex-duplicate-key", "key \"" + key + "\" is used twice");
        return read_fields(start, close, key);
    }

    bool read_fields(std::size_t start, char close, const std::string& key) {
        std::set<std::string> fields;
        while (true) {
            skip_space();
            if (pos_ >= text_.size()) return unclosed(start, key);
            if (text_[pos_] == close) {
                ++pos_;
                return true;
            }
            std::size_t field_start = pos_;
            std::string name = read_name();
            for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            skip_space();
            if (name.empty() || pos_ >= text_.size() || text_[pos_] != '=') {
                error_at(field_start, "bibtex-syntax", "in " + key + ": expected \"field = value\"");
                return skip_balanced(start, close);
            }
            if (!fields.insert(name).second)
                error_at(field_start, "bibtex-duplicate-field", "in " + key + ": field \"" + name + "\" occurs twice");
            ++pos_;
            if (!read_value(start, key)) return false;
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
            else if (pos_ < text_.size() && text_[pos_] != close) {
                error_at(pos_, "bibtex-syntax", "in " + key + ": expected \",\" after the value of " + name);
                return skip_balanced(start, close);
            }
        }
    }

    // {…} or "…" or a bare word/number, joined by #.
    bool read_value(std::size_t start, const std::string& key) {
        while (true) {
            skip_space();
            if (pos_ >= text_.size()) return unclosed(start, key);
            char c = text_[pos_];
            if (c == '{') {
                ++pos_;
                if (!skip_braced('}')) return unclosed(start, key);
            } else if (c == '"') {
                ++pos_;
                if (!skip_braced('"')) return unclosed(start, key);
            } else if (read_name().empty()) {
                error_at(pos_, "bibtex-syntax", "in " + key + ": a field has no value");
                return true;
            }
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == '#') {
                ++pos_;
                continue;
            }
            return true;
        }
    }

    // Up to `end` at brace depth 0; \{ and \} do not count.
    bool skip_braced(char end) {
        int depth = 0;
        for (; pos_ < text_.size(); ++pos_) {
            char c = text_[pos_];
            if (c == '\\') { ++pos_; continue; }
            if (c == end && depth == 0) { ++pos_; return true; }
            if (c == '{') ++depth;
            else if (c == '}' && --depth < 0) return false;
        }
        return false;
    }

    bool skip_balanced(std::size_t start, char close) {
        if (skip_braced(close)) return true;
        return unclosed(start, "");
    }

    bool unclosed(std::size_t start, const std::string& key) {
        error_at(start, "bibtex-braces", "entry " + key + (key.empty() ? "" : " ") + "is not closed: unbalanced braces");
        return false;
    }

    std::string read_name() {
        std::size_t start = pos_;
        while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) ||
                                       std::string_view("_-:.+/").find(text_[pos_]) != std::string_view::npos))
            ++pos_;
        return std::string(text_.substr(start, pos_ - start));
    }

    std::string read_key() {
        skip_space();
        std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && !std::isspace(static_cast<unsigned char>(text_[pos_])))
            ++pos_;
        std::string key(text_.substr(start, pos_ - start));
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
        else if (pos_ < text_.size() && text_[pos_] == '=') {   // "@type{ field = ...": no key at all
            pos_ = start;
            return "";
        }
        return key;
    }

    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }

    void error(const char* rule, std::string message) { error_at(pos_, rule, std::move(message)); }
    void error_at(std::size_t at, const char* rule, std::string message) {
        if (!lines_) lines_.emplace(text_);   // only once there is something to report
        report_.error(line_where(lines_->line_of(at)), rule, std::move(message));
    }

    std::string_view text_;
    std::optional<LineIndex> lines_;
    Report& report_;
    std::size_t pos_ = 0;
    std::set<std::string> keys_;
};

}  // namespace

void check_bibtex(std::string_view text, Report& report) {
    if (!is_valid_utf8(text)) report.error("", "bibtex-utf8", "not valid UTF-8");
    BibtexReader(text, report).read();
}

// ---------------------------------------------------------------- RIS
namespace {

struct RisLine {
    std::string tag;
    std::string value;
};

// "XX  - value": two characters, two spaces, a hyphen, then a space and
// the value (the space may be missing when the value is empty, as after ER).
std::optional<RisLine> parse_ris_line(const std::string& line) {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (line.size() < 5 || !upper(line[0]) || !(upper(line[1]) || digit(line[1])) || line.compare(2, 3, "  -") != 0)
        return std::nullopt;
    if (line.size() > 5 && line[5] != ' ') return std::nullopt;
    return RisLine{line.substr(0, 2), line.size() > 6 ? line.substr(6) : ""};
}

}  // namespace

void check_ris(std::string_view text, Report& report) {
    if (!is_valid_utf8(text)) report.error("", "ris-utf8", "not valid UTF-8");
    bool in_record = false;
    int records = 0, line_number = 0, record_line = 0;
    std::size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        std::string line(text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
        pos = end == std::string_view::npos ? text.size() : end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(' ') == std::string::npos) continue;
        auto tagged = parse_ris_line(line);
        if (!tagged) {
            report.error(line_where(line_number), "ris-syntax", "not a \"XX  - value\" tag line");
            continue;
        }
        const std::string& tag = tagged->tag;
        if (tag == "TY") {
            if (in_record) report.error(line_where(line_number), "ris-record", "TY before the record from " + line_where(record_line) + " ended with ER");
            in_record = true;
            record_line = line_number;
            ++records;
            if (tagged->value.empty()) report.error(line_where(line_number), "ris-type", "TY has no reference type");
        } else if (!in_record) {
            report.error(line_where(line_number), "ris-record", tag + " outside a record (records start with TY)");
        } else if (tag == "ER") {
            in_record = false;
        }
    }
    if (in_record) report.error(line_where(record_line), "ris-record", "the record starting here does not end with ER");
    if (records == 0) report.error("", "ris-empty", "no records");
}

}  // namespace shiryo::validate::detail
