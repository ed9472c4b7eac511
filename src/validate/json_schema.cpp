// A small JSON Schema (draft-07) checker: just the keywords csl-data.json
// uses, plus a few neighbours that cost nothing. Why not a library: none is
// packaged for Debian, and the subset is a page of code.
#include <algorithm>
#include <cmath>
#include <regex>
#include <stdexcept>

#include "validate/checks.hpp"

namespace shiryo::validate::detail {

using nlohmann::json;

namespace {

constexpr int max_depth = 64;   // guards against $ref cycles

std::string child_path(const std::string& path, const std::string& key) { return path + "." + key; }
std::string child_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

bool has_type(const json& value, const std::string& type) {
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "boolean") return value.is_boolean();
    if (type == "null") return value.is_null();
    if (type == "number") return value.is_number();
    if (type == "integer") {
        if (value.is_number_integer()) return true;
        if (!value.is_number_float()) return false;
        double d = value.get<double>();
        return std::isfinite(d) && std::floor(d) == d;
    }
    return false;
}

std::string type_name(const json& value) {
    if (value.is_object()) return "object";
    if (value.is_array()) return "array";
    if (value.is_string()) return "string";
    if (value.is_boolean()) return "boolean";
    if (value.is_null()) return "null";
    return value.is_number_integer() || value.is_number_unsigned() ? "integer" : "number";
}

// "a, b, c, … (45 in all)": enough to see what was meant without flooding.
std::string list_some(const json& values) {
    std::string out;
    std::size_t shown = 0;
    for (const auto& v : values) {
        if (shown == 6) {
            out += ", … (" + std::to_string(values.size()) + " in all)";
            break;
        }
        out += (shown++ ? ", " : "") + v.dump();
    }
    return out;
}

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

JsonSchema::JsonSchema(json schema) : root_(std::move(schema)) {}

// The keywords of a schema object, looked up once: a CSL-JSON file checks
// the same few schema objects hundreds of times.
const JsonSchema::Keywords& JsonSchema::keywords(const json& schema) const {
    std::lock_guard lock(cache_guard_);
    auto found = keywords_.find(&schema);
    if (found != keywords_.end()) return found->second;
    auto get = [&](const char* key) -> const json* {
        auto at = schema.find(key);
        return at == schema.end() ? nullptr : &*at;
    };
    Keywords k;
    k.ref = get("$ref");
    if (k.ref) k.ref_target = &resolve(k.ref->get<std::string>());   // throws as the check would: nothing cached
    k.type = get("type");
    k.enumeration = get("enum");
    k.constant = get("const");
    k.min_length = get("minLength");
    k.max_length = get("maxLength");
    k.pattern = get("pattern");
    k.minimum = get("minimum");
    k.maximum = get("maximum");
    k.min_items = get("minItems");
    k.max_items = get("maxItems");
    k.items = get("items");
    k.required = get("required");
    k.properties = get("properties");
    k.additional = get("additionalProperties");
    k.all_of = get("allOf");
    k.any_of = get("anyOf");
    k.one_of = get("oneOf");
    k.negated = get("not");
    return keywords_.emplace(&schema, k).first->second;
}

// std::regex(pattern, ECMAScript), compiled once per pattern.
const std::regex& JsonSchema::compiled_pattern(const std::string& pattern) const {
    std::lock_guard lock(cache_guard_);
    auto found = patterns_.find(pattern);
    if (found == patterns_.end())
        found = patterns_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;   // may throw: nothing cached
    return found->second;
}

void JsonSchema::validate(const json& instance, Report& report) const {
    std::vector<Failure> failures;
    check(root_, instance, "$", failures, 0);
    for (auto& f : failures) report.error(f.path, "csl-schema", f.message);
}

const json& JsonSchema::resolve(const std::string& ref) const {
    // Only local JSON pointers ("#/definitions/name-variable") are used.
    if (ref.rfind("#", 0) != 0) throw std::runtime_error("unsupported $ref " + ref);
    return root_.at(json::json_pointer(ref.substr(1)));
}

void JsonSchema::check(const json& schema, const json& value, const std::string& path,
                       std::vector<Failure>& out, int depth) const {
    if (depth > max_depth) throw std::runtime_error("JSON Schema nested too deep at " + path);
    if (schema.is_boolean()) {
        if (!schema.get<bool>()) out.push_back({path, "no value is allowed here"});
        return;
    }
    if (!schema.is_object()) return;
    const Keywords& k = keywords(schema);
    if (k.ref) {
        check(*k.ref_target, value, path, out, depth + 1);   // draft-07: siblings ignored
        return;
    }

    if (const json* type = k.type) {
        // "type" is one name or a list of names ("string" or ["string", "number"]).
        bool ok = type->is_string() && has_type(value, type->get<std::string>());
        if (type->is_array())
            for (const auto& t : *type) ok = ok || has_type(value, t.get<std::string>());
        if (!ok) {
            out.push_back({path, "is " + type_name(value) + ", expected " + (type->is_array() ? list_some(*type) : type->get<std::string>())});
            return;   // the other keywords would only repeat the point
        }
    }
    if (const json* allowed = k.enumeration) {
        bool found = std::find(allowed->begin(), allowed->end(), value) != allowed->end();
        if (!found) out.push_back({path, value.dump() + " is not one of the allowed values: " + list_some(*allowed)});
    }
    if (const json* constant = k.constant; constant && *constant != value)
        out.push_back({path, value.dump() + " must be " + constant->dump()});

    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        if (const json* min = k.min_length; min && code_points(s) < min->get<std::size_t>())
            out.push_back({path, "is shorter than " + min->dump() + " characters"});
        if (const json* max = k.max_length; max && code_points(s) > max->get<std::size_t>())
            out.push_back({path, "is longer than " + max->dump() + " characters"});
        if (const json* pattern = k.pattern)
            if (!std::regex_search(s, compiled_pattern(pattern->get<std::string>())))
                out.push_back({path, value.dump() + " does not match " + pattern->dump()});
    }
    if (value.is_number()) {
        double d = value.get<double>();
        if (const json* min = k.minimum; min && d < min->get<double>())
            out.push_back({path, value.dump() + " is below the minimum " + min->dump()});
        if (const json* max = k.maximum; max && d > max->get<double>())
            out.push_back({path, value.dump() + " is above the maximum " + max->dump()});
    }
    if (value.is_array()) {
        if (const json* min = k.min_items; min && value.size() < min->get<std::size_t>())
            out.push_back({path, "has " + std::to_string(value.size()) + " items, at least " + min->dump() + " needed"});
        if (const json* max = k.max_items; max && value.size() > max->get<std::size_t>())
            out.push_back({path, "has " + std::to_string(value.size()) + " items, at most " + max->dump() + " allowed"});
        if (const json* items = k.items) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                static const json any_item = true;   // past a tuple's end (draft-07 default)
                const json* item_schema = items->is_array() ? (i < items->size() ? &(*items)[i] : &any_item) : &*items;
                check(*item_schema, value[i], child_path(path, i), out, depth + 1);
            }
        }
    }
    if (value.is_object()) {
        static const json none = json::object();   // by reference: the CSL properties are big
        for (const auto& name : k.required ? *k.required : none)
            if (!value.contains(name.get<std::string>()))
                out.push_back({path, "required property " + name.dump() + " is missing"});
        const json& properties = k.properties ? *k.properties : none;
        const json* additional = k.additional;
        for (const auto& [key, member] : value.items()) {
            if (auto declared = properties.find(key); declared != properties.end()) {
                check(*declared, member, child_path(path, key), out, depth + 1);
            } else if (additional) {
                if (additional->is_boolean() && !additional->get<bool>())
                    out.push_back({path, "property \"" + key + "\" is not allowed"});
                else
                    check(*additional, member, child_path(path, key), out, depth + 1);
            }
        }
    }

    if (const json* all = k.all_of)
        for (const auto& branch : *all) check(branch, value, path, out, depth + 1);
    for (const char* keyword : {"anyOf", "oneOf"}) {
        const json* branches = keyword[0] == 'a' ? k.any_of : k.one_of;
        if (!branches) continue;
        // Say why the closest branch failed: with one branch (as in
        // csl-data.json) that is the real reason.
        std::vector<Failure> best;
        std::size_t passing = 0;
        for (const auto& branch : *branches) {
            std::vector<Failure> failures;
            check(branch, value, path, failures, depth + 1);
            if (failures.empty()) ++passing;
            else if (best.empty() || failures.size() < best.size()) best = std::move(failures);
        }
        bool any = std::string_view(keyword) == "anyOf";
        if (passing == 0) {
            if (branches->size() == 1) out.insert(out.end(), best.begin(), best.end());
            else out.push_back({path, "matches none of the " + std::to_string(branches->size()) + " alternatives" +
                                          (best.empty() ? "" : " (closest: " + best.front().path + " " + best.front().message + ")")});
        } else if (!any && passing > 1) {
            out.push_back({path, "matches " + std::to_string(passing) + " alternatives of oneOf, exactly one allowed"});
        }
    }
    if (const json* negated = k.negated) {
        std::vector<Failure> failures;
        check(*negated, value, path, failures, depth + 1);
        if (failures.empty()) out.push_back({path, "matches a schema it must not match"});
    }
}

