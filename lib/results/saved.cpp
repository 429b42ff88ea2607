#include "results/saved.hpp"

#include <algorithm>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "util/json_reader.hpp"

namespace cepin::results {

namespace {

using util::JsonKind;
using util::JsonValue;

constexpr const char* k_result_schema = "cepin/result/1";
constexpr std::size_t k_max_shown = 20;  // diagnostics per file; then one note
constexpr std::size_t k_batch = 512;     // records read, then summarised on several threads

// Reads one record's fields into a summary; the first problem wins.
class Extract {
 public:
  Extract(const RecordReader& reader, const Record& record) : m_reader(reader), m_record(record) {}

  bool failed() const { return m_failed; }
  diag::Diagnostic& problem() { return m_problem; }
  int digits() const { return m_digits; }

  void fail(std::size_t offset, std::string code, std::string message, std::string hint) {
    if (!m_failed) {
      m_failed = true;
      m_problem = m_reader.locate(m_record, offset, std::move(code), std::move(message), std::move(hint));
    }
  }

  // The member `key` of `object` when it is of `kind` (null allowed when
  // `nullable`); a missing member is fine unless `required`.
  JsonValue member(JsonValue object, const char* key, JsonKind kind, bool required, bool nullable = false) {
    JsonValue value = object.find(key);
    if (!value) {
      if (required) {
        fail(object.offset(), "bad-result", fmt::format("this result has no `{}`", key),
             "give results saved by `cepin score --format jsonl`, unchanged");
      }
      return {};
    }
    if (value.kind() == JsonKind::null && nullable) {
      return {};
    }
    if (value.kind() != kind) {
      fail(value.offset(), "bad-result",
           fmt::format("`{}` is {}; a saved result has {} there", key, util::json_kind_name(value.kind()),
                       util::json_kind_name(kind)),
           "give results saved by `cepin score --format jsonl`, unchanged");
      return {};
    }
    return value;
  }

  std::string text(JsonValue object, const char* key, bool required = false) {
    JsonValue value = member(object, key, JsonKind::string, required, true);
    return value ? value.string() : std::string();
  }

  std::optional<std::string> optional_text(JsonValue object, const char* key) {
    JsonValue value = member(object, key, JsonKind::string, false, true);
    return value ? std::optional<std::string>(value.string()) : std::nullopt;
  }

  std::optional<bool> flag(JsonValue object, const char* key) {
    JsonValue value = member(object, key, JsonKind::boolean, false, true);
    return value ? std::optional<bool>(value.boolean()) : std::nullopt;
  }

  Decimal decimal(JsonValue object, const char* key, bool required = false) {
    JsonValue value = member(object, key, JsonKind::number, required);
    if (!value) {
      return Decimal();
    }
    std::string_view number = value.number_text();
    util::DecimalParse parsed = util::parse_decimal(number);
    if (!parsed.value) {
      fail(value.offset(), "bad-result", fmt::format("`{}` is not an exact decimal: {}", key, number),
           "a saved result writes decimals with at most 6 fractional digits");
      return Decimal();
    }
    std::size_t point = number.find('.');
    if (point != std::string_view::npos) {
      m_digits = std::max(m_digits, static_cast<int>(number.size() - point - 1));
    }
    return *parsed.value;
  }

  int integer(JsonValue object, const char* key) {
    Decimal value = decimal(object, key);
    if (!value.is_integer() || value.is_negative() || value.integer_part() > 1'000'000'000) {
      fail(object.find(key).offset(), "bad-result", fmt::format("`{}` is not a line number", key),
           "give results saved by `cepin score --format jsonl`, unchanged");
      return 0;
    }
    return static_cast<int>(value.integer_part());
  }

  // Whether read_codes keeps a code already read.
  enum class Repeats { keep, drop };

  // A list of codes, objects with `code` (or plain strings), added to `out`;
  // with Repeats::drop a code already in `out` is passed over (recognised
  // without a copy).
  void read_codes(JsonValue object, const char* key, Repeats repeats, std::vector<std::string>& out) {
    JsonValue list = member(object, key, JsonKind::array, false);
    for (JsonValue item : list.items()) {
      if (repeats == Repeats::drop) {
        JsonValue code = item.is(JsonKind::object) ? item.find("code") : item;
        if (std::any_of(out.begin(), out.end(), [&](const std::string& c) { return code.string_is(c); })) {
          continue;
        }
      }
      if (item.is(JsonKind::string)) {
        out.push_back(item.string());
      } else if (item.is(JsonKind::object)) {
        out.push_back(text(item, "code", true));
      } else {
        fail(item.offset(), "bad-result", fmt::format("an entry of `{}` is {}", key, util::json_kind_name(item.kind())),
             "each entry is an object with a `code`");
      }
    }
  }

