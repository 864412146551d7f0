"""Reading an instrument's XML safely: defusedxml refuses entity expansion and external
references, a size cap refuses giant files, only regular files are opened (a FIFO would
block the read), nesting is bounded (the app walks the tree), and every failure names
the file and says what is wrong in words."""

from __future__ import annotations

import stat
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree

MAX_XML_BYTES = 5_000_000  # the largest real RunParameters.xml is ~20 kB
MAX_XML_DEPTH = 32  # real instrument files nest at most ~6 levels
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class RunFolderError(Exception):
    """A file of a run folder that cannot be used; ``str()`` names the file and why."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


def find_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` matched without regard to case (RunParameters.xml vs runParameters.xml).
    Whatever stands there is returned, a folder or a FIFO too: reading it says what it is,
    rather than "no such file"."""
    exact = folder / name
    if exact.exists():
        return exact
    wanted = name.lower()
    try:
        for entry in folder.iterdir():
            if entry.name.lower() == wanted:
                return entry
    except OSError:
        return None
    return None


def read_xml(path: Path) -> Element:
    """The root element of ``path``, or a ``RunFolderError`` that says what is wrong."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(status.st_mode):
            raise RunFolderError(path, f"not a regular file ({file_kind(status.st_mode)})")
        size = status.st_size
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
    if data.startswith(UTF16_BOMS):
        raise RunFolderError(
            path,
            "saved as UTF-16 text, which instruments never write (it was probably edited "
            "and saved in another program); Illumina's InterOp reader cannot read it",
        )
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
    depth = _depth(root)
    if depth > MAX_XML_DEPTH:
        raise RunFolderError(
            path, f"refused: elements nested {depth} levels deep (instrument files nest a few)"
        )
    return root


def _depth(root: Element) -> int:
    """How deeply ``root``'s elements nest (without recursion: the tree may be hostile)."""
    deepest, level = 0, [root]
    while level:
        deepest += 1
        if deepest > MAX_XML_DEPTH:
            return deepest
        level = [child for element in level for child in element]
    return deepest


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def irregular_files(folder: Path) -> list[Path]:
    """Entries of ``folder`` that are neither regular files nor folders (reading one
    could block for ever)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    odd = []
    for entry in entries:
        try:
            mode = entry.stat().st_mode
        except OSError:
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            odd.append(entry)
    return sorted(odd)


def text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""
