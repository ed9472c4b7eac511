// Anchored patterns of a small regular-expression subset, matched without
// std::regex (issue 13: no std::regex on a hot path). The CSVW metadata
// states each column's pattern as an ECMAScript regular expression; the
// exporters check that every value follows it before claiming it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace shiryo::text {

// A compiled pattern. Understood (the rest is left to std::regex, compiled
// once per pattern and process): "^" ... "$" around a sequence of literal
// bytes, "[...]" / "[^...]" classes of ASCII characters and ranges, "(a|b)"
// groups (optional with "?"), and the quantifiers ?, *, + and {n} / {n,m}
// on a byte or a class. Matching works on UTF-8 bytes, as std::regex does
// on std::string; a literal multi-byte character is its bytes in order.
class Form {
public:
    explicit Form(const std::string& ecmascript_pattern);
    ~Form();
    Form(Form&&) noexcept;
    Form& operator=(Form&&) noexcept;
    // As std::regex_search(text, std::regex(pattern, ECMAScript)).
    bool search(std::string_view text) const;
    bool hand_written() const;   // false: the pattern went to std::regex

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The Form of a pattern, compiled once per process (thread-safe).
const Form& form_of(const std::string& ecmascript_pattern);

}  // namespace shiryo::text
