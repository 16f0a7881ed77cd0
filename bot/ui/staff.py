"""The Staff tab (only built when staff credentials are set): log in, upload a document, re-index, run
the evaluation and read its report.

The login is per browser session (the user name in ``gr.State``, kept on the server) and every staff
action checks it on the server, so hiding the panel is not the only protection: calling the endpoint
directly without logging in fails. Failed logins lock the user name and the client address out with a
growing wait (bot/ui/login_guard.py); every staff action is written to the audit log (bot/ui/audit.py).
"""

from __future__ import annotations

import hmac
import logging
import shutil
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import gradio as gr

from bot.errors import BotError, storage_error
from bot.ui.i18n import UiText
from bot.ui.render import escape_text, render_report_summary
from bot.ui.services import Services
from bot.ui.uploads import save_upload

log = logging.getLogger(__name__)

NOT_LOGGED_IN = "Please log in first."
FAILED_LOGIN_DELAY_S = 1.0  # slows down password guessing without bothering a person who mistyped
MAX_CREDENTIAL_CHARS = 1024  # longer user names or passwords are wrong without being compared
WRONG_LOGIN = "⚠ Wrong user name or password."


def staff_user(services: Services, logged_in: object) -> str:
    """Who is acting: the user name kept in the session (older sessions kept only ``True``)."""
    return logged_in if isinstance(logged_in, str) else (services.settings.staff_username or "staff")


def fault_message(exc: Exception, services: Services, what: str, *, knowledge: bool = False) -> str:
    """A staff-facing line for an action that failed: a disk fault says what to do, anything else points
    to the server log (which has the traceback)."""
    if knowledge:
        fault = storage_error(exc, services.settings.docs_dir, setting="BOT_KNOWLEDGE_DIR")
    else:
        fault = storage_error(exc, services.settings.data_dir)
    if fault is not None:
        return f"⚠ {escape_text(fault)}"
    log.exception("%s failed", what)
    return f"⚠ {what} failed; see the server log."


def credentials_match(services: Services, username: str | None, password: str | None) -> bool:
    settings = services.settings
    if not settings.staff_enabled:
        return False
    expected_user = (settings.staff_username or "").encode()
    expected_pw = settings.staff_password.get_secret_value().encode() if settings.staff_password else b""
    # compare_digest on both, always, so the time taken does not say which one was wrong.
    user_ok = hmac.compare_digest((username or "").encode(), expected_user)
    pw_ok = hmac.compare_digest((password or "").encode(), expected_pw)
    return user_ok and pw_ok


def check_login(services: Services, username: str | None, password: str | None, address: str = "") -> tuple[bool, str]:
    """(accepted, message). Refused without checking the password while the user name or the address is
    locked out; each failure counts towards the lockout and is audited, like each success."""
    user = (username or "")[:200]
    guard = services.login_guard
    with guard.serial:  # microseconds: the pause after a failure is outside
        locked = guard.locked(user, address)
        if locked is not None:  # not audited one by one: a flood of refusals must not fill the disk
            return False, f"⚠ {locked.message()}"
        too_long = len(username or "") > MAX_CREDENTIAL_CHARS or len(password or "") > MAX_CREDENTIAL_CHARS
        accepted = not too_long and credentials_match(services, username, password)
        if not accepted:
            guard.failed(user, address)
            now_locked = guard.locked(user, address)
    if accepted:
        services.audit.record(user, "login", "ok", client=address)
        return True, ""
    if now_locked is None:
        services.audit.record(user, "login", "failed", client=address)
    else:
        services.audit.record(
            user, "login", f"failed: {now_locked.key} locked out", client=address,
            retry_after_s=now_locked.retry_after_s,
        )
    time.sleep(FAILED_LOGIN_DELAY_S)
    return False, WRONG_LOGIN


def login(services: Services, username: str, password: str, address: str = ""):
    accepted, message = check_login(services, username, password, address)
    if accepted:
        return (username or "")[:200], gr.update(visible=False), gr.update(visible=True), "", ""
    return False, gr.update(visible=True), gr.update(visible=False), message, ""


