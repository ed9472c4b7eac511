// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits: the
// fixity value of a converted source in the TEI header.
#pragma once

#include <string>
#include <string_view>

namespace shiryo::text {

std::string sha256_hex(std::string_view bytes);

}  // namespace shiryo::text
