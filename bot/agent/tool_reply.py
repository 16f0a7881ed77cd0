"""A calculator's result in words: the verdict first, then the explanation and what was assumed, with the folded
details (values used, notes, rule rows); a tool's error; and the one question for what is still missing.

Every sentence comes from the response catalog passed in (``responses``); nothing here knows a rule value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.agent.responses import default_responses


def _rule_ref(rule: dict[str, Any]) -> str:
    # The rule texts and source titles stay in the tool call record; the details name each row and how
    # sure it is, so a reader can look it up without the answer repeating every rule.
    rule_id = rule.get("id") or rule.get("rule_id") or "?"
    confidence = rule.get("confidence")
    return f"`{rule_id}`" + (f" ({confidence})" if confidence else "")



def describe_args(args: dict[str, Any], responses: Any = None, lang: str = "en", shares: bool = False) -> str:
    """What the calculator was run with, in words ("full-time employees: 45; occupation: general"); with
    ``shares`` (a plan given in percentages) a slot the catalog words as a share (``slot_share``) is said as one
    (the required work share in percent)."""
    responses = responses or default_responses()
    sep = "、" if lang == "ja" else "; "
    colon = "：" if lang == "ja" else ": "
    parts = []
    for key, value in args.items():
        if shares and responses.has(f"slot_share.{key}", lang):
            parts.append(f"{responses.say(f'slot_share.{key}', lang)}{colon}{responses.value(value, lang)}%")
            continue
        label = responses.say(f"slot.{key}", lang) if responses.has(f"slot.{key}", lang) else key
        parts.append(f"{label}{colon}{responses.value(value, lang)}")
    return sep.join(parts)



def tool_title(name: str, responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    key = f"tool.{name}.title"
    return responses.say(key, lang) if responses.has(key, lang) or responses.has(key, "en") else name



@dataclass
class ToolAnswer:
    answer: str
    details: str



def compose_tool_reply(
    name: str, result: dict[str, Any], assumptions: list[str], args: dict[str, Any] | None = None,
    responses: Any = None, lang: str = "en", *, percent_plan: bool = False, other: bool = False,
    claims: list[dict[str, Any]] | None = None, plan_unit: str = "",
) -> ToolAnswer:
    """The answer (verdict first, then the explanation and what was assumed) and the folded details
    (values used, notes, rule rows). ``other``: the result is another person's (a friend asked about beside the
    user): the catalog's templates word it in the third person ("They cannot apply"), never the tool's "you"."""
    responses = responses or default_responses()
    title = tool_title(name, responses, lang)
    # a plan given in percentages: the calculator ran on parts of a whole, so its total is no figure the user
    # gave ("of the whole plan", not "of 100 hours"); the catalog's templates say so when ``percent`` is set
    extra: dict[str, Any] = {"percent": True} if percent_plan else {}
    if other:
        extra["other"] = True
    if plan_unit:  # a plan given in days, weeks or months: its total is said in that unit ("of N months")
        extra["unit"] = plan_unit
    lead = _render_or_empty(responses, f"tool.{name}.lead", lang, result, **extra)
    if lang == "en" and not percent_plan and not other and not plan_unit:
        explanation = str(result.get("explanation") or "").strip()
    else:
        explanation = " ".join(_render_or_empty(responses, f"tool.{name}.explanation", lang, result, **extra).split())
        if not lead and not explanation:  # a result shape the catalog does not know: show the tool's words
            explanation = str(result.get("explanation") or "").strip()
    # answer first: the verdict sentence, then the explanation; the tool's title heads the folded working
    lines: list[str] = []
    confirmed = claim_lines(claims or [], result, responses, lang)
    if confirmed:
        lines += [("" if lang == "ja" else " ").join(confirmed), ""]  # Japanese sentences join with no space
    if lead:
        lines += [lead, ""]
    if explanation:
        lines += [explanation]
    after = _render_or_empty(responses, f"tool.{name}.after", lang, result)
    if after:
        lines += ["", after]
    assumptions = [*assumptions, *(a for a in assumed_findings(result, responses, lang) if a not in assumptions)]
    if assumptions:
        lines += ["", responses.say("calc.assumed", lang, assumptions=("、" if lang == "ja" else "; ").join(assumptions))]
    details: list[str] = [f"**{title}**"]
    if args:
        details.append(responses.say("calc.checked_with", lang, values=describe_args(args, responses, lang, percent_plan)))
    details += _notes(result, responses, lang, **extra)
    rules = [r for r in result.get("rules_used") or [] if isinstance(r, dict)]
    if rules:
        details.append(responses.say("calc.rules_used", lang, rules_list=", ".join(_rule_ref(r) for r in rules)))
    return ToolAnswer(answer="\n".join(lines).strip(), details="\n\n".join(details))



def claim_lines(claims: list[dict[str, Any]], result: dict[str, Any], responses: Any, lang: str) -> list[str]:
    """A figure the user asked to confirm ("so the basic quota is 6, right?"), answered first: yes, or no with the right
    figure (responses ``claim.right`` / ``claim.wrong``, per result field); nothing for a field the result lacks."""
    lines = []
    for claim in claims:
        field, value = claim.get("field"), claim.get("value")
        right = result.get(field) if field else None
        if claim.get("wanted"):
            # a number wanted asked against the limit ("we want 2 at once, is that possible?"): whether it fits, first
            if isinstance(right, int) and not isinstance(right, bool) and isinstance(value, (int, float)):
                key = "reading.count_wanted_over" if value > right else "reading.count_wanted_within"
                lines.append(responses.say(key, lang, field=field, wanted=value, limit=right,
                                           count=result.get("full_time_employees")))
            continue
        if claim.get("held"):
            # the trainees held now against the limit computed: over it by how many, or within it
            if isinstance(right, int) and not isinstance(right, bool) and isinstance(value, (int, float)):
                key = "reading.count_held_over" if value > right else "reading.count_held_within"
                if claim.get("room") and value <= right:
                    key = "reading.count_held_room"  # "how many more?": the limit less those held
                lines.append(responses.say(key, lang, field=field, held=value, limit=right, over=value - right,
                                           room=right - value, count=result.get("full_time_employees")))
            continue
        if right is None or isinstance(right, bool) or not responses.has(f"claim.wrong.{field}", lang):
            continue
        key = "claim.right" if right == value else "claim.wrong"
        lines.append(responses.say(f"{key}.{field}", lang, claimed=value, right=right))
    return lines



ASSUMED_SUFFIX = "_assumed"



def assumed_findings(result: dict[str, Any], responses: Any, lang: str) -> list[str]:
    """What a calculator assumed that changes its numbers, in the reply's language: every finding whose code
    ends in ``_assumed`` or that the catalog lists under ``assumed_finding``, through
    ``assumed_finding.<code>`` (else the finding's own note, else its code in words)."""
    out: list[str] = []
    for finding in result.get("findings") or []:
        if not isinstance(finding, dict):
            continue
        code = str(finding.get("code") or "")
        key = f"assumed_finding.{code}"
        if not (code.endswith(ASSUMED_SUFFIX) or responses.has(key, lang) or responses.has(key, "en")):
            continue
        params = finding.get("params") or {}
        text = ""
        for candidate in (key, f"finding.{code}"):
            if responses.has(candidate, lang) or responses.has(candidate, "en"):
                try:
                    text = responses.say(candidate, lang, p=params)
                except Exception:  # a parameter the template does not know: try the next wording
                    text = ""
            if text:
                break
        text = text or code.removesuffix(ASSUMED_SUFFIX).replace("_", " ")
        if text not in out:
            out.append(text)
    return out



def _notes(result: dict[str, Any], responses: Any, lang: str, **extra: Any) -> list[str]:
    """The tool's notes in the reply's language: each finding through its template (`finding.<code>`); the
    tool's English notes, marked as such, when a finding has no template in that language yet. ``extra``
    (a plan given in percentages) words the findings again in English too."""
    notes = [str(n) for n in result.get("notes") or [] if str(n).strip()]
    if lang == "en" and not extra:
        return [responses.say("knowledge.note", lang, note=n) for n in notes]
    findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]
    rendered: list[str] = []
    complete = bool(findings)
    for finding in findings:
        key = f"finding.{finding.get('code')}"
        if responses.has(key, lang):
            try:
                text = responses.say(key, lang, p=finding.get("params") or {}, r=result, **extra)
            except Exception:  # a parameter the template does not know: keep the tool's own words
                complete = False
                continue
            if text:
                rendered.append(responses.say("knowledge.note", lang, note=text) if lang == "en" else f"_{text}_")
        else:
            complete = False
    if complete or not notes:
        return rendered
    return [*rendered, responses.say("notes.in_source_language", lang), *[f"- {n}" for n in notes]]



