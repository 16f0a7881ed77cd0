"""Class: a date the question states (a month, a year, a fiscal year: November 2019, 2019年11月, FY2024) is a value,
never a focus term the documents must mention (like 5年間 / 30人); and a question about a period of a dated list
(an activity log) quotes the entries of that period only, not the whole list."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "What did WAASA do in November 2019?",
    "What did WAASA do in Nov 2019?",
    "WAASAは2019年11月に何をしましたか？",
    "2019年11月のWAASAの活動は？",
])
def test_a_month_asked_quotes_that_months_entries(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "Japan Foreign Trade Council" in reply.answer and "Esuhai" not in reply.answer, reply.answer
    assert "CINGA" not in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["which visits were in 2020?", "2020年の訪問先は？"])
def test_a_year_asked_quotes_that_years_entries(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "North Branch" in reply.answer and "Esuhai" not in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "What did WAASA do in November 2019?",
    "What support did JIP interns get in FY2024?",
    "WAASAは2019年11月に何をしましたか？",
    "令和6年度のJIPの支援内容は？",
])
def test_a_date_is_no_focus_term(question: str) -> None:
    from bot.answers.focus import focus_terms
    from bot.answers.types import AnswerTypes
    from tests.knowledge import repo_analyzer

    analyzer = repo_analyzer()
    focus, _, unknown = focus_terms(question, analyzer.analyze, AnswerTypes.load().focus, analyzer.document_tokens)
    labels = " ".join([u.label for u in focus] + unknown).lower()
    for word in ("nov", "2019", "2020", "fy", "令和", "年度", "11月"):
        assert word not in labels, labels


# Class: Japanese list asks (〜の内容を教えて, どんな支援がありますか, 何がありますか, 一覧) ask for the whole list.
@pytest.mark.parametrize("question", [
    "JIPの支援内容を教えてください。",
    "JIPのインターン生への支援の内容は？",
    "JIPではどんな支援がありますか？",
    "JIPのインターン生への支援を一覧で教えてください。",
    "What support do JIP interns get?",
])
def test_a_japanese_list_ask_quotes_the_whole_list(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "Arrangement of accommodation" in reply.answer and "Internship insurance" in reply.answer, reply.answer


# Class: a list lead names only items of the asked kind, never the question's own terms or programs; a count
# question (how many / 何分野 / いくつ) leads with the count the quote states.
@pytest.mark.parametrize("question", ["特定技能2号に移行できる分野は？", "特定技能2号に移れる分野はどれですか？"])
def test_a_list_lead_names_no_program(bot, question: str) -> None:
    lead = _ask(bot, question).answer.split("\n\n")[0]
    assert "建設" in lead and "造船" in lead, lead
    assert "特定技能1号" not in lead and "特定技能2号" not in lead, lead


@pytest.mark.parametrize("question", ["特定技能1号の対象は何分野ですか？", "特定技能1号はいくつの分野が対象ですか？"])
def test_a_count_question_leads_with_the_count(bot, question: str) -> None:
    lead = _ask(bot, question).answer.split("\n\n")[0]
    assert "14" in lead and "5年" not in lead and "技能試験" not in lead, lead


@pytest.mark.parametrize("question", ["how many occupations are covered in total?",
                                      "How many occupations does technical intern training cover in total?"])
def test_a_count_of_listed_things_in_total_is_no_tally(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused and "85 occupations" in reply.answer, reply.answer


# Class: a yes/no inclusion question (含まれますか / 入りますか / count as) whose subject no document uses (パート,
# アルバイト) is answered by the rule book's who-counts statement (no refusal: the rule book states it, the documents'
# closest line after it); a subject the documents state (技能実習生) is answered by them.
@pytest.mark.parametrize("question", [
    "パートタイマーは常勤職員に含まれますか？",
    "パートは常勤職員に含まれますか？",
    "アルバイトも常勤職員に含まれますか",
])
def test_an_unknown_subject_of_an_inclusion_question_is_answered_by_the_rule_book(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert reply.answer.startswith("常勤職員に数える人（規則集") and "週30時間未満のパート" in reply.answer, reply.answer


def test_a_known_subject_of_an_inclusion_question_is_answered(bot) -> None:
    reply = _ask(bot, "技能実習生は常勤職員に含まれますか？")
    assert not reply.refused and "does not include technical intern trainees" in reply.answer, reply.answer


# Class: a list item quoted alone carries its list's lead; a yes/no "is X needed?" answered by a requirement that
# accepts alternatives leads with "not necessarily".
@pytest.mark.parametrize("question", ["who pays the flight ticket for the internship in japan?",
                                      "Does JIP arrange the flight tickets for interns?"])
def test_a_lone_item_carries_its_lead(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert "Support for interns:" in reply.answer and "airline tickets" in reply.answer, reply.answer


@pytest.mark.parametrize("question, lead", [
    ("Do I need to speak Japanese for the JIP?", "Not necessarily"),
    ("JIPに日本語は必要ですか？", "必ずしも必要ではありません"),
])
def test_a_need_answered_by_alternatives_says_not_necessarily(bot, question: str, lead: str) -> None:
    reply = _ask(bot, question)
    assert reply.answer.startswith(lead) and "English" in reply.answer, reply.answer


# Class: a fee / cost / free-of-charge question the documents state no fee for is refused (the type's kind).
@pytest.mark.parametrize("question", [
    "Is the Tokyo support free of charge for companies?",
    "Does the Re-Skills certification cost anything?",
    "東京都の支援は無料ですか？",
    "JIPの参加は無料ですか？",
])
def test_a_fee_no_document_states_is_refused(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert reply.refused, reply.answer
    assert "fee or cost" in reply.answer or "費用の記載がありません" in reply.answer, reply.answer


# Class: "what happens after <stage>?" quotes what completing it leads to, read also in the next program's passage.
@pytest.mark.parametrize("question", [
    "What happens after Technical Intern Training No.2?",
    "What can trainees do after completing Technical Intern Training No. 2?",
    "技能実習2号を修了した後はどうなりますか？",
])
def test_what_follows_a_stage_is_quoted(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused and "Specific Skill No. 1" in reply.answer, reply.answer
    assert "does not include technical intern trainees" not in reply.answer, reply.answer