  void clauses(JsonValue node, std::vector<ClauseScore>& out) {
    for (JsonValue item : member(node, "items", JsonKind::array, false).items()) {
      clauses(item, out);
    }
    for (JsonValue clause : member(node, "clauses", JsonKind::array, false).items()) {
      if (!clause.is(JsonKind::object)) {
        fail(clause.offset(), "bad-result", "a clause is not an object", "give the result unchanged");
        return;
      }
      ClauseScore score;
      score.id = text(clause, "id", true);
      score.score = decimal(clause, "score", true);
      score.max = decimal(clause, "max");
      out.push_back(std::move(score));
    }
  }

 private:
  const RecordReader& m_reader;
  const Record& m_record;
  bool m_failed = false;
  diag::Diagnostic m_problem;
  int m_digits = 0;
};

std::optional<rubric::AdjustmentKind> adjustment_kind(const std::string& name) {
  for (auto kind : {rubric::AdjustmentKind::bonus, rubric::AdjustmentKind::penalty, rubric::AdjustmentKind::veto}) {
    if (name == rubric::adjustment_kind_name(kind)) {
      return kind;
    }
  }
  return std::nullopt;
}

void read_rubric(Extract& x, JsonValue root, ResultSummary& out, const RubricLookup& lookup) {
  JsonValue rubric = x.member(root, "rubric", JsonKind::object, false);
  if (!rubric) {
    return;
  }
  out.rubric.id = x.text(rubric, "id", !out.error);
  out.rubric.version = x.optional_text(rubric, "version");
  out.rubric.title = x.text(rubric, "title");
  out.rubric.total = x.decimal(rubric, "total");
  out.rubric.threshold = x.decimal(rubric, "threshold");
  JsonValue precision = rubric.find("precision");
  std::optional<std::string> lang = x.optional_text(rubric, "lang");
  const rubric::Rubric* known = nullptr;
  if ((!precision || !lang) && lookup && !out.rubric.id.empty()) {
    known = lookup(out.rubric.id);  // a result saved before these fields existed
  }
  out.rubric.lang = lang ? *lang : known ? known->lang : "zh";
  if (precision) {
    int digits = util::precision_digits(x.decimal(rubric, "precision"));
    if (digits < 0 && !x.failed()) {
      x.fail(precision.offset(), "bad-result", "`precision` is not a power of ten", "write 1, 0.1, 0.01, …");
    }
    out.rubric.precision_digits = std::max(digits, 0);
  } else {
    out.rubric.precision_digits = known ? known->precision_digits : -1;  // -1: from the printed digits, below
  }
}

void read_context(Extract& x, JsonValue root, ResultSummary& out) {
  out.assessor = x.text(root, "assessor");
  if (JsonValue on = x.member(root, "assessed_on", JsonKind::string, false, true)) {
    out.assessed_on = util::parse_date(on.string());
    if (!out.assessed_on) {
      x.fail(on.offset(), "bad-result", fmt::format("`assessed_on` is not a date: {}", on.string()),
             "write the date as YYYY-MM-DD");
    }
  }
  if (JsonValue period = x.member(root, "period", JsonKind::string, false, true)) {
    util::PeriodParse parsed = util::parse_period(period.string());
    if (!parsed.period) {
      x.fail(period.offset(), "bad-period", parsed.message, parsed.hint);
    }
    out.period = parsed.period;
  }
}

void read_scores(Extract& x, JsonValue root, ResultSummary& out) {
  out.score = x.decimal(root, "score", true);
  out.max = x.decimal(root, "max", true);
  x.decimal(root, "base");  // only for the printed digits
  JsonValue verdict = x.member(root, "verdict", JsonKind::string, true);
  if (verdict) {
    std::string value = verdict.string();
    if (value != "eligible" && value != "ineligible") {
      x.fail(verdict.offset(), "bad-result", fmt::format("`verdict` is `{}`", value),
             "a saved result's verdict is eligible or ineligible");
    }
    out.verdict = value == "eligible" ? scoring::Verdict::eligible : scoring::Verdict::ineligible;
  }
  out.grade = x.optional_text(root, "grade");
  x.read_codes(root, "reasons", Extract::Repeats::keep, out.reasons);
  x.read_codes(root, "warnings", Extract::Repeats::drop, out.warnings);  // each code once: a summary needs no more
  for (JsonValue category : x.member(root, "categories", JsonKind::array, false).items()) {
    x.clauses(category, out.clauses);
  }
  for (JsonValue a : x.member(root, "adjustments", JsonKind::array, false).items()) {
    AdjustmentScore score;
    score.id = x.text(a, "id", true);
    std::string kind = x.text(a, "kind", true);
    auto parsed = adjustment_kind(kind);
    if (!parsed && !x.failed()) {
      x.fail(a.find("kind").offset(), "bad-result", fmt::format("adjustment kind `{}` is unknown", kind),
             "a saved adjustment is a bonus, penalty or veto");
    }
    score.kind = parsed.value_or(rubric::AdjustmentKind::bonus);
    if (score.kind == rubric::AdjustmentKind::veto) {
      score.occurred = x.flag(a, "occurred");
    } else {
      score.points = x.decimal(a, "points");
    }
    out.adjustments.push_back(std::move(score));
  }
  for (JsonValue p : x.member(root, "prerequisites", JsonKind::array, false).items()) {
    out.prerequisites.push_back({x.text(p, "id", true), x.flag(p, "met")});
  }
}

// One record's summary, or an error summary with its diagnostic.
ResultSummary read_record(const RecordReader& reader, const Record& record, util::JsonTree& tree,
                          const RubricLookup& lookup, std::vector<diag::Diagnostic>& diagnostics) {
  ResultSummary out;
  out.provenance = Provenance::saved;
  out.source = reader.path();
  out.file = reader.path();
  out.file_line = record.line;
  out.error = true;
  auto failure = [&](diag::Diagnostic problem) {
    out.error_code = problem.code;
    out.error_message = problem.message;
    diagnostics.push_back(std::move(problem));
    return out;
  };
  // What a summary never reads below the top two levels: the bulk of a saved
  // result (a clause's why, response and evidence; titles; messages; where
  // a warning was found).
  static const std::vector<std::string_view> k_skipped = {"why",     "response", "evidence", "note",  "title",
                                                          "message", "status",   "line",     "column"};
  util::JsonLimits limits;
  limits.skip_keys = &k_skipped;
  limits.skip_depth = 2;
  if (auto error = tree.parse(record.text, limits)) {
    return failure(reader.locate(record, error->offset, "results-syntax", "this saved result is not valid JSON: " +
                                                                              error->message, error->hint));
  }
  JsonValue root = tree.root();
  Extract x(reader, record);
  if (!root.is(JsonKind::object)) {
    return failure(reader.locate(record, 0, "not-a-result",
                                 fmt::format("this record is {}, not a result", util::json_kind_name(root.kind())),
                                 "give results saved by `cepin score --format json` or `jsonl`"));
  }
  JsonValue schema = root.find("schema");
  if (!schema || !schema.is(JsonKind::string) || schema.string() != k_result_schema) {
    std::string what = schema && schema.is(JsonKind::string) ? fmt::format("a `{}` record", schema.string())
                                                             : "a record without a cepin schema";
    return failure(reader.locate(record, schema ? schema.offset() : 0, "not-a-result",
                                 fmt::format("this is {}, not a result (`{}`)", what, k_result_schema),
                                 "give results saved by `cepin score --format json` or `jsonl`"));
  }
  out.source = x.text(root, "source", true);
  if (root.find("line")) {
    out.line = x.integer(root, "line");
  }
  JsonValue error = x.member(root, "error", JsonKind::object, false);
  out.error = static_cast<bool>(error);
  if (JsonValue unit = x.member(root, "unit", JsonKind::object, !out.error)) {
    out.unit = assessment::Unit{x.text(unit, "id", true), x.text(unit, "name"), x.text(unit, "kind")};
  }
  read_rubric(x, root, out, lookup);
  if (out.error) {
    out.error_code = x.text(error, "code");
    out.error_message = x.text(error, "message");
  } else {
    read_context(x, root, out);
    read_scores(x, root, out);
  }
  if (x.failed()) {
    ResultSummary broken = unreadable_result(reader.path(), record.line, x.problem());
    broken.unit = out.unit;
    broken.rubric.id = out.rubric.id;
    diagnostics.push_back(std::move(x.problem()));
    return broken;
  }
  if (out.rubric.precision_digits < 0) {
    out.rubric.precision_digits = std::min(x.digits(), 6);  // from the digits the result prints
  }
  return out;
}

// A run of records read from the file, then turned into summaries on
// several threads (each with its own tree), kept in file order.
struct BatchEntry {
  std::string text;  // the record's text (a problem's: empty)
  Record record;     // its place; `text` above is its text
  bool is_problem = false;
  bool copied = false;  // `record.text` is `text` (else the reader's own view)
  ResultSummary result;
  std::vector<diag::Diagnostic> diagnostics;
};

class Batch {
 public:
  void clear() { m_size = 0; }
  std::size_t size() const { return m_size; }

