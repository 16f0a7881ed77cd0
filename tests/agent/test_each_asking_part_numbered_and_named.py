"""Class: each ask of a message gets its unit, however the asks are laid out.

1. A numbered list of asks in one sentence (①…②…③…, "1) … 2) …") is one ask per number: the airline tickets and the
   accommodation are answered beside the host's size (JIP), in Japanese and English.
2. A colon before questions that each open with a question word ("... from the activity log: when did they ...,
   which office did they visit (and which month), and when was ...?") is one ask per question, however long each is:
   every date asked is quoted.
3. A thing a list names in the user's everyday word ("find an apartment") is the list's item (accommodation), beside
   a calculated answer too.
4. "What is it called?" after a question about what something offers asks its name: the unit that names it in
   quotes (Tokyo WorkNet) beside the operator (Pasona).
"""

from __future__ import annotations

import pytest

from bot.answers.asks import list_of_asks
from bot.query import numbered_asks
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("sentence, count", [
    ("①うちのような中小企業でも受入れ企業になれますか、②対面型の場合パソコンはこちらで用意する必要がありますか、③インターン生の航空券や宿泊先は"
     "どうなるのでしょうか。", 3),
    # as the policy passes it (① normalized to 1)
    ("1うちのような中小企業でも受入れ企業になれますか、2対面型の場合パソコンは必要ですか、3航空券や宿泊先はどうなりますか。", 3),
    ("1) can I choose the company? 2) what kind of companies host in-person interns?", 2),
    ("(1) which fields are covered, (2) what share must be practical?", 2),
])
def test_numbered_asks_are_one_ask_per_number(sentence: str, count: int) -> None:
    assert len(numbered_asks(sentence)) == count


@pytest.mark.parametrize("sentence", [
    "特定技能2号は、3年ごとに更新しますか？",
    "常勤職員は、2号の実習生を含めますか？1号だけですか？",
    "We have 2 trainees, 3 staff and 1 manager.",
])
def test_numbers_that_count_are_no_list_of_asks(sentence: str) -> None:
    assert numbered_asks(sentence) == []


@pytest.mark.parametrize("question", [
    "当社は従業員15名の小さなソフトウェア開発会社です。経産省のJIPでインターン生を受け入れたいと考えておりますが、①うちのような中小企業でも"
    "受入れ企業になれますか、②対面型の場合パソコンはこちらで用意する必要がありますか、③インターン生の航空券や宿泊先はどうなるのでしょうか。"
    "よろしくお願いいたします。",
    "JIPについて質問です。①中小企業でも受入れ企業になれますか、②インターン生の航空券や宿泊先は誰が手配しますか。",
])
def test_numbered_asks_in_japanese_each_get_their_unit(bot, question: str) -> None:
    answered(bot, question, r"中小", r"航空券|airline", r"宿泊|accommodation")


@pytest.mark.parametrize("question", [
    "For our report I need some dates from the WAASA activity log: when did WAASA attend the Ministry of Justice "
    "briefing about the Specific Skill System, which JICA overseas office did they visit (and which month), and when "
    "was their first visit to CINGA?",
    "Two things from the WAASA activity log: which JICA overseas office did WAASA visit and in which month, and when "
    "was their first visit to CINGA?",
])
def test_each_question_after_a_colon_gets_its_date(bot, question: str) -> None:
    answered(bot, question, r"Ho Chi Minh", r"June")


def test_questions_after_a_colon_are_split_with_their_brackets() -> None:
    asks = list_of_asks("Some dates from the activity log: when did WAASA attend the Ministry of Justice briefing about "
                        "the Specific Skill System, which JICA overseas office did they visit (and which month), and "
                        "when was their first visit to CINGA?")
    assert asks == ["when did WAASA attend the Ministry of Justice briefing about the Specific Skill System?",
                    "which JICA overseas office did they visit (and which month)?",
                    "when was their first visit to CINGA?"]


@pytest.mark.parametrize("question", [
    "Hi, I'm from Nepal and I got matched for an in-person internship in Japan for 60 days (about two months). How "
    "much activity support money will I receive in total? Also do I need to buy my own flight ticket and find an "
    "apartment by myself?",
    "In-person JIP internship of 30 days: how much support money in total? And must I find my own apartment?",
])
def test_an_apartment_beside_a_calculation_is_the_accommodation_item(bot, question: str) -> None:
    answered(bot, question, r"(?i)accommodation")


@pytest.mark.parametrize("question", [
    "I'm at a small business association in Tokyo. Our members ask what support Tokyo gives to SMEs that want to hire "
    "foreign workers. What is it called and who runs the support project with Tokyo?",
    "What does Tokyo offer SMEs hiring foreign staff? What is it called, and who runs the project?",
])
def test_what_is_it_called_gets_the_name_beside_the_operator(bot, question: str) -> None:
    answered(bot, question, r"(?i)Tokyo\s*WorkNet", r"Pasona")


@pytest.mark.parametrize("question", ["What is it called?", "what's the project called?", "その事業の名称は何ですか？"])
def test_what_is_it_called_asks_the_name(question: str) -> None:
    assert "name" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "①技能実習は最長で何年受け入れられますか（5年受け入れるには何か条件があると聞きました）②特定技能1号では何年働いてもらえますか"
    "③特定技能2号は更新に上限がありますか。",
    "①技能実習は最長で何年ですか、②特定技能1号は何年働けますか。",
])
def test_the_first_numbered_ask_gets_its_own_unit(bot, question: str) -> None:
    """Class: the first of numbered asks is answered by its own unit (technical intern training's maximum), not left
    to the unit a later ask shares words with (Specific Skill No. 1's five years)."""
    answered(bot, question, r"technical intern training plan|技能実習計画", r"Specific Skill No\. 1|特定技能1号", refused=None)


@pytest.mark.parametrize("question", [
    "For the METI internship: can I choose the company myself? Can I apply for both online and in-person at the same "
    "time? What kind of companies host the in-person interns? And if I do online, do I need my own laptop?",
    "Can I apply for both online and in-person JIP internships? What kind of companies host the in-person interns?",
    "JIPについて、①オンラインと対面の両方に応募できますか、②対面型インターンはどのような企業が受け入れていますか。",
    "JIPの対面インターンシップはどんな会社が受け入れ先になりますか？",
])
def test_what_kind_of_companies_gets_the_unit_that_says_what_kind(bot, question: str) -> None:
    """Class: "what kind of companies host ...?" asks what kind: the unit that says it (small to medium-sized
    companies) is quoted, even when another quoted unit mentions "the host company" in passing."""
    answered(bot, question, r"small to medium-sized")


@pytest.mark.parametrize("question", ["What kind of companies host the interns?", "どのような企業が受け入れますか？"])
def test_what_kind_asks_the_kind(question: str) -> None:
    assert "kind" in AnswerTypes.load().classify(question).types
