// XLSX through libxlsxwriter: one sheet per table, then Votes, Notes and
// Citations sheets. Every sheet holds what its CSV holds, cell for cell
// (tests/scripts/xlsx_matches_csv.py checks it), because both are written
// from the same tabular::Grid.
//
// libxlsxwriter 1.1.4 (Debian bookworm) can only write to a file name (no
// output_buffer option), so the package goes through a private temporary
// file that is removed again.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

#include <unicode/uchar.h>
#include <xlsxwriter.h>

#include "export/exporters.hpp"
#include "export/tabular.hpp"
#include "text/unicode.hpp"

namespace shiryo::exporters {

namespace {

using tabular::Grid;

// A font every Japanese Office install has; Excel would otherwise fall back
// to Calibri and its Japanese glyph substitution.
constexpr const char* japanese_font = "Yu Gothic";
constexpr int max_column_width = 60;
constexpr int min_column_width = 6;
constexpr std::size_t max_sheet_name = 31;   // Excel's limit, in characters

// ---------------------------------------------------------------- temporary file

class TemporaryFile {
public:
    // xlsx.tmp-in-output: a private folder in `folder` when given (the output
    // folder, so that a killed run leaves its debris where the next run
    // sweeps it), else in $TMPDIR. libxlsxwriter's own temporary files
    // (tmp.XXXXXX, unlinked as soon as made) go into it too, so even a kill
    // between their making and unlinking leaves nothing but this folder.
    explicit TemporaryFile(const std::string& folder) {
        const char* dir = std::getenv("TMPDIR");
        const std::string base = !folder.empty() ? folder : std::string(dir && *dir ? dir : "/tmp");
        std::string pattern = base + "/.shiryo-xlsx.tmp-" + std::to_string(::getpid()) + "-XXXXXX";
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("xlsx: cannot create a temporary folder in " + base);
        dir_ = pattern;
        path_ = dir_ + "/book.xlsx";
    }
    ~TemporaryFile() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::string& path() const { return path_; }
    const std::string& dir() const { return dir_; }
    std::string contents() const {
        std::ifstream in(path_, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        return bytes.str();
    }

private:
    std::string path_, dir_;
};

void check(lxw_error error, const std::string& what) {
    if (error != LXW_NO_ERROR) throw std::runtime_error("xlsx: " + what + ": " + lxw_strerror(error));
}

// ---------------------------------------------------------------- sheet names

std::u32string folded(std::u32string name) {
    for (auto& c : name) c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    return name;
}

// Excel sheet names: at most 31 characters, none of []:*?/\ , not starting
// or ending with an apostrophe, unique regardless of case.
class SheetNames {
public:
    SheetNames() { taken_.insert(folded(U"history")); }   // reserved by Excel

    std::string claim(const std::string& wish, const std::string& fallback) {
        std::u32string base = cleaned(text::to_u32(wish));
        if (base.empty()) base = text::to_u32(fallback);
        std::u32string name = truncated(base, U"");
        for (int i = 2; taken_.count(folded(name)); ++i) {
            name = truncated(base, U" (" + text::to_u32(std::to_string(i)) + U")");
        }
        taken_.insert(folded(name));
        return text::to_utf8(name);
    }

private:
    static std::u32string cleaned(std::u32string name) {
        static const std::u32string forbidden = U"[]:*?/\\";
        for (auto& c : name)
            if (forbidden.find(c) != std::u32string::npos || c < 0x20) c = U'_';
        while (!name.empty() && name.front() == U'\'') name.erase(name.begin());
        while (!name.empty() && name.back() == U'\'') name.pop_back();
        return name;
    }
    static std::u32string truncated(const std::u32string& base, const std::u32string& suffix) {
        return base.substr(0, max_sheet_name - suffix.size()) + suffix;
    }

    std::set<std::u32string> taken_;
};

// The sheet names of all grids: the fixed names (Votes, Notes, Citations)
// first, so that a table labelled "Notes" cannot take one of them.
std::vector<std::string> sheet_names(const std::vector<Grid>& grids) {
    SheetNames names;
    std::vector<std::string> out(grids.size());
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < grids.size(); ++i) {
            if (grids[i].fixed_sheet_name != (pass == 0)) continue;
            out[i] = names.claim(grids[i].sheet_name, "Sheet " + std::to_string(i + 1));
        }
    }
    return out;
}

// ---------------------------------------------------------------- formats

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrapped = nullptr;   // long text in a column at its maximum width
    lxw_format* number = nullptr;
    lxw_workbook* workbook = nullptr;
    mutable std::map<std::string, lxw_format*> printed;   // number formats by pattern ("#,##0.0")
};

lxw_format* japanese_format(lxw_workbook* workbook) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_font_name(format, japanese_font);
    format_set_font_charset(format, 128);   // SHIFTJIS_CHARSET: Excel picks the Japanese face
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
}

