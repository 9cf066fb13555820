#!/usr/bin/env python3
"""Fills the English plural forms in translations/bnetsync_en.ts.

The source strings are English with a "(s)" where the plural differs ("%n character(s)").
lupdate -pluralonly writes every such message with empty forms; this fills the two English
forms ("1 character", "2 characters") and marks them finished, leaving filled forms alone.
Run it after `cmake --build --preset dev --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Words whose plural is not "word(s)"; the source strings use the plural, written out.
IRREGULAR_SINGULAR = {"entries": "entry"}


def english_forms(source: str) -> tuple[str, str]:
    singular = re.sub(r"(\w+)\(s\)", r"\1", source)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", source)
    for many, one in IRREGULAR_SINGULAR.items():
        singular = re.sub(r"(%n )" + many + r"\b", r"\g<1>" + one, singular)
    return singular, plural


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent
                / "translations" / "bnetsync_en.ts")
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if forms and all(f.text for f in forms) and translation.get("type") is None:
            continue
        for form in forms:
            translation.remove(form)
        for text in english_forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    print(f"{path}: filled {filled} plural message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
