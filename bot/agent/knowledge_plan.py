"""Planning a knowledge question: what to search for (the question without its lead-in, the previous topic or
program for a follow-up), the search call, and the rule book's own statement of what it asks.

The answer side reads the same rule statement back (``with_rule_text``).
"""

from __future__ import annotations

import re

from typing import Any

from bot.agent import compose, nlu
from bot.agent.conversation import DialogueState
from bot.agent.routing import outside_request, stated_task
from bot.agent.search_tool import SEARCH_TOOL_NAME
from bot.agent.steps import CallTools, Plan, Step, Turn, default_tasks, final, tool_call
from bot.text import detect_language, has_cjk, rx
from bot.text.sentences import split_sentences
from bot.text.dates import moved_months, names_a_month_of_year


# Passages read for an extractive answer: a few more than are shown, because the sentence that answers is
# sometimes in a chunk ranked just below the top five.
KNOWLEDGE_K = 8



def plan_search(text: str, parsed: nlu.Parse, state: DialogueState, tool_names: set[str], prefix: str,
                turn: Turn | None = None) -> Step:
    turn = turn or Turn()
    if parsed.foreign_immigration:
        return _declined("refuse.foreign_immigration", state, turn)
    if outside_request(parsed):
        # a letter to write, a job in another country: nothing the documents or the calculators cover
        return _declined("refuse.not_found", state, turn)
    if writing_only(text, parsed, turn):
        # a speech, a letter, an email to write (「忘年会の挨拶文を作って」): no document answers it, whoever it is for
        return _declined("refuse.writing", state, turn)
    # an ask right after a claim the user heard or read (「…「2号に移れるのは建設と造船だけ」って見た。外食はやっぱり無理？」):
    # it asks whether the claim holds, so both are searched as one ask (the ask alone may name only what no document
    # states: 外食)
    claimed = claim_with_its_ask(text, parsed, turn)
    query = search_query(claimed or text, parsed, state, turn)
    # a follow-up asking its own question in the previous question's program ("got it. and how do we actually apply,
    # step by step?" after "when could we apply for the re-skills course certification?"): searched by its own words
    # in that program; the program's words before them rank the passages that repeat its name (a contact line naming
    # the "application procedures") above the one that answers
    own_search = _own_follow_up_search(text, parsed, state, query, turn) if not claimed else None
    # two asks joined in one sentence (「受付期間と、対象分野を教えてください」): each also searched on its own
    # (in the program the message names: 「特定技能1号…対象の分野がいくつあるかと、どうやったら…」 asks both of it)
    further = []
    lang = turn.lang
    program = turn.understander.program_of(text) if turn.understander is not None else None
    previous = turn.understander.program_of(state.last_topic) if turn.understander is not None and state.last_topic \
        else None
    if _named_only_as_origin(text, parsed, previous, turn):
        program = previous  # the other program is only where people come from: the asks are of the previous one
    items, lead = asks_in_order(text, parsed, turn)
    # (the later items of asks announced as a list are answered even when the first is not stated; noun phrases listed
    # under one request without an announcement, 「JIPの2025年度の応募締切日と選考結果の通知日を教えてください」, are
    # declined whole when the first is not: ``item`` only for the announced)
    pack = turn.pack(parsed.language)
    announced = items[1:] if items and pack is not None and any(listed_asks(p, pack) for p in _parts(text, turn)) else []
    pieces = _pieces_in_order(items, joined_asks(text, parsed, turn), turn)
    # what the asks are about, told outside them (the lead before listed asks, "Two questions on the Japan Internship
    # Program:"; a sentence that asks nothing, 「WAASAの活動記録について確認です。」): an ask not naming all it names is
    # searched with it
    told = _unannounced(lead, parsed, turn) if items else _told_subject(text, pieces, turn) if pieces else ""
    # a lead read as the user's introduction that names what the asks are about (pack act ``topic_statement``: "I am
    # reading about WAASA.", 「WAASAについて調べています。」) is their topic: the whole message is searched with it too
    topic = _topic_statement(parsed, turn)
    if topic and not told:
        told = topic
    # (a told sentence that states the asks' topic so, 「WAASAについて調べています。」, is the topic of every ask not naming it)
    topic = topic or (told if told and pack_act(turn, parsed, "topic_statement", told) else "")
    if topic and _concepts(topic, turn) - _concepts(text, turn):
        query = search_query(f"{topic}{'' if parsed.cjk else ' '}{text}", parsed, state, turn) or query

    def with_told(piece: str) -> str:
        # (a sentence that asks nothing is read with an ask only when the ask names nothing of its own, or asks for a
        # whole list of it; "I graduated 2 years ago." says nothing of what "can I apply for both?" asks; an ask whose
        # subject is the told topic's pronoun, pack act ``topic_pronoun``: "when did they visit CINGA?", 「その団体は…」,
        # is read with it whatever else it names)
        if told and _concepts(told, turn) - _concepts(piece, turn) and (
                items or not _concepts(piece, turn) or pack_act(turn, parsed, "list_request", piece)
                or pack_act(turn, parsed, "topic_pronoun", piece) or told == topic):
            return f"{told}{'' if parsed.cjk else ' '}{piece}"
        return piece

    first_program = None
    if items:
        # asks listed in order ("two details: the year ..., and the condition ..."): each answered by its own unit, in
        # order: the first item's is the answer, each later one's is added under it (the whole message would pick one
        # unit for all of them)
        first = with_told(items[0])
        query = search_query(first, turn.parse(first), state, turn) or query
        if program and turn.understander is not None and not turn.understander.program_of(first):
            first_program = program
    for at, piece in enumerate(pieces):
        read_as = with_told(piece)
        if at and read_as == piece and _refers_back(piece, pieces[at - 1], text, parsed, turn):
            # "Does Tokyo offer anything to help small companies, and who runs it?": "who runs it?" asks of what the ask
            # before it names
            read_as = f"{pieces[at - 1]}{'' if parsed.cjk else ' '}{piece}"
        if state.last_topic and pack_act(turn, parsed, "previous_unit", piece):
            # a contact asked by a pointer among joined asks (「そこの電話番号と、無料かどうか」 after Tokyo's support): of the
            # body the previous answer named, which the whole message's search keeps; searched alone, another program's
            # office would answer it
            continue
        own_program = _program_of_piece(piece, pieces, text, program, turn)
        asked = search_query(read_as, turn.parse(read_as), state, turn)
        if asked and own_program and turn.understander is not None and pack_act(turn, parsed, "program_reference", piece) \
                and not turn.understander.program_of(asked):
            # an ask referring to the program by a generic word (「また、…本プログラムに参加したことのある方を…」 after a JIP
            # ask): searched by that program's words, as the whole message's query names it
            asked = f"{turn.understander.program_terms(own_program)} {asked}"
        if asked and asked != query and all(f["query"] != asked for f in further):
            # (a later item of asks listed in order is answered even when the first is not stated: ``item``)
            further.append({"part": piece, "query": asked, **({"program": own_program} if own_program else {}),
                            **({"list": True} if pack_act(turn, parsed, "list_request", piece) else {}),
                            **({"item": True} if piece in announced else {}),
                            **({"reads": asked} if _rule_query(asked, turn) else {})})
    lone = _lone_ask(text, turn) if not pieces and not items else ""
    if lone:
        # one ask after sentences that ask nothing (「市の産業振興課の者です。…制度を紹介したいと考えております。最初の認定では、
        # どのような分野の講座が対象に…」): the whole message's words may rank the passage that answers it low; the ask is
        # also searched alone, in the program the message names
        asked = search_query(lone, turn.parse(lone), state, turn)
        if asked and asked != query:
            further.append({"part": lone, "query": asked, **({"program": program} if program else {}),
                            **({"list": True} if pack_act(turn, parsed, "list_request", lone) else {})})
    turn.lang = lang
    state.intent = None
    state.asked = []
    state.last_topic = query[:300]
    tasks = turn.tasks
    state.last_task = next((t for t in parsed.topics if t in tasks), None) or stated_task(parsed, tasks)
    # what a knowledge question states of a calculator's inputs ("can bangladeshi people apply ...?", "45 days")
    # is kept for that calculator: a task started later uses it with what the user adds then
    for name, task in tasks.tasks.items():
        kept = {k: v for k, v in {**parsed.context_slots, **parsed.slots}.items() if k in task.all_slots}
        if kept:
            state.slots.setdefault(name, {}).update(kept)
    if SEARCH_TOOL_NAME not in tool_names:
        return final(compose.not_found_answer(query, None, turn.r, turn.lang), state, refused=True, lang=turn.lang)
    plan = Plan(intent=nlu.KNOWLEDGE, state=state.to_dict(), query=query, prefix=prefix, lang=turn.lang,
                context=parsed.introduction, rule_text=rule_text(text, parsed, turn))
    args: dict[str, Any] = {"query": query, "k": KNOWLEDGE_K, **({"program": first_program} if first_program else {})}
    topic = tasks[state.last_task] if state.last_task in tasks else None
    understander = turn.understander
    if (parsed.asks_knowledge and topic is not None and topic.context is not None and topic.context.program
            and understander is not None and not understander.program_of(text) and asks_rule_limit(text, parsed, turn)):
        args["program"] = topic.context.program  # a calculator's limit asked: that program's passages
    plan.further = further
    # (its own search beside the one with the program's words: the answer reads it first when it finds anything
    # relevant, answer_step)
    own_call = ([tool_call(SEARCH_TOOL_NAME, {**args, **own_search})]
                if own_search is not None and not further and "program" not in args else [])
    calls = [tool_call(SEARCH_TOOL_NAME, args), *own_call,
             *(tool_call(SEARCH_TOOL_NAME, {"query": f["query"], "k": KNOWLEDGE_K,
                                            **({"program": f["program"]} if "program" in f else {})})
               for f in further)]
    for check in beside_checks(parsed, tool_names, turn):
        # the facts the user states about themselves beside the question ("I'm from the Philippines, 26, doing my
        # masters in Osaka ... what docs do I need?"): their check runs too, and the answer adds its verdict only when
        # a fact rules them out (answer_step.disqualified)
        plan.more.append(check)
        calls.insert(0, tool_call(check["tool"], check["args"]))
    return CallTools(calls=calls, plan=plan)



