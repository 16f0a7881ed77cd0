"""Round 5b classes of answers and search.

1. The longest (maximum) period asked is a duration ask, beside a calculation too: "whats the longest a trainee can
   stay with us in total?", "the maximum time", 通算で最長何年, 何年まで. "In total" (通算で, 合計で) asks the sum of
   what is asked, no subject of its own, and a value asked of the program's own participants (a trainee, 実習生) is
   the program's value, stated by its passage without naming them: the "up to five years" unit answers it.
2. Each item a message names beside a list ask ("what does the program cover - flights? housing? per day?") gets its
   unit (the comments below say how).
3. How much of something a rule requires (どのくらい入れないといけない) is a value ask; 安全衛生 is "safety and health".
4. The steps asked in the plural are all of them; a negation is no unmentioned subject; a confirmation of stated
   figures asks the documents' figures (1993), not a list of what it describes; a numbered ask keeps its type.
"""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

QUOTA_AND_LONGEST = [
    "three questions pls. 1) we are 12 full-timers (a small welding shop), how many jisshusei can we take? 2) if we "
    "become 優良 later how many then, and can we do No.3? 3) whats the longest a trainee can stay with us in total?",
    "We have 40 full-time staff. How many technical intern trainees can we accept? And what is the maximum time a "
    "trainee can stay with us altogether?",
    "質問が3つあります。1) 常勤12名の溶接工場です。実習生は何人受け入れられますか？2) 優良になったら何人ですか？"
    "3) 実習生はうちで通算何年まで働けますか？",
]


@pytest.mark.parametrize("question", QUOTA_AND_LONGEST)
def test_the_longest_stay_beside_a_quota_gets_its_duration(bot, question: str) -> None:
    answered(bot, question, r"(?:five|5) years|5年")


@pytest.mark.parametrize("question", [
    "whats the longest a trainee can stay with us in total?",
    "What is the longest time an intern can remain in Japan?",
    "what is the maximum time they can work for us?",
    "実習生は通算で最長何年いられますか",
    "何年まで働けますか",
])
def test_the_longest_or_maximum_period_asks_a_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" in types.classify(question).hard


@pytest.mark.parametrize("question", [
    "what is the maximum number of trainees we can employ?",
    "最大で何人受け入れられますか",
])
def test_a_maximum_count_is_no_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" not in types.classify(question).types


@pytest.mark.parametrize("question", [
    "how long can a trainee stay with us in total?",
    "what's the maximum time altogether an intern can stay?",
    "実習生は通算で最長何年いられますか",
])
def test_the_longest_stay_alone_is_answered_with_five_years(bot, question: str) -> None:
    answered(bot, question, r"(?:five|5) years|5年")


# 2. Each item a message names beside a list ask gets its unit: "what does the program actually cover - flights?
#    housing? do they pay anything per day?" quotes the airline tickets, the accommodation and the activity support
#    funds, not the whole list for the first and nothing for it beside the rest. The verb that asks for the items
#    (cover, include; 何をカバー) names no item ("Training will cover ..."), the condition stated ("if I get
#    selected,") names none either, and "per day" (1日あたり, 日額) is the support funds' word in Japanese too.
COVER_ITEMS = [
    "Hi! Indonesian here, born and raised in Jakarta but I've been working in Singapore for 3 years. I'm 33 and have "
    "JLPT N2. Two questions: does living in Singapore disqualify me from JIP? And if I get selected, what does the "
    "program actually cover - flights? housing? do they pay anything per day?",
    "I'm a 25 year old Vietnamese student with JLPT N3. Am I eligible for JIP? Also, what does JIP include - plane "
    "tickets? accommodation? any daily allowance?",
    "インドネシア人で33歳、JLPT N2です。JIPに応募できますか？選ばれたら、プログラムは何をカバーしてくれますか？航空券は？"
    "住まいは？1日あたり何か支給されますか？",
]


@pytest.mark.parametrize("question", COVER_ITEMS)
def test_each_item_named_beside_a_list_ask_gets_its_unit(bot, question: str) -> None:
    answered(bot, question, r"airline tickets|往復航空券", r"Arrangement of accommodation|宿泊先",
             r"3,000 yen per day|3,000円")


@pytest.mark.parametrize("question,item", [
    ("And if I get selected, what does the program actually cover - flights?", "airline tickets"),
    ("what is included - housing?", "accommodation"),
])
def test_one_named_item_of_a_list_ask_is_quoted_alone(bot, question: str, item: str) -> None:
    answered(bot, ["Tell me about the Japan Internship Program.", question], item)


