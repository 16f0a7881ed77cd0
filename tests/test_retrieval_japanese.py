"""Japanese questions: what counts for and against relevance, and what an unanswerable one is refused as.

1. The frame of a business question is not its topic: who asks and for whom (当団体, 弊機関, 社内), what they are
   doing (経緯を整理, 試算, 作成), the bot's own documents (資料上の記載): a question the documents answer stays
   relevant, and finds its passage, however it is framed. Its administrative words (連絡, 電話番号, 運営, 基準)
   are vocabulary terms that reach the English passage.
2. Program names written in kana (やさしい日本語: とくていぎのう 1ごう, ぎのうじっしゅう) are the programs.
3. A Japanese question whose content words are all unknown (明日の大阪の天気は？) has words: it is "not in the
   documents" (no reason), never "no searchable words" (reason no_terms), as its English twin is.
"""

from __future__ import annotations


import pytest

from bot.agent.policy import KNOWLEDGE_K
from bot.embeddings import make_embedder
from bot.retrieval import HybridRetriever, build_retriever
from bot.settings import Settings
from bot.store import open_store
from tests.knowledge import indexed_copy, repo_analyzer

ANALYZER = repo_analyzer()
RESKILLS = "meti-reskills-courses"
WAASA = "waasa-foreign-talent-support"
TITP = "technical-intern-training-system"
JIP = "meti-japan-internship-program"


@pytest.fixture(scope="module")
def index_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """One index of a private copy of knowledge/ (offline embedder) for the module."""
    settings, _ = indexed_copy(tmp_path_factory.mktemp("ja"))
    return settings


@pytest.fixture(scope="module")
def retriever(index_settings: Settings) -> HybridRetriever:
    return build_retriever(index_settings, open_store(index_settings, make_embedder(index_settings)))


# --- 1. business framing --------------------------------------------------------------------------------
# (document, a phrase of the passage that answers, questions). The passage must be among the passages the bot
# reads (KNOWLEDGE_K); the dates of an application period sit in a chunk of their own under its heading, which
# more of the question's words find in the chunk before it.
CORES: list[tuple[str, str, list[str]]] = [
    (RESKILLS, "September 15, 2017", [
        "Re-Skills講座の最初の受付期間はいつからいつまでだったでしょうか。",
        "Re-Skills講座の認定申請の受付期間を教えてください。",
        "Re-Skillsの申請はいつまでに出せばよかったのでしょうか。",
    ]),
    (RESKILLS, "03-3501-2646", [
        "IDとパスワードはどこに連絡すればもらえますか。電話番号もお願いします。",
        "e-GovのIDとパスワードの連絡先の電話番号は？",
        "パスワードをもらうには、どこに連絡すればいい？",
    ]),
    (RESKILLS, "Organizations running", [
        "講座を運営する側の会社とか団体には、どんな条件があるんだっけ？",
        "講座を運営する団体の要件は何ですか。",
        "Re-Skills講座の実施機関にはどのような基準がありますか。",
    ]),
    (TITP, "Peripheral work", [
        "周辺業務の時間配分の基準はどうなっていますか。",
        "技能実習計画の周辺業務は全体の何割までですか。",
    ]),
    (WAASA, "revised Immigration Control Act", [
        "改正入管法はいつ施行されましたか。",
        "特定技能ができた法改正の施行日を確認させてください。",
    ]),
]
# Lead-ins and trailers of business writing: each carries only words that are not a topic.
FRAMES = [
    "{q}",
    "{q}社内で経緯を整理しておりまして。",
    "当団体で確認しております。{q}",
    "資料上の記載について伺います。{q}",
    "{q}上司への報告資料を作成しています。",
    "弊機関の者です。{q}",
]
FRAMED = [
    pytest.param(doc, phrase, frame.format(q=q), id=f"{i}-{j}-{k}")
    for i, (doc, phrase, questions) in enumerate(CORES)
    for j, q in enumerate(questions)
    for k, frame in enumerate(FRAMES)
]


@pytest.mark.parametrize("frame", FRAMES[1:])
def test_the_frame_of_a_business_question_is_not_unknown_content(frame: str) -> None:
    assert ANALYZER.analyze(frame.format(q="")).unknown_ja == []


