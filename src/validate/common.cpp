// Small pieces shared by all checkers.
#include <algorithm>

#include "validate/checks.hpp"

namespace shiryo::validate {

bool has_errors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

}  // namespace shiryo::validate

namespace shiryo::validate::detail {

void Report::error(std::string where, std::string rule, std::string message) {
    problems.push_back({file, std::move(where), std::move(rule), std::move(message), Severity::Error});
}

void Report::warning(std::string where, std::string rule, std::string message) {
    problems.push_back({file, std::move(where), std::move(rule), std::move(message), Severity::Warning});
}

LineIndex::LineIndex(std::string_view text) {
    line_starts_.push_back(0);
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
        line_starts_.push_back(at + 1);
}

int LineIndex::line_of(std::size_t offset) const {
    auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<int>(after - line_starts_.begin());
}

std::string line_where(int line) { return line > 0 ? "line " + std::to_string(line) : ""; }

std::string cell_where(int row, int column) {
    return "row " + std::to_string(row) + ", column " + std::to_string(column);
}

static bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

FileKind kind_of(std::string_view name) {
    // Order matters: "S.table-1.csv-metadata.json" ends in ".json" too.
    if (ends_with(name, "-metadata.json")) return FileKind::CsvwMetadata;
    if (ends_with(name, ".csl.json")) return FileKind::CslJson;
    if (ends_with(name, ".xml")) return FileKind::Tei;
    if (ends_with(name, ".csv")) return FileKind::Csv;
    if (ends_with(name, ".xlsx")) return FileKind::Xlsx;
    if (ends_with(name, ".bib")) return FileKind::Bibtex;
    if (ends_with(name, ".ris")) return FileKind::Ris;
    return FileKind::Unknown;
}

const OutputFile* find_file(const Files& files, std::string_view name) {
    for (const auto& f : files)
        if (f.name == name) return &f;
    return nullptr;
}

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {   // ASCII: nothing to check
            ++i;
            continue;
        }
        if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {   // three bytes, as all of Japanese
            auto c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
            bool ok = (c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 &&
                      !(c == 0xE0 && c1 < 0xA0) &&    // overlong
                      !(c == 0xED && c1 >= 0xA0);     // surrogates
            if (ok) {
                i += 3;
                continue;
            }   // else the general case below says where it breaks
        }
        int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        bool ok = extra >= 0 && i + extra < s.size();
        for (int k = 1; ok && k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) ok = false;
        if (ok && extra > 0) {
            // Reject overlong forms and surrogates, as a strict decoder does.
            unsigned cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
            static const unsigned min_of[] = {0, 0x80, 0x800, 0x10000};
            if (cp < min_of[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ok = false;
        }
        if (!ok) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

}  // namespace shiryo::validate::detail

namespace shiryo::validate::detail {

bool is_plain_number(std::string_view s) {
    std::size_t i = 0, n = s.size();
    auto digits = [&] {
        std::size_t start = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
        return i - start;
    };
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t whole = digits();
    if (i < n && s[i] == '.') {
        ++i;
        std::size_t fraction = digits();
        if (whole == 0 && fraction == 0) return false;
    } else if (whole == 0) {
        return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == n;
}

}  // namespace shiryo::validate::detail
