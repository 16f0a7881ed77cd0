"""A question that names an organisation (in English or by its Japanese name, knowledge/glossary.yaml) is
answered by the unit whose subject is that organisation, not by a neighbouring sentence about another one: in
every document group (Re-Skills, WAASA / Tokyo support, the technical internship, the Japan Internship
Program)."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.answers.glossary import Glossary
from bot.contracts import Passage, SearchResult


@pytest.mark.parametrize(("question", "says", "not_says"), [
    # WAASA / Tokyo SME support
    # (a list of supports is asked: Tokyo's own project run with Pasona is one of them, tests/answers/test_prose_list.py)
    ("What support does Tokyo give small companies hiring foreign talent?", "Tokyo has established", None),
    ("東京都は外国人材を雇用する中小企業にどのような支援をしていますか", "Tokyo has established", None),
    ("How does Tokyo help small companies hiring foreign talent?", "Tokyo has established", "Pasona"),
    ("What does the Ministry of Justice have to do with Specific Skills?", "Ministry of Justice", "CINGA"),
    # Re-Skills
    ("What does MHLW plan for the certified courses?", "Ministry of Health, Labour and Welfare (MHLW) plans", None),
    ("厚生労働省は認定講座について何をしますか", "Ministry of Health, Labour and Welfare (MHLW) plans", None),
    # the technical internship
    ("What did the Minister of Health, Labor and Welfare announce about technical training?", "Basic Policy", None),
    # the Japan Internship Program
    ("Does the JIP office provide computers for online internships?", "Provision of necessary personal computers",
     "Activity support funds"),
])
def test_the_unit_about_the_named_organisation_answers(bot, question: str, says: str, not_says: str | None) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    first = reply.answer.split("\n\n")[0] if not reply.answer.startswith("資料によると、") else reply.answer.split("\n\n")[1]
    assert not reply.refused and says in first, reply.answer
    if not_says:
        assert not_says not in reply.answer.split("\n\n_")[0], reply.answer


def _pick(question: str, text: str) -> list[str]:
    passage = Passage(text=text, chunk_id="d::1", doc_id="d", title="Doc", section="Support for small companies",
                      program="", as_of=None)
    (chosen,) = compose.pick_sentences(question, [passage])
    return chosen[1]


# The same class on made-up text: the sentence about the named organisation (and the pronoun sentence that
# continues it) wins over a better-worded neighbour about another organisation (a question that asks for no list:
# one that asks for the supports gets the section's prose whole, tests/answers/test_prose_list.py).
@pytest.mark.parametrize("question", ["How does Tokyo advise small companies?", "東京都は中小企業に何を助言していますか"])
def test_a_neighbour_about_another_organisation_is_not_quoted(question: str) -> None:
    text = ("Tokyo runs a help centre. It gives advice to small companies on hiring. With the support of Pasona, "
            "small companies get support for hiring small company support staff.")
    chosen = _pick(question, text)
    assert chosen[0] == "Tokyo runs a help centre." and not any("Pasona" in s for s in chosen), chosen


def test_an_item_that_names_the_organisation_is_quoted_not_its_whole_list() -> None:
    text = ("Activity log:\n\n- 2019 June: Visit to CINGA about networking\n- 2019 July: Briefing by the Ministry of "
            "Justice on the new status\n- 2019 Aug: Visit to CINGA again\n")
    assert _pick("What were the briefings by the Ministry of Justice?", text) == [
        "2019 July: Briefing by the Ministry of Justice on the new status"]


def test_organisations_are_read_in_english_and_japanese_longest_name_first() -> None:
    glossary = Glossary.load()
    assert glossary.organisations("Visit to the Tokyo Chamber of Commerce and Industry") == {"東京商工会議所"}
    assert glossary.organisations("東京都の支援") == {"東京都"}
    assert glossary.organisations("MHLW and the Ministry of Economy, Trade and Industry") == {"厚生労働省", "経済産業省"}


def test_a_question_about_the_other_organisation_still_gets_it() -> None:
    # naming Tokyo does not hide the sentence that answers what is asked: which agency backs the project
    text = ("Tokyo runs a help centre. It gives advice to small companies on hiring. The staffing agency Pasona "
            "backs the support project for small companies.")
    chosen = _pick("Which staffing agency backs Tokyo's support project?", text)
    assert any("Pasona" in s for s in chosen), chosen
