#include "app/app.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "decode/decode.hpp"
#include "export/exporters.hpp"
#include "pipeline/pipeline.hpp"
#include "read/pdf.hpp"
#include "read/render.hpp"
#include "validate/validate.hpp"

namespace fs = std::filesystem;

namespace shiryo::app {

std::string default_schema_dir() {
    // 1. Installed beside the binary: BIN/../share/shiryo/schemas.
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = self.parent_path().parent_path() / "share" / "shiryo" / "schemas";
        if (fs::is_regular_file(installed / "shiryo-tei.rng", ec)) return installed.string();
    }
    // 2. The environment; 3. the source tree the binary was built from.
    if (const char* env = std::getenv("SHIRYO_SCHEMA_DIR"); env && *env) return env;
    return SHIRYO_SCHEMA_DIR;
}

namespace {

// Write content to a new temporary file beside path (not yet flushed);
// returns the temporary's name. Throws std::runtime_error.
std::string write_temporary(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) throw std::runtime_error("cannot create " + tmp + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error("cannot write " + tmp + ": " + std::strerror(e));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot close " + tmp);
    }
    return tmp;
}

bool fsync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

}  // namespace

std::vector<std::string> write_files_atomically(const std::string& dir, const std::vector<exporters::OutputFile>& files) {
    std::vector<std::string> errors;
    std::vector<std::pair<std::string, std::string>> written;   // temporary, target
    for (const auto& f : files) {
        const std::string path = (fs::path(dir) / f.name).string();
        try {
            written.emplace_back(write_temporary(path, f.content), path);
        } catch (const std::exception& e) {
            errors.push_back(e.what());
        }
    }
    if (written.empty()) return errors;
    // One flush for the whole set: syncfs writes out every temporary at once
    // (one journal commit, not one per file); where it fails, each file is
    // flushed on its own.
    bool flushed = false;
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); dfd >= 0) {
        flushed = ::syncfs(dfd) == 0;
        ::close(dfd);
    }
    for (auto& [tmp, path] : written) {
        if (!flushed && !fsync_path(tmp, O_WRONLY)) {
            ::unlink(tmp.c_str());
            errors.push_back("cannot flush " + tmp);
            path.clear();
            continue;
        }
        if (std::rename(tmp.c_str(), path.c_str()) != 0) {
            errors.push_back("cannot rename " + tmp + " to " + path + ": " + std::strerror(errno));
            ::unlink(tmp.c_str());
            path.clear();
        }
    }
    // The renames themselves: the folder once.
    if (!fsync_path(dir, O_RDONLY | O_DIRECTORY)) errors.push_back("cannot flush the folder " + dir);
    return errors;
}

void write_file_atomically(const std::string& path, const std::string& content) {
    const fs::path p(path);
    const std::string dir = p.has_parent_path() ? p.parent_path().string() : std::string(".");
    const auto errors = write_files_atomically(dir, {exporters::OutputFile{p.filename().string(), content}});
    if (!errors.empty()) throw std::runtime_error(errors.front());
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
    std::vector<std::string> files;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> found;
            for (const auto& e : fs::directory_iterator(in, ec))
                if (e.is_regular_file() && e.path().extension() == ".txt") found.push_back(e.path().string());
            std::sort(found.begin(), found.end());
            if (found.empty()) errors.push_back(in + ": folder holds no .txt files");
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::is_regular_file(in, ec) || in == "-") {
            files.push_back(in);
        } else {
            errors.push_back(in + ": no such file or folder");
        }
    }
    return files;
}

namespace {

std::string read_all(const std::string& path) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        return ss.str();
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) throw std::runtime_error("cannot open: " + std::string(std::strerror(errno)));
    std::ostringstream ss;
    ss << f.rdbuf();
    if (f.bad()) throw std::runtime_error("read error");
    return ss.str();
}

std::string stem_of(const std::string& path) {
    if (path == "-") return "stdin";
    return fs::path(path).stem().string();
}

struct Counts {
    int headings = 0, paragraphs = 0, tables = 0, lists = 0, refs = 0, warnings = 0;
};

