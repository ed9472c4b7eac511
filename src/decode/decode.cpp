#include "decode/decode.hpp"

#include "text/unicode.hpp"

#include <cctype>
#include <cstring>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

namespace shiryo::decode {

bool is_valid_utf8(std::string_view s) {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    while (i < n) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

namespace {

// Where an invalid sequence is: the line and column (characters) in the
// text decoded so far, and its byte offset.
std::string place_of(const std::u16string& so_far, long long byte, int& line, int& column) {
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < so_far.size(); ++i) {
        const char16_t c = so_far[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= so_far.size() || so_far[i + 1] != u'\n'))) {
            ++line;
            column = 1;
        } else if (!(c >= 0xDC00 && c < 0xE000)) {   // a low surrogate is not a character of its own
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column) + " (byte " + std::to_string(byte) + ")";
}

struct Converted {
    std::string utf8;
    std::size_t substitutions = 0;
    std::string first;   // "LINE:COLUMN (byte N)" of the first substitution
};

// decode.strict: ucnv_toUnicode with the stop callback on the converter that
// converts, so a wrong guess is noticed instead of silently giving U+FFFD.
// With `lenient`, each invalid sequence becomes one U+FFFD and is counted.
// `nul_invalid`: a NUL byte counts as an invalid sequence (decode.nul-byte).
Converted convert_to_utf8(std::string_view bytes, const std::string& encoding, bool lenient, bool nul_invalid = false) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(encoding.c_str(), &status);
    if (U_FAILURE(status)) throw DecodeError("unknown encoding '" + encoding + "'");
    std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, &ucnv_close);
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) throw DecodeError("ICU cannot set the stop callback");

    Converted result;
    std::u16string out;
    out.reserve(bytes.size() + 16);
    const char* const begin = bytes.data();
    const char* source = begin;
    const char* const limit = begin + bytes.size();
    char16_t buffer[8192];
    auto fail_or_substitute = [&](long long at, const std::string& what) {
        int line = 0, column = 0;
        if (!lenient) {
            const std::string where = place_of(out, at, line, column);
            throw DecodeError(what + " at " + where + " (use --lenient to replace invalid bytes)", line, column, at);
        }
        if (result.substitutions++ == 0) result.first = place_of(out, at, line, column);   // once: linear time
        out.push_back(u'\uFFFD');
    };
    for (;;) {
        // A NUL ends the chunk handed to ICU, so that it is found where it is.
        const char* chunk_end = limit;
        if (nul_invalid) {
            const void* nul = std::memchr(source, '\0', static_cast<std::size_t>(limit - source));
            if (nul) chunk_end = static_cast<const char*>(nul);
        }
        bool flushed = false;
        int stuck = 0;   // failures without progress: never loop for ever
        while (!flushed) {
            const char* const before = source;
            UChar* target = reinterpret_cast<UChar*>(buffer);
            UChar* const target_limit = target + sizeof buffer / sizeof buffer[0];
            status = U_ZERO_ERROR;
            ucnv_toUnicode(conv, &target, target_limit, &source, chunk_end, nullptr, true, &status);
            out.append(buffer, static_cast<std::size_t>(reinterpret_cast<char16_t*>(target) - buffer));
            if (status == U_BUFFER_OVERFLOW_ERROR) continue;
            if (U_FAILURE(status)) {
                char bad[32];
                int8_t bad_len = sizeof bad;
                UErrorCode st = U_ZERO_ERROR;
                ucnv_getInvalidChars(conv, bad, &bad_len, &st);
                if (U_FAILURE(st)) bad_len = 0;
                const long long at = static_cast<long long>(source - begin) - bad_len;
                fail_or_substitute(at < 0 ? 0 : at, std::string("bytes are not valid ") + encoding);
                if (status == U_TRUNCATED_CHAR_FOUND || (source == before && ++stuck > 2)) flushed = true;
                continue;
            }
            flushed = source >= chunk_end;
        }
        if (chunk_end == limit) break;
        ucnv_reset(conv);
        fail_or_substitute(static_cast<long long>(chunk_end - begin), "a NUL byte (not text)");
        source = chunk_end + 1;
    }
    // UTF-16 -> UTF-8 (well formed: ICU never returns lone surrogates from a converter)
    std::string utf8;
    utf8.reserve(out.size() * 3 / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        char32_t c = out[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < out.size() && out[i + 1] >= 0xDC00 && out[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (out[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            utf8.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
            utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            utf8.push_back(static_cast<char>(0xE0 | (c >> 12)));
            utf8.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            utf8.push_back(static_cast<char>(0xF0 | (c >> 18)));
            utf8.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            utf8.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    result.utf8 = std::move(utf8);
    return result;
}

// decode.utf16-nul-pattern: text in UTF-16 without a BOM has NUL bytes (the
// high byte of ASCII, line ends) nearly all on one side of the code units.
bool nul_pattern_says_utf16(std::string_view bytes, bool little_endian) {
    if (bytes.size() < 2 || bytes.size() % 2 != 0) return false;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0') ++(i % 2 == 0 ? even : odd);
    const std::size_t high = little_endian ? odd : even;   // LE: the high byte comes second
    const std::size_t units = bytes.size() / 2;
    return high * 100 >= units && high * 10 >= (even + odd) * 9;
}

// Mostly UTF-8: multibyte sequences, few invalid ones (a damaged UTF-8 file,
// not another encoding); then its bad bytes are reported as UTF-8's.
bool mostly_utf8(std::string_view s) {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    std::size_t multibyte = 0, invalid = 0;
    while (i < n) {
        const int32_t at = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) ++invalid;
        else if (i - at > 1) ++multibyte;
    }
    return multibyte >= 8 && invalid * 100 <= multibyte;
}

struct Detection {
    std::string name;
    int confidence = 0;
};

std::vector<Detection> detect_charsets(std::string_view bytes) {
    std::vector<Detection> result;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* det = ucsdet_open(&status);
    if (U_FAILURE(status)) return result;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> guard(det, &ucsdet_close);
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &status);
    if (U_FAILURE(status)) return result;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode st = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &st);
        int conf = ucsdet_getConfidence(matches[i], &st);
        if (U_SUCCESS(st) && name) result.push_back({name, conf});
    }
    return result;
}

