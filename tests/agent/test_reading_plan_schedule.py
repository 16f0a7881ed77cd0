"""Arithmetic users do in their messages about a plan's or a course's time is done by the reading, exactly: hours per
week or month over the plan's length where one kind of work runs only part of it, several periods' tables summed, a
day unlike the others, a course told day by day or in full and half days, a plan total the user worked out, hours moved
between kinds per week, and an internship's date range beside a per-day rate (bot/agent/understand.py `_schedule`,
`_day_units`, `_date_range`; pack sections ``schedule``, ``share_total``, ``moves``, ``dates_asked``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


def _plan(text: str) -> tuple[int | float, ...]:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    assert "reading.schedule" in [key for key, _ in parsed.notes]
    return tuple(parsed.slots.get(slot) for slot in PLAN)


@pytest.mark.parametrize(("text", "hours"), [
    ("Plastic molding trainee, the plan covers 50 weeks. Molding (required work) 24 hours every week. Inspection and "
     "packing (related work) 10 hours every week. Only in the first 20 weeks there are also 16 hours a week of cleaning "
     "and carrying materials (peripheral); after week 20 no more peripheral work. Is that OK?", (1200, 500, 320)),
    ("Welding trainee plan, 10 months in total. Welding (required work) is 85 hours every month. Related work "
     "(grinding, inspection) 50 hours a month, but only in months 6 to 10. Peripheral work (cleaning, carrying steel) "
     "50 hours every month. Is our plan OK?", (850, 250, 500)),
    ("The plan runs for 40 weeks. Required work 20 hours each week, related work 10 hours each week, and peripheral "
     "work 12 hours a week in weeks 1 to 10 only. Is it OK?", (800, 400, 120)),
    ("溶接の実習計画は10か月です。必須作業は毎月85時間、周辺作業は毎月50時間です。関連作業は月50時間ですが、6か月目から10か月目"
     "だけです。基準を満たしていますか？", (850, 250, 500)),
    ("計画期間は50週です。必須作業は毎週24時間、関連作業は毎週10時間です。最初の20週だけ周辺作業が週16時間あります。大丈夫ですか？",
     (1200, 500, 320)),
], ids=["en-first-weeks-only", "en-months-a-to-b", "en-weeks-a-to-b-in-a-list", "ja-kagetsume-kara", "ja-saisho-no-shuu"])
def test_hours_per_period_where_one_kind_runs_part_of_the_plan(text: str, hours: tuple[int, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize(("text", "hours"), [
    ("2か月分の実習時間を集計しています。\n・1か月目：必須作業120時間、関連作業30時間、周辺作業10時間\n・2か月目：必須作業80時間、"
     "関連作業50時間、周辺作業30時間\n2か月目だけ見ると必須作業が半分しかなくて不安です。2か月の合計で見た場合、基準を満たしていますか？",
     (200, 80, 40)),
    ("第1週：必須作業30時間、関連作業8時間、周辺作業2時間\n第2週：必須作業10時間、関連作業20時間、周辺作業10時間\n2週間の合計で基準を"
     "満たしますか？", (40, 28, 12)),
    ("Month 1: required work 120 hours, related work 30 hours, peripheral work 10 hours.\nMonth 2: required work 80 "
     "hours, related work 50 hours, peripheral work 30 hours.\nOver the two months together, is the split OK?",
     (200, 80, 40)),
    ("Week 1: required 30 h, related 8 h, peripheral 2 h. Week 2: required 10 h, related 20 h, peripheral 10 h. Taken "
     "together is that allowed?", (40, 28, 12)),
    # rows without a full stop, their line breaks lost as the message is read: a heading label ("Month 2:", 「2か月目：」)
    # starts its own row, so the previous row's last figure stays the previous row's
    ("Month 1: required 120 hours, related 30 hours, peripheral 10 hours Month 2: required 80 hours, related 50 hours, "
     "peripheral 30 hours Do the two months together meet the rules?", (200, 80, 40)),
    ("1か月目：必須作業120時間、関連作業30時間、周辺作業10時間 2か月目：必須作業80時間、関連作業50時間、周辺作業30時間 2か月の合計で基準を"
     "満たしていますか？", (200, 80, 40)),
], ids=["ja-kagetsume-table", "ja-dai-shuu-table", "en-month-table", "en-week-inline", "en-rows-joined",
        "ja-rows-joined"])
def test_several_periods_tables_are_summed(text: str, hours: tuple[int, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize(("text", "hours"), [
    ("Our food-processing trainee works Monday to Friday, 8 hours a day, same every week. Mon-Thu: 5 h required work, "
     "1 h related work, 2 h cleaning (peripheral). Friday is cleaning day: 1 h required work and 7 h cleaning. Does "
     "this split of work types follow the rules?", (21, 4, 15)),
    ("Monday to Wednesday: 6 h required work, 2 h related work. Thursday and Friday: 2 h required work, 6 h peripheral "
     "work. Is the split within the rules?", (22, 6, 12)),
    ("月〜木：必須作業5時間、関連作業1時間、周辺作業2時間。金曜：必須作業1時間、周辺作業7時間。この配分はルールに合っていますか？",
     (21, 4, 15)),
    ("月曜から木曜は必須作業5時間、関連作業1時間、周辺作業2時間です。金曜日は必須作業1時間と周辺作業7時間です。大丈夫ですか？",
     (21, 4, 15)),
], ids=["en-mon-thu-and-friday", "en-thursday-and-friday", "ja-getsu-moku-kin", "ja-getsuyou-kara-mokuyou"])
def test_a_day_unlike_the_others_is_counted_apart(text: str, hours: tuple[int, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize(("text", "total", "practical"), [
    ("Our data science bootcamp has 10 full days of lectures, 8 full days of hands-on labs, and 5 half-days where the "
     "teams present their final projects. A full day is 6 hours, a half day is 3 hours. Does the practical part meet "
     "the requirement?", 123, 63),
    ("Our Re-Skills bootcamp has 10 full days of lectures and 8 full days of hands-on labs. A full day is 6 hours. Does "
     "the practical part meet the requirement?", 108, 48),
    ("Reスキル講座の予定です。講義が全日10日、演習が全日8日、プロジェクト発表が半日5回です。全日は6時間、半日は3時間です。"
     "実習の割合は足りますか？", 123, 63),
    ("We want Re-Skills certification with a short AI course: day 1 is 7 hours of lectures, day 2 is 7 hours hands-on, "
     "day 3 is a half day (3.5 hours) of hands-on labs. Practical is 60%, so we should be fine, right?", 17.5, 10.5),
    ("Re-Skills course: day 1 is 6 hours of lectures, day 2 is 6 hours hands-on, day 3 is 4 hours of lectures. Is the "
     "practical share enough?", 16, 6),
    ("Reスキル講座：1日目は講義7時間、2日目は演習7時間、3日目は半日で演習3.5時間です。実習の割合は大丈夫ですか？", 17.5, 10.5),
], ids=["en-full-and-half-days", "en-full-days", "ja-zenjitsu-hannichi", "en-day-by-day-half-day", "en-day-by-day",
        "ja-nichime"])
def test_a_course_told_in_days_is_counted_in_hours(text: str, total: float, practical: float) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "reskills_course_check" in parsed.intents
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical)
    assert "reading.schedule" in [key for key, _ in parsed.notes]


@pytest.mark.parametrize("text", [
    "Our trainee plan is 12 months, about 160 hours a month, so 1,920 hours. Required work 960 hours, related work 640 "
    "hours, and the rest is peripheral. Is exactly 50% enough?",
    "The plan is 12 months at 160 hours a month, that's 1920 hours. Required 960 hours, related 640 hours, the rest "
    "peripheral. Is that allowed?",
    "計画は合計1,920時間です。必須作業960時間、関連作業640時間、残りは周辺作業です。大丈夫ですか？",
    "総実習時間は1920時間で、必須作業960時間、関連作業640時間、残りが周辺作業です。基準を満たしますか？",
], ids=["en-so-total", "en-thats-total", "ja-goukei-nokori", "ja-sou-jisshu-jikan-nokori"])
def test_the_rest_is_a_kind_of_a_stated_total(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    split = [call for call in reply.tool_calls if call.name == "training_time_split"]
    assert split and split[0].args == {"required_hours": 960, "related_hours": 640, "peripheral_hours": 320}


@pytest.mark.parametrize(("first", "then"), [
    ("技能実習計画の相談です。1週間の内訳が、必須作業18時間、関連作業15時間、周辺作業7時間です。これで申請して大丈夫でしょうか？",
     "では、関連作業を週3時間減らして、その分を必須作業に回した場合はどうなりますか？"),
    ("1週間は必須作業18時間、関連作業15時間、周辺作業7時間です。大丈夫ですか？",
     "関連作業から必須作業に毎週3時間移したらどうですか？"),
    ("Each week: required work 18 hours, related 15 hours, peripheral 7 hours. OK?",
     "What if we reduce related work by 3 hours a week and give them to required work?"),
    ("Each week: required work 18 hours, related 15 hours, peripheral 7 hours. OK?",
     "And if we move 3 hours a week from related to required?"),
], ids=["ja-shuu-herashite-mawasu", "ja-maishuu-utsusu", "en-reduce-by-a-week", "en-move-a-week"])
def test_hours_moved_per_period_between_kinds(bot, first: str, then: str) -> None:
    from support import converse

    reply = converse(bot, first, then)
    split = [call for call in reply.tool_calls if call.name == "training_time_split"]
    assert split and split[0].args == {"required_hours": 21, "related_hours": 12, "peripheral_hours": 7}


@pytest.mark.parametrize("text", [
    "I was told the activity support money is paid per day and every calendar day of the internship counts, weekends "
    "included. My in-person internship runs from 1 September to 31 October. How much will I get in total?",
    "The money is paid per day, right? My in-person internship is from September 1 to October 31. How much in total?",
    "活動支援金は1日あたり支給で、土日も含めて全部の日が対象だと聞きました。対面のインターンシップは9月1日から10月31日までです。"
    "合計でいくらもらえますか？",
], ids=["en-told-paid-per-day", "en-per-day-right", "ja-ichinichi-atari"])
def test_a_date_range_beside_a_per_day_rate_is_the_internships_days(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("days") == 61 and parsed.slots.get("mode") == "in_person"
