#include "structure/structure.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "tables/tables.hpp"
#include "text/unicode.hpp"

namespace shiryo::structure {

using text::to_u32;
using text::to_utf8;

namespace {

// Latin, Cyrillic and Western punctuation: text whose words are separated by spaces.
bool is_western(char32_t c) {
    return (c > U' ' && c < 0x7F) || (c >= 0xC0 && c < 0x250) || (c >= 0x400 && c < 0x530) || c == U'“' ||
           c == U'”' || c == U'’' || c == U'–' || c == U'—';
}

char32_t last_char(const std::vector<Inline>& out);

// Between two pieces of Western text a wrapped line lost a space; not inside
// a number ("19" / "99"), after a hyphen or slash, or inside a URL.
bool needs_space_at_wrap(const std::vector<Inline>& out, std::string_view next_text) {
    const char32_t prev = last_char(out);
    const std::u32string head = to_u32(next_text.substr(0, std::min<std::size_t>(next_text.size(), 8)));
    if (head.empty() || !is_western(prev) || !is_western(head.front())) return false;
    if (text::is_digit_any(prev) && text::is_digit_any(head.front())) return false;
    if (prev == U'-' || prev == U'/' || prev == U'(' || head.front() == U')' || head.front() == U'.' ||
        head.front() == U',')
        return false;
    // inside a URL: the last word so far starts with http or www, or sits in < >
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->kind != InlineKind::Text) continue;
        const std::string& t = it->text;
        const std::size_t sp = t.find_last_of(" <");
        const std::string_view word = std::string_view(t).substr(sp == std::string::npos ? 0 : sp + 1);
        if (word.find("http") != std::string_view::npos || word.find("www.") != std::string_view::npos) return false;
        if (sp != std::string::npos && t[sp] == '<') return false;
        break;
    }
    return true;
}

void append_text(std::vector<Inline>& out, const std::string& s, int line) {
    if (s.empty()) return;
    if (!out.empty() && out.back().kind == InlineKind::Text) {
        out.back().text += s;
        return;
    }
    out.push_back({InlineKind::Text, s, 0, line});
}

// The last character of the content so far, decoded from the UTF-8 tail
// only: decoding the whole paragraph at every line would be quadratic.
char32_t last_char(const std::vector<Inline>& out) {
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->kind == InlineKind::PageBreak || it->kind == InlineKind::Furniture || it->text.empty()) continue;
        const std::string& t = it->text;
        std::size_t start = t.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(t[start]) & 0xC0) == 0x80 && t.size() - start < 4) --start;
        const std::u32string s = to_u32(std::string_view(t).substr(start));
        return s.empty() ? 0 : s.back();
    }
    return 0;
}

// "（12）", "(12)", "（注12）", "(注 12)" -> 12; -1 otherwise.
int marker_number(std::string_view marker) {
    std::u32string s = to_u32(marker);
    if (s.size() < 3) return -1;
    const bool open = s.front() == U'（' || s.front() == U'(';
    const bool close = s.back() == U'）' || s.back() == U')';
    if (!open) return -1;
    std::u32string inner = s.substr(1, s.size() - (close ? 2 : 1));
    const bool explicit_note = !inner.empty() && inner[0] == U'注';
    if (!close && !explicit_note) return -1;   // only "（注4" may lose its bracket
    if (explicit_note) inner.erase(0, 1);
    while (!inner.empty() && (inner[0] == U' ' || inner[0] == 0x3000)) inner.erase(0, 1);
    return static_cast<int>(text::parse_number(to_utf8(inner)));
}

// CJK symbols and punctuation (、。「」…) and their full-width forms.
bool is_japanese_punctuation(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

bool ends_reference_context(char32_t c) {
    return std::u32string_view(U"。、，,.」』）)").find(c) != std::u32string_view::npos;
}

// Split plain text at explicit （注N） / (注 N) markers.
void append_with_explicit_markers(std::vector<Inline>& out, const std::string& s, int line) {
    const std::u32string u = to_u32(s);
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < u.size(); ++i) {
        if (!((u[i] == U'（' || u[i] == U'(') && u[i + 1] == U'注')) continue;
        std::size_t j = i + 2;
        while (j < u.size() && (u[j] == U' ' || text::is_digit_any(u[j])) && j - i < 8) ++j;
        const bool closed = j < u.size() && (u[j] == U'）' || u[j] == U')');
        // The closing bracket is sometimes lost in conversion: "（注4。".
        const bool lost_close = !closed && j > i + 2 && (j >= u.size() || ends_reference_context(u[j]));
        if (closed || lost_close) {
            const std::size_t end = closed ? j + 1 : j;
            const std::string marker = to_utf8(u.substr(i, end - i));
            const int n = marker_number(marker);
            if (n <= 0) continue;
            append_text(out, to_utf8(u.substr(start, i - start)), line);
            out.push_back({InlineKind::NoteRef, marker, n, line});
            start = end;
            i = end - 1;
        }
    }
    append_text(out, to_utf8(u.substr(start)), line);
}


