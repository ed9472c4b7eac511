// The Validator: compiles the schemas once, then sends each output file to
// the checker for its kind (told by the file name).
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "validate/checks.hpp"

namespace shiryo::validate {

using namespace detail;

namespace {

nlohmann::json read_json_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read schema " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        return parse_json(buffer.str());
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error("schema " + path + " is not JSON: " + e.what());
    }
}

}  // namespace

struct Validator::Impl {
    RelaxNg shiryo_tei;
    std::unique_ptr<RelaxNg> tei_all;   // only on request: ~5 s to compile
    JsonSchema csl_data;
    CslTypes csl_types;

    Impl(const std::string& dir, bool with_tei_all)
        : shiryo_tei(dir + "/shiryo-tei.rng"),
          tei_all(with_tei_all ? std::make_unique<RelaxNg>(dir + "/tei_all.rng") : nullptr),
          csl_data(read_json_file(dir + "/csl-data.json")),
          csl_types(csl_types_of(csl_data)) {}

    // `shared`: what the checkers of one check_all read once between them.
    std::vector<Problem> check(const OutputFile& file, const Files& siblings, SharedReads& shared) const {
        Report report{file.name, {}};
        if (file.content.empty()) {
            report.error("", "empty-file", "the file is empty");
            return report.problems;
        }
        try {
            switch (kind_of(file.name)) {
            case FileKind::Tei: check_tei(file.content, shiryo_tei, tei_all.get(), report); break;
            case FileKind::Csv: check_csv(file, siblings, csl_types, report, &shared); break;
            case FileKind::CsvwMetadata: check_csvw_metadata(file, siblings, report, &shared); break;
            case FileKind::CslJson: check_csl_json(file.content, csl_data, report); break;
            case FileKind::Xlsx: check_xlsx(file, siblings, report, &shared); break;
            case FileKind::Bibtex: check_bibtex(file.content, report); break;
            case FileKind::Ris: check_ris(file.content, report); break;
            case FileKind::Unknown:
                report.error("", "unknown-kind", "no validator knows this kind of file; every output must be checked");
                break;
            }
        } catch (const std::exception& e) {
            // A checker that cannot finish is itself a failed check.
            report.error("", "checker-failed", e.what());
        }
        return report.problems;
    }
};

Validator::Validator(std::string schema_dir, bool tei_all) : impl_(new Impl(schema_dir, tei_all)) {}

Validator::~Validator() { delete impl_; }

std::vector<Problem> Validator::check(const exporters::OutputFile& file,
                                      const std::vector<exporters::OutputFile>& siblings) const {
    SharedReads shared;
    return impl_->check(file, siblings, shared);
}

std::vector<Problem> Validator::check_all(const std::vector<exporters::OutputFile>& files) const {
    // Every file of the set is read once, however many checkers read it.
    SharedReads shared;
    std::vector<Problem> all;
    for (const auto& file : files) {
        auto problems = impl_->check(file, files, shared);
        all.insert(all.end(), std::make_move_iterator(problems.begin()), std::make_move_iterator(problems.end()));
    }
    return all;
}

}  // namespace shiryo::validate
