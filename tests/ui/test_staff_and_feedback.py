"""Staff credentials (no default password, constant-time check), staff actions refused without login,
and feedback lines written with their conversation."""

from __future__ import annotations

import threading

from pydantic import SecretStr

from bot.settings import Settings
from bot.ui.feedback import FeedbackLog
from bot.ui.services import Services
from bot.ui.staff import NOT_LOGGED_IN, credentials_match, reindex, run_evaluation, upload_document


def _services(settings: Settings) -> Services:
    # Staff checks only read settings; the other services are never touched when the login is refused.
    return Services(settings=settings, store=None, retriever=None, rules=None, bot=None, feedback=FeedbackLog(settings.feedback_file))


def test_no_credentials_means_no_login(settings):
    assert not settings.staff_enabled
    svc = _services(settings)
    for user, pw in [("", ""), ("admin", "admin"), (None, None), ("staff", "")]:
        assert not credentials_match(svc, user, pw)


def test_credentials_from_settings(settings):
    s = settings.model_copy(update={"staff_username": "maria", "staff_password": SecretStr("s3cret-pw")})
    svc = _services(s)
    assert s.staff_enabled
    assert credentials_match(svc, "maria", "s3cret-pw")
    assert not credentials_match(svc, "maria", "wrong")
    assert not credentials_match(svc, "Maria", "s3cret-pw")
    assert not credentials_match(svc, "maria", "")


def test_staff_actions_refused_without_login(settings, tmp_path):
    svc = _services(settings.model_copy(update={"staff_username": "m", "staff_password": SecretStr("p")}))
    src = tmp_path / "x.md"
    src.write_text("---\nid: x\ntitle: x\n---\nbody\n")
    assert upload_document(svc, False, str(src), False) == NOT_LOGGED_IN
    assert not (settings.docs_dir / "x.md").exists()
    assert reindex(svc, False, lambda *a, **k: None) == NOT_LOGGED_IN
    assert run_evaluation(svc, False, None, lambda *a, **k: None)[0] == NOT_LOGGED_IN


def test_feedback_log_appends_from_many_threads(tmp_path):
    log = FeedbackLog(tmp_path / "data" / "feedback.jsonl")

    def write(i: int) -> None:
        log.append({"session_id": str(i), "liked": i % 2 == 0, "conversation": [{"question": "q" * 500}]})

    threads = [threading.Thread(target=write, args=(i,)) for i in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    records = log.read()
    assert len(records) == 30
    assert {r["session_id"] for r in records} == {str(i) for i in range(30)}
    assert all("time" in r and r["conversation"][0]["question"] == "q" * 500 for r in records)


class _Like:
    """The two fields of gr.LikeData the handler reads."""

    def __init__(self, index: int, liked: bool) -> None:
        self.index, self.liked = index, liked


def test_record_feedback_saves_the_rated_turn_with_its_conversation(settings):
    from bot.ui.chat import ChatSession, record_feedback

    svc = _services(settings)
    session = ChatSession(conversation=None)
    for i in range(3):
        session.messages += [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]
        session.transcript.append({"question": f"q{i}", "answer": f"a{i}"})
    assert record_feedback(svc, session, _Like(3, False)).startswith("Thanks for the feedback.")
    (record,) = svc.feedback.read()
    assert record["question"] == "q1" and record["answer"] == "a1" and record["liked"] is False
    assert [t["question"] for t in record["conversation"]] == ["q0", "q1", "q2"]
    assert record["session_id"] == session.session_id
    # Nothing to rate: no line written.
    assert record_feedback(svc, None, _Like(1, True)) == ""
    assert record_feedback(svc, session, _Like(99, True)) == ""
    assert len(svc.feedback.read()) == 1


def test_transcript_entry_drops_raw_search_results():
    from bot.contracts import BotReply, Citation, ToolCallRecord
    from bot.ui.chat import transcript_entry

    reply = BotReply(
        answer="a",
        citations=[Citation(doc_id="d", title="t", snippet="s")],
        tool_calls=[
            ToolCallRecord(name="search_knowledge", args={"query": "q"}, result={"passages": ["x" * 10_000]}),
            ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45}, result={"no1_per_year": 5}),
        ],
    )
    entry = transcript_entry("q?", reply)
    assert entry["question"] == "q?" and entry["answer"] == "a" and entry["citations"][0]["doc_id"] == "d"
    assert entry["tool_calls"] == [
        {"name": "search_knowledge", "args": {"query": "q"}},
        {"name": "trainee_quota", "args": {"full_time_employees": 45}, "result": {"no1_per_year": 5}},
    ]
