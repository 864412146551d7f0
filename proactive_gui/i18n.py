"""Marking user-visible strings for translation without importing Qt.

The core defines labels (channel names, units, phase names) that the UI shows.
``QT_TRANSLATE_NOOP`` marks them so that ``pyside6-lupdate`` collects them; the UI
translates them with ``QCoreApplication.translate(context, text)`` when it shows them.

Translations are Qt Linguist files, ``resources/translations/proactive_gui_<code>.ts``,
read as they are (no compiled binaries in the repository); English is the source language
and needs none.
"""

from functools import cache
from importlib import resources

SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Return ``source_text`` unchanged; its only job is to be found by lupdate."""
    del context
    return source_text


@cache  # the bundled files do not change while the app runs; settings ask on every load
def available_languages() -> tuple[str, ...]:
    """Language codes the window can be shown in: English and every bundled translation."""
    folder = resources.files("proactive_gui.resources").joinpath("translations")
    codes = {SOURCE_LANGUAGE}
    if folder.is_dir():
        for entry in folder.iterdir():
            name = entry.name
            if name.startswith("proactive_gui_") and name.endswith(".ts"):
                codes.add(name[len("proactive_gui_") : -len(".ts")])
    return tuple(sorted(codes))


def translation_file(code: str) -> str:
    """The resource path of the translation for ``code`` (see available_languages)."""
    return f"translations/proactive_gui_{code}.ts"
