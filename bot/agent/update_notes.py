"""The "as of" notes of an answer: how old its cited sources are and what is known to have changed since (rows of
knowledge/rules/updates.yaml), the rows a question asks about, each note in the reply's language when the catalog
words it.

The catalog is passed in (``responses``); the repository's is used for callers that pass none.
"""

from __future__ import annotations

import re
from typing import Any

from bot.agent.responses import default_responses
from bot.contracts import Passage
from bot.rules import UpdateRule, UpdateRules
from bot.text import rx

# At most this many notes per answer: enough for "how old" and "what changed", short enough to read.
MAX_NOTES = 2



def _says(text: str, phrase: str) -> bool:
    """``phrase`` occurs in lower-case ``text`` as whole words (CJK phrases as plain substrings)."""
    left = r"(?<![a-z0-9])" if phrase[:1].isascii() and phrase[:1].isalnum() else ""
    right = r"(?![a-z0-9])" if phrase[-1:].isascii() and phrase[-1:].isalnum() else ""
    return rx.search(left + re.escape(phrase) + right, text) is not None



def passage_programs(passage: Passage, updates: UpdateRules) -> set[str]:
    """The programs a passage is about: those its section heading names, else its text, else its document's.

    A document can cover several programs (the WAASA page has a Technical Intern Training section), so the
    heading speaks before the document's front-matter program.
    """
    for text in (passage.section.lower(), passage.text.lower()):
        named = {p for p, phrases in updates.programs.items() if any(_says(text, ph) for ph in phrases)}
        if named:
            return named
    return {passage.program} if passage.program else set()



def _applies(row: UpdateRule, programs: set[str], text: str) -> bool:
    return (
        bool(programs.intersection(row.programs))
        and all(_says(text, ph) for ph in row.requires)
        and (not row.topics or any(_says(text, ph) for ph in row.topics))
    )



def _cite(rows: list[UpdateRule]) -> str:
    return ", ".join(f"`{row.id}` ({row.confidence})" for row in rows)



class Note(str):
    """A note's text, knowing the language it is written in: a reply in another language shows an English
    note marked as English (``note_line``)."""

    lang: str = "en"



def _note(text: str, lang: str) -> Note:
    note = Note(text)
    note.lang = lang
    return note



def _row_note(row: UpdateRule, updates: UpdateRules, as_of: str | None, responses: Any, lang: str) -> Note:
    """One row's note in ``lang``: the catalog's ``update_note.<id>`` (the row's values as ``d``, its cited rows'
    as ``c``, the passage's date in that language as ``as_of``), else the row's English note."""
    cited = updates.cited_data(row)
    key = "update_note." + row.id.removeprefix("updates.")
    if responses is None and lang == "en":  # a note that needs rule values is worded by the catalog
        responses = default_responses()
    if responses is not None and responses.has(key, lang):
        try:
            return _note(responses.say(key, lang, as_of=_as_of(as_of, responses, lang), d=row.data, c=cited), lang)
        except Exception:  # a value the template does not know: the English note is shown instead
            import logging

            logging.getLogger(__name__).warning("could not render %s for %s", key, lang, exc_info=True)
    return _note(row.render_note(as_of or "no date given", cited), "en")



def _as_of(as_of: str | None, responses: Any, lang: str) -> str:
    """A source's date in the reply's language (``update_note.as_of``: its own words for no date)."""
    if not responses.has("update_note.as_of", lang):
        return as_of or "no date given"
    return responses.say("update_note.as_of", lang, as_of=as_of or "")



def passage_notes(passage: Passage, updates: UpdateRules, responses: Any = None, lang: str = "en") -> list[str]:
    """The notes of the update rows that apply to one passage, most specific first, each citing its rows; in
    ``lang`` when the response catalog words the row in it, else in English."""
    programs = passage_programs(passage, updates)
    text = f"{passage.section}\n{passage.text}".lower()
    applying = [row for row in updates.updates if row.note and _applies(row, programs, text)]
    specific = [row for row in applying if not row.fallback and (row.topics or row.requires)]
    general = [row for row in applying if not row.fallback and not (row.topics or row.requires)]
    covered = {p for row in specific + general for p in row.programs}
    fallback = [row for row in applying if row.fallback and not covered.intersection(row.programs)]
    return row_notes([*specific, *general, *fallback], updates, passage.as_of, responses, lang)



