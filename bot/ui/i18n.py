"""The app's interface strings, one YAML file per language under ``<knowledge>/ui/<lang>.yaml``.

``UiText`` reads them once; ``UiText.get(key, lang)`` serves server-side text (reply rendering, calculator
messages) and ``UiText.i18n()`` builds the ``gr.I18n`` catalogue with which the browser shows labels in the
visitor's language (navigator.language, or the language chosen in Gradio's settings panel). English is the
fallback for any key a language lacks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.datafile import parse_yaml

DEFAULT_LANGUAGE = "en"
# The repo's own strings: used when a configured knowledge folder has no ui/ of its own.
BUILTIN_UI_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "ui"


def language_of(accept_language: str | None) -> str:
    """'ja' when the browser's Accept-Language puts Japanese before English, else 'en'."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("ja"):
            return "ja"
        if tag.startswith("en"):
            return "en"
    return DEFAULT_LANGUAGE


@dataclass
class UiText:
    """Strings by language; lists and mappings (examples, field labels) are kept as they are in the YAML."""

    strings: dict[str, dict[str, Any]]
    # Extra English strings made at build time (calculator labels from the input models).
    extra: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, knowledge_dir: Path | None = None) -> "UiText":
        folder = knowledge_dir / "ui" if knowledge_dir is not None else BUILTIN_UI_DIR
        if not (folder / f"{DEFAULT_LANGUAGE}.yaml").exists():
            folder = BUILTIN_UI_DIR
        strings = {}
        for path in sorted(folder.glob("*.yaml")):
            data = parse_yaml(path.read_text(encoding="utf-8")) or {}
            if not isinstance(data, Mapping):
                raise ValueError(f"{path}: expected a mapping of UI strings")
            strings[path.stem] = dict(data)
        return cls(strings)

    @property
    def languages(self) -> list[str]:
        return sorted(self.strings)

    def get(self, key: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> Any:
        """The string (or list/mapping) for ``key`` in ``lang``, English when that language lacks it."""
        value = self.strings.get(lang, {}).get(key)
        if value is None:
            value = self.extra.get(lang, {}).get(key)
        if value is None:
            value = self.strings[DEFAULT_LANGUAGE].get(key, self.extra.get(DEFAULT_LANGUAGE, {}).get(key, key))
        if params and isinstance(value, str):
            return value.format(**params)
        return value

    def upload_limit(self, max_bytes: int, lang: str = DEFAULT_LANGUAGE) -> str:
        """The one sentence that states the upload limit (the staff tab, a refused upload, the 413)."""
        return self.get("upload_limit", lang, limit=max_bytes)

    def upload_too_large(self, max_bytes: int, lang: str = DEFAULT_LANGUAGE) -> str:
        """Why an upload was refused for its size: the same limit sentence."""
        return self.get("upload_too_large", lang, upload_limit=self.upload_limit(max_bytes, lang))

    def field_text(self, name: str, part: str, lang: str) -> str | None:
        """A calculator field's 'label' or 'help' from the YAML's ``fields`` section (None when absent)."""
        entry = (self.strings.get(lang, {}).get("fields") or {}).get(name) or {}
        return entry.get(part)

    def add(self, lang: str, key: str, text: str) -> None:
        self.extra.setdefault(lang, {})[key] = text

    def catalogue(self) -> dict[str, dict[str, str]]:
        """Flat key -> string maps per language (only plain strings; lists are expanded as key__N; the browser reads dotted keys as paths)."""
        out: dict[str, dict[str, str]] = {}
        for lang in set(self.strings) | set(self.extra):
            flat: dict[str, str] = {}
            for key, value in self.strings.get(lang, {}).items():
                if isinstance(value, str):
                    flat[key] = value
                elif isinstance(value, list):
                    flat.update({f"{key}__{i}": str(v) for i, v in enumerate(value)})
                elif isinstance(value, Mapping) and key in ("calc_titles", "choices"):
                    flat.update({f"{key}__{k}": str(v) for k, v in value.items()})
            flat.update(self.extra.get(lang, {}))
            out[lang] = flat
        return out

    def i18n(self):
        import gradio as gr

        return gr.I18n(**self.catalogue())
