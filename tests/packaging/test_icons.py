"""The committed icons are the SVG drawn at each size (they cannot drift from it), and
the Windows .ico holds every size."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import icons


def test_each_png_is_the_svg_at_its_size(qapp: QApplication) -> None:
    for size in icons.SIZES:
        committed = QImage(str(icons.png_path(size)))
        assert (committed.width(), committed.height()) == (size, size)
        drawn = icons.render(size).convertToFormat(committed.format())
        different = sum(
            1
            for y in range(size)
            for x in range(size)
            if abs(committed.pixelColor(x, y).alpha() - drawn.pixelColor(x, y).alpha()) > 8
            or abs(committed.pixelColor(x, y).blue() - drawn.pixelColor(x, y).blue()) > 8
        )
        assert different <= size * size // 100, f"{size}px: run python packaging/icons.py"


def test_the_ico_holds_every_size(qapp: QApplication, tmp_path: Path) -> None:
    data = icons.write_ico(tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _, _, _, _, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and bits == 32
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == list(icons.ICO_SIZES)
