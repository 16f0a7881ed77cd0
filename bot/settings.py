"""One typed settings tree for the whole bot (env prefix ``BOT_``, ``.env`` supported).

Built once at an entry point (CLI, app.py, a benchmark) and passed down; nothing reads the
environment at import time.

Every knob is defined once, with its default, on ``Settings``. ``Settings.tree()`` shows them grouped
(paths, index, retrieval, agent, app), and each can be set by its flat name (``BOT_LLM``) or by its place in
the tree (``BOT_AGENT__LLM``); the flat name wins when both are set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, EnvSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict

EmbedderName = Literal["offline", "sentence-transformers"]


# Where each knob sits in the tree; a field not listed here shows under "other".
GROUPS: dict[str, tuple[str, ...]] = {
    "paths": ("data_dir", "knowledge_dir", "eval_dir"),
    "index": ("chroma_url", "collection", "embedder", "embed_model", "offline_dim", "embed_batch_size",
              "chunk_size", "chunk_overlap"),
    "retrieval": ("retrieval_k", "relevance_threshold", "retrieval_dense_weight", "retrieval_fusion"),
    "agent": ("llm", "llm_temperature", "answer_language", "sentence_selector", "max_message_chars",
              "max_history_turns", "max_sessions"),
    "app": ("host", "port", "staff_username", "staff_password", "upload_max_bytes", "staff_login_limits",
            "staff_upload_limits", "max_documents"),
}


class TreeEnvSource(EnvSettingsSource):
    """``BOT_<GROUP>__<FIELD>`` environment variables, read as the flat field they name."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        for group, names in GROUPS.items():
            if field_name in names:
                key = f"{self.env_prefix}{group}__{field_name}"
                for name, value in self.env_vars.items():
                    if name.lower() == key.lower():
                        return value, field_name, False
        return None, field_name, False


class Settings(BaseSettings):
    """Every knob of the bot. Each field is also an environment variable: ``BOT_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="BOT_", env_file=".env", extra="ignore")

    # --- where things live -------------------------------------------------------------------
    data_dir: Path = Field(Path("data"), description="Index, feedback and reports live here.")
    knowledge_dir: Path = Field(
        Path("knowledge"), description="Folder with docs/ (Markdown sources) and rules/ (rule tables)."
    )

    # --- index ---------------------------------------------------------------------------------
    chroma_url: str | None = Field(
        None, description="When set (e.g. http://127.0.0.1:8000), use a Chroma server via HttpClient."
    )
    collection: str = Field("knowledge", description="Chroma collection name.")
    embedder: EmbedderName = Field(
        "offline", description="offline: hashed n-gram vectors, no weights; sentence-transformers: a model."
    )
    embed_model: str = Field(
        "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        description="sentence-transformers model name or local path (used when embedder=sentence-transformers).",
    )
    offline_dim: int = Field(1024, ge=64, le=16384, description="Vector size of the offline embedder.")
    embed_batch_size: int = Field(64, ge=1, le=4096, description="Texts embedded per batch.")
    chunk_size: int = Field(900, ge=100, le=8000, description="Target chunk size in characters.")
    chunk_overlap: int = Field(120, ge=0, le=2000, description="Overlap between neighbouring chunks.")

    # --- retrieval -----------------------------------------------------------------------------
    retrieval_k: int = Field(5, ge=1, le=50, description="Passages returned by default.")
    relevance_threshold: float = Field(
        0.5, ge=0.0, le=1.0, description="Confidence below which a search means 'nothing relevant'."
    )
    retrieval_dense_weight: float = Field(
        0.2, ge=0.0, le=10.0,
        description="Weight of the dense (vector) ranking in the fusion, BM25 = 1. Raise it for a strong "
        "sentence-transformers model; 0.2 is best for the offline embedder (eval/retrieval_eval.py).",
    )
    retrieval_fusion: Literal["rrf", "relative"] = Field(
        "rrf",
        description="How the BM25 and dense rankings are combined: 'rrf' (weighted reciprocal ranks, the default) "
        "or 'relative' (min-max normalised scores, keeps score margins; better retrieval figures in-sample but "
        "fewer answers right end to end with the offline embedder: README, Retrieval).",
    )

    # --- agent ---------------------------------------------------------------------------------
    llm: str | None = Field(
        None, description="provider:model for init_chat_model (e.g. openai:gpt-4o-mini); unset = built-in policy."
    )
    llm_temperature: float = Field(0.0, ge=0.0, le=2.0, description="Sampling temperature of the LLM.")
    answer_language: Literal["auto", "en", "ja"] = Field(
        "auto", description="Language of the replies: auto (the language of each message), en or ja."
    )
    sentence_selector: Literal["lexical"] = Field(
        "lexical", description="How answers choose the sentences they quote (bot/agent/selection.py)."
    )
    max_message_chars: int = Field(4000, ge=100, le=100_000, description="Longer user messages are cut.")
    max_history_turns: int = Field(20, ge=1, le=200, description="Turns of history kept per conversation.")
    max_sessions: int = Field(1000, ge=1, le=1_000_000, description="Conversations kept in memory at once.")

    # --- app -----------------------------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address the Gradio app listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port the Gradio app listens on.")
    staff_username: str | None = Field(None, description="Staff login; the staff tab is off when unset.")
    staff_password: SecretStr | None = Field(None, description="Staff password; the staff tab is off when unset.")
    upload_max_bytes: int = Field(1_000_000, ge=1, le=50_000_000, description="Largest document upload.")
    eval_dir: Path = Field(
        Path("eval"), description="Folder with datasets/*.jsonl and thresholds.toml the staff page evaluates."
    )

    # --- hardening (limits at every entrance) -----------------------------------------------------
    staff_login_limits: str = Field(
        "5/minute;20/hour;100/day",
        description="Failed staff log-ins allowed per user name and per client address (limits syntax); "
        "past any of them the login is locked until the window frees.",
    )
    staff_upload_limits: str = Field("30/hour", description="Document uploads allowed per staff user.")
    max_documents: int = Field(2000, ge=1, le=1_000_000, description="Uploads are refused past this many documents.")

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # flat names first (today's BOT_* keep working), then the tree's names
        return (init_settings, env_settings, TreeEnvSource(settings_cls, case_sensitive=False,
                env_prefix="BOT_"), dotenv_settings, file_secret_settings)

    def tree(self) -> dict[str, dict[str, Any]]:
        """The settings grouped as a tree (secrets masked): what `bot` prints and staff read."""
        out: dict[str, dict[str, Any]] = {group: {} for group in GROUPS}
        placed = {name: group for group, names in GROUPS.items() for name in names}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                value = "********" if value.get_secret_value() else None
            out.setdefault(placed.get(name, "other"), {})[name] = value
        return out

    # --- derived paths ---------------------------------------------------------------------------
    @property
    def docs_dir(self) -> Path:
        return self.knowledge_dir / "docs"

    @property
    def rules_dir(self) -> Path:
        return self.knowledge_dir / "rules"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def feedback_file(self) -> Path:
        return self.data_dir / "feedback.jsonl"

    @property
    def audit_file(self) -> Path:
        return self.data_dir / "staff-audit.jsonl"

    @property
    def staff_enabled(self) -> bool:
        return bool(self.staff_username and self.staff_password and self.staff_password.get_secret_value())
