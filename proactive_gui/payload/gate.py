"""The privacy gate: free text is cleaned before it enters a payload, and the final
bytes are scanned once more before they are sealed.

Two kinds of evidence:

* patterns of personal or genomic data (e-mail addresses, user and network paths,
  IP addresses, host names, names and ids after labels such as "operator:", "PT:" or
  "patient", medical record numbers, dates of birth, sample and library names, DNA/RNA
  sequences, also glued into an identifier);
* tainted words: the values this PC knows to be local (every RunParameters.xml field
  that does not travel, the computer's host name, the signed-in user, the home
  folder), split into their parts, so a server or person named in a path is caught
  wherever it turns up. Only whole occurrences of the run's own identifiers are taken
  out of them first (a run folder named after its run ID), never every word an
  identifier field happens to hold.

Findings never repeat what was found in full: a technician sees the kind, where, and
a masked excerpt.
"""

from __future__ import annotations

import getpass
import re
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

MIN_TAINT_LENGTH = 4  # shorter parts ("lab", "run") are too common to be evidence
MIN_RAW_LENGTH = 6  # whole tainted values searched for anywhere in the bytes

_LABELS = (
    r"user(?:[ _-]?name)?|operator|patient(?:[ _-]?(?:name|id))?|owner|technician|analyst|"
    r"submitted by|run by|contact|name|first[ _-]?name|last[ _-]?name|surname|"
    r"host(?:[ _-]?name)?|computer(?:[ _-]?name)?|server|machine|pt|pid|donor|proband"
)
_VALUE = r"[^\s,;]+(?:[ \t]+[A-Z][\w'-]+){0,2}"  # a value, and up to two more capitalised words

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("e-mail address", re.compile(r"[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
    ("network path", re.compile(r"\\\\[^\s\"]+|(?<![:\w])//[A-Za-z0-9][^\s\"]*")),
    ("drive path", re.compile(r"(?<![A-Za-z0-9])[A-Za-z]:[\\/][^\s\"]*")),
    ("file path", re.compile(r"(?<![\w.])(?:~|/)[\w.-]*(?:/[\w .-]+)+")),
    (
        "IP address",
        re.compile(
            r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])"
            r"|(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])"
            r"|(?<![\w:])(?:[0-9A-Fa-f]{1,4}:)+:(?:[0-9A-Fa-f]{1,4}:?)*(?![\w:])"
        ),
    ),
    (
        "date of birth",
        re.compile(
            r"(?i)(?<![A-Za-z0-9])(?:dob|d\.o\.b\.|date of birth|born)(?![A-Za-z0-9])\W*\S+"
            # a name joined to a date, as a LIMS writes a person into an id: Doe_Jane_1980-01-01
            r"|(?<![A-Za-z0-9])[A-Za-z][A-Za-z'-]*(?:_|\s*,\s*)[A-Za-z][A-Za-z'-]*(?:_|\s*,\s*)"
            r"(?:19|20)\d\d[-./]?\d\d[-./]?\d\d(?!\d)"
        ),
    ),
    (
        "medical record number",
        re.compile(
            r"(?i)(?<![A-Za-z0-9])(?:mrn|medical record(?: number| no\.?)?|nhs number)(?![A-Za-z0-9])\W*\S+"
            r"|(?<![A-Za-z0-9])mrn[\W_]*\d\S*"  # MRN12345678 (a digit, so not "mRNA")
        ),
    ),
    (
        "sample or library name",
        re.compile(
            r"(?i)(?<![A-Za-z0-9])(?:sample|library|specimen|lims)(?:[ _-]?(?:name|id|no))?\s*[:=#]\s*\S+"
            # reference samples (1000 Genomes, Coriell): HG00096, NA12878, GM12878
            r"|(?-i:(?<![A-Za-z0-9])(?:HG|NA|GM)\d{5}(?!\d))"
        ),
    ),
    ("name after a label", re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{_LABELS})\s*[:=]\s*{_VALUE}")),
    ("patient id", re.compile(r"(?i)(?<![A-Za-z0-9])patient(?![A-Za-z0-9])\W*\S+")),
    ("host or file name", re.compile(r"(?<![\w@.-])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w.])")),
    (
        "DNA/RNA sequence",
        re.compile(
            r"(?<![A-Za-z0-9])(?=[ACGTUN]*[GTU])[ACGTUN]{6,}(?![A-Za-z0-9])"
            # glued to a letter or digit ("_XACGTTGCATGCAACGT"): twelve bases are no word
            r"|(?=[ACGTUN]*[GTU])[ACGTUN]{12,}",
            re.I,
        ),
    ),
)
# Version strings look like IPv4 addresses ("1.18.54.4"); fields that hold versions skip it.
NOT_IN_VERSIONS = frozenset({"IP address", "host or file name"})
_TOKEN = re.compile(r"[A-Za-z0-9]+")
REMOVED = "[removed]"


@dataclass(frozen=True)
class Finding:
    """Something that looked like personal or genomic data: its kind, where it was (a
    field path), and a masked excerpt that does not repeat it."""

    kind: str
    where: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.kind} in {self.where} ({self.excerpt})"


