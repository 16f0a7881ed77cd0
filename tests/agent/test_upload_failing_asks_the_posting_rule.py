"""Class: the electronic way failing ("what if the upload doesn't work?", "our PDFs are too big", アップロードがうまく
いかない場合) asks for the documents' fallback: "If there is difficulty in sending attached documents electronically,
the documents to be attached only may be sent ... by post" (the vocabulary's ``difficulty`` and the PDFs as
attachments find it; the address type of knowledge/answer_types.yaml asks for it), also beside other asks."""

from __future__ import annotations

import pytest

POSTING = "If there is difficulty in sending attached documents electronically"


@pytest.mark.parametrize("question", [
    "We are an IT training company and want to apply for the Re-Skills course certification. How exactly do we submit "
    "the application? Our attachments (curriculum pdfs, financial statements) are quite big, what if the upload doesnt "
    "work? And who do we contact to get the login?",
    "For the Re-Skills application, our PDFs are too big and the upload doesn't work. What can we do?",
    "添付書類のPDFが大きすぎてアップロードがうまくいかない場合はどうすればいいですか？",
    "Re-Skillsの申請で、添付書類の送信に失敗したらどうすればいいですか？",
])
def test_the_electronic_way_failing_gets_the_posting_rule(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused and POSTING in reply.answer, reply.answer
