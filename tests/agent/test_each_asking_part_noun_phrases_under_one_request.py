"""Class: one request whose object lists noun phrases, each naming a subject of its own (「対象となるインターン生の条件と
受入企業の条件、実施形態の概要をご教示いただけますでしょうか。」, "Could you tell me the conditions for interns, the conditions
for host companies and an overview of the internship formats?"), asks each of them: each is searched on its own (with the
request, in the program the message names) and answered in order. Nouns naming one subject together (電話番号と受付時間,
"the phone number and address of WAASA", 技能実習と特定技能の違い) stay one ask."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered
from tests.agent.reading_checks import calls_named

INTERNS = r"DAC|開発途上|developing"
HOSTS = r"small to medium|中小企業"


@pytest.mark.parametrize("question", [
    "お世話になっております。行政書士事務所の田中でございます。顧問先の企業様から、経済産業省の「ジャパン・インターンシップ・"
    "プログラム（JIP）」について問い合わせを受けております。対象となるインターン生の条件と受入企業の条件、実施形態の概要をご教示"
    "いただけますでしょうか。",
    "JIPについて質問です。インターン生の条件と受入企業の条件を教えてください。",
    "Hello, I work at a law office and a client asked about METI's Japan Internship Program (JIP). Could you tell me the "
    "conditions for interns, the conditions for host companies and an overview of the internship formats?",
    "About the JIP: please explain the requirements for interns and the conditions for host companies.",
])
def test_each_listed_noun_ask_is_answered(bot, question: str) -> None:
    answered(bot, question, INTERNS, HOSTS)


def test_each_listed_noun_ask_is_searched_in_the_program_named(bot) -> None:
    question = ("顧問先から「ジャパン・インターンシップ・プログラム（JIP）」について問い合わせを受けております。"
                "対象となるインターン生の条件と受入企業の条件、実施形態の概要をご教示いただけますでしょうか。")
    reply = bot.reply(bot.new_conversation(), question)
    calls = calls_named(reply, "search_knowledge")
    assert len(calls) == 3, [c.args for c in calls]
    assert all("実施形態" not in c.args["query"] for c in calls[:2]), [c.args for c in calls]
    assert all(c.args.get("program") == "jip" for c in calls[1:]), [c.args for c in calls]


@pytest.mark.parametrize("lang, part, items", [
    ("ja", "対象となるインターン生の条件と受入企業の条件、実施形態の概要をご教示いただけますでしょうか。",
     ["対象となるインターン生の条件をご教示いただけますでしょうか。", "受入企業の条件をご教示いただけますでしょうか。",
      "実施形態の概要をご教示いただけますでしょうか。"]),
    ("ja", "Reスキル講座の対象分野と、実習の割合の要件を教えてください。",
     ["Reスキル講座の対象分野を教えてください。", "実習の割合の要件を教えてください。"]),
    ("ja", "東京ワークネットの電話番号と受付時間を教えてください。", []),
    ("ja", "技能実習と特定技能の違いを教えてください。", []),
    ("en", "Could you tell me the conditions for interns, the conditions for host companies and an overview of the formats?",
     ["Could you tell me the conditions for interns?", "Could you tell me the conditions for host companies?",
      "Could you tell me an overview of the formats?"]),
    ("en", "Please explain the eligibility of interns and the requirements for host companies.",
     ["Please explain the eligibility of interns.", "Please explain the requirements for host companies."]),
    ("en", "Can you give me the phone number and office address of WAASA?", []),
    ("en", "Can you tell me the phone number and the address of WAASA?", []),
])
def test_the_listed_noun_asks_are_read_from_the_pack(lang: str, part: str, items: list[str]) -> None:
    from bot.agent.knowledge_plan import noun_listed_asks
    from tests.knowledge import repo_understander

    assert noun_listed_asks(part, repo_understander().pack(lang)) == items


@pytest.mark.parametrize("question", [
    "大学キャリアセンターです。JIPの2025年度の応募締切日と選考結果の通知日を教えてください。",
])
def test_noun_asks_whose_first_is_not_stated_are_declined_whole(bot, question: str) -> None:
    # (unlike asks announced as a list, the later noun is no item answered on its own when the first is declined)
    answered(bot, question, r"[ぁ-んァ-ヶ]", refused=True)
