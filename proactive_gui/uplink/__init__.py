"""Delivery: the encrypted spool, the TLS transport and the background engine."""
