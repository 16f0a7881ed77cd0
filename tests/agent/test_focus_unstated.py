"""Class: the asked subject is not in the documents. The question's focus (its content terms beyond the program it
names, framing words and the words that ask for the answer's type) must be covered by the quoted unit or its
passage; a focus term no document uses, or no passage of the named program covers, makes the reply say that the
documents do not mention it (naming it), show the closest unit and refuse. A value asked of a subject the quote's
passage is not about (a percentage of the benefit, answered by the practical-work share) is refused the same way.
When the quote states part of the focus ("Internship insurance" for "health insurance"), the reply answers with
it and says what is not mentioned. On-topic paraphrases are still answered (no over-refusal)."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question, named", [
    ("Can technical intern trainees bring their family to Japan?", "family"),
    ("Are technical intern trainees allowed to come with their spouse and children?", "spouse"),
    ("How many vacation days do trainees get?", "vacation"),
    ("What is the overtime limit for technical intern trainees?", "overtime"),
    ("How much overtime may technical intern trainees work per month?", "overtime"),
    ("Is there an age limit for Specific Skilled Worker?", "age"),
    ("Do Specified Skilled Workers have a maximum age?", "age"),
    ("Can Specified Skilled Worker (ii) holders bring their families?", "families"),
])
def test_a_focus_no_document_states_is_refused_naming_it(bot, question: str, named: str) -> None:
    reply = _ask(bot, question)
    assert reply.refused, reply.answer
    assert named in reply.answer.lower()
    assert "do not mention" in reply.answer


@pytest.mark.parametrize("question, named", [
    ("技能実習生は家族を日本に呼べますか？", "家族"),
    ("技能実習生の有給休暇は何日ですか？", "有給休暇"),
    ("特定技能に年齢制限はありますか？", "年齢"),
])
def test_a_japanese_focus_no_document_states_is_refused_naming_it(bot, question: str, named: str) -> None:
    reply = _ask(bot, question)
    assert reply.refused, reply.answer
    assert named in reply.answer and "記載はありません" in reply.answer


@pytest.mark.parametrize("question", [
    "Re-Skills講座を受講した社員は、教育訓練給付で受講料の何%が戻ってくるんですか？",
    "教育訓練給付では受講料の何パーセントが支給されますか？Re-Skills講座の場合です。",
])
def test_a_value_of_another_subject_is_refused(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert reply.refused, reply.answer
    assert "教育訓練給付" in reply.answer


@pytest.mark.parametrize("question, part", [
    ("Do JIP interns get health insurance?", "health insurance"),
    ("Is health insurance provided to METI internship participants?", "health insurance"),
    ("JIPのインターンは健康保険に入れますか？", "健康保険"),
])
def test_a_partly_stated_focus_answers_and_names_the_rest(bot, question: str, part: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert part in reply.answer and "insurance" in reply.answer.lower()


@pytest.mark.parametrize("question", [
    "What's the longest a technical intern trainee can stay in the programme?",
    "For how many years can a Specific Skill No.1 holder work in Japan?",
    "I already graduated. Which papers do I have to submit for the METI internship?",
    "When did WAASA visit the JICA office in Ho Chi Minh City?",
    "Is there a special limit on trainees for small nursing care companies?",
    "How much of the training time has to be spent on the essential tasks?",
    "Does the Japanese language test matter for SSW?",
    "What happens after the technical intern training ends?",
    "Is accommodation arranged for JIP interns?",
    "Do trainees have an employment contract with the company?",
    "JIPの応募資格の年齢は何歳から何歳までですか？",
    "JIPのインターンは宿泊先を用意してもらえますか？",
    "特定技能の制度っていつからスタートしたんだっけ",
    "技能実習生は日本人と同じように雇用契約を結びますか？",
    "特定技能2号に移行できる分野はどこですか？",
    "東京都内の中小企業が外国人材を受け入れる際に、何か東京都の支援の仕組みはあるのでしょうか。資料に記載があれば教えてください。",
    "And the general METI telephone number printed at the bottom of the notice?",
    "技能実習の期間は最長何年ですか？",
])
def test_on_topic_paraphrases_are_still_answered(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "do not mention" not in reply.answer and "記載はありません" not in reply.answer


def test_a_value_refusal_keeps_the_types_words_for_several_terms(bot) -> None:
    reply = _ask(bot, "What is the telephone number, address and e-mail of the JIP program office?")
    assert "do not mention telephone" not in reply.answer
