// The PDF reader's poppler side: bytes -> glyph boxes per page, and the
// whole reader (glyphs -> raw lines -> the text pipeline).
#include "read/pdf.hpp"
#include "text/sha256.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <cctype>
#include <string_view>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

#include "segment/segment.hpp"

#include "pipeline/pipeline.hpp"
#include "text/unicode.hpp"

namespace shiryo::read {

namespace {

// Poppler's own messages ("Invalid Font Weight", xref repairs) are not the
// user's business: the reader says what went wrong in its own words.
void quiet(const std::string&, void*) {}

std::string utf8_of(const poppler::ustring& u) {
    const poppler::byte_array b = u.to_utf8();
    return std::string(b.begin(), b.end());
}

}  // namespace

// pdf.bold-font-name: a font name that says bold — …Bold, …-DeBold, Black, Heavy,
// Demi/Semibold, Ultra (anywhere, any case), or ending in -B or a heavy
// Japanese weight W6…W14. A plain scan, no regex.
bool bold_font_name(std::string_view name) {
    std::string low(name);
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view w : {"bold", "black", "heavy", "demi", "semibold", "ultra"})
        if (low.find(w) != std::string::npos) return true;
    const std::string_view l = low;
    if (l.size() >= 2 && l.substr(l.size() - 2) == "-b") return true;
    // W6 … W14 at the end (HiraMinPro-W6, …-W12): the digits after the last 'w'.
    const std::size_t w = l.rfind('w');
    if (w == std::string_view::npos || w + 1 >= l.size() || l.size() - w - 1 > 2) return false;
    int n = 0;
    for (std::size_t k = w + 1; k < l.size(); ++k) {
        if (!std::isdigit(static_cast<unsigned char>(l[k]))) return false;
        n = n * 10 + (l[k] - '0');
    }
    if (l.size() - w - 1 == 2 && l[w + 1] == '0') return false;
    return n >= 6 && n <= 14;
}

bool meaningful_title(std::string_view title_in) {
    const std::string t(text::trim(title_in));
    if (t.empty()) return false;
    std::string low = t;
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view app : {"microsoft word", "microsoft powerpoint", "microsoft excel", "untitled", "powerpoint プレゼンテーション",
                                 "無題", "スライド 1", "document1", "文書 1", "文書1"})
        if (low.rfind(app, 0) == 0) return false;
    const std::size_t dot = low.rfind('.');
    if (dot != std::string::npos && low.size() - dot <= 5 && low.find(' ', dot) == std::string::npos) {
        const std::string_view ext = std::string_view(low).substr(dot + 1);
        for (std::string_view e : {"doc", "docx", "pdf", "ppt", "pptx", "xls", "xlsx", "txt", "rtf", "odt", "indd", "jtd", "tex", "dvi"})
            if (ext == e) return false;
    }
    return segment::has_title_letters(t);
}

std::string outline_key(std::string_view text_in) {
    const std::u32string s = text::to_u32(segment::contents_key(text_in));
    std::size_t b = 0;
    auto numeral = [](char32_t c) {
        return text::is_digit_any(c) || std::u32string_view(U"〇一二三四五六七八九十百").find(c) != std::u32string_view::npos;
    };
    // 第N章 / 第N節 / 第N部
    if (b + 2 < s.size() && s[0] == U'第' && numeral(s[1])) {
        std::size_t k = 1;
        while (k < s.size() && numeral(s[k])) ++k;
        if (k < s.size() && (s[k] == U'章' || s[k] == U'節' || s[k] == U'部')) b = k + 1;
    }
    // 1 / 1.1 / 1-1. / (1) / 1) / 一、
    if (b == 0) {
        std::size_t k = 0;
        bool digits = false;
        while (k < s.size() && (text::is_digit_any(s[k]) || std::u32string_view(U".-‐－、)(").find(s[k]) != std::u32string_view::npos)) {
            digits = digits || text::is_digit_any(s[k]);
            ++k;
        }
        if (digits) b = k;
    }
    if (s.size() - b < 2) b = 0;   // a title that is all number keeps it
    return text::to_utf8(s.substr(b));
}

