"""YAML read the way the JSON Schemas describe it: as a YAML 1.2 core-schema
loader gives it, then as JSON would hold it.

Debian's PyYAML is a YAML 1.1 loader: it makes `yes`, `on` and `y` booleans,
`2020-01-01` a date, `1_000` and `0b1` numbers, `12:30` a sexagesimal number,
and it applies `<<` merge keys. None of that happens in YAML 1.2's core
schema, which cepin follows (yaml-cpp 0.7 gives cepin the text; cepin reads
booleans, numbers and dates itself). This loader keeps PyYAML's parser and
replaces its scalar resolution with the core schema's:

  null   ~, null, Null, NULL, empty
  bool   true, True, TRUE, false, False, FALSE
  int    [-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+
  float  [-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?, .inf, .nan

Everything else is a string; `<<` is an ordinary key. Map keys are JSON
object keys, so a key is always the text as written (`1.10` stays "1.10").
"""

import re

import yaml

_CORE = [
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")),
    ("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
     list("-+.0123456789")),
]


class CoreResolver(yaml.resolver.BaseResolver):
    """The YAML 1.2 core schema's implicit tags, nothing else."""


CoreResolver.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in _CORE:
    CoreResolver.add_implicit_resolver(_tag, _regexp, _first)


class CoreConstructor(yaml.constructor.SafeConstructor):
    """Builds plain Python values; keys stay the text they were written as."""

    def construct_yaml_bool(self, node):
        return self.construct_scalar(node).lower() == "true"

    def construct_yaml_int(self, node):
        text = self.construct_scalar(node)
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text)

    def construct_yaml_float(self, node):
        text = self.construct_scalar(node).lower()
        if text.endswith(".inf"):
            return float("-inf") if text.startswith("-") else float("inf")
        if text == ".nan":
            return float("nan")
        return float(text)

    def construct_mapping(self, node, deep=False):
        # No merge keys (`<<` is a key like any other), keys as written.
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(None, None, "expected a mapping", node.start_mark)
        mapping = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
            else:
                key = repr(self.construct_object(key_node, deep=True))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_map(self, node):
        data = {}
        yield data
        data.update(self.construct_mapping(node))


CoreConstructor.add_constructor("tag:yaml.org,2002:bool", CoreConstructor.construct_yaml_bool)
CoreConstructor.add_constructor("tag:yaml.org,2002:int", CoreConstructor.construct_yaml_int)
CoreConstructor.add_constructor("tag:yaml.org,2002:float", CoreConstructor.construct_yaml_float)
CoreConstructor.add_constructor("tag:yaml.org,2002:map", CoreConstructor.construct_yaml_map)


class CoreLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                 CoreConstructor, CoreResolver):
    """PyYAML's parser with YAML 1.2 core-schema resolution."""

    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        CoreConstructor.__init__(self)
        CoreResolver.__init__(self)


def load(text):
    """One YAML document as YAML 1.2's core schema gives it."""
    return yaml.load(text, Loader=CoreLoader)
