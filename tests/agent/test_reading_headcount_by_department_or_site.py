"""A headcount given as a breakdown by department or site (shared/domain/RULES.md sections 1-2): every site or
department line of full-time staff counts for a general occupation (the head office and its admin staff too); an
overseas subsidiary or office never counts; 嘱託 and part-time lines are kinds of staff, no site; "N on payroll: A
part-timers and B trainees, the rest full time" is N - A - B (a part's breakdown in brackets is no further part); a
correction that says a stated total held groups that do not count subtracts them."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

GENERAL_SUMS = [
    ("お疲れさまです。現在の人員は以下のとおりです。\n・本社（総務・営業）：正社員12名\n・第一工場：正社員28名\n・第二工場：正社員9名\n"
     "・パートさん（週20時間くらい）：8名\n・技能実習生（1号）：4名\n正社員は全員週5日・1日8時間勤務です。うちは優良認定は取っていません。"
     "1号と2号、それぞれ同時に何人までになりますか？", 49),
    ("技能実習生の受け入れ上限を確認したいです。人員は次のとおりです。\n・本社事務：正社員8名\n・工場（製造）：正社員22名\n"
     "・嘱託社員：2名（週4日勤務、1日7時間）\n・パート：5名（週3日）\n・技能実習生：2名\n正社員はみんな週5日・1日8時間です。", 30),
    ("グループ全体で技能実習生の受け入れ枠を整理しています。\n・本社：正社員48名\n・東北工場：正社員187名\n・九州工場：正社員95名\n"
     "・タイ現地法人：60名\n・上記とは別に、技能実習生22名、パート（週25時間）30名\n優良ではない通常の実習実施者として、1号と2号の上限はそれぞれ何人ですか？",
     330),
]


@pytest.mark.parametrize(("text", "count"), GENERAL_SUMS)
def test_every_site_in_japan_counts_and_abroad_none(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    quota = calls_named(reply, "trainee_quota")
    assert [c.args["full_time_employees"] for c in quota] == [count], reply.tool_calls
    assert str(count) in reply.answer, reply.answer


@pytest.mark.parametrize(("text", "count"), [
    ("hi, we make bento in saitama, 3 shops. 61 ppl on payroll: 9 part timers (about 20h/wk) and 5 r already trainees "
     "(2 no.1, 3 no.2), the rest full time. whats our no.1 and no.2 limit? thx", 47),
    ("61 people on payroll: 9 part timers and 5 trainees, the rest full time. whats our limit?", 47),
    ("we have 40 staff: 6 part-time, the rest r full-time. quota?", 34),
    ("1) we have 45 staff. 2) how many trainees?", 45),
])
def test_the_rest_of_a_payroll_is_the_count(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("すみません、さっきの５３名ですが、今いる実習生４名と、ベトナムの駐在事務所の現地スタッフ２名も入れて数えてました。それって人数に入らない"
     "んですよね？抜いて計算し直してもらえますか", 47),
    ("さっきの53名ですが、実習生4名とパート3名も入れて数えてました。抜いて計算し直して", 46),
    ("Sorry, the 53 I gave included our 4 trainees and 2 local staff at our Vietnam office. Can you recalculate?", 47),
    ("the 53 people i mentioned earlier included 4 trainees and 3 part-timers. redo it?", 46),
])
def test_a_correction_subtracts_the_groups_a_total_held(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count


def test_a_correction_in_the_next_turn_recalculates(bot) -> None:
    reply = converse(bot, "製造業の会社をやってます。正社員は５３名。技能実習生って何人まで入れられますか？",
                     "すみません、さっきの５３名ですが、今いる実習生４名と、ベトナムの駐在事務所の現地スタッフ２名も入れて数えてました。"
                     "それって人数に入らないんですよね？抜いて計算し直してもらえますか")
    quota = calls_named(reply, "trainee_quota")
    assert [c.args["full_time_employees"] for c in quota] == [47], reply.tool_calls


def test_office_staff_are_no_site_of_a_case_counted_per_establishment() -> None:
    from bot.agent.establishments import default_reader
    reader = default_reader()
    sites = reader.read("・本社事務：正社員8名\n・A施設：常勤の介護職員18名\n・B施設：常勤の介護職員34名", "ja")
    assert [s.count for s in sites] == [8, 18, 34]
    how, args = reader.plan("trainee_quota", {"occupation": "nursing_care"}, sites)
    assert how == "each" and [a["full_time_employees"] for a in args] == [18, 34]
    how, args = reader.plan("trainee_quota", {"occupation": "general"}, sites)
    assert how == "sum" and [a["full_time_employees"] for a in args] == [60]
