// Loading a rubric with its chain of bases (SPEC §7): each base is found
// through the resolver, loaded and merged itself, then the extending file
// is merged onto it and the merged tree read like any rubric.
#include <fmt/format.h>

#include "rubric/ids.hpp"
#include "rubric/loader.hpp"
#include "rubric/merge.hpp"
#include "rubric/read.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace cepin::rubric {

namespace {

// One file of a chain, loaded, with everything its merged tree points into
// (kept alive for the file that extends it).
struct Link {
  LoadResult result;
  const yaml::Node* root = nullptr;
  std::vector<std::string> chain;  // the paths of its bases, nearest first
  std::vector<std::shared_ptr<const yaml::Input>> inputs;
  std::vector<std::shared_ptr<const MergedTree>> trees;
};

// A problem of the chain as a whole (a cycle, too many bases): found deep
// down, reported at the input's `extends`.
struct ChainError {
  std::string code;
  std::string message;
  std::string hint;
};

// The files of the chain so far, from the input down: identities (for
// cycles) and paths (for messages), and a chain error once one is found.
struct Visited {
  std::vector<std::string> identities;
  std::vector<std::string> paths;
  std::optional<ChainError> error;
};

// `extends: id` or `extends: id@version`.
struct Reference {
  std::string id;
  std::optional<std::string> version;
};

std::optional<Reference> read_reference(const yaml::MapEntry& entry, diag::DiagnosticList& diagnostics) {
  diag::Position at = yaml::value_position(entry);
  if (!entry.value->is_scalar()) {
    diagnostics.error(at, "wrong-type",
                      fmt::format("`extends` must be a rubric id, not {}", describe(*entry.value)),
                      "write `extends: neac-prefecture-2020`, or `id@version` to pin the base's version");
    return std::nullopt;
  }
  const std::string& text = entry.value->value;
  Reference ref;
  std::size_t at_sign = text.find('@');
  ref.id = text.substr(0, at_sign);
  if (at_sign != std::string::npos) {
    ref.version = text.substr(at_sign + 1);
  }
  if (!detail::is_rubric_id(ref.id) || (ref.version && ref.version->empty())) {
    diagnostics.error(at, "bad-rubric-ref", fmt::format("`extends` must name a rubric, not `{}`", text),
                      "write the base's id, like `neac-prefecture-2020`, or `id@version`");
    return std::nullopt;
  }
  return ref;
}

Link load_link(const yaml::Input& input, const LoadOptions& options, Visited& visited);

// Reports why no base was found; returns false then.
bool report_lookup(const BaseFound& found, const Reference& ref, const BaseRequest& request, diag::Position at,
                   diag::DiagnosticList& diagnostics) {
  switch (found.status) {
    case BaseFound::Status::found:
      return true;
    case BaseFound::Status::not_found: {
      std::string hint = util::did_you_mean(ref.id, found.known);
      if (hint.empty()) {
        hint = request.from_builtin
                   ? "a built-in rubric extends only built-in rubrics (see `cepin rubrics`)"
                   : "put the base in the same folder, name it on the command line, pass --rubrics DIR, or use "
                     "a built-in id (see `cepin rubrics`)";
      }
      diagnostics.error(at, "unknown-rubric", fmt::format("no rubric has the id `{}` to extend", ref.id), hint);
      return false;
    }
    case BaseFound::Status::ambiguous:
      diagnostics.error(at, "ambiguous-rubric",
                        fmt::format("the base rubric id `{}` is defined more than once: {}", ref.id,
                                    util::join(found.places)),
                        "keep one file per rubric id in a folder");
      return false;
    case BaseFound::Status::unreadable:
      diagnostics.error(at, "rubric-unreadable",
                        fmt::format("cannot read the base rubric {}: {}", found.path, found.problem),
                        "check the file's permissions");
      return false;
  }
  return false;
}

// Finds, loads and checks the base named by `extends`; nothing (reported)
// when it cannot be used.
std::optional<Link> load_base(const yaml::MapEntry& entry, const yaml::Input& input, const LoadOptions& options,
                              Visited& visited, diag::DiagnosticList& diagnostics) {
  diag::Position at = yaml::value_position(entry);
  std::optional<Reference> ref = read_reference(entry, diagnostics);
  if (!ref) {
    return std::nullopt;
  }
  if (visited.paths.size() > static_cast<std::size_t>(k_max_extends_depth)) {
    visited.error = ChainError{"extends-depth",
                               fmt::format("the chain of bases is longer than {}: {} → {}", k_max_extends_depth,
                                           util::join(visited.paths, " → "), ref->id),
                               "write one of the bases out in full instead of extending another rubric"};
    return std::nullopt;
  }
  BaseRequest request{ref->id, input.source->path(), options.builtin};
  BaseFound found = options.resolver ? options.resolver(request) : BaseFound{};
  for (const diag::Diagnostic& note : found.notes) {
    diagnostics.add(note);
  }
  if (!report_lookup(found, *ref, request, at, diagnostics)) {
    return std::nullopt;
  }
  std::string identity = found.identity.empty() ? found.path : found.identity;
  for (std::size_t i = 0; i < visited.identities.size(); ++i) {
    if (visited.identities[i] == identity) {
      std::vector<std::string> cycle(visited.paths.begin() + static_cast<std::ptrdiff_t>(i), visited.paths.end());
      cycle.push_back(found.path);
      visited.error = ChainError{
          "extends-cycle", fmt::format("the rubrics extend each other in a cycle: {}", util::join(cycle, " → ")),
          "one of them must not extend the others"};
      return std::nullopt;
    }
  }
  auto parsed = std::make_shared<yaml::Input>(yaml::parse_input(found.path, std::move(found.bytes)));
  if (parsed->document) {
    mark_source(*parsed->document, *parsed->source);
  }
  visited.identities.push_back(identity);
  visited.paths.push_back(found.path);
  Link base = load_link(*parsed, LoadOptions{options.resolver, found.builtin, identity}, visited);
  visited.identities.pop_back();
  visited.paths.pop_back();
  base.inputs.push_back(parsed);
  if (visited.error) {
    return std::nullopt;  // the input reports it
  }
  if (!base.result.rubric) {
    diagnostics.error(at, "invalid-rubric", fmt::format("the base rubric `{}` ({}) is not valid", ref->id, found.path),
                      found.builtin ? std::string("run `cepin validate` to see the built-in rubrics' problems")
                                    : fmt::format("run `cepin validate {}` to see its problems", found.path));
    return std::nullopt;
  }
  const std::optional<std::string>& version = base.result.rubric->version;
  if (ref->version && version != ref->version) {
    diagnostics.error(at, "extends-version",
                      version ? fmt::format("the base rubric `{}` is version {}, not {}", ref->id, *version,
                                            *ref->version)
                              : fmt::format("the base rubric `{}` has no version to match {}", ref->id,
                                            *ref->version),
                      version ? fmt::format("write `extends: {}@{}`, or drop the pin", ref->id, *version)
                              : fmt::format("write `extends: {}` without a version", ref->id));
  }
  base.chain.insert(base.chain.begin(), found.path);
  return base;
}

Link load_link(const yaml::Input& input, const LoadOptions& options, Visited& visited) {
  Link link;
  diag::DiagnosticList diagnostics(*input.source);
  for (const diag::Diagnostic& d : input.diagnostics) {
    diagnostics.add(d);
  }
  if (input.document == nullptr || input.document->root == nullptr) {
    link.result.diagnostics = diagnostics.take();
    return link;
  }
  const yaml::Node& root = *input.document->root;
  link.root = &root;
  auto rubric = std::make_shared<Rubric>();
  rubric->path = input.source->path();
  const yaml::MapEntry* extends = root.is_map() ? root.find("extends") : nullptr;
  if (extends == nullptr) {
    detail::read_tree(root, diagnostics, *rubric);
  } else if (std::optional<Link> base = load_base(*extends, input, options, visited, diagnostics); !base) {
    if (visited.error && visited.paths.size() == 1) {
      diagnostics.error(yaml::value_position(*extends), visited.error->code, visited.error->message,
                        visited.error->hint);
    }
  } else {
    std::shared_ptr<const MergedTree> merged = merge_onto(*base->root, root, *input.source, diagnostics);
    link.chain = base->chain;
    link.inputs = base->inputs;
    link.trees = base->trees;
    link.trees.push_back(merged);
    link.root = merged->root();
    diagnostics.set_chain(link.chain);
    diagnostics.set_cause_finder(
        [tree = merged.get()](diag::Position at, const diag::Diagnostic& error) { return tree->cause_of(at, error); });
    const Rubric& base_rubric = *base->result.rubric;
    rubric->extends.push_back(base_rubric.id);
    rubric->extends.insert(rubric->extends.end(), base_rubric.extends.begin(), base_rubric.extends.end());
    rubric->base = base->result.rubric;
    for (const auto& kept : link.inputs) {
      rubric->sources.push_back(kept->source);
    }
    detail::read_tree(*link.root, diagnostics, *rubric);
  }
  if (!diagnostics.has_errors()) {
    rubric->build_index();
    link.result.rubric = std::move(rubric);
  }
  link.result.diagnostics = diagnostics.take();
  return link;
}

}  // namespace

LoadResult load(const yaml::Input& input, const LoadOptions& options) {
  if (!input.source) {
    return {};
  }
  Visited visited;
  visited.identities.push_back(options.identity.empty() ? input.source->path() : options.identity);
  visited.paths.push_back(input.source->path());
  return load_link(input, options, visited).result;
}

LoadResult load_from_bytes(std::string path, std::string bytes, const LoadOptions& options) {
  yaml::Input input = yaml::parse_input(std::move(path), std::move(bytes));
  return load(input, options);
}

}  // namespace cepin::rubric
