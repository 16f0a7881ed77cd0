"""The Knowledge tab's list: the documents when the index answers; one plain line on the page and one line
in the log (no traceback) when it does not."""

from __future__ import annotations

import errno
import logging
from types import SimpleNamespace

from bot.errors import StoreUnavailableError
from bot.settings import Settings
from bot.ui.i18n import UiText
from bot.ui.knowledge import document_listing

DOWN = "The Chroma server at http://127.0.0.1:9 cannot be reached (ConnectError). Start it or unset BOT_CHROMA_URL."


class _Store:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error

    def documents(self):
        if self.error is not None:
            raise self.error
        return [{"doc_id": "jip", "title": "JIP", "program": "jip", "as_of": "2024-04-01", "chunks": 3}]


def _services(tmp_path, error: Exception | None = None):
    return SimpleNamespace(store=_Store(error), settings=Settings(_env_file=None, data_dir=tmp_path / "data"))


def test_documents_are_listed_when_the_index_answers(tmp_path):
    rows, status = document_listing(_services(tmp_path))
    assert rows == [["JIP", "jip", "2024-04-01", 3, "jip"]] and status == ""


def test_store_down_is_one_log_line_and_a_clear_message(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    rows, status = document_listing(_services(tmp_path, StoreUnavailableError(DOWN)))
    assert rows == []
    assert status.startswith("⚠ The document list cannot be shown right now.") and "http://127.0.0.1:9" in status
    assert "Refresh" in status
    records = [r for r in caplog.records if r.name == "bot.ui.knowledge"]
    assert len(records) == 1 and records[0].exc_info is None and "cannot be reached" in records[0].getMessage()
    assert "Traceback" not in caplog.text
    ja = document_listing(_services(tmp_path, StoreUnavailableError(DOWN)), UiText.load(), "ja")[1]
    assert "文書の一覧" in ja


def test_a_disk_fault_is_one_line_too(tmp_path, caplog):
    rows, status = document_listing(_services(tmp_path, OSError(errno.EACCES, "Permission denied")))
    assert rows == [] and status.startswith("⚠") and "Traceback" not in caplog.text
    assert [r.exc_info for r in caplog.records if r.name == "bot.ui.knowledge"] == [None]
