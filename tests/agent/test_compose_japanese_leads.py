"""The lead sentence of a knowledge answer says the answer in the reply's language before the (English) quote,
over several phrasings of each class, in Japanese and English:
- a yes/no question on what a stated count does not include (常勤職員に技能実習生は含まれますか) -> no, naming it;
- a question on the scope of a term (介護の常勤職員の範囲) -> the restriction, in Japanese by the glossary;
- a yes/no question naming another form than the one stated (日本円でもらえますか / "in local currency") -> no;
- a question asking a value and what is needed (何年・何が必要) -> the value, then the listed terms (the exams,
  技能実習2号);
- a question asking a count of listed things (対象職種・作業の数) -> the counts, not the work categories."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

FTE = ("The number of full-time employees does not include technical intern trainees (No. 1, No. 2, and No. 3). "
       "For nursing care occupations, “full-time employees are limited to those whose main job is nursing care. "
       "In addition, if the recipient company is small (with less than 30 full-time employees), the maximum number "
       "of recipients per year is limited to 10% of the number of full-time employees.”")
FUNDS = ("Activity support funds based on the internship duration (In-person internships, 3,000 yen per day; online "
         "internships, equivalent of 1,000 yen per day in local currency).")
SSW1 = ("“Specific Skill No. 1” can work for 5 years only in the field by passing the “Technical Examination” and the "
        "“Japanese Language Examination” imposed for each field of 14 industries, or by successfully completing "
        "Technical Intern Training No. 2.")
OCCUPATIONS = ("156 tasks in 85 occupations, including food, construction, welding, plastic molding, painting, factory "
               "sheet metal, and ironwork.")
SPLIT = ("Occupations and scope of work covered by technical internship:\n\n- Required work: At least 50% of the total "
         "training time\n- Related work: Less than 50% of the total training time\n")


def _lead(texts: list[str], question: str, lang: str) -> str:
    passages = [Passage(text=t, chunk_id=f"d{i}::1", doc_id=f"d{i}", title="Doc", section="", program="", as_of=None)
                for i, t in enumerate(texts)]
    answer = compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=passages), lang=lang).answer
    return answer.split("\n\n")[0]


@pytest.mark.parametrize("lang,question", [
    ("ja", "常勤職員に技能実習生は含まれますか"),
    ("ja", "実習実施者の常勤職員数の算定に当たり、在籍中の第2号技能実習生を常勤職員数に含めて差し支えないでしょうか。"),
    ("ja", "技能実習生も常勤職員として数えられますか？"),
    ("en", "Do the full-time employees include technical intern trainees?"),
    ("en", "Can we count our No. 2 technical intern trainees as full-time employees?"),
])
def test_what_a_stated_count_does_not_include_is_answered_no(lang: str, question: str) -> None:
    lead = _lead([FTE], question, lang)
    assert lead.startswith("いいえ" if lang == "ja" else "No:"), lead
    assert ("技能実習生" if lang == "ja" else "technical intern trainees") in lead, lead


@pytest.mark.parametrize("lang,question,says", [
    ("ja", "介護職種の技能実習について、人数枠算定の基礎となる常勤職員の範囲はどのように定められておりますでしょうか。",
     "主たる業務が介護"),
    ("ja", "介護の常勤職員の範囲を教えてください", "主たる業務が介護"),
    ("ja", "介護職種では常勤職員はどこまで含まれますか", "主たる業務が介護"),
    ("en", "For nursing care, who counts as a full-time employee?", "main job is nursing care"),
])
def test_the_scope_of_a_term_is_stated_by_its_restriction(lang: str, question: str, says: str) -> None:
    assert says in _lead([FTE], question, lang)


@pytest.mark.parametrize("lang,question", [
    ("ja", "オンラインの場合、日本円でもらえますか？"),
    ("ja", "オンラインのばあいは?にほんえんでもらえますか?"),
    ("ja", "オンラインインターンの活動支援金は円で支払われますか"),
    ("en", "For online internships, are the activity funds paid in yen?"),
    ("en", "Can online interns get the activity support funds in Japanese yen?"),
])
def test_another_form_than_the_stated_one_is_answered_no(lang: str, question: str) -> None:
    lead = _lead([FUNDS], question, lang)
    assert lead.startswith("いいえ" if lang == "ja" else "No:"), lead
    assert ("現地通貨" if lang == "ja" else "local currency") in lead, lead


@pytest.mark.parametrize("question", [
    "特定技能1号の人って、何年まで働けるんでしたっけ？あと1号になるには何が必要？",
    "特定技能1号は何年働けますか。また、何が必要ですか",
    "特定技能1号になるには何が必要？",
])
def test_what_is_needed_is_named_in_japanese(question: str) -> None:
    lead = _lead([SSW1], question, "ja")
    assert "技能試験" in lead and "日本語試験" in lead and "技能実習2号" in lead, lead


@pytest.mark.parametrize("question", [
    "資料に載っている技能実習の対象職種・作業の数を教えてください。",
    "技能実習の対象って、どのくらいの職種と作業があるんでしょう？うち溶接なんだけど入ってるかな。",
    "技能実習の対象職種はいくつありますか",
])
def test_a_count_of_listed_things_is_the_count_not_the_work_categories(question: str) -> None:
    lead = _lead([SPLIT, OCCUPATIONS], question, "ja")
    assert "85職種" in lead and "156作業" in lead, lead
    assert "必須業務" not in lead, lead


FIELDS = ("The first certification is given to educational courses for workers in the following fields that are to be "
          "launched in and after April 2018.\n\n1. AI, IoT, data science and cloud computing, including courses "
          "incorporating new development methods, e.g., design thinking and agile development\n2. Advanced security "
          "and networking\n3. IT utilization, e.g., model-based development in the field of automobiles\n")


@pytest.mark.parametrize("question", [
    "Re-Skills講座の最初の認定では、どういう分野の講座が対象になっていたのでしょうか。",
    "最初の認定の対象分野を教えてください",
])
def test_a_listed_items_examples_follow_it_in_japanese(question: str) -> None:
    lead = _lead([FIELDS], question, "ja")
    assert "IT利活用（例：自動車分野のモデルベース開発）" in lead, lead
    assert "デザイン思考" in lead, lead
