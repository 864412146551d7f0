"""Personal and genomic data injected into every string the builder reads never
reaches the bytes, and every payload still validates (hypothesis)."""

from __future__ import annotations

import dataclasses
import os
import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proactive_gui.health.evaluate import Alert, State
from proactive_gui.instrument.simulator import demo_store
from proactive_gui.instrument.telemetry import OperationalEvent, TelemetryStore
from proactive_gui.payload.build import HealthView, build
from proactive_gui.payload.seal import seal
from proactive_gui.runs.folder import RunFolder, load_run_folder
from tests.conftest import SHARED_RUNS

RUN = load_run_folder(SHARED_RUNS / "MiSeq_210505_M01101_0075_000000000-JDP9R")
FIRST = ["Marguerite", "Jonas", "Aleksandra", "Wouter", "Priyanka", "Sebastian", "Ingrid"]
LAST = ["Vandenberghe", "Okonkwo", "Lindqvist", "Castellano", "Nakamura", "Dubois"]
SITES = ["genelab-nas01", "uzbrussel", "stmarys-seq", "oncofiler"]

names = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST))
dna = st.text("ACGT", min_size=8, max_size=24).filter(lambda s: re.search("[GT]", s) is not None)
patient_ids = st.from_regex(r"PX[A-Z]{2}[0-9]{4}[A-Z]{2}", fullmatch=True)
# Values that stay on this PC in RUN (SOURCES.md), reused in a serial-type field: the
# experiment name, the cloud run ID, the output share's host and folder.
REUSED = ["RNASeq_M023", "206383205", "aclfiler", "ACLFILER", "CMGG_UPLOAD", "uzgent"]
SERIAL_FIELDS = [
    "/FlowcellRFIDTag/LotNumber",
    "/PR2BottleRFIDTag/SerialNumber",
    "/ReagentKitRFIDTag/PartNumber",
    "/ReagentKitRFIDTag/LotNumber",
]