Formats add_formats(lxw_workbook* workbook) {
    Formats f;
    f.header = japanese_format(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    f.text = japanese_format(workbook);
    f.wrapped = japanese_format(workbook);
    format_set_text_wrap(f.wrapped);
    f.number = japanese_format(workbook);
    f.workbook = workbook;
    return f;
}

// xlsx.printed-decimals: a number keeps the decimals and the thousands
// separators it was printed with ("16.0" shows 16.0, "1,234" 1,234): an
// Excel number format from the printed digits; the plain format otherwise.
lxw_format* number_format(const Formats& f, const std::string& printed) {
    bool grouped = false, point = false, digits_seen = false;
    int decimals = 0;
    const std::u32string u = text::to_u32(printed);
    for (char32_t c : u) {
        const bool digit = text::is_digit_any(c);
        if (digit) {
            digits_seen = true;
            if (point) ++decimals;
        } else if ((c == U',' || c == U'\uFF0C') && digits_seen && !point) {
            grouped = true;
        } else if ((c == U'.' || c == U'\uFF0E') && digits_seen && !point) {
            point = true;
        } else if (digits_seen) {
            break;   // the unit after the number
        }
    }
    if (!grouped && decimals == 0) return f.number;
    decimals = std::min(decimals, 10);
    std::string pattern = grouped ? "#,##0" : "0";
    if (decimals > 0) pattern += "." + std::string(static_cast<std::size_t>(decimals), '0');
    auto it = f.printed.find(pattern);
    if (it == f.printed.end()) {
        lxw_format* format = japanese_format(f.workbook);
        format_set_num_format(format, pattern.c_str());
        it = f.printed.emplace(pattern, format).first;
    }
    return it->second;
}

// ---------------------------------------------------------------- sheets

// Column widths from the East Asian display width of the cells (a kanji is
// two units wide), capped so that long notes wrap instead.
std::vector<int> column_widths(const Grid& grid) {
    std::vector<int> widths(grid.columns.size(), 0);
    for (const auto& row : grid.rows)
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], text::display_width(row[c].text));
    for (auto& w : widths) w = std::clamp(w + 2, min_column_width, max_column_width);
    return widths;
}

// OOXML reads "_xHHHH_" in a string as an escaped character; libxlsxwriter
// 1.1.4 escapes control characters that way but not such text itself, so
// its underscore is escaped here ("_x005F_") to keep the text as printed.
std::string protect_ooxml_escapes(const std::string& text) {
    if (text.find("_x") == std::string::npos) return text;
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); };
    std::string out;
    out.reserve(text.size() + 6);
    std::size_t i = 0;
    while (i < text.size()) {   // each _xHHHH_ (left to right, not overlapping) becomes _x005F_xHHHH_
        if (text[i] == '_' && i + 7 <= text.size() && text[i + 1] == 'x' && hex(text[i + 2]) && hex(text[i + 3]) &&
            hex(text[i + 4]) && hex(text[i + 5]) && text[i + 6] == '_') {
            out += "_x005F_";
            out.append(text, i + 1, 6);
            i += 7;
        } else {
            out += text[i++];
        }
    }
    return out;
}

// xlsx.cell-truncated: the text cut to Excel's 32,767 characters (after
// the escapes above, which count too); the CSV and TEI keep the whole text.
std::string fit_cell(const std::string& text, bool& truncated) {
    std::string escaped = protect_ooxml_escapes(text);
    truncated = false;
    std::u32string chars = text::to_u32(escaped);
    if (chars.size() <= kXlsxMaxCellChars) return escaped;
    truncated = true;
    std::u32string original = text::to_u32(text);
    std::size_t keep = kXlsxMaxCellChars;
    for (;;) {
        escaped = protect_ooxml_escapes(text::to_utf8(original.substr(0, keep)));
        const std::size_t n = text::to_u32(escaped).size();
        if (n <= kXlsxMaxCellChars || keep == 0) return escaped;
        keep -= std::min(keep, n - kXlsxMaxCellChars);
    }
}

