"""The readiness checks' words: stage titles (context Check), evidence labels (context
Evidence), remedies and worded evidence (context Netcheck), each an English template
marked for translation. A check keeps the template and its values in a ``Message``: the
terminal, the JSON and the exported report say it in English (``str``), the Network
page in the window's language; the values are data (host names, addresses, codes) and
stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from proactive_gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Netcheck"  # remedies and worded evidence
LABEL_CONTEXT = "Evidence"  # the evidence's labels, by JSON key
TITLE_CONTEXT = "Check"  # the stages' titles


@dataclass(frozen=True)
class Message:
    """A template marked for translation (context Netcheck) with its values."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:  # English, for IT: the terminal, the JSON, the report
        return self.template.format(**dict(self.values)) if self.values else self.template


def say(template: str, **values: object) -> Message:
    return Message(template, tuple(values.items()))


# The stages by id, in the order they run
TITLES = {
    "configuration": QT_TRANSLATE_NOOP("Check", "Configuration"),
    "proxy": QT_TRANSLATE_NOOP("Check", "Proxy"),
    "dns": QT_TRANSLATE_NOOP("Check", "DNS"),
    "tcp": QT_TRANSLATE_NOOP("Check", "Outbound connection"),
    "tls": QT_TRANSLATE_NOOP("Check", "TLS"),
    "tls_inspection": QT_TRANSLATE_NOOP("Check", "TLS inspection"),
    "http_auth": QT_TRANSLATE_NOOP("Check", "HTTP and authentication"),
    "clock": QT_TRANSLATE_NOOP("Check", "Clock"),
    "inbound": QT_TRANSLATE_NOOP("Check", "No inbound ports"),
    "token_store": QT_TRANSLATE_NOOP("Check", "Token storage"),
    "spool_key": QT_TRANSLATE_NOOP("Check", "Spool key storage"),
    "opt_in": QT_TRANSLATE_NOOP("Check", "Send Instrument Performance Data"),
}

# The window's label for each evidence key (the JSON keeps the key itself)
LABELS = {
    "endpoint": QT_TRANSLATE_NOOP("Evidence", "endpoint"),
    "token": QT_TRANSLATE_NOOP("Evidence", "token stored"),
    "host": QT_TRANSLATE_NOOP("Evidence", "host"),
    "addresses": QT_TRANSLATE_NOOP("Evidence", "addresses"),
    "error": QT_TRANSLATE_NOOP("Evidence", "error"),
    "proxy": QT_TRANSLATE_NOOP("Evidence", "proxy"),
    "from": QT_TRANSLATE_NOOP("Evidence", "from"),
    "bypassed": QT_TRANSLATE_NOOP("Evidence", "no proxy"),
    "target": QT_TRANSLATE_NOOP("Evidence", "target"),
    "answer": QT_TRANSLATE_NOOP("Evidence", "proxy's answer"),
    "asks_for": QT_TRANSLATE_NOOP("Evidence", "authentication asked for"),
    "auth_used": QT_TRANSLATE_NOOP("Evidence", "authentication sent"),
    "found_in": QT_TRANSLATE_NOOP("Evidence", "found in"),
    "pac": QT_TRANSLATE_NOOP("Evidence", "PAC file"),
    "pac_from": QT_TRANSLATE_NOOP("Evidence", "PAC file named by"),
    "pac_answer": QT_TRANSLATE_NOOP("Evidence", "PAC file's answer"),
    "user": QT_TRANSLATE_NOOP("Evidence", "proxy user"),
    "resolves_here": QT_TRANSLATE_NOOP("Evidence", "resolves on this PC"),
    "resolved_by": QT_TRANSLATE_NOOP("Evidence", "resolved by"),
    "via": QT_TRANSLATE_NOOP("Evidence", "via"),
    "ca_bundle": QT_TRANSLATE_NOOP("Evidence", "extra CA bundle"),
    "version": QT_TRANSLATE_NOOP("Evidence", "TLS version"),
    "cipher": QT_TRANSLATE_NOOP("Evidence", "cipher"),
    "issuer": QT_TRANSLATE_NOOP("Evidence", "issuer"),
    "subject": QT_TRANSLATE_NOOP("Evidence", "subject"),
    "days_until_expiry": QT_TRANSLATE_NOOP("Evidence", "days until the certificate expires"),
    "trust": QT_TRANSLATE_NOOP("Evidence", "trusted"),
    "trusted_through": QT_TRANSLATE_NOOP("Evidence", "trusted through"),
    "status": QT_TRANSLATE_NOOP("Evidence", "HTTP status"),
    "authenticated": QT_TRANSLATE_NOOP("Evidence", "authenticated"),
    "skew_s": QT_TRANSLATE_NOOP("Evidence", "clock difference (s)"),
    "listening": QT_TRANSLATE_NOOP("Evidence", "listening on"),
    "where": QT_TRANSLATE_NOOP("Evidence", "where"),
    "kind": QT_TRANSLATE_NOOP("Evidence", "kind"),
    "path": QT_TRANSLATE_NOOP("Evidence", "file"),
    "backend": QT_TRANSLATE_NOOP("Evidence", "keyring backend"),
    "opt_in": QT_TRANSLATE_NOOP("Evidence", "opt-in on"),
    "locked": QT_TRANSLATE_NOOP("Evidence", "locked by the IT policy"),
    "reason": QT_TRANSLATE_NOOP("Evidence", "reason"),
}

