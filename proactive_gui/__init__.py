"""Proactive Companion: remote instrument monitoring made visible and trustworthy."""

__version__ = "0.1.0"
APP_NAME = "proactive-gui"
APP_DISPLAY_NAME = "Proactive Companion"
