"""The running app, end to end: ``python app.py`` in a subprocess on 127.0.0.1 and a free port, on a
private data dir and knowledge copy, driven by the official gradio_client and by a real Chromium
(Playwright, Debian's package, headless, launched by executable path)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support import free_port, stop_process

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STAFF_USER = "staff-tester"
STAFF_PASSWORD = "orchid-lantern-42-tide"  # meets the start-up rule (bot/ui/login_guard.py)
START_TIMEOUT_S = 180

# A document whose title and body try to run script in the page: it must show up as text only.
XSS_DOC = """---
id: xss-probe
title: Probe <img src=x onerror="window.__xss_doc=1"> zebrafish
program: general
source: test fixture
as_of: 2024-01
language: en
---
# Zebrafish quarantine permit <script>window.__xss_doc=2</script>

The zebrafish quarantine permit is issued within 14 days. <img src=x onerror="window.__xss_doc=3">
Applicants for the zebrafish quarantine permit file form ZQ-1 <script>window.__xss_doc=4</script>.
"""

# A small evaluation set for the staff page (the real datasets take minutes).
MINI_DATASET = [
    {
        "id": "mini-quota",
        "question": "We have 45 full-time staff: how many technical intern trainees can we take each year?",
        "expect": {"tool": "trainee_quota", "tool_args": {"full_time_employees": 45}},
    },
    {
        "id": "mini-jip",
        "question": "Who can apply to the Japan Internship Program?",
        "expect": {"sources": ["meti-japan-internship-program"], "refuse": False},
    },
]
UPLOADED_DOC = """---
id: staff-upload-note
title: Staff note on the kiwi orchard visa
program: general
source: uploaded by the browser test
as_of: 2024-05
language: en
---
# Kiwi orchard visa

The kiwi orchard visa note is a test document uploaded through the staff page.
"""

pytestmark = pytest.mark.slow


@dataclass
class RunningApp:
    url: str
    proc: subprocess.Popen
    data_dir: Path
    knowledge_dir: Path
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def http_get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - localhost test server
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def start_app(root: Path, *, staff: bool, extra_env: dict[str, str] | None = None) -> RunningApp:
    root.mkdir(parents=True, exist_ok=True)
    knowledge = root / "knowledge"
    shutil.copytree(REPO_ROOT / "knowledge", knowledge)
    (knowledge / "docs" / "xss-probe.md").write_text(XSS_DOC, encoding="utf-8")
    data = root / "data"
    (root / "eval" / "datasets").mkdir(parents=True)
    (root / "eval" / "datasets" / "mini.jsonl").write_text(
        "".join(json.dumps(case) + "\n" for case in MINI_DATASET), encoding="utf-8"
    )
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "GRADIO_"))}
    env.update(
        BOT_DATA_DIR=str(data),
        BOT_KNOWLEDGE_DIR=str(knowledge),
        BOT_HOST="127.0.0.1",
        BOT_PORT=str(port),
        BOT_EMBEDDER="offline",
        BOT_EVAL_DIR=str(root / "eval"),
        GRADIO_TEMP_DIR=str(root / "gradio-tmp"),
        GRADIO_ANALYTICS_ENABLED="False",
        PYTHONUNBUFFERED="1",
    )
    if staff:
        env.update(BOT_STAFF_USERNAME=STAFF_USER, BOT_STAFF_PASSWORD=STAFF_PASSWORD)
    env.update(extra_env or {})
    log_path = root / "app.log"
    with log_path.open("wb") as log_file:
        # cwd = the tmp root, so no .env of the repo is read.
        proc = subprocess.Popen(
            [sys.executable, str(REPO_ROOT / "app.py")], cwd=root, env=env, stdout=log_file, stderr=subprocess.STDOUT
        )
    app = RunningApp(f"http://127.0.0.1:{port}", proc, data, knowledge, log_path)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app exited with {proc.returncode}:\n{app.log()}")
        try:
            if http_get(app.url + "/", timeout=2)[0] == 200:
                return app
        except OSError:
            pass
        time.sleep(0.3)
    stop_app(app)
    pytest.fail(f"app did not serve within {START_TIMEOUT_S}s:\n{app.log()}")


def stop_app(app: RunningApp) -> None:
    stop_process(app.proc)


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Iterator[RunningApp]:
    running = start_app(tmp_path_factory.mktemp("app"), staff=True)
    yield running
    stop_app(running)


def client_for(app: RunningApp):
    from gradio_client import Client

    return Client(app.url, verbose=False, analytics_enabled=False, download_files=False)


def message_text(message: dict[str, Any]) -> str:
    """The text of one Chatbot message as the client returns it (a string or a list of parts)."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or [] if isinstance(part, dict))


