"""Text embedders behind one small protocol: an offline default that needs no weights, and
sentence-transformers models loaded by name or local path (torch is imported only when one is used)."""

from __future__ import annotations

import threading
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.settings import Settings


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors. ``name`` is the fingerprint recorded in the index: two
    embedders with the same name must produce the same vectors."""

    name: str

    @property
    def dimension(self) -> int: ...

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class OfflineEmbedder:
    """Hashed word 1-2 grams plus character n-grams (scikit-learn), L2-normalised.

    Deterministic, no fitted vocabulary and no downloaded weights: the same text gives the same vector on
    any machine, so a fresh install can index and search at once. Character n-grams within word
    boundaries keep some robustness to inflections, typos and unsegmented scripts such as Japanese.
    """

    VERSION = "v1"

    def __init__(self, dim: int = 1024, *, word_weight: float = 0.6) -> None:
        if dim < 16:
            raise ConfigError(f"offline embedder dimension must be at least 16, got {dim}")
        from sklearn.feature_extraction.text import HashingVectorizer

        self._dim = dim
        self._word_weight = word_weight
        self.name = f"offline-hash-{self.VERSION}-{dim}"
        common: dict[str, Any] = dict(
            n_features=dim, lowercase=True, strip_accents="unicode", norm="l2", alternate_sign=True, dtype=np.float32
        )
        self._words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b", **common)
        self._chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)

    @property
    def dimension(self) -> int:
        return self._dim

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()

    def _embed(self, texts: list[str]) -> np.ndarray:
        from sklearn import config_context

        # The vectorizers' arguments are fixed in __init__; re-validating them on every call cost about half
        # of a one-query embedding (eval/bench_retrieval.py).
        with config_context(skip_parameter_validation=True, assume_finite=True):
            words = self._words.transform(texts)
            chars = self._chars.transform(texts)
        matrix = (self._word_weight * words + (1.0 - self._word_weight) * chars).toarray()
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        # An empty or symbol-only text hashes to nothing: leave it as the zero vector rather than divide by 0.
        np.divide(matrix, norms, out=matrix, where=norms > 0)
        return matrix.astype(np.float32, copy=False)


# sentence-transformers (and torch) are the optional extra [st]: the default install has neither.
ST_MISSING = (
    "BOT_EMBEDDER=sentence-transformers needs the optional extra: pip install -e '.[st]' (from the public index "
    "on Linux that torch is the CUDA build, about 2.7 GB; for the CPU build run first: pip install "
    "'torch==2.13.*' --index-url https://download.pytorch.org/whl/cpu), or set BOT_EMBEDDER=offline."
)


class SentenceTransformerEmbedder:
    """A sentence-transformers model by hub name (already in the local cache) or local folder.

    Building this object is cheap: the model (and torch) load on first use. Nothing is downloaded
    (``local_files_only``): a model that is not on disk is a ``ConfigError`` saying what to do.
    """

    def __init__(
        self,
        model_name_or_path: str,
        batch_size: int = 64,
        *,
        device: str = "cpu",
        cache_folder: str | None = None,
    ) -> None:
        self.model_name_or_path = model_name_or_path
        self.batch_size = batch_size
        self.device = device
        self.cache_folder = cache_folder
        self.name = f"sentence-transformers:{model_name_or_path}"
        if find_spec("sentence_transformers") is None:  # finds the package without importing it (or torch)
            raise ConfigError(ST_MISSING)
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def dimension(self) -> int:
        dim = self._load().get_embedding_dimension()
        if not dim:
            raise ConfigError(f"Embedding model '{self.model_name_or_path}' does not report its vector size.")
        return int(dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._load().encode_document(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        vector = self._load().encode_query(
            [text], batch_size=1, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vector, dtype=np.float32)[0].tolist()

    def warm_up(self) -> None:
        """Load the model now (e.g. at app start) instead of on the first request."""
        self._load()

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        with self._lock:  # two first requests at once must not load the model twice
            if self._model is None:
                self._model = self._load_model()
        return self._model

    def _load_model(self) -> Any:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # installed but broken (e.g. torch missing): the same advice
            raise ConfigError(f"{ST_MISSING} ({exc})") from exc
        path = Path(self.model_name_or_path).expanduser()
        looks_like_path = path.is_absolute() or self.model_name_or_path.startswith((".", "~"))
        if looks_like_path and not path.is_dir():
            raise ConfigError(
                f"Embedding model folder '{self.model_name_or_path}' does not exist. Set BOT_EMBED_MODEL to a "
                "folder holding a saved sentence-transformers model, or use BOT_EMBEDDER=offline."
            )
        try:
            return SentenceTransformer(
                str(path) if path.is_dir() else self.model_name_or_path,
                device=self.device,
                cache_folder=self.cache_folder,
                local_files_only=True,
            )
        except Exception as exc:  # OSError, ValueError, HF hub errors: all mean "not usable from disk"
            raise ConfigError(
                f"Embedding model '{self.model_name_or_path}' could not be loaded from local files "
                f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'}). Models are "
                "never downloaded at run time: put the model in a local folder (SentenceTransformer.save) and "
                "set BOT_EMBED_MODEL to that path, or use BOT_EMBEDDER=offline."
            ) from exc


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for (the one place that chooses)."""
    if settings.embedder == "offline":
        return OfflineEmbedder(settings.offline_dim)
    if settings.embedder == "sentence-transformers":
        return SentenceTransformerEmbedder(settings.embed_model, settings.embed_batch_size)
    raise ConfigError(f"Unknown embedder '{settings.embedder}': use offline or sentence-transformers.")
