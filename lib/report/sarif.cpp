#include "report/sarif.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diag/codes.hpp"
#include "util/json_writer.hpp"
#include "util/text.hpp"

namespace cepin::report {

namespace {

using util::JsonWriter;

const char* level_of(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::error:
      return "error";
    case diag::Severity::warning:
      return "warning";
    case diag::Severity::note:
      return "note";
  }
  return "error";
}

bool has_file(const std::string& path) {
  return !path.empty() && path != "-" && !util::starts_with(path, "builtin:");
}

std::string message_of(const diag::Diagnostic& d) {
  return d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")";
}

// A `location` object: the file as a URI and the region; a related location
// also carries an id and its message.
void write_location(JsonWriter& w, const diag::Diagnostic& d, int related_id = -1) {
  w.begin_object();
  if (related_id >= 0) {
    w.key("id").integer(related_id);
    w.key("message").begin_object().key("text").string(message_of(d)).end_object();
  }
  w.key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object();
  if (d.path.front() == '/') {
    w.key("uri").string("file://" + uri_escape(d.path));
  } else {
    std::string relative = util::starts_with(d.path, "./") ? d.path.substr(2) : d.path;
    w.key("uri").string(uri_escape(relative));
    w.key("uriBaseId").string("%SRCROOT%");
  }
  w.end_object();
  if (d.line > 0) {
    w.key("region").begin_object();
    w.key("startLine").integer(d.line);
    w.key("startColumn").integer(d.column > 0 ? d.column : 1);
    w.end_object();
  }
  w.end_object();
  w.end_object();
}


}  // namespace

std::string uri_escape(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || c == '~' || c == '/';
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

void SarifReport::add(const diag::Diagnostic& diagnostic) { m_results.push_back(diagnostic); }

std::string SarifReport::render(const std::string& version) const {
  std::vector<std::string> rules;
  for (const diag::Diagnostic& d : m_results) {
    if (std::find(rules.begin(), rules.end(), d.code) == rules.end()) {
      rules.push_back(d.code);
    }
  }
  JsonWriter w;
  w.begin_object();
  w.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
  w.key("version").string("2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").string("cepin");
  w.key("version").string(version);
  w.key("rules").begin_array();
  for (const std::string& code : rules) {
    diag::CodeInfo info = diag::code_info(code);
    w.begin_object();
    w.key("id").string(code);
    w.key("shortDescription").begin_object().key("text").string(info.description).end_object();
    w.key("help").begin_object().key("text").string(info.help).end_object();
    w.end_object();
  }
  w.end_array();
  w.end_object().end_object();
  w.key("columnKind").string("unicodeCodePoints");
  w.key("results").begin_array();
  for (const diag::Diagnostic& d : m_results) {
    w.begin_object();
    w.key("ruleId").string(d.code);
    w.key("ruleIndex").integer(std::find(rules.begin(), rules.end(), d.code) - rules.begin());
    w.key("level").string(level_of(d.severity));
    w.key("message").begin_object().key("text").string(message_of(d)).end_object();
    w.key("locations").begin_array();
    if (has_file(d.path)) {
      write_location(w, d);
    }
    w.end_array();
    int related = 0;
    for (const diag::Diagnostic& note : d.notes) {
      if (has_file(note.path)) {
        if (related == 0) {
          w.key("relatedLocations").begin_array();
        }
        write_location(w, note, related++);
      }
    }
    if (related > 0) {
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object().end_array();
  w.end_object();
  return w.take() + "\n";
}

}  // namespace cepin::report
