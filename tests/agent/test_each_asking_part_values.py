"""Class: the second and later asks of a message are answered (Japanese and English).

- a later part that names no program asks about the one the message names (最長何年？それと、職種と作業の数も: the
  occupations of technical intern training, not the fields of Specific Skills);
- one sentence that asks for two values no one unit states together (施行日と、対象分野がいくつ: a date and a count)
  quotes the unit that states each instead of refusing;
- a maximum is quoted with the condition it holds under, a count with the list it counts, and the quota table
  asked of the replacement system with the update row that says its case.
"""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "うちの社長から聞かれたのですが、技能実習生は最長で何年まで受け入れられるんでしょうか。それと、対象になっている職種と作業の数もわかれば教えてください。",
    "技能実習は最長何年ですか？あと、対象の職種と作業はいくつありますか？",
    "How long can technical intern trainees stay at most? And how many occupations and tasks are covered?",
])
def test_a_later_part_asks_about_the_program_the_message_names(bot, question: str) -> None:
    answered(bot, question, r"5", r"85", r"156")


@pytest.mark.parametrize("question", [
    "市の国際交流課の者です。市民向け講座の資料を作っていまして、在留資格「特定技能」ができた改正入管法の施行日と、特定技能1号の対象分野がいくつだったか（制度開始時点）を確認させてください。",
    "改正入管法の施行日と、特定技能1号の対象分野の数を教えてください。",
    "When did the revised Immigration Control Act for Specific Skills take effect, and how many fields did Specific "
    "Skill No. 1 cover at the start?",
])
def test_two_values_asked_in_one_sentence_are_both_quoted(bot, question: str) -> None:
    answered(bot, question, r"2019", r"14")


@pytest.mark.parametrize("question", [
    "What is the maximum period of technical intern training?",
    "How long can a technical intern trainee stay at most?",
    "技能実習は最長何年ですか？",
    "技能実習制度っていつ始まった制度なんですか？あと、実習期間は最長で何年まで可能ですか？",
])
def test_a_maximum_is_quoted_with_the_condition_it_holds_under(bot, question: str) -> None:
    """Class: a maximum asked (alone or as a later part) is quoted with the condition it holds under (5 years, for
    excellent implementing organizations)."""
    answered(bot, question, r"5|five", r"excellent|優良", refused=None)


@pytest.mark.parametrize("question", [
    "技能実習の対象職種って全部でいくつありますか？主なものもいくつか教えてください。",
    "食品製造の仕事でも技能実習生を受け入れられますか？技能実習の対象職種って全部でいくつあるんでしょうか。",
    "技能実習で食品製造の職種は対象ですか？対象職種はいくつありますか？",
    "技能実習の職種は全部で何職種ありますか？",
    "How many occupations does technical intern training cover? Name some of the main ones.",
    "Can we accept technical intern trainees for food manufacturing work? How many occupations are covered in total?",
])
def test_an_occupation_count_with_a_membership_ask_quotes_the_counted_list(bot, question: str) -> None:
    """The count of occupations asked (全部でいくつ, beside whether food manufacturing is one or which are the main
    ones) is answered by the sentence that counts them and names some ("156 tasks in 85 occupations, including
    food, construction, welding ..."), not by the required/related/peripheral split nor by a refusal because the
    trainees of the other sentence are not in the quote."""
    answered(bot, question, r"85", r"156", r"(?i)food|食品", r"(?i)welding|溶接")


@pytest.mark.parametrize("question", [
    "I heard the technical intern training system is being abolished. When does the replacement system start, "
    "what is it called, and will the current quota table still apply to it?",
    "技能実習制度は廃止されるそうですが、新しい制度はいつから始まりますか？今の人数枠の表は引き続き適用されますか？",
])
def test_the_quota_case_of_the_replacement_is_said(bot, question: str) -> None:
    """Class: a later ask whether the quota table applies to the replacement system gets the update row's case
    beside the replacement's own row."""
    answered(bot, question, re.escape("updates.titp.replaced-2027"), re.escape("updates.titp.esd-quota"),
             refused=None)
