"""A training plan's week told by weekdays: the hours of each weekday said apart from the kinds ("monday to friday Nh,
saturday Mh", 「月〜金N時間、土M時間」) are given to the kinds named by day names ("mon tue wed required work, ...");
a day label whose part says its hours a day (「月・火・水：溶接（必須作業）1日N時間」) counts them for each of its days;
and a follow-up moving a named day to another kind ("wait sorry, wednesday is also cleaning and packing, not required
work") moves that day's hours (bot/agent/understand.py `_work_days`, `_per_day`, `_moved_days`;
bot/agent/slot_reading.py `days_moved`; pack ``schedule`` ``day_hours``, ``day_hours_write``, ``work_day_gloss``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


def _plan(text: str) -> tuple[int | float | None, ...]:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    return tuple(parsed.slots.get(slot) for slot in PLAN)


@pytest.mark.parametrize("text", [
    "our trainee schedule: monday to friday 8h, saturday 4h. mon tue wed he does required work, thursday related work, "
    "friday and saturday peripheral (cleaning, packing). is this ok for the training plan?",
    "Mon-Fri 8 hours, Sat 4 hours. Monday, Tuesday, Wednesday: required work. Thursday: related work. Friday and "
    "Saturday: peripheral work. ok?",
    "He works monday to friday 8 hours a day and saturday 4h. Mon to Wed is required work, Thu is related work, Fri and "
    "Sat are peripheral. Is this split allowed?",
    "月〜金8時間、土4時間です。月・火・水は必須作業、木は関連作業、金と土は周辺作業（清掃・梱包）です。大丈夫ですか？",
    "月曜から金曜は1日8時間、土曜は4時間。月火水は必須作業、木曜は関連作業、金曜と土曜は周辺作業です。この配分で大丈夫ですか？",
], ids=["en-case", "en-colons", "en-a-day-and-saturday", "ja-nakaguro", "ja-youbi"])
def test_weekday_hours_are_given_to_the_kinds_named_by_day(text: str) -> None:
    assert _plan(text) == (24, 8, 12)


@pytest.mark.parametrize(("text", "hours"), [
    ("うちの溶接の実習計画なんですけど、1週間のスケジュールが\n月・火・水：溶接（必須作業）1日8時間\n木：溶接後の仕上げと検査（関連作業）8時間\n"
     "金：午前は材料の運搬（周辺作業）4時間、午後は溶接の練習（必須作業）4時間\nっていう感じです。毎週これで回す予定。割合的にOK？", (28, 8, 4)),
    ("月〜水は溶接（必須作業）で1日8時間、木曜は検査（関連作業）8時間、金曜は運搬（周辺作業）4時間と溶接練習（必須作業）4時間です。割合は大丈夫？",
     (28, 8, 4)),
    ("月曜と火曜：組立（必須作業）1日あたり7時間、水曜：検査（関連作業）7時間、木・金：清掃（周辺作業）各3時間、組立（必須作業）各4時間。この配分で問題ない？",
     (22, 7, 6)),
    ("Mon, Tue, Wed: welding (required work) 8 hours a day. Thu: finishing and inspection (related work) 8 hours. Fri: "
     "carrying materials (peripheral work) 4 hours, welding practice (required work) 4 hours. ok?", (28, 8, 4)),
    ("Mon-Wed: welding (required work), 8h per day. Thu: inspection (related work) 8h. Fri: carrying (peripheral) 4h, "
     "welding practice (required) 4h. ok?", (28, 8, 4)),
], ids=["ja-case", "ja-range-de", "ja-atari", "en-a-day", "en-per-day"])
def test_a_day_labels_hours_a_day_count_for_each_of_its_days(text: str, hours: tuple[int, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize(("text", "days", "was"), [
    ("wait sorry, wednesday is also cleaning and packing, not required work. still ok?", ["2"], "required_hours"),
    ("sorry, thursday is actually peripheral too, not related work. ok?", ["3"], "related_hours"),
    ("すみません、水曜も清掃と梱包で、必須作業ではありませんでした。それでも大丈夫？", ["2"], "required_hours"),
    ("訂正です。木曜は関連作業ではなく周辺作業でした。大丈夫ですか？", ["3"], "related_hours"),
], ids=["en-case", "en-kind-named", "ja-words", "ja-kind-named"])
def test_a_day_moved_to_another_kind_is_read(text: str, days: list[str], was: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert [move["days"] for move in parsed.moved_days] == [days]
    assert parsed.moved_days[0]["from"] == was
    assert "training_time_split" in parsed.intents


def test_a_week_told_by_weekdays_is_kept_day_by_day() -> None:
    parsed = UNDERSTANDER.parse(
        "monday to friday 8h, saturday 4h. mon tue wed required work, thursday related work, friday and saturday "
        "peripheral (cleaning, packing). ok?")
    assert parsed.week["hours"] == {"0": 8, "1": 8, "2": 8, "3": 8, "4": 8, "5": 4}
    assert parsed.week["kinds"]["2"] == "required_hours" and parsed.week["kinds"]["5"] == "peripheral_hours"
    assert parsed.part_names["cleaning"] == parsed.part_names["packing"] == "peripheral_hours"


@pytest.mark.parametrize(("turns", "hours"), [
    (["our trainee schedule: monday to friday 8h, saturday 4h. mon tue wed he does required work, thursday related "
      "work, friday and saturday peripheral (cleaning, packing). is this ok for the training plan?",
      "wait sorry, wednesday is also cleaning and packing, not required work. still ok?"], (16, 8, 20)),
    (["Mon-Wed: welding (required). Thu: assembly (related). Fri: cleaning (peripheral). 8 hours per day. ok?",
      "sorry, thursday is actually peripheral too, not related work. ok?"], (24, 0, 16)),
    (["月〜金8時間、土4時間です。月・火・水は必須作業、木は関連作業、金と土は周辺作業（清掃・梱包）です。この配分で大丈夫ですか？",
      "すみません、水曜も清掃と梱包で、必須作業ではありませんでした。それでも大丈夫？"], (16, 8, 20)),
    (["月〜水は溶接（必須）、木曜は組立（関連）、金曜は清掃（周辺）、1日8時間です。この配分で大丈夫ですか？",
      "訂正です。木曜は関連作業ではなく周辺作業でした。大丈夫ですか？"], (24, 0, 16)),
], ids=["en-case", "en-kind-named", "ja-words", "ja-kind-named"])
def test_a_correction_moving_a_day_moves_its_hours(bot, turns: list[str], hours: tuple[int, ...]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert tuple(call.args[slot] for slot in PLAN) == hours


@pytest.mark.parametrize(("text", "hours"), [
    ("Our trainee works Mon-Fri, 8 hours a day. Mon, Tue and Wed are all machining (the required work). Thursday is "
     "inspection of parts (related work). Friday morning 4h also inspection, Friday afternoon 4h cleaning the shop and "
     "moving materials (peripheral). Is that split allowed?", (24, 12, 4)),
    ("8 hours a day. Mon-Wed: welding (required). Thu: assembly (related). Friday morning 5h assembly, Friday "
     "afternoon 3h cleaning (peripheral). ok?", (24, 13, 3)),
    ("Mon-Thu: pressing (required work), 8h a day. Friday: 4 hours pressing (required), 4 hours cleaning (peripheral). "
     "Saturday: die changes (related work). ok?", (36, 8, 4)),
    ("1日8時間です。月・火・水は機械加工（必須作業）、木曜は部品の検査（関連作業）。金曜は午前4時間が検査、午後4時間が清掃と資材運搬（周辺作業）です。"
     "この配分で大丈夫ですか？", (24, 12, 4)),
    ("1日8時間。月〜水は溶接（必須）、木曜は組立（関連）、金曜は午前5時間が組立、午後3時間が清掃（周辺）。大丈夫？", (24, 13, 3)),
], ids=["en-case", "en-morning-named-by-work", "en-day-parts-by-kind", "ja-gozen-gogo", "ja-named-by-work"])
def test_a_day_split_by_morning_and_afternoon_is_counted_beside_whole_days(text: str, hours: tuple[int, ...]) -> None:
    """A day split into parts with their hours each ("Friday morning 4h also inspection, Friday afternoon 4h cleaning
    (peripheral)", 「金曜は午前4時間が検査、午後4時間が清掃（周辺）」) gives each part's kind its hours beside the whole days of
    one kind; a part named only by its work is of the kind whose whole days name that work."""
    assert _plan(text) == hours


@pytest.mark.parametrize(("text", "hours"), [
    ("プレス加工で実習生を受け入れてます。今の週の作業割り当てがこんな感じ：\n月〜金は1日8時間で、プレス作業（必須）4時間、金型の段取り替え（関連）2時間、"
     "材料運搬と清掃（周辺）2時間。\n土曜は4時間だけで全部清掃・片付け（周辺）。\nこの割合って技能実習のルール的に大丈夫ですか？", (20, 10, 14)),
    ("月曜から金曜は、溶接（必須作業）5時間、検査（関連作業）2時間、清掃（周辺作業）1時間です。土曜は4時間、全部検査（関連作業）。大丈夫？", (25, 14, 5)),
    ("Mon-Fri each day 4h pressing (required), 2h die changes (related), 2h cleaning (peripheral); Saturday 4h all "
     "cleaning (peripheral). Is this ok?", (20, 10, 14)),
    ("Monday to Friday: 5 hours welding (required work), 2 hours inspection (related work), 1 hour cleaning "
     "(peripheral work). Saturday: 4 hours of inspection (related work). Allowed?", (25, 14, 5)),
], ids=["ja-case", "ja-youbi-kara", "en-each-day", "en-hours-before-kind"])
def test_a_days_split_counts_for_each_of_its_days_beside_another_days_hours(text: str, hours: tuple[int, ...]) -> None:
    """A run of days each split between kinds (「月〜金はプレス作業（必須）4時間、…（関連）2時間、…（周辺）2時間」, "Mon-Fri each
    day 4h pressing (required), …") counts each part for every day of the run, and another day's hours of one kind
    (「土曜は4時間だけで全部清掃（周辺）」, "Saturday 4h all cleaning") are added to that kind."""
    assert _plan(text) == hours
