// The PDF reader's poppler side: bytes -> glyph boxes per page, and the
// whole reader (glyphs -> raw lines -> the text pipeline).
#include "read/pdf.hpp"
#include "text/sha256.hpp"

#include <memory>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

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

// A font name that says bold: …Bold, …-DeBold, Black, Heavy, Demi/Semibold, W6…W14.
// By hand, as the case-blind regex (Bold|Black|Heavy|Demi|Semibold|Ultra|-B$|W([6-9]|1[0-4])$).
bool bold_font_name(const std::string& name) {
    std::string lower(name);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (const char* word : {"bold", "black", "heavy", "demi", "ultra"})   // "semibold" holds "bold"
        if (lower.find(word) != std::string::npos) return true;
    const std::size_t n = lower.size();
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (n >= 2 && lower[n - 2] == '-' && lower[n - 1] == 'b') return true;
    if (n >= 2 && lower[n - 2] == 'w' && lower[n - 1] >= '6' && lower[n - 1] <= '9') return true;
    if (n >= 3 && lower[n - 3] == 'w' && lower[n - 2] == '1' && digit(lower[n - 1]) && lower[n - 1] <= '4') return true;
    return false;
}

}  // namespace

std::vector<PdfPage> load_pages(std::string_view bytes) {
    static const bool silenced = (poppler::set_debug_error_function(&quiet, nullptr), true);
    (void)silenced;
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) throw PdfError("PDF larger than 2 GB: not read");
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) throw PdfError("damaged PDF: its structure cannot be read");
    if (doc->is_locked()) throw PdfError("encrypted PDF (a password is needed to open it): not read");
    const int n = doc->pages();
    if (n <= 0) throw PdfError("the PDF has no pages");
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
    const std::vector<PdfPage> pages = load_pages(bytes);
    const PdfText t = to_text(pages);
    // Page labels are used only when the file prints others than 1, 2, 3 …
    bool own_labels = false;
    for (std::size_t i = 0; i < t.labels.size(); ++i) own_labels |= !t.labels[i].empty() && t.labels[i] != std::to_string(i + 1);
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
    Document doc = pipeline::build_document(t.raw, stem, annotate);
    doc.encoding = "PDF";
    doc.source_sha256 = text::sha256_hex(bytes);   // the PDF's own bytes, for sourceDesc
    if (t.two_column_pages)
        doc.diagnostics.push_back({Severity::Info, 0, "pdf.two-columns",
                                   std::to_string(t.two_column_pages) + " pages read column by column"});
    return doc;
}

}  // namespace shiryo::read
