#!/usr/bin/env python3
"""Fills the English plural forms in resources/translations/pilotzones_en.ts.

Source strings use "(s)" for a plural ("Mentioned %n time(s)"); English readers should see "1 time" and
"2 times". Run after lupdate (cmake --build BUILD --target pilotzones_app_lupdate); idempotent.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

def singular(text):
    # "%n comment(s) were" -> "%n comment was"
    return re.sub(r"\(s\)( were)?", lambda m: " was" if m.group(1) else "", text)


def plural(text):
    # "reply(s)" -> "replies", "time(s)" -> "times"
    return re.sub(r"([^aeiou])y\(s\)", r"\1ies", text).replace("(s)", "s")


path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                    pathlib.Path(__file__).resolve().parent.parent / "resources/translations/pilotzones_en.ts")
tree = ET.parse(path)
root = tree.getroot()
root.set("language", "en")
for message in root.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    for form in (singular(source), plural(source)):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
