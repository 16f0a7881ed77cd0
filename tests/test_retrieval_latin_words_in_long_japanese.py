"""A long Japanese question with Latin words (ID, e-Gov, JIP, METI) is searched by those words whole and is relevant.

"Re-Skills講座の申請をe-Govでやろうとしたら、IDとパスワードが要ると言われました。どこの部署に連絡すれば発行してもらえますか？
電話番号もあれば知りたいです。": "ID" is the acronym token of the documents' "ID and password" (i.d, not the word "id"),
"e-Gov" stays e-gov, JIP and METI stay jip and meti, inside kana on either side. The question that asks ("どこの部署に
連絡すれば発行してもらえますか？") leans on the background for what is to be issued (having it issued, 発行, is obtaining
it, the documents' "to obtain an ID and password"), and a closing request without a question mark
("電話番号もあれば知りたいです。") asks too: the length of the message does not sink its confidence.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import rank_of, repo_analyzer

CONTACT = "03-3501-2646"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Re-Skills講座の申請をe-Govでやろうとしたら、IDとパスワードが要ると言われました。", {"i.d", "e-gov"}),
        ("e-GovのIDはどこで発行してもらえますか", {"i.d", "e-gov"}),
        ("METIのJIPに応募したいです。", {"meti", "jip"}),
        ("経産省（METI）のJIPって、何歳まで応募できますか？", {"meti", "jip"}),
    ],
)
def test_latin_words_inside_japanese_stay_whole(text: str, tokens: set[str]) -> None:
    assert tokens <= set(repo_analyzer().tokenize(text, normalized=False))


@pytest.mark.parametrize(
    "question",
    [
        "Re-Skills講座の申請をe-Govでやろうとしたら、IDとパスワードが要ると言われました。どこの部署に連絡すれば発行して"
        "もらえますか？電話番号もあれば知りたいです。",
        "Re-Skills講座の申請をe-Govでやろうとしたら、IDとパスワードが要ると言われました。どこの部署に連絡すれば発行して"
        "もらえますか？",
        "うちは研修会社で、Reスキル講座の認定申請を初めてやります。e-Govの電子申請にはIDとパスワードが必要だそうですが、"
        "どこに問い合わせればIDを発行してもらえるのでしょうか。",
        "e-GovでRe-Skillsの申請をしたいのですが、IDとパスワードはどこで交付してもらえますか？",
        "We want to apply for the Re-Skills certification through e-Gov. Who issues the ID and password?",
    ],
)
def test_a_long_japanese_question_on_topic_stays_relevant(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=8)
    assert result.relevant, result.confidence
    rank = rank_of(result.passages, CONTACT)
    assert rank is not None and rank <= 3, rank
