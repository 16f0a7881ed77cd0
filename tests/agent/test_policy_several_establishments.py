"""The trainee quota on several establishments of one company (shared/domain/RULES.md sections 1-2).

The class: a message naming two or more sites with a full-time count each gets, in a general occupation, one
calculation on the company's total, the reply saying the quota is company-wide and how the total was made (210 +
120 = 330); in nursing care one calculation per establishment on its own care staff, each result under the site's
name, the reply saying it is counted per establishment. Also when the counts come in the next turn.
"""

from __future__ import annotations

import re

import pytest

from support import converse

COMPANY_WIDE = [
    ("自動車部品メーカーの総務です。本社工場の常勤が210名、隣県の第二工場が常勤120名です（どちらも実習生は含まない人数です）。人数枠は"
     "工場ごとに計算するのでしょうか、それとも会社全体でしょうか。1号と2号の上限をお願いします。優良認定は受けていません。", r"会社全体"),
    ("Our company has two plants: the main plant has 210 full-time employees and the second plant has 120. We plan to "
     "take trainees only at the second plant. Is the quota per plant or for the whole company? We are not excellent.",
     r"(?i)company's full-time employees as a whole"),
]

PER_ESTABLISHMENT = [
    ("社会福祉法人で特別養護老人ホームを2か所運営しています。介護職種で受け入れたいです。\n・A施設：常勤の介護職員18名、看護師4名\n"
     "・B施設：常勤の介護職員34名、事務員2名\n施設ごとでしょうか。それぞれ第1号は何名まで受け入れ可能ですか？",
     ["A施設", "B施設"], [18, 34], r"事業所（施設）ごと"),
    ("We run two nursing care homes and want kaigo trainees. Home A has 18 full-time care workers and Home B has 34 "
     "(plus nurses). How many No.1 trainees can each take? We are a standard organization.",
     ["Home A", "Home B"], [18, 34], r"(?i)per establishment"),
]


@pytest.mark.parametrize(("text", "rule"), COMPANY_WIDE)
def test_a_general_occupation_counts_the_company_as_a_whole(bot, text, rule) -> None:
    reply = converse(bot, text)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == [330], reply.tool_calls
    assert re.search(rule, reply.answer) and "330" in reply.answer, reply.answer
    assert re.search(r"(?<!\d)16(?!\d)", reply.answer) and re.search(r"(?<!\d)33(?!\d)", reply.answer), reply.answer


@pytest.mark.parametrize(("text", "names", "counts", "rule"), PER_ESTABLISHMENT)
def test_nursing_care_counts_each_establishment(bot, text, names, counts, rule) -> None:
    reply = converse(bot, text)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == counts, reply.tool_calls
    assert all(c.args["occupation"] == "nursing_care" for c in quota), reply.tool_calls
    assert re.search(rule, reply.answer), reply.answer
    assert reply.answer.index(names[0]) < reply.answer.index(names[1]), reply.answer
    assert re.search(r"(?:2|two) No\.1|第1号技能実習生は同時に2人", reply.answer), reply.answer


def test_the_sites_counts_given_in_the_next_turn(bot) -> None:
    reply = converse(bot, "our company run 2 care homes in Chiba (one in Funabashi, one in Kashiwa). we want kaigo "
                          "technical intern trainees. how many can we take? we are normal company, not yuryo.",
                     "Funabashi has fifty-eight full time care staff, Kashiwa has twelve. Plus each one has 2-3 office "
                     "staff and nurses.")
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == [58, 12], reply.tool_calls
    assert "**Funabashi" in reply.answer and "**Kashiwa" in reply.answer, reply.answer
