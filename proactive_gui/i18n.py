"""Marking user-visible strings for translation without importing Qt.

The core defines labels (channel names, units, phase names) that the UI shows.
``QT_TRANSLATE_NOOP`` marks them so that ``pyside6-lupdate`` collects them; the UI
translates them with ``QCoreApplication.translate(context, text)`` when it shows them.

Translations are compiled Qt files, ``resources/translations/proactive_gui_<code>.qm``;
English is the source language and needs none.
"""

from importlib import resources

SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Return ``source_text`` unchanged; its only job is to be found by lupdate."""
    del context
    return source_text


def available_languages() -> list[str]:
    """Language codes the window can be shown in: English and every bundled translation."""
    folder = resources.files("proactive_gui.resources").joinpath("translations")
    codes = {SOURCE_LANGUAGE}
    if folder.is_dir():
        for entry in folder.iterdir():
            name = entry.name
            if name.startswith("proactive_gui_") and name.endswith(".qm"):
                codes.add(name[len("proactive_gui_") : -len(".qm")])
    return sorted(codes)
