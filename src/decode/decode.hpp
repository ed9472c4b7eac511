// Stage: decode. Bytes of a text file -> UTF-8 text.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace shiryo::decode {

// Thrown when the input cannot be decoded (unknown forced encoding, bytes
// that are not text). The message names the problem; the caller adds the file.
struct DecodeError : std::runtime_error {
    using std::runtime_error::runtime_error;
    DecodeError(const std::string& message, int line_, int column_, long long byte_)
        : std::runtime_error(message), line(line_), column(column_), byte(byte_) {}
    int line = 0;          // where the first invalid byte is (1-based); 0 = not about one place
    int column = 0;        // characters into its line, 1-based
    long long byte = -1;   // its offset in the file (0-based)
};

struct DecodeOptions {
    std::string encoding;   // forced: any ICU converter name; "" = detect
    bool lenient = false;   // --lenient: invalid bytes become U+FFFD (counted) instead of an error
};

// UTF-8 with or without BOM is taken as it is; UTF-16 (BOM or detected),
// Shift_JIS/CP932 and EUC-JP are detected with ICU's charset detector and
// converted. `forced_encoding` (any ICU converter name) overrides detection.
//
// decode.strict: a converter stops at the first invalid byte (ICU's stop
// callback on the converter that converts); a detected guess that meets one
// is dropped for the next candidate; a forced encoding or UTF-8 that meets
// one is an error naming LINE:COLUMN (byte N), unless `lenient`.
// decode.utf16-nul-pattern: UTF-16 without a BOM only when the NUL bytes
// prove it (at least 1% of the code units, 90% of them on one side).
// decode.nul-byte: a NUL in UTF-8 text is an invalid byte too.
DecodedText decode_text(std::string_view bytes, const std::string& forced_encoding = "");
DecodedText decode_text(std::string_view bytes, const DecodeOptions& options);

// Split UTF-8 text into lines: LF, CRLF and CR end a line; the line ends are
// not part of the lines. A final line without a line end is kept.
std::vector<std::string> split_lines(std::string_view utf8);

bool is_valid_utf8(std::string_view bytes);

}  // namespace shiryo::decode