def chat(client, text: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    messages, reply = client.predict(text, api_name="/chat")
    return messages, reply


# --- the API (gradio_client) --------------------------------------------------------------------------


def test_chat_endpoint_answers_with_citations(app):
    client = client_for(app)
    messages, reply = chat(client, "Who can apply to the Japan Internship Program?")
    assert [m["role"] for m in messages] == ["user", "assistant"]
    assert reply["answer"] and not reply["refused"]
    assert reply["citations"], reply
    shown = message_text(messages[-1])
    assert "<details" in shown and "Sources (" in shown
    assert reply["citations"][0]["title"] in shown or "&" in reply["citations"][0]["title"]


def test_new_conversation_forgets_the_pending_question(app):
    client = client_for(app)
    _, first = chat(client, "How many technical intern trainees can our company accept each year?")
    assert first["follow_up"]
    messages, reply, *_ = client.predict(api_name="/new_conversation")
    assert messages == [] and reply is None
    messages, reply = chat(client, "Who can apply to the Japan Internship Program?")
    assert len(messages) == 2 and not any(c["name"] == "trainee_quota" for c in reply["tool_calls"])


def test_empty_and_huge_messages_are_handled(app):
    from gradio_client.exceptions import AppError

    client = client_for(app)
    messages, reply = chat(client, "   ")
    assert messages == [] and reply is None
    # Longer than BOT_MAX_MESSAGE_CHARS (the textbox stops a person; the API must refuse clearly).
    with pytest.raises(AppError, match="BOT_MAX_MESSAGE_CHARS"):
        chat(client, "visa " * 3000)
    messages, reply = chat(client, "Who can apply to the Japan Internship Program?")  # the session goes on
    assert messages[-1]["role"] == "assistant" and reply["answer"]


def test_a_huge_request_body_is_refused_before_processing(app):
    import http.client
    from urllib.parse import urlsplit

    # A client announcing 20 MB: the answer comes after the first 64 KiB, the rest is never read.
    parts = urlsplit(app.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.putrequest("POST", "/gradio_api/queue/join")
    conn.putheader("content-type", "application/json")
    conn.putheader("content-length", str(20_000_000))
    conn.endheaders()
    conn.send(b'{"data": ["' + b"x" * 65_536)
    response = conn.getresponse()
    assert response.status == 413 and b"BOT_MAX_MESSAGE_CHARS" in response.read()
    conn.close()


def test_health_endpoint_reports_the_checks(app):
    status, body = http_get(app.url + "/health")
    report = json.loads(body)
    assert status == 200 and report["status"] == "ok", report
    assert {c["name"] for c in report["checks"]} == {"data folder", "embedder", "index store", "index contents"}
    assert report["index"]["documents"] >= 5 and report["index"]["chunks"] > 0


def quota_conversation(app: RunningApp, employees: int) -> dict[str, Any]:
    client = client_for(app)
    first_messages, first = chat(client, "How many technical intern trainees can our company accept each year?")
    second_messages, second = chat(client, f"We have {employees} full-time employees.")
    return {"first": first, "second": second, "messages": second_messages}


def test_twenty_concurrent_conversations_keep_their_own_slots(app):
    sizes = [8 + 23 * i for i in range(20)]  # all different, across the quota table's bands
    results: dict[int, dict[str, Any]] = {}
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            results[n] = quota_conversation(app, n)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in sizes]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors
    assert sorted(results) == sorted(sizes)
    for n, result in results.items():
        first, second = result["first"], result["second"]
        assert first["follow_up"], f"conversation {n}: no follow-up question: {first}"
        calls = [c for c in second["tool_calls"] if c["name"] == "trainee_quota"]
        assert calls, f"conversation {n}: no quota calculation: {second}"
        assert calls[-1]["args"]["full_time_employees"] == n, f"cross-talk in conversation {n}: {calls[-1]}"
        users = [message_text(m) for m in result["messages"] if m["role"] == "user"]
        assert len(users) == 2 and str(n) in users[1], f"conversation {n} shows another history: {users}"


@pytest.mark.parametrize(
    ("tool", "args", "expect_in_card"),
    [
        ("trainee_quota", (45, "general", False), "titp.quota.basic.41-50"),
        ("trainee_quota", (20, "nursing_care", True), "nursing"),
        ("training_time_split", (600, 300, 100), "peripheral"),
        ("reskills_course_check", (60, 100, "AI", False), "practical"),
        ("jip_eligibility", ("Viet Nam", 25, "no", "N2", "yes", "2023"), "nationality"),
        ("jip_support_funds", ("online", 30), "total yen"),
    ],
)
def test_calculator_endpoints_give_result_cards(app, tool, args, expect_in_card):
    *field_messages, card = client_for(app).predict(*args, api_name=f"/calc_{tool}")
    assert all(m == "" for m in field_messages), field_messages
    assert "tool-card" in card and "tool-error" not in card, card
    assert expect_in_card in card.lower() or expect_in_card in card
    assert "<th>rule</th>" in card.lower()  # the rule rows used


@pytest.mark.parametrize(
    ("tool", "args", "bad_field"),
    [
        ("trainee_quota", (-5, "general", False), 0),
        ("trainee_quota", (None, "general", False), 0),
        ("training_time_split", (600, -1, 100), 1),
        ("reskills_course_check", (60, 0, "", False), 1),
        ("jip_eligibility", ("", 300, "unknown", "", "unknown", ""), 1),
        ("jip_eligibility", ("", None, "unknown", "", "unknown", "last year"), 5),
        ("jip_support_funds", ("online", 0), 1),
    ],
)
def test_calculator_validation_message_is_next_to_the_field(app, tool, args, bad_field):
    *field_messages, card = client_for(app).predict(*args, api_name=f"/calc_{tool}")
    assert field_messages[bad_field].startswith("⚠"), field_messages
    assert [i for i, m in enumerate(field_messages) if m] == [bad_field]
    assert "tool-error" in card


def test_upload_over_the_size_limit_is_refused_by_the_server(app):
    import httpx

    big = b"x" * 1_000_001  # settings.upload_max_bytes defaults to 1,000,000
    resp = httpx.post(app.url + "/gradio_api/upload", files={"files": ("big.md", big, "text/markdown")}, timeout=30)
    assert resp.status_code == 413, resp.text
    small = httpx.post(app.url + "/gradio_api/upload", files={"files": ("ok.md", b"hello", "text/markdown")}, timeout=30)
    assert small.status_code == 200
    # Uploads land in Gradio's own cache, never in the knowledge folder (only the staff save puts them there).
    assert not (app.knowledge_dir / "docs" / "ok.md").exists()


def test_no_file_outside_the_app_is_served(app):
    doc = (app.knowledge_dir / "docs" / "xss-probe.md").resolve()
    for target in (doc, Path("/etc/passwd"), (app.data_dir / "feedback.jsonl").resolve(), REPO_ROOT / "app.py"):
        for prefix in ("/gradio_api/file=", "/file="):
            status, body = http_get(app.url + prefix + str(target))
            assert status in (403, 404), (prefix, target, status)
            assert b"zebrafish" not in body and b"root:" not in body


def test_staff_endpoints_are_not_in_the_public_api(app):
    info = client_for(app).view_api(print_info=False, return_format="dict")
    names = set(info["named_endpoints"])
    assert "/chat" in names
    assert not any("login" in n or "upload" in n or "reindex" in n or "eval" in n for n in names), names


def test_staff_tab_absent_without_credentials(tmp_path):
    running = start_app(tmp_path / "nostaff", staff=False)
    try:
        status, body = http_get(running.url + "/config")
        assert status == 200
        config = json.loads(body)
        # Labels are i18n keys (knowledge/ui/<lang>.yaml) the browser translates.
        labels = " ".join(str(c.get("props", {}).get("label")) for c in config["components"])
        assert '"tab_chat"' in labels and '"tab_calculators"' in labels
        assert '"tab_staff"' not in labels
        assert not any(c.get("props", {}).get("elem_id") == "staff-login" for c in config["components"])
    finally:
        stop_app(running)


# --- a real browser -------------------------------------------------------------------------------


def ensure_chromium() -> None:
    """Debian's Chromium, installed from the distribution's packages when missing (CI runs as root)."""
    if CHROMIUM.exists():
        return
    if os.geteuid() != 0:
        pytest.fail("Chromium is missing: run `apt-get update && apt-get install -y chromium` as root")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env, timeout=900)
    subprocess.run(["apt-get", "install", "-y", "chromium"], check=True, env=env, timeout=1800)
    assert CHROMIUM.exists()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    ensure_chromium()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 1000},
        )
        yield context
        context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {path}")
    return path