std::vector<PdfPage> load_pages(std::string_view bytes, PdfInfo* info) {
    static const bool silenced = (poppler::set_debug_error_function(&quiet, nullptr), true);
    (void)silenced;
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw PdfError("PDF larger than 2 GB: not read");
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw PdfError("damaged PDF: its structure cannot be read");
    if (doc->is_locked()) throw PdfError("encrypted PDF (a password is needed to open it): not read");
    const int n = doc->pages();
    if (n <= 0) throw PdfError("the PDF has no pages");
    if (info) {
        info->title = utf8_of(doc->info_key("Title"));
        std::unique_ptr<poppler::toc> toc(doc->create_toc());
        if (toc && toc->root()) {
            // Depth first, in document order; bounded (a hostile outline may be deep or cyclic).
            std::vector<std::pair<poppler::toc_item*, int>> stack;
            const auto kids = toc->root()->children();
            for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, 0});
            while (!stack.empty() && info->outline.size() < 10000) {
                auto [item, depth] = stack.back();
                stack.pop_back();
                info->outline.push_back({utf8_of(item->title()), depth});
                if (depth >= 16) continue;
                const auto sub = item->children();
                for (auto it = sub.rbegin(); it != sub.rend(); ++it) stack.push_back({*it, depth + 1});
            }
        }
    }
    std::vector<PdfPage> pages;
    std::size_t glyph_count = 0;
    std::unordered_map<std::string, bool> bold_cache;
    for (int i = 0; i < n; ++i) {
        std::unique_ptr<poppler::page> p(doc->create_page(i));
        PdfPage page;
        if (!p) {
            pages.push_back(page);
            continue;
        }
        const poppler::rectf r = p->page_rect();
        page.width = r.width(), page.height = r.height();
        page.label = utf8_of(p->label());
        for (const poppler::text_box& box : p->text_list(poppler::page::text_list_include_font)) {
            const std::u32string cps = text::to_u32(utf8_of(box.text()));
            if (cps.empty()) continue;
            const std::string font = box.has_font_info() ? box.get_font_name() : std::string();
            auto it = bold_cache.find(font);
            if (it == bold_cache.end()) it = bold_cache.emplace(font, bold_font_name(font)).first;
            const double size = box.get_font_size();
            const poppler::rectf bb = box.bbox();
            // One glyph per code point when poppler has a box for each;
            // otherwise the word as one unit.
            bool per_glyph = true;
            for (std::size_t k = 0; k < cps.size() && per_glyph; ++k) {
                const poppler::rectf c = box.char_bbox(k);
                per_glyph = c.width() > 0 || c.height() > 0;
            }
            if (!per_glyph) {
                Glyph g;
                g.text = utf8_of(box.text());
                g.x0 = bb.left(), g.x1 = bb.right(), g.top = bb.top(), g.bottom = bb.bottom();
                g.size = size, g.bold = it->second, g.space_after = box.has_space_after(), g.rotation = box.rotation();
                page.glyphs.push_back(std::move(g));
                continue;
            }
            for (std::size_t k = 0; k < cps.size(); ++k) {
                const poppler::rectf c = box.char_bbox(k);
                Glyph g;
                g.text = text::to_utf8(std::u32string(1, cps[k]));
                g.x0 = c.left(), g.x1 = c.right(), g.top = c.top(), g.bottom = c.bottom();
                g.size = size, g.bold = it->second, g.rotation = box.rotation();
                g.space_after = k + 1 == cps.size() && box.has_space_after();
                page.glyphs.push_back(std::move(g));
            }
        }
        glyph_count += page.glyphs.size();
        pages.push_back(std::move(page));
    }
    if (glyph_count == 0)
        throw PdfError("the PDF has no text layer (scanned or image-only pages): run OCR first, e.g. ocrmypdf");
    return pages;
}