// After a superscript number comes punctuation, the end of the text, or a
// space and a particle ("拙稿 1 において"); a counter ("4 か国", "2 つ",
// "3 点") shows an ordinary number.
bool followed_like_reference(const std::u32string& s, std::size_t j) {
    if (j >= s.size()) return true;
    if (ends_reference_context(s[j])) return true;
    if (s[j] != U' ' || j + 1 >= s.size()) return false;
    const char32_t next = s[j + 1];
    // note.space-after-superscript: the converter ends a superscript with a
    // space before the punctuation ("軍事費1 、", "(positive peace)3 ：")
    if (ends_reference_context(next) || next == U'：' || next == U'；') return true;
    if (std::u32string_view(U"にはがでとをもやへの").find(next) == std::u32string_view::npos) return false;
    // "2 の" after a word can still be a count ("2 の倍数") - rare in the genre; "か" is excluded above
    return true;
}

}  // namespace

std::vector<Inline> build_inlines(const std::vector<Line>& lines, const std::vector<std::size_t>& indices,
                                  std::size_t skip_bytes_of_first) {
    std::vector<Inline> out;
    bool first = true;
    for (std::size_t idx : indices) {
        const Line& l = lines[idx];
        if (l.page > 0) {
            // Pages from form feeds: the break where the page starts, with its
            // printed number; running heads and feet kept as furniture; the
            // page number itself is in the break, margin numbers are artefacts.
            if (l.page_start && !first) {
                Inline pb{InlineKind::PageBreak, l.page_label, 0, l.number};
                out.push_back(std::move(pb));
            }
            if (l.furniture == Furniture::RunningHead || l.furniture == Furniture::RunningFoot) {
                Inline fw{InlineKind::Furniture, l.text, 0, l.number};
                fw.furniture = l.furniture;
                out.push_back(std::move(fw));
            }
            if (l.page_number) continue;
        } else if (l.page_number) {
            out.push_back({InlineKind::PageBreak, "", 0, l.number});
            continue;
        }
        if (!first && l.page == 0 && l.leading_space && (out.empty() || out.back().kind != InlineKind::PageBreak))
            out.push_back({InlineKind::PageBreak, "", 0, l.number});
        std::string_view t = l.text;
        std::size_t offset = 0;
        if (first && skip_bytes_of_first) {
            offset = std::min(skip_bytes_of_first, t.size());
            // keep the layout space after a label out of the content
            while (offset < t.size() && t[offset] == ' ') ++offset;
        }
        // Western words wrapped over a line end lose their space: put it back.
        if (!first && offset < t.size() && needs_space_at_wrap(out, t.substr(offset))) append_text(out, " ", l.number);
        // Pieces: ordinary text and bold runs. A bold run that is a bracketed
        // number is a note marker; in a whole-line bold heading only a marker
        // at the end of the line is (the one at the start is its numbering).
        std::vector<ByteRange> markers;
        if (l.fake_bold) {
            const std::u32string s = to_u32(l.text);
            if (!s.empty() && (s.back() == U'）' || s.back() == U')')) {
                const char32_t open = s.back() == U'）' ? U'（' : U'(';
                const std::size_t o = s.rfind(open);
                if (o != std::u32string::npos && o > 0) {
                    const std::string tail = to_utf8(s.substr(o));
                    if (marker_number(tail) > 0) markers.push_back({l.text.size() - tail.size(), l.text.size()});
                }
            }
        } else {
            for (const ByteRange& r : l.bold)
                if (marker_number(std::string_view(l.text).substr(r.begin, r.end - r.begin)) > 0) markers.push_back(r);
        }
        std::size_t pos = offset;
        for (const ByteRange& r : markers) {
            if (r.begin < pos) continue;
            append_with_explicit_markers(out, std::string(t.substr(pos, r.begin - pos)), l.number);
            const std::string marker(t.substr(r.begin, r.end - r.begin));
            out.push_back({InlineKind::NoteRef, marker, marker_number(marker), l.number});
            pos = r.end;
        }
        if (pos < t.size()) append_with_explicit_markers(out, std::string(t.substr(pos)), l.number);
        first = false;
    }
    // A page break at the very end belongs between blocks, not inside one.
    // (Furniture is kept: it is text of the input.)
    while (!out.empty() && out.back().kind == InlineKind::PageBreak) out.pop_back();
    return out;
}

