// Layout rules of the PDF reader (see pdf.hpp): glyph boxes -> lines in
// reading order. No poppler here.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

#include "read/pdf.hpp"
#include "text/unicode.hpp"

namespace shiryo::read {

namespace {

double height(const Glyph& g) { return g.bottom - g.top; }

double v_overlap(double t1, double b1, double t2, double b2) { return std::min(b1, b2) - std::max(t1, t2); }

bool is_kana(std::string_view s) {
    const std::u32string u = text::to_u32(std::string(s));
    if (u.empty()) return false;
    for (char32_t c : u)
        if (!((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF) || c == 0x30FC)) return false;
    return true;
}

// A horizontal run of glyphs on one baseline, without wide gaps.
struct Segment {
    std::vector<std::size_t> glyphs;
    double x0 = 0, x1 = 0, top = 0, bottom = 0, size = 0;
    int column = 0;   // 0 full width, 1 left, 2 right
    int band = 0;
    bool margin = false;   // a margin line number
    bool piece = false;    // one of several pieces of a row, a wide gap apart
    bool stacked = false;  // a thumb tab: glyphs read top to bottom
    bool cell = false;     // one cell of a table row (pdf.table-rows)
    bool foot = false;     // in the page-foot band of footnotes (pdf.foot-band)
};

// 1-3 digits (ASCII or full width), nothing else.
bool is_margin_number(const std::string& t) {
    const std::u32string u = text::to_u32(t);
    if (u.empty() || u.size() > 3) return false;
    for (char32_t c : u)
        if (!((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'))) return false;
    return true;
}

// Segments: glyphs in x order join the segment they overlap vertically by
// half the smaller height, when the horizontal gap is under `gap_em` ems.
std::vector<Segment> segments_of(const std::vector<Glyph>& g, double gap_em) {
    std::vector<std::size_t> order(g.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return g[a].x0 < g[b].x0; });
    std::vector<Segment> segs;
    for (std::size_t i : order) {
        const Glyph& q = g[i];
        int best = -1;
        double best_score = 0;
        for (std::size_t s = 0; s < segs.size(); ++s) {
            Segment& seg = segs[s];
            const double em = std::max(q.size, seg.size);
            const double gap = q.x0 - seg.x1;
            if (gap > gap_em * em || gap < -0.6 * em) continue;
            const double h = std::min(height(q), seg.bottom - seg.top);
            if (h <= 0) continue;
            const double ov = v_overlap(q.top, q.bottom, seg.top, seg.bottom) / h;
            if (ov < 0.5) continue;
            const double score = ov - 0.01 * std::max(0.0, gap) / em;
            if (score > best_score) best_score = score, best = static_cast<int>(s);
        }
        if (best < 0) {
            Segment seg;
            seg.glyphs.push_back(i);
            seg.x0 = q.x0, seg.x1 = q.x1, seg.top = q.top, seg.bottom = q.bottom, seg.size = q.size;
            segs.push_back(seg);
        } else {
            Segment& seg = segs[static_cast<std::size_t>(best)];
            seg.glyphs.push_back(i);
            seg.x1 = std::max(seg.x1, q.x1);
            // The band follows the line's largest glyphs, not a superscript.
            if (q.size > seg.size + 0.01) {
                seg.top = q.top, seg.bottom = q.bottom, seg.size = q.size;
            } else if (q.size > seg.size - 0.01) {
                seg.top = std::min(seg.top, q.top), seg.bottom = std::max(seg.bottom, q.bottom);
            }
        }
    }
    return segs;
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
    // "%PDF-" and a version digit within the first 1024 bytes (as readers accept).
    const std::string_view head = bytes.substr(0, 1024);
    for (std::size_t at = head.find("%PDF-"); at != std::string_view::npos; at = head.find("%PDF-", at + 1))
        if (at + 5 < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[at + 5]))) return true;
    return false;
}

std::vector<Glyph> fold_overprints(const std::vector<Glyph>& glyphs, int& folded) {
    std::vector<Glyph> kept;
    kept.reserve(glyphs.size());
    // Glyphs by text and by a 4 pt band of their top: a copy is looked for
    // in its band and the two beside it only (dot leaders make long lists).
    std::unordered_map<std::string, std::vector<std::size_t>> by_key;
    auto key = [](const std::string& text, long band) { return text + '\x1f' + std::to_string(band); };
    for (const Glyph& q : glyphs) {
        const long band = std::lround(std::floor(q.top / 4));
        bool dup = false;
        for (long b = band - 1; b <= band + 1 && !dup; ++b) {
            auto it = by_key.find(key(q.text, b));
            if (it == by_key.end()) continue;
            for (std::size_t k : it->second) {
                Glyph& o = kept[k];
                const double w = std::max(o.x1 - o.x0, 0.1);
                if (std::abs(q.x0 - o.x0) < 0.5 * w && std::abs(q.top - o.top) < 0.2 * std::max(o.size, 1.0) &&
                    std::abs(q.size - o.size) < 0.1 * std::max(o.size, 1.0)) {
                    o.overprinted = true;
                    o.bold = true;
                    o.space_after = o.space_after || q.space_after;
                    dup = true;
                    break;
                }
            }
        }
        if (dup) {
            ++folded;
            continue;
        }
        by_key[key(q.text, band)].push_back(kept.size());
        kept.push_back(q);
    }
    return kept;
}

std::vector<Glyph> drop_ruby(const std::vector<Glyph>& glyphs, double body, std::vector<Glyph>& ruby) {
    std::vector<Glyph> kept;
    kept.reserve(glyphs.size());
    for (const Glyph& q : glyphs) {
        bool is_ruby = false;
        if (body > 0 && q.size < 0.6 * body && is_kana(q.text)) {
            const double cx = (q.x0 + q.x1) / 2;
            for (const Glyph& b : glyphs) {
                if (b.size < 0.85 * body) continue;
                const double gap = b.top - q.bottom;   // ruby stands above its base
                if (gap < -0.25 * b.size || gap > 0.5 * b.size) continue;
                if (cx < b.x0 - 0.5 * b.size || cx > b.x1 + 0.5 * b.size) continue;
                is_ruby = true;
                break;
            }
        }
        (is_ruby ? ruby : kept).push_back(q);
    }
    return kept;
}

std::optional<double> find_gutter(const std::vector<Glyph>& glyphs, double page_width, double body) {
    if (glyphs.empty() || page_width <= 0) return std::nullopt;
    // Body-size text only: a chart's labels or a footnote do not make columns.
    std::vector<Segment> segs;
    for (Segment& seg : segments_of(glyphs, 1.2))
        if (seg.size >= 0.9 * body) segs.push_back(std::move(seg));
    double total = 0;
    for (const Segment& s : segs) total += s.bottom - s.top;
    if (total <= 0) return std::nullopt;
    // The x with the least text crossing it, in the middle of the page.
    const int from = static_cast<int>(page_width * 0.3), to = static_cast<int>(page_width * 0.7);
    double least = total + 1;
    int run_begin = -1, best_begin = -1, best_len = 0;
    std::vector<double> crossing(static_cast<std::size_t>(std::max(0, to - from + 1)), 0);
    for (int x = from; x <= to; ++x) {
        double c = 0;
        for (const Segment& s : segs)
            if (s.x0 < x - 0.5 && s.x1 > x + 0.5) c += s.bottom - s.top;
        crossing[static_cast<std::size_t>(x - from)] = c;
        least = std::min(least, c);
    }
    for (int x = from; x <= to + 1; ++x) {
        const bool at_least = x <= to && crossing[static_cast<std::size_t>(x - from)] <= least + 1e-9;
        if (at_least && run_begin < 0) run_begin = x;
        if (!at_least && run_begin >= 0) {
            if (x - run_begin > best_len) best_len = x - run_begin, best_begin = run_begin;
            run_begin = -1;
        }
    }
    if (best_begin < 0 || least > 0.5 * total) return std::nullopt;
    const double gx = best_begin + best_len / 2.0;
    // Both sides hold columns of text: much of the page's text, in lines
    // that fill their column (a table's cells or a list of names do not).
    double lh = 0, rh = 0, lmin = page_width, rmax = 0;
    std::vector<double> lw, rw;
    for (const Segment& s : segs) {
        if (s.x1 <= gx) lh += s.bottom - s.top, lmin = std::min(lmin, s.x0), lw.push_back(s.x1 - s.x0);
        if (s.x0 >= gx) rh += s.bottom - s.top, rmax = std::max(rmax, s.x1), rw.push_back(s.x1 - s.x0);
    }
    if (lh < 0.2 * total || rh < 0.2 * total || lw.size() < 3 || rw.size() < 3) return std::nullopt;
    auto filled = [](std::vector<double> w, double column) {
        if (column <= 0) return false;
        std::sort(w.begin(), w.end());
        return w[w.size() * 3 / 4] >= 0.6 * column;   // the upper quartile: a figure beside the text may be narrow
    };
    if (!filled(lw, gx - lmin) || !filled(rw, rmax - gx)) return std::nullopt;
    // Side by side: most left lines have a right line at their height.
    int beside = 0, left = 0;
    for (const Segment& a : segs) {
        if (a.x1 > gx) continue;
        ++left;
        for (const Segment& b : segs)
            if (b.x0 >= gx && v_overlap(a.top, a.bottom - 0.0, b.top - 2 * body, b.bottom + 2 * body) > 0) {
                ++beside;
                break;
            }
    }
    if (beside * 2 < left) return std::nullopt;
    return gx;
}

bool turn_vertical_page(PdfPage& page) {
    std::size_t down = 0;
    for (const Glyph& g : page.glyphs) down += g.rotation == 1;
    if (page.glyphs.empty() || down * 2 <= page.glyphs.size()) return false;
    const double w = page.width;
    for (Glyph& g : page.glyphs) {
        const Glyph o = g;
        g.x0 = o.top, g.x1 = o.bottom;
        g.top = w - o.x1, g.bottom = w - o.x0;
    }
    std::swap(page.width, page.height);
    page.turned = true;
    return true;
}

double body_size(const std::vector<PdfPage>& pages) {
    std::map<long, double> count;   // size in tenths of a point -> glyphs
    for (const PdfPage& p : pages)
        for (const Glyph& g : p.glyphs) count[std::lround(g.size * 10)] += 1;
    long best = 0;
    double n = -1;
    for (const auto& [s, c] : count)
        if (c > n) n = c, best = s;
    return best / 10.0;
}

double prose_size(const std::vector<std::vector<PdfLine>>& pages, std::size_t min_chars) {
    constexpr std::size_t kProseLine = 12;   // chart labels and table cells are shorter
    std::map<long, double> area;             // size in tenths of a point -> chars × size²
    std::size_t chars = 0;
    for (const auto& lines : pages)
        for (const PdfLine& l : lines) {
            const std::size_t n = text::to_u32(l.text).size();
            if (n < kProseLine || l.geometry.font_size <= 0) continue;
            chars += n;
            area[std::lround(l.geometry.font_size * 10)] += static_cast<double>(n) * l.geometry.font_size * l.geometry.font_size;
        }
    if (chars < min_chars) return 0;
    long best = 0;
    double most = -1;
    for (const auto& [s, a] : area)
        if (a > most) most = a, best = s;
    return best / 10.0;
}

std::vector<PdfLine> lay_out_page(const PdfPage& page, double body, bool first_page) {
    int folded = 0;
    std::vector<Glyph> glyphs = fold_overprints(page.glyphs, folded);
    std::vector<Glyph> ruby;
    glyphs = drop_ruby(glyphs, body, ruby);
    const std::optional<double> gutter = find_gutter(glyphs, page.width, body);

    std::vector<Segment> segs = segments_of(glyphs, 1.2);
    // pdf.margin-numbers: numbers standing left of all the text (line
    // numbers down the margin) are a block of their own, read first, as
    // pdftotext prints them.
    {
        double left = page.width;
        std::vector<std::size_t> numbers;
        for (std::size_t i = 0; i < segs.size(); ++i) {
            std::string t;
            for (std::size_t k : segs[i].glyphs) t += glyphs[k].text;
            if (is_margin_number(t)) numbers.push_back(i);
            else if (segs[i].size >= 0.7 * body) left = std::min(left, segs[i].x0);
        }
        std::vector<std::size_t> margin;
        for (std::size_t i : numbers)
            if (segs[i].x1 < left - 0.3 * segs[i].size) margin.push_back(i);
        if (margin.size() >= 5)
            for (std::size_t i : margin) segs[i].band = -1, segs[i].margin = true;
    }
    // pdf.thumb-tab: one or two glyphs a line, stacked at least three high
    // beyond the text's left or right edge (第/３/章 down a thumb tab), are one
    // line, read top to bottom, in a block of its own first on the page.
    if (!page.turned) {
        double left = page.width, right = 0;
        for (const Segment& sg : segs)
            if (!sg.margin && sg.glyphs.size() >= 4) left = std::min(left, sg.x0), right = std::max(right, sg.x1);
        std::vector<std::size_t> aside;
        for (std::size_t i = 0; i < segs.size(); ++i)
            if (!segs[i].margin && segs[i].glyphs.size() <= 2 &&
                (segs[i].x0 > right + segs[i].size || segs[i].x1 < left - segs[i].size))
                aside.push_back(i);
        std::sort(aside.begin(), aside.end(), [&](std::size_t a, std::size_t b) { return segs[a].top < segs[b].top; });
        std::vector<bool> used(segs.size(), false);
        std::vector<Segment> tabs;
        for (std::size_t a : aside) {
            if (used[a]) continue;
            std::vector<std::size_t> stack = {a};
            for (std::size_t b : aside) {
                const Segment &last = segs[stack.back()], &sb = segs[b];
                if (used[b] || b == stack.back() || sb.top <= last.top) continue;
                if (sb.x0 < last.x1 && sb.x1 > last.x0 && sb.top - last.bottom < 1.5 * last.size) stack.push_back(b);
            }
            if (stack.size() < 3) continue;
            Segment tab = segs[stack.front()];
            tab.glyphs.clear();
            for (std::size_t k : stack) {
                used[k] = true;
                for (std::size_t g : segs[k].glyphs) tab.glyphs.push_back(g);
                tab.x0 = std::min(tab.x0, segs[k].x0), tab.x1 = std::max(tab.x1, segs[k].x1);
            }
            tab.band = -1, tab.margin = true, tab.stacked = true;
            tabs.push_back(std::move(tab));
        }
        if (!tabs.empty()) {
            std::vector<Segment> rest;
            for (std::size_t i = 0; i < segs.size(); ++i)
                if (!used[i]) rest.push_back(std::move(segs[i]));
            for (Segment& tab : tabs) rest.push_back(std::move(tab));
            segs = std::move(rest);
        }
    }
    if (gutter) {
        // pdf.foot-band: under the page's last line of prose-size text, lines all
        // smaller (footnotes) are read full width, one band: a note's label in the
        // left column and its text across the gutter are one line.
        std::map<long, double> area;
        for (const Glyph& q : glyphs) area[std::lround(q.size * 10)] += q.size * q.size;
        long prose10 = 0;
        double most = -1;
        for (const auto& [sz, a] : area)
            if (a > most) most = a, prose10 = sz;
        const double prose = prose10 / 10.0;
        double last_prose = 0;
        for (const Segment& s : segs)
            if (!s.margin && s.size >= 0.95 * prose && s.glyphs.size() >= 8)   // a line of prose, not a page number
                last_prose = std::max(last_prose, s.bottom);
        std::vector<double> spanning;   // centres of full-width segments
        for (Segment& s : segs) {
            if (s.margin) continue;
            if (s.top >= last_prose && s.size < 0.9 * prose && last_prose > 0.5 * page.height) {
                s.column = 0, s.foot = true;
                continue;
            }
            s.column = s.x1 <= *gutter + 0.5 ? 1 : s.x0 >= *gutter - 0.5 ? 2 : 0;
            if (s.column == 0) spanning.push_back((s.top + s.bottom) / 2);
        }
        std::sort(spanning.begin(), spanning.end());
        for (Segment& s : segs) {
            if (s.margin) continue;
            const double cy = (s.top + s.bottom) / 2;
            if (s.foot) {
                s.band = static_cast<int>(spanning.size()) + 1;   // after every band of the body
            } else if (s.column == 0) {
                s.band = static_cast<int>(std::lower_bound(spanning.begin(), spanning.end(), cy - 1e-9) - spanning.begin()) + 1;
            } else {
                s.band = static_cast<int>(std::lower_bound(spanning.begin(), spanning.end(), cy) - spanning.begin());
            }
        }
    }
    // Lines: the segments of one region at one height, in x order.
    std::sort(segs.begin(), segs.end(), [](const Segment& a, const Segment& b) {
        if (a.band != b.band) return a.band < b.band;
        if (a.column != b.column) return a.column < b.column;
        return a.top < b.top;
    });
    std::vector<Segment> lines;
    for (Segment& s : segs) {
        bool joined = false;
        for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 4; ++it) {
            Segment& l = *it;
            if (l.band != s.band || l.column != s.column) break;
            if (l.margin || s.margin) break;
            const double h = std::min(l.bottom - l.top, s.bottom - s.top);
            if (h > 0 && v_overlap(l.top, l.bottom, s.top, s.bottom) >= 0.5 * h) {
                l.glyphs.insert(l.glyphs.end(), s.glyphs.begin(), s.glyphs.end());
                l.x0 = std::min(l.x0, s.x0), l.x1 = std::max(l.x1, s.x1);
                if (s.size > l.size) l.top = s.top, l.bottom = s.bottom, l.size = s.size;
                joined = true;
                break;
            }
        }
        if (!joined) lines.push_back(s);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Segment& a, const Segment& b) {
        if (a.band != b.band) return a.band < b.band;
        if (a.column != b.column) return a.column < b.column;
        return a.top < b.top;
    });

