"""`python -m proactive_gui` is the same program as `proactive-gui`."""

import sys

from proactive_gui.cli import main

sys.exit(main())
