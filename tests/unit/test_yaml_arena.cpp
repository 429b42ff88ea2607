#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "yaml/document.hpp"

using namespace cepin;

namespace {

// A node with something in every field.
void fill(yaml::Node& node, const yaml::Node* child) {
  node.kind = yaml::NodeKind::map;
  node.position = {7, 9};
  node.value = std::string(300, 'x');
  node.plain = false;
  node.flow = true;
  node.had_merge_key = true;
  node.expanded = 5;
  node.items.assign(100, child);
  node.entries.assign(3, yaml::MapEntry{child, child});
}

}  // namespace

TEST_SUITE("yaml::NodeArena") {
  TEST_CASE("a node from a spare chunk is as new, whatever the arena before it held") {
    {
      yaml::NodeArena used;
      yaml::Node& first = used.emplace_back();
      for (int i = 0; i < 200; ++i) {  // past the first chunk
        fill(used.emplace_back(), &first);
      }
    }
    yaml::NodeArena arena;
    int count = 0;
    for (int i = 0; i < 200; ++i) {
      yaml::Node& node = arena.emplace_back();
      CHECK(node.kind == yaml::NodeKind::null);
      CHECK(node.position.line == 0);
      CHECK(node.position.column == 0);
      CHECK(node.value.empty());
      CHECK(node.plain);
      CHECK_FALSE(node.flow);
      CHECK_FALSE(node.had_merge_key);
      CHECK(node.expanded == 1);
      CHECK(node.items.empty());
      CHECK(node.entries.empty());
      // Large room is given back; a few entries' room is kept.
      CHECK(node.value.capacity() < 300);
      CHECK(node.items.capacity() < 100);
    }
    arena.for_each([&](yaml::Node&) { ++count; });
    CHECK(count == 200);
  }

  TEST_CASE("a copy made in a spare slot is the node copied") {
    {
      yaml::NodeArena used;
      for (int i = 0; i < 10; ++i) {
        fill(used.emplace_back(), nullptr);
      }
    }
    yaml::NodeArena arena;
    yaml::Node& child = arena.emplace_back();
    yaml::Node original;
    original.kind = yaml::NodeKind::sequence;
    original.value = "v";
    original.items = {&child, &child};
    yaml::Node& copy = arena.emplace_back(original);
    CHECK(copy.kind == yaml::NodeKind::sequence);
    CHECK(copy.value == "v");
    CHECK(copy.items == std::vector<const yaml::Node*>{&child, &child});
    CHECK(copy.entries.empty());
    CHECK(copy.expanded == 1);
  }

  TEST_CASE("nodes never move as the arena grows, spare chunks or new ones") {
    std::vector<yaml::Node*> made;
    yaml::NodeArena arena;
    for (int i = 0; i < 20'000; ++i) {
      yaml::Node& node = arena.emplace_back();
      node.value = std::to_string(i);
      made.push_back(&node);
    }
    bool same = true;
    for (int i = 0; i < 20'000; ++i) {
      same = same && made[static_cast<std::size_t>(i)]->value == std::to_string(i);
    }
    CHECK(same);
    int i = 0;
    bool in_order = true;
    arena.for_each([&](yaml::Node& node) { in_order = in_order && &node == made[static_cast<std::size_t>(i++)]; });
    CHECK(in_order);
    CHECK(i == 20'000);
  }
}
