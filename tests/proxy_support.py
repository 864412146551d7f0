"""Real proxies for the tests: Debian's squid (the squid-openssl build, whose one binary
also bumps TLS) on loopback, started and stopped by the tests.

One squid serves three ports: ``plain`` (a CONNECT proxy without authentication),
``auth`` (Basic authentication against an htpasswd file) and ``bump`` (it inspects TLS:
each tunnel is decrypted and re-signed with its own CA, as a hospital's inspecting
proxy does). It resolves names from a hosts file of its own, so the tests can name a
receiver (``receiver.internal``) that only the proxy resolves, as in a hospital where
the PC's DNS knows no outside names. Tunnels to ``blocked.internal`` are refused by
its rules. Its DNS server is set to loopback: it never asks another.

Without the squid binary the tests that need it are skipped, with the reason, except
where the environment variable CI is set: there they fail.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

SQUID = shutil.which("squid") or "/usr/sbin/squid"
CERTGEN = "/usr/lib/squid/security_file_certgen"
NCSA_AUTH = "/usr/lib/squid/basic_ncsa_auth"
NTLM_FAKE_AUTH = "/usr/lib/squid/ntlm_fake_auth"  # takes any NTLM user: the handshake is real
KERBEROS_AUTH = "/usr/lib/squid/negotiate_kerberos_auth"
KDB5_UTIL, KADMIN, KRB5KDC = "/usr/sbin/kdb5_util", "/usr/sbin/kadmin.local", "/usr/sbin/krb5kdc"
REALM = "LAB.TEST"
KERBEROS_USER, KERBEROS_PASSWORD = "tech", "tech-pw-krb"
PACKAGES = "squid-openssl (and openssl)"

USER, PASSWORD = "lab", "pw-9z-squid"
RECEIVER_NAME = "receiver.internal"  # only the proxy resolves it
BLOCKED_NAME = "blocked.internal"  # the proxy's rules refuse tunnels to it


def require_squid() -> None:
    """Skip (fail under CI) when squid, its helpers or openssl are missing."""
    missing = [
        name
        for name in (SQUID, CERTGEN, NCSA_AUTH, NTLM_FAKE_AUTH)
        if not (Path(name).is_file() and os.access(name, os.X_OK))
    ]
    if shutil.which("openssl") is None:
        missing.append("openssl")
    if not missing:
        return
    reason = f"needs Debian's {PACKAGES}: missing {', '.join(missing)}"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass(frozen=True)
class Squid:
    plain: int  # the ports
    auth: int
    bump: int
    bump_ca: Path  # the inspecting CA's certificate (PEM), as IT would hand it out
    folder: Path

    def url(self, port: int, user: str | None = None) -> str:
        return f"http://{user}@127.0.0.1:{port}" if user else f"http://127.0.0.1:{port}"

    def log(self) -> str:
        parts = []
        for name in ("cache.log", "access.log"):
            with_log = self.folder / "logs" / name
            if with_log.exists():
                parts.append(with_log.read_text(errors="replace")[-4000:])
        return "\n".join(parts)


def _free_ports(count: int) -> list[int]:
    sockets = [socket.create_server(("127.0.0.1", 0)) for _ in range(count)]
    try:
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _config(folder: Path, ports: list[int], upstream_ca: Path, scheme: str, kdc: Kdc | None) -> str:
    plain, auth_port, bump = ports
    logs = folder / "logs"
    if scheme == "ntlm":
        auth = f"auth_param ntlm program {NTLM_FAKE_AUTH}\nauth_param ntlm children 2"
    elif scheme == "negotiate":
        assert kdc is not None
        auth = (
            f"auth_param negotiate program {KERBEROS_AUTH} -k {kdc.keytab} -s {kdc.service}\n"
            "auth_param negotiate children 2\nauth_param negotiate keep_alive on"
        )
    else:
        auth = (
            f"auth_param basic program {NCSA_AUTH} {folder / 'passwd'}\n"
            "auth_param basic realm proactive-test"
        )
    return f"""