std::vector<BareCandidate> bare_note_candidates(const std::vector<Inline>& content, const std::vector<int>& known_notes) {
    const std::set<int> known(known_notes.begin(), known_notes.end());
    std::vector<BareCandidate> found;
    for (std::size_t k = 0; k < content.size(); ++k) {
        const Inline& in = content[k];
        if (in.kind != InlineKind::Text) continue;
        const std::u32string s = to_u32(in.text);
        for (std::size_t i = 1; i + 1 < s.size(); ++i) {
            if (s[i] != U' ') continue;
            const char32_t before = s[i - 1];
            if (before == U' ' || text::is_digit_any(before)) continue;
            if (before == U'第' || before == U'約' || before == U'計' || before == U'全' || before == U'各') continue;
            std::size_t j = i + 1;
            while (j < s.size() && text::is_digit_any(s[j]) && j - i <= 3) ++j;
            if (j == i + 1 || (j < s.size() && text::is_digit_any(s[j]))) continue;
            // note.spaced-superscript: a superscript printed with a space before it and
            // glued to the Japanese text after it ("生成 AI 1の", "必要がある 8。",
            // "Intelligence）4、"): a particle or closing punctuation right after the digits.
            const bool glued_after = j - i <= 3 && j < s.size() &&
                                     std::u32string_view(U"にはがでとをもやへの、。，．」』）)").find(s[j]) !=
                                         std::u32string_view::npos;
            // otherwise after a word: not after a number, a Latin word or an ordinal/approximation prefix
            if (!glued_after && (text::is_ascii_alnum(before) || !followed_like_reference(s, j))) continue;
            const int n = static_cast<int>(text::parse_number(to_utf8(s.substr(i + 1, j - i - 1))));
            if (!known.count(n)) continue;
            found.push_back({k, i, j, n});
        }
        // note.glued-superscript: a superscript flattened onto the word it
        // follows ("生成 AI1", "委員会2。"): one or two digits right after a
        // Japanese or Latin letter, then punctuation, a particle or the end.
        // note.glued-after-bracket: or right after a closing parenthesis
        // ("(anarchy)1", "(positive peace)3 ：").
        for (std::size_t i = 1; i < s.size(); ++i) {
            if (!text::is_digit_any(s[i]) || text::is_digit_any(s[i - 1])) continue;
            const char32_t before = s[i - 1];
            const bool letter = (text::is_japanese(before) && !is_japanese_punctuation(before)) ||
                                (before >= U'a' && before <= U'z') || (before >= U'A' && before <= U'Z') ||
                                before == U')' || before == U'）';
            if (!letter || before == U'第' || before == U'約' || before == U'計' || before == U'全' || before == U'各') continue;
            std::size_t j = i;
            while (j < s.size() && text::is_digit_any(s[j]) && j - i < 3) ++j;
            if (j - i > 2 || (j < s.size() && text::is_digit_any(s[j]))) continue;
            const bool particle = j < s.size() && std::u32string_view(U"にはがでとをもやへの").find(s[j]) != std::u32string_view::npos;
            const bool opening = j < s.size() && (s[j] == U'（' || s[j] == U'(');
            if (!particle && !opening && !followed_like_reference(s, j)) continue;
            const int n = static_cast<int>(text::parse_number(to_utf8(s.substr(i, j - i))));
            if (!known.count(n)) continue;
            found.push_back({k, i, j, n});
        }
    }
    // Both scans ran over each inline: keep candidates in text order.
    std::sort(found.begin(), found.end(), [](const BareCandidate& a, const BareCandidate& b) {
        return a.inline_index != b.inline_index ? a.inline_index < b.inline_index : a.begin < b.begin;
    });
    return found;
}

std::vector<bool> choose_bare_references(const std::vector<BareCandidate>& cands, int& expected) {
    // Note numbers run in order: take the expected number; skip ahead (a
    // reference lost in the text) only when the expected one does not turn
    // up among the next few candidates, so one ordinary number that looks
    // like a marker cannot swallow the real ones after it.
    constexpr std::size_t kLookahead = 8;
    std::vector<bool> take(cands.size(), false);
    for (std::size_t c = 0; c < cands.size(); ++c) {
        const int n = cands[c].n;
        if (n == expected) {
            take[c] = true;
            expected = n + 1;
            continue;
        }
        if (n < expected || n > expected + 2) continue;
        bool expected_soon = false;
        for (std::size_t d = c + 1; d < cands.size() && d <= c + kLookahead; ++d)
            expected_soon |= cands[d].n == expected;
        if (expected_soon) continue;
        take[c] = true;
        expected = n + 1;
    }
    return take;
}

