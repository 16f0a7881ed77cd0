"""Class: a plan part's name followed by a bracketed gloss ("周辺作業（片付けや資材運び）が48日", "peripheral (cleaning,
carrying) 48 days", "関連業務（鉄筋の補助、墨出し）84日") is still that part: the gloss is no figure and stands between the name
and its figure only. A role in brackets after a work's name ("溶接（必須業務）24時間") is no gloss (it names the part), and a
part's hours before 「の計画です」 are that part's, never the plan's total."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = {"required_hours": 108, "related_hours": 84, "peripheral_hours": 48}


@pytest.mark.parametrize("text", [
    "型枠施工の実習計画を日数で組んでいます。年間240日のうち、必須の作業が108日、関連作業が84日、周辺作業（片付けや資材運び）が48日です。"
    "この比率で問題ないでしょうか。",
    "必須作業（型枠の組立て）が108日、関連作業（鉄筋の補助、墨出し）が84日、周辺作業（片付けや資材運び）が48日です。大丈夫ですか？",
    "必須業務108時間、関連業務84時間、周辺業務（清掃、資材の運搬など）48時間の計画です。問題ありますか？",
    "Our plan is 240 days: required 108 days, related 84 days, peripheral (cleaning, carrying) 48 days. Is this ratio OK?",
    "Plan: required work 108 hours, related work (helping, measuring) 84 hours, peripheral (cleaning, carrying) 48 hours. OK?",
])
def test_a_part_with_a_gloss_keeps_its_figure(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in PLAN} == PLAN
    assert parsed.slots.get("total_hours") in (None, 240)


@pytest.mark.parametrize("text", [
    "Plan: required 60%, related 25%, peripheral (cleaning and carrying) 15%. OK?",
    "必須60%、関連25%、周辺（清掃・運搬）15%の配分で大丈夫？",
])
def test_a_share_with_a_gloss_keeps_its_figure(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots["required_hours"], parsed.slots["related_hours"], parsed.slots["peripheral_hours"]) == (60, 25, 15)


@pytest.mark.parametrize("text", [
    "2nd year trainee plan (welding): essential welding work 60%, related work 25%, peripheral work like cleaning and "
    "carrying materials 15%. is this ok??",
    "Plan: required work such as welding 60%, related work e.g. measuring 25%, peripheral work like cleaning 15%. OK?",
    "Our plan: required welding work 60%, related inspection tasks 25%, peripheral cleaning work 15%. Allowed?",
    "required work, for example welding and grinding, 60%; related work including measuring 25%; peripheral work 15%",
])
def test_a_share_with_an_example_clause_or_the_works_own_name_keeps_its_figure(text: str) -> None:
    # the class: an unbracketed gloss ("like ...", "such as ...", "e.g. ...") after a part's name, or the work's own name
    # between the part's name and its noun ("essential welding work"), stands between the name and its figure only
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots["required_hours"], parsed.slots["related_hours"], parsed.slots["peripheral_hours"]) == (60, 25, 15)


def test_a_role_in_brackets_still_names_the_part() -> None:
    parsed = UNDERSTANDER.parse("溶接（必須業務）24時間、組立（関連業務）10時間、清掃（周辺業務）6時間です。大丈夫ですか？")
    assert parsed.part_names.get("溶接") == "required_hours"
    assert (parsed.slots["required_hours"], parsed.slots["peripheral_hours"]) == (24, 6)


@pytest.mark.parametrize("text", [
    "型枠施工の実習計画を日数で組んでいます。年間240日のうち、必須の作業が108日、関連作業が84日、周辺作業（片付けや資材運び）が48日です。"
    "この比率で問題ないでしょうか。",
    "Formwork plan in days, 240 a year: required 108 days, related 84 days, peripheral (cleaning, carrying) 48 days. "
    "Is this ratio OK?",
])
def test_the_split_is_checked_with_every_part(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and {k: calls[-1].args[k] for k in PLAN} == PLAN, reply.answer[:300]
    assert "45%" in reply.answer and "50%" in reply.answer