def mask(text: str) -> str:
    """'Jane' -> 'J***', 'jane@site.org' -> 'j***@s***': enough to recognise, not to read."""
    return re.sub(r"([A-Za-z0-9])[A-Za-z0-9_.-]*", lambda m: m.group(1) + "***", text)[:40]


def tokens(text: str) -> set[str]:
    """Lower-case alphanumeric words of ``text``."""
    return {t.lower() for t in _TOKEN.findall(text)}


def evidence_tokens(text: str) -> set[str]:
    """Words of a local value long enough to count as evidence if they travel: words
    of at least 4 characters with a letter, and long numbers (ids)."""
    return {
        t
        for t in tokens(text)
        if (len(t) >= MIN_TAINT_LENGTH and not t.isdigit()) or (t.isdigit() and len(t) >= 6)
    }


def machine_values() -> list[str]:
    """What names this PC and its user: host name, user name, home folder."""
    values = []
    for get in (socket.gethostname, getpass.getuser, lambda: str(Path.home())):
        try:
            values.append(get())
        except (OSError, KeyError):  # no user database entry, no host name
            continue
    return [v for v in values if v]


@dataclass(frozen=True)
class Taint:
    """Words and whole values that must not travel."""

    words: frozenset[str]
    values: tuple[str, ...]

    NONE: ClassVar[Taint]

    @classmethod
    def of(
        cls,
        local_values: Iterable[str],
        allowed_words: Iterable[str],
        explained: Iterable[str] = (),
    ) -> Taint:
        """From the local values, minus words that name nobody (``allowed_words``: the
        schema's, the app's own) and minus whole occurrences of ``explained``: values
        that travel and that the instrument writes into local ones (a run folder named
        after its run ID). Other words of a travelling value still count: a user name
        that is also the run ID's last part is a user name."""
        allowed = set(allowed_words)
        known = [e for e in explained if e]
        local = [without(v, known).strip() for v in local_values if v and v.strip()]
        local = [v for v in local if v]
        words = set().union(*(evidence_tokens(v) for v in local)) - allowed if local else set()
        whole = tuple(
            sorted(
                {v for v in local if len(v) >= MIN_RAW_LENGTH and not (tokens(v) <= allowed)},
                key=len,
                reverse=True,
            )
        )
        return cls(frozenset(words), whole)


Taint.NONE = Taint(frozenset(), ())


def without(text: str, values: Iterable[str]) -> str:
    """``text`` with every whole occurrence of ``values`` (not inside a longer word)
    replaced by a space, case-insensitively."""
    for value in values:
        text = re.sub(
            rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", " ", text, flags=re.IGNORECASE
        )
    return text


def glued_words(text: str, where: str, taint: Taint) -> list[Finding]:
    """Tainted words inside a longer word of ``text`` ("AJSMITH77" holds "jsmith77"). An
    identifier is one run of letters and digits, so a prefix does not hide a word."""
    lowered, own = text.lower(), tokens(text)
    return [
        Finding("a word from a value that stays on this PC", where, mask(word))
        for word in sorted(taint.words)
        if word in lowered and word not in own
    ]


def scan_text(text: str, where: str, taint: Taint, *, version: bool = False) -> list[Finding]:
    findings = [
        Finding(kind, where, mask(match.group(0)))
        for kind, pattern in PATTERNS
        if not (version and kind in NOT_IN_VERSIONS)
        for match in pattern.finditer(text)
    ]
    lowered = text.lower()
    for value in taint.values:
        if value.lower() in lowered:
            findings.append(Finding("a value that stays on this PC", where, mask(value)))
    for word in sorted(tokens(text) & taint.words):
        findings.append(Finding("a word from a value that stays on this PC", where, mask(word)))
    return findings


def clean_text(text: str, taint: Taint) -> tuple[str, list[Finding]]:
    """Free text with every finding replaced by '[removed]' (the kinds are in the
    findings: naming them in the text would trip the scan, "patient ...")."""
    findings: list[Finding] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            findings.append(Finding(kind, "text", mask(match.group(0))))
        text = pattern.sub(REMOVED, text)
    for value in taint.values:
        if value.lower() in text.lower():
            findings.append(Finding("a value that stays on this PC", "text", mask(value)))
            text = re.sub(re.escape(value), REMOVED, text, flags=re.IGNORECASE)

    def drop(match: re.Match[str]) -> str:
        if match.group(0).lower() in taint.words:
            findings.append(Finding("a word from a local value", "text", mask(match.group(0))))
            return REMOVED
        return match.group(0)

    return _TOKEN.sub(drop, text), findings


def strings_of(document: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) of every key and string value in a JSON document."""
    if isinstance(document, dict):
        for key, value in document.items():
            child = f"{path}.{key}" if path else str(key)
            yield child, str(key)
            yield from strings_of(value, child)
    elif isinstance(document, list):
        for i, value in enumerate(document):
            yield from strings_of(value, f"{path}[{i}]")
    elif isinstance(document, str):
        yield path, document
