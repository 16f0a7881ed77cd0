"""Training-plan shares read exactly (fresh batch e: jaf6-split-percent), EN and JA.

The class: the shares of required / related / peripheral work given as %, percent, パーセント, 割 (6割 = 60%, 2割5分 =
25%) or a word (half, 半分), in any mix, are read exactly in percent; with the plan's total hours they are those
hours' parts (computed exactly, and the reply says what it computed), without one they are passed as parts of the
whole plan (the reply says so). The split calculator runs; a share is never rounded or changed.
"""

from __future__ import annotations

import pytest

from support import converse

# (required, related, peripheral) as typed in each language, and their percent
JA_SHARES = [("6割", "25%", "15%", (60, 25, 15)), ("5割5分", "3割", "15パーセント", (55, 30, 15)),
             ("半分", "3割", "2割", (50, 30, 20)), ("70%", "2割", "1割", (70, 20, 10))]
EN_SHARES = [("60%", "25%", "15%", (60, 25, 15)), ("half", "30 percent", "20%", (50, 30, 20)),
             ("55 per cent", "30%", "15%", (55, 30, 15)), ("70%", "20%", "10%", (70, 20, 10))]
JA_FRAMES = ["総時間{total}時間の計画で、必須業務が{a}、関連業務が{b}、周辺業務が{c}という配分です。基準を満たしていますか。",
             "{total}時間の実習計画です。必須業務{a}、関連業務{b}、周辺業務{c}で大丈夫でしょうか？",
             "必須業務は全体の{a}、関連業務{b}、周辺業務{c}で、総時間は{total}時間です。問題ありませんか"]
EN_FRAMES = ["Our plan has {total} hours in total: {a} required, {b} related and {c} peripheral. Is that OK?",
             "Training plan of {total} hours total: required work {a}, related {b}, peripheral {c}. allowed?",
             "Of our {total} training hours, {a} is required work, {b} related and {c} peripheral. OK?"]
TOTALS = [1800, 2000, 1920]


def _split(reply):
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, ("the split calculator was not called", reply.answer[:300])
    a = calls[-1].args
    return a["required_hours"], a["related_hours"], a["peripheral_hours"]


def _hours(total, shares):
    out = []
    for s in shares:
        value = total * s / 100
        out.append(int(value) if value == int(value) else value)
    return tuple(out)


@pytest.mark.parametrize("total", TOTALS)
@pytest.mark.parametrize("frame", JA_FRAMES)
@pytest.mark.parametrize("a,b,c,shares", JA_SHARES)
def test_japanese_shares_with_a_total_are_its_hours(bot, total, frame, a, b, c, shares) -> None:
    reply = converse(bot, frame.format(total=f"{total:,}", a=a, b=b, c=c))
    assert _split(reply) == _hours(total, shares)
    assert f"{shares[0]}%" in reply.answer


@pytest.mark.parametrize("total", TOTALS)
@pytest.mark.parametrize("frame", EN_FRAMES)
@pytest.mark.parametrize("a,b,c,shares", EN_SHARES)
def test_english_shares_with_a_total_are_its_hours(bot, total, frame, a, b, c, shares) -> None:
    reply = converse(bot, frame.format(total=f"{total:,}", a=a, b=b, c=c))
    assert _split(reply) == _hours(total, shares)
    assert "Assumed:" in reply.answer


@pytest.mark.parametrize("text,expected", [
    ("必須業務が6割、関連業務が3割、周辺業務が1割の時間配分は大丈夫？", (60, 30, 10)),
    ("必須業務5割5分、関連業務3割、周辺業務15%です。時間配分は基準内ですか", (55, 30, 15)),
    ("required 60%, related 25%, peripheral 15% - is this training split fine?", (60, 25, 15)),
    ("half required, 30% related and 20% peripheral: is that split allowed?", (50, 30, 20)),
])
def test_shares_without_a_total_are_parts_of_the_whole_plan(bot, text, expected) -> None:
    assert _split(converse(bot, text)) == expected
