#!/usr/bin/python3
"""Checks HTML reports cepin wrote, with a real HTML parser (Debian's
python3-html5lib, strict: any parse error fails) and then the page's tree:

- a Content-Security-Policy meta that forbids every request (default-src
  'none') and no <script>, <iframe>, <object>, <embed>, <link>, <img>, <base>
  or <form> element;
- no external URL anywhere: no src attribute, every href a fragment (#id) of
  an element of the page, every url() in styles a fragment (#id);
- ids unique; every unit section an <h2> first, every changed unit's
  section of a comparison an <h3> first;
- optionally (--text) strings that must be present as text,
  (--sections N) the number of unit sections and (--changes N) the number
  of a comparison's changed-unit sections.

Usage: check_page.py PAGE.html [--text STRING]... [--sections N] [--changes N]
Exit 0 when every check holds; prints each failure and exits 1 otherwise.
"""
import re
import sys

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
FORBIDDEN = {"script", "iframe", "object", "embed", "link", "img", "base", "form", "frame", "audio", "video",
             "source", "track", "applet"}


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def main(argv):
    path = argv[1]
    texts = []
    sections = None
    changes = None
    i = 2
    while i < len(argv):
        if argv[i] == "--text":
            texts.append(argv[i + 1])
        elif argv[i] == "--sections":
            sections = int(argv[i + 1])
        elif argv[i] == "--changes":
            changes = int(argv[i + 1])
        else:
            print(f"{path}: unknown argument {argv[i]}")
            return 2
        i += 2
    failures = []
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        root = parser.parse(data, transport_encoding="utf-8")
    except html5lib.html5parser.ParseError as error:
        print(f"{path}: not well-formed HTML: {error}")
        return 1
    if parser.errors:
        failures.append(f"parse errors: {parser.errors}")
    if not data.startswith(b"<!DOCTYPE html>\n"):
        failures.append("does not start with <!DOCTYPE html>")

    ids = {}
    hrefs = []
    styles = []
    csp = None
    charset = False
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = local(element.tag)
        if name in FORBIDDEN:
            failures.append(f"a <{name}> element")
        if name == "meta":
            if element.get("http-equiv", "").lower() == "content-security-policy":
                csp = element.get("content", "")
            if element.get("charset", "").lower() == "utf-8":
                charset = True
        if name == "style" and element.text:
            styles.append(element.text)
        for attribute, value in element.attrib.items():
            attr = local(attribute)
            if attr == "id":
                if value in ids:
                    failures.append(f"id {value!r} twice")
                ids[value] = element
            elif attr in ("href", "{http://www.w3.org/1999/xlink}href", "xlink:href"):
                hrefs.append(value)
            elif attr in ("src", "srcset", "data", "poster", "action", "formaction", "background"):
                failures.append(f"<{name} {attr}={value!r}>: a resource attribute")
            elif attr == "style":
                styles.append(value)
            elif attr.startswith("on"):
                failures.append(f"<{name} {attr}>: an event handler")
    if csp is None:
        failures.append("no Content-Security-Policy meta")
    elif "default-src 'none'" not in csp or "script-src" in csp:
        failures.append(f"the policy does not forbid every request: {csp!r}")
    if not charset:
        failures.append("no <meta charset=\"utf-8\">")
    for href in hrefs:
        if not href.startswith("#"):
            failures.append(f"href {href!r} leaves the page")
        elif href[1:] not in ids:
            failures.append(f"href {href!r} names no element of the page")
    for style in styles:
        for url in re.findall(r"url\(\s*([^)]*)\)", style):
            target = url.strip("'\" ")
            if not target.startswith("#"):
                failures.append(f"url({url}) leaves the page")
            elif target[1:] not in ids:
                failures.append(f"url({url}) names no element of the page")
        if re.search(r"@import|@font-face", style):
            failures.append("a style sheet imports or loads a font")

    all_text = "".join(root.itertext())
    for text in texts:
        if text not in all_text:
            failures.append(f"text {text!r} is missing")
    for css_class, heading, expected, what in (("unit", "h2", sections, "unit sections"),
                                               ("change", "h3", changes, "changed-unit sections")):
        found = [e for e in root.iter() if isinstance(e.tag, str) and local(e.tag) == "section"
                 and css_class in e.get("class", "").split()]
        for section in found:
            first = next((c for c in section if isinstance(c.tag, str)), None)
            if first is None or local(first.tag) != heading:
                failures.append(f"section {section.get('id')} does not start with its <{heading}>")
        if expected is not None and len(found) != expected:
            failures.append(f"{len(found)} {what}, expected {expected}")
    for failure in failures:
        print(f"{path}: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
