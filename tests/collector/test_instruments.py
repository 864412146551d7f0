"""Per-instrument state from payloads the receiver does not trust: any JSON object gives a
summary (never an exception), and the verdict is the worst state said."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from proactive_gui.collector.fleet import fields_of, fleet_page, instrument_page
from proactive_gui.collector.instruments import (
    InstrumentState,
    identity_of,
    summarise,
    verdict_of,
)
from proactive_gui.collector.metrics import fleet_metrics

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELD = st.sampled_from(
    [
        "subsystem",
        "state",
        "time_to_failure_h",
        "channel",
        "level",
        "end_s",
        "reason",
        "last",
        "unit",
    ]
)
PERFORMANCE = st.dictionaries(
    st.sampled_from(["subsystems", "alerts", "early_warnings", "channels"]),
    st.lists(st.dictionaries(FIELD, JSON, max_size=5) | JSON, max_size=3) | JSON,
    max_size=4,
)
KEYS = st.sampled_from(
    ["instrument_configuration", "instrument_performance", "kind", "created_at", "run_performance"]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(KEYS, JSON, max_size=5), PERFORMANCE)
def test_any_json_object_gives_a_summary_and_pages(
    document: dict[str, Any], performance: dict[str, Any]
) -> None:
    document = {**document, "instrument_performance": performance}
    summary = summarise(document)
    json.dumps(summary)  # storable as JSON
    who = identity_of(document)
    state = InstrumentState(who.serial, who.model, "t", "t", 0.0, 1, "id", who.created_at, summary)
    assert state.verdict in {"failure", "warning", "stale", "ok", "no_data"}
    body = json.dumps(document).encode()
    assert "<script" not in instrument_page(state, body, [], 0.0, None)
    fleet_page([state], 0.0, None)
    fields_of(body)
    assert list(fleet_metrics([state], 1, 0.0))


def test_the_verdict_is_the_worst_state_said() -> None:
    assert verdict_of(["ok", "warning", "not_measured"]) == "warning"
    assert verdict_of(["ok", "failure", "stale"]) == "failure"
    assert verdict_of(["not_measured", "no_data"]) == "no_data"
    assert verdict_of([]) == "no_data"


def test_a_serial_that_is_not_one_is_unknown_and_text_is_escaped() -> None:
    document = {"instrument_configuration": {"serial": "<script>", "model": "<b>MiSeq</b>"}}
    who = identity_of(document)
    assert who.serial == "unknown"
    state = InstrumentState(who.serial, who.model, "t", "t", 0.0, 1, "id", "", summarise(document))
    page = fleet_page([state], 0.0, None)
    assert "<b>MiSeq</b>" not in page and "&lt;b&gt;MiSeq&lt;/b&gt;" in page
