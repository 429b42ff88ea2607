#include "report/junit.hpp"

#include <fmt/format.h>

#include "util/xml.hpp"

namespace cepin::report {

namespace {

using util::xml_escape;

struct Counts {
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::size_t errors = 0;

  void add(const JunitCase& testcase) {
    ++tests;
    failures += testcase.outcome == CaseOutcome::failure;
    errors += testcase.outcome == CaseOutcome::error;
  }
  std::string attributes() const {
    return fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\"", tests, failures, errors);
  }
};

std::string render_case(const JunitCase& c) {
  std::string out = fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\"", xml_escape(c.classname),
                                xml_escape(c.name), xml_escape(c.file));
  if (c.outcome == CaseOutcome::passed && c.system_out.empty()) {
    return out + "/>\n";
  }
  out += ">\n";
  if (c.outcome != CaseOutcome::passed) {
    const char* element = c.outcome == CaseOutcome::failure ? "failure" : "error";
    out += fmt::format("      <{} message=\"{}\" type=\"{}\">{}</{}>\n", element, xml_escape(c.message),
                       xml_escape(c.type), xml_escape(c.text), element);
  }
  if (!c.system_out.empty()) {
    out += fmt::format("      <system-out>{}</system-out>\n", xml_escape(c.system_out));
  }
  return out + "    </testcase>\n";
}

}  // namespace

void JunitReport::add(const std::string& suite, JunitCase testcase) {
  for (Suite& known : m_suites) {
    if (known.name == suite) {
      known.cases.push_back(std::move(testcase));
      return;
    }
  }
  m_suites.push_back({suite, {std::move(testcase)}});
}

std::string JunitReport::render(const std::string& last) const {
  Counts all;
  std::string body;
  std::vector<const Suite*> order;
  for (const Suite& suite : m_suites) {
    if (suite.name != last) {
      order.push_back(&suite);
    }
  }
  for (const Suite& suite : m_suites) {
    if (suite.name == last) {
      order.push_back(&suite);
    }
  }
  for (const Suite* in_order : order) {
    const Suite& suite = *in_order;
    Counts counts;
    std::string cases;
    for (const JunitCase& testcase : suite.cases) {
      counts.add(testcase);
      all.add(testcase);
      cases += render_case(testcase);
    }
    body += fmt::format("  <testsuite name=\"{}\" {}>\n{}  </testsuite>\n", xml_escape(suite.name),
                        counts.attributes(), cases);
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cepin\" {}>\n{}</testsuites>\n",
                     all.attributes(), body);
}

}  // namespace cepin::report
