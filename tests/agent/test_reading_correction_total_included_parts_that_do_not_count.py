"""A correction saying the total given before INCLUDED people who do not count: every part named as included comes out
of the total (pack ``contained_parts``, ``excluded_parts``).

The class: "sorry my mistake, the 105 includes our 9 trainees and also 4 staff at our branch office in Cebu" is
105 - 9 - 4 = 92 (en7g-16), "the 38 includes 5 local staff at our branch office in Vietnam" is 33 (en7f-13),
「１１０人っていうのは今いる実習生１５人も入れた数でした。それと、そのうち２人はタイの駐在事務所の現地スタッフです」 is 93 (ja7a-05),
「60人の中にパート(週20時間)が12人と、今いる実習生5人が入ってました」 is 43 (ja7f-13). Staff of an office abroad are named by the
office first and its place after it ("at our branch office in Cebu") as well as by the place; the part's own number
is never the count ("the 60 includes 4 people at our Manila office" is 56), the count restated right before the parts
is their total; a part-time group's hours may stand in
brackets before its number; staff of an office in Japan stay counted.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of
from tests.knowledge import repo_understander

IN_ONE_MESSAGE = [
    ("en", "sorry my mistake, the 105 includes our 9 trainees and also 4 staff at our branch office in Cebu. does that "
           "change it?", 92),
    ("en", "the 60 includes 4 people at our Manila office", 56),
    ("en", "sorry, the 60 includes 12 part-timers (20 hours a week) and our 5 trainees. how many now?", 43),
    ("en", "sorry, the 80 includes 6 trainees and 3 staff at our sales office in Bangkok.", 71),
    ("ja", "すみません、60人の中にパート(週20時間)が12人と、今いる実習生5人が入ってました。それを抜くと何人になりますか？", 43),
    ("ja", "38人にはハノイ事務所のスタッフ5人が含まれていました。", 33),
    ("ja", "すみません、38人にはベトナム支店の現地スタッフ5人が含まれていました。", 33),
    ("ja", "すみません、105人には実習生9人と、フィリピンの支店のスタッフ4人も入っていました。変わりますか？", 92),
]


@pytest.mark.parametrize(("lang", "text", "count"), IN_ONE_MESSAGE,
                         ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(IN_ONE_MESSAGE)])
def test_every_part_named_as_included_comes_out_of_the_total(lang: str, text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "part"), [
    ("sorry, that number includes 5 local staff at our branch office in Vietnam.", 5),
    ("it also included 4 people at our Manila office", 4),
], ids=["restated-by-word", "it"])
def test_a_part_of_the_count_given_before_is_left_to_the_policy(text: str, part: int) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.parts.get("full_time_employees", (None,))[0] == part, (parsed.slots, parsed.parts)


@pytest.mark.parametrize(("turns", "count"), [
    (["how many technical intern trainees can a company with 105 full-time staff take?",
      "sorry my mistake, the 105 includes our 9 trainees and also 4 staff at our branch office in Cebu. does that "
      "change it?"], 92),
    (["hi, we are 38 full-time workers. how many technical intern trainees can we have?",
      "sorry my mistake - the 38 includes 5 local staff at our branch office in Vietnam. so what are the numbers now?"],
     33),
    (["従業員60人くらいの会社です。技能実習生は何人まで受け入れできますか？",
      "すみません、60人の中にパート(週20時間)が12人と、今いる実習生5人が入ってました。それを抜くと何人になりますか？"], 43),
    (["食品加工の工場やってます。正社員１１０人。実習生は何人まで大丈夫？",
      "あ、すいません。１１０人っていうのは今いる実習生１５人も入れた数でした。それと、そのうち２人はタイの駐在事務所の現地スタッフです。"
      "これも抜くんですよね？計算し直してもらえますか"], 93),
], ids=["en-two-parts", "en-one-part", "ja-two-parts", "ja-next-sentence"])
def test_the_quota_reruns_on_the_total_without_its_parts(bot, turns: list[str], count: int) -> None:
    reply = converse(bot, *turns)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [count], reply.answer


def test_staff_of_an_office_in_japan_stay_counted() -> None:
    assert slots_of("sorry, the 80 includes 6 trainees and 3 staff at our sales office in Osaka.").get(
        "full_time_employees") == 74
