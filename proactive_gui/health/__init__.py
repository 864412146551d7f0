"""Subsystem health: limits as data, states and alerts, and trend-based early warnings."""
