// The pipeline: bytes of one input text -> Document. Pure: no file I/O.
#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace shiryo::pipeline {

struct ConvertOptions {
    std::string encoding;   // forced input encoding, "" = detect
};

// decode -> normalise lines -> segment blocks -> rebuild tables / notes /
// citations -> Document. Throws decode::DecodeError when the bytes are not text.
Document convert_text(std::string_view bytes, const std::string& stem, const ConvertOptions& options = {});

// Stages after decoding, for tests that start from UTF-8 text.
Document build_document(const std::string& utf8, const std::string& stem);

}  // namespace shiryo::pipeline