http_port 127.0.0.1:{plain} name=plain
http_port 127.0.0.1:{auth_port} name=auth
http_port 127.0.0.1:{bump} name=bump ssl-bump tls-cert={folder / "bump.pem"} generate-host-certificates=on dynamic_cert_mem_cache_size=4MB
sslcrtd_program {CERTGEN} -s {logs / "ssl_db"} -M 4MB
sslcrtd_children 2 startup=1 idle=1
tls_outgoing_options cafile={upstream_ca}
pid_filename {logs / "squid.pid"}
cache_log {logs / "cache.log"}
access_log {logs / "access.log"}
coredump_dir {logs}
cache deny all
cache_mem 8 MB
hosts_file {folder / "hosts"}
dns_nameservers 127.0.0.1
dns_timeout 2 seconds
netdb_filename none
pinger_enable off
shutdown_lifetime 0 seconds
forwarded_for delete
{auth}
acl on_plain myportname plain
acl on_auth myportname auth
acl on_bump myportname bump
acl users proxy_auth REQUIRED
acl blocked dstdomain {BLOCKED_NAME}
acl step1 at_step SslBump1
http_access deny blocked
http_access allow on_plain
http_access allow on_bump
http_access allow on_auth users
http_access deny all
ssl_bump peek step1
ssl_bump bump all
"""


@contextmanager
def running_squid(
    upstream_ca: Path, scheme: str = "basic", kdc: Kdc | None = None
) -> Iterator[Squid]:
    """squid on three loopback ports; ``upstream_ca``: the receivers' CA, which the
    inspecting port trusts when it connects on to them; ``scheme``: what the ``auth``
    port asks for: basic (an htpasswd file), ntlm (squid's fake helper, which takes any
    user) or negotiate (Kerberos against ``kdc``)."""
    require_squid()
    # squid run by root drops to the user "proxy": its files must be readable by it,
    # which pytest's own temporary folders (mode 700) are not
    folder = Path(tempfile.mkdtemp(prefix="proactive-squid-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        folder.chmod(0o755)
        logs = folder / "logs"
        logs.mkdir()
        shutil.copy(upstream_ca, folder / "upstream-ca.pem")
        (folder / "hosts").write_text(
            f"127.0.0.1 {RECEIVER_NAME}\n127.0.0.1 {BLOCKED_NAME}\n", encoding="ascii"
        )
        hashed = subprocess.run(
            ["openssl", "passwd", "-1", PASSWORD], capture_output=True, text=True, check=True
        ).stdout.strip()
        (folder / "passwd").write_text(f"{USER}:{hashed}\n", encoding="ascii")
        ca = trustme.CA(organization_name="Hospital Inspection")
        (folder / "bump.pem").write_bytes(ca.cert_pem.bytes() + ca.private_key_pem.bytes())
        ca.cert_pem.write_to_path(str(folder / "bump-ca.pem"))
        subprocess.run(
            [CERTGEN, "-c", "-s", str(logs / "ssl_db"), "-M", "4MB"],
            capture_output=True,
            check=True,
        )
        for path in folder.iterdir():
            path.chmod(0o755 if path.is_dir() else 0o644)
        (folder / "bump.pem").chmod(0o640)
        if os.geteuid() == 0:
            proxy_user = pwd.getpwnam("proxy")
            for path in (logs, *logs.rglob("*")):
                os.chown(path, proxy_user.pw_uid, proxy_user.pw_gid)
            os.chown(folder / "bump.pem", 0, proxy_user.pw_gid)
        ports = _free_ports(3)
        config = folder / "squid.conf"
        config.write_text(
            _config(folder, ports, folder / "upstream-ca.pem", scheme, kdc), encoding="ascii"
        )
        process = subprocess.Popen(
            [SQUID, "-N", "-f", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, **(kdc.env if kdc else {})},  # its helpers read the realm
        )
        squid = Squid(*ports, bump_ca=folder / "bump-ca.pem", folder=folder)
        _wait_until_listening(process, squid)
        yield squid
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
            if process.stderr is not None:
                process.stderr.close()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_until_listening(process: subprocess.Popen[bytes], squid: Squid) -> None:
    ends = time.monotonic() + 15
    while time.monotonic() < ends:
        if process.poll() is not None:
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"squid exited ({process.returncode}): {error}\n{squid.log()}")
        try:
            for port in (squid.plain, squid.auth, squid.bump):
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            time.sleep(0.1)
            continue
        return
    raise RuntimeError(f"squid did not listen within 15 s\n{squid.log()}")


def pac_for(proxy_port: int, domain: str = ".internal") -> str:
    """A PAC file that sends hosts under ``domain`` to the proxy on loopback, the rest
    direct, as a hospital's does."""
    return (
        "function FindProxyForURL(url, host) {\n"
        f'  if (dnsDomainIs(host, "{domain}")) return "PROXY 127.0.0.1:{proxy_port}; DIRECT";\n'
        '  return "DIRECT";\n'
        "}\n"
    )


