"""Several establishments of one company in one message, each with its own count, and how a quota is planned on them.

"本社工場の常勤が210名、第二工場が常勤120名", "・A施設：常勤の介護職員18名 ・B施設：常勤の介護職員34名" or "2 plants: 190 and 145
full-time employees": the sites are read with the patterns of knowledge/nlu/establishments.yaml; a case counted per establishment (nursing care) gets one calculation
per site, any other case one on the company's sum (shared/domain/RULES.md sections 1-2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.datafile import read_data
from bot.errors import ConfigError
from bot.text import rx
from bot.text.numbers import read_number, words_to_digits

DATA_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "nlu" / "establishments.yaml"


@dataclass(frozen=True)
class Site:
    """One establishment a message names, and the full-time count it gives for it."""

    name: str
    count: int
    # False when the count is of staff no case counted per establishment counts (office staff, nurses: 「本社事務：8名」):
    # still the company's full-time employees for a case counted on the company's total
    per_site: bool = field(default=True, compare=False)


@dataclass
class SiteReader:
    """The establishments of a message (two or more, each named once with its own count), per language."""

    task: str
    count_slot: str
    case_slot: str
    per_site: frozenset[str]
    patterns: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = field(default_factory=dict)
    number_words: frozenset[str] = frozenset()  # languages whose counts may be written in words ("fifty-eight")
    # per language: sites listed by kind with their counts only ("2 plants: 190 and 145"), named by ``name``
    listed: dict[str, tuple[re.Pattern[str], dict[str, str], str]] = field(default_factory=dict)
    # per language: a total the message states ("Total 337 full-time", "合計337名"): sites that do not add up to it are
    # not the company's count (the stated total wins)
    totals: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # per language: a site abroad (「タイ現地法人」「駐在事務所」, "overseas subsidiary"), on its name and the words to its
    # count: never counted (only staff in Japan count)
    abroad: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # per language: staff a case counted per establishment does not count (office staff, nurses), on the site's name and
    # the words to its count
    not_per_site: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # per language: a site's count told by its shifts ("early shift 31, late shift 29", 「2交替制で、1シフト7名ずつ」)
    shifts: dict[str, "Shifts"] = field(default_factory=dict)
    # per language: a department with its count (「製造部312名」, "manufacturing dept 312") and what joins two items of one
    # list: a department listed beside the sites is a part of the same breakdown of the company's staff
    departments: dict[str, tuple[list[re.Pattern[str]], re.Pattern[str]]] = field(default_factory=dict)
    # per language: an item of a list under a heading named by a department ("- sales: 11", 「・営業：11名」; ``item``) and
    # the heading with the items before it (``headed``, matched at the end of the text before the item): such a list is
    # the staff by department, whatever site words some of its items hold (「・製造ライン：64名・倉庫：18名…」)
    breakdown: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = DATA_PATH) -> "SiteReader":
        data = read_data(path, "establishment patterns", ConfigError) or {}
        try:
            patterns = {
                lang: (rx.compile(spec["site"], re.VERBOSE),
                       rx.compile(spec["not_counted"]) if spec.get("not_counted") else None)
                for lang, spec in data.items() if isinstance(spec, dict) and "site" in spec
            }
            words = frozenset(lang for lang, spec in data.items() if isinstance(spec, dict) and spec.get("number_words"))
            listed = {lang: (rx.compile(spec["listed"]["pattern"], re.VERBOSE), dict(spec["listed"]["kinds"]),
                             str(spec["listed"]["name"]))
                      for lang, spec in data.items() if isinstance(spec, dict) and spec.get("listed")}
            totals = {lang: rx.compile(spec["total"]) for lang, spec in data.items()
                      if isinstance(spec, dict) and spec.get("total")}
            abroad = {lang: rx.compile(spec["abroad"]) for lang, spec in data.items()
                      if isinstance(spec, dict) and spec.get("abroad")}
            not_per_site = {lang: rx.compile(spec["not_per_site"]) for lang, spec in data.items()
                            if isinstance(spec, dict) and spec.get("not_per_site")}
            shifts = {lang: Shifts.load(spec["shifts"]) for lang, spec in data.items()
                      if isinstance(spec, dict) and spec.get("shifts")}
            departments = {lang: ([rx.compile(p, re.VERBOSE) for p in _listed_patterns(spec["department"])],
                                  rx.compile(spec["department"]["join"]))
                           for lang, spec in data.items() if isinstance(spec, dict) and spec.get("department")}
            breakdown = {lang: (rx.compile(spec["breakdown"]["item"]), rx.compile(spec["breakdown"]["headed"]))
                         for lang, spec in data.items() if isinstance(spec, dict) and spec.get("breakdown")}
            return cls(task=data["task"], count_slot=data["count_slot"], case_slot=data["case_slot"],
                       per_site=frozenset(data.get("per_site") or []), patterns=patterns, number_words=words,
                       listed=listed, totals=totals, abroad=abroad, not_per_site=not_per_site, shifts=shifts,
                       departments=departments, breakdown=breakdown)
        except (KeyError, TypeError, re.error) as exc:
            raise ConfigError(f"establishment patterns {path}: {exc}") from exc

    def read(self, text: str, lang: str) -> list[Site]:
        """The sites ``text`` names with a count each, in order; fewer than two: none (one site is the company)."""
        pair = self.patterns.get(lang)
        if pair is None:
            return []
        site, not_counted = pair
        if lang in self.number_words:
            text = words_to_digits(text, language=lang)
        sites: list[Site] = []
        spans: list[tuple[int, int]] = []
        abroad, not_per_site = self.abroad.get(lang), self.not_per_site.get(lang)
        summed: dict[int, str] = {}
        if lang in self.shifts:
            text, summed = self.shifts[lang].summed(text)
        for match in site.finditer(text):
            between = match.group("between") or ""
            if not_counted is not None and not_counted.search(between):
                continue
            count = read_number(match.group("count"), whole=True).value
            name = rx.sub(r"\s+", " ", match.group("name")).strip()
            if match.start("count") in summed:
                name += summed[match.start("count")]  # "Plant 1 (early shift 31 + late shift 29)"
            if count is None or count <= 0 or any(s.name.lower() == name.lower() for s in sites):
                continue
            if abroad is not None and abroad.search(name + " " + between):
                continue  # 「タイ現地法人：60名」: staff abroad are no full-time employees in Japan
            sites.append(Site(name=name, count=int(count),
                              per_site=not_per_site is None or not not_per_site.search(name + " " + between)))
            spans.append(match.span())
        if sites and self._by_department(text, lang, spans):
            return []  # 「社員の内訳：・製造ライン：64名・倉庫：18名・営業：11名」: the staff by department, no sites
        if sites:
            sites = self._with_departments(text, lang, sites, spans)
        if len(sites) < 2:
            sites = self._listed(text, lang)
        if len(sites) < 2:
            return []
        total = self._stated_total(text, lang)
        if total is not None and total != sum(s.count for s in sites):
            return []  # "Total 337 full-time" beside sites adding up to another number: the stated total wins
        return sites

    def _by_department(self, text: str, lang: str, spans: list[tuple[int, int]]) -> bool:
        """Whether a list under a heading has an item named by a department that is no site (``breakdown``)."""
        if lang not in self.breakdown:
            return False
        item, headed = self.breakdown[lang]
        return any(not any(a < m.end() and m.start() < b for a, b in spans) and headed.search(text[:m.start()])
                   for m in item.finditer(text))

    def _with_departments(self, text: str, lang: str, sites: list[Site], spans: list[tuple[int, int]]) -> list[Site]:
        """``sites`` with the departments listed beside them, in order (「本社事務85名、製造部312名、物流センター58名」: the
        production department's 312 is a part of the same breakdown, so the company's count is all three): a department
        joined to a site or to another such department by a list's separator only. A department is no establishment: a
        case counted per establishment never counts it on its own (``per_site`` False)."""
        if lang not in self.departments:
            return sites
        patterns, join = self.departments[lang]
        _, not_counted = self.patterns[lang]
        found = []
        for match in (m for p in patterns for m in p.finditer(text)):
            if any(a < match.end() and match.start() < b for a, b in spans):
                continue
            if not_counted is not None and not_counted.search(match.group("between") or ""):
                continue
            count = read_number(match.group("count"), whole=True)
            if count.ok and count.value and count.value > 0:
                found.append((match.span(), Site(name=rx.sub(r"\s+", " ", match.group("name")).strip(),
                                                 count=int(count.value), per_site=False)))
        listed = list(zip(spans, sites))
        added = True
        while added:
            added = False
            for item in list(found):
                (start, end), _ = item
                if any(join.fullmatch(text[b:start]) or join.fullmatch(text[end:a]) for (a, b), _ in listed):
                    listed.append(item)
                    found.remove(item)
                    added = True
        if len(listed) == len(sites) or any(s.name.lower() == t.name.lower()
                                            for i, (_, s) in enumerate(listed) for _, t in listed[i + 1:]):
            return sites
        return [site for _, site in sorted(listed, key=lambda item: item[0])]

    def _listed(self, text: str, lang: str) -> list[Site]:
        """Sites given by their kind and counts only ("2 plants: 190 and 145 full-time employees"): as many counts as
        the sites said, each named by the kind and its place in the list."""
        if lang not in self.listed:
            return []
        pattern, kinds, name = self.listed[lang]
        match = pattern.search(text)
        if match is None:
            return []
        counts = [read_number(n, whole=True).value for n in rx.findall(r"\d+(?:,\d{3})*(?!\d)", match.group("counts"))]
        groups = match.groupdict()
        said_as = groups.get("n") or groups.get("n2")  # a pattern may say the number before or after the kind
        said = read_number(said_as, whole=True).value if said_as else len(counts)
        if said != len(counts) or len(counts) < 2 or any(not c or c <= 0 for c in counts):
            return []
        written = groups.get("kind") or groups.get("kind2") or ""
        kind = kinds.get(written.lower(), written)
        return [Site(name=name.format(kind=kind, i=i), count=int(c)) for i, c in enumerate(counts, start=1)]

    def _stated_total(self, text: str, lang: str) -> int | None:
        """The total count the message states, if any."""
        pattern = self.totals.get(lang)
        match = pattern.search(text) if pattern is not None else None
        if match is None:
            return None
        raw = next((v for k, v in match.groupdict().items() if k.startswith("total") and v), None)
        read = read_number(raw, whole=True) if raw else None
        return int(read.value) if read is not None and read.ok else None

    def plan(self, intent: str, args: dict[str, Any], sites: list[Site]) -> tuple[str, list[dict[str, Any]]] | None:
        """How the calculator runs on the sites: ("each", one argument set per site) for a case counted per
        establishment, ("sum", one argument set on the company's total) for any other; None when the message's
        calculator is not the one counted by site."""
        if intent != self.task or len(sites) < 2:
            return None
        if args.get(self.case_slot) in self.per_site:
            return "each", [{**args, self.count_slot: site.count} for site in self.counted(args, sites)]
        return "sum", [{**args, self.count_slot: sum(site.count for site in sites)}]

    @staticmethod
    def part_of(stated: Any, sites: list[Site]) -> bool:
        """Whether the sites read are a part of a count read otherwise (``stated``: "65 full-time staff: production 40,
        office 9, warehouse 11"; the groups' sum "production 22, office 9, warehouse 7 (all full time)" beside its
        office and warehouse read as sites): a number larger than the sites' sum and none of their counts."""
        total = sum(site.count for site in sites)
        return (isinstance(stated, (int, float)) and not isinstance(stated, bool) and stated > total
                and stated not in [site.count for site in sites])

    def counted(self, args: dict[str, Any], sites: list[Site]) -> list[Site]:
        """The sites the case of ``args`` counts: per establishment only those of its own staff (no office count), the
        company's total every site."""
        if args.get(self.case_slot) in self.per_site:
            kept = [site for site in sites if site.per_site]
            return kept or sites
        return sites


@dataclass(frozen=True)
class Shifts:
    """A count told by its shifts, in one language: a run of two or more shift counts ("early shift 31, late shift 29",
    「日勤18名、夜勤10名」) or a number of shifts of one size ("3 shifts of 8", 「2交替制で、1シフト7名ずつ」) is their sum."""

    part: re.Pattern[str]  # one shift's count (group ``count``, or ``count2``)
    run: re.Pattern[str]  # two or more shift counts in a row
    times: tuple[re.Pattern[str], ...]  # group ``times`` shifts of group ``count`` people
    plus: str  # between the shifts in the name's breakdown
    said: str  # the breakdown after the site's name ({parts})
    times_said: str  # shifts of one size in the breakdown ({times}, {count})
    count_said: str  # the sum written in place of the shifts ({total})

    @classmethod
    def load(cls, spec: dict[str, Any]) -> "Shifts":
        part = str(spec["part"])
        bare = rx.sub(r"\(\?P<\w+>", "(?:", part)  # the same part with no group names, repeated in the run
        flags = rx.match(r"\(\?[a-zA-Z]+\)", bare)
        head = flags.group(0) if flags else ""
        bare = bare[len(head):]
        run = f"{head}(?:{bare})(?:{spec['join']}(?:{bare}))+"
        return cls(part=rx.compile(part), run=rx.compile(run), times=tuple(rx.compile(p) for p in spec.get("times", [])),
                   plus=str(spec["plus"]), said=str(spec["said"]), times_said=str(spec["times_said"]),
                   count_said=str(spec["count_said"]))

    def summed(self, text: str) -> tuple[str, dict[int, str]]:
        """``text`` with each count told by its shifts written as their sum, and per place of a sum the breakdown that
        gave it (said after the site's name)."""
        found: list[tuple[int, int, int, str]] = []  # start, end, sum, breakdown
        for match in self.run.finditer(text):
            counts, words = [], []
            for part in self.part.finditer(match.group(0)):
                raw = part.group("count") or part.groupdict().get("count2")
                read = read_number(raw, whole=True) if raw else None
                if read is None or not read.ok:
                    break
                counts.append(int(read.value))
                words.append(rx.sub(r"\s+", " ", part.group(0)).strip())
            else:
                if len(counts) >= 2:
                    found.append((match.start(), match.end(), sum(counts), self.said.format(parts=self.plus.join(words))))
        for pattern in self.times:
            for match in pattern.finditer(text):
                if any(a < match.end() and match.start() < b for a, b, _, _ in found):
                    continue
                times, count = (read_number(match.group(g), whole=True) for g in ("times", "count"))
                if not (times.ok and count.ok) or not (1 < times.value <= 10) or not count.value:
                    continue
                said = self.times_said.format(times=int(times.value), count=int(count.value))
                found.append((match.start(), match.end(), int(times.value * count.value), self.said.format(parts=said)))
        summed: dict[int, str] = {}
        pieces: list[str] = []
        at = 0
        for start, end, total, said in sorted(found):
            pieces.append(text[at:start])
            summed[sum(map(len, pieces))] = said  # where the sum starts in the text as rewritten
            pieces.append(self.count_said.format(total=total))
            at = end
        pieces.append(text[at:])
        return "".join(pieces), summed


_DEFAULT: SiteReader | None = None


def _listed_patterns(spec: dict[str, Any]) -> list[str]:
    """A spec's ``pattern`` and its further ``patterns`` (a department named after its count: "plus 9 in the office")."""
    return [str(spec["pattern"]), *(str(p) for p in spec.get("patterns") or [])]


def default_reader() -> SiteReader:
    """The repository's site reader (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SiteReader.load()
    return _DEFAULT