    // pdf.label-superscript: a note's label set small and raised before its
    // text ("²開発…") is a line of its own, as pdftotext prints it.
    std::vector<Segment> split;
    for (Segment& l : lines) {
        if (!l.stacked)
            std::stable_sort(l.glyphs.begin(), l.glyphs.end(),
                             [&](std::size_t a, std::size_t b) { return glyphs[a].x0 < glyphs[b].x0; });
        std::size_t k = 0;
        while (k < l.glyphs.size()) {
            const Glyph& q = glyphs[l.glyphs[k]];
            const bool label_char = q.text.size() == 1 && (std::isdigit(static_cast<unsigned char>(q.text[0])) ||
                                                           q.text == "*" || q.text == "(" || q.text == ")");
            if (!label_char || q.size > 0.8 * l.size || q.bottom > l.bottom - 0.15 * l.size) break;
            ++k;
        }
        if (k > 0 && k < l.glyphs.size() && !l.margin) {
            Segment label = l, rest = l;
            label.glyphs.assign(l.glyphs.begin(), l.glyphs.begin() + static_cast<long>(k));
            rest.glyphs.assign(l.glyphs.begin() + static_cast<long>(k), l.glyphs.end());
            label.x1 = glyphs[label.glyphs.back()].x1;
            label.top = glyphs[label.glyphs.front()].top;
            label.size = glyphs[label.glyphs.front()].size;
            label.bottom = l.bottom;   // on the line's baseline, so no block opens between
            rest.x0 = glyphs[rest.glyphs.front()].x0;
            split.push_back(std::move(label));
            split.push_back(std::move(rest));
        } else {
            split.push_back(std::move(l));
        }
    }
    lines.clear();
    // pdf.title-page-pieces: on the first page and in the head and foot
    // bands of every page, pieces of one row a wide gap apart (a masthead's items, affiliation and name, date and title)
    // are lines of their own, left to right, each a block, as pdftotext
    // prints them. (In the body, splitting rows so cost more headings than
    // it gained table cells on the real documents.)
    std::vector<std::vector<Segment>> row_pieces;   // per line of `split`, its pieces
    std::vector<bool> edge_row;
    for (Segment& l : split) {
        std::vector<Segment> pieces;
        const bool edge = l.bottom < 0.08 * page.height || l.top > 0.92 * page.height;   // running heads, feet
        for (std::size_t k = 0; k < l.glyphs.size(); ++k) {
            const Glyph& q = glyphs[l.glyphs[k]];
            if (k > 0 && !l.margin) {
                const Glyph& a = glyphs[l.glyphs[k - 1]];
                const double em = std::max(a.size, q.size), gap = q.x0 - a.x1;
                // A space the PDF holds (an ideographic space) joins words; a bare wide gap parts items.
                // (An ideographic space leaves a bare 1 em gap too: so only in the edge bands.)
                if (edge ? (gap > 0.8 * em && !a.space_after) || gap > 1.2 * em : gap > 1.2 * em)
                    pieces.emplace_back();
            }
            if (pieces.empty()) pieces.emplace_back();
            pieces.back().glyphs.push_back(l.glyphs[k]);
        }
        for (Segment& piece : pieces) {
            piece.x0 = glyphs[piece.glyphs.front()].x0;
            piece.x1 = glyphs[piece.glyphs.back()].x1;
        }
        row_pieces.push_back(std::move(pieces));
        edge_row.push_back(edge);
    }
    // pdf.table-rows: in the body, rows of pieces whose columns line up (a piece's
    // left edge, right edge or centre within an em of one of the row above) over three
    // rows or more are a table's rows: each cell a line of its own, as pdftotext prints them.
    std::vector<bool> table_row(split.size(), false);
    {
        // (a contents line's dot leaders make no table row)
        std::vector<bool> leaders(split.size(), false);
        for (std::size_t r = 0; r < split.size(); ++r) {
            int run = 0;   // dots glyph after glyph
            for (std::size_t g : split[r].glyphs) {
                const std::string& t = glyphs[g].text;
                run = (t == "." || t == "…" || t == "・" || t == "‥") ? run + 1 : 0;
                leaders[r] = leaders[r] || run >= 4;
            }
        }
        auto aligned = [&](std::size_t i, std::size_t j) {
            if (leaders[i] || leaders[j]) return false;
            const auto &a = row_pieces[i], &b = row_pieces[j];
            if (a.size() < 2 || b.size() < 2 || split[i].band != split[j].band || split[i].column != split[j].column) return false;
            const double em = std::max(split[i].size, split[j].size);
            if (split[j].top - split[i].bottom > 2.5 * em) return false;   // rows of one table stand close
            std::size_t shared = 0;
            for (std::size_t p = 1; p < b.size(); ++p)   // columns after the first (the first starts every row)
                for (const Segment& q : a)
                    if (std::abs(b[p].x0 - q.x0) < em || std::abs(b[p].x1 - q.x1) < em ||
                        std::abs((b[p].x0 + b[p].x1) / 2 - (q.x0 + q.x1) / 2) < em) {
                        ++shared;
                        break;
                    }
            return shared + 1 >= std::min(a.size(), b.size()) && shared >= 1;
        };
        std::size_t run = 0;
        for (std::size_t i = 0; i <= split.size(); ++i) {
            const bool go_on = !page.turned && i < split.size() && i > 0 && !split[i].margin && !split[i - 1].margin && aligned(i - 1, i);
            if (go_on) {
                ++run;
                continue;
            }
            if (run + 1 >= 3) {
                const std::size_t first = i - run - 1;
                for (std::size_t k = first; k < i; ++k) table_row[k] = true;
                // A row's piece that spans a column gap of the other rows (a header
                // over two columns, "ΔAccuracy ΔMacro-F1") is cut at its word gap there.
                const int w = static_cast<int>(std::ceil(page.width)) + 1;
                std::vector<int> cover(static_cast<std::size_t>(std::max(w, 1)), 0);
                auto mark = [&](std::size_t k, int d) {
                    for (const Segment& q : row_pieces[k])
                        for (int x = std::max(0, static_cast<int>(q.x0)); x <= std::min(w - 1, static_cast<int>(q.x1)); ++x)
                            cover[static_cast<std::size_t>(x)] += d;
                };
                for (std::size_t k = first; k < i; ++k) mark(k, 1);
                const int others = static_cast<int>(i - first) - 1;
                for (std::size_t k = first; k < i; ++k) {
                    mark(k, -1);
                    const auto covered = [&](double x0, double x1) {   // a column of most other rows there
                        for (int x = std::clamp(static_cast<int>(x0), 0, w - 1); x <= std::clamp(static_cast<int>(x1), 0, w - 1); ++x)
                            if (cover[static_cast<std::size_t>(x)] * 2 >= others) return true;
                        return false;
                    };
                    const auto open_gap = [&](double x0, double x1) {   // no other row's text there
                        for (int x = std::clamp(static_cast<int>(std::ceil(x0)), 0, w - 1); x <= std::clamp(static_cast<int>(x1), 0, w - 1); ++x)
                            if (cover[static_cast<std::size_t>(x)] * 4 <= others) return true;
                        return false;
                    };
                    std::vector<Segment> cut;
                    for (Segment& q : row_pieces[k]) {
                        // the piece's words (parted by a word gap)
                        std::vector<Segment> words(1);
                        for (std::size_t g = 0; g < q.glyphs.size(); ++g) {
                            if (g > 0) {
                                const Glyph &a = glyphs[q.glyphs[g - 1]], &b = glyphs[q.glyphs[g]];
                                if (b.x0 - a.x1 > 0.15 * std::max(a.size, b.size)) words.emplace_back();
                            }
                            words.back().glyphs.push_back(q.glyphs[g]);
                        }
                        for (Segment& wd : words) wd.x0 = glyphs[wd.glyphs.front()].x0, wd.x1 = glyphs[wd.glyphs.back()].x1;
                        Segment cur = words[0];
                        for (std::size_t v = 1; v < words.size(); ++v) {
                            if (open_gap(words[v - 1].x1, words[v].x0) && covered(words[v - 1].x0, words[v - 1].x1) &&
                                covered(words[v].x0, words[v].x1)) {
                                cut.push_back(std::move(cur));
                                cur = words[v];
                            } else {
                                cur.glyphs.insert(cur.glyphs.end(), words[v].glyphs.begin(), words[v].glyphs.end());
                            }
                        }
                        cut.push_back(std::move(cur));
                    }
                    for (Segment& c : cut) c.x0 = glyphs[c.glyphs.front()].x0, c.x1 = glyphs[c.glyphs.back()].x1;
                    mark(k, 1);
                    row_pieces[k] = std::move(cut);
                }
            }
            run = 0;
        }
    }
    for (std::size_t r = 0; r < split.size(); ++r) {
        Segment& l = split[r];
        std::vector<Segment>& pieces = row_pieces[r];
        const bool edge = edge_row[r];
        if (!first_page && !edge && !table_row[r] && pieces.size() > 1) {   // in the body a row stays one line
            for (std::size_t k = 1; k < pieces.size(); ++k)
                pieces[0].glyphs.insert(pieces[0].glyphs.end(), pieces[k].glyphs.begin(), pieces[k].glyphs.end());
            pieces.resize(1);
        }
        for (Segment& piece : pieces) {
            Segment out_piece = l;
            out_piece.glyphs = std::move(piece.glyphs);
            out_piece.x0 = glyphs[out_piece.glyphs.front()].x0;
            out_piece.x1 = glyphs[out_piece.glyphs.back()].x1;
            out_piece.piece = pieces.size() > 1 && !table_row[r];
            out_piece.cell = pieces.size() > 1 && table_row[r];
            lines.push_back(std::move(out_piece));
        }
    }

