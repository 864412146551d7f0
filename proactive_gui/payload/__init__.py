"""The payload: schema, allow-list builder, privacy gate, sealing."""