def _render_or_empty(responses: Any, key: str, lang: str, result: dict[str, Any], **extra: Any) -> str:
    if not responses.has(key, lang):
        return ""
    findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]

    def said(finding: dict[str, Any]) -> str:
        return responses.say(f"finding.{finding.get('code')}", lang, p=finding.get("params") or {}, r=result, **extra)

    try:
        return responses.say(key, lang, r=result, findings=findings, said=said, **extra)
    except Exception:  # a result without a field the template names: the tool's own words are shown instead
        import logging

        logging.getLogger(__name__).warning("could not render %s for %s", key, lang, exc_info=True)
        return ""



def compose_tool_answer(
    name: str, result: dict[str, Any], assumptions: list[str], args: dict[str, Any] | None = None,
    responses: Any = None, lang: str = "en",
) -> str:
    """Answer and details in one text (for callers that show one block)."""
    reply = compose_tool_reply(name, result, assumptions, args, responses, lang)
    return f"{reply.answer}\n\n{reply.details}".strip()



def compose_tool_error(name: str, error: str, responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    return responses.say("calc.tool_error", lang, title=tool_title(name, responses, lang), error=error.strip())



# --- follow-up questions -----------------------------------------------------------------------------------
GROUPS = {
    ("required_hours", "related_hours", "peripheral_hours"): "training_hours",
    ("practical_hours", "total_hours"): "course_hours",
    ("mode", "days"): "internship",
}



def follow_up_question(missing: list[str], responses: Any = None, lang: str = "en") -> str:
    """One question asking for everything still missing (people answer several at once)."""
    responses = responses or default_responses()
    key = tuple(missing)
    for group, name in GROUPS.items():
        if set(key) == set(group) or (len(key) > 1 and set(key) <= set(group)):
            return responses.say(f"ask.group.{name}", lang)
    if len(missing) == 1:
        slot = missing[0]
        if responses.has(f"ask.{slot}", lang):
            return responses.say(f"ask.{slot}", lang)
        return responses.say("ask.other", lang, slot=slot.replace("_", " "))
    parts = [responses.say(f"ask.name.{m}", lang) if responses.has(f"ask.name.{m}", lang) else m.replace("_", " ")
             for m in missing]
    joiner = responses.say("ask.and", lang) if lang == "ja" else " and "
    if lang == "ja":
        listed = joiner.join(parts)
    else:
        listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    return responses.say("ask.several", lang, listed=listed)
