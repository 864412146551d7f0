"""Logging to a rotating file in the app's log folder, with a named logger per area.

Secrets never reach a log: nothing in the app formats a token or a key into a message,
and ``SecretFilter`` masks anything that looks like a bearer token as a second line of
defence.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class SecretFilter(logging.Filter):
    """Masks bearer tokens in log records (defence in depth; none should get here)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _BEARER.sub(r"\1[redacted]", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the ``proactive_gui`` loggers to a rotating file (1 MB x 5). Idempotent."""
    root = logging.getLogger("proactive_gui")
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            return handler
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(SecretFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return handler
