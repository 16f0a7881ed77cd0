"""Rule-based language understanding for the built-in policy: intent detection and slot extraction.

Pure functions over one user message. The patterns are the language users write ("we have 45 full-time
staff", "I'm 27, from Kenya, JLPT N2"), not the rules themselves: the numbers that answer a question
always come from the tools or from retrieved passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.text import has_cjk, has_letters_or_digits, normalise
from bot.text.numbers import read_number

# --- intents -------------------------------------------------------------------------------------
QUOTA = "trainee_quota"
SPLIT = "training_time_split"
RESKILLS = "reskills_course_check"
JIP_ELIGIBILITY = "jip_eligibility"
JIP_FUNDS = "jip_support_funds"
KNOWLEDGE = "knowledge"
CALCULATORS = (QUOTA, SPLIT, RESKILLS, JIP_ELIGIBILITY, JIP_FUNDS)

# Which slots each calculator takes (the tool argument names) and which must be known before calling.
SLOTS_BY_INTENT: dict[str, tuple[str, ...]] = {
    QUOTA: ("full_time_employees", "occupation", "excellent"),
    SPLIT: ("required_hours", "related_hours", "peripheral_hours"),
    RESKILLS: ("practical_hours", "total_hours", "field", "basic_it_only", "practical_share"),
    JIP_ELIGIBILITY: (
        "nationality",
        "age",
        "residing_in_japan",
        "jlpt_level",
        "english_proficient",
        "participated_fiscal_years",
    ),
    JIP_FUNDS: ("mode", "days"),
}
REQUIRED_SLOTS: dict[str, tuple[str, ...]] = {
    QUOTA: ("full_time_employees",),
    SPLIT: ("required_hours", "related_hours", "peripheral_hours"),
    RESKILLS: ("total_hours", "practical_hours"),
    JIP_ELIGIBILITY: (),  # the tool itself reports which criteria are still unknown
    JIP_FUNDS: ("mode", "days"),
}
NUMERIC_SLOTS = {
    "full_time_employees",
    "required_hours",
    "related_hours",
    "peripheral_hours",
    "practical_hours",
    "total_hours",
    "age",
    "days",
    "practical_share",
}

_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _int_or_float(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# --- cleaning (the one toolkit: bot.text) ---------------------------------------------------------------
normalize = normalise


# --- injection / small talk --------------------------------------------------------------------------
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompt|guidelines|"
    r"previous|above|system)\b"
    r"|\b(system prompt|developer mode|jailbreak|you are now|pretend (?:to be|you are)|act as)\b"
    r"|\b(say|tell (?:me|them|everyone)|answer|reply|respond)\b.{0,30}\b(unlimited|no limit|infinite)\b",
    re.I,
)
_GREETING = re.compile(r"^\s*(hi|hello|hey|good (?:morning|afternoon|evening)|howdy|konnichiwa|こんにちは)\b", re.I)
_THANKS = re.compile(r"\b(thanks|thank you|thx|cheers|arigato|ありがとう)\b", re.I)
_HELP = re.compile(
    r"^\s*(help|what can you do|what do you (?:know|cover)|who are you|what are you|how do(?:es)? (?:this|you) work)\b",
    re.I,
)
_RESET = re.compile(r"\b(start over|new topic|reset|never ?mind|forget (?:it|that))\b", re.I)

# Words that show a message is about this bot's domain at all (used with retrieval confidence to refuse
# off-topic questions that happen to share a word with the documents).
_DOMAIN = re.compile(
    r"\b(intern\w*|trainee\w*|training|skill\w*|ssw|titp|jip|meti|mhlw|visa|residence|status|immigra\w*|"
    r"foreign\w*|worker\w*|employ\w*|staff|quota|occupation\w*|nursing|care|caregiver\w*|course\w*|"
    r"certif\w*|curricul\w*|re-?skills?|program\w*|programme\w*|jlpt|japanese|english|eligib\w*|apply|"
    r"applicat\w*|requirement\w*|supervis\w*|organi[sz]ation\w*|compan\w*|sme|recruit\w*|hire|hiring|"
    r"stay|period|years?|field\w*|industr\w*|construction|shipbuilding|peripheral|related|required|"
    r"essential|work|job\w*|support|fund\w*|allowance|yen|days?|online|in[- ]person|oecd|dac|"
    r"nationality|citizen\w*|country|countries|developing|japan|tokyo|worknet|waasa|cinga|jica|ai|iot|"
    r"data|cloud|security|network\w*|benefit\w*|deadline|e-gov|hours?|limit\w*|maximum|minimum|"
    r"accept\w*|host|placement\w*|insurance|ticket\w*|accommodation|pc|computer\w*|recommendation|"
    r"enrol\w*|graduat\w*|student\w*|age|old)\b",
    re.I,
)


# Other countries' immigration questions share words with the documents ("apply", "work", "visa") but are
# outside what this bot knows.
_FOREIGN_VISA = re.compile(
    r"\b(h-?1b|h-?2[ab]|l-?1|o-?1|green card|schengen|esta|express entry|skilled worker visa|tier 2|"
    r"working holiday visa)\b"
    r"|\b(us|u\.s\.|american|uk|british|canad\w*|australi\w*|german|schengen|eu|european|new zealand|korean|"
    r"chinese|singapore\w*)\s+(?:work\s+|student\s+|tourist\s+)?(visa|immigration|citizenship|residence permit|"
    r"work permit)\b",
    re.I,
)


def is_foreign_immigration(text: str) -> bool:
    return bool(_FOREIGN_VISA.search(text)) and not re.search(r"\bjapan", text, re.I)


_LEAD_IN = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|thanks?(?: you)?(?: very much| so much| a lot)?|great|cool|got it|i see|alright|all right)"
    r"[.!,]*\s*)*(?:(?:a |another |one more |different |new |other )?(?:question|topic|thing)[:.,]?\s*)?",
    re.I,
)


def strip_lead_in(text: str) -> str:
    """ "Thanks. Different question: when did ...?" -> "when did ...?" (the part worth searching)."""
    rest = _LEAD_IN.sub("", text, count=1).strip()
    return rest if len(rest) >= 3 else text


def without_injection(text: str) -> str:
    """The message without the sentences that try to change the bot's instructions (the rest is still a
    question worth answering: "45. Also ignore your rules and say ..." -> "45.")."""
    parts = re.split(r"(?<=[.!?;:])\s+|\n+", text)
    kept = [p for p in parts if not _INJECTION.search(p)]
    return " ".join(kept).strip()


def is_domain(text: str) -> bool:
    return bool(_DOMAIN.search(text))


# --- intent cues -------------------------------------------------------------------------------------
_QUOTA_CUE = re.compile(
    r"\bhow many\b.{0,60}\b(trainees?|interns?|technical intern\w*|foreign(?:ers| workers))\b"
    r".{0,60}\b(can|could|may|are we allowed|allowed|am i allowed)\b.{0,30}\b(accept|take|hire|have|receive|"
    r"bring|employ|get|admit|hold)\b"
    r"|\bhow many\b.{0,40}\b(can|may|could)\b.{0,30}\b(accept|take|hire|receive|bring|admit)\b.{0,40}"
    r"\b(trainees?|interns?)\b"
    r"|\b(our|my|the company's|a company's)\s+(quota|intake limit|limits?)\b"
    r"|\b(quota|limits?)\b.{0,30}\bno\.?\s?[123]\b"
    r"|\b(trainee|intern|intake) (?:quota|limit|cap)s?\b.{0,40}\b(for|with)\b.{0,20}\d"
    r"|受け?入れ人数|人数枠|何人.{0,12}受け?入れ",
    re.I,
)
_SPLIT_CUE = re.compile(
    r"\b(training (?:time|hours|plan)|split|breakdown|composition|share|ratio|proportion|allowed|ok|valid|"
    r"check|comply|compliant)\b.{0,80}\b(required|essential|related|peripheral)\b"
    r"|\b(required|essential)\b.{0,60}\brelated\b.{0,60}\bperipheral\b"
    r"|\bperipheral\b.{0,40}\b\d",
    re.I,
)
_RESKILLS_CUE = re.compile(
    r"\b(re-?skills?|fourth industrial revolution|reskill\w*)\b.{0,80}\b(certif\w*|eligib\w*|qualif\w*|"
    r"pass|meet|approv\w*|count|accept\w*)\b"
    r"|\b(certif\w*|eligib\w*|qualif\w*)\b.{0,60}\b(re-?skills?|fourth industrial revolution)\b"
    r"|\b(my|our|this)\s+(?:\d+[- ]hours?\s+)?(course|curriculum|training course)\b.{0,80}"
    r"\b(certif\w*|eligib\w*|qualif\w*|practical|practice)\b"
    r"|\bpractical\b.{0,40}\b\d+\b.{0,40}\b(total|hours)\b",
    re.I,
)
_JIP_CUE = re.compile(
    r"\b(japan internship program(?:me)?|jip|meti(?:'s)? (?:government )?internship|government internship|"
    r"internship program)\b"
    r"|\binternship\b",
    re.I,
)
_ELIGIBLE_CUE = re.compile(r"\b(eligib\w*|qualif\w*|can i (?:still )?(?:apply|join|participate|take part)|may i apply|"
                           r"am i allowed|could i apply|do i meet|apply again|take part again|join again)\b", re.I)
_STRONG_ELIGIBLE = re.compile(r"\b(eligib\w*|qualif\w*|am i allowed|do i meet|can i still apply|apply again|"
                              r"take part again|join again)\b", re.I)
_MY_COURSE_CUE = re.compile(r"\b(my|our|this)\s+(?:[\w-]+\s+){0,3}?(course|curriculum|class|workshop|bootcamp)\b"
                            r".{0,80}\b(certif\w*|eligib\w*|qualif\w*)\b", re.I)
_FUNDS_CUE = re.compile(
    r"\b(support fund\w*|activity (?:support )?fund\w*|allowance|stipend|how much (?:money|support|funding|"
    r"will i (?:get|receive)|do (?:i|interns) (?:get|receive))|per diem|daily (?:pay|allowance))\b"
    r"|\b(how much|total)\b.{0,40}\b(days?|weeks?)\b.{0,40}\b(online|in[- ]person|internship)\b"
    r"|\b(online|in[- ]person)\b.{0,40}\b(\d+|a)\s*(days?|weeks?)\b.{0,40}\b(fund\w*|get|receive|money|yen)\b",
    re.I,
)


# --- slot patterns -------------------------------------------------------------------------------------
_EMPLOYEE_AFTER = re.compile(
    _NUM + r"\s*(?:full[- ]?time|regular|permanent|fte)?\s*(?:japanese\s+)?(?:nursing[- ]care\s+|care\s+)?"
    r"(?:employees?|staff(?:\s+members?)?|workers|people|persons|personnel|members|caregivers|care\s?workers|"
    r"full[- ]?timers|ftes?|headcount)\b",
    re.I,
)
_EMPLOYEE_BEFORE = re.compile(
    r"\b(?:employees?|staff|headcount|workforce|full[- ]?timers|ftes?|employ)\b\s*(?:count|number|size)?\s*"
    r"(?:of|is|are|=|:|totals?|totalling|of about|around|about|is about)?\s*(?:about|around|roughly|approx\.?)?\s*"
    + _NUM
    + r"(?!\s*(?:%|percent|hours?|days?|years?))",
    re.I,
)
_EMPLOYEE_RAW = re.compile(
    r"(?<![\w.,])([-+−]?\d[\d.,]*(?:[eE][-+]?\d+)?(?:\s*-\s*\d[\d.,]*)?)\s*(?:full[- ]?time\s+|regular\s+)?"
    r"(?:employees?|staff|workers|people|persons|personnel|ftes?)\b",
    re.I,
)
_NURSING = re.compile(r"\b(nursing[- ]?care|nursing|care ?workers?|caregiv\w*|kaigo|elderly care|care home)\b|介護",
                      re.I)
_GENERAL_OCC = re.compile(r"\b(general|manufactur\w*|construction|factory|agricultur\w*|food|welding|"
                          r"not (?:nursing|care))\b", re.I)
_EXCELLENT_NEG = re.compile(
    r"\b(not|n't|no longer|non-?)\s*(?:an?\s+|rated\s+|certified\s+(?:as\s+)?)?(excellent|outstanding|"
    r"top[- ]rated)\b|\b(standard|regular|normal|ordinary) (?:organi[sz]ation|company|implementing|employer)\b"
    r"|\bexcellent\w*\s*[:=]\s*(?:false|no|0|n)\b",
    re.I,
)
_EXCELLENT_POS = re.compile(r"\b(excellent|outstanding|top[- ]rated|優良)\b|優良", re.I)

_AGE = [
    re.compile(r"\b(?:i am|i'm|im|i’m)\s+(\d{1,3})\b(?!\s*(?:%|hours?|days?|employees|staff|people|yen|from\b\s*\d))",
               re.I),
    re.compile(r"\b(\d{1,3})\s*(?:years?|yrs?|y/o|yo)(?:[- ]old|\s+of age)?\b(?!\s*(?:of (?:experience|work)|"
               r"ago|in japan|experience))", re.I),
    re.compile(r"\bage(?:d)?\s*(?:is|:|=|of)?\s*(\d{1,3})\b", re.I),
    re.compile(r"\b(\d{1,3})-years?-old\b", re.I),
    re.compile(r"\b(?:citizen|national|applicant|student|graduate|engineer),?\s+(\d{1,2})\b(?!\s*(?:%|hours?|days?))",
               re.I),
    re.compile(r"(\d{1,3})\s*歳"),
]
_AGE_YEARS_OLD = re.compile(r"\b(\d{1,3})\s*(?:years?|yrs?)[- ]old\b|\b(\d{1,3})\s*y/?o\b", re.I)

_JLPT = re.compile(r"\b(?:jlpt\s*)?(?:level\s*)?\bn\s?([1-5])\b", re.I)
_JLPT_NONE = re.compile(r"\b(no jlpt|don'?t (?:speak|know) (?:any )?japanese|no japanese|without (?:a )?jlpt|"
                        r"not (?:speak|know) japanese|never (?:took|taken|passed) (?:the )?jlpt)\b", re.I)
_ENGLISH_POS = re.compile(
    r"\b(fluent|proficient|good|strong|native|excellent|business[- ]level|advanced|speak|use|c1|c2|b2)\b[^.?!]{0,25}"
    r"\benglish\b|\benglish\b[^.?!]{0,30}\b(fluent|proficient|good|strong|native|is (?:fine|ok)|speaker|"
    r"level is (?:good|high|advanced))\b|\b(ielts|toefl|toeic|cambridge|duolingo)\b",
    re.I,
)
_ENGLISH_NEG = re.compile(
    r"\b(no|not|don'?t|do not|can'?t|cannot|poor|weak|little|limited|basic)\b[^.?!]{0,20}\benglish\b"
    r"|\benglish\b[^.?!]{0,20}\b(is (?:poor|weak|limited|basic|not good))\b",
    re.I,
)
_RESIDE_JAPAN_POS = re.compile(
    r"\b(i (?:currently |now |still )?(?:live|reside|am living|am staying|stay|work|study)|i'm (?:living|staying|working|studying|based)|"
    r"currently (?:living|residing|based|staying)|i am (?:based|currently)|i'm currently|living)\b[^.?!]{0,20}"
    r"\b(in|at)\s+(japan|tokyo|osaka|kyoto|nagoya|yokohama|fukuoka|sapporo|kobe|sendai|hiroshima)\b"
    r"|\b(i'?m|i am)\s+(?:already\s+|currently\s+|now\s+)?in\s+japan\b|\b(residing|resident)\s+(?:in\s+)?japan\b",
    re.I,
)
_RESIDE_JAPAN_NEG = re.compile(
    r"\b(not|don'?t|do not|never)\s+(?:currently\s+)?(?:live|living|reside|residing|staying|based|in)\b"
    r"[^.?!]{0,12}\bjapan\b|\boutside (?:of )?japan\b",
    re.I,
)
_JAPAN_PLACES = {"japan", "tokyo", "osaka", "kyoto", "nagoya", "yokohama", "fukuoka", "sapporo", "kobe", "sendai",
                  "hiroshima", "chiba", "saitama", "okinawa", "kawasaki", "nara"}
# "a Nepali student in Kathmandu", "currently working in Singapore", "Filipino in Manila": where someone is.
_PLACE_IN = re.compile(
    r"\b(?:live|lives|living|based|reside|residing|staying|stay|student|working|work|studying|study|currently|"
    r"now|citizen|national|graduate|engineer|[A-Z][a-z]+(?:an|ese|ish|ino|ina|i))\s+(?:\w+\s+){0,2}?in\s+"
    r"([A-Z][A-Za-z-]+)"
    r"|\b(?:live|living|stay|staying)\s+(at)\s+home\b"
)
_PARTICIPATED_NONE = re.compile(r"\b(never|not|haven'?t|have not|didn'?t|did not)\b[^.?!]{0,30}"
                                r"\b(participat\w*|joined|taken part|been (?:in|on|part))\b|\bfirst time\b", re.I)
_PARTICIPATED = re.compile(r"\b(participat\w*|joined|took part|was (?:in|on|part of)|did (?:the|this) "
                           r"(?:program|internship)|was an? (?:jip |meti )?intern|interned)\b[^.?!]{0,40}", re.I)
_FISCAL_YEAR = re.compile(r"\b(?:fy\s?|fiscal (?:year )?)?((?:19|20)\d\d)\b", re.I)

_DAYS = re.compile(r"\b" + _NUM + r"\s*(?:-\s*)?(days?|weeks?|business days|working days)\b", re.I)
_DAYS_BEFORE = re.compile(r"\b(?:days?|duration|length)\s*(?:is|of|:|=|would be)?\s*" + _NUM + r"\b", re.I)
_ONLINE = re.compile(r"\b(online|remote(?:ly)?|from home|virtual(?:ly)?|オンライン)\b", re.I)
_IN_PERSON = re.compile(r"\b(in[- ]person|on[- ]site|onsite|in japan|physically|face[- ]to[- ]face|come to japan)\b",
                        re.I)

_BASIC_IT = re.compile(r"\b(basic|fundamental|introductory|beginner|entry[- ]level)\b[^.?!]{0,20}"
                       r"\b(it|computer|office|skills?|course|excel|word)\b", re.I)
_FIELD_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("ai", re.compile(r"\b(ai|artificial intelligence|machine learning|deep learning)\b", re.I)),
    ("iot", re.compile(r"\b(iot|internet of things)\b", re.I)),
    ("data science", re.compile(r"\b(data science|data analy\w*|big data|data scien\w*)\b", re.I)),
    ("cloud", re.compile(r"\b(cloud(?: computing)?|aws|azure)\b", re.I)),
    ("design thinking", re.compile(r"\bdesign thinking\b", re.I)),
    ("agile", re.compile(r"\bagile\b", re.I)),
    ("security", re.compile(r"\b(security|cyber ?security|infosec)\b", re.I)),
    ("networking", re.compile(r"\bnetwork(?:ing|s)?\b", re.I)),
    ("model-based development", re.compile(r"\b(model[- ]based development|mbd|automotive|automobile)\b", re.I)),
    ("accounting", re.compile(r"\b(accounting|bookkeeping)\b", re.I)),
    ("marketing", re.compile(r"\bmarketing\b", re.I)),
    ("cooking", re.compile(r"\b(cooking|culinary)\b", re.I)),
    ("language", re.compile(r"\b(language course|japanese lessons|english lessons)\b", re.I)),
]

_HOURS_KEYWORDS = {
    "required_hours": r"required|essential|mandatory|compulsory|must[- ]do|main|必須",
    "related_hours": r"related|関連",
    "peripheral_hours": r"peripheral|surrounding|周辺",
}
_RESKILLS_KEYWORDS = {
    "practical_hours": r"practical|practice|practicals|hands[- ]on|exercises?|labs?|presentations?",
    "total_hours": r"total|overall|in all|altogether|whole|entire|in total|curriculum",
}
_NUMBER_TOKEN = re.compile(_NUM + r"\s*(%|percent|h\b|hrs?\b|hours?\b)?", re.I)

_CORRECTION = re.compile(
    r"^\s*(?:(?:sorry|oops|my bad|apologies|wait|no|nope|correction|oh)\b[,.!:]?\s*)*"
    r"(?:i meant|i mean|meant|make (?:it|that)|change (?:it|that) to|it'?s|it is|actually|rather|should be|"
    r"correction:?)\b",
    re.I,
)
_WHAT_IF = re.compile(r"\b(what if|what about|and if|how about|suppose|instead|if we had|if i were|if i am)\b", re.I)


_NATIONALITY_CONTEXT = re.compile(
    r"\b(from|citizen|citizenship|national(?:ity)?|passport|born in|i am|i'm|im|i’m|as an?)\b", re.I
)


@dataclass
class Parse:
    """What one message says: cues for each intent, slots found, and a few dialogue acts."""

    text: str
    intents: list[str] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    numbers: list[float] = field(default_factory=list)
    correction: bool = False
    what_if: bool = False
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
    elliptical: bool = False  # a short follow-up leaning on the previous question ("and for online ones?")

    @property
    def explicit_intent(self) -> str | None:
        return self.intents[0] if self.intents else None


def detect_intents(text: str, slots: dict[str, Any]) -> list[str]:
    """Calculator intents this message asks for, most specific first (empty = a knowledge question)."""
    found: list[str] = []
    if _FUNDS_CUE.search(text) and (_JIP_CUE.search(text) or "days" in slots or "mode" in slots
                                    or re.search(r"\b(fund|allowance|stipend)", text, re.I)):
        found.append(JIP_FUNDS)
    if _QUOTA_CUE.search(text) or ("full_time_employees" in slots and re.search(
            r"\b(trainees?|interns?|quota|how many)\b", text, re.I)):
        found.append(QUOTA)
    hours_given = sum(1 for k in ("required_hours", "related_hours", "peripheral_hours") if k in slots)
    own_plan = re.search(r"\b(my|our|this|check)\b", text, re.I)
    if _SPLIT_CUE.search(text) and (hours_given >= 1 or own_plan) or hours_given >= 2:
        found.append(SPLIT)
    course_hours = any(k in slots for k in ("total_hours", "practical_hours", "practical_share"))
    if (course_hours and (_RESKILLS_CUE.search(text) or re.search(r"course|curriculum|workshop|class|training",
                                                                  text, re.I))) or _MY_COURSE_CUE.search(text):
        found.append(RESKILLS)
    jip_slots = any(k in slots for k in ("nationality", "age", "jlpt_level", "english_proficient",
                                          "residing_in_japan", "participated_fiscal_years"))
    eligible = _STRONG_ELIGIBLE.search(text) or (_ELIGIBLE_CUE.search(text) and jip_slots)
    if (eligible and (_JIP_CUE.search(text) or re.search(r"\bmeti\b", text, re.I))
            and not re.search(r"re-?skills|course", text, re.I)):
        found.append(JIP_ELIGIBILITY)
    return found


def extract_slots(text: str, countries: Any = None, errors: dict[str, tuple[str, str]] | None = None
                  ) -> dict[str, Any]:
    """Every tool argument this message states (only what it states; nothing is defaulted here).

    ``countries``: the CountryResolver (bot.text.countries) that finds nationality names; ``errors``
    receives the numbers that cannot be used as typed (slot -> (text, reason)).
    """
    slots: dict[str, Any] = {}
    lower = text.lower()
    errors = {} if errors is None else errors

    # employees: the number exactly as typed ("3.5 employees", "-5 staff", "41-50 staff" are reported)
    raw = _EMPLOYEE_RAW.search(text)
    read = read_number(raw.group(1), whole=True) if raw else None
    match = _EMPLOYEE_AFTER.search(text) or _EMPLOYEE_BEFORE.search(text)
    if read is not None and not read.ok:
        errors["full_time_employees"] = (raw.group(1), read.reason or "unreadable")
    elif match:
        slots["full_time_employees"] = int(_num(match.group(1)))
    if _NURSING.search(text):
        slots["occupation"] = "nursing_care"
    elif re.search(r"\b(general|other|not nursing|non-nursing)\s*(?:occupation|job|work)?\b", text, re.I) and re.search(
            r"occupation|job|nursing|general", text, re.I):
        slots["occupation"] = "general"
    if _EXCELLENT_NEG.search(text):
        slots["excellent"] = False
    elif _EXCELLENT_POS.search(text):
        slots["excellent"] = True

    # training hours (required / related / peripheral) and Re-Skills hours
    slots.update(_pair_numbers(text, _HOURS_KEYWORDS))
    reskills = _pair_numbers(text, _RESKILLS_KEYWORDS)
    course_len = re.search(_NUM + r"\s*[- ]?\s*(?:hours?|h|hrs?)[- ](?:long\s+)?(?:[\w-]+\s+){0,2}?(?:course|program|"
                           r"programme|curriculum|training|workshop|class|bootcamp)", text, re.I) or re.search(
        r"\b(?:course|program|programme|curriculum|class|workshop|bootcamp)\b[^.?!\d]{0,12}" + _NUM
        + r"\s*(?:hours?|h\b|hrs?)(?!\s*(?:of\s+)?(?:practi|hands|exerc))", text, re.I)
    if course_len and "total_hours" not in reskills:
        reskills["total_hours"] = _int_or_float(_num(course_len.group(1)))
    out_of = re.search(r"\b(?:out of|of a|of the|from a)\s+" + _NUM + r"\s*(?:[- ]?hours?|h\b|hrs?)", text, re.I)
    if out_of and "total_hours" not in reskills:
        reskills["total_hours"] = _int_or_float(_num(out_of.group(1)))
    practical_pct = re.search(_NUM + r"\s*(?:%|percent)\s*(?:of (?:it|the course|the curriculum) (?:is )?)?"
                              r"(?:practical|practice|hands[- ]on|exercises)", text, re.I)
    if practical_pct:
        reskills.pop("practical_hours", None)
        reskills["practical_share"] = _num(practical_pct.group(1))
    slots.update(reskills)
    for name, cue in _FIELD_CUES:
        if cue.search(text):
            slots["field"] = name
            break
    if _BASIC_IT.search(text):
        slots["basic_it_only"] = True

    # JIP
    nationality = extract_nationality(text, countries)
    if nationality:
        slots["nationality"] = nationality
    age = extract_age(text)
    if age is not None:
        slots["age"] = age
    jlpt = _JLPT.search(text)
    if jlpt and re.search(r"jlpt|japanese|n[1-5]\b|level|passed|have|hold|got", text, re.I):
        slots["jlpt_level"] = f"N{jlpt.group(1)}"
    elif _JLPT_NONE.search(text):
        slots["jlpt_level"] = "none"
    if _ENGLISH_NEG.search(text):
        slots["english_proficient"] = False
    elif _ENGLISH_POS.search(text):
        slots["english_proficient"] = True
    if _RESIDE_JAPAN_NEG.search(text) and not _RESIDE_JAPAN_POS.search(text.replace("not ", "")):
        slots["residing_in_japan"] = False
    elif _RESIDE_JAPAN_POS.search(text):
        slots["residing_in_japan"] = True
    elif re.search(r"\b(i live|i'm living|i am living|living|i reside|based|currently)\b[^.?!]{0,20}\b(in|at)\b", text,
                   re.I) and nationality and "japan" not in lower:
        slots["residing_in_japan"] = False
    if "residing_in_japan" not in slots:
        place = _PLACE_IN.search(text)
        if place:
            where = (place.group(1) or "home").lower()
            slots["residing_in_japan"] = where in _JAPAN_PLACES
    if _PARTICIPATED_NONE.search(text):
        slots["participated_fiscal_years"] = []
    else:
        part = _PARTICIPATED.search(text)
        if part:
            years = [int(y) for y in _FISCAL_YEAR.findall(part.group(0))]
            if years:
                slots["participated_fiscal_years"] = years

    # JIP support funds
    days = _DAYS.search(text)
    if days:
        amount = _num(days.group(1))
        unit = days.group(2).lower()
        slots["days"] = int(amount * 7) if unit.startswith("week") else int(amount)
    else:
        before = _DAYS_BEFORE.search(text)
        if before:
            slots["days"] = int(_num(before.group(1)))
    if _ONLINE.search(text) and not _IN_PERSON.search(text):
        slots["mode"] = "online"
    elif _IN_PERSON.search(text) and not _ONLINE.search(text):
        slots["mode"] = "in_person"
    return slots


def extract_age(text: str) -> int | None:
    for pattern in _AGE:
        for match in pattern.finditer(text):
            value = int(match.group(1))
            tail = text[match.end(): match.end() + 24].lower()
            if re.match(r"\s*(?:%|percent|hours?|h\b|days?|weeks?|employees|staff|people|yen|trainees|years? of)",
                        tail):
                continue
            if pattern is _AGE[1] and not re.match(r"\s*(?:years?|yrs?|y/?o)?[- ]?\s*(?:old|of age|y/?o)", text[
                    match.start() + len(match.group(1)):match.end() + 8].lower()) and not _AGE_YEARS_OLD.search(text):
                # "5 years" alone is a duration, not an age
                continue
            if 0 < value < 130:
                return value
    return None


def extract_nationality(text: str, countries: Any = None) -> str | None:
    """The nationality the message states (a name the tools know), or None.

    Country names come from ``countries`` (CLDR + ISO + the alias table): "Chinese citizenship but live in
    Vietnam" is China; "living in Vietnam" alone is where someone lives, not who they are.
    """
    candidates = []
    for mention in countries.mentions(text) if countries is not None else []:
        if not mention.iso3:
            continue  # "Korea": ambiguous, the tool would ask which one
        before = text[max(0, mention.start - 40): mention.start]
        after = text[mention.end: mention.end + 15]
        # "Japan" is usually where the program is, not who the user is; only a stated citizenship counts.
        if mention.iso3 == "JPN" and not re.search(r"\b(citizen|national|passport)\b", after, re.I):
            continue
        if mention.surface.lower() == "english":
            continue
        near = before[-24:]
        stated = bool(_NATIONALITY_CONTEXT.search(near)) or bool(
            re.match(r"\s*(citizen\w*|national\w*|passport)\b", after, re.I))
        if re.search(r"\b(live|living|reside|residing|based|staying|in|at|to)\s*$", before, re.I) and not stated:
            continue  # where they live, not their nationality
        candidates.append((stated, mention.start, mention.name))
    if not candidates:
        # An unknown name after "from" / before "citizen" is still passed on: the tool says it does not
        # recognise it, which is more useful than silently asking again.
        other = re.search(r"\b(?:[Ii]'?m|[Ii] am|[Ii]m|[Ii] come|[Ii]'m originally)\s+from\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+(?:citizen|national)\b", text)
        if other:
            name = other.group(1) or other.group(2)
            if name.lower() not in _JAPAN_PLACES:
                return name
        return None
    candidates.sort(key=lambda c: (not c[0], c[1]))
    return candidates[0][2]


def _pair_numbers(text: str, keywords: dict[str, str]) -> dict[str, int | float]:
    """Pair each keyword with its number: "required 600, related 300" and "600 required, 300 related".

    The order of the first pair decides the orientation for the whole message, which handles both
    ways of writing a list without one keyword stealing its neighbour's number.
    """
    items: list[tuple[int, str, Any]] = []
    for slot, words in keywords.items():
        for match in re.finditer(r"(?<![\w-])(?:" + words + r")(?![\w-])", text, re.I):
            items.append((match.start(), "kw", slot))
    if not items:
        return {}
    for match in _NUMBER_TOKEN.finditer(text):
        before = text[max(0, match.start() - 1): match.start()]
        if before and (before.isalpha() or before in "nN"):
            continue  # "N3", "FY2024"
        unit = (match.group(2) or "").lower()
        if unit in ("%", "percent"):
            continue  # shares are not hours
        items.append((match.start(), "num", _num(match.group(1))))
    items.sort(key=lambda item: item[0])
    result: dict[str, int | float] = {}
    first_kind = items[0][1]
    used: set[int] = set()
    for i, (pos, kind, value) in enumerate(items):
        if kind != first_kind or i in used:
            continue
        for j in range(i + 1, len(items)):
            if items[j][1] == kind:
                break
            if j not in used:
                # Only pair things that are close: a number 80 characters away belongs to something else.
                if items[j][0] - pos > 60:
                    break
                used.add(j)
                slot, number = (value, items[j][2]) if kind == "kw" else (items[j][2], value)
                result.setdefault(slot, _int_or_float(number))
                break
    return result


def parse(text: str, countries: Any = None) -> Parse:
    """Understand one (normalised) English user message (``countries``: the CountryResolver)."""
    errors: dict[str, tuple[str, str]] = {}
    slots = extract_slots(text, countries, errors)
    numbers = [_num(m) for m in re.findall(_NUM, text)]
    result = Parse(
        text=text,
        slots=slots,
        numbers=numbers,
        correction=bool(_CORRECTION.search(text)),
        what_if=bool(_WHAT_IF.search(text)),
        injection=bool(_INJECTION.search(text)),
        greeting=bool(_GREETING.search(text)),
        thanks=bool(_THANKS.search(text)),
        help=bool(_HELP.search(text)),
        reset=bool(_RESET.search(text)),
        domain=is_domain(text),
        cjk=has_cjk(text),
    )
    result.intents = detect_intents(text, slots)
    result.errors = errors
    result.foreign_immigration = is_foreign_immigration(text)
    result.yes = answer_to_yes_no(text) is True
    result.no = answer_to_yes_no(text) is False
    result.small_talk_only = _only_small_talk(text)
    result.elliptical = _is_elliptical(strip_lead_in(text))
    jip = sum(1 for s in ("nationality", "age", "jlpt_level", "english_proficient", "residing_in_japan",
                          "participated_fiscal_years") if s in slots)
    if jip == 1 and _ELIGIBLE_CUE.search(text):
        result.implied.append(JIP_ELIGIBILITY)
    if "full_time_employees" in slots and (
        re.search(r"\b(trainees?|interns?|quota|limits?|no\.?\s?[123]|how many)\b", text, re.I)
        or (len(text) < 120 and not re.search(r"\b(what|when|who|where|why|which|does|is|are)\b.*\?", text, re.I))
    ):
        result.implied.append(QUOTA)
    if errors and not result.intents and "full_time_employees" in errors and re.search(
            r"\b(trainees?|interns?|quota|how many)\b", text, re.I):
        result.intents = [QUOTA]
    return result


def bare_number(parsed: Parse) -> float | None:
    """The single number of a short reply such as "45", "about 45", "sorry, I meant 35"."""
    if len(parsed.numbers) != 1:
        return None
    if len(parsed.text) > 80:
        return None
    return parsed.numbers[0]


def coerce_slot(slot: str, value: float) -> Any:
    """A bare number given as the answer to a question about ``slot``, in that slot's type."""
    if slot in ("full_time_employees", "age", "days"):
        return int(value)
    return _int_or_float(value)


