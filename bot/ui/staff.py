"""The Staff tab (only built when staff credentials are set): log in, upload a document, re-index, run
the evaluation and read its report.

The login is per browser session (a flag in ``gr.State``) and every staff action checks it on the server,
so hiding the panel is not the only protection: calling the endpoint directly without logging in fails.
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

from bot.errors import BotError
from bot.ui.render import escape_text, render_report_summary
from bot.ui.services import Services
from bot.ui.uploads import save_upload

log = logging.getLogger(__name__)

NOT_LOGGED_IN = "Please log in first."
FAILED_LOGIN_DELAY_S = 1.0  # slows down password guessing without bothering a person who mistyped


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


def login(services: Services, username: str, password: str):
    if credentials_match(services, username, password):
        return True, gr.update(visible=False), gr.update(visible=True), "", ""
    time.sleep(FAILED_LOGIN_DELAY_S)
    return False, gr.update(visible=True), gr.update(visible=False), "⚠ Wrong user name or password.", ""


def logout():
    return False, gr.update(visible=True), gr.update(visible=False)


def upload_document(services: Services, logged_in: bool, file_path: str | None, replace: bool) -> str:
    if not logged_in:
        return NOT_LOGGED_IN
    if not file_path:
        return "Choose a Markdown (.md) or text (.txt) file first."
    path = Path(file_path)
    try:
        saved = save_upload(
            path, path.name, services.settings.docs_dir, services.settings.upload_max_bytes, replace=replace
        )
    except BotError as exc:
        return f"⚠ {escape_text(exc)}"
    verb = "Replaced" if saved.replaced else "Saved"
    return (
        f"✓ {verb} **{escape_text(saved.title)}** (`{escape_text(saved.doc_id)}`) as "
        f"`{escape_text(saved.path.name)}`. Press **Re-index** to make it searchable."
    )


def reindex(services: Services, logged_in: bool, progress: gr.Progress) -> str:
    if not logged_in:
        return NOT_LOGGED_IN
    from bot.ingest import ingest

    if not services.staff_lock.acquire(blocking=False):
        return "A re-index or an evaluation is already running; try again when it has finished."
    try:
        progress(0, desc="Indexing")
        report = ingest(services.settings, services.store, progress=True)
    except BotError as exc:
        return f"⚠ {escape_text(exc)}"
    except Exception:  # noqa: BLE001 - staff get a message, the log keeps the traceback
        log.exception("re-index failed")
        return "⚠ Re-indexing failed; see the server log."
    finally:
        services.staff_lock.release()
    data = report.model_dump(mode="json")
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
    services: Services, logged_in: bool, chosen: list[str] | None, progress: gr.Progress
) -> tuple[str, list[list[Any]], str, list[str] | None]:
    if not logged_in:
        return NOT_LOGGED_IN, [], "", None
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
        return f"⚠ {escape_text(exc)}", [], "", None
    except Exception:  # noqa: BLE001
        log.exception("evaluation failed")
        return "⚠ The evaluation failed; see the server log.", [], "", None
    finally:
        services.staff_lock.release()
    # Downloads go through Gradio's cache, which only takes files from the temp dir (the data dir is blocked).
    download_dir = Path(tempfile.mkdtemp(prefix="bot-eval-report-"))
    downloads = [str(Path(shutil.copy(p, download_dir / p.name))) for p in (json_path, html_path)]
    status = "\n".join(
        [f"✓ {report['passed']}/{report['cases']} cases passed ({', '.join(escape_text(n) for n in names)})."]
        + threshold_lines(report)
    )
    return status, render_report_summary(report), report_frame(render_html(report)), downloads


def build_staff_tab(services: Services, documents_table: gr.Dataframe | None = None) -> None:
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
                f"### Upload a document\nMarkdown or text with front matter (id, title, program, source, "
                f"as_of, language), at most {services.settings.upload_max_bytes:,} bytes."
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

    def _login(user: str, pw: str):
        return login(services, user, pw)

    def _upload(flag: bool, path: str | None, rep: bool) -> str:
        return upload_document(services, flag, path, rep)

    def _reindex(flag: bool, progress=gr.Progress(track_tqdm=True)) -> str:
        return reindex(services, flag, progress)

    def _evaluate(flag: bool, chosen: list[str] | None, progress=gr.Progress(track_tqdm=True)):
        return run_evaluation(services, flag, chosen, progress)

    private: dict[str, Any] = {"api_visibility": "private"}
    login_btn.click(_login, [username, password], [logged_in, login_box, panel, login_msg, password], **private)
    password.submit(_login, [username, password], [logged_in, login_box, panel, login_msg, password], **private)
    logout_btn.click(logout, None, [logged_in, login_box, panel], **private)
    save_btn.click(_upload, [logged_in, upload, replace], [upload_msg], **private)
    reindex_event = reindex_btn.click(_reindex, [logged_in], [reindex_msg], concurrency_id="staff", **private)
    if documents_table is not None:
        from bot.ui.knowledge import document_rows

        reindex_event.then(lambda: document_rows(services), None, [documents_table], **private)
    eval_btn.click(
        _evaluate, [logged_in, datasets], [eval_msg, eval_table, eval_report, eval_files],
        concurrency_id="staff", **private,
    )