Document convert_pdf(std::string_view bytes, const std::string& stem) {
    PdfInfo info;
    const std::vector<PdfPage> pages = load_pages(bytes, &info);
    const PdfText t = to_text(pages);
    std::vector<std::string> outline_keys;
    for (const OutlineEntry& e : info.outline) outline_keys.push_back(outline_key(e.title));
    // Page labels are used only when the file prints others than 1, 2, 3 …
    bool own_labels = false;
    for (std::size_t i = 0; i < t.labels.size(); ++i) own_labels |= !t.labels[i].empty() && t.labels[i] != std::to_string(i + 1);
    std::vector<int> cell_lines;   // source lines that are cells split by pdf.table-rows, ascending
    auto annotate = [&](std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
        for (std::size_t i = 0; i < lines.size() && i < t.line_of.size(); ++i) {
            const PdfText::Ref ref = t.line_of[i];
            Line& line = lines[i];
            if (ref.page >= 0) {
                const PdfLine& pl = t.pages[static_cast<std::size_t>(ref.page)][static_cast<std::size_t>(ref.index)];
                line.geometry = pl.geometry;
                // Fake bold as the text path knows it: the whole line, or runs.
                const std::string_view raw = line.raw;
                if (line.text == raw && !line.fake_bold) {
                    if (pl.all_overprinted) {
                        line.fake_bold = true;
                        line.bold = {{0, line.text.size()}};
                    } else if (line.bold.empty()) {
                        line.bold = pl.overprinted;
                    }
                }
                if (pl.cell) cell_lines.push_back(line.number);
                for (const std::string& r : pl.ruby) artefacts.push_back({ArtefactKind::Ruby, line.number, r});
                if (pl.folded)
                    artefacts.push_back({ArtefactKind::FakeBoldCopy, line.number,
                                         std::to_string(pl.folded) + " overprinted glyphs"});
            }
            if (own_labels && line.page >= 1 && static_cast<std::size_t>(line.page) <= t.labels.size() &&
                line.page_label.empty())
                line.page_label = t.labels[static_cast<std::size_t>(line.page - 1)];
        }
    };
    // pdf.outline: each outline entry marks the first line after the previous
    // entry's (outside the printed contents, never page furniture) that has its key.
    auto mark_outline = [&](std::vector<Line>& lines) {
        if (outline_keys.empty()) return;
        const segment::ContentsRegion contents = segment::find_contents(lines, 0);
        std::size_t from = 0;
        for (std::size_t e = 0; e < outline_keys.size(); ++e) {
            if (outline_keys[e].size() < 4) continue;   // one or two characters: too little to match on
            for (std::size_t i = from; i < lines.size(); ++i) {
                Line& l = lines[i];
                if (l.blank || l.page_number || !l.geometry || (i >= contents.begin && i < contents.end)) continue;
                if (outline_key(l.text) != outline_keys[e]) continue;
                l.geometry->outline_depth = info.outline[e].depth + 1;
                from = i + 1;
                break;
            }
        }
    };
    auto annotate_all = [&](std::vector<Line>& lines, std::vector<Artefact>& artefacts) {
        annotate(lines, artefacts);
        mark_outline(lines);
    };
    Document doc = pipeline::build_document(t.raw, stem, annotate_all);
    // pdf.table-report: a table built from cells the geometry split says so, with how
    // sure it is: the share of its body rows that have every column filled.
    for (Block& b : doc.body) {
        auto* table = std::get_if<Table>(&b);
        if (!table) continue;
        const auto from = std::lower_bound(cell_lines.begin(), cell_lines.end(), table->span.first);
        if (from == cell_lines.end() || *from > table->span.last) continue;
        TableReport& r = table->report;
        r.method = "geometry/" + r.method;
        int body = 0, full = 0;
        for (const TableRow& row : table->rows) {
            if (row.header) continue;
            ++body;
            int filled = 0;
            for (const TableCell& c : row.cells) filled += c.type != CellType::Empty && !c.text.empty();
            full += r.cols > 0 && filled == r.cols;
        }
        r.confidence = body > 0 ? static_cast<double>(full) / body : 0;
        const int percent = static_cast<int>(std::lround(r.confidence * 100));
        doc.diagnostics.push_back({Severity::Info, table->span.first, "pdf.table-report",
                                   "table " + std::to_string(table->n) + ": method=" + r.method + ", " +
                                       std::to_string(r.rows) + " rows, " + std::to_string(r.cols) + " columns, " +
                                       std::to_string(r.joined_cells) + " cells joined, confidence " +
                                       std::to_string(percent) + "%"});
    }
    // pdf.meta-title: the file's own title when the first page gives none.
    if (doc.header.title.empty() && meaningful_title(info.title)) {
        doc.header.title = std::string(text::trim(info.title));
        std::erase_if(doc.diagnostics, [](const Diagnostic& d) { return d.code == "header-no-title"; });
    }
    doc.encoding = "PDF";
    doc.source_sha256 = text::sha256_hex(bytes);   // the PDF's own bytes, for sourceDesc
    if (t.two_column_pages)
        doc.diagnostics.push_back({Severity::Info, 0, "pdf.two-columns",
                                   std::to_string(t.two_column_pages) + " pages read column by column"});
    return doc;
}

}  // namespace shiryo::read
