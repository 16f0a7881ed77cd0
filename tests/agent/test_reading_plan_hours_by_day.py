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
