"""The delivery lock: one process at a time, and it dies with its process."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from proactive_gui.oslock import DeliveryLock

HOLD = """
import sys, time
from pathlib import Path
from proactive_gui.oslock import DeliveryLock
lock = DeliveryLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
time.sleep(60)
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_second_process_cannot_take_the_lock_until_the_first_dies(tmp_path: Path) -> None:
    path = tmp_path / "spool" / "delivery.lock"
    child = _holder(path)
    try:
        mine = DeliveryLock(path)
        assert not mine.acquire()
        assert mine.holder() == child.pid
    finally:
        child.kill()  # killed, not released: the OS frees the lock
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()
    deadline = time.monotonic() + 5
    while not mine.acquire():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert mine.held
    mine.release()
    assert not mine.held


def test_the_lock_is_taken_again_by_its_own_holder_and_released(tmp_path: Path) -> None:
    lock = DeliveryLock(tmp_path / "delivery.lock")
    assert lock.acquire() and lock.acquire()
    other = DeliveryLock(tmp_path / "delivery.lock")
    lock.release()
    assert other.acquire()
    other.release()
