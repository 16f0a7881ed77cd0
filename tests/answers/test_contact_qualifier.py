"""Among several contact and office units, the one whose label or text matches what the question qualifies (the
system itself, the application procedure, an ID and password, documents sent by post) answers, in English and
Japanese; a qualifier the question negates ("not the application procedure", 手続きではなく) does not count."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.answers.types import AnswerTypes
from bot.contracts import Passage, SearchResult

TITLE = "METI begins Accepting Applications for Certification as Re-Skills Courses"
METHOD = (
    "* To send an application form through the System, you need to enter your ID and password. First contact the "
    "IT Utilization Promotion Division, Commerce and Information Policy Bureau (IT Innovation Division: 03-3501-2646) "
    "to obtain an ID and password.\n\n"
    "* If there is difficulty in sending attached documents electronically, the documents to be attached only may be "
    "sent to the following address by post (must be postmarked by the deadline).\n\n"
    "[Address for physical documents to be attached]\n"
    "Office for Accepting Applications for Re-Skills Course Accreditation\n"
    "IT Innovation Division, Commerce and Information Policy Bureau, METI\n"
    "Zip code 100-8901: 1-3-1, Kasumigaseki, Chiyoda-ku, Tokyo\n"
)
DIVISIONS = (
    "Information on the accreditation system:\n"
    "Office for Human Resources Policy, Economic and Industrial Policy Bureau\n\n"
    "Information on application procedures therefor:\n"
    "IT Innovation Division, Commerce and Information Policy Bureau\n"
)
SYSTEM, PROCEDURE, ACCOUNT, POST = ("Office for Human Resources Policy", "Information on application procedures",
                                    "to obtain an ID and password", "Office for Accepting Applications")
CASES = [
    (SYSTEM, "Who should I contact about the accreditation system itself?", "認定制度そのものについてはどの部署に問い合わせればいいですか"),
    (SYSTEM, "Which office should I contact about the certification itself, not the application procedure?",
     "手続きではなく制度の中身について、どの部署に問い合わせればいいですか"),
    (PROCEDURE, "Who should I contact about the application procedures?", "申請の手続きについての問い合わせ先はどの部署ですか"),
    (ACCOUNT, "Whom do I contact to get an ID and password?", "IDとパスワードの取得はどこに問い合わせればいいですか"),
    (POST, "Which office receives the physical documents sent by post?", "郵送する書類の送付先の部署はどこですか"),
]


def _answer(question: str, lang: str, order: tuple[int, int] = (0, 1)) -> compose.Composed:
    passages = [
        Passage(text=METHOD, chunk_id="r::1", doc_id="r", title=TITLE, section="Application method", program="", as_of=None),
        Passage(text=DIVISIONS, chunk_id="r::2", doc_id="r", title=TITLE, section="Divisions in Charge", program="",
                as_of=None),
    ]
    passages = [passages[i] for i in order]
    return compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=passages), lang=lang)


@pytest.mark.parametrize("order", [(0, 1), (1, 0)], ids=["method first", "divisions first"])
@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("expected,en,ja", CASES)
def test_the_contact_the_question_qualifies_answers(expected: str, en: str, ja: str, lang: str, order) -> None:
    composed = _answer(en if lang == "en" else ja, lang, order)
    assert not composed.refused, composed.unstated
    quote = composed.answer.split("\n\n")[1 if lang == "ja" else 0]  # the first quote (a Japanese reply leads first)
    assert expected in quote, composed.answer


@pytest.mark.parametrize("question,negated,kept", [
    ("Who handles the system itself, not the application procedure?", "procedure", "system"),
    ("手続きではなく制度そのものについての窓口は？", "procedure", "system"),
    ("Who do I contact about the procedure rather than the accreditation system?", "system", "procedure"),
])
def test_a_negated_qualifier_is_not_asked(question: str, negated: str, kept: str) -> None:
    types = AnswerTypes.load()
    ask = types.classify(question)
    names = {k.name for k in types.qualifiers_of(ask, question)}
    assert kept in names and negated not in names
    assert "procedure" not in ask.types or kept == "procedure"
