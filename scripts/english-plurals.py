#!/usr/bin/env python3
"""Fills the English plural forms in resources/translations/pilotzones_en.ts.

Source strings use "(s)" for a plural ("Mentioned %n time(s)"); English readers should see "1 time" and
"2 times". Run after lupdate (cmake --build BUILD --target pilotzones_app_lupdate); idempotent.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

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
    for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