std::string column_letters(std::size_t c) {
    std::string s;
    for (++c; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

// A whole cell that is one http(s) URL Excel can hold as a link.
bool is_link(const std::string& t) {
    constexpr std::size_t max_url = 2079;
    if (t.size() > max_url || !(t.rfind("http://", 0) == 0 || t.rfind("https://", 0) == 0)) return false;
    for (unsigned char ch : t)
        if (ch <= 0x20 || ch >= 0x7F) return false;
    return true;
}

void write_cell(lxw_worksheet* sheet, std::size_t r, std::size_t c, const tabular::Cell& cell,
                lxw_format* text_format, const Formats& formats, const std::string& sheet_name,
                std::vector<Diagnostic>* warnings) {
    const auto row = static_cast<lxw_row_t>(r);
    const auto col = static_cast<lxw_col_t>(c);
    if (cell.number) {
        check(worksheet_write_number(sheet, row, col, *cell.number, number_format(formats, cell.text)), "number cell");
    } else if (!cell.text.empty()) {
        bool truncated = false;
        const auto text = fit_cell(cell.text, truncated);
        if (truncated && warnings)
            warnings->push_back({Severity::Warning, 0, "xlsx.cell-truncated",
                                 "sheet '" + sheet_name + "' cell " + column_letters(c) + std::to_string(r + 1) +
                                     " has " + std::to_string(text::to_u32(cell.text).size()) +
                                     " characters, more than Excel's 32,767: cut in the XLSX (the CSV and TEI keep it whole)"});
        // xlsx.url-links: a cell that is one URL is a link (Excel keeps links up to 2,079 characters)
        if (!truncated && is_link(cell.text)) {
            check(worksheet_write_url_opt(sheet, row, col, cell.text.c_str(), text_format, text.c_str(), nullptr),
                  "link cell");
            return;
        }
        check(worksheet_write_string(sheet, row, col, text.c_str(), text_format), "text cell");
    }
}

void write_sheet(lxw_worksheet* sheet, const Grid& grid, const Formats& formats, const std::string& sheet_name,
                 std::vector<Diagnostic>* warnings) {
    const auto widths = column_widths(grid);
    for (std::size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c],
                             formats.text);
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        const bool header = r < static_cast<std::size_t>(grid.header_rows);
        for (std::size_t c = 0; c < grid.rows[r].size(); ++c) {
            const bool capped = c < widths.size() && widths[c] >= max_column_width;
            lxw_format* format = header ? formats.header : capped ? formats.wrapped : formats.text;
            write_cell(sheet, r, c, grid.rows[r][c], format, formats, sheet_name, warnings);
        }
    }
    if (grid.header_rows > 0 && !grid.columns.empty()) {
        const auto last_header = static_cast<lxw_row_t>(grid.header_rows - 1);
        const auto last_row = std::max(last_header, static_cast<lxw_row_t>(grid.rows.size() - 1));
        worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(grid.header_rows), 0);
        check(worksheet_autofilter(sheet, last_header, 0, last_row, static_cast<lxw_col_t>(grid.columns.size() - 1)),
              "autofilter");
        // xlsx.print-setup: printed, the header rows repeat on every page
        check(worksheet_repeat_rows(sheet, 0, last_header), "repeated header rows");
    }
    // xlsx.print-setup: as wide as one page (as many pages down as needed);
    // landscape for a table of more than four columns
    worksheet_fit_to_pages(sheet, 1, 0);
    if (grid.columns.size() > 4) worksheet_set_landscape(sheet);
}

// The package is byte-for-byte reproducible when SOURCE_DATE_EPOCH (the
// reproducible-builds convention) fixes its creation time; libxlsxwriter
// takes the current time otherwise.
time_t creation_time() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return 0;
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    return (*end == '\0' && seconds > 0) ? static_cast<time_t>(seconds) : 0;
}

void set_properties(lxw_workbook* workbook, const Document& doc) {
    std::string title = doc.header.title.empty() ? doc.stem : doc.header.title;
    // xlsx.creator-is-tool: the workbook was made (and last modified) by shiryo,
    // not by the report's author, who is named in the comments
    std::string author = std::string("shiryo ") + SHIRYO_VERSION;
    std::string subject = "shiryo export";
    std::string comments = "Tables, votes, notes and citations extracted by shiryo from " + doc.stem + ".txt" +
                           (doc.header.author.empty() ? std::string() : " (report by " + doc.header.author + ")");
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = author.data();
    properties.comments = comments.data();
    properties.created = creation_time();
    check(workbook_set_properties(workbook, &properties), "document properties");
}

struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

}  // namespace

std::string to_xlsx(const Document& doc, const ExportOptions& export_options) {
    return tabular::to_xlsx(doc, tabular::all_grids(doc), export_options);
}

std::string tabular::to_xlsx(const Document& doc, const std::vector<Grid>& grids, const ExportOptions& export_options) {
    const auto names = sheet_names(grids);
    TemporaryFile file(export_options.tmp_dir);
    // libxlsxwriter's own temporary files (one per sheet, before zipping) go
    // to the same folder, not the system one.
    std::string tmpdir = file.dir();
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new_opt(file.path().c_str(), &options));
    if (!workbook) throw std::runtime_error("xlsx: cannot start a workbook");
    set_properties(workbook.get(), doc);
    const Formats formats = add_formats(workbook.get());
    for (std::size_t i = 0; i < grids.size(); ++i) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), names[i].c_str());
        if (!sheet) throw std::runtime_error("xlsx: cannot add sheet " + names[i]);
        write_sheet(sheet, grids[i], formats, names[i], export_options.warnings);
    }
    check(workbook_close(workbook.release()), "writing " + file.path());   // closes and frees
    return file.contents();
}

}  // namespace shiryo::exporters
