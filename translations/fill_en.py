#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Completes translations/redroster_en.ts after `cmake --build BUILD --target update_translations`.

The source strings are English, so each English translation is its source text, except plural
forms (numerus messages), which need a singular and a plural: "%n creator(s)" becomes
"%n creator" / "%n creators". Irregular plurals are listed in IRREGULAR below.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

IRREGULAR = {
    "Foreign keys: %n row(s) point at missing rows":
        ("Foreign keys: %n row points at a missing row", "Foreign keys: %n rows point at missing rows"),
    "… and %n more": ("… and %n more", "… and %n more"),
    "%n more notes left out": ("%n more note left out", "%n more notes left out"),
}


def plural_forms(source: str):
    if source in IRREGULAR:
        return IRREGULAR[source]
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    singular = singular.replace("(ies)", "y")
    return singular, plural


def main(path: Path) -> int:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("redroster_en.ts")
    sys.exit(main(target))