def _own_follow_up_search(text: str, parsed: nlu.Parse, state: DialogueState, query: str,
                          turn: Turn) -> dict[str, str] | None:
    """The search of a follow-up that asks its own question (pack act ``own_question``: "and how do we actually apply,
    step by step?") naming no program after a question on one: its own words (``query`` without the previous
    program's words ``search_query`` put before them) and that program as the filter. None for any other message."""
    understander = turn.understander
    pack = turn.pack(parsed.language)
    if understander is None or pack is None or not state.last_topic:
        return None
    previous = understander.program_of(state.last_topic)
    if understander.program_of(text) and not _by_its_people(text, parsed, previous, turn):
        return None
    if not previous or not _asks_its_own(text, pack) or stands_for_previous(text, parsed, state, turn) \
            or pack.act("own_subject", text):
        return None
    bare = DialogueState.from_dict(state.to_dict())
    bare.last_topic = ""
    own = search_query(text, parsed, bare, turn)
    if not own or own == query or not query.endswith(own):
        return None  # the previous program's words were not what was added (a rule query, the whole previous question)
    return {"query": own, "program": previous}


def _by_its_people(text: str, parsed: nlu.Parse, previous: str | None, turn: Turn | None) -> bool:
    """Whether ``text`` names the previous question's program only by its people (pack act ``program_by_its_people``:
    "how long can a trainee stay?", 実習生は): it names no other program, so it asks of the one talked about."""
    if not previous or turn is None or turn.understander is None:
        return False
    return (turn.understander.programs_named(text) == [previous]
            and pack_act(turn, parsed, "program_by_its_people", text))


def _named_only_as_origin(text: str, parsed: nlu.Parse, previous: str | None, turn: Turn | None) -> bool:
    """Whether ``text`` names programs other than the previous question's only as where people come from (pack act
    ``program_as_origin``: 「技能実習2号を終えた人は試験なしで1号になれる？」, "can those who completed technical intern
    training No.2 skip the tests?" after a Specified Skill question): it asks of the previous program's route."""
    if not previous or turn is None or turn.understander is None:
        return False
    pack = turn.pack(parsed.language)
    if pack is None or not pack.act("program_as_origin", text):
        return False
    named = turn.understander.programs_named(text)
    rest = " ".join(pack.act_split("program_as_origin", text))
    return bool(named) and previous not in named and not turn.understander.program_of(rest)