# -- worded evidence ---------------------------------------------------------------------

SKIP_AFTER = {  # a stage needs this one to have passed: named by its title
    "configuration": QT_TRANSLATE_NOOP("Netcheck", "the Configuration check did not pass"),
    "proxy": QT_TRANSLATE_NOOP("Netcheck", "the Proxy check did not pass"),
    "dns": QT_TRANSLATE_NOOP("Netcheck", "the DNS check did not pass"),
    "tcp": QT_TRANSLATE_NOOP("Netcheck", "the Outbound connection check did not pass"),
    "tls": QT_TRANSLATE_NOOP("Netcheck", "the TLS check did not pass"),
}
SKIP_NO_HTTP = QT_TRANSLATE_NOOP(
    "Netcheck", "the HTTP and authentication check was skipped, so no time was read"
)
SKIP_NO_TOKEN = QT_TRANSLATE_NOOP("Netcheck", "no instrument token is stored (see Configuration)")
SKIP_NO_TLS = QT_TRANSLATE_NOOP("Netcheck", "the TLS check did not run")
SKIP_TLS_OTHER = QT_TRANSLATE_NOOP("Netcheck", "the TLS check failed for another reason")
SKIP_NO_DATE = QT_TRANSLATE_NOOP("Netcheck", "the receiver sent no Date header")
SKIP_NO_ANSWER = QT_TRANSLATE_NOOP("Netcheck", "the receiver did not answer")
SKIP_NO_SOCKETS = QT_TRANSLATE_NOOP("Netcheck", "cannot list sockets on this system")

PROXY_NONE = QT_TRANSLATE_NOOP("Netcheck", "setting (none)")
PROXY_SYSTEM = QT_TRANSLATE_NOOP("Netcheck", "system (environment or OS settings)")
PROXY_SYSTEM_NONE = QT_TRANSLATE_NOOP("Netcheck", "system: none for this host")
PROXY_SETTING = QT_TRANSLATE_NOOP("Netcheck", "setting")
PROXY_PAC = QT_TRANSLATE_NOOP("Netcheck", "a PAC file")
PROXY_PAC_FAILED = QT_TRANSLATE_NOOP("Netcheck", "a PAC file that cannot be used: direct")
FOUND_IN_ENVIRONMENT = QT_TRANSLATE_NOOP("Netcheck", "environment variables (HTTPS_PROXY)")
FOUND_IN_WININET = QT_TRANSLATE_NOOP("Netcheck", "Windows Internet Options (WinINet, this user)")
FOUND_IN_WINHTTP = QT_TRANSLATE_NOOP("Netcheck", "Windows WinHTTP (this machine)")
FOUND_IN_MACOS = QT_TRANSLATE_NOOP("Netcheck", "macOS network settings")
PAC_NONE_FOUND = QT_TRANSLATE_NOOP(
    "Netcheck", "none found (in the OS's settings, or by WPAD): the system's proxy is used"
)
PAC_FROM_SETTING = QT_TRANSLATE_NOOP("Netcheck", "the proxy setting")
PAC_FROM_WININET = QT_TRANSLATE_NOOP("Netcheck", "Windows Internet Options (WinINet)")
PAC_FROM_MACOS = QT_TRANSLATE_NOOP("Netcheck", "macOS network settings")
PAC_FROM_WPAD = QT_TRANSLATE_NOOP("Netcheck", "WPAD (DNS)")
DIRECT = QT_TRANSLATE_NOOP("Netcheck", "direct")
BY_PROXY = QT_TRANSLATE_NOOP("Netcheck", "the proxy {proxy}")
OS_TRUST = QT_TRANSLATE_NOOP("Netcheck", "OS trust store")
OS_TRUST_AND_BUNDLE = QT_TRANSLATE_NOOP("Netcheck", "OS trust store + {ca_bundle}")

