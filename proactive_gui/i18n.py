"""Marking user-visible strings for translation without importing Qt.

The core defines labels (channel names, units, phase names) that the UI shows.
``QT_TRANSLATE_NOOP`` marks them so that ``pyside6-lupdate`` collects them; the UI
translates them with ``QCoreApplication.translate(context, text)`` when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Return ``source_text`` unchanged; its only job is to be found by lupdate."""
    del context
    return source_text
