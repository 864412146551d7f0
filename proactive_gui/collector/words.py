"""The fleet page's words in the desktop app's languages, where the app has them already.

The receiver has no translations of its own: it reads the app's Qt Linguist files
(``resources/translations/proactive_gui_<code>.ts``, plain XML) and uses a translation
wherever the app translates the same English words ("Failure", "Serial", "Optical"...);
every other word stays English. The language is the first of the browser's
``Accept-Language`` that the app has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from defusedxml import ElementTree

PREFIX, SUFFIX = "proactive_gui_", ".ts"
SOURCE = "en"


@cache
def languages() -> tuple[str, ...]:
    """English and every language the app is translated into."""
    folder = resources.files("proactive_gui.resources").joinpath("translations")
    codes = {SOURCE}
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX):
                codes.add(entry.name.removeprefix(PREFIX).removesuffix(SUFFIX))
    return tuple(sorted(codes))


def language_of(accept: str | None) -> str:
    """The first language of an ``Accept-Language`` header the app has; English else."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept or "").split(",")):
        tag, _, quality = part.strip().partition(";q=")
        try:
            weight = float(quality) if quality else 1.0
        except ValueError:
            continue
        ranked.append((-weight, position, tag.strip().lower().split("-")[0]))
    known = languages()
    return next((code for _, _, code in sorted(ranked) if code in known), SOURCE)


@dataclass(frozen=True)
class Words:
    code: str
    translations: dict[str, str] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        return self.translations.get(text, text)


@cache
def words(code: str) -> Words:
    """The app's translations into ``code``: English source -> the first translation."""
    if code == SOURCE or code not in languages():
        return Words(SOURCE)
    path = resources.files("proactive_gui.resources").joinpath(
        f"translations/{PREFIX}{code}{SUFFIX}"
    )
    try:
        root = ElementTree.fromstring(path.read_text("utf-8"))
    except (OSError, ElementTree.ParseError):
        return Words(SOURCE)
    found: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        text = (translation.text or "").strip()
        if text:
            found.setdefault(source, text)
    return Words(code, found)


def words_for(accept: str | None) -> Words:
    return words(language_of(accept))
