"""Another person's verdict is worded in the third person (the 2026-12-04j batch, responses data).

The class: beside the user's own JIP check, each other person's ("my friend from China ... can she apply?", "my
husband ... can he apply again?") is rendered from the catalog's template with ``other`` set: "They are not eligible",
"they meet", "Their eligibility", never the tool's second-person "You are not eligible" under "**Your friend:**"; the
user's own verdict keeps "you". Japanese wording has no pronoun and stays as it is.
"""

from __future__ import annotations

import pytest

from bot.agent import compose
from support import converse

OTHERS = [
    ("hi, im indian (26), doing my masters in Osaka right now, english fluent. i want to apply the METI internship in "
     "person, possible? also my friend from China asked me same question, can she apply?", "**Your friend:**",
     "They are not eligible"),
    ("I am a Filipina, 29, living in Dubai, my English is fluent. Can I apply to the METI internship? Also my husband "
     "is Indian, 38, he already joined the program in FY2022. Can he apply again?", "**Your husband:**",
     "They are not eligible"),
]


@pytest.mark.parametrize(("text", "who", "verdict"), OTHERS)
def test_the_other_persons_verdict_is_in_the_third_person(bot, text, who, verdict) -> None:
    reply = converse(bot, text)
    own, _, theirs = reply.answer.partition(who)
    assert theirs.strip().startswith(verdict), reply.answer
    assert "You are not eligible" not in theirs and "Your eligibility" not in theirs, reply.answer
    assert own.startswith("**You:**") and ("you meet" in own or "You are not eligible" in own), reply.answer


@pytest.mark.parametrize(("eligible", "said"), [("yes", "they meet"), ("no", "They are not eligible"),
                                                 ("unknown", "Their eligibility")])
def test_each_verdict_has_its_third_person_wording(eligible, said) -> None:
    result = {"eligible": eligible, "criteria": [], "missing": ["english_proficient: whether English"],
              "explanation": "You ..."}
    theirs = compose.compose_tool_reply("jip_eligibility", result, [], {}, lang="en", other=True).answer
    own = compose.compose_tool_reply("jip_eligibility", result, [], {}, lang="en").answer
    assert said in theirs and said not in own, theirs
