"""Planning the several asks of one message beside the calculator chosen for it: the other calculators it asks for
(run beside, each answered after the chosen one's) and its knowledge asks (each searched on its own, answered under
the calculated answer).

Each function adds calls to the CallTools step the policy planned; the task registry comes with the Turn.
"""

from __future__ import annotations

from typing import Any

from bot.agent import compose, nlu
from bot.agent.assumptions import tool_args
from bot.agent.conversation import DialogueState
from bot.agent.knowledge_plan import KNOWLEDGE_K, search_query, unmarked
from bot.agent.routing import other_program, same_program
from bot.agent.search_tool import SEARCH_TOOL_NAME
from bot.agent.steps import CallTools, Plan, Turn, tool_call
from bot.text import has_cjk


def add_more_calculators(step: CallTools, intent: str, parsed: nlu.Parse, state: DialogueState,
                          tool_names: set[str], turn: Turn) -> None:
    """Every other calculator the message asks for runs beside the chosen one ("I'm from Nepal, 27, N4: can I apply
    for JIP? and how much is the activity money for N days in person?": the eligibility check and the funds): a task
    the message names (``Parse.intents``) of the same program, whose values the message gives (its required slots, or
    for a task with none, enough of them to imply it). Its values are kept in the state for a follow-up."""
    tasks = turn.tasks
    for name in parsed.intents:
        if name == intent or name not in tasks or any(m["intent"] == name for m in step.plan.more):
            continue
        task = tasks[name]
        if task.tool_name not in tool_names or other_program(task, parsed) or not same_program(task, parsed):
            continue
        if any(slot in task.all_slots for slot in parsed.errors):
            continue  # a value it could not read: that calculator is asked for on its own
        known = {**state.slots.get(name, {}),
                 **{k: v for k, v in parsed.slots.items() if k in task.all_slots}}
        complete = all(slot in known for slot in task.required) or task.decided(known, getattr(turn.r, "rules", None))
        if not complete or (not task.required and not task.implied(known)):
            continue
        state.slots[name] = known
        args, assumptions = tool_args(task, known, turn)
        step.plan.more.append({"intent": name, "tool": task.tool_name, "args": args, "assumptions": assumptions})
        step.calls.insert(len([c for c in step.calls if c["name"] != SEARCH_TOOL_NAME]), tool_call(task.tool_name, args))
    step.plan.state = state.to_dict()



def add_further_searches(step: CallTools, text: str, parsed: nlu.Parse, state: DialogueState, tool_names: set[str],
                          turn: Turn) -> None:
    """Each knowledge ask of a message that also asks for calculations ("how much is the activity money for N days,
    also is the flight ticket paid?", 「…認定は受けられますか？あと、実習の割合はどれくらい必要？」) is searched on its own
    beside them, so the answer side can quote what answers it under the calculated answers
    (``further_answers.part_quote_lines``)."""
    if SEARCH_TOOL_NAME not in tool_names:
        return
    for part in further_asks(text, parsed, step.plan, turn):
        asked = unmarked(part, turn)
        query = search_query(asked, turn.parse(asked), state, turn)
        turn.lang = step.plan.lang
        if query and all(f["query"] != query for f in step.plan.further):
            step.plan.further.append({"part": part, "query": query})
            step.calls.append(tool_call(SEARCH_TOOL_NAME, {"query": query, "k": KNOWLEDGE_K}))
    if step.plan.further or step.plan.others:
        return
    lone = lone_knowledge_ask(text, parsed, step.plan, turn)
    if lone:
        # the message's one ask is a knowledge question of its own beside facts the user states about themselves ("I am
        # from Egypt, 30, N3 ... What is the exact application deadline?"): the ask decides the answer, searched in
        # the check's program when it names none; the check runs beside it (answer_step.lone_ask_answer)
        asked = _read_with_statement_before(unmarked(lone, turn), text, parsed, turn)
        query = search_query(asked, turn.parse(asked), state, turn)
        task = turn.tasks[step.plan.intent] if step.plan.intent in turn.tasks else None
        program = task.context.program if task is not None and task.context is not None else None
        understander = turn.understander
        if query and program and understander is not None and not understander.program_of(query):
            query = f"{understander.program_terms(program)} {query}"
        turn.lang = step.plan.lang
        if query:
            step.plan.further.append({"part": lone, "query": query, "only": True})
            step.calls.append(tool_call(SEARCH_TOOL_NAME, {"query": query, "k": KNOWLEDGE_K,
                                                           **({"program": program} if program else {})}))



