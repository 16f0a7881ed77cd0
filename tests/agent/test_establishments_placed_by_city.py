"""Several sites of one company, each placed by its city before its count ("main factory in Gifu 25 full-time, second
factory in Aichi 18 full-time, and head office in Nagoya 4 full-time", 「デイサービスA（常勤の介護職員12名）と有料老人ホームB
（常勤の介護職員25名）」): each site is read; the company's total is their sum (a general occupation) and the reply names
each; nursing care runs per establishment. Staff hired locally at an office abroad are no site's count."""

from __future__ import annotations

import pytest

from bot.agent.establishments import Site, default_reader
from bot.text import normalise
from support import converse
from tests.agent.reading_checks import calls_named

GIFU = ("hello, i own a plastic molding business. we have 3 sites: main factory in Gifu 25 full-time, second factory in "
        "Aichi 18 full-time, and head office in Nagoya 4 full-time. we also have small sales office in Ho Chi Minh City "
        "with 6 local staff, and 9 part-time ladies (about 4 hours a day) in Gifu. Is the limit counted by each site or "
        "the total? how many technical intern trainees per year can we take?")
CARE = ("介護事業者のお客様が、デイサービスA（常勤の介護職員12名）と有料老人ホームB（常勤の介護職員25名）の2事業所を運営しています。"
        "事業所ごとの場合、それぞれ1号は何名まで受け入れられますか。")


@pytest.mark.parametrize("lang,text,sites", [
    ("en", GIFU, [("main factory", 25), ("second factory", 18), ("head office", 4)]),
    ("en", "Our plant in Toyota has 60 full-time employees and the office in Nagoya has 12.",
     [("plant", 60), ("office", 12)]),
    ("ja", CARE, [("デイサービスA", 12), ("有料老人ホームB", 25)]),
])
def test_each_site_is_read_with_its_count(lang: str, text: str, sites: list[tuple[str, int]]) -> None:
    assert default_reader().read(normalise(text), lang) == [Site(name, count) for name, count in sites]


def test_the_company_count_is_the_sum_of_its_sites(bot) -> None:
    reply = converse(bot, GIFU)
    [call] = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == 47
    assert "25 + 18 + 4 = 47" in reply.answer.replace("main factory ", "").replace("second factory ", "").replace(
        "head office ", "")


def test_nursing_care_runs_per_establishment(bot) -> None:
    reply = converse(bot, CARE)
    assert sorted(c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")) == [12, 25]
    assert "事業所" in reply.answer
