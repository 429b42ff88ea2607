#include "yaml/input.hpp"

#include "util/file.hpp"
#include "util/utf8.hpp"

namespace cepin::yaml {

Input parse_input(std::string path, std::string bytes) {
  Input input;
  util::strip_utf8_bom(bytes);
  bool too_large = bytes.size() > util::k_max_input_bytes;
  if (too_large) {
    bytes.clear();
  }
  auto source = std::make_shared<diag::SourceText>(std::move(path), std::move(bytes));
  input.source = source;
  diag::DiagnosticList diagnostics(*source);
  if (too_large) {
    diagnostics.error({0, 0}, "file-too-large", "the file is larger than 16 MiB",
                      "split it; no rubric or assessment needs that much");
  } else if (auto bad = util::find_invalid_utf8(source->text())) {
    if (source->text().size() >= 2 && (source->text().compare(0, 2, "\xFF\xFE") == 0 ||
                                       source->text().compare(0, 2, "\xFE\xFF") == 0)) {
      diagnostics.error({1, 1}, "invalid-utf8", "the file is UTF-16, not UTF-8", "save it as UTF-8");
    } else {
      diagnostics.error(source->position_of(*bad), "invalid-utf8", "the file is not valid UTF-8 here",
                        "save the file as UTF-8 (GB18030 and other encodings are read only from CSV)");
    }
  } else {
    ParseResult parsed = parse(*source);
    input.document = std::move(parsed.document);
    for (auto& d : parsed.diagnostics) {
      diagnostics.add(std::move(d));
    }
  }
  input.diagnostics = diagnostics.take();
  return input;
}

}  // namespace cepin::yaml
