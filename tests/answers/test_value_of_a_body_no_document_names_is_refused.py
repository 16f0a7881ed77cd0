"""A value asked of a body named by its own name that no document states (the phone number of "the Tokyo Shigoto
Center", 東京しごとセンター, an office the documents never name) is not stated: the reply says the documents do not
mention that body and sets ``refused``, never quoting another body's phone number or address (METI's switchboard had
answered "the phone number of the Tokyo Zebra Center"). A body the documents name keeps its answer, and the Japanese
name of one they name in English (TOKYOはたらくネット: Tokyo WorkNet, a vocabulary term) is that body."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize(("question", "named"), [
    ("What is the phone number of the Tokyo Shigoto Center?", "Tokyo Shigoto Center"),
    ("What's the address of the Osaka Foreign Worker Support Center?", ""),
    ("Could you give me the phone number of the Japan Zebra Association?", ""),
    ("東京しごとセンターの電話番号は？", "東京しごとセンター"),
    ("大阪外国人材支援協会の住所を教えてください。", ""),
])
def test_a_value_of_a_body_no_document_names_is_refused(bot, question: str, named: str) -> None:
    """Refused (naming the body where the reply names what is missing); no other body's phone or address leads."""
    answer = answered(bot, question, *([named] if named else []), refused=True)
    lead = answer.split("\n\n")[0]
    assert "3501" not in lead and "Kasumigaseki" not in lead, answer


@pytest.mark.parametrize("question", [
    "TOKYOはたらくネットの電話番号と窓口の住所を教えてください。",
    "What is the phone number of Tokyo WorkNet?",
])
def test_a_body_the_documents_name_without_its_phone_is_refused_without_another_s(bot, question: str) -> None:
    answer = answered(bot, question, refused=True)
    assert "3501" not in answer, answer


@pytest.mark.parametrize(("question", "pattern"), [
    ("What is the phone number of the IT Innovation Division?", r"03-3501-2646"),
    ("Where is the NPO International Contribution Center mentioned in WAASA's log?", r"International Contribution"),
    ("Re-Skillsの申請でIDとパスワードをもらうための問い合わせ先の電話番号は？", r"03-3501-2646"),
])
def test_a_body_the_documents_name_keeps_its_answer(bot, question: str, pattern: str) -> None:
    answered(bot, question, pattern)