def row_notes(rows: list[UpdateRule], updates: UpdateRules, as_of: str | None, responses: Any = None,
              lang: str = "en") -> list[str]:
    """Each row's note (in ``lang`` when the catalog words it), citing the row and the rows it also cites."""
    by_id = {row.id: row for row in updates.updates}
    notes: list[str] = []
    for row in rows:
        cited = [row, *(by_id[c] for c in row.also_cites)]
        note = _row_note(row, updates, as_of, responses, lang)
        notes.append(_note(f"{note} [{_cite(cited)}]", note.lang))
    return notes



def asked_updates(query: str, passages: list[Passage], updates: UpdateRules | None, responses: Any = None
                  ) -> list[UpdateRule]:
    """The update rows (with a note) whose change the question asks about (``update_asks`` of
    knowledge/answer_types.yaml: "will the program still exist then?"), of the programs the question names,
    else of the program its best passage is about."""
    if updates is None:
        return []
    types = getattr(responses, "answer_types", None)
    if types is None or not hasattr(types, "asked_update_rows"):
        from bot.answers.types import AnswerTypes

        types = AnswerTypes.load()
    ids = types.asked_update_rows(query)
    text = query.lower()
    # a question whether what it states is still so ("only construction and shipbuilding can move up to No. 2: is that
    # still true?", 「2号は建設と造船だけとありますが、今もそうですか」) asks about the rows whose topics it names
    named = [row.id for row in updates.updates if row.topics and not row.fallback and row.id not in ids
             and all(_says(text, ph) for ph in row.requires) and any(_says(text, ph) for ph in row.topics)] \
        if hasattr(types, "asks_still_current") and types.asks_still_current(query) else []
    ids = [*ids, *named]
    if not ids:
        return []
    programs = {p for p, phrases in updates.programs.items() if any(_says(text, ph) for ph in phrases)}
    if not programs and passages:
        programs = passage_programs(passages[0], updates)
    by_id = {row.id: row for row in updates.updates}
    return [by_id[i] for i in ids if i in by_id and by_id[i].note and programs.intersection(by_id[i].programs)]



def named_update_rows(query: str, updates: UpdateRules | None, responses: Any = None) -> list[UpdateRule]:
    """The asked update rows (``asked_updates``) that answer the question themselves, of a program the question
    names ("my cousin wants to come as a technical intern after the change. will that program still exist then?"):
    such a question is answered by the rows however weakly the documents match its other words (the program is named,
    so no passage is needed to tell which program it is about)."""
    if updates is None:
        return []
    text = query.lower()
    if not any(_says(text, ph) for phrases in updates.programs.values() for ph in phrases):
        return []
    return [row for row in asked_updates(query, [], updates, responses) if row.answers]



def date_notes(
    passages: list[Passage], updates: UpdateRules | None = None, responses: Any = None, lang: str = "en"
) -> list[str]:
    """Say how old the cited sources are and what is known to have changed since (rows of updates.yaml).

    The first cited passage carries the answer, so its notes come first; at most MAX_NOTES in all. A
    passage no row covers gets its own date. Each note in ``lang`` when ``responses`` words it in it (else in
    English); ``note_line`` shows one.
    """
    chosen: list[str] = []
    seen_docs: set[str] = set()
    for passage in passages:
        notes = passage_notes(passage, updates, responses, lang) if updates is not None else []
        if not notes and passage.as_of and passage.doc_id not in seen_docs:
            if lang != "en" and responses is not None and responses.has("update_note.source_dated", lang):
                notes = [_note(responses.say("update_note.source_dated", lang,
                                             as_of=_as_of(passage.as_of, responses, lang)), lang)]
            else:
                notes = [_note(f"Source dated {passage.as_of}.", "en")]
        seen_docs.add(passage.doc_id)
        chosen.extend(n for n in notes if n not in chosen)
    return chosen[:MAX_NOTES]



def note_line(note: str, responses: Any = None, lang: str = "en") -> str:
    """One note as a line of the reply: ``update_note.line`` when it is in the reply's language and that is not
    English, else ``knowledge.note`` (which a Japanese catalog words as an English original)."""
    responses = responses or default_responses()
    own = getattr(note, "lang", "en") == lang != "en" and responses.has("update_note.line", lang)
    return responses.say("update_note.line" if own else "knowledge.note", lang, note=note)
