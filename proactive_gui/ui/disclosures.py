"""A run-folder value's fate (``payload.disclosure``) in the window's language."""

from __future__ import annotations

from proactive_gui.payload.disclosure import Disclosure
from proactive_gui.ui.theme import tr_message


def disclosure_why(disclosure: Disclosure) -> str:
    """Why it is not sent, or as which payload fields it is."""
    return tr_message("Disclosure", disclosure.why, disclosure.values)