# 3. How much of something a rule requires, asked without its unit (どのくらい入れないといけない, どれくらい必要,
#    どの程度確保する), is a value ask, and 安全衛生 is the documents' "safety and health": beside a training-time
#    check, the calculator's finding on the safety and health share (10% of each category) answers it.
SPLIT_AND_SAFETY = [
    "溶接の技能実習計画を作っています。1年目の予定は、必須業務1,200h、関連業務500h、周辺業務300hです。この配分で基準を満たして"
    "ますか？あと安全衛生の時間はどのくらい入れないといけないんでしょうか。",
    "施設園芸の実習計画です。必須業務900時間、関連業務600時間、周辺業務300時間で大丈夫ですか？それと安全衛生の時間はどれくらい"
    "必要ですか？",
    "We're drafting a welding training plan: required 1,200 h, related 500 h, peripheral 300 h. Does that meet the "
    "rules? And how much safety and health time do we have to include?",
]


@pytest.mark.parametrize("question", SPLIT_AND_SAFETY)
def test_the_safety_and_health_share_beside_a_split_check(bot, question: str) -> None:
    answered(bot, question, r"10\s?%")


@pytest.mark.parametrize("question", [
    "あと安全衛生の時間はどのくらい入れないといけないんでしょうか。",
    "安全衛生の時間はどれくらい必要ですか",
    "安全衛生はどの程度確保する必要がありますか",
])
def test_how_much_a_rule_requires_is_a_value_ask(types: AnswerTypes, question: str) -> None:
    assert types.classify(question).hard, question


@pytest.mark.parametrize("question", ["安全衛生の時間", "safety and health work", "occupational safety"])
def test_safety_and_health_is_one_concept_in_both_languages(question: str) -> None:
    from bot.query import load_vocabulary, TextAnalyzer
    from tests.test_query_vocabulary import KNOWLEDGE

    assert "safety_health" in TextAnalyzer(load_vocabulary(KNOWLEDGE)).analyze(question).concepts


# 4a. "What are the steps to apply?" (the steps, plural) asks all of them: the forms step (Form 1 to Form 6) is quoted
#     beside the ID step; "if we cannot send attachments online" is answered by the unit on difficulty in sending
#     them electronically, with no lead saying the documents do not mention "cannot send" (a negation is no subject).
STEPS_AND_MAIL = [
    "Our small training company in Tokyo want to get the Re-Skills course certification for our data science course. "
    "What are the steps to apply? which online system we use, and who we call to get the ID and password? And if we "
    "cannot send attachments online what we do?",
    "Which are the steps for applying for Re-Skills course certification? And who do we contact for the ID and "
    "password?",
]


@pytest.mark.parametrize("question", STEPS_AND_MAIL)
def test_the_steps_asked_in_the_plural_are_all_of_them(bot, question: str) -> None:
    answered(bot, question, r"Form 1 to Form 6", r"03-3501-2646")


@pytest.mark.parametrize("question", [
    "For the Re-Skills course application, if we cannot send attachments online what we do?",
    "Re-Skills certification: what if we are unable to send the attached documents electronically?",
])
def test_a_negated_verb_is_no_unmentioned_subject(bot, question: str) -> None:
    answer = answered(bot, question, r"by post")
    assert "don't mention" not in answer, answer


# 4b. A yes/no that states figures and asks whether they are right asks the documents' figures, not a list or a
#     condition of what the statement describes (対象は77職種139作業: what is covered): 1993 is quoted first.
@pytest.mark.parametrize("question", [
    "社内研修用の資料を作っていて確認したいのですが、外国人技能実習制度は1989年に創設され、対象は77職種139作業、という記載で"
    "合っていますか？",
    "外国人技能実習制度は1989年に創設され、対象は77職種という理解で正しいですか？",
    "Is it correct that the Technical Intern Training system was established in 1989 and covers 77 occupations and "
    "139 tasks?",
])
def test_a_confirmed_statement_gets_the_documents_year(bot, question: str) -> None:
    answered(bot, question, r"1993")


def test_a_confirmation_asks_no_list_of_what_it_describes(types: AnswerTypes) -> None:
    ask = types.classify("外国人技能実習制度は1989年に創設され、対象は77職種139作業、という記載で合っていますか？")
    assert "date" in ask.types and not {"list", "condition"} & ask.types, ask


# 4c. A numbered ask ("1) When did it start? 2) longest period?", "(a) when ...", "1) start year?") asks as it would
#     without its list marker: the year the system started is quoted beside the maximum period.
@pytest.mark.parametrize("question", [
    "Two questions about technical intern training: 1) When did it start? 2) longest period?",
    "1) when did the technical intern training system start? 2) what is the longest period a trainee can stay?",
    "Technical intern training: 1) start year? 2) max period?",
])
def test_a_numbered_start_ask_gets_the_year(bot, question: str) -> None:
    answered(bot, question, r"1993", r"(?:5|five) years")


@pytest.mark.parametrize("question", ["1) When did it start?", "(1) When did it start?", "a) when did it start?",
                                      "- when was it established?", "start year?"])
def test_a_list_marker_keeps_the_date_ask(types: AnswerTypes, question: str) -> None:
    assert "date" in types.classify(question).hard, question