void apply_bare_references(std::vector<Inline>& content, const std::vector<BareCandidate>& cands,
                           const std::vector<bool>& take) {
    std::vector<Inline> out;
    std::size_t c = 0;
    for (std::size_t k = 0; k < content.size(); ++k) {
        Inline& in = content[k];
        while (c < cands.size() && cands[c].inline_index < k) ++c;
        if (in.kind != InlineKind::Text || c >= cands.size() || cands[c].inline_index != k) {
            out.push_back(std::move(in));
            continue;
        }
        const std::u32string s = to_u32(in.text);
        std::size_t start = 0;
        for (; c < cands.size() && cands[c].inline_index == k; ++c) {
            if (!take[c]) continue;
            const BareCandidate& b = cands[c];
            if (b.begin > start) out.push_back({InlineKind::Text, to_utf8(s.substr(start, b.begin - start)), 0, in.line});
            out.push_back({InlineKind::NoteRef, to_utf8(s.substr(b.begin, b.end - b.begin)), b.n, in.line});
            start = b.end;
        }
        if (start < s.size()) out.push_back({InlineKind::Text, to_utf8(s.substr(start)), 0, in.line});
    }
    content = std::move(out);
}

void find_bare_note_refs(std::vector<Inline>& content, const std::vector<int>& known_notes, int& expected) {
    const auto cands = bare_note_candidates(content, known_notes);
    apply_bare_references(content, cands, choose_bare_references(cands, expected));
}

namespace {

// One plain marker at s[i]: "（n）" / "(n)" after a word, "n)" directly after
// a word (a flattened superscript "1)"), or "＊n" / "※n". Returns the end of
// the marker and its number, or 0.
std::pair<std::size_t, int> plain_marker_at(const std::u32string& s, std::size_t i) {
    auto digits_from = [&](std::size_t j) {
        std::size_t k = j;
        while (k < s.size() && text::is_digit_any(s[k]) && k - j < 3) ++k;
        return k;
    };
    const char32_t c = s[i];
    if (c == U'（' || c == U'(') {
        const char32_t close = c == U'（' ? U'）' : U')';
        const std::size_t j = digits_from(i + 1);
        if (j == i + 1 || j >= s.size() || s[j] != close) return {0, 0};
        // A marker follows the word it annotates; "（1）～" in a heading names a part.
        if (j + 1 < s.size() && (s[j + 1] == U'～' || s[j + 1] == U'〜')) return {0, 0};
        return {j + 1, static_cast<int>(text::parse_number(to_utf8(s.substr(i + 1, j - i - 1))))};
    }
    if (c == U'＊' || c == U'※' || c == U'*') {
        const std::size_t j = digits_from(i + 1);
        if (j == i + 1 || (j < s.size() && text::is_digit_any(s[j]))) return {0, 0};
        return {j, static_cast<int>(text::parse_number(to_utf8(s.substr(i + 1, j - i - 1))))};
    }
    if (text::is_digit_any(c) && i > 0 && text::is_japanese(s[i - 1]) && !text::is_digit_any(s[i - 1]) &&
        s[i - 1] != U'（' && s[i - 1] != U'(') {
        const std::size_t j = digits_from(i);
        if (j < s.size() && (s[j] == U')' || s[j] == U'）')) {
            // "1)" with no opening bracket before it on the line
            return {j + 1, static_cast<int>(text::parse_number(to_utf8(s.substr(i, j - i))))};
        }
    }
    return {0, 0};
}

}  // namespace

MarkerForm marker_form_of_labels(const std::vector<Note>& notes) {
    int star = 0, bracket = 0, close = 0, bare = 0;
    for (const Note& n : notes) {
        const std::u32string l = to_u32(n.label);
        if (l.empty()) continue;
        bare += std::all_of(l.begin(), l.end(), [](char32_t c) { return text::is_digit_any(c); });
        if (l[0] == U'＊' || l[0] == U'※' || l[0] == U'*') ++star;
        else if (l[0] == U'(' || l[0] == U'（') ++bracket;
        else if (l.back() == U')' || l.back() == U'）') ++close;
    }
    const int total = static_cast<int>(notes.size());
    if (total == 0) return MarkerForm::Any;
    if (star * 2 > total) return MarkerForm::Star;
    if (bracket * 2 > total) return MarkerForm::Bracket;
    if (close * 2 > total) return MarkerForm::CloseParen;
    if (bare * 2 > total) return MarkerForm::Bare;
    return MarkerForm::Any;
}

namespace {
bool marker_has_form(const std::u32string& s, std::size_t i, MarkerForm form) {
    switch (form) {
        case MarkerForm::Any: return true;
        case MarkerForm::Star: return s[i] == U'＊' || s[i] == U'※' || s[i] == U'*';
        case MarkerForm::Bracket: return s[i] == U'(' || s[i] == U'（';
        case MarkerForm::CloseParen: return text::is_digit_any(s[i]);
        case MarkerForm::Bare: return false;
    }
    return true;
}
}  // namespace

