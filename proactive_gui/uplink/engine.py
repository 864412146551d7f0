"""The upload engine: a background thread that sends the spool, oldest first, under the
wire contract (``../shared/ARCHITECTURE.md``).

A record is deleted only after a 2xx receipt that parses and names its payload_id and
its sealed SHA-256, once the delivery is in the sent-history; any other 2xx (no digest,
not JSON, a captive portal's page, an empty answer) is a transient failure that says
what was wrong. Transient failures (network, 5xx, 3xx, 429/503 with Retry-After) wait
with exponential backoff and jitter; permanent refusals (400/413/415/422) are parked
with the reason; 401/403 pause the engine until the token is replaced. Nothing connects
while the opt-in is off.

Every attempt ends within ``TransportConfig.deadline_s`` (60 s) whatever the receiver
does, and ``stop`` ends one in flight at once. Retry-After is honoured up to one hour
(``RETRY_AFTER_CAP_S``; after that the receiver is simply asked again), and an HTTP-date
in it is read against the answer's own ``Date`` header, so a wrong clock on this PC
neither stretches nor shortens the wait.
"""

from __future__ import annotations

import base64
import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from proactive_gui.background import RunsInBackground, StoppableThread
from proactive_gui.i18n import QT_TRANSLATE_NOOP
from proactive_gui.oslock import DeliveryLock
from proactive_gui.payload.seal import SealedPayload
from proactive_gui.uplink.audit import describe, destination
from proactive_gui.uplink.history import Delivery, ReceiptError, SentHistory, read_receipt
from proactive_gui.uplink.said import Said, said
from proactive_gui.uplink.spool import Record, RecordUnreadableError, Spool
from proactive_gui.uplink.transport import (
    Answer,
    DeadlineExceededError,
    Sockets,
    TransportConfig,
    make_client,
    post_within,
)

log = logging.getLogger(__name__)

PATH = "/v1/payloads"
PERMANENT = {400, 413, 415, 422}
AUTH = {401, 403}
THROTTLED = {429, 503}
POLICY_CHECK_S = 600.0  # the spool's size and age limits, checked when idle
RETRY_AFTER_CAP_S = 3600.0  # the longest Retry-After honoured: then the receiver is asked again


class State:
    OPTED_OUT = "opted_out"
    NOT_CONFIGURED = "not_configured"
    IDLE = "idle"
    SENDING = "sending"
    WAITING = "waiting"
    PAUSED = "paused"
    AUTH_NEEDED = "auth_needed"
    ELSEWHERE = "elsewhere"  # another process holds the delivery lock and sends the queue
    STOPPED = "stopped"


@dataclass(frozen=True)
class Status:
    state: str
    detail: str = ""  # the last problem, in words for people (no secrets)
    retry_at: float | None = None  # Unix time of the next attempt while waiting
    sent: int = 0  # deliveries since the engine started
    problem: str = ""  # why the last attempt failed; cleared by the next delivery
    detail_said: Said | None = None  # detail and problem as templates, for the window
    problem_said: Said | None = None


@dataclass(frozen=True)
class Backoff:
    base_s: float = 2.0
    cap_s: float = 900.0

    def delay(self, failures: int) -> float:
        """Full jitter: uniform in [base/2, min(cap, base * 2^(failures-1))]."""
        top = min(self.cap_s, self.base_s * 2 ** max(0, failures - 1))
        return random.uniform(min(self.base_s / 2, top), top)


def _http_date(value: str) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def retry_after(value: str | None, now: float, date: str | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds, or an HTTP-date read
    against ``date``, the answer's own Date header (the receiver's clock; this PC's
    ``now`` only when there is no usable Date). Never more than ``RETRY_AFTER_CAP_S``."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return min(float(value), RETRY_AFTER_CAP_S)
    when = _http_date(value)
    if when is None:
        return None
    sent = _http_date(date) if date else None
    return min(RETRY_AFTER_CAP_S, max(0.0, when - (now if sent is None else sent)))