@pytest.mark.parametrize(("doc_id", "phrase", "question"), FRAMED)
def test_a_framed_question_the_documents_answer_is_relevant(
    retriever: HybridRetriever, doc_id: str, phrase: str, question: str
) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    ranked = [(p.doc_id, p.section) for p in result.passages]
    assert result.relevant, (result.confidence, ranked)
    assert result.passages[0].doc_id == doc_id, ranked
    assert any(phrase in p.text for p in result.passages), ranked


@pytest.mark.parametrize(
    ("words", "concept"),
    [("連絡", "contact"), ("電話番号", "contact"), ("運営", "provider"), ("基準", "eligibility"),
     ("配分", "training_time"), ("年数", "duration"), ("日間", "duration"), ("合計", "total"), ("改正", "revision"),
     ("賛同", "agree"), ("総時間", "hours"), ("一般社団法人", "industry_association"), ("特定監理団体", "supervising_org"),
     ("手伝", "support"), ("受講者", "course"), ("何%", "percentage")],
)
def test_administrative_words_reach_their_concept(words: str, concept: str) -> None:
    analysis = ANALYZER.analyze(f"{words}について教えてください。")
    assert concept in analysis.concepts and analysis.unknown_ja == [], (analysis.concepts, analysis.unknown_ja)


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("ビザの取得は手伝ってもらえますか", JIP),
        ("様式はどこで入手できますか", RESKILLS),
        ("介護職種の人数枠の特例を教えてください", TITP),
        ("周辺業務は何%までですか", TITP),
        ("演習はRe-Skills講座のカリキュラム全体の何%必要ですか", RESKILLS),
        ("what percentage of the curriculum must be practical work?", RESKILLS),
        ("peripheral work can be what percent of the training hours?", TITP),
    ],
)
def test_more_questions_the_documents_answer_are_relevant(retriever: HybridRetriever, question: str, doc_id: str) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    ranked = [(p.doc_id, p.section) for p in result.passages]
    assert result.relevant and result.passages[0].doc_id == doc_id, (result.confidence, ranked)


def test_the_percent_sign_is_the_word_percent_on_both_sides() -> None:
    assert "percent" in ANALYZER.document_tokens("at least 50% of the curricula")
    assert "percentage" in ANALYZER.analyze("周辺業務は30%以下？").concepts


def test_a_number_in_kanji_is_a_quantity_not_a_word() -> None:
    for text in ("常勤職員百二十名の会社です", "三十人の受入れ", "二千円"):
        assert ANALYZER.analyze(text).unknown_ja == [], text
    assert ANALYZER.analyze("千葉の天気").unknown_ja == ["千葉", "天気"]  # a numeral kanji inside a word


# --- 2. kana spellings --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kana", "kanji"),
    [("とくていぎのう1ごう", "特定技能1号"), ("とくていぎのう2ごう", "特定技能2号"), ("ぎのうじっしゅうせい", "技能実習生"),
     ("ぎのうじっしゅう3ごう", "技能実習3号"), ("かつどうしえんきん", "活動支援金"), ("にほんごのうりょくしけん", "日本語能力試験"),
     ("かいごのしごと", "介護のしごと")],
)
def test_a_program_term_in_kana_is_the_term(kana: str, kanji: str) -> None:
    frame = "{}について おしえて ください。"
    assert ANALYZER.analyze(frame.format(kana)).concepts == ANALYZER.analyze(frame.format(kanji)).concepts


