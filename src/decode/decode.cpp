#include "decode/decode.hpp"

#include "text/unicode.hpp"

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

// Convert with an ICU converter; stops at the first illegal sequence so that
// a wrong guess is noticed instead of silently producing U+FFFD.
std::string convert_to_utf8(std::string_view bytes, const std::string& encoding) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(encoding.c_str(), &status);
    if (U_FAILURE(status)) throw DecodeError("unknown encoding '" + encoding + "'");
    std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, &ucnv_close);
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    UConverter* utf8 = ucnv_open("UTF-8", &status);
    std::unique_ptr<UConverter, decltype(&ucnv_close)> guard8(utf8, &ucnv_close);
    if (U_FAILURE(status)) throw DecodeError("ICU has no UTF-8 converter");

    std::string out(bytes.size() * 2 + 16, '\0');
    for (;;) {
        status = U_ZERO_ERROR;
        int32_t len = ucnv_convert("UTF-8", encoding.c_str(), out.data(), static_cast<int32_t>(out.size()),
                                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(static_cast<std::size_t>(len) + 16);
            continue;
        }
        if (U_FAILURE(status))
            throw DecodeError("bytes are not valid " + encoding + " (" + u_errorName(status) + ")");
        out.resize(static_cast<std::size_t>(len));
        return out;
    }
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
        if (c == U' ' || c == U'\n' || c == U'\r' || c == U'\t') continue;
        ++total;
        if ((c >= 0x21 && c < 0x7F) || (c >= 0xA0 && c < 0x530) || (c >= 0x2000 && c < 0x2700) ||
            text::is_japanese(c))
            ++plausible;
    }
    if (total > 0 && plausible * 10 < total * 9)
        throw DecodeError("the bytes do not look like text in any supported encoding (use --encoding to name it)");
}

DecodedText decode_unchecked(std::string_view bytes, const std::string& forced_encoding);

}  // namespace

DecodedText decode_text(std::string_view bytes, const std::string& forced_encoding) {
    DecodedText d = decode_unchecked(bytes, forced_encoding);
    reject_binary(d);
    return d;
}

namespace {

DecodedText decode_unchecked(std::string_view bytes, const std::string& forced_encoding) {
    DecodedText out;
    if (!forced_encoding.empty()) {
        out.encoding = forced_encoding;
        std::string_view b = bytes;
        if (b.substr(0, 3) == "\xEF\xBB\xBF") { b.remove_prefix(3); out.had_bom = true; }
        out.utf8 = convert_to_utf8(b, forced_encoding);
        return out;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        out.had_bom = true;
        bytes.remove_prefix(3);
        if (!is_valid_utf8(bytes)) throw DecodeError("UTF-8 byte order mark, but the bytes are not valid UTF-8");
        out.utf8 = std::string(bytes);
        out.encoding = "UTF-8";
        return out;
    }
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        out.had_bom = true;
        out.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        out.utf8 = convert_to_utf8(bytes.substr(2), out.encoding);
        return out;
    }
    if (bytes.find('\0') == std::string_view::npos && is_valid_utf8(bytes)) {
        out.utf8 = std::string(bytes);
        out.encoding = "UTF-8";
        return out;
    }
    // Not UTF-8: ask ICU, then try its candidates in order of confidence.
    for (const Detection& d : detect_charsets(bytes)) {
        if (!is_japanese_candidate(d.name) || d.name == "UTF-8") continue;
        try {
            out.utf8 = convert_to_utf8(bytes, icu_name_for(d.name));
            out.encoding = d.name;
            out.confidence = d.confidence;
            return out;
        } catch (const DecodeError&) {
            // a wrong guess: try the next candidate
        }
    }
    for (const char* name : {"Shift_JIS", "EUC-JP"}) {
        try {
            out.utf8 = convert_to_utf8(bytes, icu_name_for(name));
            out.encoding = name;
            out.confidence = 10;
            return out;
        } catch (const DecodeError&) {
        }
    }
    throw DecodeError("not text in UTF-8, UTF-16, Shift_JIS or EUC-JP (use --encoding to name it)");
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
