// Saved results: the files `cepin score --format json|jsonl` writes, read
// back into summaries exactly as saved (decimals from their text), never
// re-scored. A broken record, a record of another schema or a field of the
// wrong kind is a located diagnostic and an error summary in its place; the
// other records are still read.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "results/records.hpp"
#include "results/summary.hpp"
#include "rubric/model.hpp"

namespace cepin::results {

// Finds a rubric by id for saved results written before results carried
// `precision` and `lang`; null when unknown.
using RubricLookup = std::function<const rubric::Rubric*(const std::string& id)>;

// What reading one saved-results file gave.
struct SavedFile {
  std::vector<ResultSummary> results;         // file order; errors in their place
  std::vector<diag::Diagnostic> diagnostics;  // located, in file order
};

// The error summary in place of a saved record (or file) that cannot be
// read: `file` and `line` where it is, the problem's code and message.
ResultSummary unreadable_result(const std::string& file, int line, const diag::Diagnostic& problem);

// Reads every record of `reader`, turning records into summaries on `jobs`
// threads (the file is read in order on the calling thread; `lookup` is
// called under a lock). The result does not depend on `jobs`.
SavedFile read_saved(RecordReader& reader, const RubricLookup& lookup, unsigned jobs = 1);

}  // namespace cepin::results
