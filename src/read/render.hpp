// Stage: read a PDF, for the review page only. Each table's region is cut
// from its page with poppler's page_renderer, the boxes of its source lines
// (its rows as read) outlined, and returned as PNG bytes; the app puts them
// into Document::table_images when --review asks for the page.
//
//   pdf.table-region   a table's region is the union of the boxes of its source lines on
//                      the page of its first line that has one, a margin of 4 pt around;
//                      lines on other pages (a table running over a page break) are left out
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::read {

struct Box {
    double x0 = 0, top = 0, x1 = 0, bottom = 0;   // points, y downwards
};

struct TableRegion {
    int page = 0;              // 1-based
    Box box;                   // the region to cut
    std::vector<Box> lines;    // the boxes of its source lines (outlined)
    std::vector<double> column_edges;   // the left edge of each column where known (pdf.table-column-edges), page x
};

// pdf.table-region; nullopt when none of the table's lines has a box.
std::optional<TableRegion> table_region(const Document& doc, const Table& table);

// A PNG (8-bit RGB) of width x height pixels from rows of RGB bytes.
std::string encode_png(const std::vector<unsigned char>& rgb, int width, int height);

// Every table's region of a document read from `pdf`, as PNG images at
// `scale` pixels per point. Tables without a region get none; a PDF poppler
// cannot open gives none (the page still lists the tables).
std::vector<Document::RegionImage> render_table_regions(std::string_view pdf, const Document& doc, double scale = 1.5);

}  // namespace shiryo::read
