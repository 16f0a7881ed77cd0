"""The app's HTTP additions: the body limit refuses oversized requests before Gradio reads them, and
GET /health answers 200 or 503 with the checks."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from bot.health import Check, HealthReport
from bot.settings import Settings
from bot.ui.http import ENVELOPE_BYTES, HealthEndpoint, app_kwargs, body_limits, chat_message


def _app(settings: Settings, report: HealthReport) -> TestClient:
    seen: list[int] = []

    async def echo(request: Request) -> JSONResponse:
        body = await request.body()
        seen.append(len(body))
        return JSONResponse({"bytes": len(body)})

    kwargs = app_kwargs(settings, HealthEndpoint(lambda: report))
    routes = kwargs["routes"] + [Route("/gradio_api/queue/join", echo, methods=["POST"]),
                                 Route("/gradio_api/upload", echo, methods=["POST"])]
    client = TestClient(Starlette(routes=routes, middleware=kwargs["middleware"]))
    client.seen = seen  # type: ignore[attr-defined]
    return client


def _report(ok: bool) -> HealthReport:
    checks = [Check(name="index store", ok=ok, detail="reachable" if ok else "cannot be reached")]
    return HealthReport(status="ok" if ok else "fail", checks=checks, index={"chunks": 3, "document_ids": ["a"]})


def test_bodies_over_the_bound_are_refused_before_the_app_sees_them():
    settings = Settings(_env_file=None, max_message_chars=1000, upload_max_bytes=5000)
    max_body, max_upload = body_limits(settings)
    assert max_body == 1000 * 12 + ENVELOPE_BYTES and max_upload == 5000 + ENVELOPE_BYTES
    client = _app(settings, _report(True))
    assert client.post("/gradio_api/queue/join", content=b"x" * 100).json() == {"bytes": 100}
    refused = client.post("/gradio_api/queue/join", content=b"x" * (max_body + 1))
    assert refused.status_code == 413 and "1,000 characters" in refused.json()["error"]

    def chunks():  # no Content-Length: counted while it arrives
        for _ in range(100):
            yield b"y" * 4096

    refused = client.post("/gradio_api/queue/join", content=chunks())
    assert refused.status_code == 413
    assert client.post("/gradio_api/upload", content=b"z" * 6000).status_code == 200
    assert client.post("/gradio_api/upload", content=b"z" * (max_upload + 1)).status_code == 413
    assert client.seen == [100, 6000]  # type: ignore[attr-defined]


def test_health_is_200_when_ok_and_503_when_a_check_fails():
    settings = Settings(_env_file=None)
    ok = _app(settings, _report(True)).get("/health")
    assert ok.status_code == 200 and ok.json()["status"] == "ok"
    assert "document_ids" not in ok.json()["index"] and "settings" not in ok.json()
    down = _app(settings, _report(False)).get("/health")
    assert down.status_code == 503 and down.json()["checks"][0]["detail"] == "cannot be reached"


def test_the_chat_entry_check_sanitises_and_refuses_with_a_visible_error():
    import gradio as gr

    assert chat_message(" a\ud800\x00b ", 50) == "a\ufffd b"
    with pytest.raises(gr.Error) as info:
        chat_message("x" * 51, 50)
    assert "BOT_MAX_MESSAGE_CHARS" in str(info.value)


def test_the_upload_limit_is_stated_the_same_way_everywhere(tmp_path):
    """One sentence from knowledge/ui/<lang>.yaml: the staff tab's description, a refused upload and the
    server's 413 all state the limit with it."""
    import gradio as gr

    from bot.errors import UploadError
    from bot.ui.feedback import FeedbackLog
    from bot.ui.i18n import UiText
    from bot.ui.services import Services
    from bot.ui.staff import build_staff_tab
    from bot.ui.uploads import save_upload

    settings = Settings(_env_file=None, upload_max_bytes=5000, data_dir=tmp_path / "data")
    sentence = UiText.load(settings.knowledge_dir).upload_limit(5000)
    assert sentence == "Uploads are limited to 5,000 bytes."
    assert "5,000" in UiText.load().upload_limit(5000, "ja")

    _, max_upload = body_limits(settings)
    refused = _app(settings, _report(True)).post("/gradio_api/upload", content=b"z" * (max_upload + 1))
    assert refused.status_code == 413 and refused.json()["error"].endswith(sentence)

    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 6000)
    with pytest.raises(UploadError) as info:
        save_upload(big, "big.md", tmp_path / "docs", settings.upload_max_bytes)
    assert str(info.value).endswith(sentence)

    services = Services(settings=settings, store=None, retriever=None, rules=None, bot=None,
                        feedback=FeedbackLog(settings.feedback_file))
    with gr.Blocks() as demo:
        build_staff_tab(services)
    described = next(b for b in demo.blocks.values() if getattr(b, "elem_id", None) == "staff-upload-limit")
    assert described.value.endswith(sentence)