void find_plain_note_refs(std::vector<Inline>& content, const std::vector<int>& known_notes, MarkerForm form) {
    const std::set<int> known(known_notes.begin(), known_notes.end());
    std::vector<Inline> out;
    for (Inline& in : content) {
        if (in.kind != InlineKind::Text) { out.push_back(std::move(in)); continue; }
        const std::u32string s = to_u32(in.text);
        std::size_t start = 0;
        for (std::size_t i = 1; i < s.size(); ++i) {
            const auto [end, n] = plain_marker_at(s, i);
            if (end == 0 || !known.count(n) || !marker_has_form(s, i, form)) continue;
            if (i > start) out.push_back({InlineKind::Text, to_utf8(s.substr(start, i - start)), 0, in.line});
            out.push_back({InlineKind::NoteRef, to_utf8(s.substr(i, end - i)), n, in.line});
            start = end;
            i = end - 1;
        }
        if (start < s.size()) out.push_back({InlineKind::Text, to_utf8(s.substr(start)), 0, in.line});
    }
    content = std::move(out);
}

std::string plain_text(const std::vector<Inline>& content) {
    std::string s;
    for (const Inline& in : content)
        if (in.kind == InlineKind::Text) s += in.text;
    return s;
}

namespace {

SourceSpan span_of(const std::vector<Line>& lines, const std::vector<std::size_t>& idx) {
    if (idx.empty()) return {};
    return {lines[idx.front()].number, lines[idx.back()].number};
}

// "1.", "１．", "①" -> 1 (NFKC turns full-width and circled digits into ASCII).
long label_number(const std::string& label) {
    std::string digits;
    for (char c : text::nfkc(label))
        if (c >= '0' && c <= '9') digits += c;
    return text::parse_number(digits);
}

// Is the paragraph `seg` followed by the list item that continues the
// numbering of the list just before it?
bool continues_list_item(const std::vector<Block>& blocks, const std::vector<Line>& lines,
                         const std::vector<segment::Segment>& segments, const segment::Segment* seg) {
    if (blocks.empty() || !std::holds_alternative<List>(blocks.back())) return false;
    const List& list = std::get<List>(blocks.back());
    if (list.items.empty()) return false;
    const std::size_t k = static_cast<std::size_t>(seg - segments.data());
    for (std::size_t j = k + 1; j < segments.size(); ++j) {
        if (segments[j].kind == segment::SegmentKind::Paragraph) continue;
        if (segments[j].kind != segment::SegmentKind::ListItem) return false;
        std::size_t len = 0;
        segment::is_list_item(lines[segments[j].lines.front()].text, &len);
        const std::string label = lines[segments[j].lines.front()].text.substr(0, len);
        return label_number(label) == label_number(list.items.back().label) + 1;
    }
    return false;
}

// The page that begins as a block, or - when a list goes on over the page -
// at the end of its last item, so the list stays one.
void add_page_break(std::vector<Block>& blocks, const std::vector<Line>& lines, const segment::Segment& seg,
                    const std::vector<segment::Segment>& segments, const SourceSpan& span) {
    PageBreak pb;
    pb.page = seg.page;
    pb.span = span;
    const std::size_t at = static_cast<std::size_t>(&seg - segments.data());
    if (seg.page > 0) {
        // Every line of a page carries its label: take one of the page.
        const std::size_t next = at + 1 < segments.size() && !segments[at + 1].lines.empty()
                                     ? segments[at + 1].lines.front() : lines.size();
        if (next < lines.size() && lines[next].page == seg.page) pb.n = lines[next].page_label;
        else if (seg.page == 1 && !lines.empty()) pb.n = lines.front().page_label;
    }
    for (std::size_t k : seg.lines) {
        const Line& l = lines[k];
        if (l.furniture != Furniture::RunningHead && l.furniture != Furniture::RunningFoot) continue;
        Inline fw{InlineKind::Furniture, l.text, 0, l.number};
        fw.furniture = l.furniture;
        pb.furniture.push_back(std::move(fw));
    }
    if (pb.span.first == 0 && !lines.empty()) pb.span = {lines.front().number, lines.front().number};
    const bool list_goes_on = at + 1 < segments.size() && segments[at + 1].kind == segment::SegmentKind::ListItem &&
                              !blocks.empty() && std::holds_alternative<List>(blocks.back());
    if (list_goes_on && !std::get<List>(blocks.back()).items.empty()) {
        ListItem& item = std::get<List>(blocks.back()).items.back();
        std::vector<Inline>& content = item.more_paragraphs.empty() ? item.content : item.more_paragraphs.back();
        if (seg.page > 0) content.push_back({InlineKind::PageBreak, pb.n, 0, pb.span.first});
        for (Inline& fw : pb.furniture) content.push_back(std::move(fw));
        return;
    }
    blocks.emplace_back(std::move(pb));
}

}  // namespace

