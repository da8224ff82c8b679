"""Configuration files: ``crosscheck.toml`` or ``[tool.crosscheck]`` in ``pyproject.toml``.

The nearest file up the tree from the working folder wins (as ruff and Vale find theirs);
in one folder, ``crosscheck.toml`` wins over ``pyproject.toml``, which counts only when it
has a ``[tool.crosscheck]`` table. Keys are the :class:`~crosscheck.settings.Settings`
fields in kebab case (``approximate-tolerance``, ``fail-on``, ``exclude``); command-line
flags override them. A wrong key or value is a one-line :class:`ConfigError` naming the
file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from crosscheck.errors import InputError
from crosscheck.settings import Settings

CONFIG_NAME = "crosscheck.toml"
PYPROJECT_NAME = "pyproject.toml"


class ConfigError(InputError):
    """A configuration file cannot be used (exit code 2)."""


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or a folder above it."""
    for folder in (start.resolve(), *start.resolve().parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = folder / PYPROJECT_NAME
        if pyproject.is_file() and _table(pyproject) is not None:
            return pyproject
    return None


def load_settings(path: Path | None, overrides: Mapping[str, Any] | None = None) -> Settings:
    """Settings from ``path`` (None: defaults), then ``overrides`` (command-line flags)."""
    values: dict[str, Any] = {}
    from_file: set[str] = set()
    if path is not None:
        table = _table(path)
        if table is None:
            if path.name == PYPROJECT_NAME:
                raise ConfigError(f"{path}: no [tool.crosscheck] table")
            table = {}
        values = _fields(path, table)
    from_file = {k.replace("_", "-") for k in values}
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as error:
        first = error.errors()[0]
        key = str(first["loc"][0]).replace("_", "-") if first["loc"] else "?"
        where = f"{path}: " if path is not None and key in from_file else ""
        raise ConfigError(f"{where}{key}: {first['msg']}") from None


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    if path.name == PYPROJECT_NAME:
        tool = data.get("tool", {})
        table = tool.get("crosscheck") if isinstance(tool, dict) else None
        return table if isinstance(table, dict) else None
    return data


def _fields(path: Path, table: Mapping[str, Any]) -> dict[str, Any]:
    known = set(Settings.model_fields)
    section = "[tool.crosscheck]" if path.name == PYPROJECT_NAME else "configuration"
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in known:
            hint = ", ".join(sorted(k.replace("_", "-") for k in known))
            raise ConfigError(f"{path}: unknown key '{key}' in {section} (known: {hint})")
        values[name] = tuple(value) if isinstance(value, list) else value
    return values


__all__ = ["ConfigError", "find_config", "load_settings"]