CslTypes csl_types_of(const JsonSchema& csl_schema) {
    CslTypes types;
    const json& root = csl_schema.root();
    const json::json_pointer pointer("/items/properties/type/enum");
    if (!root.contains(pointer)) throw std::runtime_error("csl-data.json has no /items/properties/type/enum");
    for (const auto& t : root.at(pointer)) types.insert(t.get<std::string>());
    return types;
}

// CSL-JSON: the schema, plus what it cannot say: ids are unique (citeproc,
// Zotero and pandoc key items by id).
void check_csl_json(std::string_view text, const JsonSchema& csl_schema, Report& report) {
    json items;
    try {
        items = parse_json(text);
    } catch (const json::parse_error& e) {
        LineIndex lines(text);
        report.error(line_where(lines.line_of(e.byte > 0 ? e.byte - 1 : 0)), "json-syntax", e.what());
        return;
    }
    csl_schema.validate(items, report);
    if (!items.is_array()) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_object() || !items[i].contains("id")) continue;
        std::string id = items[i]["id"].is_string() ? items[i]["id"].get<std::string>() : items[i]["id"].dump();
        if (!ids.insert(id).second)
            report.error("$[" + std::to_string(i) + "].id", "csl-duplicate-id", "id \"" + id + "\" is used twice");
    }
}

}  // namespace shiryo::validate::detail
