// CSV for spreadsheet programs (--csv-bom, --excel): the BOM and the
// OWASP formula guard (csv.formula-guard); the default stays RFC 4180.
#include <doctest/doctest.h>

#include "export/exporters.hpp"
#include "export/tabular.hpp"

using namespace shiryo;
namespace ex = shiryo::exporters;

TEST_CASE("csv.formula-guard: = + - @ TAB CR get a quote in front; plain negative numbers do not") {
    CHECK(ex::formula_guard("=SUM(A1:A3)") == "'=SUM(A1:A3)");
    CHECK(ex::formula_guard("+7.2") == "'+7.2");
    CHECK(ex::formula_guard("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0");
    CHECK(ex::formula_guard("@SUM(1)") == "'@SUM(1)");
    CHECK(ex::formula_guard("\tx") == "'\tx");
    CHECK(ex::formula_guard("\rx") == "'\rx");
    CHECK(ex::formula_guard("-3.8") == "-3.8");
    CHECK(ex::formula_guard("▲3.8") == "▲3.8");
    CHECK(ex::formula_guard("中国") == "中国");
    CHECK(ex::formula_guard("") == "");
    CHECK(ex::formula_guard("a=b") == "a=b");
}

TEST_CASE("to_csv: no BOM by default; --csv-bom adds it; --excel adds it and guards") {
    ex::tabular::Grid g;
    g.rows = {{{"国名"}, {"増減"}}, {{"中国"}, {"+7.2"}}, {{"日本"}, {"-3.8"}}, {{"=1+1"}, {"x,y"}}};
    const std::string plain = ex::tabular::to_csv(g);
    CHECK(plain == "国名,増減\r\n中国,+7.2\r\n日本,-3.8\r\n=1+1,\"x,y\"\r\n");
    CHECK(ex::tabular::to_csv(g, {.bom = true}) == "\xEF\xBB\xBF" + plain);
    CHECK(ex::tabular::to_csv(g, {.excel = true}) ==
          "\xEF\xBB\xBF国名,増減\r\n中国,'+7.2\r\n日本,-3.8\r\n'=1+1,\"x,y\"\r\n");
}
