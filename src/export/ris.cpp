// RIS (Research Information Systems tagged format): "TAG  - value" lines
// with CRLF ends, one record per citation from TY to ER.
#include <map>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"

namespace shiryo::exporters {

namespace {

namespace bib = bibliographic;

std::string ris_type(const std::string& csl_type) {
    static const std::map<std::string, std::string> types = {
        {"article-journal", "JOUR"}, {"article-magazine", "MGZN"}, {"article-newspaper", "NEWS"},
        {"book", "BOOK"}, {"classic", "CLSWK"}, {"collection", "EDBOOK"}, {"chapter", "CHAP"},
        {"report", "RPRT"}, {"webpage", "ELEC"}, {"post", "ELEC"}, {"post-weblog", "BLOG"},
        {"paper-conference", "CPAPER"}, {"thesis", "THES"}, {"manuscript", "MANSCPT"},
        {"map", "MAP"}, {"pamphlet", "PAMP"}, {"patent", "PAT"}, {"legislation", "STAT"},
        {"bill", "BILL"}, {"legal_case", "CASE"}, {"hearing", "HEAR"}, {"dataset", "DATA"},
        {"software", "COMP"}, {"motion_picture", "MPCT"}, {"entry-encyclopedia", "ENCYC"},
        {"entry-dictionary", "DICT"}, {"personal_communication", "PCOMM"}, {"standard", "STAND"},
        {"musical_score", "MUSIC"}, {"figure", "FIGURE"},
    };
    const auto found = types.find(csl_type);
    return found != types.end() ? found->second : "GEN";
}

// The first (or only) date of an ISO date or interval; empty when none.
std::vector<int> first_date_parts(const std::string& iso) {
    const auto range = bib::date_range_parts(iso);
    return range.empty() ? std::vector<int>{} : range.front();
}

// RIS dates: "YYYY/MM/DD/other", unknown parts left empty ("2021/09//");
// an interval keeps its first date and puts the whole in "other".
std::string ris_date(const std::string& iso) {
    const auto parts = first_date_parts(iso);
    if (parts.empty()) return iso;
    auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    std::string out = std::to_string(parts[0]) + "/";
    out += (parts.size() > 1 ? two(parts[1]) : "") + "/";
    out += (parts.size() > 2 ? two(parts[2]) : "") + "/";
    if (iso.find('/') != std::string::npos) out += iso;
    return out;
}

class Record {
public:
    void tag(const std::string& tag, const std::string& value) {
        if (value.empty()) return;
        std::string line = value;
        for (auto& c : line)
            if (c == '\r' || c == '\n' || c == '\t') c = ' ';   // one line per tag
        text_ += tag + "  - " + line + "\r\n";
    }
    void names(const std::string& tag, const std::vector<std::string>& names) {
        for (const auto& n : names) this->tag(tag, bib::parse_name(n).inverted());
    }
    std::string finish() { return text_ + "ER  - \r\n"; }

private:
    std::string text_;
};

std::string record_text(const Citation& c, const std::string& key) {
    Record r;
    r.tag("TY", ris_type(bib::csl_type(c)));
    r.tag("ID", key);
    r.names("AU", c.authors);
    r.names("A2", c.editors);
    r.names("A4", c.translators);
    r.tag("TI", c.title);
    r.tag("T2", c.container);
    r.tag("T3", c.collection);   // series title
    r.tag("PB", c.publisher);
    r.tag("M3", c.genre);
    const auto year = first_date_parts(c.date);
    if (!year.empty()) r.tag("PY", std::to_string(year[0]));
    r.tag("DA", ris_date(c.date));
    r.tag("VL", c.volume);
    r.tag("IS", c.issue);
    const auto pages = bib::page_range(bib::item_pages(c));
    r.tag("SP", pages.first);
    r.tag("EP", pages.last);
    r.tag("UR", c.url);
    r.tag("Y2", ris_date(c.accessed));
    r.tag("LA", c.lang);
    r.tag("N1", c.raw);   // the citation as printed, for checking by hand
    return r.finish();
}

}  // namespace

std::string to_ris(const Document& doc) {
    const auto keys = bib::ascii_keys(doc);
    std::string out;
    for (std::size_t i = 0; i < doc.citations.size(); ++i) {
        if (!bib::is_library_item(doc.citations[i])) continue;
        if (!out.empty()) out += "\r\n";
        out += record_text(doc.citations[i], keys[i]);
    }
    return out;
}

}  // namespace shiryo::exporters
