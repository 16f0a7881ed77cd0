"""Class: a procedure asked step by step that also asks which system and which forms / documents gets both: the
steps from the sentence that opens them (e-Gov, obtain an ID and password, ...) through the step that names the
forms (Form 1 to Form 6), in English and Japanese; the documents ask does not start the steps halfway, even when
another unit (the postal address with its lead) shares more of the question's words."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("question", [
    "step by step, how do we submit an application for Re-Skills course certification? which system and which forms?",
    "Walk me through the Re-Skills application step by step, including which forms we need.",
    "Re-Skills講座の認定申請の手順を順番に教えてください。どのシステムで、どの様式を使いますか？",
])
def test_steps_asked_with_the_forms_give_every_step_and_the_forms(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"e-Gov", reply.answer), reply.answer
    assert re.search(r"\bID\b|password", reply.answer), reply.answer
    assert re.search(r"Form 1 to Form 6|様式1〜様式6", reply.answer), reply.answer
    opening = reply.answer.index("following procedures")
    assert opening < reply.answer.index("Obtain an ID") < reply.answer.index("Form 1 to Form 6"), reply.answer