def _asks_its_own(text: str, pack: Any) -> bool:
    """Whether a follow-up asks a question of its own (pack act ``own_question``: "where can we send them?"), or
    whether a step or thing exists in the process talked about (``own_yes_no``: "after we submit the forms is there
    some interview?"): either is searched in the previous question's program when it names none."""
    return bool(pack.act("own_question", text) or pack.act("own_yes_no", text))


def is_own_follow_up_search(plan: Plan, args: dict[str, Any]) -> bool:
    """Whether a search call of ``plan`` is a follow-up's own search (``_own_follow_up_search``): in a program, by the
    end of the plan's query without the program's words before it."""
    query = args.get("query") or ""
    return (plan.intent == nlu.KNOWLEDGE and bool(args.get("program")) and bool(query) and query != plan.query
            and plan.query.endswith(query) and all(f["query"] != query for f in plan.further))


def _rule_query(query: str, turn: Turn) -> bool:
    """Whether ``query`` is a calculator's own rule query (tasks.yaml ``context.query``: what ``search_query`` searches
    for a rule limit asked, "how much time can each take?"): the ask's answer is selected by it, as a lone ask's is,
    not by the ask's words (which ask a duration the share does not state)."""
    return any(task.context is not None and task.context.query == query for task in turn.tasks.tasks.values())


def beside_checks(parsed: nlu.Parse, tool_names: set[str], turn: Turn) -> list[dict[str, Any]]:
    """The verdict checks (tasks.yaml ``verdict``) that the facts this message states imply (``implied_by``), of the
    program it asks about, each {"intent", "tool", "args", "assumptions", "beside": True}; none when it names a
    calculator (it would run as asked) or asks whether one may apply."""
    from bot.agent.assumptions import tool_args
    from bot.agent.routing import other_program, same_program

    if parsed.intents or parsed.asks_eligibility:
        return []
    stated = {**parsed.context_slots, **parsed.slots}
    out: list[dict[str, Any]] = []
    tasks = turn.tasks
    for name, task in tasks.tasks.items():
        if not task.verdict or task.tool_name not in tool_names or other_program(task, parsed) \
                or not same_program(task, parsed):
            continue
        program = task.context.program if task.context is not None else None
        if program and program not in parsed.programs:
            continue  # facts beside a question on another subject (or none named) are no application to this one
        known = {k: v for k, v in stated.items() if k in task.all_slots}
        if not task.implied(known):
            continue
        args, assumptions = tool_args(task, known, turn)
        out.append({"intent": name, "tool": task.tool_name, "args": args, "assumptions": assumptions, "beside": True})
    return out



def _declined(key: str, state: DialogueState, turn: Turn) -> Step:
    """A request nothing here covers, declined with the response ``key`` (and what the bot can do, said once by the
    refusal): the pending task is dropped."""
    state.intent = None
    state.asked = []
    answer = compose.refusal(turn.say(key), responses=turn.r, lang=turn.lang)
    return final(answer, state, refused=True, lang=turn.lang)


def writing_only(text: str, parsed: nlu.Parse, turn: Turn) -> bool:
    """Whether the message asks only that a text be written for the user (pack act ``writing_request``: a speech, a
    letter, an email, 挨拶文): no sentence beside the request, and no ask joined after it in its sentence (act
    ``ask_beside_writing``: "... and also tell me what level I need"), asks anything (act ``question_clause``)."""
    pack = turn.pack(parsed.language)
    if pack is None or not pack.act("writing_request", text):
        return False
    rest: list[str] = []
    for sentence in split_sentences(text, pack.language):  # type: ignore[arg-type]
        if not pack.act("writing_request", sentence):
            rest.append(sentence)
            continue
        head, *tails = pack.act_split("ask_beside_writing", sentence) or [sentence]
        rest.extend(t for t in tails if not pack.act("writing_request", t))
        if not pack.act("writing_request", head):
            rest.append(head)
    return not any(pack.act("question_clause", s) for s in rest)


def _program_of_piece(piece: str, pieces: list[str], text: str, program: str | None, turn: Turn) -> str | None:
    """The program an ask's own search is limited to: the one the message names, unless only a later ask in another
    sentence names it (「東京の中小企業で…支援している仕組みは？あと技能実習制度ができたのは何年で…」: the first asks of
    Tokyo's scheme, not of the program the second names; an ask after the one naming it leaves it unsaid)."""
    understander = turn.understander
    if not program or understander is None or understander.program_of(piece):
        return program
    rest = text
    for other in pieces:
        rest = rest.replace(other, " ")
    if understander.program_of(rest) == program:
        return program  # named outside the asks: what they are all about
    namers = [other for other in pieces if other != piece and understander.program_of(other) == program]
    if any(0 <= text.find(other) < text.find(piece) for other in namers):
        return program  # named by an ask before it, which a later ask leaves unsaid ("If not, what kind of company can host?")
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    core = _SENTENCE_END.sub("", piece).strip()
    if any(core in sentence and _SENTENCE_END.sub("", other).strip() in sentence
           for sentence in sentences for other in namers):
        return program  # named by an ask of the same sentence (「…分野がいくつあるかと、どうやったら…」)
    return None


_SENTENCE_END = re.compile(r"[。？?！!]")


