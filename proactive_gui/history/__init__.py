"""The instrument's history: every run found on this PC in a local SQLite database, and
trends across runs (``records``, ``summary``, ``store``, ``scan``, ``trends``)."""
