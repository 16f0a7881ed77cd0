"""Loading JSON Lines datasets: both case shapes, tags, and malformed lines reported with their line number."""

from __future__ import annotations

import pytest

from bot.errors import DatasetError
from bot.evaluation.dataset import load_dataset, load_datasets


def test_single_and_multi_turn_cases_load_with_their_expectations(write_dataset):
    path = write_dataset(
        [
            {"id": "q1", "question": "How many?", "expect": {"facts": ["\\b5\\b"], "refuse": False}, "tags": ["quota"]},
            {"id": "q2", "turns": ["How many?", "45 staff"], "expect": {"tool": "trainee_quota",
             "tool_args": {"full_time_employees": 45}}, "tags": "multi_turn"},
            {"id": "q3", "question": "hi", "category": "smalltalk", "note": "extra keys are ignored"},
        ]
    )
    load = load_dataset(path)
    assert load.issues == []
    q1, q2, q3 = load.cases
    assert q1.messages == ["How many?"] and q1.expect.facts == ["\\b5\\b"] and q1.expect.refuse is False
    assert q2.messages == ["How many?", "45 staff"] and q2.expect.tool_args == {"full_time_employees": 45}
    assert q2.tags == ["multi_turn"]  # a single string tag is accepted
    assert q3.categories == ["smalltalk"] and q3.expect.refuse is None
    assert load_dataset(write_dataset([{"id": "u", "question": "x"}], name="retrieval.jsonl")).cases[0].categories == ["retrieval"]
    assert (q1.file, q1.line, q2.line, q3.line) == (str(path), 1, 2, 3)


def test_malformed_lines_are_reported_with_line_numbers_and_the_rest_still_loads(write_dataset):
    path = write_dataset(
        [
            {"id": "ok1", "question": "a"},
            '{"id": "broken", "question": ',  # truncated JSON
            "",  # blank lines are skipped, not errors
            '["not", "an", "object"]',
            {"id": "both", "question": "a", "turns": ["b"]},
            {"id": "neither"},
            {"id": "badregex", "question": "a", "expect": {"facts": ["(unclosed"]}},
            {"id": "typo", "question": "a", "expect": {"fact": ["x"]}},
            {"id": "ok2", "turns": ["a", "b"]},
        ]
    )
    load = load_dataset(path)
    assert [c.id for c in load.cases] == ["ok1", "ok2"]
    by_line = {issue.line: issue.error for issue in load.issues}
    assert sorted(by_line) == [2, 4, 5, 6, 7, 8]
    assert "invalid JSON" in by_line[2]
    assert "JSON object" in by_line[4]
    assert "exactly one of" in by_line[5] and "exactly one of" in by_line[6]
    assert "invalid regex" in by_line[7]
    assert "fact" in by_line[8]  # unknown expect key named, so a typo cannot silently pass
    assert all(issue.file == str(path) for issue in load.issues)


def test_duplicate_ids_across_files_are_reported_and_skipped(write_dataset):
    a = write_dataset([{"id": "same", "question": "first"}], name="a.jsonl")
    b = write_dataset([{"id": "same", "question": "second"}, {"id": "other", "question": "x"}], name="b.jsonl")
    load = load_datasets([a, b])
    assert [(c.id, c.question) for c in load.cases] == [("same", "first"), ("other", "x")]
    assert len(load.issues) == 1 and "duplicate case id 'same'" in load.issues[0].error
    assert load.issues[0].file == str(b) and load.issues[0].line == 1


def test_a_missing_or_unreadable_dataset_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(tmp_path / "nope.jsonl")
    with pytest.raises(DatasetError, match="not a file"):
        load_dataset(tmp_path)
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(DatasetError, match="cannot read"):
        load_dataset(binary)