@st.composite
def secrets(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(text to inject, the parts that must not travel)."""
    first, last = draw(names)
    site = draw(st.sampled_from(SITES))
    kind = draw(st.sampled_from(["email", "unc", "home", "drive", "label", "patient", "dna", "ip", "mrn", "dob", "sample", "mrn_glued", "pt", "name_date", "dna_glued", "lims"]))  # fmt: skip
    if kind == "email":
        return f"{first}.{last}@{site}.org", [f"{first}.{last}", first, last]
    if kind == "unc":
        return f"\\\\{site}\\runs\\{last}", [site, last]
    if kind == "home":
        return f"/home/{first.lower()}/Desktop/sheet.csv", [first]
    if kind == "drive":
        return f"C:\\Users\\{last}\\Documents", [last]
    if kind == "label":
        return f"Operator: {first} {last}", [first, last]
    if kind == "patient":
        pid = draw(patient_ids)
        return f"patient {pid}", [pid]
    if kind == "dna":
        seq = draw(dna)
        return seq, [seq]
    if kind == "ip":
        ip = f"10.{draw(st.integers(0, 255))}.{draw(st.integers(0, 255))}.{draw(st.integers(1, 254))}"
        return f"host {ip}", [ip]
    if kind == "mrn":
        pid = draw(patient_ids)
        return f"MRN {pid}", [pid]
    if kind == "dob":
        return f"DOB 1961-04-{draw(st.integers(10, 28))}", ["1961-04"]
    if kind == "mrn_glued":
        number = draw(st.from_regex(r"9[0-9]{7}", fullmatch=True))
        return f"MRN{number}", [number]
    if kind == "pt":
        return f"PT:{first}_{last}", [first, last]
    if kind == "name_date":
        return f"{last}_{first}_1961-04-{draw(st.integers(10, 28))}", [first, last, "1961-04"]
    if kind == "dna_glued":
        seq = draw(dna.filter(lambda s: len(s) >= 16))
        return f"X{seq}", [seq]
    if kind == "lims":
        sample = f"HG{draw(st.integers(10000, 99999))}"
        return f"LIMS:S2024-{draw(st.integers(1000, 9999))}:{sample}", [sample]
    pid = draw(patient_ids)
    return f"Sample_Name: {pid}", [pid]


def _inject(value: str, secret: str, where: str) -> str:
    return {"replace": secret, "prefix": f"{secret} {value}", "suffix": f"{value}_{secret}"}[where]


@st.composite
def cases(draw: st.DrawFn) -> dict[str, object]:
    """Which secrets go where: small to show when a case fails."""
    secret_list = draw(st.lists(secrets(), min_size=1, max_size=6))
    count = len(RUN.parameters.fields)  # type: ignore[union-attr]
    return {
        "secrets": secret_list,
        "fields": draw(
            st.lists(
                st.tuples(
                    st.integers(0, count - 1), st.sampled_from(["replace", "prefix", "suffix"])
                ),
                min_size=1,
                max_size=8,
            )
        ),
        "run_info": draw(st.booleans()),
        "site": draw(st.sampled_from(SITES)),
        # a local value reused as the flow cell, the run ID's last part, a serial or a lot
        "reuse": draw(
            st.none()
            | st.tuples(
                st.sampled_from(REUSED), st.sampled_from(["flowcell", "run_id", *SERIAL_FIELDS])
            )
        ),
    }


def poisoned(
    case: dict[str, object],
) -> tuple[RunFolder, HealthView, TelemetryStore, list[str], list[str]]:
    secret_list: list[tuple[str, list[str]]] = case["secrets"]  # type: ignore[assignment]
    forbidden = [part for _, parts in secret_list for part in parts]
    texts = [text for text, _ in secret_list]
    fields = list(RUN.parameters.fields)  # type: ignore[union-attr]
    for k, (i, where) in enumerate(case["fields"]):  # type: ignore[attr-defined]
        fields[i] = dataclasses.replace(
            fields[i], value=_inject(fields[i].value, texts[k % len(texts)], where)
        )
    info = RUN.run_info
    if case["reuse"] is not None:
        value, where = case["reuse"]  # type: ignore[misc]
        if any(value.lower() in f.value.lower() for f in fields if not f.travels):
            forbidden.append(value)  # still a value this PC knows to be local
        if where == "flowcell":
            info = dataclasses.replace(info, flowcell=value)
        elif where == "run_id":
            info = dataclasses.replace(info, run_id=info.run_id.rsplit("_", 1)[0] + "_" + value)
        else:
            fields = [dataclasses.replace(f, value=value) if f.path == where else f for f in fields]
    if case["run_info"]:
        info = dataclasses.replace(info, flowcell=texts[-1], run_id=f"{info.run_id} {texts[0]}")
    run = dataclasses.replace(
        RUN,
        run_info=info,
        parameters=dataclasses.replace(RUN.parameters, fields=tuple(fields)),  # type: ignore[arg-type]
    )
    store = demo_store(epoch=0.0)
    t = np.arange(0.0, 120.0)
    store.write(
        {c.id: (t, np.full(len(t), 1.0)) for c in store.channels},
        clock=119.0,
        events=[
            OperationalEvent(10.0 + k, "note", "Run note: {note}", {"note": text})
            for k, text in enumerate(texts)
        ]
        + [OperationalEvent(50.0, "door", texts[0])],
    )
    alerts = tuple(
        Alert("pump_pressure", State.WARNING, 20.0, None, f"seen by {text}") for text in texts
    )
    machine = [texts[0].split()[-1], str(case["site"])]
    return run, HealthView(alerts=alerts), store, forbidden, machine


# 1,000 examples in every test run; PAYLOAD_FUZZ_EXAMPLES=5000 for a longer hunt.
@pytest.mark.slow
@pytest.mark.timeout(1800)  # the examples run in one test
@settings(
    max_examples=int(os.environ.get("PAYLOAD_FUZZ_EXAMPLES", "1000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(case=cases())
def test_injected_personal_data_never_reaches_the_bytes(case: dict[str, object]) -> None:
    run, health, store, forbidden, machine = poisoned(case)
    sealed = seal(build("run_end", store, health=health, run=run, machine=machine))
    text = sealed.data.decode("utf-8").lower()
    assert not [part for part in forbidden if part.lower() in text]