def joined_asks(text: str, parsed: nlu.Parse, turn: Turn) -> list[str]:
    """The asks of a knowledge message, each its own piece: those that share one sentence and its request (pack act
    ``knowledge_joined_ask``: 「受付期間と、対象分野を教えてください」), and, in a message of several asking sentences, every
    asking sentence ("what kind of organisation hosts ...? could I be placed in a NGO? and may I apply for both ...?"):
    the answer quoted for the whole may state only some of them. None for a message of one ask (its answer is the
    answer)."""
    analyzer = getattr(turn.selector, "analyzer", None)
    pack = turn.pack(parsed.language)
    if analyzer is None or not hasattr(analyzer, "asking_parts") or pack is None:
        return []
    parts, asking = analyzer.asking_parts(text, unmarked=True)
    # (a request for a whole list beside a question asks too, 「…訪問した先をすべて挙げてください。また、…何月でしたか。」, and
    # so does a sentence the pack marks as a question, 「あと、…を訪れたのはいつでしょう。」)
    asking = [part for part in parts if part in asking or pack.act("list_request", part)
              or (len(asking) > 0 and pack.act("marked_question", part))]
    splits = [listed_asks(part, pack) or pack.act_split("knowledge_joined_ask", part) for part in asking]
    # (two questions joined by a joint that asks nothing by itself, 「どこの国の人が対象で、どんな形で実施されるの？」: each
    # its own ask when each holds a question word, pack acts ``question_joint`` and ``question_word``)
    splits = [pieces if len(pieces) > 1 else _question_pieces(part, pack) for part, pieces in zip(asking, splits)]
    # (a lead naming what the joined asks are about, "From WAASA's activity log: when did they visit ..., and what
    # was the visit in January 2020?", is theirs all: each later ask is searched with it)
    splits = [[pieces[0], *(_with_lead(pieces[0], piece, turn) for piece in pieces[1:])] if len(pieces) > 1 else pieces
              for pieces in splits]
    # (the questions it marks, pack act ``marked_question``: a question mark, 「…出す形でしたか。」; a request beside them,
    # 「受入企業の条件を正確に確認したいです。」, announces them; a request for a whole list, act ``list_request``:
    # 「…訪問した先をすべて挙げてください。」, "List all the ...", asks as a question does)
    marked = [part for part in asking if part.rstrip().endswith(("?", "？")) or pack.act("marked_question", part)
              or pack.act("list_request", part)]
    # (a request for an answer after the last question, 「…でしたっけ？対象の職種と作業の数もあわせて知りたいです。」, announces
    # no question after it: it asks of its own beside that one, when it names what it asks of; 「ご回答ください。」 asks
    # nothing more)
    last = max((at for at, part in enumerate(asking) if part in marked), default=None)
    after = [part for at, part in enumerate(asking)
             if last is not None and at > last and pack.act("question_clause", part) and _concepts(part, turn)]
    several = len(marked) + len(after) >= SEVERAL_ASKS
    # beside several questions, a request for an answer (「申請方法もあわせて教えてください。」, "Also tell me how to apply.")
    # asks too; a request that asks for no answer (「…受付期間を確認したいです。」) announces the question after it, which is
    # read with it (「何日から何日まででしたか？」 asks the period's dates)
    asks = [part in marked or (several and pack.act("question_clause", part)) for part in asking]
    out: list[str] = []
    for at, (part, pieces) in enumerate(zip(asking, splits)):
        if len(pieces) > 1 or (several and asks[at]):
            before = asking[at - 1] if at else ""
            announced = (several and before and not asks[at - 1] and len(pieces) == 1
                         and parts.index(before) == parts.index(part) - 1 and _concepts(before, turn))
            out.extend([f"{before}{'' if parsed.cjk else ' '}{part}"] if announced else pieces)
    return out


def _question_pieces(part: str, pack: Any) -> list[str]:
    """``part`` cut at its ``question_joint`` when every piece holds a ``question_word`` (pack acts); ``[part]``
    otherwise."""
    if "question_joint" not in getattr(pack, "acts", {}):
        return [part]
    pieces = pack.act_split("question_joint", part)
    return pieces if len(pieces) > 1 and all(pack.act("question_word", piece) for piece in pieces) else [part]


_LEAD = re.compile(r"^\s*([^?？:：。.]{2,80}[:：])\s*(?=\S)")


def _with_lead(first: str, piece: str, turn: Turn) -> str:
    """``piece`` (a later ask joined to ``first`` in one sentence) with the lead that opens ``first`` when the lead ends
    in a colon and names something (``_concepts``) the piece does not; ``piece`` otherwise."""
    match = _LEAD.match(first)
    if match is None or match.end() >= len(first.rstrip()):
        return piece
    lead = match.group(1)
    if not _concepts(lead, turn) - _concepts(piece, turn):
        return piece
    return f"{lead}{'' if has_cjk(lead) else ' '}{piece}"


def _parts(text: str, turn: Turn) -> list[str]:
    """The parts of ``text`` (the analyzer's), none without one."""
    analyzer = getattr(turn.selector, "analyzer", None)
    return analyzer.asking_parts(text, unmarked=True)[0] if analyzer is not None and hasattr(analyzer, "asking_parts") \
        else []


def pack_act(turn: Turn, parsed: nlu.Parse, act: str, text: str) -> bool:
    """Whether the act ``act`` of the message's language pack matches ``text``."""
    pack = turn.pack(parsed.language)
    return pack is not None and pack.act(act, text)


def _concepts(text: str, turn: Turn) -> set[str]:
    """The vocabulary concepts ``text`` names (the analyzer's)."""
    analyzer = getattr(turn.selector, "analyzer", None)
    return set(analyzer.analyze(text).concepts) if analyzer is not None and hasattr(analyzer, "analyze") else set()


def _refers_back(piece: str, before: str, text: str, parsed: nlu.Parse, turn: Turn) -> bool:
    """Whether the ask ``piece``, joined after the ask ``before`` in one sentence of ``text``, names nothing of its own
    and points back to it with a pronoun (pack act ``refers_to_ask_before``: "..., and who runs it?", 「…、それは誰が
    運営していますか」): it is read with that ask."""
    if not pack_act(turn, parsed, "refers_to_ask_before", piece) or not _concepts(before, turn):
        return False
    if _concepts(piece, turn) - _concepts(before, turn):
        return False
    return any(before.strip(" ,、") in sentence and piece.strip(" ,、?？") in sentence
               for sentence in split_sentences(text, parsed.language))  # type: ignore[arg-type]


# Pack acts of a sentence stating a claim: heard or read elsewhere, or quoted from the documents themselves
_CLAIM_ACTS = ("claim_heard", "claim_in_documents")


