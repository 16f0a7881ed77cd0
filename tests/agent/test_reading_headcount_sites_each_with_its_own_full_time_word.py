"""A list of sites and departments each said with its own full-time word ("office 12 (all full time), factory 31
full-time, warehouse 5 full-time", 「本社12名（全員常勤）、工場31名常勤、品質管理課5名常勤」): every item of the list is a part
of the company's count, so the calculation runs on their sum, never on the sites alone (the site reader of
knowledge/nlu/establishments.yaml: an item's own full-time word or bracket remark may stand before the list's
separator, and a workplace department such as a warehouse or a line joins the list); an item said to be part-time is
none."""

from __future__ import annotations

import pytest

from bot.agent import establishments
from support import converse
from tests.agent.reading_checks import calls_named, slots_of

CASES = [
    ("staff: office 12 (all full time), factory 31 full-time, warehouse 5 full-time. plus 6 part-time ladies 4h a day "
     "and 5 vietnamese trainees already here (1st year). max how many No.1 trainees?", "en", 48),
    ("Head office 10 full-time, plant 40 full-time, assembly line 6 full-time. How many No.1 trainees?", "en", 56),
    ("office 8 (full time), factory 25 (full time), warehouse 4 (full time). Quota for No.1?", "en", 37),
    ("本社12名（全員常勤）、工場31名常勤、品質管理課5名常勤です。1号は何人？", "ja", 48),
    ("スタッフは事務所12名（全員正社員）、工場31名正社員、倉庫5名正社員。ほかにパート6名と実習生5名がいます。1号は何人？", "ja", 48),
]


@pytest.mark.parametrize(("text", "lang", "count"), CASES)
def test_every_item_of_the_list_is_in_the_sum(text: str, lang: str, count: int) -> None:
    sites = establishments.default_reader().read(text, lang)
    assert not sites or sum(site.count for site in sites) == count, sites
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("office 12, factory 31, warehouse 5 part-time. How many No.1 trainees?", "en", 43),
    ("本社12名（全員常勤）、工場31名常勤、品質管理課5名パートです。1号は何人？", "ja", 43),
])
def test_an_item_said_part_time_is_no_part_of_the_sum(text: str, lang: str, count: int) -> None:
    sites = establishments.default_reader().read(text, lang)
    assert sum(site.count for site in sites) == count, sites


def test_the_calculation_runs_on_the_whole_list(bot) -> None:
    reply = converse(bot, CASES[0][0])
    counts = [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")]
    assert counts == [48], reply.tool_calls
