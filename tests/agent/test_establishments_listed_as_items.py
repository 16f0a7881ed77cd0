"""Nursing-care sites listed as items, each with its staff by role (「・特養：常勤の介護職員18名、看護師4名、事務員2名
・デイサービス：常勤の介護職員9名、パートの介護職員6名」, "- Day service center: 9 full-time care workers, 6 part-time care
workers"): each item is a site, counted on its full-time care staff only (RULES.md section 2: per establishment; nurses,
office staff and part-timers are not counted), so the calculator runs per site (18 and 9) and the reply says the quota is
per establishment, not on the company's 27. An item named by a kind of staff (「・常勤：40名」「・パート：10名」, "- Full-time:
40") is no site. Before, the item names (no 施設/工場 suffix, a lower-case English word) were no sites and only the first
site's 18 was used (ja5e-04)."""

from __future__ import annotations

import pytest

from bot.agent import establishments

READER = establishments.default_reader()

JA = ("株式会社で介護事業を運営しています。事業所が2か所ありまして、\n・特養：常勤の介護職員18名、看護師4名、事務員2名\n"
      "・デイサービス：常勤の介護職員9名、パートの介護職員6名\nです。介護職種の技能実習生（1号）を、それぞれの事業所で何人まで"
      "受け入れられますか？面倒なので2か所を合算して27人で計算してしまってもいいでしょうか。優良認定はまだありません。")
EN = ("We run nursing care at two sites.\n- Tokuyo home: 18 full-time care workers, 4 nurses, 2 office staff\n"
      "- Day service center: 9 full-time care workers, 6 part-time care workers\nHow many No.1 care trainees can each "
      "site take? Can we just add them up as 27? We are not excellent.")


@pytest.mark.parametrize(("text", "lang", "sites"), [
    (JA, "ja", [("特養", 18), ("デイサービス", 9)]),
    ("・グループホーム：常勤の介護職員12名\n・小規模多機能：常勤の介護職員8名、看護師1名", "ja", [("グループホーム", 12), ("小規模多機能", 8)]),
    (EN, "en", [("Tokuyo home", 18), ("Day service center", 9)]),
])
def test_each_item_is_a_site_with_its_care_staff(text: str, lang: str, sites: list[tuple[str, int]]) -> None:
    assert [(s.name, s.count) for s in READER.read(text, lang)] == sites


@pytest.mark.parametrize(("text", "lang"), [
    ("・常勤：40名\n・パート：10名", "ja"),
    ("・常勤の社員：40名\n・パートさん：10名", "ja"),
    ("- Full-time: 40\n- Part-time: 10", "en"),
    ("- Full time staff: 40\n- Part time staff: 10", "en"),
])
def test_an_item_named_by_a_kind_of_staff_is_no_site(text: str, lang: str) -> None:
    assert READER.read(text, lang) == []


@pytest.mark.parametrize(("text", "said"), [(JA, ["事業所", "1人", "2人"]), (EN, ["per establishment"])])
def test_the_quota_runs_per_site_on_the_care_staff(bot, text: str, said: list[str]) -> None:
    from support import converse

    reply = converse(bot, text)
    counts = [c.args["full_time_employees"] for c in reply.tool_calls if c.name == "trainee_quota"]
    assert counts == [18, 9], reply.tool_calls
    assert all(s in reply.answer for s in said), reply.answer
