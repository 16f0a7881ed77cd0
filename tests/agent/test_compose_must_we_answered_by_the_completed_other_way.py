"""Class: a "must we / do we have to" yes/no answered by a unit that states an alternative ("... by passing the
Technical Examination and the Japanese Language Examination ..., or by successfully completing Technical Intern Training
No. 2"), asked by a user who says the other way is (or will be) completed: No, the first way is not needed, naming
both (yes_no kind ``completed``: bot/answers/limits.py, knowledge/answer_types.yaml). A user who did not complete it,
or says nothing of it, still gets "not necessarily" (either way)."""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered

NO = {"en": r"^No: the documents also accept completing Technical Intern Training No\. 2\b[^\n]*no need for",
      "ja": r"^いいえ、お話の場合は[^。]*試験[^。]*不要です。[^。]*技能実習2号を修了"}


@pytest.mark.parametrize("lang,question", [
    ("ja", "人事の者です。今年の秋に技能実習2号を修了するベトナム人の実習生がいて、そのまま特定技能1号としてうちで働いてもらいたいと考えて"
           "います。この場合でも技能試験と日本語試験は受けさせないといけないのでしょうか？あと、特定技能1号だと最長何年働けますか。"),
    ("ja", "技能実習2号を終えた実習生を特定技能1号にしたいのですが、日本語試験は必要ですか？"),
    ("ja", "技能実習2号を良好に修了した人でも、特定技能1号になるには技能試験を受けなきゃだめ？"),
    ("en", "Our trainee finishes Technical Intern Training No. 2 this autumn and we want to keep him as Specified Skilled "
           "Worker No. 1. Does he still have to take the skills test and the Japanese test?"),
    ("en", "Is the skills exam required for someone who has finished Technical Intern Training No. 2 and wants Specific "
           "Skill No. 1?"),
    ("en", "She completed Technical Intern Training No. 2. Must she still take the Japanese language exam for Specific "
           "Skill No. 1?"),
    # in the last year of the other way, switching after it (ja7y-20)
    ("ja", "いまウチで技能実習2号の子が3年目なんですが、この後、特定技能1号に切り替えるには、技能試験とか日本語の試験を受けないと"
           "いけないんですか？"),
    ("en", "Our trainee is in her third year of Technical Intern Training No. 2. To switch to Specified Skilled Worker "
           "No. 1 after that, does she have to take the skills test?"),
])
def test_the_completed_other_way_answers_no(bot, lang: str, question: str) -> None:
    answer = answered(bot, question, NO[lang])
    if "最長何年" in question:
        assert re.search(r"5\s*年", answer), answer  # the other ask still answered


@pytest.mark.parametrize("question", [
    "Our trainee quit Technical Intern Training No. 2 halfway. Does he have to take the skills test for Specific Skill "
    "No. 1?",
    "Do applicants have to take the skills test for Specific Skill No. 1?",
    "技能実習2号を修了していない人は、特定技能1号になるには試験が必要ですか？",
])
def test_without_the_other_way_completed_it_is_either_way(bot, question: str) -> None:
    answer = answered(bot, question)
    assert not re.search(NO["en"] + "|" + NO["ja"], answer), answer
    assert re.search(r"(?i)^(?:Not necessarily|必ずしも)", answer), answer


@pytest.mark.parametrize("question", [
    # the other way spelt as users write it (glossary: TITP No. 2, TITP (ii), Technical Intern Training (ii))
    "Our trainee completed TITP No. 2. Does he still have to take the skills test for Specific Skill No. 1?",
    "She finished TITP (ii). Must she still take the Japanese language exam for Specific Skill No. 1?",
    "He has completed Technical Intern Training (ii). Does he need to pass the skills exam for Specified Skilled Worker "
    "(i)?",
    "Is the skills exam required for someone who has finished TITP No.2 and wants Specific Skill No. 1?",
])
def test_the_other_way_in_another_spelling_answers_no(bot, question: str) -> None:
    answered(bot, question, NO["en"])
