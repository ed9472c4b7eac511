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
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <map>

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
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error("cannot create " + tmp + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
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

// A CSVW sidecar ("….csv-metadata.json"): renamed before its CSV, so that a
// CSV never stands without the metadata that describes it.
bool is_sidecar(const std::string& path) {
    static const std::string suffix = "-metadata.json";
    return path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
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
    // output.whole-set: every file is written before any is renamed, sidecars first
    std::stable_partition(written.begin(), written.end(), [](const auto& w) { return is_sidecar(w.second); });
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


namespace {

bool has_txt_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".txt";
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
    std::vector<std::string> files;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> found;
            for (const auto& e : fs::directory_iterator(in, ec))
                if (e.is_regular_file() && has_txt_extension(e.path())) found.push_back(e.path().string());
            std::sort(found.begin(), found.end());
            if (found.empty()) errors.push_back(in + ": folder holds no .txt files");
            files.insert(files.end(), found.begin(), found.end());
        } else if (in == "-" || fs::exists(in, ec)) {
            files.push_back(in);   // regular or not (/dev/fd/N, a FIFO): read_input reads it
        } else {
            errors.push_back(in + ": no such file or folder");
        }
    }
    return files;
}

std::string read_input(const std::string& path, std::uint64_t limit) {
    const std::string too_large = "the input is larger than the limit of " + std::to_string(limit) +
                                  " bytes (--max-input-size; split it or raise the limit)";
    int fd = 0;
    if (path != "-") {
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw std::runtime_error("cannot open: " + std::string(std::strerror(errno)));
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > limit) {
            ::close(fd);
            throw std::runtime_error(too_large);
        }
    }
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int e = errno;
            if (fd != 0) ::close(fd);
            throw std::runtime_error("read error: " + std::string(std::strerror(e)));
        }
        if (n == 0) break;
        if (bytes.size() + static_cast<std::size_t>(n) > limit) {
            if (fd != 0) ::close(fd);
            throw std::runtime_error(too_large);
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    if (fd != 0) ::close(fd);
    return bytes;
}

namespace {

// PID in a temporary's name: X.tmp-PID or .shiryo-xlsx.tmp-PID-XXXXXX.
long temporary_owner(const std::string& name) {
    const auto at = name.rfind(".tmp-");
    if (at == std::string::npos) return -1;
    std::size_t i = at + 5, digits = 0;
    long pid = 0;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) && digits < 9) {
        pid = pid * 10 + (name[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0) return -1;
    const bool xlsx = name.rfind(".shiryo-xlsx.tmp-", 0) == 0;
    if (xlsx ? (i >= name.size() || name[i] != '-') : i != name.size()) return -1;
    return pid;
}

bool process_alive(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

// The suffixes of one document's output set (after "STEM.").
bool is_set_suffix(const std::string& rest) {
    static const std::vector<std::string> fixed = {
        "tei.xml", "csl.json", "bib", "ris", "xlsx", "notes.csv", "notes.csv-metadata.json", "citations.csv",
        "citations.csv-metadata.json", "votes.csv", "votes.csv-metadata.json"};
    for (const auto& f : fixed)
        if (rest == f) return true;
    if (rest.rfind("table-", 0) != 0) return false;
    std::size_t i = 6;
    while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i]))) ++i;
    if (i == 6) return false;
    const std::string tail = rest.substr(i);
    return tail == ".csv" || tail == ".csv-metadata.json";
}

// output.folder-lock: one process at a time writes into a folder (flock on
// DIR/.shiryo.lock, held until the process ends), so sets never interleave.
class FolderLock {
public:
    explicit FolderLock(const std::string& dir) {
        const std::string path = (fs::path(dir) / ".shiryo.lock").string();
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ < 0) throw std::runtime_error("cannot create " + path + ": " + std::strerror(errno));
        while (::flock(fd_, LOCK_EX) != 0) {
            if (errno == EINTR) continue;
            const int e = errno;
            ::close(fd_);
            throw std::runtime_error("cannot lock " + path + ": " + std::strerror(e));
        }
    }
    ~FolderLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace

