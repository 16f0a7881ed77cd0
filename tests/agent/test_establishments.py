"""The reader of several establishments in one message (bot/agent/establishments.py, knowledge/nlu/establishments.yaml).

The class: a message that names two or more sites of one company, each with its own full-time count, in any layout
(a list of lines, one sentence, "X has N, Y has M", counts in words), gives each site and its count; part-time,
nurse and office counts are never a site's count, and one site (or none) is no list of sites. The plan: a case
counted per establishment (nursing care) runs once per site, any other once on the company's total.
"""

from __future__ import annotations

import pytest

from bot.agent.establishments import Site, default_reader

READ = [
    ("ja", "本社工場の常勤が210名、隣県の第二工場が常勤120名です（どちらも実習生は含まない人数です）。",
     [("本社工場", 210), ("第二工場", 120)]),
    ("ja", "・A施設：常勤の介護職員18名、看護師4名、事務員3名\n・B施設：常勤の介護職員34名、看護師5名、事務員2名、ほかに週3日勤務の"
           "非常勤介護職員6名", [("A施設", 18), ("B施設", 34)]),
    ("ja", "東京営業所は常勤25名、大阪営業所は常勤15名、名古屋工場は常勤40名です。",
     [("東京営業所", 25), ("大阪営業所", 15), ("名古屋工場", 40)]),
    ("en", "Funabashi has fifty-eight full time care staff, Kashiwa has twelve. Plus each one has 2-3 office staff.",
     [("Funabashi", 58), ("Kashiwa", 12)]),
    ("en", "Our company has two plants: the main plant has 210 full-time employees and the second plant has 120.",
     [("main plant", 210), ("second plant", 120)]),
    ("en", "We run two care homes: Home A with 18 full-time care workers and Home B with 34.",
     [("Home A", 18), ("Home B", 34)]),
]

NO_SITES = [
    ("ja", "常勤職員は45名です。技能実習生は何人受け入れられますか？"),
    ("ja", "特別養護老人ホームを2か所運営しています。何人受け入れられますか？"),
    ("ja", "本社工場の常勤は210名です。"),
    ("en", "We have 45 full-time employees. How many trainees can we take?"),
    ("en", "We are 12 full-timers and 6 part-timers. It has 3 trainees already."),
]


@pytest.mark.parametrize(("lang", "text", "sites"), READ)
def test_each_site_and_its_count_are_read(lang, text, sites) -> None:
    assert default_reader().read(text, lang) == [Site(name, count) for name, count in sites]


@pytest.mark.parametrize(("lang", "text"), NO_SITES)
def test_one_site_or_none_is_no_list_of_sites(lang, text) -> None:
    assert default_reader().read(text, lang) == []


def test_nursing_care_runs_per_site_and_any_other_case_on_the_total() -> None:
    reader = default_reader()
    sites = [Site("A", 18), Site("B", 34)]
    how, args = reader.plan("trainee_quota", {"occupation": "nursing_care", "full_time_employees": 34}, sites)
    assert how == "each" and [a["full_time_employees"] for a in args] == [18, 34]
    how, args = reader.plan("trainee_quota", {"occupation": "general", "full_time_employees": 120}, sites)
    assert how == "sum" and [a["full_time_employees"] for a in args] == [52]
    assert reader.plan("training_time_split", {}, sites) is None


def test_sites_that_are_a_part_of_the_groups_sum_plan_nothing() -> None:
    # the class (en7t-01): "production 22, office 9, warehouse 7 (all full time)" reads office and warehouse as sites
    # (16) beside the groups' sum (38): sites adding up to less than a count read otherwise, none of whose counts it is,
    # are a part of that count, so the calculator runs on the count, never on the sites' sum
    reader = default_reader()
    sites = [Site("office", 9), Site("warehouse", 7)]
    assert reader.part_of(38, sites)
    assert not reader.part_of(16, sites) and not reader.part_of(9, sites) and not reader.part_of(None, sites)