// The genre's encodings, in the order we trust them when the detector is unsure.
bool is_japanese_candidate(const std::string& name) {
    return name == "Shift_JIS" || name == "EUC-JP" || name == "UTF-16LE" || name == "UTF-16BE" ||
           name == "ISO-2022-JP" || name == "UTF-8";
}

std::string icu_name_for(const std::string& detected) {
    // ICU's detector says Shift_JIS; real files are CP932 (Windows-31J), a superset.
    if (detected == "Shift_JIS") return "ibm-943_P15A-2003";
    return detected;
}

}  // namespace

namespace {

// Text has few control characters; a file full of them is binary, whatever
// a converter made of it.
void reject_binary(const DecodedText& d) {
    std::size_t controls = 0;
    for (unsigned char c : d.utf8)
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    if (controls > 0 && controls * 100 >= d.utf8.size())
        throw DecodeError("binary data, not text (" + std::to_string(controls) + " control characters)");
    // A wrong guess (random bytes read as UTF-16, say) gives characters from
    // all over the code space; text of the genre is ASCII, Latin, Cyrillic,
    // punctuation and Japanese.
    std::size_t plausible = 0, total = 0;
    for (char32_t c : text::to_u32(d.utf8)) {
        if (c == U' ' || c == U'\n' || c == U'\r' || c == U'\t' || c == 0xFFFD) continue;   // --lenient's substitutes are counted apart
        ++total;
        if ((c >= 0x21 && c < 0x7F) || (c >= 0xA0 && c < 0x530) || (c >= 0x2000 && c < 0x2700) ||
            text::is_japanese(c))
            ++plausible;
    }
    if (total > 0 && plausible * 10 < total * 9)
        throw DecodeError("the bytes do not look like text in any supported encoding (use --encoding to name it)");
}

DecodedText decode_unchecked(std::string_view bytes, const DecodeOptions& options);

}  // namespace

