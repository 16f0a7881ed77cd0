"""A correction saying the count given held parts that do not count, each said in its own sentence (「１１０人っていうのは今い
る実習生１５人も入れた数でした。それと、そのうち２人はタイの駐在事務所の現地スタッフです」, "Sorry, that 110 includes our 15 trainees. Also
2 of them are local staff at our Thai office."): a sentence right after the list that goes on with it (a word going on
and one pointing back to the count) adds its parts, 110 − 15 − 2 = 93, each said. Before, the count was left as given
(110) or only the first part came out. A sentence naming people beside the count, or staff of an office in Japan, takes
nothing out."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count,keys", [
    ("あ、すいません。１１０人っていうのは今いる実習生１５人も入れた数でした。それと、そのうち２人はタイの駐在事務所の現地スタッフです。"
     "これも抜くんですよね？計算し直してもらえますか", 93, ["assume.trainees_excluded", "reading.abroad_staff_excluded"]),
    ("すみません、110人には実習生15人が入っていました。あと、そのうち2人はバンコクの事務所のスタッフです。", 93,
     ["assume.trainees_excluded", "reading.abroad_staff_excluded"]),
    ("さっきの110名ですが、実習生15名も入れて数えてました。また、その中の2名はハノイ支社の社員です。", 93,
     ["assume.trainees_excluded", "reading.abroad_staff_excluded"]),
    ("110人っていうのは実習生15人も含めた数です。それと、パート3人もこの中に入ってます。", 92,
     ["assume.trainees_excluded", "reading.part_timers_excluded"]),
    ("Sorry, that 110 includes our 15 trainees. Also 2 of them are local staff at our Thai office. Recalculate?", 93,
     ["assume.trainees_excluded", "reading.abroad_staff_excluded"]),
    ("Oops, the 110 I gave you included 15 trainees. And 2 of those are staff at our Bangkok office.", 93,
     ["assume.trainees_excluded", "reading.abroad_staff_excluded"]),
    ("That 110 includes our 15 trainees. Plus 3 of them are part-timers on 20 hours a week.", 92,
     ["assume.trainees_excluded", "reading.part_timers_excluded"]),
])
def test_each_part_said_after_the_list_comes_out_of_the_count(text: str, count: int, keys: list[str]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count and not parsed.parts
    assert [key for key, _ in parsed.notes] == keys


@pytest.mark.parametrize("text", [
    "Correction: that number includes 15 technical intern trainees. Also, 2 of them are local staff at our Thai office.",
    "その人数には実習生15人が入っていました。それと、そのうち2人はタイの事務所のスタッフです。",
])
def test_with_no_count_restated_the_parts_come_out_of_the_count_before(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.parts["full_time_employees"][0] == 17


@pytest.mark.parametrize("text", [
    "That 110 includes our 15 trainees. Also we have 5 part-timers.",
    "That 110 includes our 15 trainees. Also, 2 of them are at our Osaka office.",
    "110人には実習生15人が入っていました。あと、パートが5人います。",
    "110人には実習生15人が入っていました。それと、そのうち2人は大阪の事務所のスタッフです。",
])
def test_people_beside_the_count_or_in_japan_take_nothing_more_out(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    count = parsed.slots.get("full_time_employees")
    part = parsed.parts.get("full_time_employees", (None,))[0]
    assert count == 95 or (count is None and part == 15)


@pytest.mark.parametrize("turns", [
    ("食品加工の工場やってます。正社員１１０人。実習生は何人まで大丈夫？",
     "あ、すいません。１１０人っていうのは今いる実習生１５人も入れた数でした。それと、そのうち２人はタイの駐在事務所の現地スタッフです。"
     "これも抜くんですよね？計算し直してもらえますか"),
    ("We run a food processing plant with 110 full-time staff. How many trainees can we take?",
     "Sorry, that 110 includes our 15 trainees. Also 2 of them are local staff at our Thai office. Recalculate?"),
])
def test_the_quota_runs_again_without_them(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 93
    assert "93" in reply.answer