def client_address(request: gr.Request | None) -> str:
    """The client's address as the server sees it (behind a proxy: the proxy's, see the README)."""
    client = getattr(request, "client", None) if request is not None else None
    return str(getattr(client, "host", "") or "")


def logout():
    return False, gr.update(visible=True), gr.update(visible=False)


def upload_document(
    services: Services, logged_in: bool | str, file_path: str | None, replace: bool, address: str = "",
    text: UiText | None = None,
) -> str:
    if not logged_in:
        return NOT_LOGGED_IN
    if not file_path:
        return "Choose a Markdown (.md) or text (.txt) file first."
    user = staff_user(services, logged_in)
    path = Path(file_path)
    if not services.upload_limiter.allow("upload", user):
        services.audit.record(user, "upload", "refused: rate limit", client=address, file=path.name)
        return (
            f"⚠ Too many uploads: at most {services.settings.staff_upload_limits} "
            "(BOT_STAFF_UPLOAD_LIMITS). Try again later."
        )
    try:
        saved = save_upload(
            path, path.name, services.settings.docs_dir, services.settings.upload_max_bytes, replace=replace,
            max_documents=services.settings.max_documents, text=text,
        )
    except BotError as exc:
        services.audit.record(user, "upload", "refused", client=address, file=path.name, reason=str(exc))
        return f"⚠ {escape_text(exc)}"
    except Exception as exc:  # noqa: BLE001 - a disk fault gets a clear line, anything else the log
        services.audit.record(user, "upload", "failed", client=address, file=path.name, reason=str(exc)[:300])
        return fault_message(exc, services, "Saving the document", knowledge=True)
    services.audit.record(
        user, "upload", "ok", client=address, file=saved.path.name, doc_id=saved.doc_id, replaced=saved.replaced
    )
    verb = "Replaced" if saved.replaced else "Saved"
    return (
        f"✓ {verb} **{escape_text(saved.title)}** (`{escape_text(saved.doc_id)}`) as "
        f"`{escape_text(saved.path.name)}`. Press **Re-index** to make it searchable."
    )


def reindex(services: Services, logged_in: bool | str, progress: gr.Progress, address: str = "") -> str:
    if not logged_in:
        return NOT_LOGGED_IN
    from bot.ingest import ingest

    user = staff_user(services, logged_in)
    if not services.staff_lock.acquire(blocking=False):
        services.audit.record(user, "reindex", "refused: busy", client=address)
        return "A re-index or an evaluation is already running; try again when it has finished."
    try:
        progress(0, desc="Indexing")
        report = ingest(services.settings, services.store, progress=True)
    except BotError as exc:
        services.audit.record(user, "reindex", "failed", client=address, reason=str(exc))
        return f"⚠ {escape_text(exc)}"
    except Exception as exc:  # noqa: BLE001 - staff get a message, the log keeps the traceback
        services.audit.record(user, "reindex", "failed", client=address, reason=str(exc)[:300])
        return fault_message(exc, services, "Re-indexing")
    finally:
        services.staff_lock.release()
    data = report.model_dump(mode="json")
    services.audit.record(
        user, "reindex", "ok", client=address,
        **{k: data.get(k) for k in ("documents", "chunks", "added", "updated", "deleted")},
        errors=len(data.get("errors") or []),
    )
    lines = [
        "✓ Re-indexed: "
        + ", ".join(
            f"{k} {data[k]}" for k in ("documents", "chunks", "added", "updated", "deleted", "unchanged") if k in data
        )
    ]
    for issue in data.get("errors") or []:
        lines.append(f"- ⚠ `{escape_text(issue.get('file', ''))}`: {escape_text(issue.get('error', ''))}")
    return "\n".join(lines)


def dataset_choices(datasets_dir: Path) -> list[str]:
    return sorted(p.name for p in datasets_dir.glob("*.jsonl")) if datasets_dir.is_dir() else []


