// Stage: rebuild notes.
//
// Three shapes are recognised, all from structure only:
//   1. endnotes after a rule line (a line of ―, ─, —, _ or - only);
//   2. endnotes under a heading line 注 / 註 / 注記 / 【注】 …;
//   3. footnotes: a run of numbered bodies standing at a page's foot (just
//      before a page-number line, a new page, or the end of the document),
//      accepted only when the numbers follow each other and the body above
//      refers to them.
// A note starts at a line beginning with the next expected number followed
// by a space (or a bracketed number); other lines continue the current note.
#include "notes/notes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "text/unicode.hpp"

namespace shiryo::notes {

namespace {

using text::to_u32;
using text::to_utf8;

bool is_space_cp(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }
bool is_han_cp(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005; }

// ---------------------------------------------------------------- line shapes

bool is_rule_char(char32_t c) {
    return c == 0x2015 || c == 0x2500 || c == 0x2501 || c == 0x2014 || c == 0x2013 || c == 0x2012 ||
           c == 0x2010 || c == U'_' || c == U'-' || c == 0xFF3F || c == 0xFF0D || c == 0x2212 || c == 0x2574 ||
           c == 0x2576 || c == 0x23AF || c == 0x2E3A || c == 0x2E3B;
}

bool is_rule_line(std::string_view t) {
    // Decoded as it goes, no copy: the first code point that is neither a
    // space nor a rule character rejects (trimming first would not change that).
    int n = 0;
    for (std::size_t i = 0; i < t.size();) {
        const char32_t c = text::next_code_point(t, i);
        if (is_space_cp(c)) continue;
        if (!is_rule_char(c)) return false;
        ++n;
    }
    return n >= 3;
}

bool is_bracket_char(char32_t c) {
    switch (c) {   // 【】〔〕［］[]（）()《》〈〉<>＜＞■□◆◇●○・:：
        case U'【': case U'】': case U'〔': case U'〕': case U'［': case U'］': case U'[': case U']':
        case U'（': case U'）': case U'(': case U')': case U'《': case U'》': case U'〈': case U'〉':
        case U'<': case U'>': case U'＜': case U'＞': case U'■': case U'□': case U'◆': case U'◇':
        case U'●': case U'○': case U'・': case U':': case U'：':
            return true;
        default:
            return false;
    }
}

// The line without spaces and brackets, when it has at most `limit` code
// points left (a heading word); false for longer lines, found without
// decoding more than limit + the skipped characters, and without allocating.
template <std::size_t Limit>
bool heading_core(std::string_view t, std::array<char32_t, Limit>& core, std::size_t& n) {
    n = 0;
    for (std::size_t i = 0; i < t.size();) {
        const char32_t c = text::next_code_point(t, i);
        if (is_space_cp(c) || is_bracket_char(c)) continue;
        if (n == Limit) return false;
        core[n++] = c;
    }
    return true;
}

template <std::size_t Limit>
bool core_is_one_of(std::string_view t, std::initializer_list<std::u32string_view> names) {
    std::array<char32_t, Limit> core;
    std::size_t n = 0;
    if (!heading_core(t, core, n)) return false;
    const std::u32string_view c(core.data(), n);
    for (std::u32string_view name : names)
        if (c == name) return true;
    return false;
}

// "注", "註", "注記", "【注】", "〔註〕", "(注)", "Notes" ...
bool is_note_heading(std::string_view t) {
    return core_is_one_of<10>(t, {U"注",    U"註",  U"注記",  U"註記",  U"注釈",    U"註釈",  U"脚注",
                                  U"原注",  U"文末注", U"Notes", U"NOTES", U"Endnotes", U"ENDNOTES",
                                  U"Note", U"注：", U"Примечания"});
}

bool is_bibliography_heading(std::string_view t) {
    return core_is_one_of<12>(t, {U"参考文献", U"主要参考文献", U"引用文献", U"参考資料", U"文献一覧",
                                  U"文献",     U"参照文献",     U"References", U"Bibliography"});
}

// ---------------------------------------------------------------- markers

enum class Style { Plain, Paren, Square, Note, Star };

struct Marker {
    int n = 0;
    std::string label;        // as printed
    std::size_t body = 0;     // byte offset of the note text in the line text
    Style style = Style::Plain;
    bool dotted = false;      // "1." / "1)" form
};

// Words that make "3 月 …", "2 年後 …" an ordinary number, not a note marker.
bool counter_after(const std::u32string& u, std::size_t k) {
    if (k >= u.size()) return false;
    static const std::u32string always = U"年月号巻頁%％条項章節";
    static const std::u32string unless_han = U"日人名件回歳億万千百円倍度期代部本社点次割週位個";
    const char32_t c = u[k];
    if (always.find(c) != std::u32string::npos) return true;
    if (unless_han.find(c) != std::u32string::npos) return !(k + 1 < u.size() && is_han_cp(u[k + 1]));
    auto starts = [&](std::u32string_view w) { return std::u32string_view(u).substr(k, w.size()) == w; };
    for (std::u32string_view w : {U"ページ", U"カ国", U"カ月", U"カ所", U"ケ国", U"ケ月", U"か国", U"か月", U"ヵ",
                                  U"ヶ", U"つ", U"ドル", U"世紀", U"パーセント", U"キロ", U"メートル"})
        if (starts(w)) return true;
    return false;
}

bool unit_after(const std::u32string& u, std::size_t k) {
    if (k >= u.size()) return false;
    static const std::u32string punct = U"〜~～―-－・.．,，、。)）:：";
    return punct.find(u[k]) != std::u32string::npos || counter_after(u, k);
}

std::optional<Marker> parse_marker(std::string_view line_text) {
    const auto u = to_u32(line_text);
    std::size_t i = 0;
    while (i < u.size() && is_space_cp(u[i])) ++i;
    const std::size_t start = i;
    bool note_word = false;
    bool star = false;   // "＊1" / "※1" / "*1"
    if (i < u.size() && (u[i] == U'＊' || u[i] == U'※' || u[i] == U'*')) {
        star = true;
        ++i;
    } else if (i < u.size() && (u[i] == U'注' || u[i] == U'註')) {
        note_word = true;
        ++i;
        while (i < u.size() && is_space_cp(u[i])) ++i;
    }
    char32_t close = 0;
    if (!star && i < u.size()) {
        switch (u[i]) {
            case U'（': close = U'）'; break;
            case U'(': close = U')'; break;
            case U'［': close = U'］'; break;
            case U'[': close = U']'; break;
            case U'〔': close = U'〕'; break;
            default: break;
        }
        if (close) {
            ++i;
            if (!note_word && i < u.size() && (u[i] == U'注' || u[i] == U'註')) {
                note_word = true;
                ++i;
            }
        }
    }
    const std::size_t digits = i;
    int n = 0;
    while (i < u.size() && text::digit_value(u[i]) >= 0 && i - digits < 4) n = n * 10 + text::digit_value(u[i++]);
    if (i == digits || n <= 0 || (i < u.size() && text::digit_value(u[i]) >= 0)) return std::nullopt;
    Marker m;
    m.n = n;
    bool dotted = false;
    if (star) {
        m.style = Style::Star;
    } else if (close) {
        if (i >= u.size() || u[i] != close) return std::nullopt;
        ++i;
        m.style = (close == U'）' || close == U')') ? Style::Paren : Style::Square;
    } else if (note_word) {
        m.style = Style::Note;
    } else {
        m.style = Style::Plain;
        if (i < u.size() && (u[i] == U'.' || u[i] == U'．' || u[i] == U')' || u[i] == U'）')) {
            dotted = true;
            ++i;
        }
    }
    if (note_word && m.style != Style::Note) m.style = Style::Note;
    m.dotted = dotted;
    const std::size_t label_end = i;
    std::size_t k = i;
    while (k < u.size() && is_space_cp(u[k])) ++k;
    const bool spaced = k > i;
    if (m.style == Style::Plain) {
        if (!spaced || k >= u.size()) return std::nullopt;   // "1 " + text required
        if (unit_after(u, k)) return std::nullopt;
    } else {
        // bracketed or starred: a space is optional, but the marker must not be a number in running text
        if (k < u.size() && text::digit_value(u[k]) >= 0 && !spaced) return std::nullopt;
        if (!spaced && unit_after(u, k)) return std::nullopt;
    }
    m.label = to_utf8(std::u32string_view(u).substr(start, label_end - start));
    m.body = to_utf8(std::u32string_view(u).substr(0, k)).size();
    return m;
}

// note.label-line: a converter prints a footnote's superscript label on a
// line of its own ("1", blank, then the note's text). A line holding only a
// number of one to three digits, followed on the same page by a text line
// that is neither a marker nor another bare number, starts a note whose text
// begins on that next line.
std::optional<Marker> label_line_marker(const std::vector<Line>& lines, std::size_t j) {
    const Line& L = lines[j];
    if (L.page_number || L.blank) return std::nullopt;
    const std::string t(text::trim(L.text));
    const auto u = to_u32(t);
    if (u.empty() || u.size() > 3) return std::nullopt;
    int n = 0;
    for (char32_t c : u) {
        if (text::digit_value(c) < 0) return std::nullopt;
        n = n * 10 + text::digit_value(c);
    }
    if (n <= 0) return std::nullopt;
    std::size_t k = j + 1;
    while (k < lines.size() && (lines[k].blank || text::trim(lines[k].text).empty()) && !lines[k].page_start) ++k;
    if (k >= lines.size() || lines[k].page_number || lines[k].page_start || lines[k].fake_bold) return std::nullopt;
    const std::string next(text::trim(lines[k].text));
    if (parse_marker(next)) return std::nullopt;
    bool digits_only = true;
    for (char32_t c : to_u32(next)) digits_only = digits_only && text::digit_value(c) >= 0;
    if (digits_only) return std::nullopt;
    Marker m;
    m.n = n;
    m.label = t;
    m.body = L.text.size();
    m.style = Style::Plain;
    return m;
}

std::optional<Marker> marker_of(const std::vector<Line>& lines, std::size_t j) {
    if (auto m = parse_marker(lines[j].text)) return m;
    return label_line_marker(lines, j);
}

// The printed form of a label: its style, and for plain numbers whether a
// "." / ")" follows ("1)" and "1" are different forms; "1" and "１" are not).
struct Form {
    Style style = Style::Plain;
    bool dotted = false;
    bool operator==(const Form&) const = default;
};

Form form_of(const Marker& m) { return {m.style, m.dotted}; }

// A bare number ("6 …"): the weakest label form, easily a wrapped line.
bool bare(const Form& f) { return f.style == Style::Plain && !f.dotted; }

// Does a line stop in the middle of a citation, so that a number starting the
// next line goes on with it? A trailing comma, or a short abbreviation
// ("…, Vol.", "No.", "pp.", "С.") as its last word.
bool ends_mid_citation(std::string_view t) {
    auto u = to_u32(text::trim_right(t));
    if (u.empty()) return false;
    const char32_t last = u.back();
    if (last == U',' || last == U'，' || last == U'、') return true;
    if (last != U'.') return false;
    std::size_t b = u.size() - 1;
    while (b > 0 && !is_space_cp(u[b - 1]) && u[b - 1] != U',') --b;
    const std::size_t letters = u.size() - 1 - b;
    if (letters == 0 || letters > 3 || b == 0) return false;   // a whole line "No." is not a citation's middle
    for (std::size_t k = b; k + 1 < u.size(); ++k) {
        const char32_t c = u[k];
        const bool latin = (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
        const bool cyrillic = c >= 0x0400 && c <= 0x04FF;
        if (!latin && !cyrillic) return false;
    }
    return true;
}

// Does a finished line read as the end of a sentence or of a reference?
bool ends_finished(std::string_view t) {
    auto u = to_u32(text::trim_right(t));
    if (u.empty()) return true;
    static const std::u32string ends = U"。．.）)>＞」』”\"";
    return ends.find(u.back()) != std::u32string::npos;
}

// ---------------------------------------------------------------- URL joins

bool is_url_char(char32_t c) {
    if (c > 0x7E || c <= 0x20) return false;
    return c != U'<' && c != U'>' && c != U'"' && c != U'{' && c != U'}' && c != U'|' && c != U'\\' &&
           c != U'^' && c != U'`';
}

// The last whitespace-delimited token of s, if it is a bare URL.
std::u32string trailing_bare_url(const std::u32string& s) {
    std::size_t b = s.size();
    while (b > 0 && is_url_char(s[b - 1])) --b;
    auto tok = s.substr(b);
    if (tok.rfind(U"http://", 0) == 0 || tok.rfind(U"https://", 0) == 0 || tok.rfind(U"www.", 0) == 0) return tok;
    return {};
}

bool bare_url_continues(const std::u32string& prev, const std::u32string& next) {
    auto url = trailing_bare_url(prev);
    if (url.empty() || next.empty()) return false;
    std::size_t k = 0;
    while (k < next.size() && is_url_char(next[k])) ++k;
    if (k == 0 || (k < next.size() && !is_space_cp(next[k]) && next[k] < 0x3000)) return false;
    auto tok = next.substr(0, k);
    if (tok.find_first_of(U"/_=%&?#~") != std::u32string::npos) return true;
    static const std::u32string joiners = U"-_=?&%~./";
    return joiners.find(url.back()) != std::u32string::npos && url.back() != U'.' && url.back() != U'/';
}

bool is_japanese_punct(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// ---------------------------------------------------------------- areas

struct Open {
    bool active = false;
    int n = 0;
    std::string label;
    Form form;
    std::vector<std::string> pieces;
    int first = 0, last = 0;
    std::string last_text;
    bool last_gap = false;   // the last line had a trailing space
};

struct AreaResult {
    std::vector<Note> notes;
    std::vector<std::size_t> consumed;
    std::size_t end = 0;          // index after the area
    bool ended_at_page = false;   // stopped at a page boundary with more text after it
};

void close_note(Open& open, NotePlace place, AreaResult& out) {
    if (!open.active) return;
    Note note;
    note.n = open.n;
    note.place = place;
    note.label = open.label;
    note.text = join_note_lines(open.pieces);
    note.span = {open.first, open.last};
    out.notes.push_back(std::move(note));
    open = Open{};
}

bool has_content_after(const std::vector<Line>& lines, std::size_t from) {
    for (std::size_t k = from; k < lines.size(); ++k)
        if (!lines[k].blank && !lines[k].page_number && !text::trim(lines[k].text).empty()) return true;
    return false;
}

// Collect notes from lines[from..): used after a rule line or a notes heading.
// `expected` is the next note number across the document (1 at first).
// `page_bound`: stop at the first page boundary not continued by a note.
AreaResult collect_area(const std::vector<Line>& lines, std::size_t from, int& expected, bool page_bound,
                        NotePlace place, std::vector<Diagnostic>& diags) {
    AreaResult out;
    Open open;
    std::vector<std::size_t> pending_blank;
    bool crossed_page = false;
    std::size_t j = from;
    for (; j < lines.size(); ++j) {
        const Line& L = lines[j];
        if (L.page_number) {
            crossed_page = true;
            continue;
        }
        if (L.blank || text::trim(L.text).empty()) {
            pending_blank.push_back(j);
            continue;
        }
        if (is_rule_line(L.text) || is_note_heading(L.text) || is_bibliography_heading(L.text) || L.fake_bold) break;
        const bool new_page = crossed_page || (L.page_start && j > from);
        auto m = marker_of(lines, j);
        bool starts = false;
        // A bare number after a decorated list ("4) …" then "6 (2021) …"), or
        // after a line that stops mid-citation, goes on with the open note.
        const bool doubtful = m && open.active && bare(form_of(*m)) &&
                              (!bare(open.form) || (!open.last_gap && ends_mid_citation(open.last_text)));
        if (m && !open.active) {
            starts = true;
        } else if (m && open.active && !doubtful) {
            if (m->n == open.n + 1) {
                starts = true;
            } else if (m->n > open.n + 1 && m->n <= open.n + 4 && form_of(*m) == open.form) {
                starts = true;
                Diagnostic d;
                d.severity = Severity::Warning;
                d.line = L.number;
                d.code = "note-number-gap";
                d.message = "note " + std::to_string(m->n) + " follows note " + std::to_string(open.n) +
                            (m->n == open.n + 2 ? "; note " + std::to_string(open.n + 1) + " is missing"
                                                : "; notes " + std::to_string(open.n + 1) + "-" +
                                                      std::to_string(m->n - 1) + " are missing");
                diags.push_back(d);
            } else if (m->n == open.n && m->style != Style::Plain && form_of(*m) == open.form) {
                starts = true;
                Diagnostic d;
                d.severity = Severity::Warning;
                d.line = L.number;
                d.code = "note-number-duplicate";
                d.message = "note number " + std::to_string(m->n) + " appears twice";
                diags.push_back(d);
            }
        }
        // note.number-out-of-order: a line that opens like a note but with a
        // repeated, backward or far-jumping number is kept in the open note
        // (it may be its text), and named.
        if (m && open.active && !starts && !doubtful && !new_page && form_of(*m) == open.form &&
            (m->n <= open.n || m->n > open.n + 4)) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.line = L.number;
            d.code = "note.number-out-of-order";
            d.message = "a line opens with note number " + std::to_string(m->n) + " after note " +
                        std::to_string(open.n) + (m->n == open.n ? " (a repeat)" : m->n < open.n ? " (backwards)" : " (a jump)") +
                        ": kept as text of note " + std::to_string(open.n);
            diags.push_back(d);
        }
        if (new_page && !starts) {
            // a page boundary: go on only when the note is visibly unfinished
            if (page_bound || !open.active || ends_finished(open.last_text)) {
                out.ended_at_page = has_content_after(lines, j);
                break;
            }
        }
        if (starts) {
            if (!open.active && out.notes.empty() && m->n != expected && m->n != 1) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.line = L.number;
                d.code = "note-number-gap";
                d.message = "notes start at " + std::to_string(m->n) + ", expected " + std::to_string(expected);
                diags.push_back(d);
            }
            close_note(open, place, out);
            open.active = true;
            open.n = m->n;
            open.label = m->label;
            open.form = form_of(*m);
            open.first = L.number;
            open.pieces.push_back(std::string(text::trim(std::string_view(L.text).substr(m->body))) +
                                  (L.trailing_space ? " " : ""));
        } else if (open.active) {
            open.pieces.push_back(std::string(text::trim(L.text)) + (L.trailing_space ? " " : ""));
        } else {
            break;   // the area does not start with a note
        }
        open.last = L.number;
        open.last_text = L.text;
        open.last_gap = L.trailing_space;
        out.consumed.insert(out.consumed.end(), pending_blank.begin(), pending_blank.end());
        pending_blank.clear();
        out.consumed.push_back(j);
        crossed_page = false;
    }
    if (open.active) expected = open.n + 1;
    close_note(open, place, out);
    out.end = j;
    return out;
}

// ---------------------------------------------------------------- footnote runs

// Does text refer to note n (（n）, (n), 注n, [n], or a flattened superscript " n")?
bool refers_to(const std::string& t, int n, Style style) {
    const auto u = to_u32(t);
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (text::digit_value(u[i]) < 0) continue;
        std::size_t end = i;
        int v = 0;
        while (end < u.size() && text::digit_value(u[end]) >= 0 && end - i < 5) v = v * 10 + text::digit_value(u[end++]);
        const bool digit_around = (end < u.size() && text::digit_value(u[end]) >= 0) ||
                                  (i > 0 && text::digit_value(u[i - 1]) >= 0);
        if (v == n && !digit_around) {
            const char32_t before = i > 0 ? u[i - 1] : 0;
            const char32_t after = end < u.size() ? u[end] : 0;
            if ((before == U'（' || before == U'(') && (after == U'）' || after == U')')) return true;
            if ((before == U'［' || before == U'[') && (after == U'］' || after == U']')) return true;
            if (before == U'注' || before == U'註') return true;
            if (before == U'＊' || before == U'※' || before == U'*') return true;
            if (i >= 2 && is_space_cp(before) && (u[i - 2] == U'注' || u[i - 2] == U'註')) return true;
            // note.glued-superscript: "生成 AI1", "委員会2。"; note.glued-after-bracket:
            // "(anarchy)1" (see structure's bare candidates)
            if (style == Style::Plain && i > 0 && end - i <= 2 && !is_space_cp(before) &&
                ((text::is_japanese(before) && !is_japanese_punct(before)) || (before >= U'a' && before <= U'z') ||
                 (before >= U'A' && before <= U'Z') || before == U')' || before == U'）') &&
                (end >= u.size() || is_space_cp(after) || is_japanese_punct(after) ||
                 std::u32string_view(U".,)(").find(after) != std::u32string_view::npos ||
                 std::u32string_view(U"にはがでとをもやへの").find(after) != std::u32string_view::npos) &&
                !counter_after(u, end))
                return true;
            if (style == Style::Plain && is_space_cp(before) && i >= 2 && !is_space_cp(u[i - 2]) &&
                u[i - 2] != U'\n' && text::digit_value(u[i - 2]) < 0) {
                std::size_t a = end;
                while (a < u.size() && is_space_cp(u[a])) ++a;
                if (a >= u.size() || !counter_after(u, a)) return true;
            }
        }
        i = end - 1;
    }
    return false;
}

bool marker_follows(const std::vector<Line>& lines, std::size_t i) {
    std::size_t k = i + 1;
    while (k < lines.size() && (lines[k].blank || lines[k].page_number || text::trim(lines[k].text).empty())) ++k;
    if (k >= lines.size() || lines[k].fake_bold) return false;
    return parse_marker(lines[k].text).has_value();
}

// Indices of the lines that end a page: page-number lines, the line before
// a new page that has no page number, and the end of the document.
std::vector<std::size_t> page_feet(const std::vector<Line>& lines) {
    std::vector<std::size_t> feet;
    // Margin line numbers are furniture inside the page, not its foot.
    auto foot_line = [&](std::size_t i) {
        return lines[i].page_number && lines[i].furniture != Furniture::MarginLineNumber;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (foot_line(i)) {
            feet.push_back(i);
        } else if (lines[i].page_start && i > 0) {
            bool had_number = false;
            for (std::size_t k = i; k-- > 0;) {
                if (foot_line(k)) { had_number = true; break; }
                if (lines[k].page_number) continue;
                if (!lines[k].blank && !text::trim(lines[k].text).empty()) break;
            }
            if (!had_number) feet.push_back(i);
        }
    }
    feet.push_back(lines.size());
    std::sort(feet.begin(), feet.end());
    feet.erase(std::unique(feet.begin(), feet.end()), feet.end());
    return feet;
}

// The value of a line holding only a number of one to three digits, or 0.
int bare_number_line(const Line& L) {
    if (L.blank || L.page_number) return 0;
    const auto u = to_u32(text::trim(L.text));
    if (u.empty() || u.size() > 3) return 0;
    int n = 0;
    for (char32_t c : u) {
        if (text::digit_value(c) < 0) return 0;
        n = n * 10 + text::digit_value(c);
    }
    return n;
}

// note.label-stack: two or more footnote labels printed one under another
// ("6" / "7"), then as many one-line texts, up to the page's last line
// `last` (exclusive): paired in order, label k with text k.
// note.scattered-labels: the same when the converter scattered the labels
// among the texts ("1" / text / text / "3" / text / "2"): the labels are the
// numbers first_n, first_n + 1, ... in some order and there are as many
// one-line texts; the texts keep their order and take the labels in
// ascending order.
std::optional<AreaResult> label_stack_area(const std::vector<Line>& lines, std::size_t from, std::size_t last) {
    const int first_n = bare_number_line(lines[from]);
    if (first_n <= 0) return std::nullopt;
    std::vector<std::pair<int, std::size_t>> labels;   // number, line
    std::vector<std::size_t> texts;
    bool stacked = true;   // all labels come before the first text
    for (std::size_t k = from; k < last; ++k) {
        const Line& L = lines[k];
        if (L.blank || L.page_number || text::trim(L.text).empty()) continue;
        if (L.fake_bold || (bare_number_line(L) == 0 && parse_marker(L.text))) return std::nullopt;
        if (const int n = bare_number_line(L); n > 0) {
            labels.emplace_back(n, k);
            stacked = stacked && texts.empty();
        } else {
            texts.push_back(k);
        }
    }
    if (labels.size() < 2 || texts.size() != labels.size()) return std::nullopt;
    // stacked labels must follow one another; scattered ones start the band
    // with the first number (and are then sorted)
    std::vector<std::pair<int, std::size_t>> sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        if (sorted[i].first != first_n + static_cast<int>(i)) return std::nullopt;
    if (stacked && sorted != labels) return std::nullopt;
    AreaResult area;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const std::size_t label_line = sorted[i].second;
        Note note;
        note.n = sorted[i].first;
        note.place = NotePlace::Foot;
        note.label = std::string(text::trim(lines[label_line].text));
        note.text = std::string(text::trim(lines[texts[i]].text));
        note.span = {std::min(lines[label_line].number, lines[texts[i]].number),
                     std::max(lines[label_line].number, lines[texts[i]].number)};
        area.notes.push_back(std::move(note));
    }
    for (std::size_t i = from; i < last; ++i) area.consumed.push_back(i);
    area.end = last;
    return area;
}

