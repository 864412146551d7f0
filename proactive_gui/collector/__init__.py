"""The reference receiver: tests, demos and IT dry-runs inside their own network."""
