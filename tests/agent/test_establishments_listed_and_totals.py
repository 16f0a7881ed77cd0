"""Sites of a non-care company given as groups the user adds up, in the shapes the site reader missed: a site named
without a verb before its count ("Kosai plant 120"), a site joined with another unit ("head office + R&D 67"), and
sites listed by kind with their counts only ("2 plants: 190 and 145 full-time employees", 「工場が2つ（190名と145名）」).
A total stated beside them ("Total 337 full-time", 「合計337名」) must agree with their sum; when it does not, the sites
are not taken as the count (the stated total wins). Before, "Hamamatsu plant has 150 regular staff, Kosai plant 120,
and head office + R&D 67. Total three hundred thirty-seven full-time" ran the quota on 150 and "2 plants: 190 and 145"
on 145."""

from __future__ import annotations

import re

import pytest

from bot.agent.establishments import Site, default_reader
from support import converse

READ = [
    ("en", "Hamamatsu plant has 150 regular staff, Kosai plant 120, and head office + R&D 67. Total three hundred "
           "thirty-seven full-time, no trainees yet.",
     [("Hamamatsu plant", 150), ("Kosai plant", 120), ("head office + R&D", 67)]),
    ("en", "Our main plant 80 full-time, second plant 45 full-time. How many trainees?",
     [("main plant", 80), ("second plant", 45)]),
    ("en", "We have 2 plants: 190 and 145 full-time employees, trainees not included.",
     [("plant 1", 190), ("plant 2", 145)]),
    ("en", "We run 3 factories with 40, 25 and 12 full-time staff.",
     [("factory 1", 40), ("factory 2", 25), ("factory 3", 12)]),
    ("ja", "浜松工場は常勤150名、湖西工場120名、本社67名です。合計337名です。",
     [("浜松工場", 150), ("湖西工場", 120), ("本社", 67)]),
    ("ja", "工場が2つあり、190名と145名です（実習生は含みません）。", [("工場1", 190), ("工場2", 145)]),
]

NOT_SITES = [
    ("en", "Hamamatsu plant has 150 regular staff, Kosai plant 120. Total 300 full-time."),  # the sum is not the total
    ("ja", "浜松工場は常勤150名、湖西工場120名。合計300名です。"),
    ("en", "We have 3 plants: 190 and 145 full-time employees."),  # three said, two counts given
    ("en", "Plant A has 5 trainees and Plant B has 3 trainees."),  # trainees are no site's full-time count
]


@pytest.mark.parametrize(("lang", "text", "sites"), READ)
def test_sites_added_up_in_these_shapes_are_read(lang, text, sites) -> None:
    assert default_reader().read(text, lang) == [Site(name, count) for name, count in sites]


@pytest.mark.parametrize(("lang", "text"), NOT_SITES)
def test_sites_that_do_not_make_the_count_are_not_read(lang, text) -> None:
    assert default_reader().read(text, lang) == []


@pytest.mark.parametrize(("text", "total"), [
    ("Dear sir, we are auto parts maker with three factories. Hamamatsu plant has 150 regular staff, Kosai plant 120, "
     "and head office + R&D 67. Total three hundred thirty-seven full-time, no trainees yet. We are not excellent. "
     "Please tell the maximum number of No.1 and No.2 interns we can have at same time.", 337),
    ("Hello. We have 2 plants: 190 and 145 full-time employees, trainees not included. We are not excellent. How many "
     "No.1 and No.2 trainees max at one time?", 335),
    ("自動車部品メーカーです。工場が2つあり、常勤は190名と145名です（実習生は含みません）。優良認定は受けていません。第1号と第2号は"
     "同時に何名まで受け入れられますか。", 335),
])
def test_the_quota_runs_on_the_company_total_of_the_sites(bot, text, total) -> None:
    reply = converse(bot, text)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == [total], reply.tool_calls
    assert re.search(rf"(?<!\d){total}(?!\d)", reply.answer), reply.answer