void find_foot_runs(const std::vector<Line>& lines, std::vector<char>& taken, NoteExtraction& result) {
    const auto feet = page_feet(lines);
    std::vector<Note> found;
    int runs = 0;
    bool last_run_at_end = false;
    int expected = 1;
    std::size_t page_begin = 0;
    for (const std::size_t foot : feet) {
        const std::size_t begin = page_begin;
        page_begin = foot + 1;
        std::size_t last = foot;   // one past the last content line of the page
        while (last > begin && (lines[last - 1].blank || text::trim(lines[last - 1].text).empty())) --last;
        if (last == begin || taken[last - 1]) continue;
        const bool at_end = foot >= lines.size() || !has_content_after(lines, foot);
        std::optional<AreaResult> best;
        int best_expected = expected;
        std::size_t content_seen = 0;
        for (std::size_t s = last; s-- > begin;) {
            const Line& L = lines[s];
            if (taken[s] || L.fake_bold) break;
            if (L.blank || L.page_number || text::trim(L.text).empty()) continue;
            if (++content_seen > 60) break;
            std::optional<AreaResult> stack = label_stack_area(lines, s, last);
            std::optional<Marker> m = stack ? std::optional<Marker>(Marker{}) : marker_of(lines, s);
            if (stack) {
                m->n = stack->notes.front().n;
                m->style = Style::Plain;
            }
            if (!m || m->dotted) continue;
            if (m->n != expected && m->n != 1) continue;
            int exp = m->n;
            AreaResult area;
            if (stack) {
                area = std::move(*stack);
                exp = area.notes.back().n + 1;
            } else {
                std::vector<Diagnostic> diags;
                area = collect_area(lines, s, exp, true, NotePlace::Foot, diags);
                if (area.notes.empty() || !diags.empty()) continue;
            }
            if (area.consumed.empty() || area.consumed.back() + 1 < last) continue;
            bool ok = true;
            for (const auto& n : area.notes) {
                auto nm = parse_marker(n.label + " x");
                if (!nm || nm->style != m->style) ok = false;
                if (n.span.last - n.span.first > 16) ok = false;
            }
            if (!ok) continue;
            // every note of the run is referred to in the text above it
            std::string above;
            for (std::size_t k = at_end ? 0 : begin; k < s; ++k)
                if (!lines[k].blank && !taken[k]) above += lines[k].text + "\n";
            // note.foot-run-referred: every note of the run is referred to above it; a run
            // that continues the document's numbering (after an accepted run) needs half.
            std::size_t referred = 0;
            for (const auto& n : area.notes) referred += refers_to(above, n.n, m->style);
            const bool continues = runs > 0 && m->n == expected;
            if (referred < area.notes.size() && !(continues && referred * 2 >= area.notes.size())) continue;
            best = std::move(area);
            best_expected = exp;
        }
        if (!best) continue;
        expected = best_expected;
        ++runs;
        last_run_at_end = at_end;
        for (auto idx : best->consumed) {
            taken[idx] = 1;
            result.consumed.push_back(idx);
        }
        for (auto& n : best->notes) found.push_back(std::move(n));
    }
    // a single run at the very end of the document is a list of endnotes
    const bool endnotes = runs == 1 && last_run_at_end;
    for (auto& n : found) {
        if (endnotes) n.place = NotePlace::End;
        result.notes.push_back(std::move(n));
    }
}

}  // namespace

