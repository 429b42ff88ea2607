#include "rubrictest/inline.hpp"

#include "assessment/loader.hpp"

namespace cepin::rubrictest {

namespace {

// A plain scalar of the synthetic document, placed at `at`.
const yaml::Node* scalar(yaml::Document& document, std::string text, diag::Position at) {
  yaml::Node& node = document.nodes.emplace_back();
  node.kind = yaml::NodeKind::scalar;
  node.value = std::move(text);
  node.position = at;
  return &node;
}

}  // namespace

yaml::Input inline_assessment(const TestFile& file, const yaml::Node& assessment, const std::string& rubric_id) {
  yaml::Input input;
  input.source = file.input->source;
  auto document = std::make_unique<yaml::Document>();
  yaml::Node& root = document->nodes.emplace_back();
  root.kind = yaml::NodeKind::map;
  root.position = assessment.position;
  root.flow = assessment.flow;
  root.had_merge_key = assessment.had_merge_key;
  if (assessment.find("schema") == nullptr) {
    root.entries.push_back({scalar(*document, "schema", assessment.position),
                            scalar(*document, assessment::k_assessment_schema, assessment.position)});
  }
  if (assessment.find("rubric") == nullptr) {
    root.entries.push_back(
        {scalar(*document, "rubric", assessment.position), scalar(*document, rubric_id, assessment.position)});
  }
  root.entries.insert(root.entries.end(), assessment.entries.begin(), assessment.entries.end());
  document->root = &root;
  input.document = std::move(document);
  return input;
}

}  // namespace cepin::rubrictest
