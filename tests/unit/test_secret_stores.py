"""Where secrets are kept, said exactly: the OS keyring; a keyring backend that is a
file (keyrings.alt), said to be one; the app's own file, readable only by the user,
for PCs without a keyring (``secret_store = file``, as ``spool_key_store = file``);
or nowhere. Keyring entries belong to one app home, and an entry under the old fixed
name is moved to the home's own. Messages say what to do, never an exception's class.

Only the OS keyring is stood in for (conftest's MemoryKeyring); the keyrings without an
OS keyring (fail, null, chainer, keyrings.alt's files) are the real backends."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import socket
import stat
import subprocess
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from proactive_gui.cli import main
from proactive_gui.netcheck.checks import FAIL, WARN, Checker, Inputs
from proactive_gui.netcheck.report import as_text
from proactive_gui.paths import app_paths
from proactive_gui.secrets import (
    APP_FILE,
    LEGACY_SERVICE,
    NOWHERE,
    OS_KEYRING,
    PLAINTEXT_FILE_KEYRING,
    KeyringUnavailableError,
    delete_secret,
    keyring_place,
    load_secret,
    service_for,
    store_secret,
)
from proactive_gui.settings import Settings
from proactive_gui.uplink.keys import SpoolKeyError, load_spool_key, where_kept
from proactive_gui.uplink.setup import key_file, open_uplink, secret
from tests.conftest import PYTHON, MemoryKeyring, subprocess_env

TOKEN = "tok_5e1d9b3a7c2f4e6d8a0b"
PROXY_PASSWORD = "pw-4q8r2t"
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception|Keyring|Locked)\b")


def _setting(key: str, value: str) -> None:
    Settings.load(app_paths().settings_file).set(key, value)


def _plaintext_keyring(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # not the user's own
    keyring.set_keyring(backend)  # conftest's fixture puts the memory keyring back
    return backend


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- without an OS keyring: the app's own file -------------------------------------------


def test_without_a_keyring_the_token_goes_to_a_file_only_the_user_can_read(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    app_home: Path,
) -> None:
    keyring.set_keyring(fail.Keyring())  # a PC with no keyring at all
    caplog.set_level("DEBUG")
    assert main(["config", "set", "secret_store", "file"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert main(["config", "set-secret", "token"]) == 0
    out = capsys.readouterr()
    file = app_paths().config_dir / "secrets.json"
    assert "stored" in out.out and str(file) in out.out and "not the OS keyring" in out.out
    assert "not in the OS keyring" in out.err  # a warning: a weaker place
    assert json.loads(file.read_text()) == {"token": TOKEN}
    if os.name == "posix":
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert secret("token") == TOKEN  # what the upload engine sends
    for path in app_home.rglob("*"):
        if path.is_file() and path != file:
            assert TOKEN not in path.read_text(errors="replace"), path
    assert TOKEN not in out.out + out.err + caplog.text


def test_the_proxy_password_shares_the_file_and_each_can_be_removed() -> None:
    keyring.set_keyring(fail.Keyring())
    _setting("secret_store", "file")
    file = app_paths().config_dir / "secrets.json"
    store_secret("token", TOKEN)
    store_secret("proxy_password", PROXY_PASSWORD)
    assert load_secret("proxy_password") == PROXY_PASSWORD
    assert delete_secret("token") and not delete_secret("token")
    assert json.loads(file.read_text()) == {"proxy_password": PROXY_PASSWORD}
    assert delete_secret("proxy_password")
    assert not file.exists() and load_secret("token") is None


def test_the_file_store_is_said_to_be_a_file_and_weaker() -> None:
    _setting("secret_store", "file")
    place = where_kept("token")
    file = app_paths().config_dir / "secrets.json"
    assert (place.kind, place.path, place.weaker) == (APP_FILE, file, True)
    assert place.sentence == (f"In a file readable only by this user, not the OS keyring: {file}")
    assert where_kept("proxy_password") == place
    _setting("spool_key_store", "file")
    assert where_kept("spool_key").path == key_file(app_paths())
    assert where_kept("spool_key").kind == APP_FILE


def test_a_damaged_secrets_file_is_said_so_without_its_contents() -> None:
    _setting("secret_store", "file")
    file = app_paths().config_dir / "secrets.json"
    file.write_text(f"{{not json {TOKEN}")
    with pytest.raises(KeyringUnavailableError) as caught:
        load_secret("token")
    assert str(file) in str(caught.value) and "damaged" in str(caught.value)
    assert TOKEN not in str(caught.value)
    assert secret("token") is None  # the engine: no token, not a crash


def test_a_real_process_without_a_keyring_keeps_the_token_in_the_file(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path / "home")  # the keyring backend that refuses

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "proactive_gui", *args],
            input=stdin, capture_output=True, text=True, env=env, timeout=60,
        )  # fmt: skip

    refused = cli("config", "set-secret", "token", stdin=TOKEN + "\n")
    assert refused.returncode == 1
    assert "proactive-gui config set secret_store file" in refused.stderr
    assert cli("config", "set", "secret_store", "file").returncode == 0
    assert cli("config", "set", "spool_key_store", "file").returncode == 0
    stored = cli("config", "set-secret", "token", stdin=TOKEN + "\n")
    assert stored.returncode == 0, stored.stderr
    status = cli("status")
    assert status.returncode == 0, status.stderr
    file = tmp_path / "home" / "config" / "secrets.json"
    assert (
        "Instrument token: stored (weaker than the OS keyring). In a file readable only by "
        f"this user, not the OS keyring: {file}"
    ) in status.stdout
    assert "Spool key: stored (weaker than the OS keyring). In a file" in status.stdout
    report = json.loads(cli("status", "--json").stdout)["secrets"]
    assert report["token"]["kind"] == APP_FILE and report["token"]["path"] == str(file)
    for result in (refused, stored, status):
        assert TOKEN not in result.stdout + result.stderr


# -- keyrings that are files, or nothing -------------------------------------------------


def test_keyrings_alt_plaintext_is_reported_as_a_file_not_the_os_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = _plaintext_keyring(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert main(["config", "set-secret", "token"]) == 0
    out = capsys.readouterr().out
    assert "stored in the OS keyring" not in out
    assert f"In a file, not the OS keyring: {backend.file_path}" in out
    for name in ("token", "spool_key"):
        place = where_kept(name)
        assert place.kind == PLAINTEXT_FILE_KEYRING and place.weaker
        assert place.path == Path(backend.file_path)
        assert place.backend == "keyrings.alt.file.PlaintextKeyring"
    # the token is there, base64 in a file: the very reason to say so
    assert base64.b64encode(TOKEN.encode()).decode() in Path(backend.file_path).read_text()


def test_the_check_warns_of_a_keyring_that_is_a_file(tmp_path: Path) -> None:
    backend = _plaintext_keyring(tmp_path)
    checker = Checker(Inputs(endpoint="https://receiver.example", key_store="keyring"))
    results = [checker.token_store(), checker.key_store()]
    assert [r.verdict for r in results] == [WARN, WARN]
    for result in results:
        assert result.evidence["where"] == "a file, not the OS keyring"
        assert result.evidence["kind"] == PLAINTEXT_FILE_KEYRING
        assert result.evidence["path"] == backend.file_path
        assert "not in the OS keyring" in result.remedy
    text = as_text(results)
    assert "where: OS keyring" not in text and "WARN  Spool key storage" in text


def test_the_cli_check_says_where_each_secret_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = f"https://127.0.0.1:{_free_port()}"  # nothing answers: the network fails fast
    assert main(["check", "--endpoint", endpoint, "--proxy", "none"]) == 1
    memory = capsys.readouterr().out
    assert "PASS  Token storage (0 ms)  where: OS keyring, kind: os_keyring" in memory
    assert "PASS  Spool key storage (0 ms)  where: OS keyring, kind: os_keyring" in memory
    backend = _plaintext_keyring(tmp_path)
    assert main(["check", "--endpoint", endpoint, "--proxy", "none"]) == 1
    plain = capsys.readouterr().out
    assert (
        "WARN  Spool key storage (0 ms)  where: a file, not the OS keyring, kind: "
        f"plaintext_file_keyring, file: {backend.file_path}"
    ) in plain
    assert "WARN  Token storage" in plain


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring()],
    ids=["fail", "null"],
)
def test_a_keyring_that_keeps_nothing_is_nowhere_and_refuses(backend: object) -> None:
    assert isinstance(backend, keyring.backend.KeyringBackend)
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailableError):
        store_secret("token", TOKEN)  # the null keyring would drop it without a word
    with pytest.raises(SpoolKeyError):
        load_spool_key("keyring", key_file(app_paths()))  # a key that vanishes: refused
    assert where_kept("token").kind == NOWHERE and where_kept("spool_key").kind == NOWHERE
    checker = Checker(Inputs(endpoint="https://receiver.example"))
    assert checker.token_store().verdict == FAIL
    assert "config set secret_store file" in checker.token_store().remedy


def test_a_chainer_is_what_it_chains(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert keyring_place(backend=chainer.ChainerBackend()).kind == NOWHERE
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "k.cfg")
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, MemoryKeyring()])
    assert keyring_place(backend=chainer.ChainerBackend()).kind == PLAINTEXT_FILE_KEYRING
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), plain])
    assert keyring_place(backend=chainer.ChainerBackend()).kind == OS_KEYRING


def test_keyrings_alt_encrypted_file_is_a_file_too(tmp_path: Path) -> None:
    # built without its __init__, which needs pycryptodome: only its class is looked at
    encrypted = EncryptedKeyring.__new__(EncryptedKeyring)
    encrypted.file_path = str(tmp_path / "crypted_pass.cfg")
    place = keyring_place(backend=encrypted)
    assert place.kind == PLAINTEXT_FILE_KEYRING and place.path == tmp_path / "crypted_pass.cfg"


def test_the_os_keyring_is_said_to_be_one() -> None:
    place = where_kept("token")
    assert (place.kind, place.sentence, place.weaker) == (OS_KEYRING, "In the OS keyring.", False)


# -- one set of entries per app home -----------------------------------------------------


def test_two_app_homes_keep_their_own_token_and_spool_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv("PROACTIVE_GUI_HOME", str(tmp_path / "first"))
    store_secret("token", TOKEN)
    first_key = load_spool_key("keyring", key_file(app_paths()))
    monkeypatch.setenv("PROACTIVE_GUI_HOME", str(tmp_path / "second"))
    assert load_secret("token") is None
    assert load_spool_key("keyring", key_file(app_paths())).key != first_key.key
    monkeypatch.setenv("PROACTIVE_GUI_HOME", str(tmp_path / "first"))
    assert load_secret("token") == TOKEN
    assert load_spool_key("keyring", key_file(app_paths())).key == first_key.key
    services = {service for service, _ in memory_keyring.passwords}
    assert len(services) == 2 and LEGACY_SERVICE not in services


def test_the_service_name_is_stable_for_a_home_and_short(tmp_path: Path) -> None:
    config = tmp_path / "home" / "config"
    assert service_for(config) == service_for(tmp_path / "home" / "." / "config")
    assert service_for(config) != service_for(tmp_path / "other" / "config")
    assert re.fullmatch(r"proactive-gui-[0-9a-f]{12}", service_for(config))


def test_entries_under_the_old_fixed_name_are_moved_to_the_homes_own(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    old_key = base64.b64encode(bytes(range(32))).decode()
    memory_keyring.passwords[(LEGACY_SERVICE, "token")] = TOKEN
    memory_keyring.passwords[(LEGACY_SERVICE, "spool_key")] = old_key
    memory_keyring.passwords[(LEGACY_SERVICE, "proxy_password")] = PROXY_PASSWORD
    service = service_for(app_paths().config_dir)
    assert secret("token") == TOKEN  # an existing install keeps its token
    assert load_spool_key("keyring", key_file(app_paths())).key == bytes(range(32))  # and key
    assert (LEGACY_SERVICE, "token") not in memory_keyring.passwords  # moved, not copied
    assert (LEGACY_SERVICE, "spool_key") not in memory_keyring.passwords
    assert memory_keyring.passwords == {
        (service, "token"): TOKEN,
        (service, "spool_key"): old_key,
        (LEGACY_SERVICE, "proxy_password"): PROXY_PASSWORD,  # moved when it is first read
    }
    assert secret("token") == TOKEN  # from the new entry now
    assert delete_secret("proxy_password")  # removing one not moved yet removes it
    assert load_secret("proxy_password") is None
    assert TOKEN not in caplog.text and old_key not in caplog.text


# -- messages in words -------------------------------------------------------------------


class LockedKeyring(MemoryKeyring):
    """An OS keyring that is there but locked, as Secret Service is before login."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["none", "locked"])
def test_messages_say_what_to_do_without_class_names(backend: object) -> None:
    assert isinstance(backend, keyring.backend.KeyringBackend)
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailableError) as stored:
        store_secret("token", TOKEN)
    with pytest.raises(KeyringUnavailableError) as loaded:
        load_secret("token")
    with pytest.raises(SpoolKeyError) as key:
        load_spool_key("keyring", key_file(app_paths()))
    shown = open_uplink(app_paths().settings_file, app_paths()).problem  # the window's text
    for message, setting in (
        (str(stored.value), "secret_store"),
        (str(loaded.value), "secret_store"),
        (str(key.value), "spool_key_store"),
        (shown, "spool_key_store"),
    ):
        assert message.startswith("no OS keyring is available"), message
        assert f"proactive-gui config set {setting} file" in message, message
        assert not CLASS_NAME.search(message), message
        assert "unlock" in message and TOKEN not in message


def test_the_messages_keep_their_untranslated_template() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailableError) as caught:
        store_secret("token", TOKEN)
    assert "{setting}" in caught.value.template
    assert caught.value.values == {"setting": "secret_store"}
