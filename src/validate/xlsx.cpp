// XLSX: open the package from memory (minizip with in-memory I/O), read
// every sheet with pugixml, and hold each sheet to the CSV it mirrors: the
// workbook and the CSVs must say the same thing, cell by cell.
#include <cmath>
#include <cstring>
#include <regex>
#include <stdexcept>

#include <minizip/unzip.h>
#include <pugixml.hpp>

#include "validate/checks.hpp"

namespace shiryo::validate::detail {

// ---------------------------------------------------------------- zip in memory
namespace {

struct MemoryStream {
    std::string_view bytes;
    std::size_t pos = 0;
};

voidpf ZCALLBACK memory_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK memory_read(voidpf, voidpf stream, void* buffer, uLong size) {
    auto* m = static_cast<MemoryStream*>(stream);
    std::size_t n = std::min<std::size_t>(size, m->bytes.size() - m->pos);
    std::memcpy(buffer, m->bytes.data() + m->pos, n);
    m->pos += n;
    return static_cast<uLong>(n);
}

uLong ZCALLBACK memory_write(voidpf, voidpf, const void*, uLong) { return 0; }   // read only

ZPOS64_T ZCALLBACK memory_tell(voidpf, voidpf stream) { return static_cast<MemoryStream*>(stream)->pos; }

long ZCALLBACK memory_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* m = static_cast<MemoryStream*>(stream);
    std::size_t base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : m->bytes.size();
    if (base + offset > m->bytes.size()) return -1;
    m->pos = base + offset;
    return 0;
}

int ZCALLBACK memory_close(voidpf, voidpf) { return 0; }
int ZCALLBACK memory_error(voidpf, voidpf) { return 0; }

class ZipReader {
public:
    explicit ZipReader(std::string_view bytes) : stream_{bytes, 0} {
        zlib_filefunc64_def io{memory_open, memory_read, memory_write, memory_tell,
                               memory_seek, memory_close, memory_error, &stream_};
        zip_ = unzOpen2_64("memory", &io);
        if (!zip_) throw std::runtime_error("not a ZIP package");
    }
    ~ZipReader() { unzClose(zip_); }
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    std::optional<std::string> read(const std::string& name) {
        if (!locate(name)) return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.uncompressed_size > max_entry_size)
            throw std::runtime_error(name + ": unreadable or too large");
        if (unzOpenCurrentFile(zip_) != UNZ_OK) throw std::runtime_error(name + ": cannot open");
        std::string data(static_cast<std::size_t>(info.uncompressed_size), '\0');
        int n = data.empty() ? 0 : unzReadCurrentFile(zip_, data.data(), static_cast<unsigned>(data.size()));
        int closed = unzCloseCurrentFile(zip_);   // UNZ_CRCERROR when the bytes are damaged
        if (n != static_cast<int>(data.size()) || closed != UNZ_OK)
            throw std::runtime_error(name + ": damaged (short read or CRC error)");
        return data;
    }

private:
    // unzLocateFile(name, case sensitive), without its walk through the
    // whole central directory for every part: the directory is walked once
    // and the first entry of each name remembered (where unzLocateFile
    // stops). minizip's quirks are kept: a walk cut short by a damaged entry
    // finds only the names before it, and a failed search that ran into
    // the damage leaves no current file, so every later search fails.
    bool locate(const std::string& name) {
        if (std::strlen(name.c_str()) >= max_name) return false;   // unzLocateFile: UNZ_PARAMERROR
        if (!indexed_) index();
        if (!exact_) return unzLocateFile(zip_, name.c_str(), 1) == UNZ_OK;
        if (!current_ok_) return false;
        auto found = index_.find(name.c_str());   // C strings, as strcmp compares
        if (found == index_.end()) {
            if (damaged_) current_ok_ = false;
            return false;
        }
        unz64_file_pos at = found->second;
        return unzGoToFilePos64(zip_, &at) == UNZ_OK;
    }

    void index() {
        indexed_ = true;
        int rc = unzGoToFirstFile(zip_);
        current_ok_ = rc == UNZ_OK;   // as unzOpen left it
        for (; rc == UNZ_OK; rc = unzGoToNextFile(zip_)) {
            unz_file_info64 info{};
            char entry[max_name + 1] = {};
            unz64_file_pos at{};
            if (unzGetCurrentFileInfo64(zip_, &info, entry, max_name - 1, nullptr, 0, nullptr, 0) != UNZ_OK ||
                info.size_filename >= max_name - 1 ||   // a name unzLocateFile would cut
                unzGetFilePos64(zip_, &at) != UNZ_OK) {
                // Not the plain case: back to the state unzOpen left, and unzLocateFile itself.
                exact_ = false;
                unzGoToFirstFile(zip_);
                return;
            }
            index_.emplace(entry, at);   // keeps the first entry of a name
        }
        damaged_ = current_ok_ && rc != UNZ_END_OF_LIST_OF_FILE;
    }

