#include "run/change_run.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "run/exit_codes.hpp"
#include "run/ordered.hpp"
#include "run/outputs.hpp"

namespace cepin::run {

ChangeRun::ChangeRun(std::string command, const ChangeCommandOptions& options, const ScoreSinks& sinks)
    : m_command(std::move(command)), m_options(options), m_sinks(sinks) {}

void ChangeRun::usage_error(const std::string& message) {
  m_sinks.errors(fmt::format("cepin {}: {}\n", m_command, message));
  raise(k_exit_usage);
}

bool ChangeRun::set_up(const std::vector<report::Format>& formats, const std::vector<std::string>& inputs) {
  OutputPlan outputs = plan_outputs(m_options.outputs, m_options.format, formats, report::Format::text, inputs);
  if (!outputs.error.empty()) {
    usage_error(outputs.error);
    return false;
  }
  m_targets = std::move(outputs.targets);
  CatalogSetup setup = set_up_catalog(m_options.rubrics, m_catalog);
  std::string text;
  for (const diag::Diagnostic& d : setup.diagnostics) {
    text += diag::render_text(d, m_sinks.diagnostics_color);
  }
  m_sinks.errors(text);
  if (setup.usage) {
    raise(k_exit_usage);
    return false;
  }
  if (setup.forced_invalid) {
    raise(k_exit_findings);
  }
  return true;
}

Side ChangeRun::read(const std::vector<std::string>& paths, unsigned sides_at_once) {
  SideOptions options = m_options.side;
  options.inputs.paths = paths;
  unsigned jobs = options.jobs == 0 ? available_cpus() : options.jobs;
  options.jobs = std::max(1u, jobs / std::max(1u, sides_at_once));
  return load_side(options, m_catalog);
}

Side ChangeRun::load(const std::vector<std::string>& paths) {
  Side side = read(paths);
  report(side);
  return side;
}

void ChangeRun::report(const Side& side) {
  std::string text;
  for (const diag::Diagnostic& d : side.diagnostics) {
    text += diag::render_text(d, m_sinks.diagnostics_color);
  }
  m_sinks.errors(text);
  if (side.usage) {
    raise(k_exit_usage);
  }
  for (const results::ResultSummary& result : side.results) {
    if (result.error) {
      raise(k_exit_findings);
      break;
    }
  }
}

void ChangeRun::write(
    const std::function<void(report::Format, const report::ChangeOptions&, const report::ReportSink&)>& render,
    const std::string& lang) {
  report::ChangeOptions options;
  options.lang = m_options.lang.value_or(report::parse_lang(lang).value_or(report::Lang::zh));
  options.bom = m_options.bom ? report::Bom::yes : report::Bom::no;
  std::string error;
  std::unique_ptr<OutputFiles> files = OutputFiles::open(m_targets, error);
  if (!files) {
    usage_error(error);
    return;
  }
  for (std::size_t i = 0; i < m_targets.size(); ++i) {
    bool ok = true;
    render(m_targets[i].format, options, [&](std::string_view piece) { ok = files->write(i, piece) && ok; });
    if (!ok) {
      raise(k_exit_usage);
    }
  }
  for (const std::string& failure : files->commit()) {
    usage_error(failure);
  }
}

}  // namespace cepin::run
