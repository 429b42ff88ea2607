#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/suggest.hpp"

using namespace cepin;

TEST_SUITE("util::edit_distance") {
  TEST_CASE("insertions, deletions, substitutions and swaps count one") {
    CHECK(util::edit_distance("score", "score") == 0);
    CHECK(util::edit_distance("scroe", "score") == 1);  // two neighbours swapped
    CHECK(util::edit_distance("socre", "score") == 1);
    CHECK(util::edit_distance("scor", "score") == 1);
    CHECK(util::edit_distance("scores", "score") == 1);
    CHECK(util::edit_distance("scare", "score") == 1);
    CHECK(util::edit_distance("wdie", "wide") == 1);
    CHECK(util::edit_distance("", "abc") == 3);
    CHECK(util::edit_distance("县区", "区县") == 1);  // code points, not bytes
  }

  TEST_CASE("did you mean") {
    const std::vector<std::string> commands{"validate", "score", "show", "template", "rubrics"};
    CHECK(util::did_you_mean("scroe", commands) == "did you mean `score`?");
    CHECK(util::did_you_mean("tempalte", commands) == "did you mean `template`?");
    CHECK(util::did_you_mean("export", commands) == "");
  }
}