    static constexpr std::size_t max_name = 256;   // UNZ_MAXFILENAMEINZIP
    static constexpr ZPOS64_T max_entry_size = 256u << 20;   // our own output; a guard, not a limit
    MemoryStream stream_;
    unzFile zip_ = nullptr;
    bool indexed_ = false, exact_ = true, current_ok_ = true, damaged_ = false;
    std::map<std::string, unz64_file_pos> index_;
};

// ---------------------------------------------------------------- SpreadsheetML
pugi::xml_document parse_part(ZipReader& zip, const std::string& name, bool required) {
    pugi::xml_document doc;
    auto bytes = zip.read(name);
    if (!bytes) {
        if (required) throw std::runtime_error("the package has no " + name);
        return doc;
    }
    auto result = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!result) throw std::runtime_error(name + " is not well-formed XML: " + result.description());
    return doc;
}

// Local name: SpreadsheetML parts may or may not use a prefix.
bool named(const pugi::xml_node& node, std::string_view local) {
    std::string_view name = node.name();
    auto colon = name.find(':');
    return (colon == std::string_view::npos ? name : name.substr(colon + 1)) == local;
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
    for (auto c : node.children())
        if (named(c, local)) return c;
    return {};
}

// Excel escapes control characters as _xHHHH_.
std::string unescape_ooxml(const std::string& s) {
    if (s.find("_x") == std::string::npos) return s;
    static const std::regex escape("_x([0-9A-Fa-f]{4})_");
    std::string out;
    auto begin = s.cbegin();
    for (std::sregex_iterator it(s.begin(), s.end(), escape), end; it != end; ++it) {
        out.append(begin, (*it)[0].first);
        unsigned cp = std::stoul((*it)[1].str(), nullptr, 16);
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        else { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
        begin = (*it)[0].second;
    }
    out.append(begin, s.cend());
    return out;
}

// The text of a rich or plain string item (<si> or <is>): every <t>
// except the phonetic guides (<rPh>) Excel adds to Japanese text.
void collect_text(const pugi::xml_node& node, std::string& out) {
    for (auto c : node.children()) {
        if (named(c, "rPh")) continue;
        if (named(c, "t")) out += c.text().get();
        else collect_text(c, out);
    }
}

std::string string_item_text(const pugi::xml_node& item) {
    std::string text;
    collect_text(item, text);
    return unescape_ooxml(text);
}

std::vector<std::string> read_shared_strings(ZipReader& zip) {
    std::vector<std::string> strings;
    auto doc = parse_part(zip, "xl/sharedStrings.xml", false);
    for (auto si : doc.document_element().children())
        if (named(si, "si")) strings.push_back(string_item_text(si));
    return strings;
}

// "B12" -> (12, 2)
std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref) {
    int col = 0, row = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
    if (i == 0 || i == ref.size()) return std::nullopt;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9') return std::nullopt;
        row = row * 10 + (ref[i] - '0');
    }
    return std::make_pair(row, col);
}

// `v`, `is`: the cell's first <v> and <is> (null when it has none).
XlsxCell read_cell(const pugi::xml_node& c, const pugi::xml_node& v, const pugi::xml_node& is,
                   const std::vector<std::string>& shared) {
    XlsxCell cell;
    std::string_view type = c.attribute("t").value();
    std::string value = v.text().get();
    if (type == "s") {
        std::size_t index = std::stoul(value.empty() ? "0" : value);
        if (index >= shared.size()) throw std::runtime_error("a cell points past the shared strings");
        cell.text = shared[index];
    } else if (type == "inlineStr") {
        cell.text = string_item_text(is);
    } else if (type == "str" || type == "e" || type == "b") {
        cell.text = unescape_ooxml(value);
    } else {   // "n" or absent: a number
        cell.is_number = true;
        cell.text = value;
        char* end = nullptr;
        cell.number = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0') throw std::runtime_error("a numeric cell holds \"" + value + "\"");
    }
    return cell;
}

