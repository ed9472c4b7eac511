// JSON for the validators: nlohmann-json, parsed once per file.
#include "validate/checks.hpp"

namespace shiryo::validate::detail {

nlohmann::json parse_json(std::string_view text) {
    return nlohmann::json::parse(text);   // throws json::parse_error with nlohmann's message
}

}  // namespace shiryo::validate::detail
