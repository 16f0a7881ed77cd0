"""The user's self-description reaches the knowledge answer, and a wish is not a self-description (fresh batches d and
e: jaf5-jip-host-assoc, enf6-titp-5yrs-condition, jaf6-ref-waasa-phone), EN and JA.

The classes:
- a leading self-introduction ("We're an industry association.", 「当社は業界団体（一般社団法人）なのですが、」) is not
  searched, but it is kept (``Parse.introduction``, ``Plan.context``) and given to the knowledge answer, so a yes/no
  question about a rule that excludes what the user says they are (or limits it to what they say they are not)
  opens with "No" / いいえ;
- a lead of the same shape that says what the user wants (「WAASAに直接問い合わせたいのですが、」, "I'm looking to contact
  WAASA directly.") is part of the request: its words are searched and it is no introduction.
"""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EXCLUDED = [
    ("Our company is normal implementing company, not excellent. Can we keep same technical intern trainee for 5 years?",
     "excellent"),
    ("We are an ordinary implementing organization, not an excellent one. Can our trainees stay for 5 years?",
     "excellent"),
    ("We're an industry association. Can we host an in-person JIP intern?", "industry association"),
    ("I run a non-profit organization in Osaka. Can we be a host company for in-person internships of the JIP?",
     "non-profit"),
    ("当社は業界団体（一般社団法人）なのですが、経産省のJIP（インターンシップ事業）で対面インターンの受入先になれますか？", "業界団体"),
    ("うちはNPO法人ですが、JIPの対面インターンシップの受入企業になれますか？", "非営利団体"),
    ("私どもは地方自治体ですが、JIPで対面インターンを受け入れることはできますか？", "地方自治体"),
    ("当社は優良ではない普通の実習実施者ですが、技能実習生を5年間受け入れられますか？", "優良"),
]


@pytest.mark.parametrize("text,named", EXCLUDED)
def test_an_introduction_that_places_the_user_outside_the_rule_makes_the_lead_say_no(bot, text, named) -> None:
    reply = converse(bot, text)
    lead = reply.answer.split("\n\n", 1)[0]
    assert not reply.refused and re.match(r"No\b|いいえ", lead), reply.answer[:300]
    assert named.lower() in lead.lower(), lead


@pytest.mark.parametrize("text", [
    "We are a small manufacturer in Osaka. Can we host an in-person JIP intern?",
    "大阪の小さな製造業ですが、JIPの対面インターンを受け入れられますか？",
])
def test_an_introduction_outside_every_exclusion_gets_no_no(bot, text) -> None:
    reply = converse(bot, text)
    assert not re.match(r"No\b|いいえ", reply.answer), reply.answer[:300]


@pytest.mark.parametrize("text,intro", [
    ("We're an industry association. Can we host an in-person JIP intern?", "We're an industry association."),
    ("当社は業界団体（一般社団法人）なのですが、対面インターンの受入先になれますか？", "当社は業界団体(一般社団法人)なのですが、"),
    ("登録支援機関の者です。技能実習の最長期間は何年ですか？", "登録支援機関の者です。"),
])
def test_the_introduction_is_kept_on_the_reading_and_not_searched(text, intro) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.introduction == intro
    assert intro not in parsed.text


WISHES = [
    ("WAASAに直接問い合わせたいのですが、電話番号と所在地をご教示いただけますか。", "WAASA"),
    ("WAASAに直接問い合わせたいのですが、電話番号と所在地を教えてください", "WAASA"),
    ("WAASAについて伺いたいのですが、電話番号は何番ですか？", "WAASA"),
    ("WAASAに連絡したいんですけど、電話番号を教えてください。", "WAASA"),
    ("I'm looking to contact WAASA directly. What is their phone number?", "WAASA"),
    ("I'm trying to reach WAASA. What is their phone number and address?", "WAASA"),
    ("I'd like to contact WAASA directly, what is their phone number?", "WAASA"),
]


@pytest.mark.parametrize("text,subject", WISHES)
def test_a_lead_that_states_a_wish_keeps_its_words_for_the_search(text, subject) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert subject in parsed.text and not parsed.introduction, (parsed.text, parsed.introduction)


@pytest.mark.parametrize("text,subject", WISHES)
def test_a_phone_the_documents_do_not_give_for_the_wished_subject_is_refused(bot, text, subject) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer[:300]
    assert not re.search(r"0\d{1,3}[-‐ー－]\d{3,4}[-‐ー－]\d{4}|3501", reply.answer), reply.answer[:300]