def claim_with_its_ask(text: str, parsed: nlu.Parse, turn: Turn) -> str:
    """``text`` with each part reporting a claim heard or read (pack act ``claim_heard``: 「ネットの記事で「2号に移れるの
    は建設と造船だけ」って見た。」, "I read in an old article that only construction and shipbuilding can move to No. 2.";
    or quoting the documents, ``claim_in_documents``: "One of your documents says ...", 「資料に…と書いてありますが」) joined
    in one sentence with the ask right after it ("So food service is still impossible?"): that ask asks whether the
    claim holds, and is read with it. A statement followed by an ask whether it still holds (``still_so_check``: "Is
    that still true now?", 「今もそうですか」) is such a claim whoever made it. "" when no claim is followed by an ask."""
    analyzer = getattr(turn.selector, "analyzer", None)
    pack = turn.pack(parsed.language)
    if pack is None or analyzer is None or not hasattr(analyzer, "asking_parts"):
        return ""
    # (no claim and no act asking whether a statement still holds, which is read on each ask: nothing to join)
    if not any(pack.act(act, text) for act in _CLAIM_ACTS) and not getattr(pack, "acts", {}).get("still_so_check"):
        return ""
    parts, asking = analyzer.asking_parts(text, unmarked=True)
    out = text
    for claim, ask in zip(parts, parts[1:]):
        if claim in asking or ask not in asking:
            continue
        if not any(pack.act(act, claim) for act in _CLAIM_ACTS) and not pack.act("still_so_check", ask):
            continue
        at = out.find(claim)
        if at < 0:
            continue
        end = at + len(claim)
        bare = claim.rstrip().rstrip("。.!！")
        # (its ending that would open a context clause, 「…って言われたんだけど」, pack act ``claim_tail``, is left out: the
        # ask after it would be read alone again)
        tail = pack.acts.get("claim_tail") if hasattr(pack, "acts") else None
        bare = rx.sub(tail, "", bare) if tail else bare
        joint = "、" if parsed.cjk else ", "
        # (a claim joined to its ask by a comma, 「…とありますが、今もそうですか」, is cut before the comma)
        rest = out[end:].lstrip().lstrip("、,，").lstrip()
        if not rest.startswith(ask[:8]):
            continue
        out = f"{out[:at]}{bare}{joint}{rest}"
    return out if out != text else ""


def _topic_statement(parsed: nlu.Parse, turn: Turn) -> str:
    """The message's lead read as an introduction (``Parse.introduction``) when it states what the user is asking
    about (pack act ``topic_statement``: "I am reading about WAASA.", "I'm looking into the JIP.") and names it (a
    vocabulary concept), or when it is joined to the ask as its background (``ask_background``); "" otherwise ("I'm HR at a
    company of 40." describes the user, not the asks' topic)."""
    lead = parsed.introduction
    if not lead or not _concepts(lead, turn):
        return ""
    # (a lead joined to the ask in one sentence, pack act ``ask_background``: 「e-GovのIDとパスワードがまだ無いんですが、
    # どこに問い合わせればいいですか」 asks whom to contact about what it names, not any contact of the program)
    return lead if pack_act(turn, parsed, "topic_statement", lead) or pack_act(turn, parsed, "ask_background", lead) \
        else ""


def _told_subject(text: str, pieces: list[str], turn: Turn) -> str:
    """The parts of a message that ask nothing (are none of its asks' ``pieces``) and name what its asks are about
    ("About WAASA's activity log.", 「WAASAの活動記録について確認です。」), joined."""
    analyzer = getattr(turn.selector, "analyzer", None)
    if analyzer is None or not hasattr(analyzer, "asking_parts"):
        return ""
    parts, asking = analyzer.asking_parts(text, unmarked=True)
    return " ".join(part for part in parts if part not in asking and _concepts(part, turn)
                    and not any(piece in part or part in piece for piece in pieces))


def _lone_ask(text: str, turn: Turn) -> str:
    """The one asking part of a message after parts that ask nothing and name what it is about (a self-introduction,
    what the user plans: 「市の産業振興課の者です。…制度を紹介したいと考えております。」), "" for a message of one part, of
    several asks, or whose other parts name nothing."""
    analyzer = getattr(turn.selector, "analyzer", None)
    if analyzer is None or not hasattr(analyzer, "asking_parts"):
        return ""
    parts, asking = analyzer.asking_parts(text, unmarked=True)
    if len(asking) != 1 or len(parts) < 2 or asking[0] not in parts:
        return ""
    # (background before the ask that names something: a request after it that names nothing, 「ご回答ください。」, is no
    # background)
    before = parts[:parts.index(asking[0])]
    if not any(_concepts(part, turn) for part in before):
        return ""
    # (an ask of a value or a list of its own: a yes/no of what the background states, "We have 18 hours of labs ...
    # Is that enough?", is read with it)
    asked = compose.answer_types(turn.r).classify(asking[0]).types
    return asking[0] if asked - {"condition"} else ""


def listed_asks(part: str, pack: Any) -> list[str]:
    """The asks a sentence lists as noun phrases after announcing them (pack act ``listed_asks``: "I need two details on
    the system: the year it was established, and the condition under which ..."), each its own piece, cut where the
    act ``listed_ask_joint`` matches; none for a sentence that lists nothing, or lists one."""
    if not pack.act("listed_asks", part):
        return []
    match = rx.search(pack.acts["listed_asks"], part)
    items = pack.act_split("listed_ask_joint", part[match.end():]) if match else []
    return items if len(items) > 1 else []


def noun_listed_asks(part: str, pack: Any) -> list[str]:
    """The asks of one request whose object lists noun phrases (pack act ``noun_list_request``, its group ``items``:
    「対象となるインターン生の条件と受入企業の条件、実施形態の概要をご教示いただけますでしょうか。」, "Could you tell me the
    conditions for interns, the conditions for host companies and an overview of the formats?"): each item (cut at
    ``noun_list_joint``) with the request around it, when every item names a subject of its own (``noun_list_item``:
    「受入企業の条件」, "the conditions for host companies"); none otherwise. Items naming one subject together
    (「電話番号と受付時間」, "the phone number and address of WAASA") are one ask."""
    pattern = pack.acts.get("noun_list_request") if hasattr(pack, "acts") else None
    match = rx.search(pattern, part) if pattern else None
    group = next((name for name, value in (match.groupdict() if match else {}).items() if value), None)
    if match is None or group is None:
        return []
    head, tail = part[:match.start(group)], part[match.end(group):]
    items = pack.act_split("noun_list_joint", match.group(group))
    if len(items) < 2 or not all(pack.act("noun_list_item", item) for item in items):
        return []
    return [f"{head}{item}{tail}".strip() for item in items]


