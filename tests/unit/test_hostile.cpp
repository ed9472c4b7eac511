// Bad and odd input never crashes and never produces invalid output: each
// input goes through the whole pipeline, every exporter and every validator.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "export/exporters.hpp"
#include "pipeline/pipeline.hpp"
#include "validate/validate.hpp"

using namespace shiryo;

namespace {
std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

const std::vector<std::pair<const char*, std::string>>& hostile_inputs() {
    static const std::vector<std::pair<const char*, std::string>> inputs = {
        {"empty", ""},
        {"spaces only", "   \n \n\t\n　\n"},
        {"newlines only", repeat("\n", 1000)},
        {"one long line", repeat("あ", 50000)},
        {"unbalanced brackets", repeat("（（（（「『", 2000) + "\n" + repeat("）」", 10) + "\n"},
        {"quadrupled everything", repeat("ああああ", 3000) + "    \n"},
        {"bold marker without end", "本文（（（（1111\n"},
        {"caption at the end", "本文。 \n表１ 最後の表\n"},
        {"caption with a ragged grid", "表 2 比較\n\n国名 A B C\n\n甲 1\n乙 1 2 3 4 5\n出所：筆者作成\n"},
        {"rule line at the end", "本文。 \n――――――――――――――――\n"},
        {"note heading and nothing", "本文。 \n注\n"},
        {"notes only", "――――――――\n1 著者「題」『誌』2021 年。\n２ 同上、5 頁。\n"},
        {"citation fragments", "――――\n1 「『「『」\n2 前掲\n3 Ibid.\n4 <http://\n"},
        {"page numbers only", "1\n\n2\n\n3\n"},
        {"headings only", "１．１．１．１．見出し見出し見出し見出し    \n(1)(1)(1)(1)小見出し小見出し小見出し小見出し    \n"},
        {"list at the start", "1.  項目\n2.  項目\n"},
        {"vote table without countries", "表 1 2022 年の投票\n\n国名 3月 2日\n\n賛成\n反対\n"},
        {"control characters", "本文\x01\x02です。 \n"},
        {"invalid UTF-8 bytes inside", std::string("本文\xff\xfeです。 \n")},
        {"CR only line ends", "一行目。 \r二行目。 \r"},
        {"latin only", "This is an English report.\nIt has two lines.\n"},
    };
    return inputs;
}
}  // namespace

TEST_CASE("hostile inputs: the pipeline, exporters and validators survive, and outputs stay valid") {
    validate::Validator validator(SHIRYO_SCHEMA_DIR);
    for (const auto& input : hostile_inputs()) {
        const std::string name = input.first;   // not a structured binding: clang 14 cannot capture one
        const std::string& text = input.second;
        CAPTURE(name);
        Document doc;
        try {
            doc = pipeline::convert_text(text, "h");
        } catch (const std::exception& e) {
            // Only a decode error is an acceptable way to refuse an input.
            CHECK(std::string(e.what()).size() > 0);
            continue;
        }
        std::vector<exporters::OutputFile> files;
        REQUIRE_NOTHROW(files = exporters::export_all(doc));
        REQUIRE_FALSE(files.empty());
        const auto problems = validator.check_all(files);
        std::string msgs;
        for (const auto& p : problems)
            if (p.severity == Severity::Error) msgs += p.file + ":" + p.where + ": " + p.message + "\n";
        CHECK_MESSAGE(msgs.empty(), msgs);
    }
}
