#include "run/sides.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "results/saved.hpp"
#include "run/ordered.hpp"
#include "util/file.hpp"

namespace cepin::run {

namespace {

constexpr std::size_t k_head = 4096;

// The first bytes of a file ("" when it cannot be read: reading it later says why).
std::string head_of(const std::string& path) {
  std::string head(k_head, '\0');
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return "";
  }
  head.resize(std::fread(&head[0], 1, head.size(), file));
  std::fclose(file);
  return head;
}

// The schema a saved file's first record names, when it is cepin's and not a result's.
std::string other_cepin_schema(const std::string& head) {
  std::size_t at = head.find("\"schema\":\"cepin/");
  if (at == std::string::npos || at > 256) {
    return "";
  }
  std::size_t start = at + 10;
  std::size_t end = head.find('"', start);
  std::string schema = head.substr(start, end == std::string::npos ? 0 : end - start);
  return schema == "cepin/result/1" ? "" : schema;
}

class SideLoader {
 public:
  SideLoader(const SideOptions& options, RubricCatalog& catalog) : m_options(options), m_catalog(catalog) {
    m_inputs = options.inputs;
  }

  Side run() {
    m_side.paths = m_options.inputs.paths;
    std::vector<Input> inputs =
        collect_inputs(m_options.inputs.paths, stdin_kind(m_options.inputs.input_format), SavedResults::take);
    for (const Input& input : inputs) {
      if (input.origin == Origin::found) {
        m_folders.insert(input.argument);
      }
      take(input);
    }
    flush();
    check_folders();
    return std::move(m_side);
  }

 private:
  // A folder named for a side whose every file held nothing (only empty
  // saved files, or files skipped) is an error, as `score` finds a folder
  // without inputs one: a comparison against it would call every unit new.
  void check_folders() {
    for (std::size_t argument : m_folders) {
      if (m_yielding.count(argument) > 0) {
        continue;
      }
      const std::string& path = m_options.inputs.paths[argument];
      diag::Diagnostic problem = diag::file_diagnostic(path, diag::Severity::error, "no-results",
                                                       "this folder holds no saved result: every file in it is empty or skipped");
      problem.hint = "the warnings and notes above say why; give a folder of results saved by `cepin score --format jsonl`";
      m_side.results.push_back(results::unreadable_result(path, 0, problem));
      m_side.diagnostics.push_back(std::move(problem));
    }
  }

  void take(const Input& input) {
    if (input.problem) {
      m_yielding.insert(input.argument);
      m_pending.push_back(input);  // the plan reports it as `score` does
      return;
    }
    if (input.path == "-") {
      if (!m_inputs.stdin_bytes) {
        util::ReadResult read = util::read_file("-");
        if (read.error != util::ReadError::none) {
          m_pending.push_back(input);
          return;
        }
        m_inputs.stdin_bytes = std::make_shared<const std::string>(std::move(read.bytes));
        if (results::looks_like_saved(*m_inputs.stdin_bytes)) {
          flush();
          results::RecordReader reader = results::RecordReader::over_text("-", *m_inputs.stdin_bytes);
          read_saved(reader, input);
          return;
        }
      }
      m_pending.push_back(input);
      return;
    }
    std::string head = head_of(input.path);
    if (input.kind == FileKind::results || results::looks_like_saved(head)) {
      std::string schema = other_cepin_schema(head);
      if (input.origin == Origin::found && !schema.empty()) {
        m_side.diagnostics.push_back(diag::file_diagnostic(
            input.path, diag::Severity::note, "not-a-result",
            fmt::format("skipped: a `{}` file, not saved results", schema)));
        return;
      }
      flush();
      read_saved_file(input);
      return;
    }
    if ((input.kind == FileKind::csv || input.kind == FileKind::tsv) && results::looks_like_results_csv(head)) {
      flush();
      diag::Diagnostic problem = diag::file_diagnostic(
          input.path, diag::Severity::error, "results-csv",
          "this is a results sheet written by `cepin score --format csv`; its scores cannot be read back");
      problem.line = 1;
      problem.column = 1;
      problem.hint = "save the results with `cepin score --format jsonl -o results.jsonl` and give that file";
      m_side.results.push_back(results::unreadable_result(input.path, problem.line, problem));
      m_side.diagnostics.push_back(std::move(problem));
      m_yielding.insert(input.argument);
      return;
    }
    m_yielding.insert(input.argument);  // an assessment: scored, or reported as `score` reports it
    m_pending.push_back(input);
  }