def asks_in_order(text: str, parsed: nlu.Parse, turn: Turn) -> tuple[list[str], str]:
    """The asks a message lists in order, and what is written before them: the noun phrases of its one asking sentence
    that announces them (``listed_asks``: "I need two details on the system: the year it was established, and the
    condition ..."); none (and "") otherwise. What is written before them (the announcement, a sentence naming the
    subject) asks nothing of its own."""
    analyzer = getattr(turn.selector, "analyzer", None)
    understander = turn.understander
    pack = turn.pack(parsed.language)
    if analyzer is None or not hasattr(analyzer, "asking_parts") or pack is None:
        return [], ""
    parts, asking = analyzer.asking_parts(text, unmarked=True)
    numbered = _numbered_lines(parts, asking, pack)
    if numbered:
        items, request, before = numbered
        told = [p for p in before if _concepts(p, turn)]
        return [f"{item}{'' if parsed.cjk else ' '}{request}".strip() for item in items], " ".join(told)
    asking = [part for part in parts if part in asking or pack.act("list_request", part)]
    if len(asking) != 1:
        return [], ""
    part = asking[0]
    told = [p for p in parts[:parts.index(part)] if _concepts(p, turn)]
    if not listed_asks(part, pack):
        # (noun phrases listed under one request, 「インターン生の条件と受入企業の条件、実施形態の概要をご教示ください」: in
        # order too; what they are about is the program the message names, not the rest of the sentences before them,
        # which tell who asks: "I work at a law office and a client asked about the JIP." Two asks joined by 「と、」 are
        # joined asks, each answered where the whole does not: ``joined_asks``)
        joined = len(pack.act_split("knowledge_joined_ask", part)) > 1
        items = [] if joined else noun_listed_asks(part, pack)
        program = understander.program_of(text) if items and understander is not None else None
        return (items, understander.program_terms(program) if program else "") if items else ([], "")
    match = rx.search(pack.acts["listed_asks"], part)
    return listed_asks(part, pack), " ".join([*told, part[:match.end()].strip()]) if match else ""


def _numbered_lines(parts: list[str], asking: list[str], pack: Any) -> tuple[list[str], str, list[str]] | None:
    """Numbered items under one request (「…確認させてください。\n①申請の受付期間\n②申請方法（…）\nを教えてください。」, also
    run together once normalised: 「(1)申請の受付期間(2)申請方法(…)を教えてください。」): the items (pack act
    ``numbered_item``, at least two in a row; a part is cut before each marker, act ``numbered_cut``), the request that
    completes them (act ``request_tail``: the line after them that opens with a particle, を教えてください, or the end of
    the last item), and the parts before them. None for any other message."""
    if "request_tail" not in getattr(pack, "acts", {}):
        return None
    pieces: list[tuple[str, bool]] = []  # (piece, its part asks)
    for part in parts:
        pieces += [(piece, part in asking) for piece in pack.act_split("numbered_cut", part)]
    at = next((i for i, (piece, _) in enumerate(pieces) if pack.act("numbered_item", piece)), None)
    if at is None:
        return None
    end = at
    while end < len(pieces) and pack.act("numbered_item", pieces[end][0]):
        end += 1
    items = [piece for piece, _ in pieces[at:end]]
    if len(items) < 2 or any(item.rstrip().endswith(("、", ",", "，")) for item in items[:-1]):
        # (items joined by 、 in one sentence, 「①…締切日、②…を教えてください」, are the joined asks' own: ``joined_asks``)
        return None
    tail = rx.search(pack.acts["request_tail"], items[-1])
    if tail is not None and tail.start() > 0:
        # (the request written on the last item's line: 「(2)申請方法(…)を教えてください。」)
        items[-1], request = items[-1][: tail.start()].strip(), items[-1][tail.start():].strip()
    elif end < len(pieces) and pieces[end][1] and pack.act("request_tail", pieces[end][0]) and rx.search(
            pack.acts["request_tail"], pieces[end][0]).start() == 0:
        request = pieces[end][0]
    else:
        return None
    return items, request, [piece for piece, _ in pieces[:at]]


def _pieces_in_order(items: list[str], joined: list[str], turn: Turn) -> list[str]:
    """The asks searched beside the first of ``items`` (asks listed in order): each ask of one sentence or joined in
    one (``joined``), then every later item none of them is part of."""
    if not items:
        return joined
    pieces = [piece for piece in joined if piece != items[0]]
    pieces += [item for item in items[1:] if not any(item in piece or piece in item for piece in pieces)]
    return pieces


def _unannounced(lead: str, parsed: nlu.Parse, turn: Turn) -> str:
    """``lead`` without its announcement of how many asks follow (pack act ``asks_announced``: "Two questions on ...",
    「次の2点を教えてください」), which names nothing they are about."""
    pack = turn.pack(parsed.language)
    pattern = pack.acts.get("asks_announced") if pack is not None and hasattr(pack, "acts") else None
    return rx.sub(pattern, " ", lead).strip(" 、,.。:：") if pattern and lead else lead


# Question-marked sentences of one knowledge message from which each is searched on its own ("what papers do i need?
# and can i apply to both at the same time?": the answer quoted for the whole states only the first); an ask for a
# value the answer quotes already gets nothing more ("How long can a trainee stay? And do trainees count?" adds no
# condition of the length: compose.with_part_answers)
SEVERAL_ASKS = 2



