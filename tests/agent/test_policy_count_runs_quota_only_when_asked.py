"""Class: a headcount in a message runs the trainee quota only when the message asks for a quota (act ``asks_quota``:
how many, a limit, whether trainees can be taken). Beside questions that ask something else the count is background:
a recommendation request with a party size ("can you recommend a good izakaya near Shimbashi for our new trainees'
welcome party? 12 ppl") is refused as off topic, whatever counts it holds; a self-description with the company's size
before knowledge asks (「従業員15人ほどの町工場です。…支援してくれる取り組みはありますか？」) is answered from the documents,
no quota computed. A message any sentence of which asks for the quota (a claim about a limit checked: "my colleague
says the No.2 limit is 50. is that right?"; a question cut by an abbreviation: "how many ... incl. the 3rd year ones?"),
or that states the count with no question, still runs it. Trainees the company has had or has now, told as a story
("We have had trainees from Vietnam for 6 years now", 「これまで6年間ベトナムから実習生を受け入れてきました」) ask nothing: beside a
question about the stay they are background too; wanting or asking to have them ("want to have trainees", 「受け入れていいですか」)
still asks."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

RECOMMENDATIONS_WITH_COUNTS = [
    "btw can you recommend a good izakaya near Shimbashi station for welcome party of our new trainees? 12 ppl, budget "
    "about 4000 yen per person",
    "Could you suggest a nice restaurant in Ueno for our trainees' farewell dinner? We are 15 people.",
    "any good yakiniku place near Kamata for our 8 staff and the new interns?",
    "新人の実習生の歓迎会をしたいです。新橋でおすすめの居酒屋を教えてください。12人で、予算は一人4000円くらいです。",
    "実習生10人と社員20人で忘年会をします。品川でいいお店ありますか？",
]

BACKGROUND_COUNTS = [
    "都内で従業員15人ほどの町工場を経営しています。人手不足がひどく、外国人の採用を真剣に考え始めました。東京都で中小企業向けに外国人材の"
    "受け入れを支援してくれる取り組みはありますか？あと、取引先から「技能実習はなくなる」と聞いたのですが本当でしょうか。",
    "従業員30人の会社です。技能実習制度はいつまで続くのですか？",
    "We are a factory with about 15 employees in Tokyo. Is there any program in Tokyo that supports SMEs hiring "
    "foreign workers?",
    "We have 40 staff. Is it true that the technical intern training system will be abolished?",
    "Dear team, I run a 28-person machining company in Saitama (est. 1979). Our supervising organization mentioned that "
    "trainees can stay up to five years. Is that true for every company, or are there conditions? We have had trainees "
    "from Vietnam for 6 years now.",
    "We are 35 people and have accepted trainees since 2015. How long can a trainee stay in Japan?",
    "従業員28名の機械加工会社です。実習生は最長5年いられると監理団体から聞きましたが、どの会社でもそうですか？条件がありますか？"
    "これまで6年間ベトナムから実習生を受け入れてきました。",
    "社員40人で、実習生を3人受け入れています。技能実習の目的は何ですか？",
]

QUOTA_ASKED = [
    ("We have 45 full-time staff. How many trainees can we take?", 45),
    ("We have 20 employees. Can we accept trainees?", 20),
    ("45 full-time staff, trainees?", 45),
    ("We have 45 full-time employees and are not an excellent organization. Can we take No.3 trainees?", 45),
    ("従業員45人です。3号の実習生は取れますか？", 45),
    ("従業員45人です。実習生は？", 45),
    ("従業員20人の会社です。実習生を受け入れられますか？", 20),
    ("従業員28名です。実習生を受け入れていいですか？", 28),
    ("We have 40 staff and want to have trainees from Vietnam. Is that possible?", 40),
    ("常勤職員は30人です。技能実習生は何人まで受け入れられますか？", 30),
    ("介護職員は常勤で15人です", 15),
    ("we have 510 full-time staff (standard organization, not excellent). my colleague says No.2 limit is 50 because "
     "25 x 2. is that right?", 510),
    ("We just became 'yuryo' (excellent) jisshi kikan!! 250 fulltime employees. So now how many trainees can we have "
     "for each stage incl. the 3rd year ones? thanks", 250),
    ("Client is a construction company (scaffolding work), 22 full-time employees, standard org. Can they just use the "
     "normal table, means 3 No.1 trainees? or construction is different?", 22),
    ("常勤職員70名の実習実施者で、実施者自体は優良要件（6割以上）を満たしておりますが、当団体は特定監理団体です。この場合、第3号の受入れは"
     "可能でしょうか。", 70),
]


@pytest.mark.parametrize("text", RECOMMENDATIONS_WITH_COUNTS)
def test_a_recommendation_with_counts_is_off_topic(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.off_topic, parsed
    assert "trainee_quota" not in parsed.intents


@pytest.mark.parametrize("text", RECOMMENDATIONS_WITH_COUNTS[:1] + RECOMMENDATIONS_WITH_COUNTS[3:4])
def test_a_recommendation_with_counts_is_refused_without_a_quota(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert not [c for c in reply.tool_calls if c.name == "trainee_quota"]


@pytest.mark.parametrize("text", BACKGROUND_COUNTS)
def test_a_count_beside_other_questions_is_background(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" not in parsed.intents and "trainee_quota" not in parsed.implied, parsed


@pytest.mark.parametrize("text", BACKGROUND_COUNTS[:1] + BACKGROUND_COUNTS[2:3])
def test_a_count_beside_other_questions_runs_no_quota(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not [c for c in reply.tool_calls if c.name == "trainee_quota"], reply.answer
    assert not reply.follow_up


@pytest.mark.parametrize(("text", "count"), QUOTA_ASKED)
def test_a_count_with_a_quota_asked_still_runs_it(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == count, (reply.tool_calls, reply.answer)
