#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "run/ordered.hpp"

using cepin::run::run_ordered;

TEST_SUITE("run::run_ordered") {
  TEST_CASE("results come in input order whatever the jobs") {
    for (unsigned jobs : {1u, 2u, 4u}) {
      std::vector<std::size_t> seen;
      run_ordered<std::size_t>(
          100, jobs, [](std::size_t i) { return i * i; },
          [&](std::size_t i, std::size_t&& value) {
            CHECK(value == i * i);
            seen.push_back(i);
          });
      REQUIRE(seen.size() == 100);
      for (std::size_t i = 0; i < seen.size(); ++i) {
        CHECK(seen[i] == i);
      }
    }
  }

  TEST_CASE("an exception on a worker reaches the caller, as with one job") {
    for (unsigned jobs : {1u, 2u}) {
      std::vector<std::size_t> emitted;
      auto work = [](std::size_t i) -> int {
        if (i == 5) {
          throw std::runtime_error("boom");
        }
        return static_cast<int>(i);
      };
      CHECK_THROWS_WITH(run_ordered<int>(20, jobs, work, [&](std::size_t i, int&&) { emitted.push_back(i); }),
                        "boom");
      // everything before the failing item was emitted, nothing after it
      CHECK(emitted == std::vector<std::size_t>{0, 1, 2, 3, 4});
    }
  }

  TEST_CASE("an exception while emitting stops the run") {
    std::size_t calls = 0;
    auto emit = [&](std::size_t i, int&&) {
      ++calls;
      if (i == 2) {
        throw std::runtime_error("disk full");
      }
    };
    CHECK_THROWS_WITH(run_ordered<int>(50, 2, [](std::size_t i) { return static_cast<int>(i); }, emit), "disk full");
    CHECK(calls == 3);
  }

  TEST_CASE("jobs from a producer come out in order, never more than the window ahead") {
    for (unsigned jobs : {1u, 2u, 3u}) {
      std::size_t taken = 0;
      std::size_t emitted = 0;
      std::size_t most_ahead = 0;
      std::function<std::optional<std::string>()> next = [&]() -> std::optional<std::string> {
        if (taken == 1000) {
          return std::nullopt;
        }
        most_ahead = std::max(most_ahead, taken - emitted);
        return std::to_string(taken++);
      };
      std::function<std::size_t(std::string&)> work = [](std::string& job) { return std::stoul(job); };
      std::vector<std::size_t> seen;
      cepin::run::run_in_order<std::string, std::size_t>(
          next, jobs, work,
          [&](std::size_t i, std::size_t&& value) {
            CHECK(value == i);
            seen.push_back(value);
            ++emitted;
          },
          {}, 8);
      REQUIRE(seen.size() == 1000);
      CHECK(seen.back() == 999);
      CHECK(most_ahead <= 8);
    }
  }

  TEST_CASE("a producer with nothing to give ends the run at once") {
    std::function<std::optional<int>()> next = [] { return std::optional<int>(); };
    std::function<int(int&)> work = [](int& job) { return job; };
    std::size_t calls = 0;
    cepin::run::run_in_order<int, int>(next, 2, work, [&](std::size_t, int&&) { ++calls; });
    CHECK(calls == 0);
  }
}
