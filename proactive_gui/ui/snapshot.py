"""Render every page offscreen to PNG files: for support tickets, docs and reviews."""

from __future__ import annotations

import os
from pathlib import Path

from proactive_gui.launch import LaunchOptions
from proactive_gui.paths import AppPaths
from proactive_gui.settings import Settings

SNAPSHOT_SIZE = (1280, 820)


LAYOUT_PASSES = 4  # a word-wrapped label takes its height a pass after its width


def write_snapshots(
    out: Path,
    options: LaunchOptions,
    settings: Settings,
    paths: AppPaths,
    tofu: dict[str, set[str]] | None = None,
) -> list[Path]:
    """Write ``out/<page>.png`` for every page after ``options.at_hours`` of the run;
    into ``tofu``, by page, the characters drawn as empty boxes (no font has them)."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from proactive_gui.ui.app import application, build_window
    from proactive_gui.ui.glyphs import missing_on
    from proactive_gui.ui.pages.sent import SentPage

    out.mkdir(parents=True, exist_ok=True)
    app = application()
    window = build_window(options, paths, settings)
    if window.run_bridge is not None:
        window.run_bridge.load_now()  # the run as it is now, before anything is drawn
    if window.health is not None:
        window.health.evaluate_now()
    window.resize(*SNAPSHOT_SIZE)
    window.show()
    written = []
    try:
        for page_id in window.page_ids:
            window.show_page(page_id)
            page = window.page(page_id)
            if isinstance(page, SentPage):
                page.wait_loaded()  # the history is read off the GUI thread
            for _ in range(LAYOUT_PASSES):  # wrapped labels ask for their height once
                app.processEvents()  # they know their width: a pass for each
                window.refresh()
            path = out / f"{page_id}.png"
            if tofu is not None:
                missing = missing_on(window)
                if missing:
                    tofu[page_id] = missing
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
