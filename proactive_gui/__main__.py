"""`python -m proactive_gui` is the same program as `proactive-gui`.

The guard matters: the InterOp worker process (multiprocessing, spawn) imports this
module again and must not start a second app."""

import sys

from proactive_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
