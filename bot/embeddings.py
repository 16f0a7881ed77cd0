"""Text embedders behind one small protocol: an offline default that needs no weights, and
sentence-transformers models loaded by name or local path (torch is imported only when one is used)."""

from __future__ import annotations

import re
import threading
import unicodedata
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import mmh3
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
    """Hashed word 1-2 grams plus character n-grams, L2-normalised.

    Deterministic, no fitted vocabulary and no downloaded weights: the same text gives the same vector on
    any machine, so a fresh install can index and search at once. Character n-grams within word
    boundaries keep some robustness to inflections, typos and unsegmented scripts such as Japanese.

    The features are scikit-learn's ``HashingVectorizer`` (words ``(?u)\\b\\w+\\b`` 1-2 grams and ``char_wb``
    3-5 grams, lower-cased, accents stripped, signed 32-bit MurmurHash3 with seed 0, alternate sign, each
    side L2-normalised), computed here with ``mmh3`` and numpy so that start-up does not pay for
    scikit-learn, scipy and pandas (about a second). ``v2`` marks that switch: the vectors agree with v1
    to float32 rounding (tests/test_embeddings.py), and an index built with v1 asks for a rebuild.
    """

    VERSION = "v2"
    _CACHE_LIMIT = 2_000_000  # hashed features remembered (about 200 MB at the limit); cleared when full

    def __init__(self, dim: int = 1024, *, word_weight: float = 0.6) -> None:
        if dim < 16:
            raise ConfigError(f"offline embedder dimension must be at least 16, got {dim}")
        self._dim = dim
        self._word_weight = word_weight
        self.name = f"offline-hash-{self.VERSION}-{dim}"
        # feature -> signed (index + 1): the sign is the hash's, the index its bucket.
        self._codes: dict[str, int] = {}
        self._lock = threading.Lock()

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
        docs = [_preprocess(t if isinstance(t, str) else "") for t in texts]
        words = self._hashed([_word_features(d) for d in docs])
        chars = self._hashed([_char_wb_features(d) for d in docs])
        matrix = self._word_weight * words + np.float32(1.0 - self._word_weight) * chars
        _l2_normalise(matrix)
        return matrix.astype(np.float32, copy=False)

    def _hashed(self, features: list[list[str]]) -> np.ndarray:
        """One L2-normalised row of signed feature counts per document (float32, like scikit-learn)."""
        dim = self._dim
        codes = self._codes
        rows: list[int] = []
        cells: list[int] = []
        for r, feats in enumerate(features):
            for feat in feats:
                code = codes.get(feat)
                if code is None:
                    code = self._code(feat)
                rows.append(r)
                cells.append(code)
        out = np.zeros((len(features), dim), dtype=np.float32)
        if cells:
            signed = np.asarray(cells, dtype=np.int64)
            flat = np.asarray(rows, dtype=np.int64) * dim + (np.abs(signed) - 1)
            counts = np.bincount(flat, weights=np.sign(signed), minlength=len(features) * dim)
            out[:] = counts.reshape(len(features), dim)
        _l2_normalise(out)
        return out

    def _code(self, feat: str) -> int:
        h = mmh3.hash(feat.encode("utf-8"), 0, signed=True)
        index = (2147483647 - (self._dim - 1)) % self._dim if h == -2147483648 else abs(h) % self._dim
        code = index + 1 if h >= 0 else -(index + 1)
        if len(self._codes) >= self._CACHE_LIMIT:
            with self._lock:
                self._codes = {}
        self._codes[feat] = code
        return code


_WORD_RE = re.compile(r"(?u)\b\w+\b")
_SPACES_RE = re.compile(r"\s\s+")


def _preprocess(text: str) -> str:
    """Lower-case, then strip accents (NFKD without combining marks) unless the text is ASCII."""
    text = text.lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _word_features(text: str) -> list[str]:
    tokens = _WORD_RE.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def _char_wb_features(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries, each word padded with one space on both sides."""
    out: list[str] = []
    append = out.append
    for word in _SPACES_RE.sub(" ", text).split():
        w = f" {word} "
        size = len(w)
        for n in range(low, high + 1):
            if size <= n:  # a short word counts once, whole
                append(w)
                break
            for offset in range(size - n + 1):
                append(w[offset : offset + n])
    return out


def _l2_normalise(matrix: np.ndarray) -> None:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    # An empty or symbol-only text hashes to nothing: leave it as the zero vector rather than divide by 0.
    np.divide(matrix, norms, out=matrix, where=norms > 0)


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
