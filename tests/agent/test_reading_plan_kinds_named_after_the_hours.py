"""Class: a plan whose kinds are named in the sentence after the hours (fresh batch 07c: en7c-04, "sewing on the
machines 18h, ironing and inspection 14h, packing boxes and cleaning the floor 8h. Sewing is the required work,
ironing/inspection is related, packing/cleaning is peripheral" read only peripheral 8 and asked for more). Each
activity's hours go to the kind a later statement gives a word of that activity ("X is the required work",
"required work: X", 「Xが必須業務」「必須業務はX」); a word found in two activities binds none (pack ``kinds_after``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected", [
    ("Plan for our garment factory trainee, a typical week (40h): sewing on the machines 18h, ironing and inspection "
     "14h, packing boxes and cleaning the floor 8h. Sewing is the required work for the occupation, ironing/inspection "
     "is related, packing/cleaning is peripheral. Is that split ok?", (18, 14, 8)),
    ("Weekly plan (40h): welding frames 20h, grinding and assembly 12h, cleaning the shop 8h. Welding is the main work, "
     "grinding/assembly are related, cleaning is peripheral. OK?", (20, 12, 8)),
    ("Our plan: harvesting 1000 hours, sorting and packing 600 hours, weeding 400 hours. Harvesting is required, "
     "sorting/packing is related and weeding is peripheral. Allowed?", (1000, 600, 400)),
    ("Plan: machine sewing 18h, ironing 14h, floor cleaning 8h. Required work: sewing; related: ironing; peripheral: "
     "cleaning. ok?", (18, 14, 8)),
    ("each week 20h pouring concrete, 12h formwork and rebar, 8h site cleanup. the pouring counts as required, "
     "formwork/rebar as related. fine?", (20, 12, 8)),
    ("縫製の実習計画（週40時間）：ミシン縫製18時間、アイロンと検品14時間、梱包と清掃8時間。縫製が必須業務、アイロン・検品が関連業務、"
     "梱包・清掃が周辺業務です。この配分で大丈夫ですか？", (18, 14, 8)),
    ("週40時間の計画：溶接20時間、研磨と組立12時間、清掃8時間。溶接が必須業務、研磨・組立が関連業務、清掃が周辺業務です。大丈夫？",
     (20, 12, 8)),
    ("年間計画：収穫1000時間、選別と箱詰め600時間、草取り400時間です。収穫は必須業務、選別・箱詰めは関連業務、草取りは周辺業務です。"
     "問題ありませんか？", (1000, 600, 400)),
    ("ミシン縫製18時間、アイロン14時間、床の清掃8時間。必須業務は縫製、関連業務はアイロン、周辺業務は清掃です。", (18, 14, 8)),
])
def test_each_activity_takes_the_kind_named_after_it(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected, parsed.slots
    assert "training_time_split" in parsed.intents


@pytest.mark.parametrize("text", [
    "machine sewing 18h, hand sewing 14h, moving boxes 8h. Sewing is the required work, boxes are peripheral. ok?",
    "縫製18時間、縫製準備14時間、箱運び8時間。縫製が必須業務、箱運びが周辺業務です。",
])
def test_a_word_of_two_activities_binds_neither(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "required_hours" not in parsed.slots, parsed.slots


@pytest.mark.parametrize("text,expected", [
    ("Plan for our garment factory trainee, a typical week (40h): sewing on the machines 18h, ironing and inspection "
     "14h, packing boxes and cleaning the floor 8h. Sewing is the required work for the occupation, ironing/inspection "
     "is related, packing/cleaning is peripheral. Is that split ok?", "45%"),
    ("縫製の実習計画（週40時間）：ミシン縫製18時間、アイロンと検品14時間、梱包と清掃8時間。縫製が必須業務、アイロン・検品が関連業務、"
     "梱包・清掃が周辺業務です。この配分で大丈夫ですか？", "45%"),
])
def test_the_split_is_checked(bot, text: str, expected: str) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and tuple(calls[-1].args[k] for k in PARTS) == (18, 14, 8), reply.answer[:300]
    assert expected in reply.answer
