"""The shared, per-process services the UI is given (built once by the entry point, never by the UI).

Everything here is shared by every visitor; per-visitor state lives only in ``gr.State`` (see chat.py).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.ui.audit import AuditLog
from bot.ui.feedback import FeedbackLog
from bot.ui.login_guard import ActionLimiter, LoginGuard

if TYPE_CHECKING:
    from bot.agent import Bot
    from bot.retrieval import HybridRetriever
    from bot.rules import RuleBook
    from bot.store import ChunkStore


@dataclass
class Services:
    settings: Settings
    store: "ChunkStore"
    retriever: "HybridRetriever"
    rules: "RuleBook"
    bot: "Bot"
    feedback: FeedbackLog
    # One re-index or evaluation at a time, whoever starts it (two staff members, two tabs).
    staff_lock: threading.Lock = field(default_factory=threading.Lock)
    # Staff protection, built from the settings: login lockout, upload rate, audit log (see staff.py).
    login_guard: LoginGuard = field(init=False)
    upload_limiter: ActionLimiter = field(init=False)
    audit: AuditLog = field(init=False)
    # Why the index store could not be opened at start-up (None when it could): reported, not fatal.
    store_problem: str | None = None

    def __post_init__(self) -> None:
        self.login_guard = LoginGuard(self.settings.staff_login_limits)
        self.upload_limiter = ActionLimiter(self.settings.staff_upload_limits, "BOT_STAFF_UPLOAD_LIMITS")
        self.audit = AuditLog(self.settings.audit_file)
