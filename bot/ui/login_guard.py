"""Staff login protection: a lockout with backoff per user name and per client address (the ``limits``
library's moving windows), and the minimum a staff password must meet for the app to start.

Only failures count. Each failure is a hit on every window of BOT_STAFF_LOGIN_LIMITS ("5/minute;20/hour;
100/day" by default) for the user name tried and for the address it came from; once any window is full,
every attempt from that user name or address is refused without checking the password until the window
frees. The windows grow (minute, hour, day): that is the backoff.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from bot.errors import ConfigError, WeakPasswordError

MIN_PASSWORD_CHARS = 12
MIN_DISTINCT_CHARS = 6
# Passwords seen first in any guessing list (a base word, before a digit or two is added).
COMMON_WORDS = ("password", "passw0rd", "admin", "letmein", "welcome", "qwerty", "123456", "staff", "changeme")
PASSWORD_RULE = (
    f"at least {MIN_PASSWORD_CHARS} characters with at least {MIN_DISTINCT_CHARS} different ones, not "
    "containing the user name or a common word such as 'password' or 'admin' (four random words work well)"
)


def password_problem(username: str, password: str) -> str | None:
    """Why ``password`` is too weak for the staff login, or None when it meets the rule."""
    lowered = password.lower()
    if len(password) < MIN_PASSWORD_CHARS:
        return f"it has {len(password)} characters"
    if len(set(password)) < MIN_DISTINCT_CHARS:
        return f"it uses only {len(set(password))} different characters"
    if username and username.lower() in lowered:
        return "it contains the user name"
    word = next((w for w in COMMON_WORDS if w in lowered), None)
    if word:
        return f"it contains the common word '{word}'"
    return None


def require_strong_password(username: str | None, password: str | None) -> None:
    """Refuse to start with a weak staff password (raises WeakPasswordError saying what is required)."""
    if not username or not password:
        return
    problem = password_problem(username, password)
    if problem:
        raise WeakPasswordError(
            f"BOT_STAFF_PASSWORD is too weak ({problem}): use {PASSWORD_RULE}. The app did not start."
        )


@dataclass(frozen=True)
class Lockout:
    """Why a login is refused before its password is checked, and for how long."""

    key: str  # "user" or "address"
    retry_after_s: int

    def message(self) -> str:
        wait = f"{self.retry_after_s} seconds" if self.retry_after_s < 120 else f"{math.ceil(self.retry_after_s / 60)} minutes"
        who = "this user name" if self.key == "user" else "this address"
        return f"Too many failed log-ins for {who}: try again in {wait}."


class LoginGuard:
    """Counts failed logins per user name and per client address and says when one is locked out."""

    def __init__(self, limits: str = "5/minute;20/hour;100/day") -> None:
        try:
            self.items: list[RateLimitItem] = parse_many(limits)
        except ValueError as exc:
            raise ConfigError(
                f"BOT_STAFF_LOGIN_LIMITS '{limits}' is not a list of limits such as '5/minute;20/hour'"
            ) from exc
        if not self.items:
            raise ConfigError("BOT_STAFF_LOGIN_LIMITS is empty: give at least one limit such as '5/minute'")
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        # Held around "locked? -> compare -> count the failure" so parallel guesses cannot all pass the
        # check before the first failure is counted (measured: 8 threads got 8 checks instead of 5).
        self.serial = threading.Lock()

    def _keys(self, username: str, address: str) -> list[tuple[str, str]]:
        return [("user", username.strip().lower()[:200]), ("address", address or "unknown")]

    def locked(self, username: str, address: str) -> Lockout | None:
        """The lockout in force for this user name or address, if any (the longest wait wins)."""
        worst: Lockout | None = None
        for key, value in self._keys(username, address):
            for item in self.items:
                if not self._limiter.test(item, "login", key, value):
                    stats = self._limiter.get_window_stats(item, "login", key, value)
                    wait = max(1, math.ceil(stats.reset_time - time.time()))
                    if worst is None or wait > worst.retry_after_s:
                        worst = Lockout(key=key, retry_after_s=wait)
        return worst

    def failed(self, username: str, address: str) -> None:
        for key, value in self._keys(username, address):
            for item in self.items:
                self._limiter.hit(item, "login", key, value)


class ActionLimiter:
    """A plain rate limit on a staff action per user (e.g. uploads: BOT_STAFF_UPLOAD_LIMITS)."""

    def __init__(self, limits: str, setting: str) -> None:
        try:
            self.items = parse_many(limits)
        except ValueError as exc:
            raise ConfigError(f"{setting} '{limits}' is not a list of limits such as '30/hour'") from exc
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def allow(self, action: str, user: str) -> bool:
        """Count one ``action`` by ``user``; False (and nothing counted) when a limit is reached."""
        if not all(self._limiter.test(item, action, user) for item in self.items):
            return False
        for item in self.items:
            self._limiter.hit(item, action, user)
        return True
