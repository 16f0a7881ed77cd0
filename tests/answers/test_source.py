"""Stored units survive the index: the embedded Chroma store and the lexical snapshot give back the units
written at ingest, and a search's passages carry them to the selector."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import wiring
from bot.answers.source import stored_units, with_units
from bot.answers.units import LIST, decode_units
from bot.ingest import ingest
from bot.settings import Settings

DOC = """---
id: fixture-program
title: Fixture program
program: jip
as_of: "2024-01-01"
language: en
---

## Support for interns

- Assistance in obtaining a visa to enter Japan
- Arrangement of round-trip airline tickets
- Internship insurance

## Contact

Information on applications:
Office for Fixture Applications
"""


@pytest.fixture
def retriever(tmp_path: Path):
    knowledge = tmp_path / "knowledge"
    (knowledge / "docs").mkdir(parents=True)
    (knowledge / "docs" / "fixture.md").write_text(DOC, encoding="utf-8")
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", knowledge_dir=knowledge, embedder="offline",
                        chroma_url=None, llm=None, collection="units_tests")
    store = wiring.build_store(settings)
    assert ingest(settings, store).ok
    return wiring.build_retriever(settings, store)


def test_units_come_back_from_the_store_and_from_the_lexical_index(retriever) -> None:
    ids = sorted(retriever.store.ids())
    from_store = {c.chunk_id: c.metadata["units"] for c in retriever.store.get(ids)}
    snap = retriever.lexical.snapshot()
    from_lexical = {cid: snap.metadata[snap.row[cid]]["units"] for cid in ids}
    assert from_store == from_lexical and all(isinstance(v, str) for v in from_store.values())
    support = next(cid for cid in ids if "Assistance" in retriever.store.get([cid])[0].text)
    units = decode_units(from_store[support])
    (whole,) = [u for u in units if u.kind == LIST]
    assert whole.text == ("Support for interns: Assistance in obtaining a visa to enter Japan; Arrangement of "
                          "round-trip airline tickets; Internship insurance.")
    # a chunk the lexical snapshot does not hold is read from the store
    assert stored_units(type("NoLexical", (), {"store": retriever.store})(), [support]) == {support: from_store[support]}


def test_search_passages_carry_their_stored_units(retriever) -> None:
    result = with_units(retriever, retriever.search("Which support do interns get?", k=2))
    assert result.passages and all(decode_units(p.units) for p in result.passages)
    assert "units" not in result.passages[0].model_dump()  # not part of what the search tool shows