Contents build_contents(const std::vector<Line>& lines, const std::vector<segment::Segment>& segments) {
    Contents c;
    for (const segment::Segment& seg : segments) {
        if (seg.kind != segment::SegmentKind::Contents) continue;
        for (std::size_t i : seg.lines) c.entries.push_back(build_inlines(lines, {i}));
        c.span = span_of(lines, seg.lines);
    }
    return c;
}

std::vector<Block> build_blocks(const std::vector<Line>& lines, const std::vector<segment::Segment>& segments,
                                const Layout& layout) {
    std::vector<Block> blocks;
    int table_n = 0;
    for (const segment::Segment& seg : segments) {
        const SourceSpan span = span_of(lines, seg.lines);
        switch (seg.kind) {
            case segment::SegmentKind::Heading: {
                Heading h;
                h.level = seg.level;
                const std::string& first = lines[seg.lines.front()].text;
                segment::Numbering num = segment::heading_numbering(first);
                const segment::Numbering alone = segment::number_only_heading(first);
                if (!num.length) num = alone.length ? alone : segment::extended_numbering(first);
                h.number = first.substr(0, num.length);
                if (alone.length && seg.lines.size() > 1) {
                    // A number printed apart from its title: one space between them.
                    h.content = build_inlines(lines, {seg.lines.front()});
                    append_text(h.content, " ", lines[seg.lines.front()].number);
                    for (Inline& in : build_inlines(lines, {seg.lines.begin() + 1, seg.lines.end()}))
                        h.content.push_back(std::move(in));
                } else {
                    h.content = build_inlines(lines, seg.lines);
                }
                h.span = span;
                blocks.emplace_back(std::move(h));
                break;
            }
            case segment::SegmentKind::Paragraph: {
                // A paragraph between list items "1." and "2." belongs to item 1.
                if (continues_list_item(blocks, lines, segments, &seg)) {
                    ListItem& item = std::get<List>(blocks.back()).items.back();
                    item.more_paragraphs.push_back(build_inlines(lines, seg.lines));
                    item.span.last = span.last;
                    std::get<List>(blocks.back()).span.last = span.last;
                    break;
                }
                Paragraph p;
                p.content = build_inlines(lines, seg.lines);
                p.span = span;
                // block.label-only: no letter in the whole block.
                std::string all;
                for (const Inline& in : p.content)
                    if (in.kind == InlineKind::Text) all += in.text;
                if (!segment::has_letter(all)) p.role = ParagraphRole::Label;
                blocks.emplace_back(std::move(p));
                break;
            }
            case segment::SegmentKind::ListItem: {
                std::size_t label_len = 0;
                segment::is_list_item(lines[seg.lines.front()].text, &label_len);
                ListItem item;
                item.label = lines[seg.lines.front()].text.substr(0, label_len);
                item.content = build_inlines(lines, seg.lines, label_len);
                item.span = span;
                if (blocks.empty() || !std::holds_alternative<List>(blocks.back())) blocks.emplace_back(List{});
                List& list = std::get<List>(blocks.back());
                list.items.push_back(std::move(item));
                list.span = {list.items.front().span.first, span.last};
                break;
            }
            case segment::SegmentKind::SectionBreak:
                blocks.emplace_back(SectionBreak{lines[seg.lines.front()].text, span});
                break;
            case segment::SegmentKind::PageBreak:
                add_page_break(blocks, lines, seg, segments, span);
                break;
            case segment::SegmentKind::BibliographyHeading:
            case segment::SegmentKind::BibliographyEntry:
                break;   // back matter: see build_bibliographies
            case segment::SegmentKind::Contents:
                break;   // front matter: see build_contents
            case segment::SegmentKind::Table: {
                Table t = tables::rebuild_table(lines, seg.lines.front(), seg.lines.back() + 1, table_n + 1, layout);
                if (t.rows.empty()) {
                    // A caption with no table under it: keep its lines as text.
                    std::vector<std::size_t> content;
                    for (std::size_t k : seg.lines)
                        if (!lines[k].blank) content.push_back(k);
                    blocks.emplace_back(Paragraph{build_inlines(lines, content), span});
                    break;
                }
                ++table_n;
                blocks.emplace_back(std::move(t));
                break;
            }
            case segment::SegmentKind::ColumnTable:
            case segment::SegmentKind::PositionalTable: {
                Table t = seg.kind == segment::SegmentKind::ColumnTable
                              ? tables::rebuild_column_blocks(lines, seg.lines.front(), seg.lines.back() + 1,
                                                              table_n + 1, layout)
                              : tables::rebuild_positional_block(lines, seg.lines.front(), seg.lines.back() + 1,
                                                                 table_n + 1);
                if (t.rows.empty()) {
                    std::vector<std::size_t> content;
                    for (std::size_t k : seg.lines)
                        if (!lines[k].blank) content.push_back(k);
                    blocks.emplace_back(Paragraph{build_inlines(lines, content), span});
                    break;
                }
                ++table_n;
                blocks.emplace_back(std::move(t));
                break;
            }
        }
    }
    return blocks;
}