// ---------------------------------------------------------------- public

// Is there a '<' opened before a URL that is not yet closed (notes.url-open-angle)?
// Kept up to date as pieces are appended to a text that only grows at its
// end, instead of searched from the end each time (a note of many lines
// without a '<' was scanned whole for every line).
class OpenAngleUrl {
public:
    void appended(const std::u32string& out, std::size_t from) {
        std::size_t lt = npos_;   // the last '<' in the new part only
        for (std::size_t k = out.size(); k-- > from;)
            if (out[k] == U'<' || out[k] == U'＜') { lt = k; break; }
        if (lt != npos_) {   // a new last '<': what follows it is all new
            lt_ = lt;
            closed_ = out.find_first_of(U">＞", lt) != npos_;
            scheme_ = out.find(U"://", lt + 1) != npos_;
            return;
        }
        if (lt_ == npos_) return;
        if (!closed_) closed_ = out.find_first_of(U">＞", from) != npos_;
        // "://" in the new part, or across the join
        if (!scheme_) scheme_ = out.find(U"://", std::max(lt_ + 1, from >= 2 ? from - 2 : 0)) != npos_;
    }
    bool open(const std::u32string& out) const {
        if (lt_ == npos_ || closed_) return false;
        const std::u32string_view rest = std::u32string_view(out).substr(lt_ + 1);
        return rest.substr(0, 4) == U"http" || rest.substr(0, 4) == U"www." || scheme_;
    }

private:
    static constexpr std::size_t npos_ = std::u32string::npos;
    std::size_t lt_ = npos_;
    bool closed_ = false, scheme_ = false;
};

