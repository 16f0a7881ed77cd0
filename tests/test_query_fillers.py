"""Forms of address, greetings, thanks and chat fillers are never content terms of a question.

"bro how many years max i can stay as technical intern trainee" asks about the stay of a trainee; with "bro" as a
unit of the question the reply said "The documents do not mention bro". The same holds for sir, madam, sis, dear,
guys, kindly, pls, plz, hi/hello, thx, and in Japanese for the set phrases of a business message (お世話になって
おります, 皆様, 各位, 失礼します, 先輩, 恐縮ですが): the question with them has the units it has without them, and
no unknown Japanese content; and for the same words in romaji inside English (onegaishimasu, arigatou, sumimasen,
senpai: knowledge/nlu/en_romaji.yaml reads them as "please", "thanks", "hello", "sir").
"""

from __future__ import annotations

import pytest

from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()


def units(question: str) -> list[str]:
    return [u.label for u in ANALYZER.analyze(question).units]


@pytest.mark.parametrize("chatty, plain", [
    ("bro how many years max i can stay as technical intern trainee in japan",
     "how many years max i can stay as technical intern trainee in japan"),
    ("sir kindly tell me the maximum stay for a technical intern trainee",
     "tell me the maximum stay for a technical intern trainee"),
    ("dear madam, how long can a trainee stay? thx", "how long can a trainee stay?"),
    ("hi guys, pls how long can a trainee stay", "how long can a trainee stay"),
    ("hello sis, plz tell me how long a trainee can stay, thanks", "tell me how long a trainee can stay"),
    ("Dear Sir/Madam, kindly advise the JIP age limit. Regards", "advise the JIP age limit"),
    ("bro urgent: what is the JIP age limit asap", "what is the JIP age limit"),
])
def test_fillers_are_no_content(chatty: str, plain: str) -> None:
    assert units(chatty) == units(plain)


@pytest.mark.parametrize("question", [
    "お世話になっております。技能実習生は最長何年滞在できますか",
    "皆様、お疲れ様です。技能実習の期間は最長何年ですか",
    "失礼します、先輩。技能実習は何年までですか",
    "各位　技能実習の期間を教えてください",
    "恐縮ですが、技能実習は最長何年ですか。",
])
def test_japanese_greetings_are_no_unknown_content(question: str) -> None:
    analysis = ANALYZER.analyze(question)
    assert analysis.unknown_ja == []
    assert {"titp", "trainee"} & set(analysis.concepts)


@pytest.mark.parametrize("chatty, plain", [
    ("jisshusei max how many years i can stay? onegaishimasu", "jisshusei max how many years i can stay?"),
    ("arigatou gozaimasu, how long can a trainee stay", "how long can a trainee stay"),
    ("sumimasen, how long can a trainee stay? yoroshiku onegaishimasu", "how long can a trainee stay?"),
    ("senpai how long can a trainee stay", "how long can a trainee stay"),
    ("konnichiwa! otsukaresama desu. how long can a trainee stay?", "how long can a trainee stay?"),
])
def test_romaji_greetings_are_no_content(chatty: str, plain: str) -> None:
    assert units(chatty) == units(plain)


@pytest.mark.parametrize("with_word, plain", [
    ("Any support available?", "Any support?"),
    ("Is the online internship available for people living in Japan?", "Is the online internship for people living in Japan?"),
    ("What courses are available under Re-Skills?", "What courses are under Re-Skills?"),
    ("Is there any information on availability of the JIP?", "Is there any information on the JIP?"),
])
def test_available_is_no_content(with_word: str, plain: str) -> None:
    """Whether something is available asks about that thing: no document uses the word, and as unknown content it
    made "My shop in Tokyo wants to hire foreigners. Any support available?" look off topic."""
    assert units(with_word) == units(plain)
