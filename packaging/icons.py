"""The app icon in the standard sizes, drawn from
``resources/icons/hicolor/scalable/apps/proactive-gui.svg``.

    python packaging/icons.py            # writes resources/icons/hicolor/NxN/apps/*.png
    python packaging/icons.py --ico F    # a Windows .ico with every size (build.py)

The PNGs are committed (Linux desktops and the AppStream file name them);
tests/packaging/test_icons.py fails if one no longer matches the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HICOLOR = REPO / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / "proactive-gui.svg"  # the one drawing
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
NAME = "proactive-gui"


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(size: int):  # -> QImage; Qt is imported here only (offscreen, no display)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        # a QApplication, not a QGuiApplication: in a process that later shows widgets
        # (the test suite) the first application object is the only one there can be
        render.app = QApplication([])  # type: ignore[attr-defined]  # kept alive
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_pngs() -> list[Path]:
    written = []
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def write_ico(target: Path) -> Path:
    """A multi-size .ico for the Windows programs and the installer."""
    # Qt's ICO writer keeps one image, so the sizes are packed here: ICONDIR, one
    # ICONDIRENTRY per size, then the images as PNG (valid in .ico since Windows Vista).
    import struct

    images = [render(size) for size in ICO_SIZES]  # makes the application object first
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    target.parent.mkdir(parents=True, exist_ok=True)

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data.data()))
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for size, blob in zip(ICO_SIZES, blobs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    target.write_bytes(header + entries + b"".join(blobs))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="write a Windows .ico here instead")
    args = parser.parse_args(argv)
    if args.ico:
        print(write_ico(args.ico))
    else:
        for path in write_pngs():
            print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