    std::vector<PdfLine> out;
    for (Segment& l : lines) {
        PdfLine pl;
        pl.region = l.band * 3 + l.column;
        pl.apart = l.piece;
        pl.cell = l.cell;
        LineGeometry& geo = pl.geometry;
        geo.x0 = l.x0, geo.x1 = l.x1, geo.top = l.top, geo.bottom = l.bottom, geo.baseline = l.bottom;
        geo.column = l.column;
        geo.page_width = page.width, geo.page_height = page.height;
        std::map<long, int> sizes;
        int bold = 0, over = 0, n = 0;
        const Glyph* prev = nullptr;
        std::size_t run_begin = std::string::npos;
        for (std::size_t k : l.glyphs) {
            const Glyph& q = glyphs[k];
            if (prev) {
                const double em = std::min(prev->size, q.size);
                const double gap = q.x0 - prev->x1;
                // pdf.superscript-glued: a note marker set small and raised after a
                // Latin word or number takes no space before it ("AI¹" is "AI1", not
                // "AI 1", which reads as a count); after Japanese the space stays.
                const auto raised = [&](const Glyph& g) {
                    return g.size <= 0.8 * l.size && g.bottom < l.bottom - 0.15 * l.size;
                };
                const bool latin_before = prev->text.size() == 1 && std::isalnum(static_cast<unsigned char>(prev->text[0]));
                const bool marker = raised(q) && !raised(*prev) && latin_before && gap < 1.0 * l.size;
                if (!marker && (gap > 0.5 * em || (prev->space_after && gap > 0.05 * em))) {
                    if (run_begin != std::string::npos && !q.overprinted) {
                        pl.overprinted.push_back({run_begin, pl.text.size()});
                        run_begin = std::string::npos;
                    }
                    pl.text += ' ';
                }
            }
            if (q.overprinted && run_begin == std::string::npos) run_begin = pl.text.size();
            if (!q.overprinted && run_begin != std::string::npos) {
                pl.overprinted.push_back({run_begin, pl.text.size()});
                run_begin = std::string::npos;
            }
            pl.text += q.text;
            sizes[std::lround(q.size * 10)] += 1;
            bold += q.bold, over += q.overprinted, ++n;
            prev = &q;
        }
        if (run_begin != std::string::npos) pl.overprinted.push_back({run_begin, pl.text.size()});
        int most = 0;
        for (const auto& [s, c] : sizes)
            if (c > most) most = c, geo.font_size = s / 10.0;
        geo.bold = n > 0 && bold * 10 >= n * 6;
        pl.all_overprinted = n > 0 && over == n;
        out.push_back(std::move(pl));
    }
    // Ruby and fake-bold copies, counted on the line they belong to.
    for (const Glyph& r : ruby) {
        PdfLine* below = nullptr;
        for (PdfLine& pl : out)
            if (pl.geometry.top >= r.bottom - 0.5 * r.size && r.x0 >= pl.geometry.x0 - r.size &&
                r.x1 <= pl.geometry.x1 + r.size && (!below || pl.geometry.top < below->geometry.top))
                below = &pl;
        if (!below && !out.empty()) below = &out.front();
        if (below) {
            if (below->ruby.empty()) below->ruby.emplace_back();
            below->ruby.back() += r.text;
        }
    }
    if (folded && !out.empty()) {
        // Spread the count over the overprinted lines (for artefacts).
        PdfLine* first = nullptr;
        for (PdfLine& pl : out)
            if (!pl.overprinted.empty()) {
                first = &pl;
                break;
            }
        (first ? first : &out.front())->folded = folded;
    }
    return out;
}

