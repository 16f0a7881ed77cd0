"""Class: a request for a whole list ("List all the places ...", 「…をすべて挙げてください。」) beside another ask is an ask of
its own, searched with what the message told before it (「WAASAの活動記録について確認です。」), and gets its whole list,
whatever the other ask's answer quotes."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

DECEMBER = (r"Tokyo Chamber of Commerce|東京商工会議所", r"Ho Chi Minh|ホーチミン", r"(?i)Esuhai|エスハイ")
OCTOBER = r"10月|Oct"


@pytest.mark.parametrize("question", [
    "WAASAの活動記録について確認です。2019年12月に訪問した先をすべて挙げてください。また、東京都産業労働局を訪問してWAASAの"
    "サービスを説明したのは何月でしたか。",
    "WAASAの活動について。2019年12月の訪問先を全部挙げてください。あと、東京都産業労働局を訪問したのは何月ですか？",
    "List all the places WAASA visited in December 2019. Also, in which month did WAASA visit the Tokyo Metropolitan "
    "Bureau of Industry and Labor?",
])
def test_the_whole_list_is_answered_beside_the_other_ask(bot, question: str) -> None:
    answered(bot, question, *DECEMBER, OCTOBER)


@pytest.mark.parametrize("part, asks", [
    ("2019年12月に訪問した先をすべて挙げてください。", True),
    ("List all the places WAASA visited in December 2019.", True),
    ("WAASAの活動記録について確認です。", False),
    ("We listed our staff in the form.", False),
])
def test_a_list_request_is_read_from_the_pack(part: str, asks: bool) -> None:
    from bot.text import detect_language
    from tests.knowledge import repo_understander

    assert repo_understander().pack(detect_language(part)).act("list_request", part) == asks
