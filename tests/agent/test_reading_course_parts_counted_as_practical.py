"""A course's hours listed by its parts: every part the document counts as practical work ("practical work training,
practice of necessary skills, exercises or presentations": labs, exercises, workshops, projects, presentations, 実習,
演習, 発表) is summed into the practical hours; lectures (講義, 座学) are not ("120 hours in total: 60 hours of lectures,
50 hours of hands-on labs and 10 hours of final project presentations" is 60 practical of 120; it was read 50). The
total is the one stated, else the parts' sum; the reply says the sum (bot/agent/understand.py `_course_parts`, note
``reading.course_practical_parts``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "practical", "total"), [
    ("We run a data science bootcamp for working people, 120 hours in total: 60 hours of lectures, 50 hours of hands-on "
     "labs (python, ML models) and 10 hours of final project presentations. Would this meet the Re-Skills "
     "practical-training requirement?", 60, 120),
    ("Our AI course is 100 hours: 40 hours of lectures, 30 hours of exercises and 30 hours of presentations. Re-Skills "
     "ok?", 60, 100),
    ("Our cloud course: 30h lectures, 12h workshops, 8h project work. Does it pass Re-Skills?", 20, 50),
    ("AIコースは全120時間で、講義60時間、実習50時間、発表10時間です。Re-Skillsの要件を満たしますか？", 60, 120),
    ("AI講座：座学70時間、演習20時間、成果発表10時間、合計100時間。Reスキル講座の実践要件を満たしますか？", 30, 100),
    ("講座の内訳は講義40時間、演習30時間、グループワーク10時間です。Reスキル講座の認定要件を満たしますか？", 40, 80),
], ids=["en-case", "en-exercises-presentations", "en-parts-only", "ja-jisshu-happyo", "ja-zagaku-total-last",
        "ja-parts-only"])
def test_every_practical_part_is_summed_into_the_practical_hours(text: str, practical: int, total: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_hours"] == practical
    assert parsed.slots["total_hours"] == total
    assert dict(parsed.notes)["reading.course_practical_parts"]["practical"] == practical


@pytest.mark.parametrize(("text", "practical", "total"), [
    ("Our AI course is 60 hours: 36 hours of lectures and 24 hours of hands-on labs. Does it meet Re-Skills?", 24, 60),
    ("AI講座は全60時間で、講義36時間、実習24時間です。Reスキルの要件を満たしますか？", 24, 60),
], ids=["en-one-practical-part", "ja-one-practical-part"])
def test_one_practical_part_is_read_as_it_is(text: str, practical: int, total: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_hours"] == practical
    assert parsed.slots["total_hours"] == total
    assert "reading.course_practical_parts" not in dict(parsed.notes)


@pytest.mark.parametrize(("text", "line"), [
    ("We run a data science bootcamp for working people, 120 hours in total: 60 hours of lectures, 50 hours of hands-on "
     "labs (python, ML models) and 10 hours of final project presentations. Would this meet the Re-Skills "
     "practical-training requirement?",
     "50 hours of hands-on labs + 10 hours of final project presentations = 60 hours"),
    ("AIコースは全120時間で、講義60時間、実習50時間、発表10時間です。Re-Skillsの要件を満たしますか？", "実習50時間＋発表10時間＝60時間"),
], ids=["en", "ja"])
def test_the_reply_meets_the_rule_and_says_the_sum(bot, text: str, line: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert (call.args["practical_hours"], call.args["total_hours"]) == (60, 120)
    assert line in reply.answer
    assert "does not meet" not in reply.answer