XlsxSheet read_sheet(ZipReader& zip, const std::string& part, std::string name, const std::vector<std::string>& shared) {
    XlsxSheet sheet{std::move(name), {}};
    auto doc = parse_part(zip, part, true);
    int row_number = 0;
    for (auto row : child(doc.document_element(), "sheetData").children()) {
        if (!named(row, "row")) continue;
        row_number = row.attribute("r") ? row.attribute("r").as_int() : row_number + 1;
        int col_number = 0;
        for (auto c : row.children()) {
            if (!named(c, "c")) continue;
            auto ref = parse_cell_ref(c.attribute("r").value());
            col_number = ref ? ref->second : col_number + 1;
            pugi::xml_node v, is;
            for (auto k : c.children()) {
                if (!v && named(k, "v")) v = k;
                else if (!is && named(k, "is")) is = k;
            }
            if (!v && !is) continue;   // styled but empty
            sheet.cells[{ref ? ref->first : row_number, col_number}] = read_cell(c, v, is, shared);
        }
    }
    return sheet;
}

// Relationship id -> part name, for the workbook's sheets.
std::map<std::string, std::string> read_workbook_rels(ZipReader& zip) {
    std::map<std::string, std::string> targets;
    auto doc = parse_part(zip, "xl/_rels/workbook.xml.rels", true);
    for (auto rel : doc.document_element().children()) {
        std::string target = rel.attribute("Target").value();
        target = !target.empty() && target[0] == '/' ? target.substr(1) : "xl/" + target;
        targets[rel.attribute("Id").value()] = target;
    }
    return targets;
}

}  // namespace

std::vector<XlsxSheet> read_xlsx(std::string_view package) {
    ZipReader zip(package);
    auto shared = read_shared_strings(zip);
    auto rels = read_workbook_rels(zip);
    auto workbook = parse_part(zip, "xl/workbook.xml", true);
    std::vector<XlsxSheet> sheets;
    for (auto s : child(workbook.document_element(), "sheets").children()) {
        if (!named(s, "sheet")) continue;
        std::string rel_id = s.attribute("r:id").value();
        auto part = rels.find(rel_id);
        if (part == rels.end()) throw std::runtime_error(std::string("sheet \"") + s.attribute("name").value() + "\" has no part");
        sheets.push_back(read_sheet(zip, part->second, s.attribute("name").value(), shared));
    }
    return sheets;
}