Counts count(const Document& doc) {
    Counts c;
    for (const Block& b : doc.body) {
        std::visit(
            [&](const auto& blk) {
                using T = std::decay_t<decltype(blk)>;
                if constexpr (std::is_same_v<T, Heading>) ++c.headings;
                if constexpr (std::is_same_v<T, Paragraph>) ++c.paragraphs;
                if constexpr (std::is_same_v<T, Table>) ++c.tables;
                if constexpr (std::is_same_v<T, List>) ++c.lists;
                const std::vector<Inline>* content = nullptr;
                if constexpr (std::is_same_v<T, Heading> || std::is_same_v<T, Paragraph>) content = &blk.content;
                if (content)
                    for (const Inline& in : *content) c.refs += in.kind == InlineKind::NoteRef;
                if constexpr (std::is_same_v<T, List>)
                    for (const ListItem& it : blk.items) {
                        for (const Inline& in : it.content) c.refs += in.kind == InlineKind::NoteRef;
                        for (const auto& more : it.more_paragraphs)
                            for (const Inline& in : more) c.refs += in.kind == InlineKind::NoteRef;
                    }
            },
            b);
    }
    for (const Diagnostic& d : doc.diagnostics) c.warnings += d.severity != Severity::Info;
    return c;
}

}  // namespace

std::string stream_file_name(const std::string& stem, const std::string& to) {
    static const std::vector<std::pair<std::string, std::string>> suffixes = {
        {"tei", ".tei.xml"}, {"csl", ".csl.json"}, {"bib", ".bib"}, {"ris", ".ris"},
        {"notes", ".notes.csv"}, {"citations", ".citations.csv"}, {"votes", ".votes.csv"}, {"review", ".review.html"}};
    for (const auto& [name, suffix] : suffixes)
        if (to == name) return stem + suffix;
    return stem + "." + to + ".csv";   // table-N
}