@contextmanager
def serving_pac(text: str | None) -> Iterator[str]:
    """An HTTP server on loopback with ``text`` at /proxy.pac (None: 404); yields the
    PAC file's URL. The app's PAC cache is emptied before and after."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from proactive_gui.uplink.proxy_pac import forget

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = (text or "").encode()
            self.send_response(200 if text is not None and self.path == "/proxy.pac" else 404)
            self.send_header("Content-Type", "application/x-ns-proxy-autoconfig")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    forget()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/proxy.pac"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        forget()


# -- a Kerberos realm on loopback, for Negotiate -------------------------------------------


def require_kerberos() -> None:
    """Skip (fail under CI) without MIT Kerberos' KDC and pyspnego's Kerberos support."""
    missing = [
        name for name in (KDB5_UTIL, KADMIN, KRB5KDC, KERBEROS_AUTH) if not Path(name).exists()
    ]
    try:
        import gssapi  # noqa: F401
        import krb5  # noqa: F401
    except ImportError:
        missing.append("the Python packages gssapi and krb5 (pyspnego[kerberos])")
    if not missing:
        return
    reason = (
        f"needs krb5-kdc, krb5-admin-server and pyspnego[kerberos]: missing {', '.join(missing)}"
    )
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass(frozen=True)
class Kdc:
    folder: Path
    port: int
    keytab: Path  # the proxy's service key: HTTP/127.0.0.1
    service: str

    @property
    def env(self) -> dict[str, str]:
        """For every process of the realm: its krb5.conf, its own ticket cache."""
        return {
            "KRB5_CONFIG": str(self.folder / "krb5.conf"),
            "KRB5_KDC_PROFILE": str(self.folder / "kdc.conf"),
            "KRB5CCNAME": f"FILE:{self.folder / 'ccache'}",
        }


@contextmanager
def running_kdc() -> Iterator[Kdc]:
    """A Kerberos realm (LAB.TEST) with its KDC on a loopback port, the user
    ``tech`` and the proxy's service principal HTTP/127.0.0.1 in a keytab."""
    require_kerberos()
    folder = Path(tempfile.mkdtemp(prefix="proactive-kdc-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        folder.chmod(0o755)
        port = _free_ports(1)[0]
        (folder / "krb5.conf").write_text(
            f"""[libdefaults]
  default_realm = {REALM}
  dns_lookup_kdc = false
  dns_lookup_realm = false
  rdns = false
  dns_canonicalize_hostname = false
  udp_preference_limit = 1
[realms]
  {REALM} = {{
    kdc = 127.0.0.1:{port}
  }}
""",
            encoding="ascii",
        )
        (folder / "kdc.conf").write_text(
            f"""[kdcdefaults]
  kdc_ports = {port}
  kdc_tcp_ports = {port}
[realms]
  {REALM} = {{
    database_name = {folder / "principal"}
    key_stash_file = {folder / "stash"}
    acl_file = {folder / "kadm5.acl"}
  }}
[logging]
  kdc = FILE:{folder / "kdc.log"}
""",
            encoding="ascii",
        )
        kdc = Kdc(folder, port, folder / "http.keytab", f"HTTP/127.0.0.1@{REALM}")
        env = {**os.environ, **kdc.env}

        def admin(*args: str) -> None:
            subprocess.run(args, env=env, capture_output=True, check=True, timeout=30)

        admin(KDB5_UTIL, "create", "-s", "-r", REALM, "-P", "master-pw-for-tests")
        admin(KADMIN, "-q", f"addprinc -pw {KERBEROS_PASSWORD} {KERBEROS_USER}")
        admin(KADMIN, "-q", "addprinc -randkey HTTP/127.0.0.1")
        admin(KADMIN, "-q", f"ktadd -k {kdc.keytab} HTTP/127.0.0.1")
        kdc.keytab.chmod(0o644)  # squid's helper runs as the user proxy; a test key
        process = subprocess.Popen(
            [KRB5KDC, "-n"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        ends = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > ends or process.poll() is not None:
                    raise RuntimeError("the KDC did not start") from None
                time.sleep(0.05)
        yield kdc
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
