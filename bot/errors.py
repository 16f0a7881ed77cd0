"""Errors a user can meet. Each says what went wrong and what to do next; none is shown as a traceback."""

from __future__ import annotations

import errno
from pathlib import Path

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


class StorageError(BotError):
    """The disk refused a read or write: a read-only folder, a full disk, missing permissions."""


class MessageTooLongError(BotError):
    """A message is longer than BOT_MAX_MESSAGE_CHARS."""


class LoginLockedError(BotError):
    """Too many failed staff logins from this user name or address: wait before trying again."""


class WeakPasswordError(ConfigError):
    """The configured staff password does not meet the minimum the app requires to start."""


class DatasetError(BotError):
    """An evaluation dataset file cannot be read (missing, not a file, not UTF-8)."""


class ReportError(BotError):
    """An evaluation report (e.g. the one given to ``bot eval --compare``) cannot be read."""


class ThresholdsError(BotError):
    """The evaluation thresholds file is missing or malformed."""


class UploadError(BotError):
    """An uploaded document is refused (wrong type, too big, not UTF-8, bad front matter, unsafe name)."""


def describe_validation_error(
    exc: ValidationError, *, label: str = "", fallback: str | None = "input", noun: str = "field",
    show_input: bool = False,
) -> str:
    """One line naming every invalid field: ``"<label><field>: <message>; ..."``.

    ``fallback`` names a problem with no field (the whole input); ``None`` shows just its message. A missing
    field reads "missing (this <noun> is required)", an unexpected one "unknown <noun>" (noun "argument" for a tool).
    ``show_input`` adds the rejected value (``(got 3.5)``, cut at 60 characters) where it is a plain value.
    """
    parts = []
    for err in exc.errors(include_url=False):
        loc = [str(p) for p in err.get("loc", ())]
        where = ".".join(loc) or fallback
        kind = err.get("type")
        msg = err.get("msg", "invalid").removeprefix("Value error, ")
        if kind == "missing":
            msg = f"missing (this {noun} is required)"
        elif kind == "extra_forbidden":
            msg = f"unknown {noun}"
        elif show_input and loc and not isinstance(err.get("input"), (dict, list)):
            text = repr(err.get("input"))
            msg = f"{msg} (got {text[:60]}{'...' if len(text) > 60 else ''})"
        parts.append(f"{label}{where}: {msg}" if where else msg)
    return "; ".join(parts) or f"invalid {fallback or 'input'}"


_READ_ONLY = "is read-only"
_FULL = "is full"
_DENIED = "cannot be written (permission denied)"
# What SQLite (through Chroma) and the OS say for each fault, in the order they are tried.
_FAULT_TEXTS = (
    ("readonly database", _READ_ONLY),
    ("read-only file system", _READ_ONLY),
    ("database or disk is full", _FULL),
    ("no space left on device", _FULL),
    ("disk quota exceeded", _FULL),
    ("unable to open database file", _DENIED),
    ("permission denied", _DENIED),
)
_FAULT_ERRNOS = {
    errno.EROFS: _READ_ONLY,
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
}
_WHAT_TO_DO = {
    _READ_ONLY: "make it writable, or point {setting} to a writable folder, and try again",
    _FULL: "free some space (or point {setting} to a disk with room) and try again",
    _DENIED: "give this user write access to it, or point {setting} to a folder it can write, and try again",
}


def storage_error(
    exc: BaseException, folder: Path | str | None = None, *, setting: str = "BOT_DATA_DIR"
) -> StorageError | None:
    """A one-line ``StorageError`` saying what to do when ``exc`` (or what caused it) is a filesystem fault
    (read-only folder, full disk, no permission); ``None`` for any other error.

    ``folder`` names the folder in the message when the exception itself does not (Chroma's errors don't);
    ``setting`` is the setting that moves it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        fault = _FAULT_ERRNOS.get(getattr(current, "errno", None) or -1) if isinstance(current, OSError) else None
        where = getattr(current, "filename", None) if isinstance(current, OSError) else None
        if fault is None:
            text = str(current).lower()
            fault = next((f for needle, f in _FAULT_TEXTS if needle in text), None)
        if fault is not None:
            place = str(folder) if folder is not None else (str(where) if where else f"the data folder ({setting})")
            subject = "The disk holding " + place if fault == _FULL else place[:1].upper() + place[1:]
            return StorageError(f"{subject} {fault}: {_WHAT_TO_DO[fault].format(setting=setting)}.")
        current = current.__cause__ or current.__context__
    return None