WHERE_OS_KEYRING = QT_TRANSLATE_NOOP("Netcheck", "OS keyring")
WHERE_APP_FILE = QT_TRANSLATE_NOOP(
    "Netcheck", "a file readable only by this user, not the OS keyring"
)
WHERE_NOWHERE = QT_TRANSLATE_NOOP("Netcheck", "none")
WHERE_BACKEND_FILE = QT_TRANSLATE_NOOP("Netcheck", "a file, not the OS keyring")

# -- remedies ----------------------------------------------------------------------------

SET_ENDPOINT = QT_TRANSLATE_NOOP(
    "Netcheck",
    "Set the receiver's HTTPS address: proactive-gui config set endpoint https://<receiver>",
)
SET_TOKEN = QT_TRANSLATE_NOOP(
    "Netcheck", "Store the instrument token: proactive-gui config set-secret token"
)
NO_NAME = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The name does not resolve here. Check the DNS servers of this PC, or the endpoint's spelling.",
)
NO_NAME_PROXY = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The name does not resolve here. Check the DNS servers of this PC, or the endpoint's "
    "spelling (the proxy may still resolve it).",
)
PAC_UNUSABLE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The PAC file {url} cannot be used ({error}), so the uploader connects directly. Check "
    "its address (proactive-gui config set proxy pac:URL), or ask IT where the PAC file is.",
)
PROXY_NO_NAME = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy's name {host} does not resolve on this PC. Check its spelling in the proxy "
    "setting (proactive-gui config set proxy http://<proxy>:<port>) and this PC's DNS servers.",
)
PROXY_REFUSED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "Nothing listens on port {port} of the proxy {host}: the connection was refused. Check the "
    "port in the proxy setting, and ask IT whether the proxy service runs.",
)
PROXY_SILENT = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy {host}:{port} does not answer ({error}). Check its address in the proxy "
    "setting; a firewall may drop traffic from this PC to it.",
)
PROXY_MUTE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy {host}:{port} took the connection but did not answer the tunnel request "
    "(CONNECT). Check that this address and port are those of an HTTP proxy.",
)
PROXY_NOT_HTTP = QT_TRANSLATE_NOOP(
    "Netcheck",
    "{host}:{port} did not answer as an HTTP proxy does. Check the address and port in the "
    "proxy setting: it may be a SOCKS proxy or a web server.",
)
PROXY_WANTS_USER = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy demands authentication ({schemes}). Put the proxy user in the setting: "
    "proactive-gui config set proxy http://USER@{host}:{port}, then store its password: "
    "proactive-gui config set-secret proxy_password",
)
PROXY_USER_REFUSED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy refused the user {user} with the stored password ({scheme}). Check the user "
    "in the proxy setting (DOMAIN\\user is written DOMAIN%5Cuser) and store the current "
    "password: proactive-gui config set-secret proxy_password",
)
PROXY_LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy refused this PC's Windows login ({scheme}). Ask IT whether this user may use "
    "the proxy, or name a proxy user: proactive-gui config set proxy "
    "http://DOMAIN%5CUSER@{host}:{port}, then proactive-gui config set-secret proxy_password",
)
PROXY_SCHEME_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy accepts only {schemes} authentication, which this app does not speak (it "
    "speaks Basic, NTLM and Negotiate). Ask IT to allow one of those for this PC, or to let "
    "it reach {target} without authentication.",
)
PROXY_DENIES_TARGET = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy refuses the tunnel to {target} ({answer}). Ask IT to allow HTTPS (CONNECT) "
    "from this PC to {target} in the proxy's rules.",
)
PROXY_CANNOT_REACH = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The proxy {proxy} could not reach {target} ({answer}). Check the endpoint's host name, "
    "and ask IT whether the proxy can resolve it and reach port {port}.",
)
NO_ANSWER = QT_TRANSLATE_NOOP(
    "Netcheck",
    "Nothing answers on {target}. Allow outbound TCP to port {port} from this PC in the "
    "firewall, or check the address.",
)
BAD_CA_BUNDLE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The extra CA bundle cannot be used: it must hold PEM certificates "
    "(-----BEGIN CERTIFICATE-----). Export the CA as 'Base-64 encoded X.509' and set it "
    "again: proactive-gui config set ca_bundle FILE.pem",
)
OLD_TLS = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The receiver (or a device in between) does not offer TLS 1.2 or newer. Ask for TLS "
    "1.2/1.3 on the receiver, or exempt it from the device.",
)
EXPIRES_SOON = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The receiver's certificate expires in {days} days; ask its operator to renew it.",
)
EXPIRED = QT_TRANSLATE_NOOP(
    "Netcheck", "The receiver's certificate has expired; ask its operator to renew it."
)
WRONG_NAME = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The certificate is not for {host}. Check the endpoint's host name, or ask the "
    "receiver's operator for a certificate that names it.",
)
UNTRUSTED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The certificate's issuer is not trusted here. If a proxy or firewall inspects TLS, add "
    "its CA: proactive-gui config set ca_bundle /path/to/inspection-ca.pem, or exempt "
    "{host} from inspection.",
)
INSPECTED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "Traffic to the receiver is presented with a certificate from an issuer this PC does "
    "not trust ({issuer}): a proxy or firewall is probably inspecting TLS. Add its CA with: "
    "proactive-gui config set ca_bundle FILE, or exempt {host} from inspection.",
)
NO_HTTPS = QT_TRANSLATE_NOOP(
    "Netcheck", "The receiver did not answer over HTTPS; see the stages above."
)
TOKEN_REFUSED = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The receiver does not accept this instrument's token. Store the current one: "
    "proactive-gui config set-secret token",
)
CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "Netcheck",
    "This PC's clock is {minutes} minutes ahead of the receiver. Turn on time "
    "synchronisation (NTP) for this PC.",
)
CLOCK_BEHIND = QT_TRANSLATE_NOOP(
    "Netcheck",
    "This PC's clock is {minutes} minutes behind the receiver. Turn on time "
    "synchronisation (NTP) for this PC.",
)
LISTENING = QT_TRANSLATE_NOOP(
    "Netcheck", "The app should never listen on a port; report this as a defect."
)
KEY_IN_APP_FILE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The spool key is in a file readable only by this user, not the OS keyring. Install or "
    "unlock a keyring, then: proactive-gui config set spool_key_store keyring",
)
KEY_IN_BACKEND_FILE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The keyring in use ({backend}) keeps the spool key in a file ({path}), not in the OS "
    "keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME "
    "Keyring or KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or "
    "keyringrc.cfg); deliver the queue first (proactive-gui deliver): the key does not move.",
)
KEY_IN_BACKEND = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The keyring in use ({backend}) keeps the spool key in a file, not in the OS keyring. "
    "Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME Keyring or "
    "KeePassXC) and stop choosing this backend (PYTHON_KEYRING_BACKEND or keyringrc.cfg); "
    "deliver the queue first (proactive-gui deliver): the key does not move.",
)
KEY_NOWHERE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "No OS keyring: install or unlock one, or allow a key file: proactive-gui config set "
    "spool_key_store file",
)
TOKEN_IN_APP_FILE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The instrument token (and the proxy password) are kept in a file readable only by "
    "this user, not the OS keyring. Where a keyring can be had: proactive-gui config set "
    "secret_store keyring, then store the token again: proactive-gui config set-secret token",
)
TOKEN_IN_BACKEND_FILE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The keyring in use ({backend}) keeps the instrument token in a file ({path}), not in "
    "the OS keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME "
    "Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or "
    "keyringrc.cfg) and store the token again: proactive-gui config set-secret token",
)
TOKEN_IN_BACKEND = QT_TRANSLATE_NOOP(
    "Netcheck",
    "The keyring in use ({backend}) keeps the instrument token in a file, not in the OS "
    "keyring. Use the OS keyring (on Linux an unlocked Secret Service, such as GNOME "
    "Keyring or KeePassXC), stop choosing this backend (PYTHON_KEYRING_BACKEND or "
    "keyringrc.cfg) and store the token again: proactive-gui config set-secret token",
)
TOKEN_NOWHERE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "No OS keyring, so the instrument token cannot be stored: install or unlock one, or "
    "keep it in a file only you can read: proactive-gui config set secret_store file",
)
OPT_IN_LOCKED = QT_TRANSLATE_NOOP("Netcheck", "Locked by the IT policy: {reason}")
OPT_IN_OFF = QT_TRANSLATE_NOOP(
    "Netcheck",
    "Nothing is sent while the opt-in is off; the lab turns it on in the app (or: "
    "proactive-gui config set opt_in true).",
)
STAGE_BROKE = QT_TRANSLATE_NOOP(
    "Netcheck",
    "This check could not be completed ({error}: {detail}); the other checks still ran. "
    "Send this report to support.",
)
RUN_BROKE = QT_TRANSLATE_NOOP("Netcheck", "The checks could not run ({error}: {detail}).")
