// The duplicate check's memory: first places by key, front-coded strings.
#include <doctest/doctest.h>

#include <string>

#include "run/first_places.hpp"
#include "util/front_coded.hpp"

using cepin::run::FirstPlaces;
using cepin::util::FrontCodedList;

TEST_SUITE("util::FrontCodedList") {
  TEST_CASE("every string comes back whole, across groups and after empty ones") {
    FrontCodedList list;
    std::vector<std::string> texts;
    for (int i = 0; i < 100; ++i) {
      texts.push_back("/data/2026/inputs/" + std::to_string(i / 10) + "/a" + std::to_string(i) + ".yaml");
      if (i % 7 == 0) {
        texts.push_back("");
      }
    }
    texts.push_back(std::string(300, 'x'));  // a length beyond one varint byte
    texts.push_back(std::string(300, 'x') + "y");
    for (const std::string& text : texts) {
      list.push_back(text);
    }
    REQUIRE(list.size() == texts.size());
    for (std::uint32_t i = 0; i < texts.size(); ++i) {
      CHECK(list.at(i) == texts[i]);
    }
  }

  TEST_CASE("a middle of 254 bytes takes the short form, of 255 the long one, in the same shape") {
    FrontCodedList list;
    std::vector<std::string> texts;
    for (std::size_t middle : {1, 1, 254, 254, 255, 255, 256, 0, 0, 3}) {
      texts.push_back("head/" + std::string(middle, static_cast<char>('a' + texts.size())) + "/tail");
    }
    for (const std::string& text : texts) {
      list.push_back(text);
    }
    list.each([&](std::uint32_t i, std::string_view text) { CHECK(text == texts[i]); });
    for (std::uint32_t i = 0; i < texts.size(); ++i) {
      CHECK(list.at(i) == texts[i]);
    }
  }
}

TEST_SUITE("run::FirstPlaces") {
  TEST_CASE("the first place of a key comes back; other keys are new") {
    FirstPlaces places;
    CHECK_FALSE(places.find_or_add("r\nu1\n\n", "a.yaml", 0));
    CHECK_FALSE(places.find_or_add("r\nu2\n\n", "sheet.csv", 3));
    CHECK_FALSE(places.find_or_add("r\nu1\n2026-01\n", "b.yaml", 0));
    auto first = places.find_or_add("r\nu2\n\n", "later.csv", 9);
    REQUIRE(first);
    CHECK(first->source == "sheet.csv");
    CHECK(first->line == 3);
    first = places.find_or_add("r\nu1\n\n", "c.yaml", 0);
    REQUIRE(first);
    CHECK(first->source == "a.yaml");
    CHECK(places.size() == 3);
  }

  TEST_CASE("keys are compared whole through growth: 100,000 keys, each found again at its place") {
    FirstPlaces places;
    for (int i = 0; i < 100000; ++i) {
      REQUIRE_FALSE(places.find_or_add("r\nu" + std::to_string(i) + "\n\n", "in/" + std::to_string(i) + ".yaml", i));
    }
    for (int i = 0; i < 100000; i += 997) {
      auto first = places.find_or_add("r\nu" + std::to_string(i) + "\n\n", "again.yaml", 0);
      REQUIRE(first);
      CHECK(first->source == "in/" + std::to_string(i) + ".yaml");
      CHECK(first->line == i);
    }
    CHECK(places.size() == 100000);
  }

  TEST_CASE("the table widens its slots as it grows: 300,000 keys, the first and last found again") {
    FirstPlaces places;
    for (int i = 0; i < 300000; ++i) {
      REQUIRE_FALSE(places.find_or_add(std::to_string(i * 7919LL), "in.csv", i + 2));
    }
    for (int i : {0, 1, 131071, 262144, 299999}) {
      auto first = places.find_or_add(std::to_string(i * 7919LL), "again.csv", 1);
      REQUIRE(first);
      CHECK(first->source == "in.csv");
      CHECK(first->line == i + 2);
    }
    CHECK_FALSE(places.find_or_add("300000", "new.csv", 1));
    CHECK(places.size() == 300001);
  }

  TEST_CASE("a key holding NUL bytes is kept whole") {
    FirstPlaces places;
    const std::string key("r\nu\0x\n\n", 7);
    CHECK_FALSE(places.find_or_add(key, "a.yaml", 0));
    CHECK_FALSE(places.find_or_add(std::string("r\nu\0y\n\n", 7), "b.yaml", 0));
    auto first = places.find_or_add(key, "c.yaml", 0);
    REQUIRE(first);
    CHECK(first->source == "a.yaml");
  }
}
