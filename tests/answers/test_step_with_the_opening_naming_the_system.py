"""A step quoted without the opening that names what the user named (fresh batch 05f: ja5f-12), EN and JA.

The class: the user names the system ("e-Govの電子申請システムで出すと聞きましたが、ログイン用のIDとパスワードはどこで取得
すれば…"), the answer quotes a step that calls it "the System" ("Obtain an ID and password for the System."): the opening
of the steps, which names it ("... using the e-Gov Electronic Application System."), is quoted before the step.
"""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Re-Skills講座の認定申請を担当することになりました。e-Govの電子申請システムで出すと聞きましたが、ログイン用のIDとパスワードは"
    "どこで取得すればよいですか？問い合わせ先の部署と電話番号を教えてください。",
    "e-Govで申請するためのIDとパスワードはどうやって手に入れますか？",
    "We were told to file the Re-Skills application on e-Gov. Where do we get the ID and password?",
    "For the Re-Skills certification through e-Gov, who gives us the login ID and password?",
])
def test_the_step_comes_with_the_opening_naming_the_system(bot, question: str) -> None:
    answered(bot, question, r"(?i)e-?gov", r"(?i)ID")
