#include <doctest/doctest.h>

#include <unicode/ucnv.h>

#include "decode/decode.hpp"

using namespace shiryo::decode;

namespace {
std::string encode(const std::string& utf8, const char* charset) {
    std::string out(utf8.size() * 4 + 8, '\0');
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                             static_cast<int32_t>(utf8.size()), &st);
    REQUIRE(U_SUCCESS(st));
    out.resize(static_cast<std::size_t>(n));
    return out;
}
const std::string kSample =
    "ロシアの対中央アジア政策は、安全保障の面で大きく変化した。\n"
    "本稿では、その背景と帰結を検討し、今後の展望を述べる。\n"
    "第一に、脅威認識の変化を跡づける。第二に、地域政策を分析する。\n";
}  // namespace

TEST_CASE("decode: UTF-8 with and without BOM") {
    auto d = decode_text(kSample);
    CHECK(d.encoding == "UTF-8");
    CHECK_FALSE(d.had_bom);
    auto b = decode_text("\xEF\xBB\xBF" + kSample);
    CHECK(b.had_bom);
    CHECK(b.utf8 == kSample);
}

TEST_CASE("decode: Shift_JIS and EUC-JP are detected and converted") {
    auto sj = decode_text(encode(kSample, "Shift_JIS"));
    CHECK(sj.encoding == "Shift_JIS");
    CHECK(sj.utf8 == kSample);
    auto euc = decode_text(encode(kSample, "EUC-JP"));
    CHECK(euc.encoding == "EUC-JP");
    CHECK(euc.utf8 == kSample);
}

TEST_CASE("decode: UTF-16 with BOM") {
    auto d = decode_text("\xFF\xFE" + encode(kSample, "UTF-16LE"));
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.utf8 == kSample);
}

TEST_CASE("decode: a forced encoding overrides detection; an unknown one is an error") {
    auto d = decode_text(encode(kSample, "EUC-JP"), "EUC-JP");
    CHECK(d.utf8 == kSample);
    CHECK_THROWS_AS(decode_text(kSample, "no-such-charset"), DecodeError);
}

TEST_CASE("decode: binary garbage is rejected with a message") {
    std::string junk;
    for (int i = 0; i < 256; ++i) junk += static_cast<char>(i);
    junk += junk;
    CHECK_THROWS_AS(decode_text(junk), DecodeError);
}

TEST_CASE("split_lines: LF, CRLF, CR and a last line without end") {
    auto l = split_lines("a\r\nb\nc\rd");
    REQUIRE(l.size() == 4);
    CHECK(l[0] == "a");
    CHECK(l[3] == "d");
    CHECK(split_lines("x\n").size() == 1);
    CHECK(split_lines("").empty());
}