DecodedText decode_text(std::string_view bytes, const std::string& forced_encoding) {
    return decode_text(bytes, DecodeOptions{forced_encoding, false});
}

DecodedText decode_text(std::string_view bytes, const DecodeOptions& options) {
    DecodedText d = decode_unchecked(bytes, options);
    reject_binary(d);
    return d;
}

namespace {

DecodedText decode_unchecked(std::string_view bytes, const DecodeOptions& options) {
    DecodedText out;
    const bool lenient = options.lenient;
    auto take = [&](Converted c, const std::string& name) {
        out.utf8 = std::move(c.utf8);
        out.encoding = name;
        out.substitutions = c.substitutions;
        out.first_substitution = std::move(c.first);
    };
    auto is_utf8_name = [](std::string n) {
        for (char& ch : n) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        return n == "UTF-8" || n == "UTF8";
    };
    if (!options.encoding.empty()) {
        std::string_view b = bytes;
        if (b.substr(0, 3) == "\xEF\xBB\xBF") { b.remove_prefix(3); out.had_bom = true; }
        take(convert_to_utf8(b, options.encoding, lenient, is_utf8_name(options.encoding)), options.encoding);
        out.encoding = options.encoding;
        return out;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        out.had_bom = true;
        take(convert_to_utf8(bytes.substr(3), "UTF-8", lenient, true), "UTF-8");
        return out;
    }
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        out.had_bom = true;
        const std::string name = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        take(convert_to_utf8(bytes.substr(2), name, lenient), name);
        return out;
    }
    if (bytes.find('\0') == std::string_view::npos && is_valid_utf8(bytes)) {
        out.utf8 = std::string(bytes);
        out.encoding = "UTF-8";
        return out;
    }
    // Damaged UTF-8 is reported (or, lenient, repaired) as UTF-8.
    const bool utf16_le = nul_pattern_says_utf16(bytes, true), utf16_be = nul_pattern_says_utf16(bytes, false);
    if (!utf16_le && !utf16_be && mostly_utf8(bytes)) {
        take(convert_to_utf8(bytes, "UTF-8", lenient, true), "UTF-8");
        return out;
    }
    // Not UTF-8: ask ICU, then try its candidates in order of confidence; a
    // candidate that meets an invalid byte is a wrong guess.
    auto allowed = [&](const std::string& name) {
        if (name == "UTF-16LE") return utf16_le;
        if (name == "UTF-16BE") return utf16_be;
        return is_japanese_candidate(name) && name != "UTF-8";
    };
    for (const Detection& d : detect_charsets(bytes)) {
        if (!allowed(d.name)) continue;
        try {
            take(convert_to_utf8(bytes, icu_name_for(d.name), false), d.name);
            out.confidence = d.confidence;
            return out;
        } catch (const DecodeError&) {
            // a wrong guess: try the next candidate
        }
    }
    for (const char* name : {"Shift_JIS", "EUC-JP"}) {
        try {
            take(convert_to_utf8(bytes, icu_name_for(name), false), name);
            out.confidence = 10;
            return out;
        } catch (const DecodeError&) {
        }
    }
    // Nothing fits: name the first bad byte as UTF-8 sees it (or, lenient,
    // read it as UTF-8 with substitutes).
    if (utf16_le || utf16_be) {
        const std::string name = utf16_le ? "UTF-16LE" : "UTF-16BE";
        take(convert_to_utf8(bytes, name, lenient), name);
        return out;
    }
    try {
        take(convert_to_utf8(bytes, "UTF-8", lenient, true), "UTF-8");
    } catch (const DecodeError& e) {
        throw DecodeError(std::string("not text in UTF-8, UTF-16, Shift_JIS or EUC-JP (use --encoding to name it); as "
                                      "UTF-8: ") + e.what(),
                          e.line, e.column, e.byte);
    }
    return out;
}

}  // namespace

std::vector<std::string> split_lines(std::string_view s) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n' || s[i] == '\r') {
            lines.emplace_back(s.substr(start, i - start));
            if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    if (start < s.size()) lines.emplace_back(s.substr(start));
    return lines;
}

}  // namespace shiryo::decode
