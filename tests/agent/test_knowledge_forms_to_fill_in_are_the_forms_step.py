"""Class: the forms to fill in ("which forms do we fill in?", "what forms do we fill out", 入力する様式は何番から何番まで) are
asked of the step that says to enter the data in them: "Obtain forms (Form 1 to Form 6) through the System and enter
necessary data therein" (vocabulary concept enter_data; 入力 was a word no document states and refused the whole
message: ja7f-05, en7f-04)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

FORMS = r"Form 1 to Form 6"


@pytest.mark.parametrize("question", [
    "For the Re-Skills application, which forms do we have to fill in?",
    "Re-Skills certification: what forms do we fill out in the e-Gov system?",
    "Re-Skills講座の認定申請で入力する様式は何番から何番までですか？",
    "研修事業者の申請サポートをしています。Re-Skills講座の認定申請（2017年の第1回募集）について、e-Govでの申請手順を順番に教えてくだ"
    "さい。入力する様式は何番から何番までありますか？また、添付書類がどうしても電子で送れない場合の扱いも知りたいです。",
])
def test_the_forms_to_fill_in_are_quoted(bot, question: str) -> None:
    answered(bot, question, FORMS)


def test_the_forms_asked_in_a_follow_up(bot) -> None:
    answered(bot, ["We'd like to get our AI engineering course certified as a Re-Skills course. How do we file the "
                   "application?",
                   "ok and the application forms themselves - which ones do we fill in, and where do we get them?"],
             FORMS, r"(?i)e-?Gov")
