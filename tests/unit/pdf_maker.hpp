// Test PDFs made at test time, in memory: pages of text runs placed at
// given positions and sizes, in a Type0 font (Identity-H codes = Unicode
// code points of the BMP, a ToUnicode map, no embedded glyphs: text
// extraction needs only widths and Unicode). Also the bad PDFs: encrypted,
// damaged, without pages, without text.
#pragma once

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "text/unicode.hpp"

namespace testpdf {

struct Run {
    double x = 0, baseline = 0;   // points from the page's top left
    double size = 10;
    std::string text;             // UTF-8
    bool bold_font = false;       // set in the font named ...-Bold
};

struct Page {
    double width = 595, height = 842;
    std::vector<Run> runs;
    bool image_only = false;      // a filled rectangle and no text
};

struct Options {
    bool encrypted = false;
    std::string label_prefix;     // "" none; else /PageLabels with this prefix
    std::string title;            // "" none; else /Info /Title (UTF-16BE)
    std::vector<std::string> outline;   // top-level outline entries (bookmarks), each to page 1
};

inline std::string hex4(unsigned v) {
    char b[8];
    std::snprintf(b, sizeof b, "%04X", v);
    return b;
}

// A PDF text string in UTF-16BE with its byte order mark, as hex.
inline std::string utf16_hex(const std::string& utf8) {
    std::string h = "<FEFF";
    for (char32_t c : shiryo::text::to_u32(utf8)) h += hex4(static_cast<unsigned>(c));   // BMP only
    return h + ">";
}

inline std::string make_pdf(const std::vector<Page>& pages, const Options& opt = {}) {
    std::vector<std::string> objs;   // object i+1
    auto add = [&](std::string body) {
        objs.push_back(std::move(body));
        return static_cast<int>(objs.size());
    };
    std::set<unsigned> used;
    for (const Page& p : pages)
        for (const Run& r : p.runs)
            for (char32_t c : shiryo::text::to_u32(r.text)) used.insert(static_cast<unsigned>(c));
    std::string cmap =
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
    std::vector<unsigned> u(used.begin(), used.end());
    for (std::size_t i = 0; i < u.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, u.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) cmap += "<" + hex4(u[k]) + "> <" + hex4(u[k]) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap CMapName currentdict /CMap defineresource pop end end\n";
    const int tounicode = add("<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap + "endstream");
    auto font = [&](const std::string& name) {
        const int desc = add("<< /Type /FontDescriptor /FontName /" + name +
                             " /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120"
                             " /CapHeight 700 /StemV 80 >>");
        const int cid = add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                            " /FontDescriptor " + std::to_string(desc) + " 0 R /DW 1000 /W [32 126 500]"
                            " /CIDToGIDMap /Identity >>");
        return add("<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" +
                   std::to_string(cid) + " 0 R] /ToUnicode " + std::to_string(tounicode) + " 0 R >>");
    };
    const int f1 = font("NotoSerifCJKjp-Regular"), f2 = font("NotoSansCJKjp-Bold");
    const int pages_id = static_cast<int>(objs.size()) + 1 + 2 * static_cast<int>(pages.size());
    std::vector<int> kids;
    for (const Page& p : pages) {
        std::string s;
        if (p.image_only) {
            s = "0.5 g 50 50 400 600 re f\n";
        } else {
            for (const Run& r : p.runs) {
                char tm[128];
                std::snprintf(tm, sizeof tm, "BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm <", r.bold_font ? "F2" : "F1", r.size, r.x,
                              p.height - r.baseline);
                s += tm;
                for (char32_t c : shiryo::text::to_u32(r.text)) s += hex4(static_cast<unsigned>(c));
                s += "> Tj ET\n";
            }
        }
        const int content = add("<< /Length " + std::to_string(s.size()) + " >>\nstream\n" + s + "endstream");
        char box[96];
        std::snprintf(box, sizeof box, "[0 0 %.2f %.2f]", p.width, p.height);
        kids.push_back(add("<< /Type /Page /Parent " + std::to_string(pages_id) + " 0 R /MediaBox " + box +
                           " /Resources << /Font << /F1 " + std::to_string(f1) + " 0 R /F2 " + std::to_string(f2) +
                           " 0 R >> >> /Contents " + std::to_string(content) + " 0 R >>"));
    }
    std::string k;
    for (int id : kids) k += std::to_string(id) + " 0 R ";
    add("<< /Type /Pages /Kids [" + k + "] /Count " + std::to_string(kids.size()) + " >>");
    std::string catalog = "<< /Type /Catalog /Pages " + std::to_string(pages_id) + " 0 R";
    if (!opt.outline.empty()) {
        // Objects: the outline dictionary, then one per entry (ids known in advance).
        const int first = pages_id + 2, outlines = pages_id + 1, n = static_cast<int>(opt.outline.size());
        add("<< /Type /Outlines /First " + std::to_string(first) + " 0 R /Last " + std::to_string(first + n - 1) +
            " 0 R /Count " + std::to_string(n) + " >>");
        for (int k = 0; k < n; ++k) {
            std::string item = "<< /Title " + utf16_hex(opt.outline[static_cast<std::size_t>(k)]) + " /Parent " +
                               std::to_string(outlines) + " 0 R /Dest [" + std::to_string(kids.front()) + " 0 R /XYZ null null null]";
            if (k > 0) item += " /Prev " + std::to_string(first + k - 1) + " 0 R";
            if (k + 1 < n) item += " /Next " + std::to_string(first + k + 1) + " 0 R";
            add(item + " >>");
        }
        catalog += " /Outlines " + std::to_string(outlines) + " 0 R";
    }
    if (!opt.label_prefix.empty()) catalog += " /PageLabels << /Nums [0 << /S /D /P (" + opt.label_prefix + ") >>] >>";
    const int root = add(catalog + " >>");
    const int info = opt.title.empty() ? 0 : add("<< /Title " + utf16_hex(opt.title) + " >>");
    int encrypt = 0;
    if (opt.encrypted)
        encrypt = add("<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + std::string(64, 'A') + "> /U <" +
                      std::string(64, 'B') + "> >>");
    std::string out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objs.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t o : offsets) {
        char b[32];
        std::snprintf(b, sizeof b, "%010zu 00000 n \n", o);
        out += b;
    }
    out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root " + std::to_string(root) + " 0 R";
    if (info) out += " /Info " + std::to_string(info) + " 0 R";
    if (encrypt) out += " /Encrypt " + std::to_string(encrypt) + " 0 R /ID [<" + std::string(32, 'C') + "> <" + std::string(32, 'C') + ">]";
    out += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

// A run of full-width text: n characters of `text` repeated to fill `chars`.
inline std::string fill(const std::string& text, std::size_t chars) {
    const std::u32string u = shiryo::text::to_u32(text);
    std::u32string out;
    for (std::size_t i = 0; i < chars; ++i) out += u[i % u.size()];
    return shiryo::text::to_utf8(out);
}

}  // namespace testpdf
