// The pipeline: bytes of one input text -> Document. Pure: no file I/O.
#pragma once

#include <functional>
#include <string>
#include <vector>
#include <string_view>

#include "model/document.hpp"

namespace shiryo::pipeline {

struct ConvertOptions {
    std::string encoding;   // forced input encoding, "" = detect
    bool lenient = false;   // --lenient: invalid bytes become U+FFFD with a warning (decode.substituted)
};

// decode -> normalise lines -> segment blocks -> rebuild tables / notes /
// citations -> Document. Throws decode::DecodeError when the bytes are not text.
Document convert_text(std::string_view bytes, const std::string& stem, const ConvertOptions& options = {});

// Stages after decoding, for tests that start from UTF-8 text.
Document build_document(const std::string& utf8, const std::string& stem);

// The same from raw lines (one per source line, form feeds opening pages as
// pdftotext writes them); `after_normalise`, when set, may annotate the
// normalised lines (the PDF reader adds geometry) before any rule reads them.
using LineHook = std::function<void(std::vector<Line>&, std::vector<Artefact>&)>;
Document build_document(const std::vector<std::string>& raw_lines, const std::string& stem,
                        const LineHook& after_normalise);

}  // namespace shiryo::pipeline
