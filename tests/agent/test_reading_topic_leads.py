"""A lead clause that names the program before the question (fresh batches d and e: jaf6-reskills-window,
jaf5-reskills-id-contact), JA and EN.

The class: "Re-Skills講座の認定申請ですが、最初の受付期間は…", "e-GovでRe-Skillsの申請をしたいのですが、IDとパスワードは…" have the
shape of a self-introduction, but the lead names the program the question is about: the question alone decides the
task (no calculator from the lead), and the whole message is searched, so the answer comes from that program's
document instead of a refusal.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text,says", [
    ("第四次産業革命スキル習得講座（Re-Skills講座）の認定申請ですが、最初の受付期間はいつからいつまでだったでしょうか。", "2017"),
    ("Re-Skills講座の申請ですが、受付期間はいつまででしたか？", "2017"),
    ("e-Govで Re-Skills の申請をしたいのですが、IDとパスワードはどこに連絡すればもらえますか。", "3501"),
    ("Reスキル講座の認定を考えているのですが、IDとパスワードの問い合わせ先の電話番号を教えてください。", "3501"),
])
def test_a_program_named_in_the_lead_is_searched_with_the_question(bot, text, says) -> None:
    reply = converse(bot, text)
    assert not reply.refused and says in reply.answer, reply.answer[:300]


def test_a_lead_without_a_program_is_still_only_context() -> None:
    parsed = repo_understander().parse("東京の中小企業なんですが、外国人の受入れについて都の支援ってありますか？")
    assert not parsed.text.startswith("東京の中小企業")
