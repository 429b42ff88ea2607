// Shared by the CSV tests: bytes as Excel or WPS would save them.
#pragma once

#include <iconv.h>

#include <string>

#include <doctest/doctest.h>

namespace cepin::test {

// `utf8` re-encoded with iconv into `charset` ("GB18030", "UTF-16LE", …).
inline std::string encode(const char* charset, const std::string& utf8) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* o = out.data();
  std::size_t out_left = out.size();
  REQUIRE(iconv(cd, &in, &in_left, &o, &out_left) != static_cast<std::size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace cepin::test
