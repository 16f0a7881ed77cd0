"""The conditions of a party of the internship program, and who provides a named thing (fresh batch 06q: ja6q-18;
in-sample jap-29), EN and JA.

The classes:
- the conditions of the interns (インターン生の条件) are the applicants' requirements: the word "interns" does not pick
  the support list "for interns", nor does "work eligibility" (the right to work, a pre-training topic) make a unit a
  condition;
- the conditions of host companies (受入企業の条件) are the placement rule: small to medium-sized companies, excluding
  industry associations, non-profit organizations and local governments;
- the ways an internship is held (実施形態, internship formats) name the placement section;
- whether the host company must arrange named things (visa, flights, accommodation) or who prepares the PC asks the
  support list, which says who provides them.
"""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Could you tell me the conditions for the interns of JIP?",
    "What are the requirements for applicants to the Japan Internship Program?",
    "JIPのインターン生の条件を教えてください。",
    "JIPの応募者の要件をご教示ください。",
])
def test_conditions_of_the_interns_are_the_applicants_requirements(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)Applicants must meet all the following", r"(?i)18 to 40")
    assert "Pre-training" not in answer


@pytest.mark.parametrize("question", [
    "What are the conditions for host companies in JIP?",
    "What are the requirements for hosting companies of the METI internship program?",
    "JIPの受入企業の条件は？",
    "JIPで対面で受け入れたいのですが、受け入れ企業側にはどのような条件があるのでしょうか。",
])
def test_conditions_of_host_companies_are_the_placement_rule(bot, question: str) -> None:
    answered(bot, question, r"small to medium-sized companies", r"excluding industry associations")


@pytest.mark.parametrize("question", [
    "JIPの実施形態は？",
    "What internship formats does JIP have?",
])
def test_internship_formats_name_the_placement_section(bot, question: str) -> None:
    answered(bot, question, r"(?i)in-person internships|online internships")


@pytest.mark.parametrize("question", [
    "JIPでインターン生を受け入れる場合、ビザの取得や航空券、宿泊先の手配は受入れ企業側で行う必要がありますか？",
    "Do we as host company have to arrange the visa and accommodation for the JIP intern?",
    "Who arranges the flights for JIP interns?",
])
def test_who_arranges_a_named_thing_asks_the_support_list(bot, question: str) -> None:
    answered(bot, question, r"(?i)airline tickets")