namespace {

// The label that opens a numbered reference-list entry: "[12]", "12.", "(12)", "12)".
bool opens_with_entry_number(std::string_view text) {
    const std::u32string s = to_u32(text::trim_left(text));
    std::size_t i = 0;
    const bool open = i < s.size() && (s[i] == U'[' || s[i] == U'(' || s[i] == U'（' || s[i] == U'［');
    if (open) ++i;
    const std::size_t digits = i;
    while (i < s.size() && text::is_digit_any(s[i]) && i - digits < 4) ++i;
    if (i == digits || i >= s.size()) return false;
    const char32_t c = s[i];
    if (open) return c == U']' || c == U')' || c == U'）' || c == U'］';
    return c == U'.' || c == U')' || c == U'）' || c == U'．';
}

// bib.url-continuation: a block that is the rest of a URL cut at the line end
// ("…/newpage_41379." then "html.") belongs to the entry before it: that entry
// ends in a URL and the block is one run of URL characters.
bool continues_url(std::string_view previous_line, std::string_view block_first_line) {
    const std::string_view prev = text::trim(previous_line);
    const std::string_view next = text::trim(block_first_line);
    if (next.empty() || next.size() > 120) return false;
    for (char c : next)
        if (static_cast<unsigned char>(c) > 0x7E || c == ' ' || c == '\t') return false;
    const std::size_t url = std::max(prev.rfind("http://"), prev.rfind("https://"));
    if (url == std::string_view::npos && prev.rfind("https://") == std::string_view::npos) return false;
    const std::size_t at = prev.rfind("http");
    return prev.find(' ', at) == std::string_view::npos;
}

}  // namespace

// bib.numbered-entries: in a reference list whose entries are numbered ([1], 2.),
// a block that does not open with a number goes on with the entry before it
// (the converter cut a long entry at a page or a wide gap).
std::vector<Bibliography> build_bibliographies(const std::vector<Line>& lines,
                                               const std::vector<segment::Segment>& segments) {
    struct Pending {
        Bibliography bib;
        std::vector<std::vector<std::size_t>> entries;   // line indices per entry
    };
    std::vector<Pending> pending;
    for (const segment::Segment& seg : segments) {
        if (seg.kind == segment::SegmentKind::BibliographyHeading) {
            Pending p;
            p.bib.heading = lines[seg.lines.front()].text;
            p.bib.span = span_of(lines, seg.lines);
            pending.push_back(std::move(p));
        } else if (seg.kind == segment::SegmentKind::BibliographyEntry && !pending.empty()) {
            pending.back().entries.push_back(seg.lines);
        }
    }
    std::vector<Bibliography> out;
    for (Pending& p : pending) {
        std::size_t numbered = 0;
        for (const auto& e : p.entries) numbered += opens_with_entry_number(lines[e.front()].text);
        const bool merge = numbered >= 2 && numbered * 3 >= p.entries.size() * 2;
        std::vector<std::vector<std::size_t>> entries;
        for (auto& e : p.entries) {
            if (!entries.empty() && continues_url(lines[entries.back().back()].text, lines[e.front()].text))
                entries.back().insert(entries.back().end(), e.begin(), e.end());
            else if (merge && !entries.empty() && !opens_with_entry_number(lines[e.front()].text))
                entries.back().insert(entries.back().end(), e.begin(), e.end());
            else
                entries.push_back(std::move(e));
        }
        for (const auto& e : entries) {
            const SourceSpan span = span_of(lines, e);
            p.bib.entries.push_back({build_inlines(lines, e), span});
            p.bib.span.last = span.last;
        }
        out.push_back(std::move(p.bib));
    }
    return out;
}

namespace {

template <typename F>
void for_each_content(Document& doc, F&& f) {
    for (Block& b : doc.body) {
        if (auto* h = std::get_if<Heading>(&b)) f(h->content);
        else if (auto* p = std::get_if<Paragraph>(&b)) f(p->content);
        else if (auto* l = std::get_if<List>(&b))
            for (ListItem& it : l->items) {
                f(it.content);
                for (auto& more : it.more_paragraphs) f(more);
            }
    }
}

}  // namespace