def _read_with_statement_before(ask: str, text: str, parsed: nlu.Parse, turn: Turn) -> str:
    """``ask`` read with the statement just before it when it points back to what that statement names (pack act
    ``points_back``: "... has an in-person internship and also an online internship. Can I apply to both kinds?") and
    that statement states no value (the user's facts are no subject of the ask); ``ask`` itself otherwise."""
    analyzer = getattr(turn.selector, "analyzer", None)
    pack = turn.pack(parsed.language)
    if pack is None or analyzer is None or not pack.act("points_back", ask):
        return ask
    every, asking = analyzer.asking_parts(text, unmarked=True)
    at = next((i for i, part in enumerate(every) if ask in part), 0)
    before = every[at - 1] if at and every[at - 1] not in asking else ""
    stated = turn.read(before).slots if before else {}
    if not before or stated or not _own_concepts(analyzer, before, ask):
        return ask
    return f"{before}{'' if parsed.cjk else ' '}{ask}"



def lone_knowledge_ask(text: str, parsed: nlu.Parse, plan: Plan, turn: Turn) -> str:
    """The one ask of a message whose check was chosen only by the facts it states about the user (a verdict task no
    cue word names: "I am from Egypt, 30, JLPT N3. ... What is the exact application deadline?") when that ask is no
    question of the check: it asks neither whether one may apply nor for a calculator, and asks for a kind of answer
    of its own (a date, a list of documents: answer_types.yaml) or offers a choice ("can I apply to both kinds, or
    must I choose only one?"). "" otherwise: the check answers the message."""
    tasks = turn.tasks
    task = tasks[plan.intent] if plan.intent in tasks else None
    analyzer = getattr(turn.selector, "analyzer", None)
    pack = turn.pack(parsed.language)
    types = compose.selector_types(turn.selector)
    if (task is None or not task.verdict or parsed.intents or parsed.asks_eligibility or plan.more or plan.scenarios
            or analyzer is None or not hasattr(analyzer, "asking_parts") or pack is None or types is None):
        return ""
    asking = analyzer.asking_parts(text, unmarked=True)[1]
    if len(asking) != 1:
        return ""
    piece = asking[0]
    read = turn.read(unmarked(piece, turn))
    # ("Can each of them apply?" after the people's facts asks the check of each: pack act ``asks_eligibility``)
    if read.intents or read.asks_eligibility or pack.act("asks_eligibility", piece) or set(read.slots) & set(plan.args):
        return ""
    own_kind = bool(types.classify(piece).types - compose._YES_NO_TYPES) or pack.act("choice_question", piece)
    return piece if own_kind else ""