int sweep_stale_temporaries(const std::string& dir) {
    int removed = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        const long pid = temporary_owner(name);
        if (pid < 0 || process_alive(pid)) continue;
        std::error_code rm;
        if (fs::remove_all(e.path(), rm) > 0 && !rm) ++removed;   // the XLSX temporary is a folder
    }
    return removed;
}

std::vector<std::string> stale_outputs(const std::string& dir, const std::string& stem,
                                       const std::vector<std::string>& keep) {
    std::vector<std::string> stale;
    std::error_code ec;
    const std::string prefix = stem + ".";
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || !is_set_suffix(name.substr(prefix.size()))) continue;
        if (std::find(keep.begin(), keep.end(), name) != keep.end()) continue;
        stale.push_back(name);
    }
    std::sort(stale.begin(), stale.end());
    return stale;
}

namespace {

std::string read_all(const std::string& path) { return read_input(path, ~std::uint64_t{0}); }

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

namespace {

void print_diagnostic(std::ostream& err, const std::string& path, const Diagnostic& d) {
    err << path << ":" << d.line << ": "
        << (d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note") << ": "
        << d.message << " [" << d.code << "]\n";
}

// output.duplicate-stem: the second input named doc in one run writes doc-2
// (then doc-3, ...), so that no set mixes two documents' files.
std::string unique_stem(const std::string& stem, std::set<std::string>& used) {
    std::string name = stem;
    for (int i = 2; used.count(name); ++i) name = stem + "-" + std::to_string(i);
    used.insert(name);
    return name;
}

}  // namespace

int run_convert(const ConvertSettings& s, std::ostream& out, std::ostream& err) {
    int status = kOk;
    auto raise = [&](int code) { status = std::max(status, code); };
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
    std::unique_ptr<FolderLock> lock;
    if (!to_stdout) {
        try {
            lock = std::make_unique<FolderLock>(s.out_dir);
        } catch (const std::exception& e) {
            err << "shiryo: error: " << e.what() << "\n";
            return kOutputError;
        }
        if (const int swept = sweep_stale_temporaries(s.out_dir); swept > 0 && !s.quiet)
            err << s.out_dir << ": note: removed " << swept
                << " temporary file(s) left by an interrupted run [output.sweep-stale]\n";
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
    std::set<std::string> stems;           // output names used in this run
    for (const std::string& path : files) {
        Document doc;
        try {
            const std::string bytes = read_input(path, s.max_input_size);
            pipeline::ConvertOptions opt{s.encoding, s.lenient};
            const std::string stem = unique_stem(stem_of(path), stems);
            // A PDF is known by its content (pdf.magic), not by its name.
            const bool pdf = read::looks_like_pdf(bytes);
            doc = pdf ? read::convert_pdf(bytes, stem) : pipeline::convert_text(bytes, stem, opt);
            // rendering a page costs about as much as reading several: only when asked for
            if (pdf && s.review_images) doc.table_images = read::render_table_regions(bytes, doc);
            doc.source_path = path;
            if (stem != stem_of(path))
                doc.diagnostics.insert(doc.diagnostics.begin(),
                                       {Severity::Warning, 0, "output.duplicate-stem",
                                        "another input of this run is also named " + stem_of(path) +
                                            ": this one's outputs are named " + stem + ".*"});
            exporters::assign_citation_keys(doc, citation_keys);
        } catch (const read::PdfError& e) {
            err << path << ":0: error: " << e.what() << " (file skipped)\n";
            raise(kPdfError);
            continue;
        } catch (const decode::DecodeError& e) {
            err << path << ":" << e.line << (e.line > 0 ? ":" + std::to_string(e.column) : std::string()) << ": error: "
                << e.what() << " (file skipped)\n";
            raise(kInputError);
            continue;
        } catch (const std::exception& e) {
            err << path << ":0: error: " << e.what() << " (file skipped)\n";
            raise(kInputError);
            continue;
        } catch (...) {
            err << path << ":0: error: unexpected failure while reading (file skipped)\n";
            raise(kInputError);
            continue;
        }
        for (const Diagnostic& d : doc.diagnostics)
            if (!s.quiet || d.severity == Severity::Error)   // -q silences warnings, not errors
                print_diagnostic(err, path, d);
        for (const Diagnostic& d : doc.diagnostics)
            if (d.code == "vertical-writing") raise(kVerticalText);

        // export.isolated: each exporter on its own; a failure costs its files only.
        exporters::ExportOptions export_options;
        if (!to_stdout) export_options.tmp_dir = s.out_dir;
        exporters::ExportResult exported = exporters::export_isolated(doc, export_options);
        std::vector<exporters::OutputFile>& outputs = exported.files;
        for (const Diagnostic& d : exported.diagnostics)
            if (!s.quiet || d.severity == Severity::Error) print_diagnostic(err, path, d);
        if (!exported.failed.empty()) raise(kOutputError);
        int problems = 0;
        if (validator) {
            try {
                for (const validate::Problem& p : validator->check_all(outputs)) {
                    const bool error = p.severity == Severity::Error;
                    err << (fs::path(s.out_dir) / p.file).string() << ":" << p.where << ": "
                        << (error ? "invalid" : "warning") << ": " << p.message << " [" << p.rule << "]\n";
                    problems += error;
                }
            } catch (const std::exception& e) {
                err << path << ":0: error: the validator failed (" << e.what() << ") [validate.failed]\n";
                ++problems;
            }
        }
        try {
            exporters::csv_for_spreadsheets(doc, {s.csv_bom, s.excel}, outputs);   // after validation
        } catch (const std::exception& e) {
            err << path << ":0: error: the spreadsheet CSV form failed (" << e.what() << ") [export.failed]\n";
            raise(kOutputError);
        }
        if (s.review || s.review_images || (to_stdout && s.to == "review")) {   // only when asked: a pass over the document
            try {
                outputs.push_back({doc.stem + ".review.html", exporters::to_review_html(doc)});
            } catch (const std::exception& e) {
                err << path << ":0: error: the review exporter failed (" << e.what() << ") [export.failed]\n";
                raise(kOutputError);
            }
        }
        if (to_stdout) {
            const std::string wanted = stream_file_name(doc.stem, s.to);
            const auto found = std::find_if(outputs.begin(), outputs.end(),
                                            [&](const exporters::OutputFile& f) { return f.name == wanted; });
            if (found == outputs.end()) {
                err << "shiryo: error: " << path << " has no " << s.to << " output (" << wanted << ")\n";
                raise(kOutputError);
            } else {
                out.write(found->content.data(), static_cast<std::streamsize>(found->content.size()));
                out.flush();
                if (!out) raise(kOutputError);
            }
            if (problems) raise(kValidationError);
            continue;
        }
        // output.stale-set: files of this stem from an earlier run that the new
        // set does not have (an old table-2.csv) go first.
        std::vector<std::string> names;
        for (const auto& f : outputs) names.push_back(f.name);
        for (const std::string& old : stale_outputs(s.out_dir, doc.stem, names)) {
            std::error_code rm;
            fs::remove(fs::path(s.out_dir) / old, rm);
            if (rm) {
                err << "shiryo: error: cannot remove the earlier run's " << old << ": " << rm.message() << "\n";
                raise(kOutputError);
            }
        }
        // output.whole-set: every file to its temporary first, then all renamed
        // (sidecars before their CSVs), with one flush for the set
        for (const std::string& e : write_files_atomically(s.out_dir, outputs)) {
            err << "shiryo: error: " << e << " [export.failed]\n";
            raise(kOutputError);
        }
        if (problems) raise(kValidationError);
        const Counts c = count(doc);
        out << path << ": " << c.headings << " headings, " << c.paragraphs << " paragraphs, " << c.lists << " lists, "
            << c.tables << " tables, " << doc.notes.size() << " notes, " << c.refs << " refs, "
            << doc.citations.size() << " citations, " << c.warnings << " warnings"
            << (problems ? ", " + std::to_string(problems) + " INVALID" : std::string())
            << (exported.failed.empty() ? std::string() : ", " + std::to_string(exported.failed.size()) + " EXPORT FAILED")
            << "\n";
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
