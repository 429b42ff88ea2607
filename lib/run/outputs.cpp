#include "run/outputs.hpp"

#include <sys/stat.h>

#include <algorithm>

#include <fmt/format.h>

#include "run/inputs.hpp"
#include "util/path.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace cepin::run {

namespace {

// The extension of a path's last segment with its dot ("" without one).
std::string extension_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == slash + 1 || dot == 0) {
    return "";
  }
  return path.substr(dot);
}

bool is_special_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

// How a path is compared with the others: its real path when it exists.
std::string identity(const std::string& path) { return util::real_path(path).value_or(path); }

// One `-o` argument as a target, or the reason it is bad usage.
std::optional<OutputTarget> target_of(const std::string& argument, const std::optional<report::Format>& format,
                                      std::string& error) {
  OutputTarget target;
  target.path = argument;
  std::size_t colon = argument.find(':');
  if (colon != std::string::npos) {
    if (std::optional<report::Format> prefixed = report::parse_format(argument.substr(0, colon))) {
      target.format = *prefixed;
      target.path = argument.substr(colon + 1);
      return target;
    }
  }
  if (format) {
    target.format = *format;
    return target;
  }
  std::string extension = extension_of(target.path);
  if (target.path == "-" || extension.empty() || is_special_file(target.path)) {
    return target;  // text
  }
  if (std::optional<report::Format> by_extension = report::format_of_extension(extension)) {
    target.format = *by_extension;
    return target;
  }
  std::string hint = util::did_you_mean(util::ascii_lower(extension), report::known_extensions());
  error = fmt::format("-o {}: cepin does not know which format `{}` is{}", argument, extension,
                      hint.empty() ? "; write FORMAT:PATH (e.g. json:" + argument + ")" : "; " + hint);
  return std::nullopt;
}

}  // namespace

OutputPlan plan_outputs(const std::vector<std::string>& outputs, const std::optional<report::Format>& format,
                        const std::vector<report::Format>& allowed, report::Format fallback,
                        const std::vector<std::string>& inputs) {
  OutputPlan plan;
  if (outputs.empty()) {
    plan.targets.push_back({format.value_or(fallback), "-"});
    return plan;
  }
  std::vector<std::string> seen;
  for (const std::string& argument : outputs) {
    if (argument != "-" && output_is_input(argument, inputs)) {
      plan.error = fmt::format("-o {} is one of the inputs; refusing to overwrite it", argument);
      return plan;
    }
    std::optional<OutputTarget> target = target_of(argument, format, plan.error);
    if (!target) {
      return plan;
    }
    if (std::find(allowed.begin(), allowed.end(), target->format) == allowed.end()) {
      plan.error = fmt::format("-o {}: this command does not write {} (it writes {})", argument,
                               report::format_name(target->format), util::join(report::format_names(allowed)));
      return plan;
    }
    std::string id = target->path == "-" ? "-" : identity(target->path);
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) {
      plan.error = target->path == "-" ? "-o -: standard output can take only one report"
                                       : fmt::format("-o {}: the same file is named twice", argument);
      return plan;
    }
    seen.push_back(id);
    if (target->path != "-" && output_is_input(target->path, inputs)) {
      plan.error = fmt::format("-o {} is one of the inputs; refusing to overwrite it", target->path);
      return plan;
    }
    plan.targets.push_back(*target);
  }
  return plan;
}

std::unique_ptr<OutputFiles> OutputFiles::open(const std::vector<OutputTarget>& targets, std::string& error) {
  auto files = std::unique_ptr<OutputFiles>(new OutputFiles());
  files->m_targets = targets;
  for (const OutputTarget& target : targets) {
    std::string reason;
    std::unique_ptr<util::OutputFile> file = util::OutputFile::open(target.path, reason);
    if (!file) {
      error = fmt::format("cannot write {}: {}", target.path, reason);
      files->abort();
      return nullptr;
    }
    files->m_files.push_back(std::move(file));
  }
  return files;
}

bool OutputFiles::write(std::size_t index, std::string_view text) {
  return text.empty() || m_files[index]->write(text);
}

void OutputFiles::abort() {
  for (auto& file : m_files) {
    file->abort();
  }
}

std::vector<std::string> OutputFiles::commit() {
  std::vector<std::string> errors;
  for (std::size_t i = 0; i < m_files.size(); ++i) {
    if (std::optional<std::string> error = m_files[i]->commit()) {
      const std::string& path = m_targets[i].path;
      errors.push_back(path == "-" ? fmt::format("cannot write the report: {}", *error)
                                   : fmt::format("cannot write {0}: {1}; {0} is as it was before this run "
                                                 "(free some space or raise the file-size limit, then run again)",
                                                 path, *error));
    }
  }
  return errors;
}

bool diagnostics_in_report(const std::vector<OutputTarget>& targets) {
  return std::any_of(targets.begin(), targets.end(), [](const OutputTarget& target) {
    return target.path == "-" && target.format != report::Format::text;
  });
}

bool write_reports(const std::vector<OutputTarget>& targets,
                   const std::function<std::string(report::Format, report::WithDiagnostics)>& render,
                   const std::function<void(const std::string&)>& errors, const std::string& command) {
  std::string error;
  std::unique_ptr<OutputFiles> files = OutputFiles::open(targets, error);
  if (!files) {
    errors(fmt::format("cepin {}: {}\n", command, error));
    return false;
  }
  for (std::size_t i = 0; i < targets.size(); ++i) {
    auto with = targets[i].path == "-" ? report::WithDiagnostics::no : report::WithDiagnostics::yes;
    files->write(i, render(targets[i].format, with));
  }
  bool ok = true;
  for (const std::string& failure : files->commit()) {
    errors(fmt::format("cepin {}: {}\n", command, failure));
    ok = false;
  }
  return ok;
}

}  // namespace cepin::run
