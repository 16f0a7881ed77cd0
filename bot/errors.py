"""Errors a user can meet. Each says what went wrong and what to do next; none is shown as a traceback."""

from __future__ import annotations

from pydantic import ValidationError


class BotError(Exception):
    """Base class: the message is written for the person using the bot."""


class ConfigError(BotError):
    """A setting is wrong or an optional dependency is missing."""


class DocumentError(BotError):
    """A knowledge document cannot be loaded (the message names the file and the reason)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmbedderMismatchError(BotError):
    """The index was built with another embedder than the one configured now."""


class IndexMissingError(BotError):
    """There is no index yet."""


class StoreUnavailableError(BotError):
    """The Chroma server (BOT_CHROMA_URL) cannot be reached."""


class DatasetError(BotError):
    """An evaluation dataset file cannot be read (missing, not a file, not UTF-8)."""


class ReportError(BotError):
    """An evaluation report (e.g. the one given to ``bot eval --compare``) cannot be read."""


class ThresholdsError(BotError):
    """The evaluation thresholds file is missing or malformed."""


class UploadError(BotError):
    """An uploaded document is refused (wrong type, too big, not UTF-8, bad front matter, unsafe name)."""


def describe_validation_error(exc: ValidationError, *, label: str = "", fallback: str | None = "input") -> str:
    """One line naming every invalid field: ``"<label><field>: <message>; ..."``.

    ``fallback`` names a problem with no field (the whole input); ``None`` shows just its message.
    """
    parts = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err.get("loc", ())) or fallback
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        parts.append(f"{label}{where}: {msg}" if where else msg)
    return "; ".join(parts)
