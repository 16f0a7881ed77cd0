"""The shared, per-process services the UI is given (built once by the entry point, never by the UI).

Everything here is shared by every visitor; per-visitor state lives only in ``gr.State`` (see chat.py).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.ui.feedback import FeedbackLog

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
