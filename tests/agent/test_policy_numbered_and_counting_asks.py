"""Classes of the 2026-12-04h batch (policy).

7. Numbered asks beside a calculator (「①どのような分野の講座が対象になるのか、②実習の割合についての要件、③Excelやパソコンの
   基礎講座でも対象になるのか」, "1) ... 2) ..."): each ask is its own; the asks no calculator answers (the covered
   fields, the practical share) are searched and quoted beside the check that answers the one it does (basic IT).
8. Which count to use asked beside the quota (「役員まで含めると33名ですが、「常勤職員数」はどちらで考えれば」, "33 with the
   directors, 30 without: which number should we use?"): the quota runs on the stated count and the tool's finding on
   who counts (directors only when paid as workers) answers the counting ask.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NUMBERED_RESKILLS = [
    ("弊社は社会人向けのIT研修を提供している従業員40名ほどの会社です。経済産業省の「第四次産業革命スキル習得講座（Re-Skills講座）」の認定を"
     "取得したいと考えております。①どのような分野の講座が対象になるのか、②実習の割合についての要件、③Excelやパソコンの基礎講座でも対象に"
     "なるのか、の3点を教えていただけますか。"),
    ("当社はExcelとパソコンの基礎を教える講座を運営しており、Re-Skills講座の認定を受けたいと考えています。①対象となる分野、"
     "②実習の割合の要件、③この基礎講座でも認定を受けられるか、を教えてください。"),
]


@pytest.mark.parametrize("text", NUMBERED_RESKILLS)
def test_each_numbered_ask_beside_a_check_is_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    names = [c.name for c in reply.tool_calls]
    assert "reskills_course_check" in names, names
    assert names.count("search_knowledge") >= 2, names  # the asks the check does not answer are searched too
    assert "50" in reply.answer and any(w in reply.answer for w in ("AI", "IoT", "データ", "クラウド")), reply.answer


@pytest.mark.parametrize(("text", "splits"), [
    ("1どのような分野の講座が対象になるのか、2実習の割合についての要件、3Excelの基礎講座でも対象になるのか", 3),
    ("常勤30人、2号の実習生は何人?", 1),
    ("従業員は40人で、3人は技能実習2号です", 1),
    ("(1) which fields are covered, (2) what share of practical work is required?", 2),
])
def test_numbered_asks_are_cut_apart(text: str, splits: int) -> None:
    pack = UNDERSTANDER.pack("en" if text.isascii() else "ja")
    assert len(pack.act_split("further_ask", text)) == splits


COUNT_CHOICE = [
    ("いつもお世話になっております。弊社は社長の私と取締役２名（いずれも役員報酬のみで、従業員としての給与は支給しておりません）、それに"
     "正社員が三十名という体制の会社です。役員まで含めると三十三名になりますが、技能実習生の人数枠を計算する際の「常勤職員数」はどちらで考えれば"
     "よろしいでしょうか。あわせて、1号・2号それぞれの受入れ可能人数も教えてください。", "役員"),
    ("We have 30 full-time employees plus 3 directors who only get director fees. With the directors we are 33: which "
     "number should we use for the trainee quota? And how many No.1 and No.2 trainees can we take?", "irector"),
]


@pytest.mark.parametrize(("text", "word"), COUNT_CHOICE)
def test_which_count_to_use_is_answered_beside_the_quota(bot, text: str, word: str) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == 30, reply.tool_calls
    assert word in reply.answer, reply.answer
