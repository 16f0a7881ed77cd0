"""Class: departments listed with their counts, with a sentence saying all but one (or some) of them are full-time, or
with a department working abroad (fresh batch 07v: ja7v-01, 「製造部２０名、検査課８名、総務・経理４名、営業６名、海外事業部５名
（全員ベトナムの駐在事務所勤務）です。海外事業部以外はみんな国内のフルタイム正社員」 asked for more instead of counting 38). The count is
the sum of the others (the department named as left out, and one whose remark or name puts it abroad, are not counted),
and the reply says which were left out; a department in Japan, or one only named "overseas", stays counted."""

from __future__ import annotations

import pytest

from reading_checks import slots_of

JA7V01 = ("金属加工の会社で人事をしています。社員構成は、製造部２０名、検査課８名、総務・経理４名、営業６名、海外事業部５名（全員ベトナムの駐在事務所"
          "勤務）です。海外事業部以外はみんな国内のフルタイム正社員。ほかにパートさんが４名（週４日・１日５時間）、去年から来ている技能実習生（２号）"
          "が３名います。優良認定はまだ取れていません。この場合、１号の実習生は同時に何人まで受け入れられますか？")


@pytest.mark.parametrize("text,count", [
    (JA7V01, 38),
    ("社員構成は、製造部２０名、検査課８名、総務・経理４名、営業６名、海外事業部５名です。海外事業部以外はみんなフルタイム正社員です。"
     "１号の実習生は何人まで受け入れられますか？", 38),
    ("製造部２０名、検査課８名、営業６名です。営業を除いて全員正社員です。１号の実習生は何人まで受け入れられますか？", 28),
    ("Our staff: production 20, inspection 8, admin 4, sales 6, overseas team 5. Everyone except the overseas team is "
     "full-time. How many No.1 trainees can we accept?", 38),
    ("Our staff: production 20, inspection 8, admin 4, sales 6, overseas team 5. Apart from the overseas team, everyone "
     "is full-time. How many No.1 trainees can we accept?", 38),
    ("Our staff: production 20, inspection 8, admin 4, sales 6. All are full-time except sales. How many No.1 trainees "
     "can we accept?", 32),
    # one group left: its count ("me" names no group: "management" is none of it)
    ("Our staff: production 20, sales 6. All are full-time except sales. How many No.1 trainees can we accept?", 20),
    ("製造部２０名、営業６名です。営業以外はみんな正社員です。１号の実習生は何人まで受け入れられますか？", 20),
    ("Our staff: production 20, management 3, sales 6. Everyone except me is full-time. How many No.1 trainees can we "
     "accept?", 29),
])
def test_the_groups_but_the_ones_named_are_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,count", [
    ("社員構成は、製造部２０名、検査課８名、総務・経理４名、営業６名、海外事業部５名（全員ベトナムの駐在事務所勤務）です。全員正社員です。"
     "１号の実習生は何人まで受け入れられますか？", 38),
    ("製造部２０名、検査課８名、営業６名、ハノイ事務所５名です。全員正社員です。１号の実習生は何人まで受け入れられますか？", 34),
    ("Our staff: production 20, inspection 8, admin 4, sales 6 (all at our Bangkok office). All of them full-time. How "
     "many No.1 trainees can we accept?", 32),
    ("Our staff: production 20, inspection 8, admin 4, Hanoi office 5. All of them full-time. How many No.1 trainees "
     "can we accept?", 32),
])
def test_a_group_working_abroad_is_not_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,count", [
    ("社員構成は、製造部２０名、検査課８名、総務・経理４名、営業６名、海外事業部５名（全員大阪の本社勤務）です。全員正社員です。"
     "１号の実習生は何人まで受け入れられますか？", 43),
    ("社員構成は、製造部２０名、検査課８名、総務・経理４名、営業６名、海外事業部５名です。全員正社員です。１号の実習生は何人まで受け入れられますか？",
     43),
    ("Our staff: production 20, inspection 8, admin 4, sales 6 (all at our Osaka office). All of them full-time. How "
     "many No.1 trainees can we accept?", 38),
])
def test_a_group_in_japan_or_only_named_overseas_stays_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,said", [
    (JA7V01, "海外事業部以外"),
    ("Our staff: production 20, inspection 8, admin 4, sales 6, overseas team 5 (all at our Vietnam office). Everyone "
     "except the overseas team is full-time. How many No.1 trainees can we accept?", "other than overseas team"),
])
def test_the_quota_runs_on_the_others_and_says_which_were_left_out(bot, text: str, said: str) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 38, reply.answer[:300]
    assert said in reply.answer and "20 + 8 + 4 + 6 = 38" in reply.answer
