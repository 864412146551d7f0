"""Translations read straight from the Qt Linguist (.ts) files in resources/: a
QTranslator that looks messages up by context and source text. Unfinished messages are
left out, so the English source shows instead of an empty string."""

from __future__ import annotations

from importlib import resources

from defusedxml.ElementTree import fromstring
from PySide6.QtCore import QObject, QTranslator

from proactive_gui.i18n import translation_file

Table = dict[tuple[str, str], str]


def parse_ts(text: str) -> Table:
    """(context, source) -> translation, for every finished message of a .ts file."""
    table: Table = {}
    for context in fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


def load_table(code: str) -> Table:
    path = resources.files("proactive_gui.resources").joinpath(translation_file(code))
    return parse_ts(path.read_text(encoding="utf-8"))


class TsTranslator(QTranslator):
    def __init__(self, table: Table, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._language = language

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is a null QString: Qt then asks the next translator or keeps the source;
        # an empty string would blank the text
        return self._table.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self._table

    def language(self) -> str:
        return self._language