PdfText to_text(const std::vector<PdfPage>& pages_in) {
    PdfText t;
    std::vector<PdfPage> pages = pages_in;
    for (PdfPage& p : pages) t.vertical_pages += turn_vertical_page(p);
    const double body = body_size(pages);
    for (const PdfPage& p : pages) {
        t.pages.push_back(lay_out_page(p, body, t.pages.empty()));
        t.labels.push_back(p.label);
        bool two = false;
        for (const PdfLine& l : t.pages.back()) two |= l.geometry.column != 0;
        t.two_column_pages += two;
    }
    t.prose_size = prose_size(t.pages, 1);
    // pdf.prose-size per page: the page's own, when it holds enough prose to say.
    for (const auto& lines : t.pages) t.page_prose_size.push_back(prose_size(std::vector<std::vector<PdfLine>>{lines}, 150));
    {   // is the prose itself bold? (then bold says nothing)
        std::size_t at = 0, bold = 0;
        for (const PdfPage& p : pages)
            for (const Glyph& g : p.glyphs)
                if (std::abs(g.size - t.prose_size) < 0.05) ++at, bold += g.bold;
        t.prose_bold = at > 0 && bold * 2 > at;
    }
    for (std::size_t pg = 0; pg < t.pages.size(); ++pg)
        for (PdfLine& l : t.pages[pg]) {
            l.geometry.body_size = t.page_prose_size[pg] > 0 ? t.page_prose_size[pg] : t.prose_size;
            l.geometry.body_bold = t.prose_bold;
        }
    // The document's line pitch, in ems: the most common baseline distance
    // between consecutive lines of one region and one size.
    std::map<long, int> pitches;
    for (const auto& lines : t.pages)
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const LineGeometry &a = lines[i - 1].geometry, &b = lines[i].geometry;
            if (lines[i - 1].region != lines[i].region || a.font_size <= 0 ||
                std::abs(a.font_size - b.font_size) > 0.05 * a.font_size)
                continue;
            const double p = (b.baseline - a.baseline) / a.font_size;
            if (p > 0.8 && p < 4) pitches[std::lround(p * 20)] += 1;
        }
    double pitch = 1.5;
    int most = 0;
    for (const auto& [p, c] : pitches)
        if (c > most) most = c, pitch = p / 20.0;
    for (std::size_t pg = 0; pg < t.pages.size(); ++pg) {
        auto& lines = t.pages[pg];
        for (std::size_t i = 0; i < lines.size(); ++i) {
            PdfLine& l = lines[i];
            if (i > 0) {
                const PdfLine& a = lines[i - 1];
                const double sa = a.geometry.font_size, sb = l.geometry.font_size;
                const double d = l.geometry.baseline - a.geometry.baseline;
                l.new_block = a.region != l.region || std::abs(sa - sb) > 0.15 * std::max(sa, sb) ||
                              d > 1.35 * pitch * std::max(sa, sb) || d < 0 || l.apart || a.apart;
            }
            if (l.new_block) {
                t.raw.emplace_back();
                t.line_of.push_back({});
            }
            t.raw.push_back((pg > 0 && i == 0 ? "\f" : "") + l.text);
            t.line_of.push_back({static_cast<int>(pg), static_cast<int>(i)});
        }
        if (lines.empty() && pg > 0) {   // an empty page still opens with its form feed
            t.raw.emplace_back("\f");
            t.line_of.push_back({});
        }
        if (!lines.empty()) {
            t.raw.emplace_back();
            t.line_of.push_back({});
        }
    }
    t.raw.emplace_back("\f");
    t.line_of.push_back({});
    return t;
}

}  // namespace shiryo::read