@pytest.mark.parametrize(
    "question",
    [
        "とくていぎのう1ごう に なりたいです。なにが ひつよう ですか？",
        "とくていぎのう1ごうになりたいです。なにがひつようですか?",
        "特定技能1号の人って、何年まで働けるんでしたっけ？あと1号になるには何が必要？",
        "特定技能1号になるための条件は？",
        "特定技能2号には誰が移行できますか。",
        "とくていぎのう2ごう は こうしん できますか？",
    ],
)
def test_specified_skilled_worker_stages_find_the_ssw_passage(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    ranked = [(p.doc_id, p.section) for p in result.passages]
    assert result.relevant and result.passages[0].doc_id == WAASA, ranked
    assert "Specific Skill" in result.passages[0].text, ranked


# Questions in easy Japanese (やさしい日本語: kana, spaces between words) as learners write them.
EASY = [
    ("ぎのうじっしゅうは なんねん できますか？", TITP),
    ("JIPは なんさい まで おうぼ できますか？", JIP),
    ("インターンシップの しえんきんは いくらですか", JIP),
    ("ひこうきの チケットは もらえますか", JIP),
    ("にほんに すんでいても おうぼできますか", JIP),
    ("えいごが できれば いいですか", JIP),
    ("インターンのとき すむところは ありますか", JIP),
    ("ビザは てつだって もらえますか", JIP),
    ("だいがくを そつぎょうした ひとも できますか", JIP),
    ("ちゅうごくじんは JIPに おうぼ できますか", JIP),
    ("かいごの じっしゅうせいは なんにん うけいれ できますか", TITP),
    ("とくていぎのう1ごうは どの ぶんやで はたらけますか", WAASA),
    ("とくていぎのうの しけんは なにが ありますか", WAASA),
]


@pytest.mark.parametrize(("question", "doc_id"), EASY)
def test_easy_japanese_questions_find_their_document(retriever: HybridRetriever, question: str, doc_id: str) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    ranked = [(p.doc_id, p.section) for p in result.passages]
    assert result.relevant and doc_id in {p.doc_id for p in result.passages[:3]}, (result.confidence, ranked)


# --- 3. unknown content is "not in the documents" --------------------------------------------------------
OFF_TOPIC = [
    "明日の大阪の天気は？",
    "明日の大阪の天気は?",
    "来週の北海道の天気予報を教えてください。",
    "おすすめのラーメン屋はどこですか",
    "日経平均株価は今いくら？",
    "週末に温泉旅館を予約したい",
    "weather in Osaka tomorrow?",
    "what's the weather like in Hokkaido next week?",
    "best ramen shop in Tokyo?",
]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_a_question_of_unknown_words_is_not_found_not_wordless(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.reason is None and result.message is None, (result.reason, result.message)
    assert not result.relevant, result.confidence


@pytest.mark.parametrize("question", ["？？？", "😀😀", "それは何ですか？", "what is it?"])
def test_only_symbols_or_common_words_still_have_no_terms(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.reason in ("no_terms", "empty_question") and not result.relevant


@pytest.fixture(scope="module")
def bot(index_settings: Settings, retriever: HybridRetriever):
    from bot import wiring
    from bot.agent import build_bot

    return build_bot(index_settings, retriever, wiring.build_rulebook(index_settings))


@pytest.mark.parametrize(
    "question", ["明日の大阪の天気は？", "来週の北海道の天気予報を教えてください。", "weather in Osaka tomorrow?", "あしたの てんきは？",
                 "おいしい らーめんやは どこですか"]
)
def test_the_bot_says_not_in_the_documents_for_unknown_words(bot, question: str) -> None:
    from support import converse

    reply = converse(bot, question)
    assert reply.refused
    assert "記号" not in reply.answer and "only symbols" not in reply.answer, reply.answer
    assert "記載がありません" in reply.answer or "do not mention" in reply.answer, reply.answer


# --- 4. classes of the fresh batches d/e (2026-12-02) -----------------------------------------------------
# Basic IT courses (基礎, 基本操作, 入門, 初心者, Excel, Word, パソコン操作) reach the sentence that excludes them.
BASIC_IT = [
    "社員向けにやってる「ITの基礎」講座（Excel・Wordの基本操作）をRe-Skills講座として認定してもらうことはできますか？",
    "ITの基礎講座はRe-Skills講座になりますか",
    "パソコン操作の入門講座は認定されますか？",
    "初心者向けのエクセル研修をReスキル講座にしたい",
    "Wordやエクセルの基本操作を教える研修は第四次産業革命スキル習得講座の対象ですか",
    "基本的なITスキルの講座はReスキルの認定対象？",
    "can a beginner excel course be a re-skills course?",
    "Our company made training course of fundamental IT skills, like PC operation and basic of network for new staff. "
    "Is it possible that this course is certified as Re-Skills course?",
]


@pytest.mark.parametrize("question", BASIC_IT)
def test_a_basic_it_course_finds_the_exclusion(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    ranked = [(p.doc_id, p.text[:60]) for p in result.passages]
    assert result.relevant and any("basic IT skill courses are excluded" in p.text for p in result.passages[:3]), ranked


# Moving to SSW No. 2 (移行, 移れる, move to): the fields sentence.
SSW2_FIELDS = [
    "弊機関の支援対象者から特定技能2号への移行について質問を受けております。ご提供の資料上、第1号から第2号へ移行できる分野はどの分野とされていますか。",
    "特定技能2号はどの分野？",
    "2号に移行できる分野は？",
    "特定技能1号から2号に移れる分野を教えて",
    "とくていぎのう2ごう に なれる ぶんや は？",
    "特定技能2号に移行可能な業種",
    "which fields can move to ssw no.2?",
]


@pytest.mark.parametrize("question", SSW2_FIELDS)
def test_moving_to_ssw_no2_finds_its_fields(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    ranked = [(p.doc_id, p.text[:60]) for p in result.passages]
    assert result.relevant and "only the two fields" in result.passages[0].text, ranked


@pytest.mark.parametrize("question", [q for q in SSW2_FIELDS if "移" in q or "move" in q])
def test_moving_to_ssw_no2_quotes_the_fields_sentence(retriever: HybridRetriever, question: str) -> None:
    assert "only the two fields" in retriever.search(question, k=1).passages[0].snippet


# Graduates (卒業, 既卒, 卒業生, そつぎょう) are not students: their documents are a certificate of graduation.
GRADUATES = [
    "既に大学を卒業している者がJIPに応募する場合、提出が求められる書類はどのようなものでしょうか。",
    "大学を卒業した人は何を出せばいいですか？JIP",
    "卒業生がインターンシップに応募するときの書類",
    "だいがくを そつぎょうしました。JIPに おうぼ するとき なにが ひつよう ですか？",
    "I graduated last year, what documents do I need for JIP?",
]


@pytest.mark.parametrize("question", GRADUATES)
def test_a_graduate_finds_the_graduates_documents(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    assert result.relevant and result.passages[0].doc_id == JIP
    assert result.passages[0].snippet.startswith("Graduates must"), result.passages[0].snippet


# Kana-only questions: content words the vocabulary does not know are "not in the documents"; function
# words alone (knowledge/vocabulary.yaml function_kana) are still "no searchable words".
KANA_OFF_TOPIC = ["あしたの てんきは？", "あしたの てんきは なんですか", "おいしい らーめんやは どこですか", "すしが たべたい",
                  "きょうは なんようび？"]


@pytest.mark.parametrize("question", KANA_OFF_TOPIC)
def test_a_kana_question_of_unknown_words_is_not_found(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.reason is None and result.message is None, (result.reason, result.message)
    assert not result.relevant, result.confidence


@pytest.mark.parametrize("question", ["それは なんですか", "こんにちは", "ありがとうございます", "なにを おしえて くれますか"])
def test_a_kana_question_of_function_words_has_no_terms(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.reason == "no_terms" and not result.relevant


# "I want to become SSW No. 1, what do I need?" (なりたい, なるには, become): the sentence naming the route
# (passing the examinations, completing TITP No. 2), not the one where No. 1 is a step to No. 2.
@pytest.mark.parametrize("question", [
    "とくていぎのう1ごう に なりたいです。なにが ひつよう ですか？",
    "特定技能1号になるには何が必要ですか",
    "特定技能1号になりたいのですが、どうすればいいですか",
])
def test_becoming_ssw_no1_quotes_its_route(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=KNOWLEDGE_K)
    assert result.relevant and result.passages[0].doc_id == WAASA
    assert "by passing" in result.passages[0].snippet, result.passages[0].snippet


TOKYO_SUPPORT = "Small and medium-sized business accepting foreign human resources"


@pytest.mark.parametrize(
    "question",
    [
        "東京都で外国人材を受け入れる中小企業向けの支援って何かあります？介護事業所でも使えるものがあれば。",
        "中小企業向けの支援はありますか？",
        "外国人材を受け入れる中小企業向けの支援",
        "介護事業所で外国人材を受け入れる支援",
        "東京の中小企業が外国人を雇うときの支援事業はどこがやっていますか",
        "Tokyo WorkNet what is? and support project for chusho kigyo foreign jinzai, which company help?",
    ],
)
def test_support_for_smes_accepting_foreign_talent_finds_the_tokyo_section_first(
    retriever: HybridRetriever, question: str
) -> None:
    """The support for small and medium-sized companies that accept foreign talent (中小企業向け, 外国人材,
    介護事業所) is the Tokyo section, with its Pasona-run project quoted in the snippet."""
    result = retriever.search(question, k=KNOWLEDGE_K)
    assert result.relevant
    first = result.passages[0]
    assert TOKYO_SUPPORT in first.section, [(p.doc_id, p.section) for p in result.passages[:3]]
    assert "Pasona" in first.text