def content_digest(data: bytes) -> str:
    import hashlib

    return f"sha-256=:{base64.b64encode(hashlib.sha256(data).digest()).decode()}:"


def _utc(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def describe_transport_error(exc: Exception) -> Said:
    """What went wrong, for people: certificate, TLS version, time-out, unreachable."""
    if isinstance(exc, DeadlineExceededError):
        return said(
            QT_TRANSLATE_NOOP(
                "Upload",
                "the receiver did not finish its answer within {seconds} s (too slow, or "
                "stalled); the payload stays queued and is sent again",
            ),
            seconds=f"{exc.deadline_s:g}",
        )
    text = str(exc).upper()
    if "CERTIFICATE" in text:
        return said(
            QT_TRANSLATE_NOOP(
                "Upload",
                "the receiver's certificate is not trusted (expired, self-signed, wrong host "
                "name, or an inspecting proxy whose CA is not configured)",
            )
        )
    if any(sign in text for sign in ("PROTOCOL_VERSION", "UNSUPPORTED_PROTOCOL", "NO_PROTOCOLS")):
        return said(QT_TRANSLATE_NOOP("Upload", "the receiver does not offer TLS 1.2 or newer"))
    if isinstance(exc, httpx.ProxyError):
        return said(
            QT_TRANSLATE_NOOP(
                "Upload",
                "the proxy refused the connection (check the proxy address and its password)",
            )
        )
    if isinstance(exc, httpx.TimeoutException):
        return said(QT_TRANSLATE_NOOP("Upload", "the receiver did not answer in time"))
    if isinstance(exc, httpx.ConnectError):
        return said(
            QT_TRANSLATE_NOOP(
                "Upload",
                "the receiver cannot be reached (network down, wrong address, or refused)",
            )
        )
    log.warning("upload failed: %s", type(exc).__name__)  # the kind, for support
    return said(
        QT_TRANSLATE_NOOP("Upload", "the connection failed unexpectedly; the payload stays queued")
    )


SEALED_WHILE_OFF = (
    "it was sealed while Send Instrument Performance Data was off, so it is never sent; "
    "export it or discard it"
)


class UploadEngine(RunsInBackground):
    def __init__(
        self,
        spool: Spool,
        history: SentHistory,
        config: Callable[[], TransportConfig | None],
        token: Callable[[], str | None],
        opted_in: Callable[[], bool],
        backoff: Backoff | None = None,
        idle_poll_s: float = 2.0,
        lock: DeliveryLock | None = None,
    ) -> None:
        self.spool = spool
        self.lock = lock  # one process delivers a spool at a time (None: tests' own)
        self.history = history
        self.config = config
        self.token = token
        self.opted_in = opted_in
        self.backoff = backoff or Backoff()
        self.idle_poll_s = idle_poll_s
        self._wake = threading.Event()
        self._stopping = False
        self._policy_checked = 0.0
        self._paused = False
        self._failures = 0
        self._status = Status(State.IDLE)
        self._auth_token: str | None = None  # the token that was refused
        self._client: httpx.Client | None = None
        self._client_config: TransportConfig | None = None
        self._sockets = Sockets()
        self._thread = StoppableThread("upload-engine", self._run)

    # -- control (any thread) --------------------------------------------------------

    @property
    def status(self) -> Status:
        return self._status

    def pause(self) -> None:
        self._paused = True
        self._set(State.PAUSED)
        self._wake.set()

    def resume(self) -> None:
        self._paused = False
        self._auth_token = None
        self._wake.set()

    def reconsider(self) -> None:
        """The settings or the token changed: try again now, unless paused by the user."""
        self._failures = 0
        self._wake.set()

    def send_now(self) -> None:
        """Skip the current wait: try again at once."""
        self._paused = False
        self._failures = 0
        self._wake.set()

    def start(self) -> None:
        self._stopping = False
        super().start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Stop within ``timeout``: a request in flight is abandoned and its client
        closed (the record stays queued and is sent again later)."""
        self._stopping = True
        self._wake.set()
        client = self._client
        if client is not None:
            client.close()
        stopped = super().stop(timeout)
        self._client = None
        return stopped

    # -- the loop -----------------------------------------------------------------------

    def _set(self, state: str, detail: Said | None = None, retry_at: float | None = None) -> None:
        before = self._status
        self._status = Status(
            state,
            str(detail) if detail is not None else "",
            retry_at,
            before.sent,
            before.problem,
            detail,
            before.problem_said,
        )

    def _wait(self, stop: threading.Event, seconds: float) -> None:
        self._wake.clear()
        deadline = time.monotonic() + seconds
        while not stop.is_set() and not self._wake.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._wake.wait(min(left, 0.2))

    def _run(self, stop: threading.Event) -> None:
        pruned = -POLICY_CHECK_S  # the history's kept bytes: at start, then when due
        while not stop.is_set():
            try:
                if time.monotonic() - pruned >= POLICY_CHECK_S:
                    pruned = time.monotonic()
                    self.history.prune()
                pause_s = self.step()
            except Exception:  # the engine must keep going; the record stays queued
                log.exception("upload engine step failed")
                self._failures += 1
                pause_s = self.backoff.delay(self._failures)
            if pause_s:
                self._wait(stop, pause_s)
        if self.lock is not None:
            self.lock.release()
        self._set(State.STOPPED)

    def step(self) -> float:
        """One attempt; returns how long to wait before the next (0: go on)."""
        if self._stopping:
            return 0.0
        if not self.opted_in():
            self._close_client()
            self._set(
                State.OPTED_OUT,
                said(QT_TRANSLATE_NOOP("Upload", "Send Instrument Performance Data is off")),
            )
            return self.idle_poll_s
        if self._paused:
            self._set(State.PAUSED)
            return self.idle_poll_s
        token = self.token()
        if self._auth_token is not None and token == self._auth_token:
            return self.idle_poll_s  # still the refused token: wait for a new one
        self._auth_token = None
        config = self.config()
        if config is None or not config.endpoint:
            self._set(
                State.NOT_CONFIGURED,
                said(QT_TRANSLATE_NOOP("Upload", "no receiver address is set (setting: endpoint)")),
            )
            return self.idle_poll_s
        pending = self.spool.pending()
        if not pending:
            self._set(State.IDLE)
            if time.monotonic() - self._policy_checked > POLICY_CHECK_S:
                self._policy_checked = time.monotonic()
                self.spool.enforce_policy()
            return self.idle_poll_s
        if self.lock is not None and not self.lock.acquire():
            holder = self.lock.holder()
            self._set(
                State.ELSEWHERE,
                said(
                    QT_TRANSLATE_NOOP(
                        "Upload",
                        "another Proactive Companion (process {process}) is sending this "
                        "queue; this one waits and sends nothing",
                    ),
                    process=holder,
                )
                if holder
                else said(
                    QT_TRANSLATE_NOOP(
                        "Upload",
                        "another Proactive Companion is sending this queue; this one waits "
                        "and sends nothing",
                    )
                ),
            )
            return self.idle_poll_s
        record = pending[0]
        try:
            sealed = self.spool.read(record)
        except RecordUnreadableError as exc:
            self.spool.quarantine(record, str(exc))
            log.warning("quarantined spool record %s: %s", record.path.name, exc)
            return 0.0
        if not sealed.opted_in:  # queued by an older version, or by hand
            self.spool.park(record, SEALED_WHILE_OFF)
            return 0.0
        self._set(
            State.SENDING, said(QT_TRANSLATE_NOOP("Upload", "{count} waiting"), count=len(pending))
        )
        return self._send(config, token, record, sealed)

    def _client_for(self, config: TransportConfig) -> httpx.Client:
        if self._client is None or self._client.is_closed or self._client_config != config:
            self._close_client()
            self._client = make_client(config)
            self._client_config = config
            self._sockets = Sockets()
        return self._client

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _retry_later(self, detail: Said, seconds: float | None = None) -> float:
        self._failures += 1
        self._status = replace(self._status, problem=str(detail), problem_said=detail)
        wait = seconds if seconds is not None else self.backoff.delay(self._failures)
        self._set(State.WAITING, detail, time.time() + wait)
        return wait

    def _send(
        self, config: TransportConfig, token: str | None, record: Record, sealed: SealedPayload
    ) -> float:
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": sealed.payload_id,
            "Content-Digest": content_digest(sealed.data),
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        url = config.endpoint.rstrip("/") + PATH
        outcome = post_within(
            self._client_for(config),
            self._sockets,
            url,
            sealed.data,
            headers,
            config.deadline_s,
            lambda: self._stopping,
        )
        if outcome is None:  # stopping: the request was abandoned, the record stays queued
            return 0.0
        if isinstance(outcome, Exception):
            self._close_client()
            return self._retry_later(describe_transport_error(outcome))
        answer = outcome
        code = answer.status_code
        if 200 <= code < 300:
            try:
                receipt = read_receipt(
                    code,
                    answer.headers.get("Content-Type", ""),
                    answer.body,
                    sealed.payload_id,
                    sealed.sha256,
                    cut=answer.cut,
                )
            except ReceiptError as exc:
                self._close_client()  # whatever answered, start afresh next time
                return self._retry_later(exc.said)
            return self._delivered(record, sealed, receipt, url)
        if code in PERMANENT:
            reason = f"the receiver refused it for good (HTTP {code}: {answer.reason_phrase})"
            self.spool.park(record, reason)
            return 0.0
        if code in AUTH:
            self._auth_token = token or ""
            self._set(
                State.AUTH_NEEDED,
                said(
                    QT_TRANSLATE_NOOP(
                        "Upload",
                        "the receiver refused the instrument token (HTTP {code}); set a new "
                        "one: proactive-gui config set-secret token",
                    ),
                    code=code,
                ),
            )
            return self.idle_poll_s
        if code in THROTTLED:
            wait = retry_after(
                answer.headers.get("Retry-After"), time.time(), answer.headers.get("Date")
            )
            return self._retry_later(
                said(
                    QT_TRANSLATE_NOOP("Upload", "the receiver asked to wait (HTTP {code})"),
                    code=code,
                ),
                wait,
            )
        if 300 <= code < 400:
            return self._retry_later(_redirected(code, answer))
        return self._retry_later(
            said(QT_TRANSLATE_NOOP("Upload", "the receiver failed (HTTP {code})"), code=code)
        )

    def _delivered(
        self, record: Record, sealed: SealedPayload, receipt: dict[str, Any], url: str
    ) -> float:
        now = time.time()
        audit = describe(sealed.data)
        delivery = Delivery(
            payload_id=sealed.payload_id,
            sha256=sealed.sha256,
            size=sealed.size,
            kind=sealed.kind,
            sealed_at=sealed.created_at,
            sent_at=_utc(now),
            receipt=receipt,
            run=audit.run,
            instrument=audit.instrument,
            destination=destination(url),
            summary=audit.summary,
        )
        self.history.record(delivery, sealed.data, self.spool.encrypt)  # bytes, then line
        self.spool.delete(record)
        self._failures = 0
        self._status = replace(
            self._status, sent=self._status.sent + 1, problem="", problem_said=None
        )
        return 0.0


def _redirected(code: int, answer: Answer) -> Said:
    """A redirect, for people: uploads never follow one (the payload would go elsewhere)."""
    try:
        host = urlsplit(answer.headers.get("Location", "")).hostname
    except ValueError:  # not even a URL
        host = None
    if host:
        return said(
            QT_TRANSLATE_NOOP(
                "Upload",
                "the receiver redirected the upload to {host} (HTTP {code}); uploads never "
                "follow a redirect: check the endpoint setting, or a captive portal or web "
                "filter in the way",
            ),
            host=host,
            code=code,
        )
    return said(
        QT_TRANSLATE_NOOP(
            "Upload",
            "the receiver redirected the upload (HTTP {code}); uploads never follow a "
            "redirect: check the endpoint setting, or a captive portal or web filter in the way",
        ),
        code=code,
    )