// note.unique-id: "note-N", and "note-N-2", "note-N-3" … for further
// notes of the same number (pages or chapters that restart numbering).
void assign_note_ids(std::vector<Note>& notes) {
    std::map<int, int> seen;
    for (Note& n : notes) {
        const int k = ++seen[n.n];
        n.id = "note-" + std::to_string(n.n) + (k > 1 ? "-" + std::to_string(k) : std::string());
    }
}

void link_notes(Document& doc) {
    std::vector<int> known;
    for (const Note& n : doc.notes) known.push_back(n.n);
    int bold_refs = 0;
    for_each_content(doc, [&](std::vector<Inline>& c) {
        for (const Inline& in : c) bold_refs += in.kind == InlineKind::NoteRef;
    });
    if (bold_refs == 0 && !known.empty()) {
        // Markers were not printed in bold: plain （n） first, then bare superscripts.
        const MarkerForm form = marker_form_of_labels(doc.notes);
        for_each_content(doc, [&](std::vector<Inline>& c) { find_plain_note_refs(c, known, form); });
        int found = 0;
        for_each_content(doc, [&](std::vector<Inline>& c) {
            for (const Inline& in : c) found += in.kind == InlineKind::NoteRef;
        });
        if (found == 0) {
            // Candidates over the whole document first: the choice looks ahead across paragraphs.
            std::vector<std::vector<BareCandidate>> per_content;
            std::vector<BareCandidate> all;
            for_each_content(doc, [&](std::vector<Inline>& c) {
                per_content.push_back(bare_note_candidates(c, known));
                all.insert(all.end(), per_content.back().begin(), per_content.back().end());
            });
            int expected = 1;
            const std::vector<bool> take = choose_bare_references(all, expected);
            std::size_t offset = 0, index = 0;
            for_each_content(doc, [&](std::vector<Inline>& c) {
                const auto& cands = per_content[index++];
                const std::vector<bool> mine(take.begin() + static_cast<long>(offset),
                                             take.begin() + static_cast<long>(offset + cands.size()));
                apply_bare_references(c, cands, mine);
                offset += cands.size();
            });
        }
    }
    assign_note_ids(doc.notes);
    // note.nearest-of-number: a reference goes to the first note of its
    // number that starts at or after it, else the last one before it - so
    // notes numbered per page or per chapter each get their own references.
    std::map<int, std::vector<std::size_t>> by_number;   // note number -> indices, in document order
    for (std::size_t k = 0; k < doc.notes.size(); ++k) by_number[doc.notes[k].n].push_back(k);
    std::map<int, int> counts;
    std::map<int, int> first_line;
    std::vector<int> refs_of(doc.notes.size(), 0);
    for_each_content(doc, [&](std::vector<Inline>& c) {
        for (Inline& in : c)
            if (in.kind == InlineKind::NoteRef) {
                if (!counts[in.note]++) first_line[in.note] = in.line;
                const auto found = by_number.find(in.note);
                if (found == by_number.end()) continue;
                const std::vector<std::size_t>& same = found->second;
                const auto after = std::lower_bound(same.begin(), same.end(), in.line, [&](std::size_t k, int line) {
                    return doc.notes[k].span.first < line;
                });
                const std::size_t pick = after != same.end() ? *after : same.back();
                in.target = doc.notes[pick].id;
                ++refs_of[pick];
            }
    });
    for (std::size_t k = 0; k < doc.notes.size(); ++k) {
        Note& n = doc.notes[k];
        n.ref_count = refs_of[k];
        if (n.ref_count == 0)
            doc.diagnostics.push_back({Severity::Warning, n.span.first, "note-unreferenced",
                                       "note " + std::to_string(n.n) + " has a body but no reference in the text"});
    }
    std::vector<int> missing;
    for (const auto& [n, c] : counts)
        if (std::find(known.begin(), known.end(), n) == known.end()) missing.push_back(n);
    // One warning for all of them: documents without note bodies have dozens.
    if (!missing.empty()) {
        std::string list;
        for (std::size_t k = 0; k < missing.size(); ++k) {
            std::size_t e = k;
            while (e + 1 < missing.size() && missing[e + 1] == missing[e] + 1) ++e;
            if (!list.empty()) list += ", ";
            list += std::to_string(missing[k]);
            if (e > k) list += "-" + std::to_string(missing[e]);
            k = e;
        }
        doc.diagnostics.push_back({Severity::Warning, first_line[missing.front()], "note-body-missing",
                                   std::to_string(missing.size()) + " note reference(s) without a note body in this text (" +
                                       list + "); kept without targets, no note invented"});
    }
}

}  // namespace shiryo::structure
