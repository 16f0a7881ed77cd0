"""Where a retrieved passage's answer units come from: the chunk metadata written at ingest.

The retriever's passages carry no metadata, so the units stored with each chunk are read back by chunk id:
from the lexical snapshot (which holds every chunk's metadata, as loaded from the store) and, for a chunk it
does not hold yet, from the store itself. A passage whose chunk has no units (an index built before units
existed) keeps ``units`` empty and the selector builds them from its text.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.contracts import SearchResult

log = logging.getLogger(__name__)


def with_units(retriever: Any, result: SearchResult) -> SearchResult:
    """``result`` with each passage's stored units (never raises: units are an improvement, not a need)."""
    if not result.passages or all(p.units for p in result.passages):
        return result
    try:
        found = stored_units(retriever, [p.chunk_id for p in result.passages if not p.units])
    except Exception:  # a store that cannot be read now: the selector builds units from the text
        log.warning("could not read stored answer units", exc_info=True)
        return result
    if not found:
        return result
    passages = [p.model_copy(update={"units": found[p.chunk_id]}) if p.chunk_id in found else p
                for p in result.passages]
    return result.model_copy(update={"passages": passages})


def stored_units(retriever: Any, chunk_ids: list[str]) -> dict[str, str]:
    """The stored ``units`` string of each chunk id that has one."""
    out: dict[str, str] = {}
    lexical = getattr(retriever, "lexical", None)
    missing = list(chunk_ids)
    if lexical is not None:
        snap = lexical.snapshot()
        missing = []
        for chunk_id in chunk_ids:
            row = snap.row.get(chunk_id)
            if row is None:
                missing.append(chunk_id)
                continue
            units = (snap.metadata[row] or {}).get("units")
            if units:
                out[chunk_id] = str(units)
    store = getattr(retriever, "store", None)
    if missing and store is not None:
        for chunk in store.get(missing):
            units = (chunk.metadata or {}).get("units")
            if units:
                out[chunk.chunk_id] = str(units)
    return out