// ---------------------------------------------------------------- sheets against CSVs
namespace {

std::string column_letters(int col) {
    std::string letters;
    for (; col > 0; col = (col - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (col - 1) % 26));
    return letters;
}

std::string sheet_cell_where(const std::string& sheet, int row, int col) {
    return "sheet " + sheet + ", " + cell_where(row, col) + " (" + column_letters(col) + std::to_string(row) + ")";
}

// Thousands grouped with commas: [+-]?\d{1,3}(,\d{3})+(\.\d+)?
bool is_grouped_number(std::string_view s) {
    std::size_t i = 0, n = s.size();
    auto digits = [&] {
        std::size_t start = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
        return i - start;
    };
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t lead = digits();
    if (lead < 1 || lead > 3) return false;
    int groups = 0;
    while (i < n && s[i] == ',') {
        ++i;
        if (digits() != 3) return false;
        ++groups;
    }
    if (groups == 0) return false;
    if (i < n && s[i] == '.') {
        ++i;
        if (digits() == 0) return false;
    }
    return i == n;
}

// The CSV text as a number, the way a reader of a Japanese table means it:
// full-width digits, thousands commas, and △/▲ for minus are allowed.
std::optional<double> csv_number(std::string_view text) {
    std::string ascii;
    for (std::size_t i = 0; i < text.size();) {
        auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
        if (starts("△") || starts("▲") || starts("－") || starts("−")) { ascii += '-'; i += 3; continue; }
        if (starts("．")) { ascii += '.'; i += 3; continue; }
        if (starts("，")) { ascii += ','; i += 3; continue; }
        if (starts("\xEF\xBC") && i + 2 < text.size()) {   // U+FF10..FF19 full-width digits
            auto c = static_cast<unsigned char>(text[i + 2]);
            if (c >= 0x90 && c <= 0x99) { ascii += static_cast<char>('0' + (c - 0x90)); i += 3; continue; }
        }
        ascii += text[i++];
    }
    if (is_grouped_number(ascii)) ascii.erase(std::remove(ascii.begin(), ascii.end(), ','), ascii.end());
    if (!is_plain_number(ascii)) return std::nullopt;
    return std::strtod(ascii.c_str(), nullptr);
}

bool same_number(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

std::optional<std::string> cell_mismatch(const XlsxCell* cell, const std::string& csv_text) {
    if (!cell) {
        if (csv_text.empty()) return std::nullopt;
        return "the sheet cell is empty, the CSV has \"" + csv_text + "\"";
    }
    if (cell->is_number) {
        auto expected = csv_number(csv_text);
        if (expected && same_number(*expected, cell->number)) return std::nullopt;
        return "the sheet has the number " + cell->text + ", the CSV has \"" + csv_text + "\"";
    }
    if (cell->text == csv_text) return std::nullopt;
    // xlsx.cell-truncated: the exporter cuts cells over Excel's limit; the
    // sheet then holds the CSV text's beginning, which is accepted (the exporter warned).
    if (csv_text.size() > 32767 && cell->text.size() < csv_text.size() && !cell->text.empty() &&
        csv_text.compare(0, cell->text.size(), cell->text) == 0)
        return std::nullopt;
    return "the sheet has \"" + cell->text + "\", the CSV has \"" + csv_text + "\"";
}

constexpr int max_mismatches_per_sheet = 20;

void compare_sheet(const XlsxSheet& sheet, const OutputFile& csv_file, Report& report, SharedReads& shared) {
    const CsvTable& csv = shared.csv(csv_file);
    int reported = 0, more = 0;
    auto mismatch = [&](std::string where, std::string message) {
        if (reported++ < max_mismatches_per_sheet) report.error(std::move(where), "xlsx-cell", std::move(message));
        else ++more;
    };
    for (std::size_t r = 0; r < csv.records.size(); ++r) {
        const auto& fields = csv.records[r].fields;
        for (std::size_t c = 0; c < fields.size(); ++c) {
            int row = static_cast<int>(r) + 1, col = static_cast<int>(c) + 1;
            auto found = sheet.cells.find({row, col});
            const XlsxCell* cell = found == sheet.cells.end() ? nullptr : &found->second;
            if (auto why = cell_mismatch(cell, fields[c])) mismatch(sheet_cell_where(sheet.name, row, col), *why + " (" + csv_file.name + ")");
        }
    }
    // And nothing in the sheet that the CSV does not have.
    for (const auto& [at, cell] : sheet.cells) {
        auto [row, col] = at;
        bool in_csv = row <= static_cast<int>(csv.records.size()) &&
                      col <= static_cast<int>(csv.records[row - 1].fields.size());
        if (!in_csv && !(cell.text.empty() && !cell.is_number))
            mismatch(sheet_cell_where(sheet.name, row, col), "the sheet has \"" + cell.text + "\" where " + csv_file.name + " has no cell");
    }
    if (more > 0)
        report.error("sheet " + sheet.name, "xlsx-cell", "and " + std::to_string(more) + " more differences");
}

// "Votes" -> S.votes.csv; other sheets, in order, are the tables.
std::string csv_for_sheet(const std::string& stem, const std::string& sheet, int& table_number) {
    if (sheet == "Votes") return stem + ".votes.csv";
    if (sheet == "Notes") return stem + ".notes.csv";
    if (sheet == "Citations") return stem + ".citations.csv";
    return stem + ".table-" + std::to_string(++table_number) + ".csv";
}

}  // namespace

void check_xlsx(const OutputFile& file, const Files& siblings, Report& report, SharedReads* shared) {
    SharedReads own;
    if (!shared) shared = &own;
    std::vector<XlsxSheet> sheets;
    try {
        sheets = read_xlsx(file.content);
    } catch (const std::exception& e) {
        report.error("", "xlsx-package", e.what());
        return;
    }
    if (sheets.empty()) report.error("", "xlsx-package", "the workbook has no sheets");
    std::string stem = file.name.substr(0, file.name.size() - std::string(".xlsx").size());
    int table_number = 0;
    std::set<std::string> mirrored;
    for (const auto& sheet : sheets) {
        std::string csv_name = csv_for_sheet(stem, sheet.name, table_number);
        mirrored.insert(csv_name);
        const OutputFile* csv = find_file(siblings, csv_name);
        if (!csv) {
            report.error("sheet " + sheet.name, "xlsx-sheet-csv", "no " + csv_name + " to match this sheet");
            continue;
        }
        compare_sheet(sheet, *csv, report, *shared);
    }
    // Every CSV of this document has its sheet.
    for (const auto& f : siblings) {
        bool own_csv = kind_of(f.name) == FileKind::Csv && f.name.rfind(stem + ".", 0) == 0;
        if (own_csv && !mirrored.count(f.name))
            report.error("", "xlsx-missing-sheet", f.name + " has no sheet in the workbook");
    }
}

}  // namespace shiryo::validate::detail
