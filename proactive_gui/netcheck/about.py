"""What a readiness report says about where it ran, so that an IT ticket can name the
PC: the app's version, the host name and OS, the instrument (model and serial, from
the newest run folder when one is known) and the effective settings. Secrets are never
part of it: they are not settings (the keyring keeps them), and the proxy URL loses
its user."""

from __future__ import annotations

import platform
import socket
from pathlib import Path
from typing import Any

from proactive_gui import __version__
from proactive_gui.runs.models import identify_model
from proactive_gui.runs.parameters import parse_run_parameters
from proactive_gui.runs.runinfo import parse_runinfo
from proactive_gui.runs.watcher import newest_run_folder
from proactive_gui.runs.xmlfile import RunFolderError, find_file
from proactive_gui.settings import Settings
from proactive_gui.uplink.proxy import without_credentials


def about(
    settings_file: Path, overrides: dict[str, str] | None = None, run_folder: Path | None = None
) -> dict[str, Any]:
    """The report's context. ``overrides``: settings the command line replaced
    (endpoint, ca_bundle, proxy); ``run_folder``: the instrument's run (default: the
    newest under the run_folder_root setting)."""
    settings = Settings.load(settings_file)
    effective = {spec.key: spec.format(value) for spec, value in settings.items()}
    effective.update({key: value for key, value in (overrides or {}).items() if value})
    if "proxy" in effective:
        effective["proxy"] = without_credentials(effective["proxy"])
    if run_folder is None:
        root = str(settings.get("run_folder_root"))
        run_folder = newest_run_folder(Path(root)) if root else None
    return {
        "app_version": __version__,
        "host": socket.gethostname(),
        "os": platform.platform(),
        "instrument": instrument_of(run_folder) if run_folder is not None else None,
        "settings": effective,
    }


def instrument_of(folder: Path) -> dict[str, str] | None:
    """The instrument's model and serial number from a run folder's RunInfo.xml and
    RunParameters.xml; None when they cannot be read."""
    try:
        run_info_path = find_file(folder, "RunInfo.xml")
        if run_info_path is None:
            return None
        run_info = parse_runinfo(run_info_path)
        params_path = find_file(folder, "RunParameters.xml")
        try:
            parameters = parse_run_parameters(params_path) if params_path else None
        except RunFolderError:
            parameters = None
    except (RunFolderError, OSError):
        return None
    model = identify_model(
        parameters.instrument_type if parameters else "",
        parameters.application if parameters else "",
        run_info.instrument_id,
    )
    return {"model": model.name, "serial": run_info.instrument_id, "run": run_info.run_id}
