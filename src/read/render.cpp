#include "read/render.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <zlib.h>

namespace shiryo::read {

std::optional<TableRegion> table_region(const Document& doc, const Table& table) {
    TableRegion r;
    for (int k = table.span.first; k <= table.span.last; ++k) {
        if (k < 1 || static_cast<std::size_t>(k) > doc.source_places.size()) continue;
        const auto& place = doc.source_places[static_cast<std::size_t>(k - 1)];
        if (!place) continue;
        if (r.page == 0) r.page = place->page;
        if (place->page != r.page) continue;
        const LineGeometry& g = place->box;
        if (g.x1 <= g.x0 || g.bottom <= g.top) continue;
        r.lines.push_back({g.x0, g.top, g.x1, g.bottom});
    }
    if (r.lines.empty()) return std::nullopt;
    // pdf.table-column-edges: a row whose boxed source lines are as many as
    // its filled cells read one cell a line (the PDF reader's table rows), so
    // the k-th line's left edge is where its cell's column starts; a column's
    // edge is the leftmost such start over the rows.
    for (const TableRow& row : table.rows) {
        std::vector<double> starts;
        for (int k = row.span.first; k <= row.span.last; ++k) {
            if (k < 1 || static_cast<std::size_t>(k) > doc.source_places.size()) continue;
            const auto& place = doc.source_places[static_cast<std::size_t>(k - 1)];
            if (place && place->page == r.page && place->box.x1 > place->box.x0) starts.push_back(place->box.x0);
        }
        std::vector<std::size_t> filled;
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            if (!row.cells[c].text.empty()) filled.push_back(c);
        if (starts.size() != filled.size() || filled.size() < 2) continue;
        if (r.column_edges.size() < row.cells.size()) r.column_edges.resize(row.cells.size(), -1);
        for (std::size_t i = 0; i < filled.size(); ++i) {
            double& edge = r.column_edges[filled[i]];
            edge = edge < 0 ? starts[i] : std::min(edge, starts[i]);
        }
    }
    r.box = r.lines.front();
    for (const Box& b : r.lines) {
        r.box.x0 = std::min(r.box.x0, b.x0);
        r.box.top = std::min(r.box.top, b.top);
        r.box.x1 = std::max(r.box.x1, b.x1);
        r.box.bottom = std::max(r.box.bottom, b.bottom);
    }
    constexpr double margin = 4;
    r.box.x0 = std::max(0.0, r.box.x0 - margin);
    r.box.top = std::max(0.0, r.box.top - margin);
    r.box.x1 += margin;
    r.box.bottom += margin;
    return r;
}

namespace {

void put32(std::string& s, unsigned long v) {
    for (int sh = 24; sh >= 0; sh -= 8) s += static_cast<char>((v >> sh) & 0xFF);
}

void chunk(std::string& png, const char* type, const std::string& data) {
    put32(png, data.size());
    std::string body = std::string(type, 4) + data;
    png += body;
    put32(png, crc32(0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
}

}  // namespace

std::string encode_png(const std::vector<unsigned char>& rgb, int width, int height) {
    std::string raw;
    raw.reserve(static_cast<std::size_t>(height) * (static_cast<std::size_t>(width) * 3 + 1));
    for (int y = 0; y < height; ++y) {
        raw += '\0';   // filter: none
        raw.append(reinterpret_cast<const char*>(rgb.data()) + static_cast<std::size_t>(y) * width * 3,
                   static_cast<std::size_t>(width) * 3);
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string z(size, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), Z_BEST_SPEED);   // level 9 cost as much as the rendering
    z.resize(size);
    std::string png = "\x89PNG\r\n\x1a\n";
    std::string ihdr;
    put32(ihdr, static_cast<unsigned long>(width));
    put32(ihdr, static_cast<unsigned long>(height));
    ihdr += std::string("\x08\x02\x00\x00\x00", 5);   // 8-bit RGB
    chunk(png, "IHDR", ihdr);
    chunk(png, "IDAT", z);
    chunk(png, "IEND", "");
    return png;
}

std::vector<Document::RegionImage> render_table_regions(std::string_view pdf, const Document& doc, double scale) {
    std::vector<Document::RegionImage> out;
    if (doc.source_places.empty() || pdf.size() > static_cast<std::size_t>(INT32_MAX)) return out;
    std::unique_ptr<poppler::document> file(
        poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
    if (!file || file->is_locked()) return out;
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_argb32);
    for (const Block& b : doc.body) {
        const auto* t = std::get_if<Table>(&b);
        if (!t) continue;
        const std::optional<TableRegion> region = table_region(doc, *t);
        if (!region || region->page > file->pages()) continue;
        std::unique_ptr<poppler::page> page(file->create_page(region->page - 1));
        if (!page) continue;
        const poppler::rectf pr = page->page_rect();
        const double dpi = 72 * scale;
        const int x = static_cast<int>(std::floor(region->box.x0 * scale));
        const int y = static_cast<int>(std::floor(region->box.top * scale));
        const int w = static_cast<int>(std::ceil(std::min(region->box.x1, pr.width()) * scale)) - x;
        const int h = static_cast<int>(std::ceil(std::min(region->box.bottom, pr.height()) * scale)) - y;
        if (w <= 0 || h <= 0 || w > 20000 || h > 20000) continue;   // a turned page: boxes off the page
        const poppler::image img = renderer.render_page(page.get(), dpi, dpi, x, y, w, h);
        if (!img.is_valid() || img.width() != w || img.height() != h) continue;
        std::vector<unsigned char> rgb(static_cast<std::size_t>(w) * h * 3);
        for (int row = 0; row < h; ++row) {
            const auto* src = reinterpret_cast<const unsigned char*>(img.const_data()) +
                              static_cast<std::size_t>(row) * img.bytes_per_row();
            for (int col = 0; col < w; ++col) {   // ARGB32 little-endian: B G R A
                unsigned char* d = &rgb[(static_cast<std::size_t>(row) * w + col) * 3];
                d[0] = src[col * 4 + 2];
                d[1] = src[col * 4 + 1];
                d[2] = src[col * 4 + 0];
            }
        }
        // the source lines' boxes: the rows as read
        auto plot = [&](int px, int py) {
            if (px < 0 || py < 0 || px >= w || py >= h) return;
            unsigned char* d = &rgb[(static_cast<std::size_t>(py) * w + px) * 3];
            d[0] = 220, d[1] = 40, d[2] = 40;
        };
        for (const Box& lb : region->lines) {
            const int bx0 = static_cast<int>(lb.x0 * scale) - x, bx1 = static_cast<int>(lb.x1 * scale) - x;
            const int by0 = static_cast<int>(lb.top * scale) - y, by1 = static_cast<int>(lb.bottom * scale) - y;
            for (int px = bx0; px <= bx1; ++px) plot(px, by0), plot(px, by1);
            for (int py = by0; py <= by1; ++py) plot(bx0, py), plot(bx1, py);
        }
        // the column edges found (pdf.table-column-edges), in blue over the region's height
        for (double edge : region->column_edges) {
            if (edge < 0) continue;
            const int px = static_cast<int>(edge * scale) - x - 1;
            for (int py = 0; py < h; ++py) {
                if (px < 0 || px >= w) break;
                unsigned char* d = &rgb[(static_cast<std::size_t>(py) * w + px) * 3];
                d[0] = 40, d[1] = 90, d[2] = 220;
            }
        }
        out.push_back({t->n, region->page, encode_png(rgb, w, h)});
    }
    return out;
}

}  // namespace shiryo::read
