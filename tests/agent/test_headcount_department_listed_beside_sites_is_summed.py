"""A list of a company's staff by department and by site joined by commas (「本社事務85名、製造部312名、物流センター58名で、
いずれもフルタイムの正社員です」): a department (製造部, manufacturing dept) is a part of the same breakdown as the sites, so
every part is summed (455). Before, the sites alone were summed (85 + 58 = 143) and the department was dropped. A
list of groups said all to count ("production 22, office 9, warehouse 7 (all full time)": 38) is their sum, and the
office and warehouse read as sites in it are a part of that sum (the quota ran on office + warehouse = 16)."""

from __future__ import annotations

import pytest

from bot.agent import establishments
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("部品メーカーです。社員の内訳は本社事務85名、製造部312名、物流センター58名で、いずれもフルタイムの正社員です。"
     "これとは別に技能実習生が24名います。実習生は何人まで？", 455),
    ("社員は本社40名、営業部12名、第二工場30名で、全員正社員です。受入れ人数は？", 82),
    ("Our staff: head office 85, manufacturing dept 312, logistics centre 58, all full-time regular employees. "
     "Separately we have 24 trainees. How many trainees can we take?", 455),
    ("Head office 85, manufacturing department 312 and logistics center 58 - all of them full-time. How many trainees?",
     455),
    # a department named by its bare word, with no "dept" after it ("production 22", "sales 12"), is a group too
    ("Our people: production 22, office 9, warehouse 7 (all full time). How many new No.1 trainees can we have?", 38),
    ("Staff: sales 12, office 6, assembly 30, all full-time. How many trainees can we take?", 48),
    ("Our full-time staff: manufacturing 40, head office 8, logistics 5. Trainee limit?", 53),
])
def test_department_listed_beside_sites_every_part_is_summed(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize("text,lang,names", [
    ("社員の内訳は本社事務85名、製造部312名、物流センター58名で、いずれもフルタイムの正社員です。", "ja",
     ["本社", "製造部", "物流センター"]),
    ("Our staff: head office 85, manufacturing dept 312, logistics centre 58, all full-time.", "en",
     ["head office", "manufacturing dept", "logistics centre"]),
])
def test_department_listed_beside_sites_is_a_part_never_a_site_of_its_own(text: str, lang: str, names: list[str]
                                                                          ) -> None:
    sites = establishments.default_reader().read(text, lang)
    assert [s.name for s in sites] == names
    assert not [s for s in sites if "部" in s.name or "dept" in s.name][0].per_site


@pytest.mark.parametrize("text,lang", [
    ("本社工場の常勤が210名、第二工場が常勤120名、全部で330名です。", "ja"),  # 全部 is no department
    ("製造部に常勤21名、品質管理課に常勤4名です。", "ja"),  # departments alone are no sites
])
def test_department_listed_beside_sites_leaves_other_lists_alone(text: str, lang: str) -> None:
    names = [s.name for s in establishments.default_reader().read(text, lang)]
    assert "全部" not in names and "製造部" not in names


@pytest.mark.parametrize("text", [
    "Hello, small metal parts maker in Saitama here. Our people: production 22, office 9, warehouse 7 (all full time). "
    "We also have 2 Vietnamese technical intern trainees already and 6 part-time ladies working about 20h a week. How "
    "many new No.1 trainees can we have at the same time?",
    "Our people: production 22, office 9, warehouse 7 (all full time). How many new No.1 trainees can we have?",
])
def test_the_quota_runs_on_the_whole_breakdown_not_on_its_sites(bot, text: str) -> None:
    reply = converse(bot, text)
    assert [c.args.get("full_time_employees") for c in reply.tool_calls if c.name == "trainee_quota"] == [38], \
        reply.tool_calls
