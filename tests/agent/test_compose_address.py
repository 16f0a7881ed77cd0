"""A follow-up that asks where to send something, under a condition ("and if uploading the attachments to
e-gov doesn't work, where can we send them?", e-Govで送れない場合): the answer type (an address) wins, and the
words of the condition (e-gov, upload, work) name no subject, so the postal address block is quoted, not the
ID/password contact; a phone number (03-3501-2646) is not an address. Several phrasings, both languages."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

FIRST = {"en": "When is the application period for the re-skills course certification?",
         "ja": "Re-Skills講座の認定の申請期間はいつですか？"}


@pytest.mark.parametrize("lang,follow_up", [
    ("en", "and if uploading the attachments to e-gov doesnt work, where can we send them?"),
    ("en", "If sending the attached documents through e-Gov fails, where do we send them?"),
    ("en", "what if the electronic system doesn't work for the attachments - where can we mail the documents?"),
    ("ja", "e-Govで添付書類を送れない場合、どこに郵送すればいいですか？"),
    ("ja", "電子申請で添付できないときは、書類の送付先はどこですか"),
])
def test_the_postal_address_answers_a_conditional_follow_up(bot, lang: str, follow_up: str) -> None:
    conversation = bot.new_conversation()
    bot.reply(conversation, FIRST[lang])
    reply = bot.reply(conversation, follow_up)
    assert not reply.refused, reply.answer
    assert "Kasumigaseki" in reply.answer and "100-8901" in reply.answer, reply.answer
    assert "ID and password" not in reply.answer.split("\n\n")[0], reply.answer


@pytest.mark.parametrize("text,is_address", [
    ("First contact the division (IT Innovation Division: 03-3501-2646) to obtain an ID and password.", False),
    ("Zip code 100-8901: 1-3-1, Kasumigaseki, Chiyoda-ku, Tokyo", True),
    ("1-3-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8901, Japan Tel: +81-(0)3-3501-1511", True),
])
def test_a_phone_number_is_not_an_address(text: str, is_address: bool) -> None:
    assert ("address" in AnswerTypes.load().detect(text)) is is_address
