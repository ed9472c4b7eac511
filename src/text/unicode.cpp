#include "text/unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace shiryo::text {

namespace {

// The next code point of s at i (advancing i), as ICU's U8_NEXT decodes it
// (ill-formed sequences give U+FFFD). ASCII and well-formed two- and
// three-byte sequences (all Japanese text) are decoded inline; anything else
// goes to U8_NEXT, so the result is always U8_NEXT's.
inline char32_t next_cp(const uint8_t* p, int32_t& i, int32_t n) {
    const uint8_t b0 = p[i];
    if (b0 < 0x80) { ++i; return b0; }
    if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i + 2 < n) {
        const uint8_t b1 = p[i + 1], b2 = p[i + 2];
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            i += 3;
            return (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F);
        }
    } else if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < n) {
        const uint8_t b1 = p[i + 1];
        if ((b1 & 0xC0) == 0x80) {
            i += 2;
            return (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
        }
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) {
    int32_t k = static_cast<int32_t>(i);
    const char32_t c = next_cp(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()));
    i = static_cast<std::size_t>(k);
    return c;
}

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    if (s.empty()) return out;
    out.resize(s.size());
    char32_t* o = out.data();
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    while (i < n) *o++ = next_cp(p, i, n);
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        const char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 2);
    } else if (cp < 0x10000) {
        const char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                           static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 3);
    } else {
        const char b[4] = {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                           static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
        out.append(b, 4);
    }
}

std::string to_utf8(char32_t cp) {
    std::string out;
    append_utf8(out, cp);
    return out;
}

std::string to_utf8(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size() * 3);
    for (char32_t c : cps) append_utf8(out, c);
    return out;
}

int display_width(char32_t cp) {
    if (cp == 0) return 0;
    const auto gc = u_charType(static_cast<UChar32>(cp));
    if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR) return 0;
    switch (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH)) {
        case U_EA_FULLWIDTH:
        case U_EA_WIDE:
        case U_EA_AMBIGUOUS:
            return 2;
        default:
            return 1;
    }
}

int display_width(std::string_view utf8) {
    int w = 0;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(utf8.size());
    const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
    while (i < n) {
        const char32_t c = next_cp(p, i, n);
        w += (c >= 0x20 && c < 0x7F) ? 1 : display_width(c);   // printable ASCII is narrow
    }
    return w;
}

bool is_ascii_alnum(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool is_japanese(char32_t c) {
    if (c >= 0x3000 && c <= 0x30FF) return true;   // CJK punctuation, kana
    if (c >= 0x3400 && c <= 0x9FFF) return true;   // kanji
    if (c >= 0xF900 && c <= 0xFAFF) return true;   // compatibility ideographs
    if (c >= 0xFF00 && c <= 0xFFEF) return true;   // full-width and half-width forms
    if (c >= 0x2460 && c <= 0x24FF) return true;   // circled numbers
    if (c == 0x2015 || c == 0x2014 || c == 0x2026) return true;  // ― — …
    if (c >= 0x20000 && c <= 0x2FFFF) return true;
    return false;
}

int digit_value(char32_t c) {
    if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
    if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
    return -1;
}

bool is_digit_any(char32_t c) { return digit_value(c) >= 0; }

long parse_number(std::string_view s) {
    auto cps = to_u32(s);
    if (cps.empty() || cps.size() > 12) return -1;
    long v = 0;
    for (char32_t c : cps) {
        int d = digit_value(c);
        if (d < 0) return -1;
        v = v * 10 + d;
    }
    return v;
}

std::string nfkc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return std::string(utf8);
    icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::UnicodeString dst = n->normalize(src, status);
    if (U_FAILURE(status)) return std::string(utf8);
    std::string out;
    dst.toUTF8String(out);
    return out;
}

namespace {
bool is_space_at_front(std::string_view s, std::size_t& len) {
    if (s.empty()) return false;
    if (s[0] == ' ' || s[0] == '\t') { len = 1; return true; }
    if (s.size() >= 3 && s.substr(0, 3) == "\xE3\x80\x80") { len = 3; return true; }
    return false;
}
bool is_space_at_back(std::string_view s, std::size_t& len) {
    if (s.empty()) return false;
    if (s.back() == ' ' || s.back() == '\t') { len = 1; return true; }
    if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") { len = 3; return true; }
    return false;
}
}  // namespace

std::string_view trim_left(std::string_view s) {
    std::size_t len = 0;
    while (is_space_at_front(s, len)) s.remove_prefix(len);
    return s;
}

std::string_view trim_right(std::string_view s) {
    std::size_t len = 0;
    while (is_space_at_back(s, len)) s.remove_suffix(len);
    return s;
}

std::string_view trim(std::string_view s) { return trim_left(trim_right(s)); }

std::string strip_spaces(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(utf8.size());
    const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
    while (i < n) {
        const char32_t c = next_cp(p, i, n);
        if (!u_isUWhiteSpace(static_cast<UChar32>(c))) append_utf8(out, c);   // ill-formed: U+FFFD
    }
    return out;
}

bool strip_spaces_into(std::string_view utf8, char* buf, std::size_t cap, std::size_t& len) {
    len = 0;
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(utf8.size());
    const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
    while (i < n) {
        const char32_t c = next_cp(p, i, n);
        if (u_isUWhiteSpace(static_cast<UChar32>(c))) continue;
        const std::size_t bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (len + bytes > cap) return false;
        if (bytes == 1) {
            buf[len++] = static_cast<char>(c);
        } else {
            char tmp[4];
            if (bytes == 2) {
                tmp[0] = static_cast<char>(0xC0 | (c >> 6));
                tmp[1] = static_cast<char>(0x80 | (c & 0x3F));
            } else if (bytes == 3) {
                tmp[0] = static_cast<char>(0xE0 | (c >> 12));
                tmp[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                tmp[2] = static_cast<char>(0x80 | (c & 0x3F));
            } else {
                tmp[0] = static_cast<char>(0xF0 | (c >> 18));
                tmp[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
                tmp[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                tmp[3] = static_cast<char>(0x80 | (c & 0x3F));
            }
            for (std::size_t b = 0; b < bytes; ++b) buf[len++] = tmp[b];
        }
    }
    return true;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace shiryo::text
