"""The requirements on the organisations that run courses answer only a question that names those organisations: the
requirements for the courses themselves are the course's list ("Such training courses must: ..."), in both
languages; a question naming the provider still gets the provider's list."""

from __future__ import annotations

import re

import pytest

from support import converse

COURSE = r"Such training courses must|requires candidate training courses"
PROVIDER = r"Organizations running the training courses"


@pytest.mark.parametrize("question, first", [
    ("What are the requirements for Re-Skills courses?", COURSE),
    ("What conditions does a course need to meet to be certified as a Re-Skills course?", COURSE),
    ("Re-Skills講座の要件は何ですか？", COURSE),
    ("What requirements must the organizations providing Re-Skills courses meet?", PROVIDER),
    ("Re-Skills講座を実施する事業者にはどのような要件がありますか？", PROVIDER),
    # the provider named by its role
    ("講座を運営する側の会社とか団体には、どんな条件があるんだっけ？", PROVIDER),
    ("We want our course certified as a Re-Skills course. What conditions must our organization itself meet?",
     PROVIDER),
    ("Which requirements apply to the organizations that want to offer Re-Skills courses?", PROVIDER),
    ("We run an IT school. What conditions apply to our organization for the Re-Skills certification?", PROVIDER),
])
def test_the_asked_things_requirements_come_first(bot, question: str, first: str) -> None:
    reply = converse(bot, question)
    opening = reply.answer.split("\n")[0]
    assert re.search(first, opening), reply.answer