def further_asks(text: str, parsed: nlu.Parse, plan: Plan, turn: Turn) -> list[str]:
    """The asks of a calculator message that no calculator of the plan answers: its asking parts (the analyzer's), each
    also cut before a further ask (pack act ``further_ask``: ", also ...", 「あと、…」), that state none of the
    calculators' values, name none of them and do not ask whether one may apply when a verdict is computed."""
    analyzer = getattr(turn.selector, "analyzer", None)
    pack = turn.pack(parsed.language)
    if analyzer is None or not hasattr(analyzer, "asking_parts") or pack is None:
        return []

    def asks(piece: str) -> bool:
        return analyzer.asks(piece) or pack.act("question_clause", piece) or pack.act("own_question", piece)

    parts = _with_clause_before(analyzer.asking_parts(text, unmarked=True)[0], asks)
    running = [plan.intent, *(m["intent"] for m in plan.more)]
    pieces: list[str] = []
    told: list[str] = []  # the parts that ask nothing: what each ask is read with
    told_before: dict[str, str] = {}  # each piece's statement just before it (what "can this one ...?" points back to)
    calculated = False  # an ask of the calculation itself was cut off as its own piece
    numbered: set[str] = set()  # the pieces of a numbered item ("2) do they pay for the flights and where ...?")
    for part in parts:
        for piece in (*pack.act_split("further_ask", part), *pack.act_split("joined_ask", part)):
            if told:
                told_before.setdefault(piece, told[-1])
        if pack.act("numbered_item", part):
            numbered.update([part, *pack.act_split("further_ask", part), *pack.act_split("joined_ask", part)])
        cut = pack.act_split("further_ask", part)
        joined = pack.act_split("joined_ask", part) if len(cut) == 1 else []
        if len(joined) > 1 and asks(part):
            # two asks of one sentence under one request (「活動支援金の総額と、…応募できないのかを教えてください」, "tell me the
            # total and whether ..."): each asks; the one that names a calculator it runs (read with what was told
            # before it, which may name the program: 「JIPの…。活動支援金の総額と」), or asks for a check ("Please check it
            # for Re-Skills and tell me how ..."), is the calculation's
            before = set(turn.parse(" ".join(told)).intents) if told else set()
            for piece in joined:
                named = set(turn.parse(piece).intents) | (set(turn.parse(" ".join([*told, piece])).intents) - before)
                if named & set(running) or pack.act("asks_check", piece):
                    calculated = True
                else:
                    pieces.append(piece)
        elif asks(cut[0]) or (len(cut) > 1 and all(pack.act("numbered_item", piece) for piece in cut) and asks(part)):
            # "... how much is the activity money, also the flight ticket is paid or I pay": what follows "also" after a
            # question asks too; numbered items asked together (「①対象分野、②実習の割合の要件…を教えてください」) each ask
            pieces.extend(cut)
        elif any(asks(piece) for piece in cut[1:]):
            pieces.extend(piece for piece in cut[1:] if asks(piece))
        else:
            told.append(part)
    background = " ".join(told)
    tasks = turn.tasks
    # a request for the calculation written without a question (「講座の認定要件のチェックをお願いします。」, "Please check
    # our course."): it names a calculator it runs or asks for a check (pack act ``asks_check``) and states none of its
    # values, so it is the calculation's ask and the one question beside it (「あと、…締切日はいつでしたか？」) asks of its own
    requested = calculated or any(
        (set(read.intents) & set(running) or pack.act("asks_check", part)) and read.domain and not read.slots
        for part, read in ((part, turn.parse(part)) for part in told))
    if len(pieces) + requested < 2:
        return []  # one ask: the calculation answers it
    # the values the message states outside its asks ("We are certified excellent (優良)."): an ask that only names one
    # again asks of its own when it asks for a kind of answer ("what is the condition to stay excellent?",
    # 「優良だと実習期間は最長何年？」), not the calculation ("if we become 優良 later how many then" gives the value)
    stated: dict[str, Any] = {}
    for part in told:
        stated.update(turn.parse(part).slots)
    types = compose.selector_types(turn.selector)
    answered = set(plan.args).union(*(m["args"] for m in plan.more))
    verdict = any(name in tasks and tasks[name].verdict for name in running)
    out = []
    lang = turn.lang
    # a value an earlier ask gave, named again by a later one ("... JIP online internship for 45 days, how much? ...
    # also do they give me a laptop for online?") is restated there, as a value told outside the asks is
    earlier: dict[str, Any] = {}
    for piece in pieces:
        read = turn.parse(unmarked(piece, turn))  # (its item's number is no value: "2. if I choose online, ...")
        given = {slot for slot, value in read.slots.items()
                 if stated.get(slot) != value and not (slot in earlier and earlier[slot] == value)}
        for slot, value in read.slots.items():
            earlier.setdefault(slot, value)
        restated = set(read.slots) - given
        # (or names a subject of its own no other part of the message names: "a laptop for online?" asks of the
        # computers, whatever mode it names again)
        asks_a_kind = restated and ((types is not None and bool(types.classify(piece).types))
                                    or bool(_own_concepts(analyzer, piece, text)))
        if given & answered or (restated & answered and not asks_a_kind):
            continue
        if points_back_to_values(piece, told_before.get(piece, ""), answered, types, turn):
            continue  # "2) we also have a basic Excel course (40 hours). Can this one also be certified?": the check's
        # an ask that states none of the calculators' values and asks for what no calculator answers (「Re-Skills講座の
        # 対象になる分野を教えてください。」: a list of the fields) is its own, whatever calculator or eligibility it names
        uncalculated = not read.slots and types is not None and bool(types.classify(piece).types & _NEVER_CALCULATED)
        if set(read.intents) & set(running) and not uncalculated:
            continue  # an ask naming a calculator it runs is the calculation's
        if verdict and read.asks_eligibility and not uncalculated:
            continue  # "so can I apply for JIP??": the eligibility check answers it
        if not read.domain:
            # a wh-question of its own on the message's subject ("Also, how do we submit the application?"), or one that
            # asks for a value of its own (「あと、優良の条件は何％の点数が必要ですか？」: a number), is an ask; "Can it be
            # certified?" is the calculation's own question
            # (read with what was told before it, else with the other asks of the message, which name its subject:
            # 「JIPで対面45日の場合、支援金はいくら？あと、申込の締め切りはいつですか？」)
            others = " ".join(p for p in pieces if p != piece)
            in_context = turn.parse(f"{background or others} {piece}".strip()) if background or others else read
            # (a yes/no question offering two choices, "do they send me a laptop or do I use mine?", asks too)
            # (or asks to be told of a subject of its own no other part of the message names, pack act ``info_request``:
            # 「オンラインの場合のPCの扱いを教えて」 beside the support funds asks of the computers; "can we take No.3?" asks
            # the calculation whether)
            own = (pack.act("own_question", piece) or pack.act("choice_question", piece)
                   or (types is not None and bool(types.classify(piece).hard))
                   or (pack.act("info_request", piece) and bool(_own_concepts(analyzer, piece, text))))
            # a numbered item on a subject no other part names ("1) am I eligible? 2) do they pay for the flights
            # ...?") asks of that subject, beside the calculation the message runs (its domain)
            item = piece in numbered and bool(_own_concepts(analyzer, piece, text))
            if not (own and in_context.domain) and not item:
                continue
        out.append(piece)
    turn.lang = lang
    return out



