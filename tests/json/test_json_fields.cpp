// The JSON result (`cepin score --format json`) as scripts see it: every field
// the result format names, with its type and, for the prefecture examples, its
// exact value; plus the shape of an error result and canonical numbers.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

using nlohmann::json;

namespace {

const std::string k_cepin = CEPIN_BIN;
const std::string k_source_dir = CEPIN_SOURCE_DIR;
const std::string k_prefecture = "examples/neac-prefecture-2020/";

// What one run of cepin printed on stdout, and its exit code.
struct Run {
  std::string out;
  int exit_code = -1;
};

// Runs `cepin ARGS` in the repository root (so sources read `examples/…`),
// stderr discarded.
Run run_cepin(const std::string& args) {
  std::string command = "cd '" + k_source_dir + "' && NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC '" + k_cepin + "' " + args +
                        " 2>/dev/null";
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    run.out.append(buffer.data(), n);
  }
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

json score_json(const std::string& args, int expected_exit = 0) {
  Run run = run_cepin("score --format json " + args);
  CHECK(run.exit_code == expected_exit);
  return json::parse(run.out);
}

// A number's canonical text as parsed (nlohmann keeps 100 and 100.0 apart).
std::string num(const json& value) {
  REQUIRE(value.is_number());
  return value.dump();
}

// Every key of `object`, for checking that the names the format fixes exist.
void require_keys(const json& object, std::initializer_list<const char*> keys) {
  REQUIRE(object.is_object());
  for (const char* key : keys) {
    INFO("key ", key, " in ", object.dump().substr(0, 200));
    CHECK(object.contains(key));
  }
}

// Finds a clause by id anywhere in the category tree.
const json* find_clause(const json& nodes, const std::string& id) {
  for (const auto& node : nodes) {
    for (const char* children : {"items", "clauses"}) {
      if (!node.contains(children)) {
        continue;
      }
      if (std::string(children) == "clauses") {
        for (const auto& clause : node["clauses"]) {
          if (clause["id"] == id) {
            return &clause;
          }
        }
      } else if (const json* found = find_clause(node["items"], id)) {
        return found;
      }
    }
  }
  return nullptr;
}

// Checks the type of every field of a category or item, recursively, and
// returns the number of clauses below it.
int check_node(const json& node) {
  require_keys(node, {"id", "title", "score", "max"});
  CHECK(node["id"].is_string());
  CHECK(node["title"].is_string());
  CHECK(node["score"].is_number());
  CHECK(node["max"].is_number());
  CHECK(node.contains("items") != node.contains("clauses"));
  if (node.contains("floor")) {
    CHECK(node["floor"].is_number());
  }
  if (node.contains("counted")) {
    CHECK(node["counted"].is_boolean());
  }
  int clauses = 0;
  if (node.contains("items")) {
    REQUIRE(node["items"].is_array());
    for (const auto& item : node["items"]) {
      clauses += check_node(item);
    }
    return clauses;
  }
  REQUIRE(node["clauses"].is_array());
  static const std::set<std::string> k_statuses = {"scored", "unanswered", "n/a", "zeroed"};
  for (const auto& clause : node["clauses"]) {
    require_keys(clause, {"id", "score", "max", "status", "response", "why", "evidence"});
    CHECK(clause["id"].is_string());
    CHECK(clause["score"].is_number());
    CHECK(clause["max"].is_number());
    CHECK(k_statuses.count(clause["status"].get<std::string>()) == 1);
    CHECK(clause["why"].is_string());
    if (clause.contains("counted")) {
      CHECK(clause["counted"].is_boolean());
    }
    REQUIRE(clause["evidence"].is_array());
    for (const auto& item : clause["evidence"]) {
      CHECK(item.is_string());
    }
    const json& response = clause["response"];
    CHECK((response.is_boolean() || response.is_number() || response.is_string() || response.is_array() ||
           response.is_null()));
    ++clauses;
  }
  return clauses;
}

// Checks the type of every top-level field of a scored result.
void check_result_types(const json& r) {
  require_keys(r, {"schema", "source", "rubric", "unit", "assessor", "assessed_on", "period", "score", "base",
                   "base_raw", "bonus", "penalty", "max",
                   "verdict", "reasons", "grade", "categories", "adjustments", "prerequisites", "warnings", "gap"});
  CHECK(r["schema"] == "cepin/result/1");
  CHECK(r["source"].is_string());
  require_keys(r["rubric"], {"id", "version", "title", "total", "threshold", "precision", "lang", "extends"});
  CHECK(r["rubric"]["id"].is_string());
  REQUIRE(r["rubric"]["extends"].is_array());
  for (const auto& base : r["rubric"]["extends"]) {
    CHECK(base.is_string());
  }
  CHECK((r["rubric"]["version"].is_string() || r["rubric"]["version"].is_null()));
  CHECK(r["rubric"]["title"].is_string());
  CHECK(r["rubric"]["total"].is_number());
  CHECK(r["rubric"]["threshold"].is_number());
  require_keys(r["unit"], {"id", "name", "kind"});
  for (const char* key : {"score", "base", "base_raw", "bonus", "penalty", "max"}) {
    INFO(key);
    CHECK(r[key].is_number());
  }
  CHECK((r["verdict"] == "eligible" || r["verdict"] == "ineligible"));
  CHECK((r["grade"].is_string() || r["grade"].is_null()));
  for (const char* list : {"reasons", "warnings"}) {
    REQUIRE(r[list].is_array());
    for (const auto& entry : r[list]) {
      require_keys(entry, {"code", "message"});
      CHECK(entry["code"].is_string());
      CHECK(entry["message"].is_string());
      if (entry.contains("id")) {
        CHECK(entry["id"].is_string());
      }
    }
  }
  REQUIRE(r["categories"].is_array());
  int clauses = 0;
  for (const auto& category : r["categories"]) {
    clauses += check_node(category);
  }
  if (r["rubric"]["id"] == "neac-prefecture-2020") {
    CHECK(clauses == 58);
  }
  REQUIRE(r["adjustments"].is_array());
  for (const auto& adjustment : r["adjustments"]) {
    require_keys(adjustment, {"id", "kind"});
    std::string kind = adjustment["kind"];
    if (kind == "veto") {
      require_keys(adjustment, {"occurred"});
      CHECK((adjustment["occurred"].is_boolean() || adjustment["occurred"].is_null()));
    } else {
      CHECK((kind == "bonus" || kind == "penalty"));
      require_keys(adjustment, {"count", "points"});
      CHECK(adjustment["count"].is_number_integer());
      CHECK(adjustment["points"].is_number());
    }
  }
  REQUIRE(r["prerequisites"].is_array());
  for (const auto& prerequisite : r["prerequisites"]) {
    require_keys(prerequisite, {"id", "met"});
    CHECK((prerequisite["met"].is_boolean() || prerequisite["met"].is_null()));
  }
  const json& gap = r["gap"];
  require_keys(gap, {"needed", "reachable", "blocking", "plan"});
  CHECK(gap["needed"].is_number());
  CHECK(gap["reachable"].is_boolean());
  REQUIRE(gap["blocking"].is_array());
  for (const auto& code : gap["blocking"]) {
    CHECK(code.is_string());
  }
  REQUIRE(gap["plan"].is_array());
  for (const auto& step : gap["plan"]) {
    require_keys(step, {"id", "score", "max", "recoverable"});
    CHECK(step["recoverable"].is_number());
    for (const char* key : {"floor", "group"}) {
      if (step.contains(key)) {
        CHECK(step[key].is_string());
      }
    }
  }
}

// Every number token of a JSON text (strings skipped), as written.
std::vector<std::string> number_tokens(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') {
          ++i;
        }
      }
      ++i;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t start = i;
      while (i < text.size() && std::string("-+.eE0123456789").find(text[i]) != std::string::npos) {
        ++i;
      }
      out.push_back(text.substr(start, i - start));
    } else {
      ++i;
    }
  }
  return out;
}

