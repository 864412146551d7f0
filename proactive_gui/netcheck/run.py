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
from proactive_gui.netcheck.about import about
from proactive_gui.netcheck.checks import FAIL, WARN, Checker, CheckResult, Inputs, report_json
from proactive_gui.netcheck.record import WINDOW, LastCheck, last_check, record_file, save_last
from proactive_gui.netcheck.result import outcome
from proactive_gui.netcheck.texts import say
from proactive_gui.paths import app_paths
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

    def __init__(
        self,
        settings_file: Path,
        own_servers: frozenset[int] = frozenset(),
        record: Path | None = None,
    ) -> None:
        """``record``: the stored last check (``record.record_file``), shared with the
        terminal's ``check``; None: the app's own (``app_paths()``)."""
        self.settings_file = settings_file
        self.own_servers = own_servers  # see Checker
        self.record = record if record is not None else record_file(app_paths())
        self._lock = threading.Lock()
        self._results: list[CheckResult] = []
        self._current: str | None = None  # the stage running now
        self._finished_at: float | None = None  # Unix time of this object's last run
        self._last_verdict: str | None = None
        self._until: str | None = None
        self._began = 0.0
        self._thread = StoppableThread("readiness-checks", self._run)

    def _stored(self) -> LastCheck | None:
        """The stored last check, when it is newer than this object's own last run
        (a ``check`` from the terminal since, or one from before the app started)."""
        stored = last_check(self.record)
        if stored is None:
            return None
        with self._lock:
            own = self._finished_at if self._last_verdict is not None else None
        return stored if own is None or stored.finished_at > own else None

    @property
    def finished_at(self) -> float | None:
        """Unix time of the last run: this window's or, newer, the stored one."""
        stored = self._stored()
        return stored.finished_at if stored is not None else self._finished_at

    @property
    def last_verdict(self) -> str | None:
        """The verdict of the last complete run (the Overview's)."""
        stored = self._stored()
        return stored.verdict if stored is not None else self._last_verdict

    def snapshot(self) -> tuple[list[CheckResult], str | None]:
        """(results so far, the stage running now or None); the stored last check's
        results when it is newer than this object's."""
        stored = None if self.running else self._stored()
        with self._lock:
            if stored is not None:
                return list(stored.results), None
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
        self._began = time.time()
        try:
            checker = Checker(inputs_from_settings(self.settings_file), self.own_servers)
            results = checker.run(self._progress, self._until)
        except Exception as exc:  # never "running" for ever: the run ends, failed
            log.exception("readiness checks broke")
            error = type(exc).__name__
            remedy = say(texts.RUN_BROKE, error=error, detail=str(exc)[:200])
            results = [outcome("configuration", FAIL, 0.0, {"error": error}, remedy)]
        finished = time.time()
        with self._lock:
            self._finished_at = finished
            if self._until is None:  # the Overview's verdict needs every stage
                self._last_verdict = overall(results)
        if self._until is None:
            try:
                document = report_json(results, self._began, about(self.settings_file))
                save_last(self.record, document, finished, WINDOW, results)
            except Exception:  # the run itself is done: only its record is missing
                log.exception("could not store the readiness check")