int run_convert(const ConvertSettings& s, std::ostream& out, std::ostream& err) {
    int status = kOk;
    std::vector<std::string> input_errors;
    const std::vector<std::string> files = expand_inputs(s.inputs, input_errors);
    for (const std::string& e : input_errors) {
        err << "shiryo: error: " << e << "\n";
        status = kInputError;
    }
    const bool to_stdout = s.out_dir == "-";   // -o -: one format of one input on stdout, nothing else
    if (to_stdout && files.size() != 1) {
        err << "shiryo: error: -o - writes one document to standard output: give exactly one input\n";
        return kUsage;
    }
    std::error_code ec;
    if (!to_stdout) fs::create_directories(s.out_dir, ec);
    if (ec) {
        err << "shiryo: error: cannot create output folder " << s.out_dir << ": " << ec.message() << "\n";
        return kOutputError;
    }
    std::unique_ptr<validate::Validator> validator;
    if (s.validate) {
        try {
            validator = std::make_unique<validate::Validator>(s.schema_dir.empty() ? default_schema_dir() : s.schema_dir,
                                                              s.tei_all);
        } catch (const std::exception& e) {
            err << "shiryo: error: cannot load schemas: " << e.what() << "\n";
            return kValidationError;
        }
    }
    std::set<std::string> citation_keys;   // unique across the batch
    for (const std::string& path : files) {
        Document doc;
        try {
            const std::string bytes = read_all(path);
            pipeline::ConvertOptions opt{s.encoding};
            // A PDF is known by its content (pdf.magic), not by its name.
            const bool pdf = read::looks_like_pdf(bytes);
            doc = pdf ? read::convert_pdf(bytes, stem_of(path)) : pipeline::convert_text(bytes, stem_of(path), opt);
            // rendering a page costs about as much as reading several: only when asked for
            if (pdf && s.review_images) doc.table_images = read::render_table_regions(bytes, doc);
            doc.source_path = path;
            exporters::assign_citation_keys(doc, citation_keys);
        } catch (const read::PdfError& e) {
            err << path << ":0: error: " << e.what() << " (file skipped)\n";
            status = std::max(status, static_cast<int>(kPdfError));
            continue;
        } catch (const std::exception& e) {
            err << path << ":0: error: " << e.what() << " (file skipped)\n";
            status = std::max(status, static_cast<int>(kInputError));
            continue;
        }
        for (const Diagnostic& d : doc.diagnostics)
            if (!s.quiet || d.severity == Severity::Error)   // -q silences warnings, not errors
                err << path << ":" << d.line << ": "
                    << (d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note")
                    << ": " << d.message << " [" << d.code << "]\n";
        for (const Diagnostic& d : doc.diagnostics)
            if (d.code == "vertical-writing") status = std::max(status, static_cast<int>(kVerticalText));
        std::vector<exporters::OutputFile> outputs = exporters::export_all(doc);
        int problems = 0;
        if (validator) {
            for (const validate::Problem& p : validator->check_all(outputs)) {
                const bool error = p.severity == Severity::Error;
                err << (fs::path(s.out_dir) / p.file).string() << ":" << p.where << ": "
                    << (error ? "invalid" : "warning") << ": " << p.message << " [" << p.rule << "]\n";
                problems += error;
            }
        }
        exporters::csv_for_spreadsheets(doc, {s.csv_bom, s.excel}, outputs);   // after validation
        if (s.review || s.review_images || (to_stdout && s.to == "review"))   // only when asked: it costs a pass over the document
            outputs.push_back({doc.stem + ".review.html", exporters::to_review_html(doc)});
        if (to_stdout) {
            const std::string wanted = stream_file_name(doc.stem, s.to);
            const auto found = std::find_if(outputs.begin(), outputs.end(),
                                            [&](const exporters::OutputFile& f) { return f.name == wanted; });
            if (found == outputs.end()) {
                err << "shiryo: error: " << path << " has no " << s.to << " output (" << wanted << ")\n";
                status = std::max(status, static_cast<int>(kOutputError));
            } else {
                out.write(found->content.data(), static_cast<std::streamsize>(found->content.size()));
                out.flush();
                if (!out) status = std::max(status, static_cast<int>(kOutputError));
            }
            if (problems) status = std::max(status, static_cast<int>(kValidationError));
            continue;
        }
        for (const std::string& e : write_files_atomically(s.out_dir, outputs)) {
            err << "shiryo: error: " << e << "\n";
            status = std::max(status, static_cast<int>(kOutputError));
        }
        if (problems) status = std::max(status, static_cast<int>(kValidationError));
        const Counts c = count(doc);
        out << path << ": " << c.headings << " headings, " << c.paragraphs << " paragraphs, " << c.lists << " lists, "
            << c.tables << " tables, " << doc.notes.size() << " notes, " << c.refs << " refs, "
            << doc.citations.size() << " citations, " << c.warnings << " warnings"
            << (problems ? ", " + std::to_string(problems) + " INVALID" : std::string()) << "\n";
    }
    return status;
}

int run_validate(const std::vector<std::string>& paths, const std::string& schema_dir, bool tei_all, std::ostream& out,
                 std::ostream& err) {
    std::unique_ptr<validate::Validator> validator;
    try {
        validator = std::make_unique<validate::Validator>(schema_dir.empty() ? default_schema_dir() : schema_dir, tei_all);
    } catch (const std::exception& e) {
        err << "shiryo: error: cannot load schemas: " << e.what() << "\n";
        return kValidationError;
    }
    // Siblings: every file in the folders of the named files (for sidecars).
    int status = kOk;
    for (const std::string& p : paths) {
        std::vector<exporters::OutputFile> siblings;
        exporters::OutputFile target;
        try {
            target = {fs::path(p).filename().string(), read_all(p)};
            const fs::path dir = fs::path(p).has_parent_path() ? fs::path(p).parent_path() : fs::path(".");
            const std::string stem = target.name.substr(0, target.name.find('.'));
            for (const auto& e : fs::directory_iterator(dir)) {
                const std::string name = e.path().filename().string();
                if (e.is_regular_file() && name.rfind(stem + ".", 0) == 0) siblings.push_back({name, read_all(e.path().string())});
            }
        } catch (const std::exception& e) {
            err << p << ":0: error: " << e.what() << "\n";
            status = std::max(status, static_cast<int>(kInputError));
            continue;
        }
        const auto problems = validator->check(target, siblings);
        for (const validate::Problem& pr : problems)
            err << p << ":" << pr.where << ": " << (pr.severity == Severity::Error ? "invalid" : "warning") << ": "
                << pr.message << " [" << pr.rule << "]\n";
        const bool invalid = validate::has_errors(problems);
        out << p << ": " << (invalid ? std::to_string(problems.size()) + " problems" : std::string("valid")) << "\n";
        if (invalid) status = std::max(status, static_cast<int>(kValidationError));
    }
    return status;
}

}  // namespace shiryo::app
