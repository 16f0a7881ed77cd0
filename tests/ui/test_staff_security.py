"""Staff login: lockout with backoff per user name and per client address, refusal of weak passwords,
and the audit log of every staff action (who, from where, when, what, outcome)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.errors import WeakPasswordError
from bot.settings import Settings
from bot.ui import staff
from bot.ui.feedback import FeedbackLog
from bot.ui.login_guard import LoginGuard, require_strong_password
from bot.ui.server import build_services
from bot.ui.services import Services

USER, PASSWORD = "maria", "orchid-lantern-42-tide"


@pytest.fixture(autouse=True)
def no_failed_login_pause(monkeypatch):
    monkeypatch.setattr(staff, "FAILED_LOGIN_DELAY_S", 0.0)


def _services(settings: Settings, **update) -> Services:
    s = settings.model_copy(update={"staff_username": USER, "staff_password": SecretStr(PASSWORD), **update})
    return Services(settings=s, store=None, retriever=None, rules=None, bot=None, feedback=FeedbackLog(s.feedback_file))


def test_five_failures_lock_the_user_name_and_the_address_even_for_the_right_password(settings):
    svc = _services(settings)
    for _ in range(5):
        assert staff.check_login(svc, USER, "wrong", "10.0.0.1") == (False, staff.WRONG_LOGIN)
    ok, message = staff.check_login(svc, USER, PASSWORD, "10.0.0.1")
    assert not ok and "Too many failed log-ins" in message and "try again in" in message
    # Per user name: another address cannot go on guessing this user's password.
    ok, message = staff.check_login(svc, USER, PASSWORD, "10.0.0.2")
    assert not ok and "this user name" in message
    # Per address: the same address cannot switch to guessing another user name.
    ok, message = staff.check_login(svc, "someone-else", "x", "10.0.0.1")
    assert not ok and "Too many failed log-ins" in message
    # An unrelated user from an unrelated address is not affected.
    assert staff.check_login(svc, "other", "x", "10.0.0.9") == (False, staff.WRONG_LOGIN)
    # Audited: each checked attempt once, the one that locked says so; refusals are not written one by one.
    outcomes = [e["outcome"] for e in svc.audit.entries()]
    assert outcomes == ["failed"] * 4 + ["failed: user locked out", "failed"]


def test_the_lockout_grows_with_each_window_and_ends(settings):
    guard = LoginGuard("2/second;3/minute")
    for _ in range(2):
        guard.failed("u", "a")
    first = guard.locked("u", "a")
    assert first is not None and 1 <= first.retry_after_s <= 1
    time.sleep(1.1)  # the one-second window frees; not a timing assertion
    assert guard.locked("u", "a") is None
    guard.failed("u", "a")
    longer = guard.locked("u", "a")
    assert longer is not None and longer.retry_after_s > 1  # the minute window is full now: backoff


def test_a_successful_login_is_audited_and_kept_as_the_session_user(settings):
    svc = _services(settings)
    state, *_ = staff.login(svc, USER, PASSWORD, "10.0.0.5")
    assert state == USER
    entries = svc.audit.entries()
    assert entries[-1]["user"] == USER and entries[-1]["action"] == "login" and entries[-1]["outcome"] == "ok"
    assert entries[-1]["client"] == "10.0.0.5" and entries[-1]["time"].endswith("+00:00")


def test_staff_actions_are_audited_with_who_what_and_outcome(settings, tmp_path: Path):
    svc = _services(settings)
    doc = tmp_path / "kiwi-note.md"
    doc.write_text("---\nid: kiwi-note\ntitle: Kiwi note\n---\n# Kiwi\n\nKiwi orchard text.\n", encoding="utf-8")
    assert "Saved" in staff.upload_document(svc, USER, str(doc), False, "10.0.0.5")
    assert "already exists" in staff.upload_document(svc, USER, str(doc), False, "10.0.0.5")
    svc.staff_lock.acquire()
    try:
        assert "already running" in staff.reindex(svc, USER, lambda *a, **k: None, "10.0.0.5")
    finally:
        svc.staff_lock.release()
    actions = [(e["user"], e["action"], e["outcome"]) for e in svc.audit.entries()]
    assert actions == [
        (USER, "upload", "ok"), (USER, "upload", "refused"), (USER, "reindex", "refused: busy"),
    ]
    assert svc.audit.entries()[0]["doc_id"] == "kiwi-note"


def test_uploads_are_bounded_in_rate_and_in_number(settings, tmp_path: Path):
    svc = _services(settings, staff_upload_limits="2/hour")
    for index in range(3):
        doc = tmp_path / f"note-{index}.md"
        doc.write_text(f"---\nid: note-{index}\ntitle: Note {index}\n---\nText {index}.\n", encoding="utf-8")
        message = staff.upload_document(svc, USER, str(doc), False)
    assert "Too many uploads" in message and not (settings.docs_dir / "note-2.md").exists()

    count = len(list(settings.docs_dir.glob("*.md")))
    full = _services(settings, max_documents=count)
    doc = tmp_path / "one-more.md"
    doc.write_text("---\nid: one-more\ntitle: One more\n---\nText.\n", encoding="utf-8")
    assert "BOT_MAX_DOCUMENTS" in staff.upload_document(full, USER, str(doc), False)


@pytest.mark.parametrize(
    "password, reason",
    [
        ("short-pw", "characters"),
        ("aaaaaabbbbbbcc", "different"),
        ("maria-is-the-best-1", "user name"),
        ("Password-2024-spring", "common word"),
        ("admin-orchid-lantern", "common word"),
    ],
)
def test_a_weak_staff_password_is_refused_and_the_rule_said(password: str, reason: str):
    with pytest.raises(WeakPasswordError) as info:
        require_strong_password(USER, password)
    assert reason in str(info.value) and "at least 12 characters" in str(info.value)


def test_the_app_does_not_start_with_a_weak_password(settings):
    weak = settings.model_copy(update={"staff_username": USER, "staff_password": SecretStr("letmein")})
    with pytest.raises(WeakPasswordError):
        build_services(weak)
    require_strong_password(USER, PASSWORD)  # the strong one passes


def test_parallel_guesses_from_many_addresses_get_exactly_the_allowed_checks(settings):
    import threading

    svc = _services(settings)
    results: list[str] = []
    start = threading.Barrier(16)

    def guess(n: int) -> None:
        start.wait()
        for attempt in range(5):
            results.append(staff.check_login(svc, USER, f"guess-{n}-{attempt}", f"10.1.{n}.{attempt}")[1])

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(staff.WRONG_LOGIN) == 5 and len(results) == 80


def test_a_read_only_knowledge_folder_gives_staff_one_clear_line(settings, tmp_path: Path):
    from support import mount_tmpfs, unmount

    docs = tmp_path / "ro-docs"
    try:
        mount_tmpfs(docs, "1m", read_only=True)
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs here ({exc})")
    try:
        (tmp_path / "docs").symlink_to(docs)  # knowledge_dir/docs is the read-only mount
        svc = _services(settings, knowledge_dir=tmp_path)
        doc = tmp_path / "note.md"
        doc.write_text("---\nid: note\ntitle: Note\n---\nText.\n", encoding="utf-8")
        message = staff.upload_document(svc, USER, str(doc), False)
        assert message.startswith("⚠") and "read-only" in message and "BOT_KNOWLEDGE_DIR" in message
        assert svc.audit.entries()[-1]["outcome"] == "failed"
    finally:
        unmount(docs)