def threshold_lines(report: dict[str, Any]) -> list[str]:
    gates = report.get("thresholds")
    if not gates:
        return []
    if gates["passed"]:
        return [f"All thresholds in `{escape_text(gates.get('file') or '')}` met."]
    return ["Thresholds not met:"] + [f"- {escape_text(b['message'])}" for b in gates["breaches"]]


def report_frame(html_text: str) -> str:
    """The HTML report in a sandboxed iframe: its own styles stay inside it and no script in it can run."""
    return (
        '<iframe class="eval-report" sandbox="" referrerpolicy="no-referrer" '
        f'style="width:100%;height:640px;border:1px solid #ddd" srcdoc="{escape_text(html_text)}"></iframe>'
    )


def run_evaluation(
    services: Services, logged_in: bool | str, chosen: list[str] | None, progress: gr.Progress, address: str = ""
) -> tuple[str, list[list[Any]], str, list[str] | None]:
    if not logged_in:
        return NOT_LOGGED_IN, [], "", None
    user = staff_user(services, logged_in)
    from bot.corpus import load_corpus
    from bot.evaluation.harness import evaluate
    from bot.evaluation.report import build_report, render_html, write_reports
    from bot.evaluation.thresholds import check_thresholds, load_thresholds

    datasets_dir = services.settings.eval_dir / "datasets"
    thresholds_file = services.settings.eval_dir / "thresholds.toml"
    names = chosen or dataset_choices(datasets_dir)
    paths = [datasets_dir / n for n in names if n in dataset_choices(datasets_dir)]
    if not paths:
        return f"No datasets found in {escape_text(datasets_dir)}.", [], "", None
    if not services.staff_lock.acquire(blocking=False):
        services.audit.record(user, "eval", "refused: busy", client=address, datasets=names)
        return "A re-index or an evaluation is already running; try again when it has finished.", [], "", None
    try:
        progress(0, desc="Evaluating")
        # Same inputs as `bot eval`: document texts for the citation check, the repo's thresholds.
        doc_texts = {doc.id: f"{doc.title}\n{doc.body}" for doc in load_corpus(services.settings.docs_dir).documents}
        gates = load_thresholds(thresholds_file) if thresholds_file.is_file() else None
        run = evaluate(services.bot, paths, doc_texts, progress=True)
        breaches = check_thresholds(run.metrics, gates) if gates is not None else []
        report = build_report(run, None, gates, breaches, str(thresholds_file) if gates is not None else None)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        json_path, html_path = write_reports(report, services.settings.data_dir / "eval-reports" / stamp)
    except BotError as exc:
        services.audit.record(user, "eval", "failed", client=address, datasets=names, reason=str(exc))
        return f"⚠ {escape_text(exc)}", [], "", None
    except Exception as exc:  # noqa: BLE001
        services.audit.record(user, "eval", "failed", client=address, datasets=names, reason=str(exc)[:300])
        return fault_message(exc, services, "The evaluation"), [], "", None
    finally:
        services.staff_lock.release()
    services.audit.record(
        user, "eval", "ok", client=address, datasets=names, cases=report["cases"], passed=report["passed"],
        report=str(json_path),
    )
    # Downloads go through Gradio's cache, which only takes files from the temp dir (the data dir is blocked).
    download_dir = Path(tempfile.mkdtemp(prefix="bot-eval-report-"))
    downloads = [str(Path(shutil.copy(p, download_dir / p.name))) for p in (json_path, html_path)]
    status = "\n".join(
        [f"✓ {report['passed']}/{report['cases']} cases passed ({', '.join(escape_text(n) for n in names)})."]
        + threshold_lines(report)
    )
    return status, render_report_summary(report), report_frame(render_html(report)), downloads


