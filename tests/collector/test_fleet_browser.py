"""The fleet page in a real browser: headless Chromium (Debian's, driven by selenium)
opens ``/fleet`` over TLS with the admin token, sees every instrument worst first, and
drills down to one instrument's alerts and its latest payload's fields with their what and
why. Screenshots are saved next to the test's files (``fleet.png``, ``instrument.png``)."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from proactive_gui.collector.server import Collector
from proactive_gui.collector.storage import SqliteStore
from tests.collector_support import (
    ADMIN,
    client,
    need,
    payload,
    running_receiver,
    scenario_payload,
    send,
)
from tests.uplink_support import Certificates

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DRIVER = ("chromedriver", "/usr/lib/chromium/chromedriver")


def _first(names: tuple[str, ...]) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


def _spki(certificate: Path) -> str:
    """The base64 SHA-256 of the server key, which this browser alone is told to trust."""
    cert = x509.load_pem_x509_certificate(certificate.read_bytes())
    key = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(key).digest()).decode()


@pytest.fixture
def browser(certs: Certificates, tmp_path: Path) -> Iterator[object]:
    binary, driver_binary = _first(CHROMIUM), _first(DRIVER)
    need("chromium", binary)
    need("chromium-driver", driver_binary)
    need("selenium (pip: the test extra)", importlib.util.find_spec("selenium"))
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(binary)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--ignore-certificate-errors-spki-list={_spki(certs.cert)}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_binary))
    try:
        yield driver
    finally:
        driver.quit()


def _fleet(certs: Certificates, receiver: Collector) -> None:
    """A small fleet: the shared run folders' instruments and demo instruments in trouble."""
    items = [payload(template=n) for n in range(7)]
    items += [
        scenario_payload("flow-cell-heater-failure", "DEMO-HEAT-01"),
        scenario_payload("fluidics-clog", "DEMO-CLOG-02"),
        scenario_payload("laser-decay", "DEMO-LASER-03"),
    ]
    with client(certs) as http:
        for item in items:
            assert send(http, receiver.url, item).status_code == 201


@pytest.mark.slow
def test_the_fleet_page_shows_every_instrument_and_drills_down(
    certs: Certificates, tmp_path: Path, browser: object
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    store = SqliteStore(tmp_path / "db.sqlite3")
    with running_receiver(certs, store) as receiver:
        _fleet(certs, receiver)
        browser.get(f"{receiver.url}/fleet")  # no token yet: a Basic-auth prompt, no fleet
        assert "A00834" not in browser.page_source and browser.title != "Fleet"
        browser.execute_cdp_cmd("Network.enable", {})
        browser.execute_cdp_cmd(
            "Network.setExtraHTTPHeaders", {"headers": {"Authorization": f"Bearer {ADMIN}"}}
        )
        browser.get(f"{receiver.url}/fleet")
        assert browser.title == "Fleet"
        rows = browser.find_elements(By.CSS_SELECTOR, "#fleet tbody tr")
        serials = [row.get_attribute("data-serial") for row in rows]
        assert len(serials) == 10
        assert serials[0] == "DEMO-HEAT-01"  # the failing one first
        assert {"A00834", "D00251", "M00630", "M00612", "M01101", "SH00363", "VH00559"} <= set(
            serials
        )
        verdicts = {
            row.get_attribute("data-serial"): row.find_element(By.CSS_SELECTOR, ".verdict").text
            for row in rows
        }
        assert verdicts["DEMO-HEAT-01"] == "Failure" and verdicts["VH00559"] == "OK"
        assert browser.find_element(By.ID, "count-failure").text.startswith("1")
        browser.save_screenshot(str(tmp_path / "fleet.png"))

        browser.find_element(By.LINK_TEXT, "DEMO-HEAT-01").click()
        assert browser.title.startswith("DEMO-HEAT-01")
        alerts = browser.find_element(By.ID, "alerts").text
        assert "flowcell_temperature" in alerts and "failure band" in alerts
        fields = browser.find_element(By.ID, "fields").text
        assert "instrument_configuration.serial" in fields
        assert "Instrument serial number" in fields  # what it is, from the schema
        assert "service contract" in fields  # and why it is sent
        assert browser.find_elements(By.CSS_SELECTOR, "#history tbody tr")
        browser.save_screenshot(str(tmp_path / "instrument.png"))
        browser.find_element(By.LINK_TEXT, "← Fleet").click()
        assert browser.title == "Fleet"
    store.close()
    assert (tmp_path / "fleet.png").stat().st_size > 10_000
