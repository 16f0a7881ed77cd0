"""Round 5c classes of answers.

1. The user's self-description ("We are an IT training company and want to apply for ...", 当方は…です) says who
   asks, never whose contact a question asks: its words (a training provider) do not narrow the contact to another
   passage (the requirements for providers), so the division to call for the ID is quoted, not refused.
2. "How exactly / precisely do we submit ...?" asks the procedure, as "how do we actually submit ...?" does.
"""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "We are an IT training company and want the Re-Skills certification for our course. Who do we contact to get the "
    "login?",
    "We are an IT training company and want to apply for the Re-Skills course certification. How exactly do we "
    "submit the application? Our attachments are quite big, what if the upload doesnt work? And who do we contact to "
    "get the login?",
    "We run a small IT school and want Re-Skills certification. who should we contact for the login?",
    "当方は都内のIT研修会社です。第四次産業革命スキル習得講座の認定を申請したいのですが、IDとパスワードを取得するには"
    "どこに連絡すればよいですか。",
])
def test_a_self_description_names_no_subject_of_the_contact(bot, question: str) -> None:
    answered(bot, question, r"03-3501-2646")


@pytest.mark.parametrize("question", [
    "How exactly do we submit the application?",
    "how precisely do I apply for it?",
    "and how exactly do we send the forms?",
])
def test_how_exactly_asks_the_procedure(types: AnswerTypes, question: str) -> None:
    assert "procedure" in types.classify(question).types


@pytest.mark.parametrize("sentence, described", [
    ("We are an IT training company and want to apply for the Re-Skills course certification.", True),
    ("I am a student at Cairo University.", True),
    ("当方は都内のIT研修会社です。", True),
    ("Who do we contact to get the login?", False),
    ("We are asking about the Re-Skills application.", False),
])
def test_the_self_description_sentence(types: AnswerTypes, sentence: str, described: bool) -> None:
    assert any(p.search(sentence.lower()) for p in types.focus.self_description) is described


# 3. "Money back" (a refund the learners get through a benefit) in a question whether the benefit applies asks
#    whether, not an amount: the MHLW designation is a separate application, said, not refused as "that amount".
@pytest.mark.parametrize("question", [
    "does that automatically make it eligible for the MHLW education and training benefit (so learners can get "
    "money back)?",
    "is it covered by the training benefit so students get some money back?",
    "can learners receive money back through the benefit?",
])
def test_money_back_asks_no_amount(types: AnswerTypes, question: str) -> None:
    assert "amount" not in types.classify(question).types


@pytest.mark.parametrize("question", ["do interns get any money?", "will they receive money during the internship?"])
def test_money_received_still_asks_an_amount(types: AnswerTypes, question: str) -> None:
    assert "amount" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "If our course gets certified as a Re-Skills course by METI, does that automatically make it eligible for the MHLW "
    "education and training benefit (so learners can get money back)? Or is there something else to do?",
    "Once a course is certified as a Re-Skills course, is it automatically covered by the MHLW training benefit so "
    "students get some money back?",
    "第四次産業革命スキル習得講座に認定されれば、自動的に厚生労働省の教育訓練給付の対象になりますか？受講者にお金が"
    "戻ってくるのか知りたいです。",
])
def test_the_benefit_designation_is_said_to_be_separate(bot, question: str) -> None:
    answered(bot, question, r"(?i)separate|別途")


# 4. Politeness phrases (資料に載っている範囲で結構です, 差し支えなければ, わかる範囲で構いません) are no topic the documents
#    leave out, and the honorific ございますか asks as ありますか: Tokyo's supports for SMEs are listed (the Pasona
#    project with TOKYO WorkNet), not refused as "結構".
@pytest.mark.parametrize("word", ["結構", "構いません", "差し支え"])
def test_a_politeness_phrase_frames_the_question(types: AnswerTypes, word: str) -> None:
    assert word in types.focus.framing


@pytest.mark.parametrize("question", [
    "東京都として中小企業向けの支援策はございますか。",
    "何か支援制度はございますか",
    "東京都の支援の仕組みはありますか",
])
def test_gozaimasu_asks_the_list_of_supports(types: AnswerTypes, question: str) -> None:
    assert "list" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "都内の中小企業で総務をしております。初めて外国人を雇用する予定なのですが、東京都として中小企業向けの支援策はござい"
    "ますか。資料に載っている範囲で結構ですので教えてください。",
    "東京都の外国人雇用の支援制度はございますか。差し支えなければ教えてください。",
    "外国人を初めて雇う予定です。東京都には中小企業向けの支援事業がございますか。わかる範囲で構いませんので教えてください。",
])
def test_tokyo_supports_are_listed_whatever_the_politeness(bot, question: str) -> None:
    answered(bot, question, r"(?i)pasona|パソナ")


# 5. Three asks (the course requirements, the providers' requirements, the procedure) each get their unit: the 50%
#    practical share and the examinations, what the organizations must ensure, the e-Gov steps.
@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座の認定制度について伺います。講座に求められる要件と、講座を実施する機関側の要件、それから"
    "申請方法（どのシステムから申請するのか等）をご教示いただけますでしょうか。",
    "For the Re-Skills course certification, what are the requirements for the courses, what are the requirements for "
    "the organizations running them, and how do we apply (which system)?",
])
def test_three_asks_each_get_their_unit(bot, question: str) -> None:
    answered(bot, question, r"50%", r"e-Gov", r"Organizations running the training courses")
