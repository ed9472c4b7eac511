// libFuzzer harness (issue 11): bytes -> decode -> pipeline -> every
// exporter -> every validator, in memory (the XLSX temporary goes to a
// private folder). A finding is a crash, a sanitizer report, an exception
// other than the documented input errors, or an exporter failure; with
// SHIRYO_FUZZ_STRICT=1, also an output that fails its own validator.
//
//   scripts/sanitize.sh --fuzz 600      # ten minutes; seeds from fixtures/ and tests/
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include <unistd.h>

#include "decode/decode.hpp"
#include "export/exporters.hpp"
#include "pipeline/pipeline.hpp"
#include "read/pdf.hpp"
#include "validate/validate.hpp"

using namespace shiryo;

namespace {

const validate::Validator& validator() {
    static validate::Validator v(SHIRYO_SCHEMA_DIR);
    return v;
}

const std::string& scratch() {
    static std::string dir = [] {
        std::string pattern = "/tmp/shiryo-fuzz-XXXXXX";
        if (!::mkdtemp(pattern.data())) std::abort();
        return pattern;
    }();
    return dir;
}

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "shiryo fuzz finding: %s\n", what.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    Document doc;
    try {
        // The first byte picks lenient decoding for half the inputs.
        pipeline::ConvertOptions options;
        options.lenient = size > 0 && (data[0] & 1);
        doc = read::looks_like_pdf(bytes) ? read::convert_pdf(bytes, "fuzz") : pipeline::convert_text(bytes, "fuzz", options);
    } catch (const decode::DecodeError&) {
        return 0;   // not text: a documented error
    } catch (const read::PdfError&) {
        return 0;
    } catch (const std::exception& e) {
        finding(std::string("pipeline threw: ") + e.what());
    }
    exporters::ExportOptions options;
    options.tmp_dir = scratch();
    exporters::ExportResult r;
    try {
        r = exporters::export_isolated(doc, options);
    } catch (const std::exception& e) {
        finding(std::string("export threw: ") + e.what());
    }
    for (const Diagnostic& d : r.diagnostics)
        if (d.code == "export.failed") finding(d.message);
    std::vector<validate::Problem> problems;
    try {
        problems = validator().check_all(r.files);
    } catch (const std::exception& e) {
        finding(std::string("validator threw: ") + e.what());
    }
    static const bool strict = std::getenv("SHIRYO_FUZZ_STRICT") && *std::getenv("SHIRYO_FUZZ_STRICT") == '1';
    if (strict)
        for (const validate::Problem& p : problems)
            if (p.severity == Severity::Error) finding(p.file + ":" + p.where + ": " + p.message + " [" + p.rule + "]");
    return 0;
}