std::string join_note_lines(const std::vector<std::string>& pieces) {
    std::u32string out;
    OpenAngleUrl angle;
    bool gap_after = false;   // the previous piece ended with a space in the source
    for (const auto& raw : pieces) {
        auto p = to_u32(text::trim(raw));
        if (p.empty()) continue;
        const bool gap = text::trim_right(raw).size() < raw.size();
        if (out.empty()) {
            out = p;
            angle.appended(out, 0);
            gap_after = gap;
            continue;
        }
        const char32_t prev = out.back();
        const char32_t next = p.front();
        bool space = true;
        if (angle.open(out) || bare_url_continues(out, p)) space = false;
        else if (is_japanese_punct(prev)) space = false;
        else if (text::is_japanese(prev) && (text::is_japanese(next) || next == U'<')) space = false;
        // "…<URL>" then Japanese text: the line end is a gap only when the
        // source printed one (a trailing space); otherwise it joins tight
        else if ((prev == U'>' || prev == U'＞') && !gap_after &&
                 (text::is_japanese(next) || is_japanese_punct(next)))
            space = false;
        const std::size_t from = out.size();
        if (space) out.push_back(U' ');
        out += p;
        angle.appended(out, from);
        gap_after = gap;
    }
    return to_utf8(out);
}

NoteExtraction extract_notes(const std::vector<Line>& lines, const Layout& layout, const std::vector<bool>& excluded) {
    (void)layout;
    NoteExtraction result;
    std::vector<char> taken(lines.size(), 0);
    for (std::size_t i = 0; i < excluded.size() && i < lines.size(); ++i) taken[i] = excluded[i];
    int expected = 1;

    // rule lines used as separators at several pages' feet mean footnotes
    int rule_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].blank && is_rule_line(lines[i].text) && marker_follows(lines, i)) ++rule_lines;

    // 1 and 2: areas after a rule line or under a notes heading
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& L = lines[i];
        if (taken[i] || L.blank) continue;
        const bool rule = is_rule_line(L.text);
        const bool heading = !rule && is_note_heading(L.text);
        if (!rule && !heading) continue;
        // the next content line must start a note
        if (!marker_follows(lines, i)) continue;
        const bool page_bound = rule && rule_lines > 1;
        int exp_before = expected;
        std::vector<Diagnostic> diags;
        AreaResult area = collect_area(lines, i + 1, expected, page_bound,
                                       page_bound ? NotePlace::Foot : NotePlace::End, diags);
        if (area.notes.empty()) {
            expected = exp_before;
            continue;
        }
        if (area.ended_at_page && !page_bound)
            for (auto& n : area.notes) n.place = NotePlace::Foot;
        result.consumed.push_back(i);
        taken[i] = 1;
        for (auto idx : area.consumed) {
            taken[idx] = 1;
            result.consumed.push_back(idx);
        }
        for (auto& n : area.notes) result.notes.push_back(std::move(n));
        for (auto& d : diags) result.diagnostics.push_back(std::move(d));
        if (area.end > i + 1) i = area.end - 1;
    }

    // 3: footnote runs at a page's foot (before a page-number line, before a
    // new page, or at the end of the document)
    if (result.notes.empty()) find_foot_runs(lines, taken, result);

    std::sort(result.consumed.begin(), result.consumed.end());
    result.consumed.erase(std::unique(result.consumed.begin(), result.consumed.end()), result.consumed.end());
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const Note& a, const Note& b) { return a.span.first < b.span.first; });
    return result;
}

}  // namespace shiryo::notes
