"""The quota asked beside the organisation's status words, English or the Japanese terms inside an English message
("excellent (優良) implementing organization", "our supervising organization is an 一般監理団体"), and asked as "the
maximum numbers of trainees" per stage, runs the calculator with the count and the status, never a search alone."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call

HEAD = "We are a larger plant with 415 full-time employees. "


@pytest.mark.parametrize("text,excellent", [
    (HEAD + "We hold the excellent (優良) implementing organization status and our supervising organization is an "
     "一般監理団体. What are the maximum numbers of trainees at one time for No. 1, No. 2 and No. 3?", True),
    ("We have 415 full-time employees, we are a 優良 implementing organization and our 監理団体 is 一般監理団体. What "
     "are the limits for No. 1, No. 2 and No. 3?", True),
    ("415 full-time staff here. Our status is 優良 (excellent) and the supervising body is an 一般監理団体. How many "
     "No.3 trainees can we have?", True),
    (HEAD + "What are the maximum numbers of trainees at one time for No. 1 and No. 2?", None),
    (HEAD + "What is the max number of trainees per stage?", None),
], ids=["en-yuryo-ippan-kanri-maximum-numbers", "en-yuryo-limits", "en-status-no3", "en-maximum-numbers-plain",
        "en-max-number"])
def test_the_quota_is_computed(bot, text: str, excellent: bool | None) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == 415
    if excellent is not None:
        assert call.args["excellent"] is excellent
