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
};

// UTF-8 with or without BOM is taken as it is; UTF-16 (BOM or detected),
// Shift_JIS/CP932 and EUC-JP are detected with ICU's charset detector and
// converted. `forced_encoding` (any ICU converter name) overrides detection.
DecodedText decode_text(std::string_view bytes, const std::string& forced_encoding = "");

// Split UTF-8 text into lines: LF, CRLF and CR end a line; the line ends are
// not part of the lines. A final line without a line end is kept.
std::vector<std::string> split_lines(std::string_view utf8);

bool is_valid_utf8(std::string_view bytes);

}  // namespace shiryo::decode
