"""Translations read straight from the Qt Linguist (.ts) files in resources/: a
QTranslator that looks messages up by context and source text. Unfinished messages are
left out, so the English source shows instead of an empty string."""

from __future__ import annotations

from importlib import resources

from defusedxml.ElementTree import fromstring
from PySide6.QtCore import QObject, QTranslator

from proactive_gui.i18n import translation_file

Table = dict[tuple[str, str], str]
Plurals = dict[tuple[str, str], tuple[str, ...]]  # a message with %n: one form per plural


def parse_ts(text: str) -> Table:
    """(context, source) -> translation, for every finished message of a .ts file (a
    message with plural forms: its first form; ``parse_plurals`` has them all)."""
    return {key: forms[0] for key, forms in _messages(text).items()}


def parse_plurals(text: str) -> Plurals:
    """(context, source) -> its forms (one, or one per plural form of the language)."""
    return _messages(text)


def _messages(text: str) -> Plurals:
    table: Plurals = {}
    for context in fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes" and forms and all(forms):
                table[(name, source)] = tuple(forms)
            elif translation.text and translation.text.strip():
                table[(name, source)] = (translation.text,)
    return table


def plural_form(language: str, n: int) -> int:
    """Which of a language's plural forms a count takes (Qt's, CLDR's rules)."""
    n = abs(n)
    if language.startswith("zh"):
        return 0
    if language.startswith("fr"):
        return 0 if n <= 1 else 1
    if language.startswith("ru"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1  # English, German, Italian


def load_table(code: str) -> Plurals:
    path = resources.files("proactive_gui.resources").joinpath(translation_file(code))
    return parse_plurals(path.read_text(encoding="utf-8"))


class TsTranslator(QTranslator):
    def __init__(self, table: Plurals, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._language = language

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is a null QString: Qt then asks the next translator or keeps the source;
        # an empty string would blank the text. Qt puts the count in for %n.
        forms = self._table.get((context, source_text))
        if forms is None:
            return None
        index = plural_form(self._language, n) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]

    def isEmpty(self) -> bool:
        return not self._table

    def language(self) -> str:
        return self._language
