// Merging an extending rubric's YAML onto its base's (SPEC §7): the merged
// tree is read by the same loader as any rubric, so every check runs on it
// and each diagnostic points where the offending value was written.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "diag/source.hpp"
#include "yaml/document.hpp"

namespace cepin::rubric {

// A base's tree with the extending file's changes merged in. Nodes the merge
// made live in the tree's arena; the others belong to the two files (and
// must outlive it). Knows where the extending file changed each node, to
// name the cause of an error found in the base.
class MergedTree {
 public:
  MergedTree() = default;
  MergedTree(const MergedTree&) = delete;
  MergedTree& operator=(const MergedTree&) = delete;

  // The merged root map.
  const yaml::Node* root() const { return m_root; }

  // For an error located in a base: a note at the change of the extending
  // file that caused it — the nearest change inside the node the error is
  // about, else inside its parents — or nothing when the file changed nothing.
  std::optional<diag::Diagnostic> cause_of(diag::Position at, const diag::Diagnostic& error) const;

 private:
  friend class Merger;

  // One change of the extending file: where it is written and, at the root,
  // the top-level key it belongs to (`total`, `categories`, …).
  struct Change {
    diag::Position at;
    std::string section;
  };
  using Key = std::tuple<const diag::SourceText*, int, int>;

  // The earliest change inside `node` (memoised), if any.
  std::optional<diag::Position> first_change(const yaml::Node* node) const;
  // The earliest change of the root that belongs to one of `sections` (all when empty).
  std::optional<diag::Position> root_change(const std::vector<std::string>& sections) const;
  // Indexes every position of the merged tree by the map that owns it.
  void index(const yaml::Node* node, const yaml::Node* parent_map);

  std::deque<yaml::Node> m_arena;
  const yaml::Node* m_root = nullptr;
  const diag::SourceText* m_input = nullptr;
  std::unordered_map<const yaml::Node*, std::vector<Change>> m_changes;
  std::map<Key, const yaml::Node*> m_owner;
  std::unordered_map<const yaml::Node*, const yaml::Node*> m_parent;
  std::optional<diag::Position> m_precision;  // the extending file's `precision`, if it sets one
  mutable std::unordered_map<const yaml::Node*, std::optional<diag::Position>> m_first;
};

// Merges the extending file's root map onto the root map of its base (which
// is already merged with its own bases): `remove` first, then every entry by
// id (SPEC §7). Problems go to `diagnostics`, the extending file's list:
// unknown-id (`remove` names an id the base lacks, with "did you mean"),
// extends-moved, extends-shape, duplicate-id (a new entry whose id the base
// uses in another list), wrong-type (`remove` is not a list of ids).
std::unique_ptr<MergedTree> merge_onto(const yaml::Node& base, const yaml::Node& extending,
                                       const diag::SourceText& input, diag::DiagnosticList& diagnostics);

// Sets `position.source` of every node of a base's document to its text, so
// the base's nodes are reported there once merged into another tree.
void mark_source(yaml::Document& document, const diag::SourceText& source);

}  // namespace cepin::rubric