  void read_saved_file(const Input& input) {
    std::FILE* file = std::fopen(input.path.c_str(), "rb");
    if (file == nullptr) {
      util::ReadResult read;
      read.error = util::ReadError::unreadable;
      read.message = std::strerror(errno);
      bool usage = false;
      diag::Diagnostic problem = read_failure(input, read, usage);
      m_side.usage = m_side.usage || usage;
      m_side.results.push_back(results::unreadable_result(input.path, problem.line, problem));
      m_side.diagnostics.push_back(std::move(problem));
      return;
    }
    results::RecordReader reader = results::file_records(input.path, file);
    read_saved(reader, input);
    std::fclose(file);
  }

  // A saved file that holds no result at all (an empty file, `[]`) is what
  // a failed `score … -o FILE` may leave: named, it is an error result of
  // its own (a comparison against nothing would say every unit was removed);
  // found in a folder, a warning.
  void read_saved(results::RecordReader& reader, const Input& input) {
    unsigned jobs = m_options.jobs == 0 ? available_cpus() : m_options.jobs;
    results::SavedFile saved = results::read_saved(
        reader, [this](const std::string& id) { return m_catalog.find(id).rubric.get(); },  // the catalog keeps what it found
        jobs);
    for (results::ResultSummary& result : saved.results) {
      m_side.results.push_back(std::move(result));
    }
    const bool empty = saved.results.empty();
    if (!empty) {
      m_yielding.insert(input.argument);
    }
    for (diag::Diagnostic& d : saved.diagnostics) {
      m_side.diagnostics.push_back(std::move(d));
    }
    if (empty) {
      const bool named = input.origin != Origin::found;
      diag::Diagnostic problem = diag::file_diagnostic(input.path, named ? diag::Severity::error : diag::Severity::warning,
                                                       "no-results", "this file holds no saved result");
      problem.hint = "a failed `cepin score ... -o FILE` leaves such a file: score again, or leave the file out";
      if (named) {
        m_side.results.push_back(results::unreadable_result(input.path, 0, problem));
      }
      m_side.diagnostics.push_back(std::move(problem));
    }
  }

  // Scores the assessments taken since the last saved file, as `score` would.
  void flush() {
    if (m_pending.empty()) {
      return;
    }
    ScoringPlan plan(m_inputs, m_catalog, std::move(m_pending));
    m_pending.clear();
    m_side.diagnostics.insert(m_side.diagnostics.end(), plan.notes().begin(), plan.notes().end());
    unsigned jobs = m_options.jobs == 0 ? available_cpus() : m_options.jobs;
    jobs = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, plan.size())));
    run_in_order<WorkItem, Scored>(
        [&] { return plan.next(); }, jobs, [&](WorkItem& item) { return plan.score(item, m_options.scoring); },
        [&](std::size_t, Scored&& scored) {
          m_side.usage = m_side.usage || scored.usage;
          for (diag::Diagnostic& d : scored.diagnostics) {
            m_side.diagnostics.push_back(std::move(d));
          }
          if (scored.outcome) {
            m_side.results.push_back(results::summarize(*scored.outcome));
          }
        });
  }

  const SideOptions& m_options;
  RubricCatalog& m_catalog;
  InputOptions m_inputs;
  std::vector<Input> m_pending;
  Side m_side;
  std::set<std::size_t> m_folders;   // command-line paths walked as folders
  std::set<std::size_t> m_yielding;  // command-line paths that gave a result (or will: assessments)
};

}  // namespace

Side load_side(const SideOptions& options, RubricCatalog& catalog) {
  SideLoader loader(options, catalog);
  return loader.run();
}

}  // namespace cepin::run