def build_staff_tab(
    services: Services, documents_table: gr.Dataframe | None = None, text: UiText | None = None
) -> None:
    text = text or UiText.load(services.settings.knowledge_dir)
    logged_in = gr.State(False)
    with gr.Column(visible=True, elem_id="staff-login") as login_box:
        gr.Markdown("Staff only. Log in to upload documents, re-index and run the evaluation.")
        username = gr.Textbox(label="User name", elem_id="staff-user")
        password = gr.Textbox(label="Password", type="password", elem_id="staff-password")
        login_btn = gr.Button("Log in", variant="primary", elem_id="staff-login-btn")
        login_msg = gr.Markdown("", elem_id="staff-login-msg")
    with gr.Column(visible=False, elem_id="staff-panel") as panel:
        logout_btn = gr.Button("Log out", size="sm")
        with gr.Group():
            gr.Markdown(
                "### Upload a document\nMarkdown or text with front matter (id, title, program, source, "
                f"as_of, language). {text.upload_limit(services.settings.upload_max_bytes)}",
                elem_id="staff-upload-limit",
            )
            upload = gr.File(
                file_types=[".md", ".markdown", ".txt"], type="filepath", label="Document", height=140,
                elem_id="staff-upload",
            )
            replace = gr.Checkbox(label="Replace a document with the same file name", value=False)
            save_btn = gr.Button("Save document", elem_id="staff-save")
            upload_msg = gr.Markdown("", elem_id="staff-upload-msg")
        with gr.Group():
            gr.Markdown("### Re-index the knowledge base\nOnly new or changed documents are embedded again.")
            reindex_btn = gr.Button("Re-index", elem_id="staff-reindex")
            reindex_msg = gr.Markdown("", elem_id="staff-reindex-msg")
        with gr.Group():
            gr.Markdown("### Run the evaluation")
            datasets = gr.CheckboxGroup(
                dataset_choices(services.settings.eval_dir / "datasets"),
                label="Datasets (none ticked = all)",
                elem_id="staff-datasets",
            )
            eval_btn = gr.Button("Run evaluation", elem_id="staff-eval")
            eval_msg = gr.Markdown("", elem_id="staff-eval-msg")
            eval_table = gr.Dataframe(headers=["metric", "value"], interactive=False, elem_id="staff-eval-table")
            eval_files = gr.File(label="Report files", file_count="multiple", interactive=False, height=100)
            eval_report = gr.HTML(elem_id="staff-eval-report")

    def _login(user: str, pw: str, request: gr.Request):
        return login(services, user, pw, client_address(request))

    def _logout(flag: bool | str, request: gr.Request):
        if flag:
            services.audit.record(staff_user(services, flag), "logout", "ok", client=client_address(request))
        return logout()

    def _upload(flag: bool | str, path: str | None, rep: bool, request: gr.Request) -> str:
        return upload_document(services, flag, path, rep, client_address(request), text)

    def _reindex(flag: bool | str, request: gr.Request, progress=gr.Progress(track_tqdm=True)) -> str:
        return reindex(services, flag, progress, client_address(request))

    def _evaluate(
        flag: bool | str, chosen: list[str] | None, request: gr.Request, progress=gr.Progress(track_tqdm=True)
    ):
        return run_evaluation(services, flag, chosen, progress, client_address(request))

    private: dict[str, Any] = {"api_visibility": "private"}
    login_btn.click(_login, [username, password], [logged_in, login_box, panel, login_msg, password], **private)
    password.submit(_login, [username, password], [logged_in, login_box, panel, login_msg, password], **private)
    logout_btn.click(_logout, [logged_in], [logged_in, login_box, panel], **private)
    save_btn.click(_upload, [logged_in, upload, replace], [upload_msg], **private)
    reindex_event = reindex_btn.click(_reindex, [logged_in], [reindex_msg], concurrency_id="staff", **private)
    if documents_table is not None:
        from bot.ui.knowledge import document_rows

        reindex_event.then(lambda: document_rows(services), None, [documents_table], **private)
    eval_btn.click(
        _evaluate, [logged_in, datasets], [eval_msg, eval_table, eval_report, eval_files],
        concurrency_id="staff", **private,
    )
