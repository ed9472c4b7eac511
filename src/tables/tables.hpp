// Stage: rebuild tables. Input: normalised lines; output: model Tables.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace shiryo::tables {

// Does this line open a table: a caption such as "表１ …", "表 1 …", "表2",
// "表 3-1", "図表 1", "Table 3"?
bool is_table_caption(const Line& line);

// The table whose caption is lines[caption]: index one past its last line.
// The source/notes line (各種資料より筆者作成, 出所：…, 出典：…, （注）…)
// belongs to the table; page-number and page-break lines inside it do too,
// and so does the running header at the top of a page the table goes on
// over (rebuild_table leaves these out of the rows).
std::size_t find_table_end(const std::vector<Line>& lines, std::size_t caption, const Layout& layout);

// Rebuild the table from its lines [begin, end) (caption first). `n` is its
// number in the document. Never throws on odd input: ragged rows are kept
// and reported in Table::report.
Table rebuild_table(const std::vector<Line>& lines, std::size_t begin, std::size_t end, int n,
                    const Layout& layout);

// table.column-blocks: an uncaptioned table printed column by column - three or
// more blank-separated blocks of short lines of one height from lines[begin].
// Returns one past its last line, or `begin` when there is none.
// `column_width` is column_width_of(), computed once per document (it looks at every line).
std::size_t find_column_blocks(const std::vector<Line>& lines, std::size_t begin, int column_width);
int column_width_of(const std::vector<Line>& lines, const Layout& layout);
// Rebuild it: the first line of every block is the header row.
Table rebuild_column_blocks(const std::vector<Line>& lines, std::size_t begin, std::size_t end, int n,
                            const Layout& layout);

// table.positional-block: in pdftotext -layout text, an uncaptioned table -
// a line (the header) over two or more lines that part at wide gaps into
// columns no line crosses, one of them of short cells in every row (labels
// or values, not prose), no cell over half the column wide and no line closing
// a sentence. Returns one past its last line, or `begin` when there is none.
std::size_t find_positional_block(const std::vector<Line>& lines, std::size_t begin, int column_width);
Table rebuild_positional_block(const std::vector<Line>& lines, std::size_t begin, std::size_t end, int n);

// A vote table (cells 賛成/反対/棄権/不参加/欠席) in tidy form, one record per
// country and date. `context` is the text around the table (caption and the
// paragraphs after it) from which years and resolutions are taken.
bool is_vote_table(const Table& table);
std::vector<VoteRecord> tidy_votes(const Table& table, const std::string& context);

// ISO 3166-1 alpha-3 for a Japanese country name ("ロシア" -> "RUS"), from
// ICU's Japanese region display names plus an alias table; "" if unknown.
std::string iso3_from_japanese(const std::string& name);

}  // namespace shiryo::tables
