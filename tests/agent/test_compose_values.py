"""Every kind of value a knowledge answer states in its first line is stated in the reply's language: an
English reply opens with the English quote (the value in it), a Japanese reply opens with a Japanese sentence
that states the same value before the English original. Kinds: a bare year, a fiscal year, a full date, a
range of dates, a month, a period, an amount, a count, a share with its qualifier, a phone number, an office,
an address."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

# (kind, passage text, English question, Japanese question, value in the English quote, value in the Japanese lead)
KINDS = [
    ("year", "The Foreign Technical Internship System was established in 1993 to meet the needs of developing regions.",
     "When was the Foreign Technical Internship System established?", "外国人技能実習制度はいつ創設されましたか",
     "1993", "1993年"),
    ("year since", "Since 2019, the program has accepted applicants from partner universities.",
     "Since when has the program accepted applicants?", "プログラムはいつから応募者を受け入れていますか", "2019", "2019年"),
    ("fiscal year", "This call is the FY2024 call of the internship program.",
     "Which year is this call of the internship program for?", "このインターンシップの募集は何年度ですか",
     "FY2024", "2024年度"),
    ("full date", "The revised Immigration Control Act came into effect on April 1, 2019.",
     "When did the revised Immigration Control Act come into effect?", "改正入管法はいつ施行されましたか",
     "April 1, 2019", "2019年4月1日"),
    ("date range", "Period for acceptance: Friday, September 15, 2017, to Saturday, October 28, 2017.",
     "When is the period for acceptance?", "受付期間はいつですか", "October 28, 2017",
     "2017年9月15日〜2017年10月28日"),
    ("month", "The courses are to be launched in and after April 2018.",
     "When are the courses launched?", "講座はいつ開講されますか", "April 2018", "2018年4月"),
    ("period", "The maximum period of the training is 5 years.", "How long is the maximum period of the training?",
     "研修の期間は最長何年ですか", "5 years", "5年"),
    ("amount", "Activity support funds: in-person internships, 3,000 yen per day.",
     "How much are the activity support funds?", "活動支援金はいくらですか", "3,000 yen", "3,000円"),
    ("count", "Specific Skill No. 1 covers each field of 14 industries.",
     "How many industries does Specific Skill No. 1 cover?", "特定技能1号はいくつの分野を対象にしていますか",
     "14 industries", "14分野"),
    ("percentage", "Required work: At least 50% of the total training time.",
     "What percentage of the training time must required work be?", "必須業務は訓練時間の何パーセントですか",
     "At least 50%", "50%以上"),
    ("phone", "IT Innovation Division contact: Tel 03-3501-2646.", "What is the phone number of the IT Innovation Division?",
     "IT Innovation Divisionの電話番号は何番ですか", "03-3501-2646", "03-3501-2646"),
    ("office", "Information on application procedures: IT Innovation Division, Commerce and Information Policy Bureau.",
     "Which office handles application procedures?", "申請手続はどの部署が担当していますか",
     "IT Innovation Division", "IT Innovation Division"),
    ("address", "Send the documents to Zip code 100-8901: 1-3-1, Kasumigaseki, Chiyoda-ku, Tokyo.",
     "What is the address for the documents?", "書類の送付先の住所はどこですか", "1-3-1, Kasumigaseki",
     "1-3-1, Kasumigaseki, Chiyoda-ku, Tokyo"),
]


def _reply(text: str, question: str, lang: str) -> str:
    passage = Passage(text=text, chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None)
    composed = compose.compose_knowledge_answer(question, SearchResult(query=question, relevant=True, confidence=0.9,
                                                                        passages=[passage]), lang=lang)
    assert not composed.refused, composed.unstated
    return composed.answer


@pytest.mark.parametrize(("kind", "text", "en_q", "ja_q", "en_value", "ja_value"), KINDS, ids=[k[0] for k in KINDS])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_first_line_of_a_reply_states_the_value_in_the_reply_language(
    lang: str, kind: str, text: str, en_q: str, ja_q: str, en_value: str, ja_value: str
) -> None:
    answer = _reply(text, en_q if lang == "en" else ja_q, lang)
    first = answer.split("\n\n")[0]
    if lang == "en":
        assert en_value in first, answer
    else:
        assert first.startswith("資料によると、") and ja_value in first and "原文" in first, answer
        assert text.split(":")[0][:20] in answer  # the English original still follows, whole


def test_a_qualified_share_is_never_stated_without_its_qualifier() -> None:
    answer = _reply("Peripheral work: 30% or less of the total training hours.", "周辺業務は何パーセントまでですか", "ja")
    assert "30%以下" in answer.split("\n\n")[0]


def test_a_japanese_era_year_is_read_as_its_western_year() -> None:
    answer = _reply("本制度は令和6年度から始まりました。", "When did this system start?", "en")
    assert answer.split("\n\n")[0].startswith("The documents give the fiscal year as FY2024"), answer
