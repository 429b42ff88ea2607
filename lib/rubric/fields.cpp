#include "rubric/fields.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cepin::rubric::detail {

namespace {

// The words a rubric may use for each method: the English name, then the
// Chinese synonyms real indicator tables print (测评方法). The list is exact:
// nothing else is guessed.
const std::pair<const char*, Method> k_method_words[] = {
    {"report", Method::report},          {"听取汇报", Method::report},
    {"documents", Method::documents},    {"材料审核", Method::documents},
    {"查阅资料", Method::documents},     {"inspection", Method::inspection},
    {"实地检查", Method::inspection},    {"实地察看", Method::inspection},
    {"monitoring", Method::monitoring},  {"日常掌握", Method::monitoring},
    {"survey", Method::survey},          {"问卷调查", Method::survey},
    {"满意度测评", Method::survey},      {"interview", Method::interview},
    {"座谈", Method::interview},         {"个别访谈", Method::interview},
    {"座谈访谈", Method::interview},     {"quiz", Method::quiz},
    {"抽查提问", Method::quiz},          {"测试", Method::quiz},
};

bool is_whole_number(const std::string& text) {
  return !text.empty() && text.size() <= 9 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void bad_evidence(Context& context, diag::Position at) {
  context.diagnostics.error(at, "bad-value", "`evidence` must be `required`, a whole number or `{min: N, kinds: [...]}`",
                            "write `evidence: required` for at least one item");
}

std::optional<EvidenceRequirement> read_evidence_map(const yaml::MapEntry& entry, Context& context) {
  yaml::MapReader reader(*entry.value, context.diagnostics, entry.key->position, "`evidence`");
  EvidenceRequirement requirement;
  requirement.min_items = 1;
  bool ok = true;
  if (std::optional<int64_t> min = reader.count("min")) {
    requirement.min_items = static_cast<int>(*min);
  } else if (reader.map().find("min") != nullptr) {
    ok = false;
  }
  if (const yaml::MapEntry* kinds = reader.entry("kinds")) {
    if (!kinds->value->is_sequence()) {
      if (!kinds->value->is_null()) {
        yaml::report_wrong_type(context.diagnostics, *kinds, "a list of file extensions");
        ok = false;
      }
    } else {
      for (const yaml::Node* kind : kinds->value->items) {
        std::string text = kind->is_scalar() ? kind->value : std::string();
        if (!text.empty() && text.front() == '.') {
          text.erase(0, 1);
        }
        bool word = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
          return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        });
        if (!word) {
          context.diagnostics.error(kind->position, "bad-value", "an evidence kind must be a file extension like `pdf`");
          ok = false;
          continue;
        }
        std::transform(text.begin(), text.end(), text.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
        requirement.kinds.push_back(text);
      }
    }
  }
  reader.finish();
  return ok ? std::optional<EvidenceRequirement>(requirement) : std::nullopt;
}

}  // namespace

std::optional<EvidenceRequirement> read_evidence(yaml::MapReader& reader, Context& context) {
  const yaml::MapEntry* entry = reader.entry("evidence");
  if (entry == nullptr || entry->value->is_null()) {
    return EvidenceRequirement{};
  }
  const yaml::Node& value = *entry->value;
  if (value.is_map()) {
    return read_evidence_map(*entry, context);
  }
  EvidenceRequirement requirement;
  if (value.is_scalar() && value.value == "required") {
    requirement.min_items = 1;
    return requirement;
  }
  if (value.is_scalar() && is_whole_number(value.value)) {
    requirement.min_items = std::stoi(value.value);
    return requirement;
  }
  bad_evidence(context, value.position);
  return std::nullopt;
}

std::optional<Method> parse_method(std::string_view word) {
  for (const auto& [name, method] : k_method_words) {
    if (word == name) {
      return method;
    }
  }
  return std::nullopt;
}

std::vector<Method> read_methods(yaml::MapReader& reader, Context& context) {
  std::vector<Method> methods;
  const yaml::MapEntry* entry = reader.entry("methods");
  if (entry == nullptr || entry->value->is_null()) {
    return methods;
  }
  if (!entry->value->is_sequence()) {
    yaml::report_wrong_type(context.diagnostics, *entry, "a list of methods");
    return methods;
  }
  std::vector<std::string> names;
  for (const auto& word : k_method_words) {
    names.emplace_back(word.first);
  }
  for (const yaml::Node* item : entry->value->items) {
    std::optional<Method> method = item->is_scalar() ? parse_method(item->value) : std::nullopt;
    if (!method) {
      std::string hint = item->is_scalar() ? util::did_you_mean(item->value, names) : std::string();
      if (hint.empty()) {
        hint = "methods are report, documents, inspection, monitoring, survey, interview and quiz";
      }
      context.diagnostics.error(item->position, "bad-value",
                                item->is_scalar() ? fmt::format("unknown method `{}`", item->value)
                                                  : fmt::format("a method must be a word, not {}", describe(*item)),
                                hint);
      continue;
    }
    if (std::find(methods.begin(), methods.end(), *method) == methods.end()) {
      methods.push_back(*method);
    }
  }
  return methods;
}

}  // namespace cepin::rubric::detail