def search_query(text: str, parsed: nlu.Parse, state: DialogueState, turn: Turn | None = None) -> str:
    """What to search for: the question without its lead-in, with English keywords for a Japanese one and
    the previous topic for an elliptical follow-up ("and for online ones?")."""
    english = turn.english if turn is not None else nlu.default_reader()
    query = english.strip_lead_in(text) if parsed.language == "en" else text
    understander = turn.understander if turn is not None else None
    pack = turn.pack(parsed.language) if turn is not None else None
    query = _program_referred(query, text, pack, understander)
    query = without_reply_form(query, pack)
    query = without_set_aside(query, pack)
    # a follow-up that asks its own question ("and if e-gov doesn't work, where can we send them?") keeps its own
    # answer type and subject: the previous question adds only its program; a short one ("and for online ones?")
    # leans on the whole previous question
    if turn is not None and state.last_topic and not names_a_month_of_year(text):
        moved = moved_months(state.last_topic, compose.answer_types(turn.r).period_shift(text))
        if moved != state.last_topic:
            # "and the month before?" after "what was WAASA doing in November 2019?": the previous question again,
            # for October 2019 (its own words would search the month it moves from)
            return moved
    own_question = pack is not None and _asks_its_own(query, pack)
    previous = understander.program_of(state.last_topic or "") if understander is not None and state.last_topic \
        else None
    context = ""
    points_back = pack is not None and pack.act("points_back", query)
    # (a subject of its own outside the programs, pack act ``own_subject``: "is there any support from tokyo for small
    # company like us?" after a trainee quota, is a new question: searched by its own words, in no program)
    own_subject = pack is not None and pack.act("own_subject", text)
    if previous and not own_subject and (
            not understander.program_of(text) or _by_its_people(text, parsed, previous, turn)
            or _named_only_as_origin(text, parsed, previous, turn)) and (
            parsed.elliptical or own_question or parsed.cjk or points_back):
        # a follow-up naming no program that points back ("can I apply for both kinds at the same time? and for the
        # online one ...?" after a JIP question) keeps the previous question's program
        context = understander.program_terms(previous)
    tasks = turn.tasks if turn is not None else default_tasks()
    waiting = tasks[state.intent] if state.intent in tasks else None
    if (not context and understander is not None and waiting is not None and waiting.context is not None
            and waiting.context.program and not understander.program_of(text) and not own_subject):
        # a question asked while a calculator waits for its values ("is it paid in local currency?") is about that
        # calculator's program
        context = understander.program_terms(waiting.context.program)
    described = tasks[parsed.explicit_intent] if parsed.explicit_intent in tasks else next(
        (t for t in tasks.tasks.values() if t.implied(parsed.slots)), None)
    if (not context and understander is not None and described is not None and described.context is not None
            and described.context.program and not understander.program_of(text) and not state.last_topic):
        # a calculator's figures told as who asks, beside a question of another kind ("We are a training school running
        # a 100-hour AI course ... When does the next application window open?", routing.choose_intent): the question
        # is about that calculator's program, which the message does not name
        context = understander.program_terms(described.context.program)
    topic = next((tasks[t] for t in parsed.topics if t in tasks), None)
    if (not context and understander is not None and topic is not None and topic.context is not None
            and understander.program_of(text) in (None, topic.context.program) and turn is not None
            and asks_rule_limit(query, parsed, turn)):
        # a rule question on a calculator's subject with no values ("how much peripheral work is allowed?"): its
        # limit asked asks for the calculator's rule (a share), not an amount of money: the rule's own query is
        # searched (also when the calculator's own program is named: "... technical intern trainees ... how much time
        # can each take?"). Other questions on the subject keep their own words: the rule's query would decide their
        # answer type and ranking ("which staff count for nursing care, and is there a cap for small sites?")
        return topic.context.query
    after = False
    if turn is not None and stands_for_previous(text, parsed, state, turn):
        context = state.last_topic
        # the contact of whom the previous answer named ("whats their phone number?", そこの電話番号は？) is asked by
        # the follow-up: its ask comes first, so the answer type is the follow-up's (a phone number), and the
        # previous question only names whose
        after = pack_act(turn, parsed, "previous_unit", text)
    if parsed.cjk:
        english = understander.search_terms(text) if understander is not None else ""
        query = " ".join(p for p in ((english, query, context) if after else (context, english, query)) if p)
    elif after:
        query = f"{query} {context}"
    elif state.last_topic and parsed.elliptical and not (own_question and context):
        query = f"{state.last_topic} {query}"
    elif context:
        query = f"{context} {query}"
    return query


def stands_for_previous(text: str, parsed: nlu.Parse, state: DialogueState, turn: Turn) -> bool:
    """Whether a follow-up names nothing of its own and points back with a pronoun ("so what do we actually have to do
    to get it included? is it automatic or not" after "... Does that mean our students automatically get MHLW's
    training benefits?", 「で、それに入れてもらうには何をすればいいの？」): its pronoun stands for the previous question's
    subject, so the previous question's words are searched with it (its program's words alone would search another
    subject of the program)."""
    if state.last_topic and pack_act(turn, parsed, "previous_unit", text):
        # "what's the phone number of that division?", 「その課の電話番号も教えてください」: the office the previous answer
        # named is the one asked about, found again by the previous question's words (the program's alone would
        # choose its main number)
        return True
    if (state.last_topic and pack_act(turn, parsed, "asks_what_changes", text) and turn.understander is not None
            and not turn.understander.program_of(text)):
        # "sorry i finish my degree already so im graduate now. what change?", 「もう卒業しました。何が変わりますか」: the
        # changed situation told asks the previous question again for it (the graduates' documents, not the students')
        return True
    return bool(state.last_topic) and pack_act(turn, parsed, "refers_to_previous", text) and not _concepts(text, turn) \
        and bool(_concepts(state.last_topic, turn))


def without_reply_form(query: str, pack: Any) -> str:
    """``query`` without the words that ask only for the reply's length (pack act ``reply_form``: "in short", "in a
    nutshell", "briefly", 「ざっくり」「簡単に」): they name no subject, and a word no document uses would sink the ask's
    relevance ("What's the process in short?" would read as asking of something "short" the documents lack)."""
    pattern = pack.acts.get("reply_form") if pack is not None and hasattr(pack, "acts") else None
    if not pattern:
        return query
    bare = re.sub(r"\s+([?？.。!！,、])", r"\1", rx.sub(pattern, lambda m: "" if has_cjk(m.group(0)) else " ", query))
    bare = re.sub(r"\s{2,}", " ", bare).strip(" ,、")
    return bare if len(bare) >= 3 else query


def without_set_aside(query: str, pack: Any) -> str:
    """``query`` without what the question sets aside before it asks of another subject (pack act ``set_aside``:
    "apart from the course content, what does the organisation running the course itself have to satisfy?", 「講座の
    内容とは別に、事業者自身に求められる要件は？」): the thing set aside is not asked about, and its words would rank its own
    passage (the course's requirements) above the one asked of (the organisation's). The program named before it stays.
    """
    pattern = pack.acts.get("set_aside") if pack is not None and hasattr(pack, "acts") else None
    if not pattern:
        return query
    bare = re.sub(r"\s{2,}", " ", rx.sub(pattern, lambda m: "" if has_cjk(m.group(0)) else " ", query)).strip(" ,、")
    return bare if len(bare.split()) >= 4 or has_cjk(bare) and len(bare) >= 8 else query



def _program_referred(query: str, text: str, pack: Any, understander: Any) -> str:
    """``query`` with a program referred to by a generic word (pack act ``program_reference``: "this internship system")
    named by its own terms when the message ``text`` names exactly one program elsewhere ("We are thinking about
    technical intern trainees ... since what year has this internship system existed?" asks of technical intern
    training, not of the internship program the word alone would name); unchanged otherwise."""
    if pack is None or understander is None or not pack.act("program_reference", query):
        return query
    named = understander.programs_named(text)
    if len(named) != 1:
        return query
    terms = understander.program_terms(named[0])
    pattern = pack.acts.get("program_reference") if hasattr(pack, "acts") else None
    if not terms or not pattern:
        return query
    return rx.sub(pattern, lambda m: m.group(0) if understander.program_of(m.group(0)) else terms, query)


