// Deciding whether an evidence item counts (SPEC §2 "Evidence").
#pragma once

#include <string>

namespace cepin::scoring {

// What became of one evidence item.
enum class EvidenceStatus {
  link,          // http:// or https://: counts
  named,         // a named item without a path: counts
  found,         // a path that exists inside the root: counts
  not_found,     // a path that does not exist: evidence-not-found
  outside_root,  // absolute, `..` out of the root, or a symlink out: evidence-outside-root
};

// Whether a status counts toward a requirement.
inline bool counts(EvidenceStatus status) {
  return status == EvidenceStatus::link || status == EvidenceStatus::named ||
         status == EvidenceStatus::found;
}

// Decides evidence items. The engine asks through this interface so that
// scoring stays free of I/O in tests.
class EvidenceChecker {
 public:
  virtual ~EvidenceChecker() = default;
  // The status of `item` for evidence rooted at `root` (a directory path).
  virtual EvidenceStatus check(const std::string& root, const std::string& item) const = 0;
};

// Classifies an item by its text alone: a link, a named item, or a path; and
// normalises a path (`\` as separator, `.`/`..` folded). Returns false in
// `inside` when the path is absolute or leaves the root by its text.
// A link starts with `http://` or `https://` (ASCII case-insensitive). A path
// contains `/` or `\`, or has a file extension (see evidence_extension).
// Absolute: a leading `/` or `\`, or a drive letter (`C:`).
struct EvidenceText {
  enum class Kind { link, named, path } kind = Kind::named;
  std::string normalized;  // the relative path, for Kind::path
  bool inside = true;
};
EvidenceText classify_evidence(const std::string& item);

// The file extension of an item, lower-cased without the dot, or "" when it
// has none. An extension is a `.` after at least one character of the last
// path segment, followed by 1–10 ASCII letters or digits (at least one a
// letter) up to the end: `报告.PDF` → "pdf"; `第1.5版`, `v1.2` and `.bashrc` have none.
std::string evidence_extension(const std::string& item);

// The real file-system checker: looks the path up under `root` and resolves
// symlinks; never opens a path whose text leaves the root.
class FileEvidenceChecker : public EvidenceChecker {
 public:
  // Classifies `item`; a path is looked up under `root` (never opened when its
  // text leaves the root) and confined to the root's real path.
  EvidenceStatus check(const std::string& root, const std::string& item) const override;
};

}  // namespace cepin::scoring