BOT_MESSAGES = "#chatbot [data-testid='bot']"


def open_app(page, url: str) -> None:
    # Not "networkidle": the page keeps a connection to the server open.
    page.goto(url, wait_until="load")
    page.locator("#chat-input textarea").wait_for(timeout=60_000)


def ask_in_page(page, text: str) -> Any:
    """Send a message and wait until the streamed answer has stopped changing; returns the answer."""
    before = page.locator(BOT_MESSAGES).count()
    box = page.locator("#chat-input textarea")
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll(\"#chatbot [data-testid='bot']\").length > n",
        arg=before,
        timeout=60_000,
    )
    answer = page.locator(BOT_MESSAGES).nth(before)
    last, stable_since = None, time.monotonic()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        html = answer.inner_html()
        if html != last:
            last, stable_since = html, time.monotonic()
        elif time.monotonic() - stable_since > 1.5 and "…" not in answer.inner_text()[-3:]:
            return answer
        time.sleep(0.2)
    raise AssertionError(f"answer still changing after 60 s: {last!r}")


def test_browser_chat_calculator_and_no_script(app, browser, screenshots):
    page = browser.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda exc: page_errors.append(str(exc)))
    open_app(page, app.url)
    page.screenshot(path=str(screenshots / "01-home.png"), full_page=True)

    # A question gets an answer with a collapsible source.
    bot = ask_in_page(page, "Who can apply to the Japan Internship Program?")
    details = bot.locator("details.citations")
    details.wait_for(timeout=30_000)
    assert "Sources" in details.locator("summary").inner_text()
    details.locator("summary").click()
    assert details.locator("blockquote").first.is_visible()
    page.screenshot(path=str(screenshots / "02-answer-with-sources.png"), full_page=True)

    # Script in a message is shown as text and never runs.
    ask_in_page(
        page, '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> [go](javascript:window.__xss=3) visa?'
    )
    assert page.locator("#chatbot a[href^='javascript']").count() == 0
    assert page.locator("#chatbot script, #chatbot img[onerror]").count() == 0
    user_texts = page.locator("#chatbot [data-testid='user']").all_inner_texts()
    assert any("<script>window.__xss=1</script>" in t for t in user_texts), user_texts
    assert page.evaluate("window.__xss") is None

    # Script in a document (title and body) is shown as text and never runs.
    probe = ask_in_page(page, "How long does the zebrafish quarantine permit take?")
    probe.locator("details.citations summary").click()
    assert "<script>" in probe.inner_text() or "<img" in probe.inner_text()
    page.screenshot(path=str(screenshots / "03-document-with-markup.png"), full_page=True)
    assert page.evaluate("window.__xss_doc") is None

    # Thumbs up on an answer is saved with its conversation.
    # The first answer's thumbs-up ("Dislike" also contains "like": exact match).
    page.locator("#chatbot").get_by_label("Like", exact=True).first.click()
    feedback = app.data_dir / "feedback.jsonl"
    deadline = time.monotonic() + 15
    lines: list[str] = []
    while time.monotonic() < deadline and not lines:
        lines = feedback.read_text().splitlines() if feedback.exists() else []
        time.sleep(0.2)
    assert lines, "no feedback saved"
    record = json.loads(lines[-1])
    assert record["liked"] is True and "Internship" in record["question"]
    assert len(record["conversation"]) >= 1

    # The chatbot's trash button starts over: the old turns do not come back with the next answer.
    page.locator("#chatbot").get_by_label("Clear", exact=True).first.click()
    page.wait_for_function("() => document.querySelectorAll(\"#chatbot [data-testid='bot']\").length === 0")
    ask_in_page(page, "How long can I stay in Japan as a technical intern trainee?")
    assert page.locator("#chatbot [data-testid='user']").count() == 1

    # The knowledge page lists the documents; the probe's title is text.
    page.get_by_role("tab", name="Knowledge").click()
    table = page.locator("#documents-table")
    table.wait_for()
    page.wait_for_timeout(500)
    assert "zebrafish" in table.inner_text()
    assert page.evaluate("window.__xss_doc") is None
    page.screenshot(path=str(screenshots / "04-knowledge.png"), full_page=True)

    # The quota calculator: a bad value gets a message next to the field, a good one a result card.
    page.get_by_role("tab", name="Calculators").click()
    page.locator("#calc-trainee_quota").get_by_text("Trainee quota").first.click()
    field = page.locator("#field-full_time_employees input, #field-full_time_employees textarea").first
    field.fill("-5")
    page.locator("#run-trainee_quota").click()
    page.locator("#err-trainee_quota-full_time_employees").get_by_text("⚠", exact=False).wait_for(timeout=15_000)
    field.fill("45")
    page.locator("#run-trainee_quota").click()
    card = page.locator("#result-trainee_quota .tool-card:not(.tool-error)")
    card.wait_for(timeout=15_000)
    assert page.locator("#err-trainee_quota-full_time_employees").inner_text().strip() == ""
    assert "rule" in card.inner_text().lower()
    page.screenshot(path=str(screenshots / "05-quota-calculator.png"), full_page=True)

    assert page.evaluate("window.__xss") is None and page.evaluate("window.__xss_doc") is None
    assert not page_errors, page_errors
    page.close()


