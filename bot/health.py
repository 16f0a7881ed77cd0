"""Is the bot able to serve? The checks behind ``bot doctor`` and the app's ``GET /health``.

Each check (data folder, embedder, index store, index contents) says ok or what is wrong and what to do.
The doctor builds the parts from settings; the app passes the parts it already runs with, so a poll by a
load balancer costs one count and one tiny embedding, never a re-build.
"""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from bot.errors import BotError, storage_error
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.embeddings import Embedder
    from bot.store import ChunkStore


class Check(BaseModel):
    name: str
    ok: bool
    detail: str


class HealthReport(BaseModel):
    status: Literal["ok", "fail"]
    checks: list[Check]
    index: dict[str, Any] = Field(default_factory=dict, description="Location, embedder, document and chunk counts.")
    settings: dict[str, Any] = Field(default_factory=dict, description="The settings in effect (secrets hidden).")

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def problems(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]


def settings_in_effect(settings: Settings) -> dict[str, Any]:
    shown = settings.model_dump(mode="json")
    shown["staff_password"] = "(set)" if settings.staff_password else "(not set)"
    return shown


def check_data_folder(settings: Settings) -> Check:
    """The data folder exists (or can be made) and a file can be written in it."""
    folder = settings.data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".health-", delete=True) as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        fault = storage_error(exc, folder)
        return Check(name="data folder", ok=False, detail=str(fault or f"{folder}: {exc}"))
    return Check(name="data folder", ok=True, detail=f"{folder} is writable")


def check_embedder(embedder: "Embedder") -> Check:
    try:
        vector = embedder.embed_query("health check")
    except Exception as exc:  # noqa: BLE001 - any failure here is what the check reports
        return Check(name="embedder", ok=False, detail=f"{embedder.name}: cannot embed ({_one_line(exc)})")
    return Check(name="embedder", ok=True, detail=f"{embedder.name} ({len(vector)} dimensions)")


def check_store(store: "ChunkStore", cache: dict[str, Any] | None = None) -> tuple[Check, Check, dict[str, Any]]:
    """(reachability, contents, index facts) of an opened store. With a ``cache`` (kept by the caller
    between polls) the document list is read again only when the store's generation changed."""
    index: dict[str, Any] = {"location": store.location}
    try:
        if cache is None:
            rows = store.documents()
        else:
            generation = store.generation()
            if cache.get("generation") != generation:
                cache.update(generation=generation, rows=store.documents())
            rows = cache["rows"]
        info = store.info()
        index.update(
            chunks=store.count(),
            documents=len(rows),
            document_ids=[r["doc_id"] for r in rows],
            built_with=info.get("embedder"),
            ingest_state=info.get("ingest_state"),
        )
    except Exception as exc:  # noqa: BLE001
        problem = _describe(exc)
        return Check(name="index store", ok=False, detail=problem), Check(
            name="index contents", ok=False, detail="unknown: the store cannot be read"
        ), index
    reach = Check(name="index store", ok=True, detail=f"reachable at {store.location}")
    if index["chunks"] == 0:
        contents = Check(name="index contents", ok=False, detail="the index is empty: run `bot ingest`")
    elif index.get("ingest_state") == "running":
        contents = Check(
            name="index contents", ok=False,
            detail="an ingest is running or was interrupted: run `bot ingest` to finish it",
        )
    else:
        contents = Check(
            name="index contents", ok=True, detail=f"{index['documents']} documents, {index['chunks']} chunks"
        )
    return reach, contents, index


def run_checks(
    settings: Settings,
    *,
    embedder: "Embedder | None" = None,
    store: "ChunkStore | None" = None,
    cache: dict[str, Any] | None = None,
) -> HealthReport:
    """Every check; parts not given are built from ``settings`` (what ``bot doctor`` does)."""
    from bot import wiring

    checks = [check_data_folder(settings)]
    index: dict[str, Any] = {"location": settings.chroma_url or str(settings.chroma_dir)}
    if embedder is None:
        try:
            embedder = wiring.build_embedder(settings)
        except Exception as exc:  # noqa: BLE001
            checks.append(Check(name="embedder", ok=False, detail=_describe(exc)))
    if embedder is not None:
        checks.append(check_embedder(embedder))
        if store is None:
            try:
                store = wiring.build_store(settings, embedder)
            except Exception as exc:  # noqa: BLE001
                checks.append(Check(name="index store", ok=False, detail=_describe(exc)))
    if store is not None:
        reach, contents, index = check_store(store, cache)
        checks.extend([reach, contents])
    status: Literal["ok", "fail"] = "ok" if all(c.ok for c in checks) else "fail"
    return HealthReport(status=status, checks=checks, index=index, settings=settings_in_effect(settings))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, BotError):
        return str(exc)
    fault = storage_error(exc)
    return str(fault) if fault is not None else _one_line(exc)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
