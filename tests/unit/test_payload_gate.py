from __future__ import annotations

import pytest

from proactive_gui.instrument.simulator import demo_store
from proactive_gui.payload.build import build
from proactive_gui.payload.gate import Taint, clean_text, glued_words, scan_text
from proactive_gui.payload.schema import PayloadInvalidError
from proactive_gui.payload.seal import PayloadBlockedError, seal

NONE = Taint(frozenset(), ())


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("sent by jane.doe@lab.example.org today", "jane.doe"),
        ("copied to \\\\seqnas01\\runs\\smith", "seqnas01"),
        ("sheet at C:\\Users\\kowalski\\Desktop", "kowalski"),
        ("see /home/okafor/sheets/run.csv", "okafor"),
        ("uploaded from 192.168.14.20", "192.168.14.20"),
        ("uploaded from fe80::1ff:fe23:4567:890a", "fe80"),
        ("Operator: Marta Lindqvist", "Lindqvist"),
        ("user=ngarcia", "ngarcia"),
        ("patient 77812", "77812"),
        ("MRN: 5534120", "5534120"),
        ("DOB 1971-02-03", "1971-02-03"),
        ("Sample_Name: TUMOR-17", "TUMOR-17"),
        ("index ACGTTGCA on lane 1", "ACGTTGCA"),
        ("host lab-pc-07.hospital.local", "hospital"),
        ("MRN12345678", "12345678"),  # no separator after MRN
        ("lot LIMS:S2024-0042:HG00096", "HG00096"),
        ("PT:Jane_Doe", "Jane"),
        ("Doe_Jane_1980-01-01", "1980-01-01"),
        ("MS3181617_XACGTTGCATGCAACGT", "ACGTTGCATGCAACGT"),  # glued to a letter
    ],
)
def test_free_text_loses_each_kind_of_personal_data(text: str, secret: str) -> None:
    cleaned, findings = clean_text(text, NONE)
    assert secret.lower() not in cleaned.lower()
    assert findings and all(secret not in f.excerpt for f in findings)
    assert not scan_text(cleaned, "x", NONE)  # the cleaned text passes the last scan


def test_ordinary_instrument_text_is_left_alone() -> None:
    for text in [
        "Door opened",
        "Pre-run checks passed",
        "Sequencing started: 318 cycles",
        "mRNA library, 2x151",  # "mRNA" is not an MRN
        "Read 2 ended on 2024-05-05",
    ]:
        assert clean_text(text, NONE) == (text, [])


def test_local_words_are_removed_wherever_they_turn_up() -> None:
    taint = Taint.of(["\\\\aclfiler.ugent.be\\cmgg_upload"], allowed_words=set())
    cleaned, findings = clean_text("copy to cmgg finished", taint)
    assert "cmgg" not in cleaned and findings


def test_only_whole_occurrences_of_an_explained_identifier_leave_the_local_words() -> None:
    run_id = "210505_M01101_0075_000000000-JDP9R"
    taint = Taint.of(
        [f"\\\\aclfiler\\runs\\{run_id}", "jsmith77", f"X{run_id}"],
        allowed_words=set(),
        explained=[run_id],
    )
    assert "aclfiler" in taint.words and "jsmith77" in taint.words
    assert "jdp9r" in taint.words  # glued to "X", that occurrence is not the run folder
    assert not Taint.of([f"D:\\Temp\\{run_id}"], set(), explained=[run_id]).words - {"temp"}


def test_a_local_word_glued_into_an_identifier_is_found() -> None:
    taint = Taint.of(["jsmith77"], allowed_words=set())
    assert glued_words("210505_M01101_0075_AJSMITH77", "run_id", taint)
    assert not glued_words("210505_M01101_0075_000000000-JDP9R", "run_id", taint)


def test_versions_may_look_like_ip_addresses() -> None:
    assert not scan_text("1.18.54.4", "software[0].version", NONE, version=True)
    assert scan_text("1.18.54.4", "events[0].message", NONE)


def test_a_payload_with_personal_data_is_blocked_and_the_message_does_not_repeat_it() -> None:
    draft = build("manual", demo_store(epoch=0.0), machine=[])
    events = draft.document["instrument_performance"]["events"]
    events.append({"t_s": 1.0, "kind": "note", "message": "from jo.kim@lab.org"})
    with pytest.raises(PayloadBlockedError) as blocked:
        seal(draft)
    assert "e-mail address" in str(blocked.value)
    assert "events[0].message" in str(blocked.value)
    assert "jo.kim" not in str(blocked.value) and "lab.org" not in str(blocked.value)


def test_schema_errors_name_the_field_not_its_value() -> None:
    draft = build("manual", demo_store(epoch=0.0), machine=[])
    draft.document["instrument_configuration"]["model"] = "MiSeq of jo.kim@lab.org"
    with pytest.raises(PayloadInvalidError) as invalid:
        seal(draft)
    assert "instrument_configuration.model" in str(invalid.value)
    assert "jo.kim" not in str(invalid.value)
