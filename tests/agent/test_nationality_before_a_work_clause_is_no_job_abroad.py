"""A nationality or origin told with で before a clause on the user's work (「フィリピン国籍で、英語は仕事で使っています」) is
no job sought abroad: the message is an applicant's eligibility question, checked, never refused as outside the
documents. A job sought in a place abroad (「カナダでの就職」「ドバイで働きたい」) still is."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("message", [
    "フィリピン国籍で、英語は仕事で使っています。応募できますか？",
    "インド出身で、英語は毎日仕事で使います。JIPに応募できますか？",
    "ベトナム生まれで、日本語は仕事で使っています。インターンに応募できますか？",
    "ネパール国籍で、英語は仕事で使っています。ぎりぎり応募できますか？",
])
def test_a_nationality_before_a_work_clause_is_an_eligibility_question(bot, message: str) -> None:
    answered(bot, message, r"JIP|インターンシップ", refused=False)


@pytest.mark.parametrize("message", ["カナダでの就職について教えて", "ドバイで働きたいです。どうすればいいですか"])
def test_a_job_sought_abroad_is_still_outside_the_documents(bot, message: str) -> None:
    answered(bot, message, refused=True)
