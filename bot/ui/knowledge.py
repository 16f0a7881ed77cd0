"""The Knowledge tab: which documents the bot answers from, their program, as-of date and chunk count.

The list is read on every page load (and by "Refresh"), so a re-index shows up without a restart. When the
index cannot be read (the Chroma server is down, the disk refuses), the tab says so in one plain line and the
log gets one line, never a traceback.
"""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr

from bot.errors import BotError, storage_error
from bot.ui.i18n import DEFAULT_LANGUAGE, UiText, language_of
from bot.ui.render import DOCUMENT_COLUMNS, escape_text, render_documents
from bot.ui.services import Services

log = logging.getLogger(__name__)


def document_listing(
    services: Services, text: UiText | None = None, lang: str = DEFAULT_LANGUAGE
) -> tuple[list[list], str]:
    """(table rows, status line): the rows and "" when the index answers; no rows and a message saying
    why and what still works when it does not."""
    try:
        return render_documents(services.store.documents()), ""
    except Exception as exc:  # noqa: BLE001 - sorted below: known faults are one line, a bug keeps its traceback
        fault = exc if isinstance(exc, BotError) else storage_error(exc, services.settings.data_dir)
        if fault is None:
            log.exception("listing documents failed")
            reason = ""
        else:
            reason = str(fault).splitlines()[0] if str(fault) else type(fault).__name__
            log.warning("Knowledge tab: the document list cannot be read: %s", reason)
        text = text or UiText.load(services.settings.knowledge_dir)
        return [], "⚠ " + escape_text(text.get("documents_unavailable", lang, reason=reason).strip())


def build_knowledge_tab(services: Services, demo: gr.Blocks | None = None, text: UiText | None = None) -> gr.Dataframe:
    """Lay out the tab; the list is read when ``demo`` loads a page and when "Refresh" is pressed."""
    text = text or UiText.load(services.settings.knowledge_dir)
    gr.Markdown(
        "The bot answers only from these documents (and the rule tables of the calculators). "
        "Check the **as of** date: rules change, and an old document may be out of date."
    )
    status = gr.Markdown("", elem_id="documents-status")
    table = gr.Dataframe(
        value=[],
        headers=DOCUMENT_COLUMNS,
        datatype=["str", "str", "str", "number", "str"],
        column_widths=["50%", "12%", "12%", "8%", "18%"],
        interactive=False,
        wrap=True,
        elem_id="documents-table",
    )
    refresh = gr.Button("Refresh", size="sm", elem_id="documents-refresh")

    def listing(request: gr.Request) -> tuple[list[list], str]:
        headers = getattr(request, "headers", None) or {}
        return document_listing(services, text, language_of(headers.get("accept-language")))

    refresh.click(listing, None, [table, status], api_visibility="private")
    if demo is not None:
        demo.load(listing, None, [table, status], api_visibility="private")
    return table


def document_rows(services: Services) -> list[list[Any]]:
    """The table rows alone (empty when the index cannot be read)."""
    return document_listing(services)[0]
