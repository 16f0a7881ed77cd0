"""What the app adds to Gradio's HTTP server: a request body limit enforced before Gradio reads anything,
and ``GET /health`` for a load balancer.

The body limit is derived from the settings: a chat message may be BOT_MAX_MESSAGE_CHARS characters, each
at most 12 bytes once JSON-escaped (an astral character is two ``\\uXXXX`` escapes), plus a fixed allowance
for the rest of the request; an upload may be BOT_UPLOAD_MAX_BYTES plus the multipart framing. A larger
body is refused with 413 and a message, having held at most the limit in memory.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from bot.settings import Settings
from bot.ui.i18n import UiText

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ENVELOPE_BYTES = 64 * 1024  # event name, session hash, the other fields of the form
UPLOAD_PATH = "/gradio_api/upload"
BYTES_PER_CHAR = 12


def body_limits(settings: Settings) -> tuple[int, int]:
    """(limit for any request body, limit for an upload body), in bytes."""
    return settings.max_message_chars * BYTES_PER_CHAR + ENVELOPE_BYTES, settings.upload_max_bytes + ENVELOPE_BYTES


class BodyLimitMiddleware:
    """Pure ASGI middleware: refuse a request whose body is over the limit, by Content-Length when given
    and by counting the bytes otherwise; the body is only passed on once it is known to fit."""

    def __init__(self, app: ASGIApp, *, max_body: int, max_upload: int, max_chars: int,
                 upload_refusal: str | None = None) -> None:
        self.app = app
        # The UI strings' sentence (UiText.upload_too_large), so the limit reads the same everywhere.
        self.upload_refusal = upload_refusal or UiText.load().upload_too_large(max_upload - ENVELOPE_BYTES)
        self.max_body = max_body
        self.max_upload = max_upload
        self.max_chars = max_chars

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        upload = scope.get("path", "").rstrip("/").endswith(UPLOAD_PATH)
        limit = self.max_upload if upload else self.max_body
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await self._refuse(send, upload)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > limit:
                await self._refuse(send, upload)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, upload: bool) -> None:
        if upload:
            error = self.upload_refusal
        else:
            error = (
                f"The message is too long: at most {self.max_chars:,} characters are accepted "
                "(BOT_MAX_MESSAGE_CHARS). Shorten it and send it again."
            )
        body = json.dumps({"error": error}).encode()
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        })
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers") or []:
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class HealthEndpoint:
    """``GET /health``: 200 and ``{"status": "ok", "checks": [...]}`` when the app can answer knowledge
    questions, 503 with the failing checks otherwise (the calculators work either way). At most one check
    runs at a time; concurrent polls share its result."""

    def __init__(self, check: Callable[[], Any]) -> None:
        self._check = check
        self._lock = threading.Lock()

    def report(self) -> tuple[int, dict[str, Any]]:
        with self._lock:
            report = self._check()
        data = report.model_dump(mode="json", exclude={"settings"})
        data["index"].pop("document_ids", None)
        return (200 if report.ok else 503), data

    def route(self):
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import JSONResponse
        from starlette.routing import Route

        async def health(request) -> JSONResponse:  # noqa: ARG001 - Starlette passes the request
            status, data = await run_in_threadpool(self.report)
            return JSONResponse(data, status_code=status, headers={"cache-control": "no-store"})

        return Route("/health", health, methods=["GET"])


def app_kwargs(settings: Settings, health: HealthEndpoint) -> dict[str, Any]:
    """What ``demo.launch(app_kwargs=...)`` passes to Gradio's FastAPI app: our route and middleware."""
    from starlette.middleware import Middleware

    max_body, max_upload = body_limits(settings)
    refusal = UiText.load(settings.knowledge_dir).upload_too_large(settings.upload_max_bytes)
    return {
        "routes": [health.route()],
        "middleware": [
            Middleware(
                BodyLimitMiddleware, max_body=max_body, max_upload=max_upload, max_chars=settings.max_message_chars,
                upload_refusal=refusal,
            )
        ],
    }


def chat_message(message: str | None, limits: Any) -> str:
    """The chat entry's check (after the body limit): the sanitised message, or a ``gr.Error`` the visitor
    sees when it is longer than BOT_MAX_MESSAGE_CHARS. Called first thing by the chat handler.

    ``limits`` is the limit itself or what carries the settings (the services); without settings the
    setting's default applies."""
    import gradio as gr

    from bot.errors import MessageTooLongError
    from bot.sanitize import checked_message

    if isinstance(limits, int):
        max_chars = limits
    else:
        settings = getattr(limits, "settings", None)
        max_chars = getattr(settings, "max_message_chars", Settings.model_fields["max_message_chars"].default)

    try:
        return checked_message(message, max_chars)
    except MessageTooLongError as exc:
        raise gr.Error(str(exc), print_exception=False) from None
