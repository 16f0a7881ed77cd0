"""Benchmark: how many staff passwords an attacker can have checked per minute through the real login
handler (bot.ui.staff.check_login: lockout, 1 s pause per failure, audit log), with the default limits.

Three attacks run for ``--seconds`` each (default 60), with ``--threads`` parallel requests (default 8)
that retry every 50 ms while refused:
- one address guessing the staff user's password;
- many addresses (a new one per attempt) guessing the staff user's password (per-user lockout);
- one address guessing many user names (per-address lockout).
Counts the attempts whose password was really compared (not refused by the lockout).

    .venv/bin/python eval/bench_login_lockout.py [--seconds 60] [--out eval/results/bench_login_lockout.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pydantic import SecretStr  # noqa: E402

from bot.settings import Settings  # noqa: E402
from bot.ui import staff  # noqa: E402
from bot.ui.feedback import FeedbackLog  # noqa: E402
from bot.ui.services import Services  # noqa: E402

USER = "maria"


def attack(seconds: float, threads: int, user_of, address_of) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None, data_dir=Path(tmp) / "data", staff_username=USER,
            staff_password=SecretStr("orchid-lantern-42-tide"),
        )
        services = Services(settings=settings, store=None, retriever=None, rules=None, bot=None,
                            feedback=FeedbackLog(settings.feedback_file))
        counter = itertools.count()
        checked = refused = 0
        lock = threading.Lock()
        deadline = time.monotonic() + seconds

        def worker() -> None:
            nonlocal checked, refused
            while time.monotonic() < deadline:
                n = next(counter)
                ok, message = staff.check_login(services, user_of(n), f"guess-{n}", address_of(n))
                assert not ok
                with lock:
                    if message == staff.WRONG_LOGIN:
                        checked += 1
                    else:
                        refused += 1
                if message != staff.WRONG_LOGIN:
                    time.sleep(0.05)

        pool = [threading.Thread(target=worker) for _ in range(threads)]
        for t in pool:
            t.start()
        for t in pool:
            t.join()
        audited = len(services.audit.entries())
    return {
        "passwords_checked": checked,
        "attempts_refused_by_lockout": refused,
        "checked_per_minute": round(checked * 60.0 / seconds, 2),
        "audit_entries": audited,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    limits = Settings.model_fields["staff_login_limits"].default
    results = {
        "limits": limits,
        "seconds": args.seconds,
        "threads": args.threads,
        "one_address_one_user": attack(args.seconds, args.threads, lambda n: USER, lambda n: "203.0.113.7"),
        "many_addresses_one_user": attack(
            args.seconds, args.threads, lambda n: USER, lambda n: f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
        ),
        "one_address_many_users": attack(args.seconds, args.threads, lambda n: f"user{n}", lambda n: "203.0.113.7"),
    }
    text = json.dumps(results, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