// The string values of every `why` in a result.
void collect_whys(const json& value, std::vector<std::string>& out) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it.key() == "why" && it.value().is_string()) {
        out.push_back(it.value());
      } else {
        collect_whys(it.value(), out);
      }
    }
  } else if (value.is_array()) {
    for (const auto& element : value) {
      collect_whys(element, out);
    }
  }
}

}  // namespace

TEST_SUITE("json::result") {
  TEST_CASE("one file gives one object with every field, exactly (鄂尔多斯市)") {
    json r = score_json(k_prefecture + "ordos-eligible.yaml");
    REQUIRE(r.is_object());
    check_result_types(r);
    CHECK(r["source"] == "examples/neac-prefecture-2020/ordos-eligible.yaml");
    CHECK(r["rubric"] == json::parse(R"j({"id": "neac-prefecture-2020", "version": "2020",
        "title": "全国民族团结进步示范州(地、市、盟)测评指标(试行)", "total": 100, "threshold": 90,
        "precision": 0.01, "lang": "zh", "extends": []})j"));
    CHECK(r["unit"] == json::parse(R"({"id": "150600", "name": "鄂尔多斯市", "kind": "prefecture"})"));
    CHECK(num(r["score"]) == "91.88");
    CHECK(num(r["base"]) == "91.38");
    CHECK(num(r["base_raw"]) == "91.38");
    CHECK(num(r["bonus"]) == "1");
    CHECK(num(r["penalty"]) == "0.5");
    CHECK(num(r["max"]) == "100");
    CHECK(r["verdict"] == "eligible");
    CHECK(r["reasons"] == json::array());
    CHECK(r["grade"] == "良好");
    CHECK(r["warnings"] == json::array());

    SUBCASE("categories and items") {
      const json& categories = r["categories"];
      REQUIRE(categories.size() == 7);
      std::vector<std::string> scores;
      for (const auto& category : categories) {
        scores.push_back(category["id"].get<std::string>() + "=" + num(category["score"]) + "/" +
                         num(category["max"]));
        CHECK(category.contains("items"));
      }
      CHECK(scores == std::vector<std::string>{"1=13.75/15", "2=15.63/17", "3=15.5/16", "4=11.63/14", "5=13.5/14",
                                               "6=6.5/8", "7=14.87/16"});
      const json& first = categories[0];
      CHECK(first["title"] == "加强党的领导");
      REQUIRE(first["items"].size() == 2);
      CHECK(first["items"][0]["id"] == "1.1");
      CHECK(first["items"][0]["title"] == "组织领导");
      CHECK(num(first["items"][0]["score"]) == "5");
      CHECK(num(first["items"][0]["max"]) == "5");
      CHECK(first["items"][0]["clauses"].size() == 2);
      CHECK(num(categories[6]["items"][3]["score"]) == "4.47");
    }

    SUBCASE("clauses of every status and response type") {
      const json* c111 = find_clause(r["categories"], "1.1.1");
      REQUIRE(c111 != nullptr);
      CHECK(num((*c111)["score"]) == "3");
      CHECK(num((*c111)["max"]) == "3");
      CHECK((*c111)["status"] == "scored");
      CHECK((*c111)["response"] == true);
      CHECK((*c111)["why"] == "check: met → 3");
      CHECK((*c111)["evidence"] == json::parse(R"(["中心组学习记录.pdf"])"));

      const json* c112 = find_clause(r["categories"], "1.1.2");
      REQUIRE(c112 != nullptr);
      CHECK(num((*c112)["response"]) == "2.5");
      CHECK((*c112)["why"] == "manual: 2.5");
      CHECK((*c112)["evidence"] == json::array());

      const json* c121 = find_clause(r["categories"], "1.2.1");
      REQUIRE(c121 != nullptr);
      CHECK(num((*c121)["score"]) == "8.75");
      CHECK(num((*c121)["max"]) == "10");
      CHECK((*c121)["response"] == json::parse(R"(["计划", "方案", "部署", "检查", "成效", "总结", "经费保障"])"));
      CHECK((*c121)["why"] == "checklist: 7 of 8 → 8.75");

      const json* c232 = find_clause(r["categories"], "2.3.2");
      REQUIRE(c232 != nullptr);
      CHECK(num((*c232)["score"]) == "1.13");
      CHECK(num((*c232)["response"]) == "95");
      CHECK((*c232)["why"] == "linear: 95 of 80..100 → 1.13");

      const json* c224 = find_clause(r["categories"], "2.2.4");
      REQUIRE(c224 != nullptr);
      CHECK((*c224)["response"] == "较好");
      CHECK((*c224)["why"] == "levels: 较好 → 1");

      const json* c614 = find_clause(r["categories"], "6.1.4");
      REQUIRE(c614 != nullptr);
      CHECK((*c614)["status"] == "n/a");
      CHECK((*c614)["response"] == "n/a");
      CHECK((*c614)["why"] == "n/a");
      CHECK(num((*c614)["score"]) == "0");
      CHECK(num((*c614)["max"]) == "1");
    }

    SUBCASE("adjustments, prerequisites and gap") {
      CHECK(r["adjustments"] == json::parse(R"([
        {"id": "national-model", "kind": "bonus", "count": 0, "points": 0},
        {"id": "national-units", "kind": "bonus", "count": 2, "points": 1},
        {"id": "experience-promoted", "kind": "bonus", "count": 0, "points": 0},
        {"id": "central-media", "kind": "bonus", "count": 0, "points": 0},
        {"id": "criticized", "kind": "penalty", "count": 0, "points": 0},
        {"id": "rectification-overdue", "kind": "penalty", "count": 1, "points": 0.5},
        {"id": "improper-remarks", "kind": "penalty", "count": 0, "points": 0},
        {"id": "ethnic-incident", "kind": "veto", "occurred": false},
        {"id": "violent-terror", "kind": "veto", "occurred": false},
        {"id": "leadership-violation", "kind": "veto", "occurred": false},
        {"id": "false-materials", "kind": "veto", "occurred": false}])"));
      CHECK(r["prerequisites"] ==
            json::parse(R"([{"id": "provincial-title", "met": true}, {"id": "third-party-report", "met": true}])"));
      CHECK(r["gap"] == json::parse(R"({"needed": 0, "reachable": true, "blocking": [], "plan": []})"));
    }
  }

  TEST_CASE("a tailored rubric names its chain; every child of a best-k node says whether it counts") {
    json r = score_json("examples/nmg-prefecture-120/league-eligible.yaml");
    check_result_types(r);
    CHECK(r["rubric"]["id"] == "nmg-prefecture-120");
    CHECK(r["rubric"]["extends"] == json::parse(R"(["neac-prefecture-2020"])"));
    CHECK(r["rubric"]["version"].is_null());
    const json& innovation = r["categories"][7];
    CHECK(innovation["id"] == "8");
    CHECK(num(innovation["score"]) == "16");
    CHECK(num(innovation["max"]) == "20");
    CHECK_FALSE(innovation.contains("counted"));  // only the children of a best-k node carry it
    std::string counted;
    for (const auto& clause : innovation["clauses"]) {
      counted += clause["id"].get<std::string>() + "=" + (clause["counted"].get<bool>() ? "yes " : "no ");
    }
    CHECK(counted == "8.1=yes 8.2=yes 8.3=yes 8.4=no 8.5=yes 8.6=no ");
    CHECK_FALSE(find_clause(r["categories"], "1.1.1")->contains("counted"));
    CHECK(r["warnings"] == json::array());  // 8.6 unanswered, but four tasks are answered
  }

  TEST_CASE("a section floor: the reason, the node's floor and a gap plan that repairs it (示例屯)") {
    json r = score_json("--rubrics examples/sihao-village examples/sihao-village/village-below-floor.yaml");
    check_result_types(r);
    CHECK(num(r["score"]) == "90.7");
    CHECK(r["verdict"] == "ineligible");
    CHECK(r["reasons"] == json::parse(R"([{"code": "below-floor:4", "id": "4",
        "message": "category `4` scored 19.7, below its floor 20"}])"));
    CHECK(num(r["categories"][3]["floor"]) == "20");
    CHECK(r["gap"] == json::parse(R"({"needed": 0, "reachable": true, "blocking": [],
        "plan": [{"id": "4.1", "score": 3, "max": 5, "recoverable": 2, "floor": "4"}]})"));
    CHECK(find_clause(r["categories"], "2.5")->at("why") == "count: 3 < min 4 → 0");
  }

  TEST_CASE("a result below the threshold: reason, warning without id, gap plan (青河地区)") {
    json r = score_json(k_prefecture + "qinghe-below-threshold.yaml");
    check_result_types(r);
    CHECK(num(r["score"]) == "85.2");
    CHECK(num(r["base"]) == "84.7");
    CHECK(num(r["bonus"]) == "0.5");
    CHECK(r["verdict"] == "ineligible");
    CHECK(r["grade"] == "未达标");
    CHECK(r["reasons"] ==
          json::parse(R"([{"code": "below-threshold", "message": "the score 85.2 is below the threshold 90"}])"));
    REQUIRE(r["warnings"].size() == 1);
    CHECK(r["warnings"][0]["code"] == "title-expired");
    CHECK_FALSE(r["warnings"][0].contains("id"));
    CHECK(r["gap"] == json::parse(R"({"needed": 4.8, "reachable": true, "blocking": [], "plan": [
        {"id": "1.2.1", "score": 7.5, "max": 10, "recoverable": 2.5},
        {"id": "4.3.1", "score": 1, "max": 2, "recoverable": 1},
        {"id": "7.3.2", "score": 0, "max": 1, "recoverable": 1},
        {"id": "3.3.2", "score": 1.33, "max": 2, "recoverable": 0.67}]})"));
    const json* c231 = find_clause(r["categories"], "2.3.1");
    REQUIRE(c231 != nullptr);
    CHECK((*c231)["why"] == "shortfall: 89.2 < 90, 0.8 short, 0.2 per 1 → 2.84");
  }

  TEST_CASE("vetoes, unmet prerequisites and warnings with ids (云岭州)") {
    json r = score_json(k_prefecture + "yunling-vetoed.yaml");
    check_result_types(r);
    CHECK(num(r["score"]) == "50.81");
    CHECK(num(r["penalty"]) == "1");
    CHECK(r["verdict"] == "ineligible");
    CHECK(r["reasons"] == json::parse(R"([
        {"code": "veto:5.3.1", "id": "5.3.1", "message": "veto clause `5.3.1` scored 0 of 3"},
        {"code": "veto:ethnic-incident", "id": "ethnic-incident", "message": "veto event `ethnic-incident` occurred"},
        {"code": "prerequisite:provincial-title", "id": "provincial-title",
         "message": "prerequisite `provincial-title` is not met"},
        {"code": "below-threshold", "message": "the score 50.81 is below the threshold 90"}])"));
    CHECK(r["prerequisites"] ==
          json::parse(R"([{"id": "provincial-title", "met": false}, {"id": "third-party-report", "met": true}])"));
    CHECK(r["adjustments"][7] == json::parse(R"({"id": "ethnic-incident", "kind": "veto", "occurred": true})"));
    REQUIRE(r["warnings"].size() == 14);
    CHECK(r["warnings"][0] == json::parse(
                                  R"({"code": "missing-evidence", "id": "1.1.1",
                                      "message": "clause `1.1.1` needs 1 evidence item", "line": 13, "column": 3})"));
    CHECK(r["warnings"][1]["code"] == "evidence-not-found");
    CHECK(r["warnings"][1]["id"] == "2.1.1");
    CHECK(r["warnings"][13]["id"] == "third-party-report");
    const json* c733 = find_clause(r["categories"], "7.3.3");
    REQUIRE(c733 != nullptr);
    CHECK((*c733)["status"] == "unanswered");
    CHECK((*c733)["response"].is_null());
    CHECK((*c733)["why"] == "unanswered → 0");
    CHECK(r["gap"]["blocking"] == json::parse(R"(["veto:5.3.1", "veto:ethnic-incident", "prerequisite:provincial-title"])"));
    CHECK(num(r["gap"]["needed"]) == "39.19");
    CHECK(r["gap"]["plan"].size() == 37);
  }

  TEST_CASE("--strict-evidence zeroes clauses: status zeroed") {
    json r = score_json("--strict-evidence " + k_prefecture + "yunling-vetoed.yaml");
    check_result_types(r);
    CHECK(num(r["score"]) == "38.95");
    const json* c111 = find_clause(r["categories"], "1.1.1");
    REQUIRE(c111 != nullptr);
    CHECK((*c111)["status"] == "zeroed");
    CHECK((*c111)["response"] == true);
    CHECK((*c111)["why"] == "zeroed: missing evidence");
    CHECK(r["prerequisites"][1] == json::parse(R"({"id": "third-party-report", "met": false})"));
  }

  TEST_CASE("two files give an array, in input order; jsonl gives the same objects one per line") {
    std::string files = k_prefecture + "ordos-eligible.yaml " + k_prefecture + "qinghe-below-threshold.yaml " +
                        k_prefecture + "yunling-vetoed.yaml";
    json array = score_json(files);
    REQUIRE(array.is_array());
    REQUIRE(array.size() == 3);
    CHECK(array[0]["unit"]["id"] == "150600");
    CHECK(array[1]["unit"]["id"] == "990200");
    CHECK(array[2]["unit"]["id"] == "990100");
    Run lines = run_cepin("score --format jsonl " + files);
    CHECK(lines.exit_code == 0);
    std::vector<json> objects;
    std::size_t start = 0;
    while (start < lines.out.size()) {
      std::size_t end = lines.out.find('\n', start);
      REQUIRE(end != std::string::npos);  // every line ends with a newline
      objects.push_back(json::parse(lines.out.substr(start, end - start)));
      start = end + 1;
    }
    REQUIRE(objects.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
      CHECK(objects[i] == array[i]);
    }
  }

  TEST_CASE("one object only for one named YAML file or stdin; a folder or CSV gives an array") {
    CHECK(score_json(k_prefecture + "ordos-eligible.yaml").is_object());
    CHECK(score_json("- < " + k_prefecture + "ordos-eligible.yaml").is_object());
    json csv = score_json(k_prefecture + "units.csv");
    REQUIRE(csv.is_array());
    CHECK(csv.size() == 30);
    char dir_template[] = "/tmp/cepin-json-XXXXXX";
    REQUIRE(mkdtemp(dir_template) != nullptr);
    std::string dir = dir_template;
    std::filesystem::copy_file(k_source_dir + "/" + k_prefecture + "ordos-eligible.yaml", dir + "/ordos.yaml");
    Run run = run_cepin("score --format json '" + dir + "'");
    std::filesystem::remove_all(dir);
    json folder = json::parse(run.out);
    REQUIRE(folder.is_array());
    CHECK(folder.size() == 1);
  }

  TEST_CASE("an input that cannot be scored yields an error result in its place") {
    char dir_template[] = "/tmp/cepin-json-XXXXXX";
    REQUIRE(mkdtemp(dir_template) != nullptr);
    std::string dir = dir_template;
    {
      std::ofstream out(dir + "/bad.yaml", std::ios::binary);
      out << "schema: cepin/assessment/1\n"
             "rubric: neac-prefecture-2020\n"
             "unit: {id: \"X1\", name: 坏例, kind: prefecture}\n"
             "responses:\n"
             "  1.1.1: maybe\n"
             "  9.9.9: 1\n";
    }
    json r = score_json("'" + dir + "/bad.yaml' " + k_prefecture + "ordos-eligible.yaml", 1);
    std::filesystem::remove_all(dir);
    REQUIRE(r.is_array());
    REQUIRE(r.size() == 2);
    const json& e = r[0];
    CHECK(e["schema"] == "cepin/result/1");
    CHECK(e["source"] == dir + "/bad.yaml");
    CHECK(e["unit"] == json::parse(R"({"id": "X1", "name": "坏例", "kind": "prefecture"})"));
    CHECK_FALSE(e.contains("score"));
    CHECK_FALSE(e.contains("verdict"));
    REQUIRE(e.contains("error"));
    CHECK(e["error"] == json::parse(R"({"code": "bad-boolean", "message": "`maybe` is not a boolean",
                                        "line": 5, "column": 10})"));
    REQUIRE(e["errors"].is_array());
    REQUIRE(e["errors"].size() == 2);
    for (const auto& d : e["errors"]) {
      require_keys(d, {"code", "message", "line", "column"});
      CHECK(d["line"].is_number_integer());
      CHECK(d["column"].is_number_integer());
    }
    CHECK(e["errors"][0]["code"] == "bad-boolean");
    CHECK(e["errors"][1]["code"] == "unknown-clause");
    CHECK(e["errors"][1]["line"] == 6);
    CHECK(e["errors"][1]["column"] == 3);
    // The other input is still scored.
    CHECK(r[1]["verdict"] == "eligible");
  }

  TEST_CASE("numbers are printed canonically, from the decimal") {
    Run run = run_cepin("score --format json " + k_prefecture + "ordos-eligible.yaml " + k_prefecture +
                        "qinghe-below-threshold.yaml " + k_prefecture + "yunling-vetoed.yaml");
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("\"score\":91.88,") != std::string::npos);
    CHECK(run.out.find("\"total\":100,") != std::string::npos);
    CHECK(run.out.find("\"max\":100,") != std::string::npos);
    CHECK(run.out.find("\"penalty\":0.5,") != std::string::npos);
    CHECK(run.out.find("100.0") == std::string::npos);
    const std::regex canonical("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
    std::vector<std::string> tokens = number_tokens(run.out);
    CHECK(tokens.size() > 500);
    for (const auto& token : tokens) {
      INFO("number ", token);
      CHECK(std::regex_match(token, canonical));
      CHECK(token != "-0");
    }
    // Numbers inside `why` are canonical too: no trailing zero, no `.`-ending.
    std::vector<std::string> whys;
    collect_whys(json::parse(run.out), whys);
    CHECK(whys.size() == 3 * 58);
    const std::regex padded("[0-9]\\.[0-9]*0(?![0-9])|[0-9]\\.(?![0-9.])|(^|[^0-9.])0[0-9]");
    for (const auto& why : whys) {
      INFO("why ", why);
      CHECK_FALSE(std::regex_search(why, padded));
    }
  }
}
