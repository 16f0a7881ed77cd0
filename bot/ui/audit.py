"""The staff audit log: one JSON line per staff action (who, from where, when, what, outcome) in
``data/staff-audit.jsonl``. Appends are serialised across threads; a log that cannot be written is
reported in the server log and never stops the action it records."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class AuditLog:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, user: str, action: str, outcome: str, *, client: str = "", **detail: Any) -> bool:
        """Append one entry; returns False (and logs why) when the file cannot be written."""
        entry = {
            "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "user": user,
            "client": client,
            "action": action,
            "outcome": outcome,
            **detail,
        }
        line = json.dumps(entry, ensure_ascii=False, default=str) + "\n"
        try:
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as out:
                    out.write(line)
        except OSError as exc:
            log.error("staff audit log %s cannot be written (%s): %s", self.path, exc.strerror or exc, line.strip())
            return False
        return True

    def entries(self) -> list[dict[str, Any]]:
        if not self.path.is_file():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]
