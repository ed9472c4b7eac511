// CSL-JSON (what Zotero, Pandoc and citeproc read), valid against the
// official schema in schemas/csl-data.json. That schema allows no fields of
// our own except inside "custom", which carries the source text and the
// citation's place in the document.
#include <nlohmann/json.hpp>

#include "export/bibliographic.hpp"
#include "export/exporters.hpp"

namespace shiryo::exporters {

namespace {

using Json = nlohmann::ordered_json;
namespace bib = bibliographic;

Json name_json(const std::string& raw) {
    const auto name = bib::parse_name(raw);
    if (name.is_literal()) return Json{{"literal", name.literal}};
    Json j{{"family", name.family}};
    if (!name.given.empty()) j["given"] = name.given;
    if (!name.particle.empty()) j["non-dropping-particle"] = name.particle;
    return j;
}

Json names_json(const std::vector<std::string>& names) {
    Json list = Json::array();
    for (const auto& n : names) list.push_back(name_json(n));
    return list;
}

// {"date-parts": [[2021, 7, 29]]}, as precise as the source; text that is
// no ISO date is kept as a literal rather than lost.
Json date_json(const std::string& iso) {
    const auto ranges = bib::date_range_parts(iso);
    if (ranges.empty()) return Json{{"literal", iso}};
    return Json{{"date-parts", ranges}};
}

void put(Json& item, const char* key, const std::string& value) {
    if (!value.empty()) item[key] = value;
}

void put_names(Json& item, const char* key, const std::vector<std::string>& names) {
    if (!names.empty()) item[key] = names_json(names);
}

void put_date(Json& item, const char* key, const std::string& iso) {
    if (!iso.empty()) item[key] = date_json(iso);
}

Json custom_json(const Citation& c, const std::vector<std::string>& ids) {
    Json custom;
    if (!c.raw.empty()) custom["raw"] = c.raw;
    if (c.note > 0) custom["note"] = c.note;
    custom["seq"] = c.seq;
    if (c.repeats > 0 && static_cast<std::size_t>(c.repeats) <= ids.size())
        custom["repeats"] = ids[static_cast<std::size_t>(c.repeats) - 1];
    return custom;
}

Json item_json(const Citation& c, const std::string& id, const std::string& key,
               const std::vector<std::string>& ids) {
    Json item;
    item["id"] = id;
    item["type"] = bib::csl_type(c);
    item["citation-key"] = key;
    put(item, "title", c.title);
    put(item, "container-title", c.container);
    put(item, "collection-title", c.collection);
    put(item, "number", c.number);
    put_names(item, "author", c.authors);
    put_names(item, "editor", c.editors);
    put_names(item, "translator", c.translators);
    put_date(item, "issued", c.date);
    put(item, "publisher", c.publisher);
    put(item, "genre", c.genre);
    put(item, "volume", c.volume);
    put(item, "issue", c.issue);
    put(item, "page", bib::item_pages(c));
    put(item, "URL", c.url);
    put_date(item, "accessed", c.accessed);
    put(item, "language", c.lang);
    item["custom"] = custom_json(c, ids);
    return item;
}

}  // namespace

std::string to_csl_json(const Document& doc) {
    const auto ids = bib::csl_ids(doc);
    const auto keys = bib::ascii_keys(doc);
    Json items = Json::array();
    for (std::size_t i = 0; i < doc.citations.size(); ++i)
        if (bib::is_library_item(doc.citations[i])) items.push_back(item_json(doc.citations[i], ids[i], keys[i], ids));
    return items.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace shiryo::exporters