  // Takes a record; its text is copied when `keep` (the reader's view ends
  // at its next record), else it is read before the reader moves on.
  void add(const Record& record, bool keep) {
    BatchEntry& entry = next_entry();
    entry.record = record;
    entry.is_problem = false;
    entry.copied = keep;
    if (keep) {
      entry.text.assign(record.text.data(), record.text.size());
    }
  }

  void add_problem(diag::Diagnostic problem) {
    BatchEntry& entry = next_entry();
    entry.is_problem = true;
    entry.record.line = problem.line;
    entry.diagnostics.push_back(std::move(problem));
  }

  // Reads every record of the batch, `trees.size()` at a time.
  void read(const RecordReader& reader, std::vector<util::JsonTree>& trees, const RubricLookup& lookup) {
    auto stripe = [&](std::size_t first) {
      for (std::size_t i = first; i < m_size; i += trees.size()) {
        read_one(reader, m_entries[i], trees[first], lookup);
      }
    };
    if (trees.size() == 1 || m_size < 2) {
      stripe(0);
      return;
    }
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < trees.size(); ++t) {
      threads.emplace_back(stripe, t);
    }
    stripe(0);
    for (std::thread& thread : threads) {
      thread.join();
    }
  }

  // The entries read, in file order.
  std::vector<BatchEntry>& entries() {
    m_entries.resize(m_size);
    return m_entries;
  }

