"""Class: a lead ending in a colon that names what two joined asks are about ("From WAASA's activity log: when did they
visit ..., and what was the visit in January 2020?", 「WAASAの活動記録について：…はいつで、…はどこでしたか？」) is the
subject of each: the later ask is searched with it and answered by its own entry (the January 2020 visit to the North
Branch beside the December 2019 one: en7e-09)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "From WAASA's activity log: when did they visit the JICA Vietnam Ho Chi Minh office, and what was the visit in "
    "January 2020?",
    "WAASA activity log question: when was the visit to the JICA Vietnam Ho Chi Minh Office, and where did they go in "
    "January 2020?",
    "WAASAの活動記録について：JICAベトナム・ホーチミン事務所を訪問したのはいつで、2020年1月の訪問はどこでしたか？",
])
def test_the_later_ask_is_searched_with_the_lead(bot, question: str) -> None:
    answered(bot, question, r"2019 Dec", r"North Branch")
