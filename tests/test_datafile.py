"""Data files read into typed models: a missing, unreadable or invalid file is a typed error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from bot.datafile import load_model, read_data
from bot.errors import ConfigError


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hours: int = 0


@pytest.mark.parametrize("name,text", [("a.yaml", "hours: 3\n"), ("a.toml", "hours = 3\n")])
def test_yaml_and_toml_read_into_the_model(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert load_model(path, Limits, "limits file", ConfigError) == Limits(hours=3)


def test_an_empty_file_is_the_model_defaults(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    assert load_model(path, Limits, "limits file", ConfigError) == Limits()


@pytest.mark.parametrize("name,content,message", [
    (None, None, r"limits file not found: .*missing\.yaml"),
    ("bad.yaml", "hours: [1\n", r"cannot read limits file .*bad\.yaml"),
    ("bad.toml", "hours = \n", r"cannot read limits file .*bad\.toml"),
    ("latin1.yaml", b"hours: \xe9\n", r"cannot read limits file"),
    ("wrong.yaml", "hours: many\n", r"invalid limits file .*wrong\.yaml: hours: "),
    ("extra.yaml", "hourz: 3\n", r"invalid limits file .*: hourz: unknown field"),
])
def test_bad_files_are_errors_naming_the_file_and_the_field(tmp_path: Path, name, content, message) -> None:
    path = tmp_path / (name or "missing.yaml")
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_model(path, Limits, "limits file", ConfigError)


def test_read_data_returns_the_parsed_content(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("- 1\n- two\n", encoding="utf-8")
    assert read_data(path, "list", ConfigError) == [1, "two"]
