"""The frozen program's one entry point. The folder holds the same program under several
names: ``proactive-gui`` (the window, and the command line), ``proactive-collector``
(the reference receiver) and, on Windows, ``proactive-gui-cli`` (a console program; the
window's program has no console there). The name it was started by chooses."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()  # the InterOp worker process starts here too
    name = Path(sys.argv[0]).stem.lower()  # a link's own name, not its target's
    if name.startswith("proactive-collector"):
        from proactive_gui.collector.cli import main as collector

        return collector()
    from proactive_gui.cli import main as app

    return app()


if __name__ == "__main__":
    sys.exit(main())
