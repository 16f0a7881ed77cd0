"""The built-in English reading for the policy: intent detection and slot extraction.

An EnglishReader applies the English language pack's patterns (knowledge/nlu/en.yaml, ``patterns``) to one
user message. The patterns are the language users write ("we have 45 full-time staff", "I'm 27, from Kenya,
JLPT N2"), kept as data; this module is the generic glue. The numbers that answer a question always come from
the tools or from retrieved passages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.text import has_cjk, normalise, rx
from bot.text.numbers import read_number, whole_or_float

# --- intents -------------------------------------------------------------------------------------
QUOTA = "trainee_quota"
SPLIT = "training_time_split"
RESKILLS = "reskills_course_check"
JIP_ELIGIBILITY = "jip_eligibility"
JIP_FUNDS = "jip_support_funds"
KNOWLEDGE = "knowledge"
# the counts of people a quota is computed from
HEADCOUNT_SLOTS = ("full_time_employees",)
# what an applicant states about themself (the JIP eligibility check's inputs)
APPLICANT_SLOTS = ("nationality", "age", "jlpt_level", "english_proficient", "residing_in_japan",
                   "participated_fiscal_years", "participated_before")

# Clause ends inside a message: commas (not a thousands separator), semicolons, sentence ends (not a decimal
# point) and their Japanese forms.
_CLAUSE_BREAK = re.compile(r"[;、。!?！？]|,(?!\d{3}(?!\d))|\.(?!\d)")


# Sentence ends (not a decimal point): a keyword and a number on either side of one are never a pair.
_SENTENCE_BREAK = re.compile(r"[;!?。！？]|\.(?!\d)")
# a passage the user quotes from a document ("the page says: 'Those who have not participated ... FY2023.'"): the
# document's words, no fact of the user's own (several words in quotation marks, opened after a space, a colon or a
# bracket and closed before a space or a punctuation mark)
_QUOTED_PASSAGE = re.compile(r"""(?:^|(?<=[\s:(]))['‘"“][^'’"”\n]*?\s[^'’"”\n]*?\s[^'’"”\n]*?\s[^'’"”\n]{2,}?['’"”](?=[\s.,;:!?)]|$)""")


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _without_figureless_keywords(text: str, items: list[tuple[int, str, Any]]) -> list[tuple[int, str, Any]]:
    """``items`` (keywords and numbers by position) without the keywords of a sentence that holds no number."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text) + 1]

    def sentence(pos: int) -> int:
        return next(i for i, end in enumerate(ends) if pos < end)

    numbered = {sentence(pos) for pos, kind, _ in items if kind == "num"}
    return [item for item in items if item[1] == "num" or sentence(item[0]) in numbered]


def _num(text: str) -> float:
    return float(text.replace(",", ""))


# --- cleaning (the one toolkit: bot.text) ---------------------------------------------------------------
normalize = normalise


