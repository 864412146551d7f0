"""The payload schema (``resources/schema/payload-v2.json``): validation, the value
patterns the builder applies, and each field's description and reason for the UI."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

SCHEMA_VERSION = 2
SCHEMA_FILE = f"schema/payload-v{SCHEMA_VERSION}.json"


class PayloadInvalidError(ValueError):
    """The payload does not match the schema; the message names the field."""


@dataclass(frozen=True)
class FieldInfo:
    description: str
    reason: str


@cache
def schema() -> dict[str, Any]:
    text = resources.files("proactive_gui.resources").joinpath(SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


_RULES = {
    "additionalProperties": "a field the schema does not allow",
    "required": "a required field is missing",
    "pattern": "the value is not of the allowed form",
    "type": "the value has the wrong type",
    "enum": "the value is not one of the allowed values",
    "const": "the value is not the expected one",
    "maxItems": "too many entries",
    "maxLength": "the text is too long",
    "format": "the value is not of the allowed form",
    "minimum": "the value is too small",
    "maximum": "the value is too large",
}


def validate(document: object) -> None:
    """Raise ``PayloadInvalidError`` naming the first offending field."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = ".".join(str(p) for p in error.absolute_path) or "the payload"
        # jsonschema's own message quotes the value, which may be personal data
        raise PayloadInvalidError(f"{where}: {_RULES.get(str(error.validator), 'not allowed')}")


def pattern_of(definition: str) -> str:
    """The regular expression of a string type in ``$defs`` (serial, version, ...)."""
    pattern: str = schema()["$defs"][definition]["pattern"]
    return pattern


@cache
def schema_words() -> frozenset[str]:
    """Words of the schema's own keys and fixed values: never personal data."""
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for name in value:
                        words.update(w.lower() for w in re.findall(r"[A-Za-z0-9]+", name))
                if key in ("enum", "const"):
                    for item in value if isinstance(value, list) else [value]:
                        words.update(w.lower() for w in re.findall(r"[A-Za-z0-9]+", str(item)))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(schema())
    return frozenset(words)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return {
            **schema()["$defs"][ref.rsplit("/", 1)[-1]],
            **{k: v for k, v in node.items() if k != "$ref"},
        }
    return node


def field_info(path: tuple[str | int, ...]) -> FieldInfo | None:
    """Description and reason of the field at ``path`` (keys and list indexes); an
    entry of a list is described by its list."""
    node: dict[str, Any] = _resolve(schema())
    described = node
    for step in path:
        if isinstance(step, int):
            items = node.get("items")
            if not isinstance(items, dict):
                return None
            node = _resolve(items)
        else:
            properties = node.get("properties", {})
            if step not in properties:
                return None
            node = _resolve(properties[step])
        if node.get("description"):
            described = node
    return FieldInfo(str(described.get("description", "")), str(described.get("x-reason", "")))
