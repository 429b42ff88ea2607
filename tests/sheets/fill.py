#!/usr/bin/env python3
"""Fills a cepin CSV template as a unit would, by its header names.

fill.py LAYOUT TEMPLATE OUT: LAYOUT is wide (one row per unit: the template's
placeholder row, copied per unit) or long (one row per answer: the template's
rows, copied per unit). The units and answers are the ones of the YAML files
beside this script (unit-a.yaml, unit-b.yaml). Writes UTF-8 with a byte
order mark, as the template is.
"""
import csv
import sys

# unit id, name, kind as written in the sheet, answers by clause id
UNITS = [
    ("910100", "甲县", "县", {
        "1.1": "是", "1.2": "计划；方案；总结", "1.3": "1.5", "2.1": "85%",
        "2.2": "√", "model": "1", "incident": "否", "city-title": "符合"}),
    ("910200", "乙区", "县(市、区、旗)", {
        "1.1": "否", "1.2": "计划；总结", "1.3": "2", "2.1": "92%",
        "2.2": "是", "model": "3", "incident": "×", "city-title": "是"}),
]


def main():
    layout, template, out = sys.argv[1:4]
    with open(template, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    filled = [header]
    if layout == "wide":
        filled.append(rows[1])  # the guidance row stays, as a unit leaves it
        placeholder = rows[2]
        for unit_id, name, kind, answers in UNITS:
            row = list(placeholder)
            row[0], row[1], row[2] = unit_id, name, kind
            for column, value in answers.items():
                row[header.index(column)] = value
            filled.append(row)
    else:
        clause = header.index("指标编号")
        response = header.index("自评结果")
        for unit_id, name, kind, answers in UNITS:
            for template_row in rows[1:]:
                row = list(template_row)
                row[0], row[1], row[2] = unit_id, name, kind
                row[response] = answers[row[clause]]
                filled.append(row)
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(filled)


main()