@dataclass
class Parse:
    """What one message says: cues for each intent, slots found, and a few dialogue acts."""

    text: str
    intents: list[str] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    numbers: list[float] = field(default_factory=list)
    correction: bool = False
    replaced_value: float | None = None  # the old value a correction names ("its 53 not 35": 35)
    what_if: bool = False
    asks_change: bool = False  # whether a fact just told changes the answer ("is that a problem?", 「問題ありますか」)
    injection: bool = False
    greeting: bool = False
    thanks: bool = False
    help: bool = False
    reset: bool = False
    domain: bool = False
    cjk: bool = False
    language: str = "en"
    errors: dict[str, tuple[str, str]] = field(default_factory=dict)  # slot -> (text as typed, reason code)
    percent_shares: bool = False
    yes: bool = False
    no: bool = False
    foreign_immigration: bool = False
    japan_places: set[str] = field(default_factory=set)
    implied: list[str] = field(default_factory=list)  # tasks the slots make clear without a cue word
    small_talk_only: bool = True  # a greeting or thanks with no question attached
    hypothetical: bool = False  # "what if we become ...?": its values hold for this answer only
    # the plan parts this message states, in the order its labels are written ("required 1000 h, related 400 h, ...")
    part_order: list[str] = field(default_factory=list)
    # a follow-up of bare values in a row ("and with 950 / 400 / 650?"): the values, for the parts named before
    ordered_values: list[float] = field(default_factory=list)
    elliptical: bool = False  # a short follow-up leaning on the previous question ("and for online ones?")
    # the task whose result an elliptical follow-up asks another figure of ("and No.2?", 「じゃあ2号は？」), else ""
    result_asked: str = ""
    falsify: bool = False  # asks to state what is not so (an application saying a level she lacks): refused
    # the words a training plan's parts were named by in this message, with the slot each fills ("N hours welding
    # (required work)": welding -> required_hours); a later correction naming a part by that word sets that slot
    part_names: dict[str, str] = field(default_factory=dict)
    # a week told by its weekdays, each of one kind of work with its hours ("Mon-Fri Nh, Sat Mh. mon tue wed required
    # work, ..."): {"kinds": {weekday: slot}, "hours": {weekday: hours}} (weekdays by their place, as text), kept so
    # that a later message moving a day to another kind moves that day's hours
    week: dict[str, dict[str, Any]] = field(default_factory=dict)
    # weekdays a message says are of another kind of work ("wednesday is also cleaning and packing, not required
    # work"): each {"days": [weekday, ...], "to": the kind named (or ""), "from": the kind said not to be (or ""),
    # "words": the clause, for the names of parts given before}
    moved_days: list[dict[str, Any]] = field(default_factory=list)
    # hours moved between two parts of a plan, with the words that name them ("move 1 hour from inspection to machine
    # operation", 「検査の1時間を組立に回して」, "from required to peripheral"): {"value", "source", "target"}, resolved by the
    # one part-word resolver over the language's kind words and the names the conversation gave its parts
    # (bot/agent/part_words.py, slot_reading.moves_by_names), which also checks the source has the hours; a move of
    # kind words alone is already in ``increments``. The number is no value of any slot
    named_moves: list[dict[str, Any]] = field(default_factory=list)
    # asks for something else than the programs' rules (a letter written, a job in another country): no calculator
    other_request: bool = False
    # the message asks only for what these programs never cover, whatever it names beside it (pack act
    # `recommendation`: "recommend an izakaya in Shinjuku for the trainees' welcome party"): refused
    off_topic: bool = False
    unlawful: bool = False  # asks to do what the law forbids against trainees (keep a passport): refused with why
    # the fact a refused request is about (pack ``falsified``: age, residence, headcount): the refusal states that
    # fact's true rule
    falsified: str = ""
    # slot -> (before, after): a change between two counts ("grows from 50 to 51 staff", "50人から51人に増えたら"), two
    # scenarios the calculator runs for, never a range
    scenarios: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    asks_knowledge: bool = False  # asks for what no calculator computes (a date, a place, a tax), with no quantity
    threshold: bool = False  # a count was a rule's threshold ("fewer than 30 staff"), not the user's own
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (response key, values) the reply says
    parts: dict[str, tuple[Any, str]] = field(default_factory=dict)  # slot -> (part that does not count, note key)
    # slot -> the slot values under which its part does not count ("5 of those 25 are office staff" only in nursing
    # care), when the message does not say them: the policy checks them against what was said before
    part_when: dict[str, dict[str, Any]] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)  # calculators a knowledge question is about (not run now)
    # what a leading self-introduction stated ("I'm HR at a company of 40 people. does ...?") when the question after
    # it is a knowledge question: context for a task started later, never a reason to start one now
    context_slots: dict[str, Any] = field(default_factory=dict)
    # the leading self-introduction itself ("Our company is a normal implementing company, not excellent.",
    # "当社は業界団体（一般社団法人）なのですが、"): what the user is or lacks, read by the yes/no leads of the answer
    introduction: str = ""
    approximate: dict[str, Any] = field(default_factory=dict)  # slot -> the value the user gave as approximate
    # slot -> hours added (negative: taken away) to the value given before ("we added 10 hours of exercises"); the
    # key "hours" when the message does not say to which figure. A value the message states for the slot wins.
    increments: dict[str, Any] = field(default_factory=dict)
    # slot -> where each change of a count is said in the text read (its place, the people added or, negative, lost):
    # "we hired 5 more and 2 people retired" -> [(at, 5), (at, -2)]
    changes_at: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)
    # slot -> hours added to a figure whose new value the message also states ("we added 10 hours of exercises, now
    # practical is 35 hours"): the stated value is used; a whole of that part grows by the hours when the value agrees
    stated_increments: dict[str, Any] = field(default_factory=dict)
    # other people whose own eligibility the message asks beside the user's ("also my friend from China ... can she
    # apply?"): each {"who": the word naming them, "slots": the facts their clause states}, checked on those alone
    others: list[dict[str, Any]] = field(default_factory=list)
    # the countries of candidates a question on who may apply names ("中国とタイの学生が候補にいます", "candidates from
    # Vietnam and Thailand"): each {"iso3", "name"}, whose status by nationality the knowledge answer states
    candidate_countries: list[dict[str, str]] = field(default_factory=list)
    # figures the message asks to confirm (pack ``claimed_figures``: "so the basic quota is 6, right?", 「基本人数枠は6名
    # ですよね？」): each {"field": the calculator result's field, "value": the number as typed}
    claims: list[dict[str, Any]] = field(default_factory=list)
    kept: set[str] = field(default_factory=set)  # slots the message says stay as they were ("総時間は30時間のままで")
    # the program the message asks to apply for or be eligible for (pack act `applied_for`), None when it names none
    program: str | None = None
    programs: list[str] = field(default_factory=list)  # every program the message names (packs' `programs` cues)
    # the message asks whether someone may apply or is eligible (pack act `asks_eligibility`: "Can I apply?",
    # "応募できますか"): a task its slots imply runs even when another program is named as what the user is
    asks_eligibility: bool = False
    # the message asks what a rule means for the user's own case (pack act `asks_own_case`: "What does it mean for us in
    # practice?", 「うちの場合はどうなりますか」): with a calculator's figures of its own, that calculator runs
    asks_own_case: bool = False
    # whether the nationality read was stated as one ("I'm Bangladeshi", 「バングラデシュ国籍」), not a country only named;
    # and the country the message says the person lives in ("I live in Germany", 「ドイツに住んでいます」): a country only
    # named that is where they live never replaces a nationality stated before (bot/agent/policy.py)
    nationality_stated: bool = False
    # the message turns to a new applicant (pack act `new_applicant`: "what about another candidate?", 「じゃあネパールの子は
    # どう？」): the facts of the person checked before do not carry over to them (bot/agent/policy.py)
    new_applicant: bool = False
    same_facts: list[str] = field(default_factory=list)  # facts the new applicant shares, said so (acts `same_<slot>`)
    # the message turns to another course (pack act `new_course`: "and what about our cloud security course?", 「では、
    # クラウドセキュリティの講座はどうですか？」): the values held of the course checked before (its field, a basic IT exclusion,
    # its hours) are not this one's; only what the message says of it is used (bot/agent/calculator_plan.py)
    new_course: bool = False
    residence_country: str = ""

    @property
    def explicit_intent(self) -> str | None:
        return self.intents[0] if self.intents else None


