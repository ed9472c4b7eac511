// Validators: hold every output file to its schema before a user sees it.
#pragma once

#include <string>
#include <vector>

#include "export/exporters.hpp"
#include "model/document.hpp"

namespace shiryo::validate {

struct Problem {
    std::string file;       // output file name
    std::string where;      // line, cell or JSON path
    std::string rule;       // what rule failed
    std::string message;
    // Most rules are errors; a few (e.g. "note-gap") only warn: the file is
    // still valid, but the user should look.
    Severity severity = Severity::Error;
};

// True when any problem is an error (warnings alone do not fail a file).
bool has_errors(const std::vector<Problem>& problems);

// Compiled schemas, loaded once per run.
class Validator {
public:
    // schema_dir holds shiryo-tei.rng, tei_all.rng, csl-data.json, ...
    explicit Validator(std::string schema_dir, bool tei_all = false);
    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;

    // Check one file by its name (kind from the name) and content; sidecars
    // (CSVW metadata) are looked up in `siblings` by name.
    std::vector<Problem> check(const exporters::OutputFile& file,
                               const std::vector<exporters::OutputFile>& siblings) const;
    std::vector<Problem> check_all(const std::vector<exporters::OutputFile>& files) const;

private:
    struct Impl;
    Impl* impl_;
};

}  // namespace shiryo::validate
