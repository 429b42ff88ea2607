// Storing into a std::map whose keys usually arrive in order.
#pragma once

#include <string>
#include <utility>

namespace cepin::util {

// map[key] = value, in one comparison when `key` sorts after every key
// already there (a sheet's columns and a file's answers usually do).
template <typename Map, typename Value>
void put_in_order(Map& map, const std::string& key, Value&& value) {
  if (map.empty() || map.rbegin()->first < key) {
    map.emplace_hint(map.end(), key, std::forward<Value>(value));
    return;
  }
  map[key] = std::forward<Value>(value);
}

}  // namespace cepin::util
