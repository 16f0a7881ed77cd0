"""A site's count told by its shifts (knowledge/nlu/establishments.yaml ``shifts``).

The class: a site of a company whose full-time count is given as the counts of its shifts ("Plant 1: early shift 31,
late shift 29", 「A工場：日勤18名、夜勤10名」) or as a number of shifts, lines or teams of one size ("3 shifts of 8",
「2交替制で、1シフト7名ずつ」「8名×2交替」) counts their sum (a multiplication for shifts of one size); the site's name
says how it was added up, so the reply's sum of the sites shows it. A label's number ("Plant 1:") is never its count.
"""

from __future__ import annotations

import pytest

from bot.agent.establishments import default_reader
from support import converse
from tests.agent.reading_checks import calls_named

SHIFTS = [
    ("en", "- Plant 1: early shift 31, late shift 29\n- Plant 2: 24 full-time\n- Head office: 10 full-time",
     [60, 24, 10]),
    ("en", "Main factory: day shift 20 and night shift 12. Second factory: 3 shifts of 8. Office: 5.", [32, 24, 5]),
    ("en", "Plant A has 2 shifts, 7 people each; Plant B has 15 full-time employees.", [14, 15]),
    ("en", "Factory: 3 lines of 8 workers, office 6", [24, 6]),
    ("en", "The Osaka plant: 40 on the day shift and 20 on the night shift. The Kobe plant: 30.", [60, 30]),
    ("ja", "・A工場：日勤18名、夜勤10名\n・B工場：2交替制で、1シフト7名ずつ\n・本社（事務）：6名", [28, 14, 6]),
    ("ja", "本社工場は3交替で各8名、第二工場は常勤15名です。", [24, 15]),
    ("ja", "・第1工場：早番12名・遅番9名\n・第2工場：8名×2交替\n・本社：5名", [21, 16, 5]),
    ("ja", "A工場は3ラインで1ライン8名ずつ、B工場は常勤20名です。", [24, 20]),
]


@pytest.mark.parametrize(("lang", "text", "counts"), SHIFTS)
def test_a_site_told_by_its_shifts_counts_their_sum(lang, text, counts) -> None:
    sites = default_reader().read(text, lang)
    assert [site.count for site in sites] == counts
    shown = sites[0].name
    assert any(str(n) in shown for n in (8, 12, 18, 20, 31, 40, 7)), shown  # the breakdown is said with the name


@pytest.mark.parametrize(("text", "total", "said"), [
    ("Trying to work out our intern trainee limit. Our headcount by site:\n- Plant 1: early shift 31, late shift 29 (all "
     "full-time regular staff)\n- Plant 2: 24 full-time, day shift only\n- Head office: 10 full-time\n- 12 part-timers "
     "across both plants, about 20 hours a week each\nWe are not an excellent implementing organization. What are the "
     "limits for No.1 and No.2 trainees?", 94, "early shift 31 + late shift 29"),
    ("常勤の正社員の内訳です。\n・A工場：日勤18名、夜勤10名\n・B工場：2交替制で、1シフト7名ずつ\n・本社（事務）：6名\n"
     "1号は何人まで受け入れられますか？", 48, "日勤18名＋夜勤10名"),
], ids=["en", "ja"])
def test_the_quota_runs_on_the_sum_of_sites_told_by_shifts(bot, text, total, said) -> None:
    reply = converse(bot, text)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [total]
    assert said in reply.answer and str(total) in reply.answer
    assert "so I used 24" not in reply.answer