 private:
  BatchEntry& next_entry() {
    if (m_size == m_entries.size()) {
      m_entries.emplace_back();
    }
    BatchEntry& entry = m_entries[m_size++];
    entry.diagnostics.clear();
    return entry;
  }

  static void read_one(const RecordReader& reader, BatchEntry& entry, util::JsonTree& tree,
                       const RubricLookup& lookup) {
    if (entry.is_problem) {
      entry.result = unreadable_result(reader.path(), entry.record.line, entry.diagnostics.front());
      return;
    }
    if (entry.copied) {
      entry.record.text = entry.text;
    }
    entry.result = read_record(reader, entry.record, tree, lookup, entry.diagnostics);
  }

  std::vector<BatchEntry> m_entries;
  std::size_t m_size = 0;
};

}  // namespace

ResultSummary unreadable_result(const std::string& file, int line, const diag::Diagnostic& problem) {
  ResultSummary out;
  out.provenance = Provenance::saved;
  out.source = file;
  out.file = file;
  out.file_line = line;
  out.error = true;
  out.error_code = problem.code;
  out.error_message = problem.message;
  return out;
}

SavedFile read_saved(RecordReader& reader, const RubricLookup& lookup, unsigned jobs) {
  SavedFile file;
  diag::Diagnostic problem;
  std::size_t problems = 0;
  auto report = [&](diag::Diagnostic d) {
    if (++problems <= k_max_shown) {
      file.diagnostics.push_back(std::move(d));
    } else if (problems == k_max_shown + 1) {
      d.severity = diag::Severity::note;
      d.code = "results-syntax";
      d.message = "more problems in this file are not shown";
      d.hint = "fix the ones above first";
      d.source_line.clear();
      file.diagnostics.push_back(std::move(d));
    }
  };
  // The lookup reaches the caller's catalog, which is not made for threads.
  std::mutex lookup_mutex;
  RubricLookup shared_lookup;
  if (lookup) {
    shared_lookup = [&](const std::string& id) {
      std::lock_guard<std::mutex> lock(lookup_mutex);
      return lookup(id);
    };
  }
  jobs = std::max(jobs, 1u);
  std::vector<util::JsonTree> trees(jobs);
  Batch batch;
  bool more = true;
  const std::size_t limit = jobs == 1 ? 1 : k_batch;  // one job: each record as it comes, never copied
  while (more) {
    batch.clear();
    while (batch.size() < limit) {
      Record record;
      RecordReader::Step step = reader.next(record, problem);
      if (step == RecordReader::Step::end) {
        more = false;
        break;
      }
      if (step == RecordReader::Step::problem) {
        batch.add_problem(std::move(problem));
      } else {
        batch.add(record, jobs > 1);
      }
    }
    batch.read(reader, trees, shared_lookup);
    for (BatchEntry& entry : batch.entries()) {
      file.results.push_back(std::move(entry.result));
      for (diag::Diagnostic& d : entry.diagnostics) {
        report(std::move(d));
      }
    }
  }
  return file;
}

}  // namespace cepin::results
