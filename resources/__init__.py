"""Data files shipped with the app (style sheets, icons, translations, limits, schema).

Installed as the package ``proactive_gui.resources``; read with ``importlib.resources``."""
