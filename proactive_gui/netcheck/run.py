"""Running the checks: their inputs from the uploader's settings and keyring, and a
background run whose progress a window can poll."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import keyring
import keyring.errors

from proactive_gui.background import RunsInBackground, StoppableThread
from proactive_gui.netcheck import texts
from proactive_gui.netcheck.checks import FAIL, WARN, Checker, CheckResult, Inputs
from proactive_gui.netcheck.result import outcome
from proactive_gui.netcheck.texts import say
from proactive_gui.secrets import service_for
from proactive_gui.settings import Settings
from proactive_gui.uplink.keys import KEY_ENTRY
from proactive_gui.uplink.setup import proxy_password_for, secret

log = logging.getLogger(__name__)


def inputs_from_settings(
    settings_file: Path, endpoint: str = "", ca_bundle: str = "", proxy: str = ""
) -> Inputs:
    """What the uploader would use, with optional overrides (the command line's)."""
    settings = Settings.load(settings_file)
    proxy = proxy or str(settings.get("proxy"))
    key_store = str(settings.get("spool_key_store"))
    if key_store != "file":
        try:
            keyring.get_password(service_for(settings_file.parent), KEY_ENTRY)
        except keyring.errors.KeyringError:
            key_store = "unavailable"
    return Inputs(
        endpoint=endpoint or str(settings.get("endpoint")),
        ca_bundle=ca_bundle or str(settings.get("ca_bundle")),
        proxy=proxy,
        proxy_password=proxy_password_for(proxy),
        token=secret("token"),
        opt_in=bool(settings.get("opt_in")),
        opt_in_locked=settings.locked("opt_in"),
        key_store=key_store,
    )


def overall(results: list[CheckResult]) -> str:
    """fail if any stage failed, else warn if any warned, else pass."""
    verdicts = {r.verdict for r in results}
    return FAIL if FAIL in verdicts else WARN if WARN in verdicts else "pass"


class CheckRun(RunsInBackground):
    """One run of every check on a background thread; ``snapshot`` for the window."""

    def __init__(self, settings_file: Path, own_servers: frozenset[int] = frozenset()) -> None:
        self.settings_file = settings_file
        self.own_servers = own_servers  # see Checker
        self._lock = threading.Lock()
        self._results: list[CheckResult] = []
        self._current: str | None = None  # the stage running now
        self.finished_at: float | None = None  # Unix time of the last complete run
        self.last_verdict: str | None = None
        self._until: str | None = None
        self._thread = StoppableThread("readiness-checks", self._run)

    def snapshot(self) -> tuple[list[CheckResult], str | None]:
        """(results so far, the stage running now or None)."""
        with self._lock:
            return list(self._results), self._current

    def start(self, until: str | None = None) -> None:
        """Run every check, or the one named ``until`` with the stages before it."""
        if self.running:
            return
        with self._lock:
            self._results, self._current = [], None
        self._until = until
        super().start()

    def _progress(self, check_id: str, result: CheckResult | None) -> None:
        with self._lock:
            if result is None:
                self._current = check_id
            else:
                self._results.append(result)
                self._current = None

    def _run(self, stop: threading.Event) -> None:
        del stop  # each stage has its own time-out; a run takes seconds
        try:
            checker = Checker(inputs_from_settings(self.settings_file), self.own_servers)
            results = checker.run(self._progress, self._until)
        except Exception as exc:  # never "running" for ever: the run ends, failed
            log.exception("readiness checks broke")
            error = type(exc).__name__
            remedy = say(texts.RUN_BROKE, error=error, detail=str(exc)[:200])
            results = [outcome("configuration", FAIL, 0.0, {"error": error}, remedy)]
        with self._lock:
            self.finished_at = time.time()
            if self._until is None:  # the Overview's verdict needs every stage
                self.last_verdict = overall(results)