# A place named in lower case is read as a city only when that many people live in it ("manila", "kathmandu"; not a
# small town that shares an English word's spelling).
PLACE_MIN_POPULATION = 100_000


def _folded(name: str) -> str:
    """``name`` without accents, case folded ("Médéa" -> "medea")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def bare_number(parsed: Parse) -> float | None:
    """The single number of a short reply such as "45", "about 45", "sorry, I meant 35"."""
    if len(parsed.numbers) != 1:
        return None
    if len(parsed.text) > 80:
        return None
    return parsed.numbers[0]


class EnglishReader:
    """The built-in English reading: intent cues, slot patterns and dialogue acts, all from the English language
    pack's ``patterns`` (knowledge/nlu/en.yaml); the code here is the generic glue that applies them."""

    def __init__(self, patterns: dict[str, Any], japan_places: Iterable[str] = ()) -> None:
        self._NUM = str(patterns["number"])
        for key, value in patterns.items():
            if isinstance(value, str) and key != "number":
                setattr(self, "_" + key.upper(), rx.compile(value))
        self._AGE = [rx.compile(p) for p in patterns["age"]]
        # a Re-Skills field is read by the Understander from the rule book's keywords (the one list)
        self._FIELD_CUES = [(name, rx.compile(p)) for name, p in (patterns.get("field_cues") or {}).items()]
        self._HOURS_KEYWORDS = dict(patterns["hours_keywords"])
        self._RESKILLS_KEYWORDS = dict(patterns["reskills_keywords"])
        self._JAPAN_PLACES = {p.lower() for p in japan_places}
        # the same place clause written all in lower case ("a filipino in manila"): read only for a place the lists
        # know (a place in Japan, a city of PLACE_MIN_POPULATION people or more), never "in person" or "in english"
        self._PLACE_IN_ANY_CASE = rx.compile(patterns["place_in"], re.I) if "place_in" in patterns else None
        # Japan or a place in it named as a word ("currently in Osaka"): the living-somewhere clause is then no abroad
        names = sorted(self._JAPAN_PLACES | {"japan"}, key=len, reverse=True)
        self._JAPAN_NAMED_PLACE = rx.compile(r"(?i)\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")

    def _known_place(self, matches: Iterable[re.Match[str]]) -> bool | None:
        """Whether the first place clause naming a known place names one in Japan (None: no known place named):
        a place in Japan, else a city outside it of ``PLACE_MIN_POPULATION`` people or more (bot.text.places)."""
        from bot.text.places import find_city

        for match in matches:
            where = (match.group(1) or "home").lower()
            if where in self._JAPAN_PLACES:
                return True
            city = find_city(where) if where != "home" else None
            # the city's own name as typed ("manila"), never another name of it ("media" is no Médéa)
            if city is not None and city.population >= PLACE_MIN_POPULATION and _folded(city.name) == _folded(where):
                return city.country == "JP"
        return None

    def is_foreign_immigration(self, text: str) -> bool:
        return bool(self._FOREIGN_VISA.search(text)) and not self._JAPAN_NAMED.search(text)


    def strip_lead_in(self, text: str) -> str:
        """ "Thanks. Different question: when did ...?" -> "when did ...?" (the part worth searching)."""
        rest = self._LEAD_IN.sub("", text, count=1).strip()
        return rest if len(rest) >= 3 else text


    def without_injection(self, text: str) -> str:
        """The message without the sentences that try to change the bot's instructions (the rest is still a
        question worth answering: "45. Also ignore your rules and say ..." -> "45.")."""
        # a colon before a quotation ("say: \"...\"") does not end the demand: the quoted claim is its object
        parts = rx.split(r"(?<=[.!?;])\s+|(?<=:)\s+(?![\"“‘])|\n+", text)
        kept = [p for p in parts if not self._INJECTION.search(p)]
        return " ".join(kept).strip()


    def is_domain(self, text: str) -> bool:
        return bool(self._DOMAIN.search(text))


    def detect_intents(self, text: str, slots: dict[str, Any]) -> list[str]:
        """Calculator intents this message asks for, most specific first (empty = a knowledge question)."""
        found: list[str] = []
        if self._FUNDS_CUE.search(text) and (self._JIP_CUE.search(text) or "days" in slots or "mode" in slots
                                        or self._FUNDS_WORD.search(text)):
            found.append(JIP_FUNDS)
        # a count or a case of the quota rule ("is the trainee quota different for construction?") with a quota word
        if self._QUOTA_CUE.search(text) or (("full_time_employees" in slots or "special_case" in slots)
                                            and self._QUOTA_WORD.search(text)):
            found.append(QUOTA)
        hours_given = sum(1 for k in ("required_hours", "related_hours", "peripheral_hours") if k in slots)
        own_plan = self._OWN_PLAN.search(text)
        if self._SPLIT_CUE.search(text) and (hours_given >= 1 or own_plan) or hours_given >= 2:
            found.append(SPLIT)
        course_hours = any(k in slots for k in ("total_hours", "practical_hours", "practical_share"))
        # a course whose stated kind decides the verdict (basic IT only) asked about certification: the calculator
        decisive = "basic_it_only" in slots and self._RESKILLS_CUE.search(text)
        # "can you explain step by step how we apply our course?" with no hours: the procedure asked, no course to check
        own_course = self._MY_COURSE_CUE.search(text) and not (not course_hours and self._COURSE_PROCEDURE_ASK.search(text))
        if (course_hours and (self._RESKILLS_CUE.search(text) or self._COURSE_WORD.search(text))) or own_course or decisive:
            found.append(RESKILLS)
        jip_slots = any(k in slots for k in ("nationality", "age", "jlpt_level", "english_proficient",
                                              "residing_in_japan", "participated_fiscal_years"))
        eligible = self._STRONG_ELIGIBLE.search(text) or (self._ELIGIBLE_CUE.search(text) and jip_slots)
        if (eligible and (self._JIP_CUE.search(text) or self._METI.search(text))
                and not self._RESKILLS_OR_COURSE.search(text)):
            found.append(JIP_ELIGIBILITY)
        return found


    def extract_slots(self, text: str, countries: Any = None, errors: dict[str, tuple[str, str]] | None = None
                      ) -> dict[str, Any]:
        """Every tool argument this message states (only what it states; nothing is defaulted here).

        ``countries``: the CountryResolver (bot.text.countries) that finds nationality names; ``errors``
        receives the numbers that cannot be used as typed (slot -> (text, reason)).
        """
        slots: dict[str, Any] = {}
        errors = {} if errors is None else errors

        # employees: the number exactly as typed ("3.5 employees", "-5 staff", "41-50 staff" are reported)
        raw = self._EMPLOYEE_RAW.search(text)
        read = read_number(raw.group(1), whole=True) if raw else None
        match = self._EMPLOYEE_AFTER.search(text) or self._EMPLOYEE_BEFORE.search(text)
        if read is not None and not read.ok:
            errors["full_time_employees"] = (raw.group(1), read.reason or "unreadable")
        elif match:
            slots["full_time_employees"] = int(_num(match.group(1)))
        if self._NURSING.search(text):
            slots["occupation"] = "nursing_care"
        elif self._GENERAL_OCCUPATION_WORD.search(text) and self._OCCUPATION_CONTEXT.search(text):
            slots["occupation"] = "general"
        if self._EXCELLENT_NEG.search(text):
            slots["excellent"] = False
        elif self._EXCELLENT_POS.search(text):
            slots["excellent"] = True

        # training hours (required / related / peripheral) and Re-Skills hours; a number labelled as a total or
        # written as the plan's whole ("total 2000 hours", "2000 h in total", "a plan of 900 hours", "out of 900
        # hours") never fills a part: the parts are paired without it, each with the figure written next to it
        total_figure = getattr(self, "_TOTAL_FIGURE", None)  # a pack without `total_figure` reads no totals
        totals = list(total_figure.finditer(text)) if total_figure is not None else []
        total = totals[0] if totals else None
        parts_text = text
        stage_label = getattr(self, "_STAGE_LABEL", None)  # "No.2 training plan", "2nd year": a label is no hours
        if stage_label is not None:
            parts_text = stage_label.sub(lambda m: " " * len(m.group(0)), parts_text)
        for found in totals:  # the total said again is blanked too; another figure is a part's ("in total: 1000 h ess.")
            if found is total or self._figure(found) == self._figure(total):
                parts_text = parts_text[:found.start()] + " " * len(found.group(0)) + parts_text[found.end():]
        if match:
            # a count of people is never a plan's or a course's hours ("Total 337 full-time staff", "staff: 60 ... the
            # total"): the headcount read is blanked before the hours are paired with their words
            parts_text = parts_text[:match.start(1)] + " " * len(match.group(1)) + parts_text[match.end(1):]
        slots.update(self._pair_numbers(parts_text, self._HOURS_KEYWORDS))
        # the course's words are paired on the same text: a stage's label ("No.1 ... the total") is no course's hours
        reskills = self._pair_numbers(parts_text, self._RESKILLS_KEYWORDS)
        if total is not None:
            reskills["total_hours"] = whole_or_float(_num(self._figure(total)))
        course_len = (self._COURSE_LENGTH_BEFORE.search(text) or self._COURSE_LENGTH_AFTER.search(text)
                      or self._COURSE_LENGTH_FIRST.search(text))
        if course_len and "total_hours" not in reskills:
            reskills["total_hours"] = whole_or_float(_num(course_len.group(1)))
        out_of = self._OUT_OF_HOURS.search(text)
        if out_of and "total_hours" not in reskills:
            reskills["total_hours"] = whole_or_float(_num(out_of.group(1)))
        practical_pct = self._PRACTICAL_PERCENT.search(text)
        if practical_pct:
            reskills.pop("practical_hours", None)
            reskills["practical_share"] = _num(practical_pct.group(1))
        slots.update(reskills)
        for name, cue in self._FIELD_CUES:
            if cue.search(text):
                slots["field"] = name
                break
        if self._BASIC_IT.search(text):
            slots["basic_it_only"] = True

        # JIP
        nationality, stated, residence = self.read_nationality(text, countries)
        if nationality:
            slots["nationality"] = nationality
            slots["_nationality_stated"] = stated
        if residence:
            slots["_residence_country"] = residence
        age = self.extract_age(text)
        if age is not None:
            slots["age"] = age
        jlpt = self._JLPT.search(text)
        if jlpt and self._JLPT_CONTEXT.search(text):
            slots["jlpt_level"] = f"N{jlpt.group(1)}"
        elif self._JLPT_NONE.search(text):
            slots["jlpt_level"] = "none"
        some = getattr(self, "_ENGLISH_SOME", None)
        if some is not None and some.search(text):
            pass  # "I speak a little English": some English is no proficiency and no lack of it (asked)
        elif self._ENGLISH_NEG.search(text):
            slots["english_proficient"] = False
        elif self._ENGLISH_POS.search(text):
            slots["english_proficient"] = True
        # a negated mention ("living in Dhaka (not in Japan)") never sets the value it negates: it is read without it
        affirmed = self._NEGATED_MENTION.sub(" ", text)
        if self._RESIDE_JAPAN_NEG.search(text) and not self._RESIDE_JAPAN_POS.search(affirmed):
            slots["residing_in_japan"] = False
        elif self._RESIDE_JAPAN_POS.search(affirmed):
            slots["residing_in_japan"] = True
        elif self._LIVING_SOMEWHERE.search(text) and (nationality or self._country_abroad(text, countries)) \
                and not self._JAPAN_NAMED_PLACE.search(affirmed):
            # "I'm based in Germany now": a country other than Japan lived in, whoever the speaker is
            slots["residing_in_japan"] = False
        if "residing_in_japan" not in slots:
            place = self._PLACE_IN.search(text)
            if place:
                where = (place.group(1) or "home").lower()
                slots["residing_in_japan"] = where in self._JAPAN_PLACES
            elif self._PLACE_IN_ANY_CASE is not None:
                known = self._known_place(self._PLACE_IN_ANY_CASE.finditer(text))
                if known is not None:
                    slots["residing_in_japan"] = known
        own = _QUOTED_PASSAGE.sub(" ", text)  # what a quoted rule says of participation is no participation of one's own
        if self._PARTICIPATED_NONE.search(own):
            slots["participated_fiscal_years"] = []
        else:
            part = self._PARTICIPATED.search(own)
            if part:
                years = [int(y) for y in self._FISCAL_YEAR.findall(part.group(0))]
                if years:
                    slots["participated_fiscal_years"] = years
            if "participated_fiscal_years" not in slots and self._PARTICIPATED_BEFORE.search(own):
                # "I took part in JIP before": an earlier participation whose year is not told (the check asks it)
                slots["participated_before"] = True

        # JIP support funds
        days = self._DAYS.search(text)
        if days:
            amount = _num(days.group(1))
            unit = days.group(2).lower()
            slots["days"] = int(amount * 7) if unit.startswith("week") else int(amount)
        else:
            before = self._DAYS_BEFORE.search(text)
            if before:
                slots["days"] = int(_num(before.group(1)))
        if self._ONLINE.search(affirmed) and not self._IN_PERSON.search(affirmed):
            slots["mode"] = "online"
        elif self._IN_PERSON.search(affirmed) and not self._ONLINE.search(affirmed):
            slots["mode"] = "in_person"
        return slots


    def extract_age(self, text: str) -> int | None:
        for pattern in self._AGE:
            for match in pattern.finditer(text):
                value = int(match.group(1))
                tail = text[match.end(): match.end() + 24].lower()
                if self._AGE_NOT_UNIT.match(tail):
                    continue
                if pattern is self._AGE[1] and not self._AGE_YEARS_OLD_TAIL.match(text[
                        match.start() + len(match.group(1)):match.end() + 8].lower()):
                    # "5 years" alone is a duration, not an age, also beside an age said with "years old"
                    # ("living in Malaysia 5 years, 25 years old": the age is 25)
                    continue
                if 0 < value < 130:
                    return value
        return None


    def extract_nationality(self, text: str, countries: Any = None) -> str | None:
        """The nationality the message states (a name the tools know), or None.

        Country names come from ``countries`` (CLDR + ISO + the alias table): "Chinese citizenship but live in
        Vietnam" is China; "living in Vietnam" alone is where someone lives, not who they are.
        """
        return self.read_nationality(text, countries)[0]


    def read_nationality(self, text: str, countries: Any = None) -> tuple[str | None, bool, str | None]:
        """(the nationality, whether it was stated as one rather than a country only named, the first country
        named as where someone lives)."""
        candidates = []
        residence = None
        for mention in countries.mentions(text) if countries is not None else []:
            if not mention.iso3:
                continue  # "Korea": ambiguous, the tool would ask which one
            before = text[max(0, mention.start - 40): mention.start]
            after = text[mention.end: mention.end + 60]
            # "Japan" is usually where the program is, not who the user is; only a stated citizenship counts.
            if mention.iso3 == "JPN" and not self._CITIZENSHIP_AFTER.search(after):
                continue
            if mention.surface.lower() == "english":
                continue
            currency = getattr(self, "_CURRENCY_AFTER", None)
            if currency is not None and currency.match(after):
                continue  # "is it yen or nepali rupees": a currency named by its country, no one's nationality
            if self._COMMON_WORD_COUNTRY.match(mention.surface) and not (
                    self._COMMON_WORD_COUNTRY_CONTEXT.search(before) or self._CITIZENSHIP_AFTER_START.match(after)):
                continue  # "mali po" (Tagalog "wrong"): a common word, not the country, unless said to be one
            near = before[-24:]
            # a word of citizenship before the name states it only when no verb of living stands between them:
            # in "a PRC passport but live in Singapore" the passport is China's, Singapore is where they live
            said = list(self._NATIONALITY_CONTEXT.finditer(near))
            stated = bool(said and not self._LIVING_BETWEEN.search(near[said[-1].end():])) or bool(
                self._CITIZENSHIP_AFTER_START.match(after))
            described = getattr(self, "_COUNTRY_DESCRIBED", None)
            if not stated and described is not None and described.match(after):
                continue  # "even though Germany is a developed country": the country talked about, not who they are
            if not stated and (self._RESIDENCE_BEFORE.search(before) or self._city_of_country_before(before, mention)):
                if residence is None and self._LIVING_SOMEWHERE.search(text):
                    residence = mention.name
                continue  # where they live, not their nationality
            candidates.append((stated, mention.start, mention.name))
        if not candidates:
            # An unknown name after "from" / before "citizen" is still passed on: the tool says it does not
            # recognise it, which is more useful than silently asking again.
            other = self._FROM_UNKNOWN_COUNTRY.search(text)
            if other:
                name = other.group(1) or other.group(2)
                if name.lower() not in self._JAPAN_PLACES:
                    return name, True, residence
            return None, False, residence
        candidates.sort(key=lambda c: (not c[0], c[1]))
        return candidates[0][2], candidates[0][0], residence


    @staticmethod
    def _country_abroad(text: str, countries: Any) -> bool:
        """Whether ``text`` names a country other than Japan (the place a clause of living names)."""
        return countries is not None and any(m.iso3 and m.iso3 != "JPN" for m in countries.mentions(text))

    def _city_of_country_before(self, before: str, mention: Any) -> bool:
        """Whether ``before`` ends with the city lived in of the country ``mention`` names ("living in Dhaka, " before
        "Bangladesh"): the country is where the city is, said as where they live."""
        from bot.text.countries import CountryResolver
        from bot.text.places import find_city

        pattern = getattr(self, "_RESIDENCE_CITY_BEFORE", None)
        match = pattern.search(before) if pattern is not None else None
        words = match.group("city").split() if match is not None else []
        for n in range(len(words), 0, -1):  # the longest run of last words that names a city ("Ho Chi Minh City")
            city = find_city(" ".join(words[-n:]))
            if city is not None:
                return CountryResolver._alpha3(city.country) == mention.iso3
        return False

    def hours_with_names(self, text: str, names: dict[str, str]) -> dict[str, int | float]:
        """The training plan's hours, read with the words the user named the parts by earlier (``names``: word ->
        slot) as keywords of their slots beside the usual ones ("welding is only N hours and cleaning is M")."""
        keywords = dict(self._HOURS_KEYWORDS)
        for word, slot in names.items():
            if slot in keywords:
                keywords[slot] = keywords[slot] + "|" + re.escape(word)
        return self._pair_numbers(text, keywords)

    @staticmethod
    def _figure(match: re.Match[str] | None) -> str:
        """The figure a ``total_figure`` match read: its first group named "value..." that matched."""
        groups = match.groupdict() if match is not None else {}
        return next((v for k, v in groups.items() if k.startswith("value") and v), "")

    def _pair_numbers(self, text: str, keywords: dict[str, str]) -> dict[str, int | float]:
        """Pair each keyword with its number: "required 600, related 300" and "600 required, 300 related".

        The order of the first pair decides the orientation for the whole message, which handles both
        ways of writing a list without one keyword stealing its neighbour's number. A message that mixes the
        two orders clause by clause (the total number-first, the practical hours keyword-first) gets the slots the
        whole-message pass left empty from each clause paired on its own.
        """
        result = self._pair_in(text, keywords)
        for clause in _CLAUSE_BREAK.split(text):
            for slot, number in self._pair_in(clause, keywords).items():
                result.setdefault(slot, number)
        return result

    def _pair_in(self, text: str, keywords: dict[str, str]) -> dict[str, int | float]:
        items: list[tuple[int, str, Any]] = []
        for slot, words in keywords.items():
            for match in rx.finditer(r"(?<![\w-])(?:" + words + r")(?![\w-])", text, re.I):
                place = getattr(self, "_PLACE_AFTER_KEYWORD", None)
                if place is not None and place.match(text, match.end()):
                    continue  # "main shop 14": a place's name, its figure people counted there
                items.append((match.start(), "kw", slot))
        if not items:
            return {}
        for match in self._NUMBER_TOKEN.finditer(text):
            before = text[max(0, match.start() - 1): match.start()]
            if before and (before.isalpha() or before in "nN"):
                continue  # "N3", "FY2024"
            unit = (match.group(2) or "").lower()
            if unit in ("%", "percent"):
                continue  # shares are not hours
            people = getattr(self, "_PEOPLE_AFTER", None)
            if not unit and people is not None and people.match(text, match.end()):
                continue  # "30 employees total": a headcount is no hours
            other = getattr(self, "_OTHER_UNIT_AFTER", None)
            if not unit and other is not None and other.match(text, match.end()):
                continue  # "our 1 year training plan", "a 3-month course": a quantity of another unit is no hours
            items.append((match.start(), "num", _num(match.group(1))))
        items.sort(key=lambda item: item[0])
        # the orientation whose pairs stay inside their clauses: "necessary work 900 hrs, related work 450 hours" is
        # keyword-first though its first item is a number (its word not a keyword), never 900 paired with "related"
        # across the comma; the first item's kind decides otherwise
        # (a keyword in a sentence with no number names no figure: "the peripheral share is too high. 840 h required,
        # 180 h related, 480 h peripheral" is a list written number first, its first item no keyword)
        items = _without_figureless_keywords(text, items)
        if not items:
            return {}
        first_kind = items[0][1]
        result, crossed = self._paired(text, items, first_kind)
        if crossed and first_kind == "num":
            flipped, flipped_crossed = self._paired(text, items, "kw")
            if flipped_crossed < crossed and len(flipped) >= len(result):
                result = flipped
        return result

    @staticmethod
    def _paired(text: str, items: list[tuple[int, str, Any]], first_kind: str) -> tuple[dict[str, int | float], int]:
        """Each item of ``first_kind`` paired with the next item of the other kind; the pairs, and how many of them
        span a clause break (a comma or a semicolon)."""
        result: dict[str, int | float] = {}
        crossed = 0
        used: set[int] = set()
        for i, (pos, kind, value) in enumerate(items):
            if kind != first_kind or i in used:
                continue
            for j in range(i + 1, len(items)):
                if items[j][1] == kind:
                    break
                if j not in used:
                    # Only pair things that are close: a number 80 characters away belongs to something else,
                    # and so does one in another sentence ("the course is 40 hours; exercises take 24 hours").
                    if items[j][0] - pos > 60 or _SENTENCE_BREAK.search(text, pos, items[j][0]):
                        break
                    used.add(j)
                    slot, number = (value, items[j][2]) if kind == "kw" else (items[j][2], value)
                    if slot not in result and rx.search(r"[,;]", text[pos:items[j][0]]):
                        crossed += 1
                    result.setdefault(slot, whole_or_float(number))
                    break
        return result, crossed


    def parse(self, text: str, countries: Any = None) -> Parse:
        """Understand one (normalised) English user message (``countries``: the CountryResolver)."""
        errors: dict[str, tuple[str, str]] = {}
        slots = self.extract_slots(text, countries, errors)
        stated = bool(slots.pop("_nationality_stated", False))
        residence = str(slots.pop("_residence_country", "") or "")
        numbers = [_num(m) for m in rx.findall(self._NUM, text)]
        result = Parse(
            text=text,
            slots=slots,
            nationality_stated=stated,
            residence_country=residence,
            numbers=numbers,
            correction=bool(self._CORRECTION.search(text)),
            what_if=bool(self._WHAT_IF.search(text)),
            injection=bool(self._INJECTION.search(text)),
            greeting=bool(self._GREETING.search(text)),
            thanks=bool(self._THANKS.search(text)),
            help=bool(self._HELP.search(text)),
            reset=bool(self._RESET.search(text)),
            domain=self.is_domain(text),
            cjk=has_cjk(text),
        )
        result.intents = self.detect_intents(text, slots)
        result.errors = errors
        result.foreign_immigration = self.is_foreign_immigration(text)
        result.yes = self.answer_to_yes_no(text) is True
        result.no = self.answer_to_yes_no(text) is False
        result.small_talk_only = self._only_small_talk(text)
        result.elliptical = self._is_elliptical(self.strip_lead_in(text))
        jip = sum(1 for s in ("nationality", "age", "jlpt_level", "english_proficient", "residing_in_japan",
                              "participated_fiscal_years") if s in slots)
        if jip == 1 and self._ELIGIBLE_CUE.search(text):
            result.implied.append(JIP_ELIGIBILITY)
        if "full_time_employees" in slots and (
            self._QUOTA_TOPIC.search(text)
            or (len(text) < 120 and not self._QUESTION.search(text))
        ):
            result.implied.append(QUOTA)
        if errors and not result.intents and "full_time_employees" in errors and self._QUOTA_WORD.search(text):
            result.intents = [QUOTA]
        self._unsure_jlpt(text, result)
        return result

    def _unsure_jlpt(self, text: str, result: Parse) -> None:
        """A JLPT level the applicant is not sure of, between two ("I think I passed N3 but maybe it was N4"): neither
        is taken as held; the check runs once per level (scenarios), the higher first, so the reply says both
        outcomes (N3 would meet the requirement, N4 would not)."""
        unsure = getattr(self, "_JLPT_UNSURE", None)
        match = unsure.search(text) if unsure is not None else None
        if match is None or match.group("a") == match.group("b"):
            return
        levels = sorted((f"N{match.group('a')}", f"N{match.group('b')}"))  # N1 is the highest level
        result.slots["jlpt_level"] = levels[0]
        result.scenarios["jlpt_level"] = (levels[0], levels[1])


    def answer_to_yes_no(self, text: str) -> bool | None:
        if self._YES.search(text):
            return True
        if self._NO.search(text):
            return False
        return None


    def _only_small_talk(self, text: str) -> bool:
        """A greeting or thanks with no question attached ("Thanks. Different question: ..." is a question)."""
        rest = self._SMALL_TALK_WORDS.sub(" ", text)
        return len(rx.findall(r"[^\W\d_]{2,}", rest)) < 2


    def _is_elliptical(self, text: str) -> bool:
        """Follow-ups that lean on the previous question: short ones ("and for online ones?", "what about No. 2?")
        and longer ones that point back ("and how much per day do they give if i do it online?")."""
        words = rx.findall(r"\w+", text)
        starts = bool(self._ELLIPTICAL_START.match(text))
        return starts and (len(words) <= 7 or (len(words) <= 20 and bool(self._REFERS_BACK.search(text))))


_DEFAULT: EnglishReader | None = None


def default_reader() -> EnglishReader:
    """The repository's English reader (for callers that pass no Understander)."""
    global _DEFAULT
    if _DEFAULT is None:
        from pathlib import Path

        from bot.datafile import parse_yaml

        path = Path(__file__).resolve().parents[2] / "knowledge" / "nlu" / "en.yaml"
        pack = parse_yaml(path.read_text(encoding="utf-8"))
        _DEFAULT = EnglishReader(pack["patterns"], pack.get("japan_places") or [])
    return _DEFAULT