def test_browser_staff_login_upload_reindex_eval(app, browser, screenshots, tmp_path):
    page = browser.new_page()
    open_app(page, app.url)
    page.get_by_role("tab", name="Staff").click()
    page.locator("#staff-user input, #staff-user textarea").first.fill(STAFF_USER)
    page.locator("#staff-password input").first.fill("wrong-password")
    page.locator("#staff-login-btn").click()
    page.locator("#staff-login-msg").get_by_text("Wrong").wait_for(timeout=15_000)
    assert not page.locator("#staff-panel").is_visible()

    page.locator("#staff-password input").first.fill(STAFF_PASSWORD)
    page.locator("#staff-login-btn").click()
    page.locator("#staff-panel").wait_for(state="visible", timeout=15_000)

    # A bad upload is refused with a message and writes nothing.
    files = tmp_path / "uploads"
    files.mkdir()
    (files / "broken.md").write_text("# no front matter\n", encoding="utf-8")
    (files / "Kiwi Note.md").write_text(UPLOADED_DOC, encoding="utf-8")
    docs_before = sorted(p.name for p in (app.knowledge_dir / "docs").iterdir())
    page.locator("#staff-upload input[type=file]").set_input_files(str(files / "broken.md"))
    page.wait_for_timeout(1000)
    page.locator("#staff-save").click()
    page.locator("#staff-upload-msg").get_by_text("front matter").wait_for(timeout=15_000)
    assert sorted(p.name for p in (app.knowledge_dir / "docs").iterdir()) == docs_before

    # A good one is saved inside the docs folder under a clean name, then indexed.
    page.locator("#staff-upload").get_by_label("Clear").first.click()
    page.locator("#staff-upload input[type=file]").set_input_files(str(files / "Kiwi Note.md"))
    page.wait_for_timeout(1000)
    page.locator("#staff-save").click()
    page.locator("#staff-upload-msg").get_by_text("Saved").wait_for(timeout=15_000)
    assert (app.knowledge_dir / "docs" / "kiwi-note.md").read_text(encoding="utf-8") == UPLOADED_DOC
    page.locator("#staff-reindex").click()
    page.locator("#staff-reindex-msg").get_by_text("Re-indexed").wait_for(timeout=120_000)
    assert "added 1" in page.locator("#staff-reindex-msg").inner_text()

    page.locator("#staff-eval").click()
    page.locator("#staff-eval-msg").get_by_text("cases passed").wait_for(timeout=120_000)
    assert "mini.jsonl" in page.locator("#staff-eval-msg").inner_text()
    assert "answer_accuracy" in page.locator("#staff-eval-table").inner_text()
    assert list((app.data_dir / "eval-reports").glob("*/report.json"))
    report = page.locator("#staff-eval-report iframe")
    report.wait_for(timeout=15_000)
    assert report.get_attribute("sandbox") == ""  # the report page cannot run script
    assert "Evaluation report" in report.get_attribute("srcdoc")
    page.screenshot(path=str(screenshots / "06-staff.png"), full_page=True)

    # The new document is listed and answers questions.
    page.get_by_role("tab", name="Knowledge").click()
    page.locator("#documents-table").get_by_text("kiwi orchard").wait_for(timeout=15_000)
    page.get_by_role("tab", name="Chat").click()
    answer = ask_in_page(page, "What is the kiwi orchard visa note?")
    assert "kiwi" in answer.inner_text().lower()
    page.close()
