"""The instrument: what it measures (channels), where samples go (the telemetry store),
and where they come from (the demo simulator; sensor logs and run folders later)."""