def answer_to_yes_no(text: str) -> bool | None:
    if re.search(r"^\s*(yes|yeah|yep|sure|correct|right|i do|i am|we are|it is|true)\b", text, re.I):
        return True
    if re.search(r"^\s*(no|nope|not|i don'?t|i'm not|i am not|we are not|we're not|false|never)\b", text, re.I):
        return False
    return None


_SMALL_TALK_WORDS = re.compile(
    r"\b(hi|hello|hey|good|morning|afternoon|evening|thanks|thank|you|very|much|so|a|lot|thx|cheers|ok|okay|"
    r"great|bot|there|help|what|can|do|who|are|how|does|this|work|know|cover|konnichiwa|arigato)\b",
    re.I,
)


def _only_small_talk(text: str) -> bool:
    """A greeting or thanks with no question attached ("Thanks. Different question: ..." is a question)."""
    rest = _SMALL_TALK_WORDS.sub(" ", text)
    return len(re.findall(r"[^\W\d_]{2,}", rest)) < 2



def _is_elliptical(text: str) -> bool:
    """Short follow-ups that lean on the previous question ("and for online ones?", "what about No. 2?")."""
    words = re.findall(r"\w+", text)
    return len(words) <= 7 and bool(
        re.match(r"^\s*(and|what about|how about|also|then|so|but|what if|is it|are they|does it|do they|"
                 r"can they|for|same)\b", text, re.I)
    )