def points_back_to_values(piece: str, before: str, answered: set[str], types: Any, turn: Turn) -> bool:
    """Whether ``piece`` asks of what the statement just ``before`` it describes (answer_types.yaml ``points_back``:
    "can this one also be certified?") and that statement gives a value a calculator of the plan is run with: the ask
    is that calculation's own question, answered by its verdict."""
    if not before or types is None or not hasattr(types, "asks_of_background") or not types.asks_of_background(piece):
        return False
    stated = set(turn.read(before).slots)
    return bool(stated & answered)



# the answer types no calculator's result gives (answer_types.yaml): an ask of one is searched even when it names the
# calculator
_NEVER_CALCULATED = frozenset({"list"})



def _with_clause_before(parts: list[str], asks: Any) -> list[str]:
    """``parts`` with an ask joined to the clause before it in its sentence (「それと、安全衛生の時間も…必要があったと思う
    のですが、何時間くらい必要ですか？」): that clause names what the ask is about, so the ask is read with it."""
    out: list[str] = []
    for part in parts:
        if out and not out[-1].rstrip().endswith(("。", "？", "?", "！", "!", ".")) and asks(part):
            out[-1] = f"{out[-1]}{'、' if has_cjk(part) else ', '}{part}"
        else:
            out.append(part)
    return out



def _own_concepts(analyzer: Any, piece: str, text: str) -> set[str]:
    """The vocabulary concepts ``piece`` names that the rest of the message ``text`` does not."""
    if not hasattr(analyzer, "analyze"):
        return set()
    return set(analyzer.analyze(piece).concepts) - set(analyzer.analyze(text.replace(piece, " ")).concepts)
