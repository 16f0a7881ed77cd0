"""An address the documents give as a label and its lines, announced by a lead ("... may be sent to the following address
by post (must be postmarked by the deadline)"), answers where to post documents although the user's situation names
another subject (e-Gov); "by when" asks for the date too."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "our attachments are too big to upload to e-Gov for the Re-Skills certification application. where can we mail "
    "the paper documents and by when?",
    "We could not upload some attachments to the e-Gov system for the Re-Skills application. Can we mail them? "
    "To where, and by when?",
    "If we can't upload to e-Gov, where do we send the Re-Skills documents?",
    "e-Govで添付書類が送れない場合、どこに郵送すればいいですか？いつまでに？",
])
def test_the_posting_address_is_quoted_with_its_postmark_rule(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "100-8901" in reply.answer and "1-3-1" in reply.answer
    assert "postmarked by the deadline" in reply.answer


@pytest.mark.parametrize("question", [
    "our attachments are too big to upload to e-Gov. where can we mail the paper documents for Re-Skills and by when?",
    "We could not upload some attachments to the e-Gov system for the Re-Skills application. Can we mail them? "
    "To where, and by when?",
])
def test_by_when_adds_the_acceptance_period(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "October 28, 2017" in reply.answer
