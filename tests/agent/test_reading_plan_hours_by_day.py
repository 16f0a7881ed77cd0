"""A plan's hours told day by day or part by part, read as the user counted them: days joined by "+", "and", "&",
「・」, 「と」 with hours each count every day named; a single day at a clause's head (「、水は…」) is a day of its own;
a period's total with "of which" (「年間の実習時間は1,920時間で、そのうち…」) is the plan's total, the rest of it one kind
(bot/agent/understand.py `_schedule`, `_plan_total`; pack sections ``schedule``, ``share_total``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


def _plan(text: str) -> tuple[int | float | None, ...]:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    return tuple(parsed.slots.get(slot) for slot in PLAN)


@pytest.mark.parametrize(("text", "hours"), [
    ("weekly schedule for our trainee: mon+tue assembly line (required work) 8h each, wed forklift/warehouse (related "
     "work) 8h, thu+fri cleaning, packing, carrying stuff (peripheral) 8h each. is this ok under the TITP rules",
     (16, 8, 16)),
    ("Our plastic molding trainee's week: Mon + Tue molding machine operation (required work) 8h each, Wed + Thu mould "
     "maintenance and inspection (related work) 8h each, Fri cleaning and packing (peripheral) 8h. Is that allowed?",
     (16, 16, 8)),
    ("Mon and Tue assembly (required work) 8h each, Wed forklift (related work) 8h, Thu & Fri cleaning (peripheral) "
     "8 hours each. ok?", (16, 8, 16)),
    ("Mon/Tue/Wed welding (required work) 8 hours each, Thu grinding (related work) 8 hours, Fri cleaning "
     "(peripheral work) 8 hours. Does it meet the rules?", (24, 8, 8)),
    ("月・火は組立（必須）各8時間、水はフォークリフト（関連）8時間、木・金は清掃と梱包（周辺）各8時間という週の計画です。大丈夫ですか？",
     (16, 8, 16)),
    ("月曜と火曜は組立ライン（必須作業）で各8時間、水曜はフォークリフト（関連作業）8時間、木曜と金曜は清掃・梱包（周辺作業）で各8時間"
     "です。問題ありませんか？", (16, 8, 16)),
    ("月・火：組立（必須）各8時間、水：フォークリフト（関連）8時間、木・金：清掃（周辺）各8時間。基準を満たしますか？", (16, 8, 16)),
], ids=["en-plus", "en-plus-spaced", "en-and-ampersand", "en-slash-three", "ja-nakaguro-wa", "ja-to-youbi",
        "ja-nakaguro-colon"])
def test_days_joined_with_hours_each_count_every_day(text: str, hours: tuple[int, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize(("text", "hours"), [
    ("Mon and Tue: 16 hours of assembly in total (required work), Wed forklift (related work) 8h, Thu and Fri cleaning "
     "(peripheral) 8h each. ok?", (16, 8, 16)),
    ("mon+tue assembly (required work) 16h combined, wed forklift (related work) 8h, thu+fri cleaning (peripheral) 8h "
     "each. ok?", (16, 8, 16)),
    ("月・火は合計16時間の組立（必須作業）、水はフォークリフト（関連作業）8時間、木・金は清掃（周辺作業）各8時間です。大丈夫？", (16, 8, 16)),
    ("月・火で合計16時間の組立（必須作業）、水はフォークリフト（関連作業）8時間、木・金は清掃（周辺作業）各8時間です。大丈夫？", (16, 8, 16)),
    ("月・火に各8時間の組立（必須作業）、水曜はフォークリフト（関連作業）8時間、木・金で清掃（周辺作業）各8時間です。大丈夫？", (16, 8, 16)),
], ids=["en-in-total", "en-combined", "ja-goukei", "ja-de-goukei", "ja-ni-kaku"])
def test_days_joined_with_their_hours_together_count_once(text: str, hours: tuple[int, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize("text", [
    "社長から実習計画の時間配分をチェックしてと言われました。年間の実習時間は1,920時間で、そのうち必須作業1,000時間、関連作業320時間、"
    "残りはすべて周辺作業です。周辺が3割を少し超えてしまうんですが、これはアウトですか？",
    "年間の実習時間は1920時間です。そのうち必須業務が1000時間、関連業務が320時間で、残りは周辺業務です。基準を満たしますか？",
    "The plan is 1920 hours a year: required work 1000 hours, related work 320 hours, and the rest is all peripheral "
    "work. Is that ok?",
    "Annual training hours are 1,920, of which required work 1,000 hours and related work 320 hours; the rest is "
    "peripheral. Allowed?",
], ids=["ja-nenkan-sonouchi-nokori-subete", "ja-nenkan-desu-sonouchi", "en-rest-is-all", "en-of-which"])
def test_the_rest_of_a_periods_total_is_one_kind(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    split = [call for call in reply.tool_calls if call.name == "training_time_split"]
    assert split and split[0].args == {"required_hours": 1000, "related_hours": 320, "peripheral_hours": 600}


@pytest.mark.parametrize(("text", "hours"), [
    ("縫製の実習で、1日8時間のうち、午前の4時間は必須作業（縫製）、午後は関連作業が2時間半、残りの1時間半は梱包と片付け（周辺作業）という"
     "予定です。必須がちょうど半分なんですが、これで要件を満たしますか？", (4, 2.5, 1.5)),
    ("1日8時間のうち、午前4時間は縫製（必須作業）、午後の2時間半は検品（関連作業）、残りの1時間半は片付け（周辺作業）です。大丈夫ですか？",
     (4, 2.5, 1.5)),
    ("1日8時間で、午前の4時間が必須作業、午後は関連作業2時間半と周辺作業1時間半です。要件を満たしますか？", (4, 2.5, 1.5)),
    ("Sewing trainee, 8-hour day: the morning's 4 hours are sewing (required work), in the afternoon 2.5 hours of "
     "related work, and the remaining 1.5 hours packing and tidying up (peripheral work). Required is exactly half, is "
     "that ok?", (4, 2.5, 1.5)),
], ids=["ja-gozen-gogo-nokori", "ja-hours-then-work-in-brackets", "ja-gozen-ga", "en-morning-afternoon-remaining"])
def test_a_day_split_by_halves_gives_each_part_its_hours(text: str, hours: tuple[float, ...]) -> None:
    assert _plan(text) == hours


@pytest.mark.parametrize("text", [
    "プレス加工で実習生を受け入れる予定です。勤務は月〜金で1日8時間。月・水・金は1日中プレス作業（必須作業）、火・木は午前4時間が金型交換の"
    "補助（関連作業）、午後4時間が製品の梱包と運搬（周辺作業）という計画にしたいと思ってます。割合的に問題ないですか？",
    "月・水・金は終日溶接（必須作業）、火・木は午前が関連作業4時間、午後が周辺作業4時間です。1日8時間勤務です。大丈夫？",
    "Our trainee works Monday to Friday, 8 hours a day. Mon, Wed and Fri: pressing (required work) all day. Tue and "
    "Thu: 4 hours of die changing (related work) in the morning, 4 hours packing (peripheral work) in the afternoon. "
    "Is the split ok?",
], ids=["ja-ichinichijuu", "ja-shuujitsu", "en-all-day"])
def test_a_whole_day_of_one_kind_is_a_days_hours(text: str) -> None:
    assert _plan(text) == (24, 8, 8)
