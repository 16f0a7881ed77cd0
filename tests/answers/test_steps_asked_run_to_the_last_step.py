"""A procedure asked step by step is quoted to its last step, also when the steps run past the end of the chunk the
quote starts in ("(ⅲ) Obtain forms ..." ends it; "(ⅳ) File an application ...", "(ⅴ) A hearing may be held ..."
follow in the next chunk of the same section): the units that open the following steps are quoted in order, without
the notes and addresses between them."""

from __future__ import annotations

import pytest

from bot.answers.select import _step_number
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("text,number", [
    ("(ⅳ)File an application", ("roman", 4)), ("(Ⅴ) A hearing", ("roman", 5)), ("(3) Use the System", ("number", 3)),
    ("2. Obtain forms", ("number", 2)), ("④ 申請する", ("circled", 4)), ("(b) then", ("letter", 2)),
    ("2017. The year", None), ("Obtain forms", None), ("3.5 hours", None),
])
def test_a_step_marker_is_read_with_its_family_and_ordinal(text: str, number) -> None:
    assert _step_number(text) == number


@pytest.mark.parametrize("question", [
    "how do we actually apply for the re-skills course certification, step by step?",
    ["when could we apply for the re-skills course certification (the first round)?",
     "got it. and how do we actually apply, step by step?"],
    "Re-Skills講座の認定申請の手順を順番に全部教えてください。",
])
def test_the_steps_asked_run_to_the_last_step(bot, question) -> None:
    answer = answered(bot, question, r"e-Gov", r"Form 1 to Form 6", r"File an application by sending", r"hearing")
    assert "Zip code" not in answer, answer  # the posting address between the steps is no step
