"""Embedders: the offline default, and the real sentence-transformers loading code run on a tiny model this
test builds from scratch (no download)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.embeddings import Embedder, OfflineEmbedder, SentenceTransformerEmbedder, make_embedder
from bot.errors import ConfigError
from bot.settings import Settings

REPO_ROOT = Path(__file__).resolve().parent.parent


def build_tiny_sentence_transformer(folder: Path) -> Path:
    """A few-KB BERT + mean pooling model: word-level tokenizer trained on four sentences, random weights.

    Its vectors mean nothing, but loading it runs exactly the code path of a real model.
    """
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    sentences = [
        "technical intern trainees may stay for up to five years",
        "the internship program pays activity support funds per day",
        "certified courses must be practical for at least half of the hours",
        "specified skilled workers are accepted in fourteen industries",
    ]
    tokenizer = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator(
        sentences, trainers.WordLevelTrainer(special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]",
        mask_token="[MASK]", model_max_length=64,
    )
    config = BertConfig(
        vocab_size=tokenizer.get_vocab_size(), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64,
    )
    torch.manual_seed(0)
    hf_dir = folder / "hf"
    BertModel(config).save_pretrained(hf_dir)
    fast.save_pretrained(hf_dir)
    transformer = Transformer(str(hf_dir), max_seq_length=64)
    model = SentenceTransformer(modules=[transformer, Pooling(transformer.get_embedding_dimension(), "mean")])
    model.save(str(folder / "st"))
    return folder / "st"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_sentence_transformer(tmp_path_factory.mktemp("tiny-st"))


# --- offline -------------------------------------------------------------------------------------------
def test_offline_vectors_are_deterministic_unit_length_and_sized() -> None:
    a, b = OfflineEmbedder(256), OfflineEmbedder(256)
    texts = ["Activity support funds: 3,000 yen per day", "外国人技能実習制度", "x"]

    va = np.array(a.embed_documents(texts))
    vb = np.array(b.embed_documents(texts))

    assert va.shape == (3, 256) and a.dimension == 256
    assert np.array_equal(va, vb)
    assert np.allclose(np.linalg.norm(va, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a.embed_query(texts[0]), va[0])
    assert a.name == "offline-hash-v2-256" and isinstance(a, Embedder)


def test_offline_similar_texts_are_closer_than_unrelated_ones() -> None:
    emb = OfflineEmbedder(1024)
    query = np.array(emb.embed_query("how many technical intern trainees can a company accept"))
    near, far = np.array(
        emb.embed_documents(
            ["the number of technical intern trainees a company may accept", "apply through the e-Gov system"]
        )
    )

    assert query @ near > query @ far


def test_offline_empty_text_is_a_zero_vector_not_nan() -> None:
    emb = OfflineEmbedder(64)

    vectors = np.array(emb.embed_documents(["", "   ", "!!!"]))

    assert not np.isnan(vectors).any()
    assert emb.embed_documents([]) == []


def test_offline_dimension_too_small_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        OfflineEmbedder(8)


TEXTS_OF_EVERY_KIND = [
    "What is the maximum period of the METI Japan Internship Program?",
    "Café naïve résumé — ÉLÈVE",  # accents are stripped, like scikit-learn's strip_accents="unicode"
    "技能実習の期間は最長5年です。",  # unsegmented Japanese: character n-grams carry it
    "Ｆｕｌｌ width and  doubled   spaces\tand tabs",
    "a",  # a word shorter than every n-gram counts once, whole
    "",
    "!!! ??? ...",
    "JLPT N3, No.2 & 40% of 1,200 yen",
]


def test_offline_features_are_scikit_learns_hashing_vectorizer() -> None:
    """The numpy/mmh3 hashing is the same feature space as the HashingVectorizer set-up it replaced:
    word 1-2 grams and char_wb 3-5 grams, signed MurmurHash3 buckets, each side L2-normalised."""
    text_mod = pytest.importorskip("sklearn.feature_extraction.text")
    common = dict(n_features=256, lowercase=True, strip_accents="unicode", norm="l2", alternate_sign=True, dtype=np.float32)
    words = text_mod.HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b", **common)
    chars = text_mod.HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)
    expected = (0.6 * words.transform(TEXTS_OF_EVERY_KIND) + 0.4 * chars.transform(TEXTS_OF_EVERY_KIND)).toarray()
    norms = np.linalg.norm(expected, axis=1, keepdims=True)
    np.divide(expected, norms, out=expected, where=norms > 0)

    ours = np.asarray(OfflineEmbedder(256).embed_documents(TEXTS_OF_EVERY_KIND))

    np.testing.assert_allclose(ours, expected, atol=1e-6)
    assert OfflineEmbedder(256).embed_query(TEXTS_OF_EVERY_KIND[0]) == ours[0].tolist()


def test_offline_embedder_does_not_import_scikit_learn_or_scipy() -> None:
    code = (
        "import sys\nfrom bot.embeddings import OfflineEmbedder\nOfflineEmbedder(64).embed_query('x y')\n"
        "print(sorted(m for m in ('sklearn', 'scipy', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    assert out.stdout.strip() == "[]"


def test_make_embedder_picks_the_configured_implementation(tmp_path: Path) -> None:
    offline = make_embedder(Settings(_env_file=None, embedder="offline", offline_dim=128))
    st = make_embedder(Settings(_env_file=None, embedder="sentence-transformers", embed_model=str(tmp_path)))

    assert isinstance(offline, OfflineEmbedder) and offline.dimension == 128
    assert isinstance(st, SentenceTransformerEmbedder) and st.name == f"sentence-transformers:{tmp_path}"


def test_building_a_sentence_transformer_embedder_does_not_import_torch(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from bot.settings import Settings\n"
        "from bot.embeddings import make_embedder\n"
        f"e = make_embedder(Settings(_env_file=None, embedder='sentence-transformers', embed_model={str(tmp_path)!r}))\n"
        "assert e.name.startswith('sentence-transformers:')\n"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)

    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


# --- sentence-transformers -----------------------------------------------------------------------------
def test_sentence_transformer_loads_a_local_model_and_embeds(tiny_model: Path) -> None:
    emb = SentenceTransformerEmbedder(str(tiny_model), batch_size=2)

    docs = np.array(emb.embed_documents(["support funds per day", "trainees stay five years", "unknown words"]))
    query = np.array(emb.embed_query("support funds per day"))

    assert emb.dimension == 16 and docs.shape == (3, 16)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-5)
    assert np.allclose(query, docs[0], atol=1e-5)
    assert emb.embed_documents([]) == []


def test_sentence_transformer_index_round_trip(tiny_model: Path, settings: Settings) -> None:
    from bot.ingest import ingest
    from bot.store import open_store

    settings = settings.model_copy(update={"embedder": "sentence-transformers", "embed_model": str(tiny_model)})
    store = open_store(settings, make_embedder(settings))

    report = ingest(settings, store)
    hits = store.query("activity support funds per day", 3)

    assert report.ok and report.embedded == report.chunks > 0
    assert len(hits) == 3
    assert store.info()["embedder"] == f"sentence-transformers:{tiny_model}"
    assert store.info()["dimension"] == 16


def test_missing_model_folder_is_a_clear_config_error(tmp_path: Path) -> None:
    emb = SentenceTransformerEmbedder(str(tmp_path / "no-model-here"))

    with pytest.raises(ConfigError, match="does not exist"):
        emb.embed_query("x")


def test_model_name_not_in_the_local_cache_is_a_config_error_without_download(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hf-home"))  # a cache that surely lacks the model
    emb = SentenceTransformerEmbedder("example-org/model-that-is-not-cached", cache_folder=str(tmp_path / "c"))

    with pytest.raises(ConfigError, match="never downloaded") as info:
        emb.dimension

    assert "BOT_EMBED_MODEL" in str(info.value)


def test_folder_that_is_not_a_model_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_text("not a model")

    with pytest.raises(ConfigError, match="could not be loaded"):
        SentenceTransformerEmbedder(str(tmp_path)).embed_documents(["x"])
