"""Reading an instrument's XML safely: defusedxml refuses entity expansion and external
references, a size cap refuses giant files, and every failure names the file."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree

MAX_XML_BYTES = 5_000_000  # the largest real RunParameters.xml is ~20 kB


class RunFolderError(Exception):
    """A file of a run folder that cannot be used; ``str()`` names the file and why."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


def find_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` matched without regard to case (RunParameters.xml vs runParameters.xml)."""
    exact = folder / name
    if exact.is_file():
        return exact
    wanted = name.lower()
    try:
        for entry in folder.iterdir():
            if entry.name.lower() == wanted and entry.is_file():
                return entry
    except OSError:
        return None
    return None


def read_xml(path: Path) -> Element:
    """The root element of ``path``, or a ``RunFolderError`` that says what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_XML_BYTES:
            raise RunFolderError(path, f"too large for an instrument XML file ({size:,} bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise RunFolderError(path, "the file is missing") from None
    except PermissionError:
        raise RunFolderError(path, "the file cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise RunFolderError(path, "a folder stands where the file should be") from None
    except OSError as exc:
        raise RunFolderError(path, f"the file cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise RunFolderError(path, "the file is empty (perhaps still being written)")
    try:
        root: Element = ElementTree.fromstring(data, forbid_dtd=True)
    except defusedxml.DTDForbidden:
        raise RunFolderError(
            path, "refused: the XML declares a DTD, which instrument files never do"
        ) from None
    except defusedxml.EntitiesForbidden:
        raise RunFolderError(
            path, "refused: the XML declares entities (a possible entity-expansion attack)"
        ) from None
    except defusedxml.ExternalReferenceForbidden:
        raise RunFolderError(path, "refused: the XML refers to an external resource") from None
    except ParseError as exc:
        raise RunFolderError(path, f"not well-formed XML ({exc})") from None
    return root


def text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""
