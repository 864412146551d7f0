"""Every field explanation of the payload schema is marked for translation, so the
Payload page shows it in the window's language (tools/schema_texts.py writes the list)."""

from __future__ import annotations

import json

from proactive_gui.payload.schema_texts import SCHEMA_TEXTS
from tests.conftest import REPO
from tools.schema_texts import SCHEMA, texts


def test_every_schema_explanation_is_marked_for_translation() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert set(SCHEMA_TEXTS) == set(texts(schema)), "run tools/schema_texts.py"
    assert len(SCHEMA_TEXTS) > 150
    assert (REPO / "tools" / "schema_texts.py").is_file()
