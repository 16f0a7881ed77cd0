"""Tools compute; templates speak: a tool result's ``explanation`` and ``notes`` rendered from its findings.

A tool returns numbers, verdicts and coded findings (code, parameters, rule ids). The words a person reads come
from the response catalog (knowledge/responses/<lang>.yaml): ``tool.<name>.explanation`` renders the result
(``r``, with its findings as ``findings``) and each finding renders through ``finding.<code>`` (``p`` = its
parameters) into a note; a finding whose template is empty says nothing as a note (it is part of the
explanation). ``run_tool`` calls ``speak`` once, so the CLI, the UI, the agent and the LangChain tools all get
the same words.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

RESPONSES_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "responses"


def responses_dir_for(rules: Any) -> Path:
    """The response catalog beside the rule book's folder (``<knowledge>/rules`` -> ``<knowledge>/responses``),
    so the configured knowledge folder (BOT_KNOWLEDGE_DIR) speaks for its own rules; the repository's catalog
    only when that folder has none."""
    rules_dir = getattr(rules, "rules_dir", None)
    if rules_dir is not None:
        beside = Path(rules_dir).parent / "responses"
        if (beside / "en.yaml").is_file():
            return beside
    return RESPONSES_DIR

_LOCK = threading.Lock()
_CATALOGS: dict[int, tuple[Any, Any]] = {}


def catalog_for(rules: Any) -> Any:
    """The response catalog of ``rules``' knowledge folder (responses_dir_for), with ``rules`` in its template
    context (one per rule book). Callers that hold a catalog (the Bot, the CLI) pass it instead."""
    with _LOCK:
        cached = _CATALOGS.get(id(rules))
        if cached is not None and cached[0] is rules:
            return cached[1]
        from bot.agent.responses import Responses

        responses = Responses(responses_dir_for(rules), rules)
        _CATALOGS[id(rules)] = (rules, responses)
        return responses


def speak(name: str, result: dict[str, Any], responses: Any, lang: str = "en") -> dict[str, Any]:
    """``result`` (a tool's JSON result) with ``explanation`` and ``notes`` rendered in ``lang``.

    Before them, the result's other words: ``tool.<name>.fields.<field>`` renders a top-level text field (empty:
    null) and ``tool.<name>.items.<list>.<field>`` a text field of each element ``c`` of a list.
    """
    result = dict(result)
    fields = responses.entry(f"tool.{name}", "en").get("fields") or {}
    for field in fields:
        text = responses.say(f"tool.{name}.fields.{field}", lang, r=result)
        result[field] = text or None
    items = responses.entry(f"tool.{name}", "en").get("items") or {}
    for list_name, texts in items.items():
        elements = []
        for element in result.get(list_name) or []:
            element = dict(element)
            for field in texts:
                text = responses.say(f"tool.{name}.items.{list_name}.{field}", lang, r=result, c=element)
                element[field] = " ".join(text.split())
            elements.append(element)
        result[list_name] = elements
    findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]
    if isinstance(responses.entry(f"tool.{name}", "en").get("missing"), dict):  # "slot: what is needed"
        result["missing"] = [
            f"{f['params']['slot']}: " + responses.say(f"tool.{name}.missing.{f['params']['need']}", lang,
                                                       p=f["params"], r=result)
            for f in findings if f.get("code") == "missing"
        ]

    def said(finding: dict[str, Any]) -> str:
        return responses.say(f"finding.{finding.get('code')}", lang, p=finding.get("params") or {}, r=result)

    explanation = responses.say(f"tool.{name}.explanation", lang, r=result, findings=findings, said=said)
    if not explanation.strip() and responses.has(f"tool.{name}.lead", lang):
        # a catalog that says everything in the verdict sentence: that sentence is the explanation
        explanation = responses.say(f"tool.{name}.lead", lang, r=result)
    notes = [text for text in map(said, findings) if text]
    return {**result, "explanation": " ".join(explanation.split()), "notes": notes}


def finding_codes(result: dict[str, Any]) -> list[str]:
    return [str(f.get("code")) for f in result.get("findings") or [] if isinstance(f, dict)]


def spoken(name: str, result: Any, rules: Any, lang: str = "en", responses: Any = None) -> Any:
    """A tool's result model with its words filled in (for callers of the pure function, such as tests)."""
    return type(result).model_validate(speak(name, result.model_dump(mode="json"), responses or catalog_for(rules),
                                             lang))