# the rule-book statements a knowledge question may ask for: pack act -> responses key
_RULE_STATEMENTS = {"full_time_who": "knowledge.full_time_rule"}
# ... and those of a subject the documents never state a rule for (vocabulary concept -> responses key): the safety
# and health work of a training plan (「安全衛生に関する業務はどれくらいの時間？」) has its share in the rule book only
_RULE_SUBJECTS = {"safety_health": "knowledge.safety_health_rule"}



def rule_text(text: str, parsed: nlu.Parse, turn: Turn) -> str:
    """The rule book's statement of what the question asks (pack acts of ``_RULE_STATEMENTS``: "do part-timers count
    as full-time employees?", 「常勤職員」に週20時間のパートも入れていい？): the documents quote only part of it (trainees are
    not counted), the rule book says who is. No headcount is computed: none was given (else a calculator runs). A
    subject of ``_RULE_SUBJECTS`` the message names gets its rule too (the safety and health share)."""
    pack = turn.pack(parsed.language)
    if pack is None:
        return ""
    keys = [key for act, key in _RULE_STATEMENTS.items() if pack.act(act, text)]
    # an occupation the question names with its own rule (nursing care counts its care staff per establishment:
    # 「介護職種で…「常勤職員」には事務スタッフや看護師も含めていい？」): that rule (responses ``<key>_<occupation>``) first
    occupation = {**parsed.context_slots, **parsed.slots}.get("occupation")
    keys = [own for key in keys
            for own in ([f"{key}_{occupation}"] if occupation and turn.r.has(f"{key}_{occupation}", "en") else [])
            + [key]]
    analyzer = getattr(turn.selector, "analyzer", None)
    if analyzer is not None and hasattr(analyzer, "analyze"):
        concepts = set(analyzer.analyze(text).concepts)
        keys += [key for concept, key in _RULE_SUBJECTS.items() if concept in concepts]
    return "\n\n".join(turn.say(key) for key in keys if turn.r.has(key, "en"))



# subjects no document states, asked of by the pack act of the key (the ask) and named by the act of the value (the
# words): "can I bring my wife and small child on a dependent visa?", 「妻と子どもを連れて行けますか」; tax, a tax return or
# social insurance on a figure they give (「活動支援金って所得税はかかる？」: the subject is the tax, not the amount)
_UNSTATED_SUBJECTS = {"family_along": "family_members", "unstated_topic": "unstated_topic"}


def unstated_subject(text: str, lang: str, passages: list[Any], turn: Turn) -> tuple[str, list[str]] | None:
    """The subject no document states that every ask of ``text`` is about (``_UNSTATED_SUBJECTS``: each asking part
    asks of it, or points back to it, pack act ``refers_back``), with the words the asks name it by, when no passage
    found (``passages``, English documents: the English pack's words act) names it; None otherwise (an ask of its
    own beside it, "also is the flight ticket paid?", is answered)."""
    understander = turn.understander
    analyzer = getattr(turn.selector, "analyzer", None)
    if understander is None or not text:
        return None
    pack, english = understander.pack(lang), understander.pack("en")
    if pack is None or english is None:
        return None
    parts, asking = (analyzer.asking_parts(text, unmarked=True) if analyzer is not None
                     and hasattr(analyzer, "asking_parts") else ([text], [text]))
    asks = asking or parts
    if has_cjk(text):
        # (the English words the search puts before a Japanese question, "when date 住民税はいつ払いますか?", ask nothing)
        asks = [part for part in asks if has_cjk(part)] or asks
    for act, words_act in _UNSTATED_SUBJECTS.items():
        own = [part for part in asks if pack.act(act, part)]
        # (an ask pointing back by a pronoun, "does the visa help also cover them?", or asking whether anything must be
        # done without naming what of, pack act ``bare_procedure``: 「会社側で何か手続きをしないといけないんでしょうか」
        # after an ask of resident tax is of the same subject)
        if not own or not all(part in own or pack.act("refers_back", part) or pack.act("bare_procedure", part)
                              for part in asks):
            continue
        if any(english.act(words_act, f"{p.section}\n{p.text}") for p in passages):
            continue  # a document names it: the answer is read from them
        pattern = pack.acts.get(words_act)
        words = list(dict.fromkeys(m.group(0) for part in own for m in rx.finditer(pattern, part))) if pattern else []
        return act, words
    return None



def unstated_subject_named(text: str, lang: str, passages: list[Any], turn: Turn) -> str:
    """The name of the subject no document states that every ask of ``text`` is about (``unstated_subject``: "How do I
    file my tax return in Japan?" -> tax ... (tax return)), in the reply's language (responses ``knowledge.subject.<act>``);
    "" when there is none or the catalog has no name for it."""
    subject = unstated_subject(text, lang, passages, turn)
    key = f"knowledge.subject.{subject[0]}" if subject is not None else ""
    if subject is None or not turn.r.has(key, lang):
        return ""
    return turn.r.say(key, lang, words=("、" if lang == "ja" else ", ").join(subject[1]))


def with_rule_text(answer: str, rule_text: str) -> str:
    """The answer with the rule book's statement after its quotes and before its closing notes (lines in _…_)."""
    if not rule_text:
        return answer
    blocks = answer.split("\n\n")
    at = len(blocks)
    while at > 1 and blocks[at - 1].lstrip().startswith("_"):
        at -= 1
    return "\n\n".join([*blocks[:at], rule_text, *blocks[at:]])



def asks_rule_limit(text: str, parsed: nlu.Parse, turn: Turn) -> bool:
    """Whether the message asks for a calculator's limit with no values ("how much peripheral work is allowed?",
    何％まで認められますか: the pack act ``rule_limit``)."""
    pack = turn.pack(parsed.language)
    return pack is not None and pack.act("rule_limit", text)


def unmarked(part: str, turn: Turn) -> str:
    """An ask without the number of its item in a list ("3) can I apply to online and in-person both?", 「②…」): the
    number is no value of the ask, and its search and its answer would go to a figure "3"."""
    understander = turn.understander
    if understander is None:
        return part
    pack = understander.pack(detect_language(part)) if hasattr(understander, "pack") else None
    if pack is None or not pack.act("numbered_item", part):
        return part
    return " ".join(pack.act_split("numbered_item", part)) or part
