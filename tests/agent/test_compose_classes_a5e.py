"""Classes of knowledge answers beside other asks found by fresh batch 05e: each ask of a message answered on its
own, end to end over the real index (each class with several phrasings, in English and Japanese where it applies)."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


def _reply(bot, *turns: str):
    conversation = bot.new_conversation()
    reply = None
    for turn in turns:
        reply = bot.reply(conversation, turn)
    return reply


# --- numbered asks, one of which names an exam as a route (not the date asked): each ask gets its own unit, the
# update note is a note beside them, never the answer ----------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Quick questions for my seminar slides pls: 1. when did the Specified Skill system start? 2. how someone gets "
    "No.1 status, exam only or also from technical intern? 3. how many industries at the beginning?",
    "For my slides: 1) When was the Specific Skill status introduced? 2) Is the exam the only way to get No.1, or "
    "can technical interns move over? 3) How many fields were there at first?",
    "①特定技能の制度はいつ始まりましたか？②1号になるには試験に合格するしかないですか、それとも技能実習から移れますか？"
    "③最初は何分野でしたか？",
    "特定技能っていつからある制度ですか？1号は試験に受からないとダメですか？",
])
def test_numbered_asks_are_answered_by_the_documents_not_by_an_update_note_alone(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert re.search(r"April 1, 2019|2019年4月1日", reply.answer), reply.answer
    assert "Technical Intern Training No. 2" in reply.answer, reply.answer
    assert not reply.answer.startswith(("The documents I have are older", "お手元の資料はこれより前")), reply.answer


@pytest.mark.parametrize("question, kinds", [
    # a kind named only by another question of the message is not the date's kind
    ("1. when did the system start? 2. exam only or also from technical intern?", ("founding",)),
    ("①制度はいつ始まりましたか？②1号は試験だけですか？", ("founding",)),
    # named where the date is asked, it is
    ("When is the exam held?", ("exam",)),
    ("試験はいつですか？", ("exam",)),
])
def test_a_kind_is_read_from_the_ask_of_its_type(question: str, kinds: tuple[str, ...]) -> None:
    assert AnswerTypes.load().classify(question).kinds.get("date") == kinds


# --- a yes/no ask beside another (a calculation, a method) gets its own verdict, not only a quote -----------------
@pytest.mark.parametrize("question", [
    "地方で中小企業向けにパソコン教室をやっています。Excel・Wordの基本操作とITリテラシー入門の講座（30時間、そのうち実習20"
    "時間）が主力なのですが、これはRe-Skills講座の認定対象になりますか？あと、認定されると受講者は厚労省の教育訓練給付金を"
    "自動的に受けられるんでしょうか。",
    "当社のデータサイエンス講座は全50時間、うち演習30時間です。Re-Skillsの認定は取れますか？それと、認定されたら教育訓練給付"
    "の対象にも自動的になるんでしょうか？",
    "第四次産業革命スキル習得講座の認定申請って、どうやって出すんですか？紙で郵送もできますか。あと、認定されたら厚労省の教育"
    "訓練給付の対象にも自動的になるんでしょうか。",
])
def test_a_yes_no_ask_beside_another_gets_its_verdict_ja(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "自動的にはなりません" in reply.answer and re.search("別途|別に", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "Our AI course is 40 hours with 24 hours of hands-on practice. Can it be certified as a Re-Skills course? And will "
    "our students automatically get the MHLW Training and Education Benefit?",
    "We teach basic Excel and Word, 30 hours, 20 practical. Can this be a Re-Skills course? Also, once certified, is it "
    "automatically eligible for MHLW's education benefit?",
])
def test_a_yes_no_ask_beside_a_calculation_gets_its_verdict_en(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "Not automatically" in reply.answer and "separately" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["紙で郵送もできますか。", "郵送でも可能ですか？"])
def test_whether_posting_is_allowed_asks_no_address_ja(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "address" not in ask.hard, ask


# --- each named item gets its own verdict; an ask the documents do not mention is named, the rest answered -------
@pytest.mark.parametrize("question, named", [
    ("介護の技能実習の人数枠で、分母になる常勤職員に看護師さんや事務員も入れてしまっていいんでしょうか？あとEPAの介護福祉士"
     "候補者は数に入りますか？", ("看護", "事務")),
    ("介護職種の常勤職員の数に、看護師や事務の方も含めていいですか？それと、EPA候補者はカウントされますか？", ("看護", "事務")),
])
def test_each_named_category_gets_its_verdict_and_an_unmentioned_ask_is_named_ja(bot, question: str,
                                                                                named: tuple[str, ...]) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    verdict = next(line for line in reply.answer.splitlines() if "数えられません" in line)
    assert all(word in verdict for word in named), reply.answer
    assert re.search(r"記載はありません", reply.answer) and "EPA" in reply.answer.split("\n")[0], reply.answer


@pytest.mark.parametrize("question", [
    "For the nursing care quota, can we count our nurses and office clerks as full-time staff? And do EPA care worker "
    "candidates count?",
    "In nursing care, can we include the nurses and clerks in the full-time count?",
])
def test_each_named_category_gets_its_verdict_en(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    first = reply.answer.split("\n")[0]
    assert first.startswith("No") and "nurses" in first and "clerks" in first, reply.answer


# --- a knowledge ask beside a calculator answer is answered (the safety and health share, from the rule book) -----
@pytest.mark.parametrize("question", [
    "溶接の実習計画（1号）を作成中です。1年間の総時間が2,000時間で、内訳は必須業務1,200時間、関連業務500時間、周辺業務300時間"
    "の予定です。\nこの配分で基準はクリアしていますか？それと、安全衛生の時間も別途どこかに入れる必要があったと思うのですが、"
    "何時間くらい必要ですか？",
    "実習計画を必須1000時間、関連600時間、周辺400時間で組んでいます。この配分で大丈夫ですか？あと、安全衛生の業務はどのくらい"
    "入れればいいですか？",
    "Our welding training plan is 2000 hours: required 1200, related 500, peripheral 300. Is that split OK? Also, how "
    "many hours of safety and health work do we need?",
])
def test_the_safety_and_health_ask_beside_a_split_check_is_answered(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    answer = reply.answer.split("---")[0]
    assert re.search(r"(?:安全衛生|Safety and health)[^\n]*10\s*%", answer), reply.answer


@pytest.mark.parametrize("question", [
    "実習計画の中で、安全衛生に関する業務はどれくらいの時間を入れる必要がありますか？必須・関連・周辺それぞれに必要なのでしょうか。",
    "技能実習の計画で、安全衛生の業務は何％入れないといけませんか？",
])
def test_a_safety_and_health_question_gets_the_rule_books_share(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert re.search(r"安全衛生[^\n]*10\s*%", reply.answer), reply.answer


# --- a date asked in a clause of its own after another question ("What is it exactly, when did it start and how long
# ...?") is asked: the founding year is quoted beside the period ---------------------------------------------------
@pytest.mark.parametrize("question", [
    "What is the Technical Intern Training system exactly, when did it start and how long can a trainee stay max? Is 5 "
    "years for every company?",
    "Tell me about technical intern training: what is its purpose, when was it established and what is the longest "
    "stay?",
])
def test_a_when_clause_after_another_question_asks_the_date(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "1993" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["What is it exactly, when did it start?", "how long is it, and when was it founded?"])
def test_when_with_an_inverted_verb_after_a_comma_asks_a_date(question: str) -> None:
    assert "date" in AnswerTypes.load().classify(question).hard


def test_when_in_a_statement_after_a_comma_asks_no_date() -> None:
    assert "date" not in AnswerTypes.load().classify("How many trainees can we take, when we hire 5 more staff?").types


# --- a knowledge ask beside a calculator answer gets its own quote: one that names again a value the calculation
# was given (a laptop "for online"), one about what the message described (「どちらも対象になりますか」), and the item
# of a list whose other item is the supporting quote ---------------------------------------------------------------
@pytest.mark.parametrize("question, pattern", [
    ("If I do the JIP online internship from home for 45 days, how much activity support money do I get? Is it paid in "
     "yen or my currency? also do they give me a laptop for online?", r"personal computers"),
    ("JIP online internship 30 days, how much support money? and will they give me a PC for the online internship?",
     r"personal computers"),
    ("静岡県で従業員四十名ほどの食品機械メーカーを経営しております。経済産業省のジャパン・インターンシップ・プログラム（JIP）"
     "で、海外の若手人材をインターンとして受け入れてみたいと考えております。\n受け入れ企業側にはどのような条件があるのでしょう"
     "か。また、対面で六十日間受け入れた場合、インターン生への活動支援金はいくらになりますか。業務用のパソコンは当社で用意する"
     "必要がありますでしょうか。", r"パソコン"),
    ("Re-Skills講座の認定要件について教えてください。弊社はIT研修を提供しており、ExcelやWordの使い方などのＩＴ基礎講座と、"
     "クラウドセキュリティの講座があります。どちらも対象になりますか。講座の内容面で求められることも知りたいです。",
     r"セキュリティ"),
])
def test_a_knowledge_ask_beside_a_calculation_gets_its_quote(bot, question: str, pattern: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert re.search(pattern, reply.answer.split("\n---")[0]), reply.answer


def test_a_refused_part_whose_limit_is_the_supporting_quote_adds_nothing(bot, retriever) -> None:
    """A yes/no part no unit answers by its own words, whose limit is the calculator's supporting quote already: the
    answer says it, the part adds no line (and no error)."""
    from bot.agent import compose
    from bot.agent.responses import default_responses
    from bot.answers.select import Selection
    from bot.answers.types import Ask

    class Refusing:
        analyzer = bot.selector.analyzer

        def answer_units(self, query, passages, max_passages=3):
            return Selection(Ask(), refused=True)

    passages = retriever.search("Re-Skills basic IT skill courses excluded", k=5, program="reskills").passages
    shown = "Fundamental and basic IT skill courses are excluded."
    assert any(shown in p.text for p in passages), [p.chunk_id for p in passages]
    found = compose.part_answers(["Can our basic Excel course be certified too?"], passages, Refusing(), [shown],
                                 default_responses(), "en")
    assert found == [], found
