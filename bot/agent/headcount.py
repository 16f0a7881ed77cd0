"""The headcount a message gives: a count's parts that do not count, groups added to it, "the rest" of a total, and the
thresholds of a rule that are no count (a language pack's ``excluded_parts``, ``contained_parts``, ``added_parts``,
``beside_parts``, ``rest_of_parts``, ``parts_of_total``, ``group_sums``, ``thresholds``).

Split out of bot.agent.understand: the Understander reads a message and hands its Parse here to settle the count.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from bot.agent import nlu
from bot.text import rx
from bot.text.numbers import read_number, whole_or_float

if TYPE_CHECKING:
    from bot.agent.understand import LanguagePack

# a number in a sentence, with what makes it no count of people (hours, days, years, a share): which count a part
# ("5 part-timers") is said of
_COUNT_BEFORE = r"(?<![\d.])(\d[\d,]*)(?![\d.,]\d)\s*(時間|日|年|歳|才|%|％|割|hours?\b|hrs?\b|h\b|days?\b|years?\b)?"


# the result fields that make two runs of the quota the same answer for the user
_QUOTA_LIMITS = ("no1_at_once", "no2_at_once", "no3_at_once", "all_stages_at_once", "total_at_once_cap", "computed")


def _figures_of(value: Any, text: str) -> list[re.Match[str]]:
    """The whole figures written in ``text`` whose value is ``value`` (where a count was said)."""
    found = []
    for match in re.finditer(r"(?<![\d.,])\d[\d,]*(?![\d.,]\d)", text):
        number = read_number(match.group(0), whole=True)
        if number.ok and number.value == value:
            found.append(match)
    return found


def _set_changed_count(parsed: nlu.Parse, slot: str, spec: dict[str, Any], count: Any,
                       changes: list[tuple[int, Any]]) -> Any:
    """The count after people joined or left (``changes``: position and signed number) becomes the slot, with the
    pack's note of the sum; a result of zero or less changes nothing (returned None)."""
    new = whole_or_float(count + sum(value for _, value in changes))
    if new <= 0:
        return None
    parsed.slots[slot] = new
    parsed.errors.pop(slot, None)
    parsed.increments.pop(slot, None)
    if spec.get("note"):
        parsed.notes.append((str(spec["note"]), {
            "total": count, "joined": [v for _, v in changes if v > 0],
            "left": [-v for _, v in changes if v < 0], "count": new}))
    return new


def _is_number(value: Any) -> bool:
    """Whether ``value`` is a number (never a yes/no)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Headcount:
    """Settles the count slots of a Parse from the parts a message names (the rule book gives the full-time hours)."""

    def __init__(self, rules: Any, whole_slots: set[str],
                 first_value: Callable[[list[str], str, int, str], int | float | None],
                 reread: Callable[[str, LanguagePack], dict[str, Any]] | None = None,
                 where: Callable[[str, LanguagePack], bool | None] | None = None) -> None:
        self.rules = rules
        self.whole_slots = whole_slots
        self.first_value = first_value
        self.reread = reread  # the pack's slots of a text (a count read again once a rule's threshold is left out)
        # the slots of a whole reading of a text (a count read again once a count set aside is left out)
        self.reparse: Callable[[str, LanguagePack], dict[str, Any]] | None = None
        self.where = where  # whether a place is in Japan (True), outside it (False) or no known place (None)

    def read(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int = 0) -> None:
        """The count of the message (see ``_read``). A headcount given as a range ("about 115-120 in total, about 25 of
        them part-time", "35 to 40 depending on the season", 「35〜40人くらい」) is read at both ends, each with its
        parts taken out (90-95), and the ends are the scenarios the calculator runs for; a note says the count was a
        range, whether both ends give the same limits, and asks for the exact number (the value is never silently one
        end). A change between two counts (pack ``changes``) is no range."""
        if not (self._headed_lists(text, pack, parsed, flags) or self._group_sums(text, pack, parsed, flags)):
            self._site_sum(text, pack, parsed)
        ranges = {slot: raw for slot, (raw, reason) in parsed.errors.items()
                  if reason == "range" and slot in nlu.HEADCOUNT_SLOTS
                  and not any(rx.search(p, text, flags) for p in pack.changes.get(slot, []))}
        if not ranges:
            self._read(text, pack, parsed, flags)
            return
        ends: list[nlu.Parse] = []
        for pick in (0, -1):
            end = copy.deepcopy(parsed)
            for slot, raw in ranges.items():
                values = [read_number(n, whole=slot in self.whole_slots) for n in rx.findall(r"\d[\d,]*(?:\.\d+)?", raw)]
                if len(values) == 2 and all(v.ok for v in values) and values[0].value < values[1].value:
                    end.slots[slot] = values[pick].value
                    end.errors.pop(slot, None)
            self._read(text, pack, end, flags)
            ends.append(end)
        low, high = ends
        spread = [slot for slot in ranges if slot not in low.errors and slot not in high.errors
                  and all(isinstance(e.slots.get(slot), (int, float)) and not isinstance(e.slots.get(slot), bool)
                          for e in ends)
                  and low.slots[slot] < high.slots[slot]]
        if len(spread) != len(ranges):
            self._read(text, pack, parsed, flags)  # an end that cannot be read: the range is asked about
            return
        for name in vars(parsed):
            setattr(parsed, name, getattr(high, name))
        for slot in spread:
            parsed.scenarios[slot] = (low.slots[slot], high.slots[slot])
            same = self._ends_agree(slot, low.slots[slot], high.slots[slot], high.slots)
            parsed.notes.insert(0, ("reading.range_ends", {"text": ranges[slot], "low": low.slots[slot],
                                                           "high": high.slots[slot], "same": same}))

    def _headed_lists(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> bool:
        """Groups listed item by item under a heading that says who they are (pack ``headed_lists``: "Our staff right now
        (all full-time, Mon-Fri, 8h/day):" over "- production line: 64 - warehouse: 18 ...", 「月〜金・1日8時間勤務のスタッフ：」
        over 「・製造 30名 ・事務 5名」; the message's lines are joined once read, so each item opens with its list marker):
        the heading decides the whole list, by its schedule when that decides the rule book's full-time test
        (``schedule_groups``), else by its words (``part`` before ``full``). The count is the sum of the lists under
        full-time headings (said with ``note``); lists only under part-time headings ("Part-timers (Tue and Thu only):")
        are no count, and the count is read again without them. Whether the count was settled."""
        done = False
        for slot, spec in pack.headed_lists.items():
            if not spec.get("item") or not spec.get("heading_end"):
                continue
            schedule = pack.schedule_groups.get(slot) or {}
            weekdays = [str(day).lower() for day in schedule.get("weekdays", [])]
            runs: list[list[re.Match[str]]] = []
            for item in rx.finditer(spec["item"], text, flags):
                if runs and not text[runs[-1][-1].end():item.start()].strip():
                    runs[-1].append(item)
                else:
                    runs.append([item])
            ends = [m.end() for m in rx.finditer(spec.get("sentence_end") or r"(?!)", text, flags)]
            blocks: list[tuple[bool | None, list[int], tuple[int, int]]] = []
            previous = 0
            for run in runs:
                start = max([e for e in ends if e <= run[0].start()] + [previous])
                previous = run[-1].end()
                heading = text[start:run[0].start()]
                end = rx.search(spec["heading_end"], heading, flags)
                if len(run) < 2 or end is None:
                    continue
                words = heading[:end.start()]
                counts = []
                for item in run:
                    read = read_number(item.group("value"), whole=True)
                    # an item of people who never count ("- trainees: 3") is in the list, and not counted
                    part_item = rx.search(spec.get("part") or r"(?!)", item.group("label") or "", flags) is not None
                    counts.append(0 if part_item or not read.ok or not read.value else int(read.value))
                decided = self._full_time_by_schedule(words, schedule, weekdays, flags) if schedule else None
                if decided is None and rx.search(spec.get("part") or r"(?!)", words, flags):
                    decided = False
                elif decided is None and rx.search(spec.get("full") or r"(?!)", words, flags):
                    decided = True
                blocks.append((decided, counts, (run[0].start(), run[-1].end())))
            parts = [n for decided, counts, _ in blocks if decided for n in counts if n]
            if parts:
                total = whole_or_float(sum(parts))
                parsed.slots[slot] = total
                parsed.errors.pop(slot, None)
                if spec.get("note"):
                    parsed.notes.append((str(spec["note"]), {"parts": parts, "count": total}))
                done = True
                continue
            aside = [span for decided, _, span in blocks if decided is False]
            if not aside or any(decided is None for decided, _, _ in blocks):
                continue
            # only lists of people who do not count: the count is what the rest of the message says
            without = text
            for a, b in aside:
                without = without[:a] + " " * (b - a) + without[b:]
            reparse = self.reparse or self.reread
            again = (reparse(without, pack) or {}).get(slot) if reparse is not None else None
            if _is_number(again):
                parsed.slots[slot] = again
            else:
                parsed.slots.pop(slot, None)
            parsed.errors.pop(slot, None)
            done = True
        return done

    @staticmethod
    def _site_sum(text: str, pack: LanguagePack, parsed: nlu.Parse) -> None:
        """Several establishments each with its count (knowledge/nlu/establishments.yaml: "Plant 1: early shift 31, late
        shift 29 / Plant 2: 24 / Head office: 10", 「A工場：日勤18名、夜勤10名・B工場：2交替制で1シフト7名ずつ・本社：6名」)
        in a case counted on the company's total: the count is the sites' sum (94, 48), so what is read beside it (the
        part-timers not counted) is said of that sum; the reply says the sum (the calculator plan's ``sites``). A case
        counted per establishment (nursing care) keeps each site's count."""
        from bot.agent import establishments

        reader = establishments.default_reader()
        slot = reader.count_slot
        if parsed.slots.get(reader.case_slot) in reader.per_site:
            return
        sites = reader.read(text, pack.language)
        if len(sites) < 2:
            return
        if reader.part_of(parsed.slots.get(slot), sites):
            return  # "65 full-time staff: production 40, office 9, warehouse 11": the sites read are part of the count
        parsed.slots[slot] = sum(site.count for site in sites)
        parsed.errors.pop(slot, None)

    def _group_sums(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> bool:
        """A workforce given as its groups, all said to count ("production line is around 35 to 40 guys, office 9 ppl,
        warehouse + delivery 11. All of them seishain full time", "5 in the office, 22 on the floor, 3 drivers, all
        full time"; pack ``group_sums``: ``group`` patterns, group "value" and optional "high" the top of a range, and
        ``all_counted``), or as departments each said to be full-time (``qualified``: 「・製造部　正社員21名 ・品質管理課
        正社員4名」): the count is their sum, never one group's number; a group given as a range makes the sum a range
        (both ends are computed), and the reply says the sum (``note``). Groups said to be the ones that do not count
        (``all_but``, group "name": 「海外事業部以外はみんなフルタイム」, "everyone except the overseas team is full-time")
        and groups working abroad (``abroad``: 「海外事業部５名（全員ベトナムの駐在事務所勤務）」) are left out of the sum, and
        the reply says which (``but_note``); so is a group whose own remark says part-time (``part_remark``: 「事務3名
        （パート）」), and the groups joined after a qualified one take its qualifier (``carried``). Whether a sum was read."""
        from bot.agent import establishments

        sites = establishments.default_reader()
        summed = False
        for slot, spec in pack.group_sums.items():
            scopes = self._all_counted_scopes(text, spec, pack.schedule_groups.get(slot) or {}, flags)
            but = [m.group("name").strip() for p in spec.get("all_but", []) for m in rx.finditer(p, text, flags)]
            if but:
                scopes = [(0, len(text))]  # all but the groups named count: every group of the message is said of
            # groups said all to count (in the scope of the words saying so), and groups each qualified as full-time on
            # its own (``qualified``: 「製造部　正社員21名」, "production: 40 full-time"), which count with no word for all
            # of them ... but a case counted per establishment (nursing care) keeps its sites' own counts
            per_site = parsed.slots.get(sites.case_slot) in sites.per_site
            patterns = [*((p, scopes, False) for p in (spec.get("group", []) if scopes else [])),
                        *((p, [(0, len(text))], True) for p in (spec.get("qualified", []) if not per_site else []))]
            if not patterns:
                continue
            low: list[int | float] = []
            high: list[int | float] = []
            taken: list[tuple[int, int]] = []
            abroad: list[str] = []  # the groups abroad, as the message names them
            set_aside: list[tuple[int, int]] = []
            for pattern, within, qualified in patterns:
                for match in rx.finditer(pattern, text, flags):
                    span = match.span("value")
                    if any(a < span[1] and span[0] < b for a, b in [*taken, *set_aside]):
                        continue
                    if not any(a <= span[0] < b for a, b in within):
                        continue  # a group outside the sentence its heading qualifies
                    first = read_number(match.group("value"), whole=True)
                    top = read_number(match.group("high"), whole=True) if match.groupdict().get("high") else first
                    if not (first.ok and top.ok) or not first.value or top.value < first.value:
                        continue
                    label = self._group_label(match, spec, flags)
                    named = next((n for n in but if label and (self._names_within(label, n) or self._names_within(n, label))),
                                 None)
                    if named is not None or self._group_abroad(text, match, spec, pack, flags):
                        set_aside.append(span)
                        if named is None:
                            abroad.append(label)
                        continue
                    if self._said_part_time(text, match.end(), spec, flags):
                        # its own remark says it is part-time ("office 3 (part-time)", 「事務3名（パート）」): no part of
                        # the full-time sum, whatever another group's remark says of itself ("(all full-time)")
                        set_aside.append(span)
                        continue
                    taken.append(span)
                    low.append(first.value)
                    high.append(top.value)
                    if qualified:
                        # the groups listed after a qualified one in its sentence (「製造部に正社員が22人、営業が8人、総務・経理
                        # が5人」, "production has 22 full-time staff, sales 8, admin 5"): its qualifier is theirs too
                        for carried in self._carried_groups(text, match.end(), spec, flags, [*taken, *set_aside]):
                            taken.append(carried[0])
                            low.append(carried[1])
                            high.append(carried[1])
            order = sorted(range(len(taken)), key=lambda i: taken[i])  # the groups in the order the message lists them
            low, high = [low[i] for i in order], [high[i] for i in order]
            stated = parsed.slots.get(slot)
            if not low or len(low) + len(set_aside) < 2 or (isinstance(stated, (int, float)) and not isinstance(stated, bool)
                                and stated not in (*low, *high, sum(low), sum(high))):
                continue  # a total stated beside the groups ("65 full-time: production 40, office 9 ...") is the count
            total_low, total_high = whole_or_float(sum(low)), whole_or_float(sum(high))
            parts = [f"{a}–{b}" if a != b else f"{a}" for a, b in zip(low, high)]
            if total_low == total_high:
                parsed.slots[slot] = total_low
                parsed.errors.pop(slot, None)
                count: Any = total_low
            else:
                parsed.slots.pop(slot, None)
                parsed.errors[slot] = (f"{total_low}-{total_high}", "range")
                count = f"{total_low}–{total_high}"
            if (but or abroad) and spec.get("but_note"):
                parsed.notes.append((str(spec["but_note"]), {"parts": parts, "count": count, "left": but,
                                                             "abroad": list(dict.fromkeys(abroad))}))
            elif spec.get("note"):
                parsed.notes.append((str(spec["note"]), {"parts": parts, "count": count}))
            summed = True
        return summed

    @staticmethod
    def _said_part_time(text: str, at: int, spec: dict[str, Any], flags: int) -> bool:
        """Whether the group ending at ``at`` is said to be part-time by its own remark right after it (pack
        ``part_remark``: "(part-time)", 「（パート）」)."""
        return bool(spec.get("part_remark")) and rx.match(spec["part_remark"], text[at:], flags) is not None

    @staticmethod
    def _carried_groups(text: str, at: int, spec: dict[str, Any], flags: int, spans: list[tuple[int, int]]
                        ) -> list[tuple[tuple[int, int], int | float]]:
        """The groups joined one after another to a qualified group ending at ``at`` (pack ``carried``: a list's next
        item, its count in group "value"), each with its count's span; a part-time group (its own remark, pack
        ``part_remark``) or one already read ends the run. No group when the run does not end the list (pack
        ``carried_end``: the sentence's end, or a part-time or trainee item next)."""
        out: list[tuple[tuple[int, int], int | float]] = []
        if not spec.get("carried"):
            return out
        while (match := rx.match(spec["carried"], text[at:], flags)) is not None:
            span = (at + match.start("value"), at + match.end("value"))
            read = read_number(match.group("value"), whole=True)
            if not read.ok or not read.value or any(a < span[1] and span[0] < b for a, b in spans):
                break
            if Headcount._said_part_time(text, at + match.end(), spec, flags):
                break
            out.append((span, read.value))
            at += match.end()
        if out and spec.get("carried_end") and not rx.match(spec["carried_end"], text[at:], flags):
            return []  # the list goes on past the groups read ("..., and head office + R&D 67"): not read as a whole
        return out

    @staticmethod
    def _names_within(words: str, name: str) -> bool:
        """Whether ``name`` holds ``words`` (「総務・経理」 holds 「経理」; "the overseas team" holds "overseas team"), a word
        of Latin letters only as a whole word ("me" is not in "management")."""
        return rx.search(r"(?<![A-Za-z])" + re.escape(words.casefold()) + r"(?![A-Za-z])", name.casefold()) is not None

    @staticmethod
    def _group_label(match: re.Match[str], spec: dict[str, Any], flags: int) -> str:
        """The words a group of ``group_sums`` is named by (「海外事業部」 of 「海外事業部５名」, "in the office" of "5 in the
        office"): the match less its figures, less the pack's ``label_trim`` (particles, "is", "about")."""
        start, end = match.span("value")
        if match.groupdict().get("high"):
            end = match.end("high")
        words = match.string[match.start():start] if match.string[match.start():start].strip() else \
            match.string[end:match.end()]
        trim = spec.get("label_trim") or r"(?!)"
        return rx.sub(trim, "", words, flags=flags).strip()

    def _group_abroad(self, text: str, match: re.Match[str], spec: dict[str, Any], pack: LanguagePack,
                      flags: int) -> bool:
        """Whether a group of ``group_sums`` works outside Japan (pack ``abroad``): its remark in brackets right after
        it (``remark``: 「（全員ベトナムの駐在事務所勤務）」, "(all at our Vietnam office)") or its own name with the words
        just before it (back to ``cut``) says so by a word for work abroad (``local``: 駐在, 海外, "overseas"; of a name,
        ``name_local``) or by a place (``place``, group "place") outside Japan; a place in Japan or one not known keeps
        the group counted."""
        spec = spec.get("abroad") or {}
        if not spec:
            return False
        said: list[tuple[str, str]] = []
        remark = rx.match(spec.get("remark") or r"(?!)", text[match.end():], flags)
        if remark is not None:
            said.append((remark.group(0), spec.get("local") or r"(?!)"))
        start = match.start()
        cut = [m.end() for m in rx.finditer(spec.get("cut") or r"(?!)", text[max(0, start - 30):start], flags)]
        # a name alone says less than a remark (a 海外事業部 may work in Japan): its own words are ``name_local``
        said.append((text[max(0, start - 30) + (cut[-1] if cut else 0):match.start("value")],
                     spec.get("name_local") or r"(?!)"))
        for words, local in said:
            if rx.search(local, words, flags):
                return True
            for found in rx.finditer(spec.get("place") or r"(?!)", words, flags):
                if self.where is not None and self.where(found.group("place"), pack) is False:
                    return True
        return False

    def _all_counted_scopes(self, text: str, spec: dict[str, Any], schedule: dict[str, Any], flags: int
                            ) -> list[tuple[int, int]]:
        """Where the groups said all to count are (pack ``group_sums``): the whole message when words say all of them
        count (``all_counted``: "All of them full time", 「全員正社員です」; or ``all_scheduled``, group ``said``: "all of them
        work" or 「みんな」 with a schedule that is full-time by the rule book's days and hours, 「みんな週N日・1日M時間」), the
        rest of the sentence of a heading that qualifies the list (``all_counted`` with group ``headed``: 「常勤職員は、
        製造部門310名、管理部門87名…」, "Full-time staff: production 40, office 9 ..."); none when nothing says so."""
        scopes: list[tuple[int, int]] = []
        end_of = spec.get("sentence_end") or r"(?!)"
        for match in rx.finditer(spec.get("all_counted") or r"(?!)", text, flags):
            if match.groupdict().get("headed") is None:
                return [(0, len(text))]
            stop = rx.search(end_of, text[match.end():], flags)
            scope = (match.start(), match.end() + stop.start() if stop is not None else len(text))
            if self._all_grouped(text, scope, spec, flags):
                scopes.append(scope)
        weekdays = [str(day).lower() for day in schedule.get("weekdays", [])]
        for match in rx.finditer(spec.get("all_scheduled") or r"(?!)", text, flags) if schedule else []:
            if self._full_time_by_schedule(match.group("said"), schedule, weekdays, flags):
                return [(0, len(text))]
        return scopes

    @staticmethod
    def _all_grouped(text: str, scope: tuple[int, int], spec: dict[str, Any], flags: int) -> bool:
        """Whether every count of people in ``scope`` (pack ``group_sums`` ``item``; a remark in brackets is none of the
        list) is a group's: a heading qualifies its list only when each item of it is read (「常勤は本店が14人、駅前店が9人、
        工場が5人です」 with one place not read as a group is left to the sites' reading, never summed in part)."""
        said = rx.sub(r"[(（][^()（）]*[)）]", lambda m: " " * len(m.group(0)), text[scope[0]:scope[1]])
        items = [m.start() for m in rx.finditer(spec.get("item") or r"(?!)", said, flags)]
        grouped = [m.span("value") for p in spec.get("group", []) for m in rx.finditer(p, said, flags)]
        return bool(items) and all(any(a <= at < b for a, b in grouped) for at in items)

    @staticmethod
    def _summed_part(text: str, pack: LanguagePack, parsed: nlu.Parse, slot: str, value: Any) -> bool:
        """Whether ``value`` is one of the parts the count read was summed from (the sites of establishments.yaml, or the
        groups of pack ``group_sums``), so no count of its own ("Plant A 180 full-time, Plant B 140 full-time, plus 10
        trainees": the 140 before "plus 10 trainees" is Plant B's, the count is 320)."""
        from bot.agent import establishments

        count = parsed.slots.get(slot)
        if not _is_number(count) or not _is_number(value) or value >= count:
            return False
        summed = str((pack.group_sums.get(slot) or {}).get("note") or "")
        if summed and any(key == summed and params.get("count") == count and str(value) in map(str, params.get("parts", []))
                          for key, params in parsed.notes):
            return True
        reader = establishments.default_reader()
        if slot != reader.count_slot:
            return False
        sites = [site.count for site in reader.read(text, pack.language)]
        return len(sites) >= 2 and sum(sites) == count and value in sites

    def _ends_agree(self, slot: str, low: int | float, high: int | float, slots: dict[str, Any]) -> bool:
        """Whether the trainee quota gives the same limits at both ends of a headcount range, with the occupation
        and organisation the message states (the calculator's defaults otherwise)."""
        from bot.tools.quota import trainee_quota

        if slot != "full_time_employees" or self.rules is None:
            return False
        args = {k: slots[k] for k in ("occupation", "excellent", "supervisor_excellent") if k in slots}
        try:
            runs = [trainee_quota(int(end), **args, rules=self.rules) for end in (low, high)]
        except (ValueError, TypeError, LookupError, AttributeError):
            return False
        return all(getattr(runs[0], f) == getattr(runs[1], f) for f in _QUOTA_LIMITS)

    def _read(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int = 0) -> None:
        """A count's parts that do not count and its thresholds (pack ``excluded_parts``, ``thresholds``).

        "120 full-time people but 8 of them are trainees" is 120 - 8 = 112 (with the pack's note, so the reply
        says so); "48 excluding the trainees" is 48 whatever total came before; "60 people, including 10
        part-timers who work 4h a day" is 60 - 10 = 50 when the part's hours are under the rule book's full-time
        hours (a part stated at or over them stays counted, and the reply says so); "fewer than 30 staff" is the
        threshold of a rule, not the user's count (the slot is dropped)."""
        self._restated_total(text, pack, parsed, flags)
        self._count_shares(text, pack, parsed, flags)
        as_stated = dict(parsed.slots)  # the counts as the message states them, before any reading below
        lined = self._role_lines(text, pack, parsed, flags) or self._headed_lines(text, pack, parsed, flags)
        noted = len(parsed.notes)
        # the parts listed inside a count first: "62 in total, of which 6 are trainees and 9 part-timers; the rest are
        # full-time" says each part by its kind, and "the rest" is then no second reading of the same subtraction
        rested = self._contained_parts(text, pack, parsed, flags)
        rested |= self._rest_of_parts(text, pack, parsed, flags, skip=rested)
        rested |= lined
        # groups each told by its weekly schedule: the full-time test decides each, and replaces the readings above
        scheduled = set() if lined else self._schedule_groups(text, pack, parsed, flags, as_stated, noted)
        rested |= scheduled
        for slot, specs in pack.excluded_parts.items():
            if slot in rested:
                continue
            stated = parsed.slots.get(slot)  # the count as read, before any part listed in it is taken out
            for spec in specs:
                when = dict(spec.get("when") or {})  # the part does not count only under these slot values
                without = self.first_value(spec.get("without", []), text, flags, slot)
                if without is not None and self._summed_part(text, pack, parsed, slot, without):
                    without = None  # "Plant A 180 full-time, Plant B 140 full-time, plus 10 trainees": 140 is a site's
                if without is not None:
                    total = parsed.slots.get(slot)
                    parsed.slots[slot] = without
                    parsed.errors.pop(slot, None)
                    # "24 full-time staff: 18 caregivers whose main job is care, 4 office staff": the other roles of the
                    # total are left out, and the reply says so (``without_note``)
                    if (spec.get("without_note") and isinstance(total, (int, float)) and not isinstance(total, bool)
                            and 0 < without < total and all(parsed.slots.get(k) == v for k, v in when.items())):
                        parsed.notes.append((str(spec["without_note"]), {
                            "total": total, "part": whole_or_float(total - without), "count": without}))
                    break
                match = self._first_match(spec.get("part", []), text, flags, slot, spec.get("value_words") or {},
                                          pack if spec.get("abroad") else None)
                if match is None:
                    continue
                if any(k in parsed.slots and parsed.slots[k] != v for k, v in when.items()):
                    continue
                part, hours, at = match
                total = parsed.slots.get(slot)
                if spec.get("count_of"):
                    # "the 60 includes 4 people at our Manila office", 「38人にはハノイ事務所のスタッフ5人が含まれていました」:
                    # the count the part is said to be in, written right before it in its sentence (``count_of``), is the
                    # total, whatever other number was read as the count (the part's own, or another part's: "the 80
                    # includes 6 trainees and 3 staff at our Osaka office")
                    begin = max(text.rfind(stop, 0, at[0]) for stop in ("。", ".", "!", "?", "！", "？", "\n"))
                    held = self.first_value(spec["count_of"], text[begin + 1:at[0]], flags, slot)
                    if _is_number(held) and held > part and _is_number(stated) and stated != held:
                        total = parsed.slots[slot] = held  # (no count read: the part is the count given before's)
                if total == part and stated == part and len(_figures_of(part, text)) == 1:
                    # "it also included 4 people at our Manila office": the part's own number, the only one said, was read
                    # as the count; it is a part of the count given before (the policy subtracts it)
                    parsed.slots.pop(slot, None)
                    parsed.errors.pop(slot, None)
                    total = None
                if self._other_part_of_total(text, pack, slot, total, at, flags):
                    continue  # "45 staff: 38 of them are full-time, 7 are part-time": the 7 are the 45's, not the 38's
                if total is None:
                    # 「社員名簿上35人いて、そのうち5人が技能実習生」: the count the part is of, written right before it in its
                    # sentence (``count_before``), when no slot pattern read it
                    total = self._count_before(spec.get("count_before", []), spec.get("part", []), text, flags, slot)
                    if total is not None:
                        parsed.slots[slot] = total
                if any(k not in parsed.slots for k in when):
                    # "5 of those 25 are office staff" after a nursing-care question: the policy subtracts it when
                    # what was said before meets ``when`` (the count read here, if any, is what it comes out of)
                    parsed.parts[slot] = (part, str(spec.get("note") or ""))
                    parsed.part_when[slot] = when
                    break
                if spec.get("hours") and hours is not None and hours >= self._full_time_hours():
                    # "10 part-timers working 35 hours a week" are full-time by the rule: kept, and said
                    if spec.get("kept_note") and isinstance(total, (int, float)):
                        parsed.notes.append((str(spec["kept_note"]), {"total": total, "part": part,
                                                                      "hours": whole_or_float(hours)}))
                    continue
                if isinstance(total, (int, float)) and 0 < part < total and not self._of_another_count(
                        pack.without_labels(text), spec.get("part", []), flags, total, part,
                        self._part_values(text, specs, flags), stated, pack.no_people_after):
                    parsed.slots[slot] = total - part
                    if spec.get("note"):
                        parsed.notes.append((str(spec["note"]), {"total": total, "part": part, "count": total - part}))
                elif total is None:
                    # "sorry, the 52 included 4 trainees": the part of a count given earlier (the policy subtracts it)
                    parsed.parts[slot] = (part, str(spec.get("note") or ""))
        if not scheduled:  # the groups told by their schedules were each counted or left out already
            self._added_parts(text, pack, parsed, flags)
            self._hours_groups(text, pack, parsed, flags)
            self._added_full_time(text, pack, parsed, flags)
            self._beside_parts(text, pack, parsed, flags)
            self._set_aside(text, pack, parsed, flags)
            self._changed_since(text, pack, parsed, flags, as_stated)
            self._planned_change(text, pack, parsed, flags, as_stated)
            self._planned_figure(text, pack, parsed, flags)
        for slot, pattern in pack.thresholds.items():
            values = set()
            for match in rx.finditer(pattern, text, flags):
                for name, raw in match.groupdict().items():
                    read = read_number(raw, whole=slot in self.whole_slots) if raw and name.startswith("value") else None
                    if read is not None and read.ok:
                        values.add(read.value)
            if values and slot in parsed.slots and parsed.slots[slot] not in values:
                # the count stated beside a rule's threshold (a pasted rule's "less than 30 full-time employees", then
                # "we have 25 care workers"): a difference from the threshold is no part of the count left out
                parsed.notes = [(key, params) for key, params in parsed.notes if params.get("total") not in values]
            elif values:
                parsed.slots.pop(slot, None)
                parsed.threshold = True
                # 「常勤の従業員は2人だけ…常勤30人以下なら3人までとれるって聞いた」: the rule's threshold is no count, the
                # count stated elsewhere in the message is
                without = rx.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=flags)
                count = self.reread(without, pack).get(slot) if self.reread is not None else None
                if isinstance(count, (int, float)) and not isinstance(count, bool) and count not in values:
                    parsed.slots[slot] = count
                    parsed.errors.pop(slot, None)
                    # a note said beside the threshold's number is said beside the count
                    parsed.notes = [(key, {**params, "total": count} if params.get("total") in values else params)
                                    for key, params in parsed.notes]

    @staticmethod
    def _changed_since(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int, stated: dict[str, Any]) -> None:
        """A count told at an earlier date and the people who joined or left since (pack ``count_changes``: "At the
        start of the year we were 38 full-time employees ... Since then we hired 5 more full-timers and 2 people
        retired", 「去年の4月時点で38人でした。今年度に入ってから5人採用し、2人が退職しています」): the count is the one stated
        (with its parts taken out) plus those who joined minus those who left, 38 + 5 − 2 = 41, and the reply says so.
        The count must be dated (``before``) and said before the changes, and the changes said after a word of the time
        since (``since``); a new total the message states (a correction) wins."""
        for slot, spec in pack.count_changes.items():
            changes = sorted(parsed.changes_at.get(slot, []))
            count, said = parsed.slots.get(slot), stated.get(slot)
            if (not changes or parsed.correction or not _is_number(count) or not _is_number(said)
                    or slot in parsed.scenarios):
                continue
            first = changes[0][0]
            dated = next((m for p in spec.get("before", []) for m in [rx.search(p, text[:first], flags)] if m), None)
            if dated is None:
                continue
            # the count stated is said before the changes, and the time since between them
            numbers = _figures_of(said, text[:first])
            if not numbers:
                continue
            ends = [i for stop in ("。", ".", "!", "?", "！", "？", "\n") for i in [text.find(stop, changes[-1][0])] if i >= 0]
            after = text[:min(ends) if ends else len(text)]
            start = min(dated.start(), numbers[0].start())
            if not any(m.start() >= start for p in spec.get("since", []) for m in rx.finditer(p, after, flags)):
                continue
            _set_changed_count(parsed, slot, spec, count, changes)

    @staticmethod
    def _planned_at(text: str, at: int, pack: LanguagePack, slot: str, flags: int) -> bool:
        """Whether the sentence of ``text`` at ``at`` says a change to come (a word of pack ``count_plans``' ``planned``)."""
        planned = (pack.count_plans.get(slot) or {}).get("planned", [])
        if not planned:
            return False
        stops = ("。", ".", "!", "?", "！", "？", "\n")
        begin = max(text.rfind(stop, 0, at) for stop in stops) + 1
        ends = [i for stop in stops for i in [text.find(stop, at)] if i >= 0]
        sentence = text[begin:min(ends) if ends else len(text)]
        return any(rx.search(p, sentence, flags) for p in planned)

    @staticmethod
    def _planned_change(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int, stated: dict[str, Any]) -> None:
        """A count of now and people planned to join or leave (pack ``count_plans``: "we have 198 full-time employees
        and from April we hire 5 new graduates", 「正社員は今198名です。来年4月に新卒が7名入社して205名になる予定です」): the
        count asked about is the planned one (198 + 5 = 203), computed beside the count of now so the reply compares them
        (the two are the count's scenarios), and the reply says the sum. The changes must be said after the count, in a
        sentence with a word of the future (``planned``); a change dated in the past is ``count_changes``'."""
        for slot, spec in pack.count_plans.items():
            changes = sorted(parsed.changes_at.get(slot, []))
            count, said = parsed.slots.get(slot), stated.get(slot)
            if (not changes or parsed.correction or not _is_number(count) or count != said
                    or slot in parsed.scenarios):
                continue
            first, last = changes[0][0], changes[-1][0]
            if not _figures_of(count, text[:first]):
                continue  # the count is said before the changes
            if not any(Headcount._planned_at(text, at, pack, slot, flags) for at in (first, last)):
                continue
            new = _set_changed_count(parsed, slot, spec, count, changes)
            if new is not None:
                parsed.scenarios[slot] = (count, new)

    @staticmethod
    def _planned_figure(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """A count said as the one planned, with no count of now beside it (pack ``count_plans`` ``figure``: 「正社員を
        110名まで増やす予定です。そうなったら…」, "next spring we will grow to 110 full-time staff", 「120名になる予定です」): the
        count is that figure, and the reply says the limits are for the planned count (``figure_note``)."""
        for slot, spec in pack.count_plans.items():
            count = parsed.slots.get(slot)
            if not spec.get("figure_note") or not _is_number(count) or slot in parsed.scenarios or parsed.correction:
                continue
            for pattern in spec.get("figure", []):
                match = rx.search(pattern, text, flags)
                if match is None:
                    continue
                read = read_number(match.group("value"), whole=True)
                if read.ok and read.value == count:
                    parsed.notes.append((str(spec["figure_note"]), {"count": count}))
                    return

    def _set_aside(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """A count the user sets aside (pack ``set_aside``: "a sales office in Bangkok with 12 people, but they're not
        part of the numbers below", 「以下の人数には含みません」) is never the count: when the count read is a number of
        that clause, the message is read again without it and the count stated elsewhere is the count (none: the
        count is not known and is asked)."""
        for slot, pattern in pack.set_aside.items():
            count = parsed.slots.get(slot)
            if not isinstance(count, (int, float)) or isinstance(count, bool):
                continue
            values = set()
            for match in rx.finditer(pattern, text, flags):
                # the number set aside is the last before the words setting it aside ("350 staff (plus 40
                # part-timers, not counted)": the 40), never a count said before it in the sentence nor the count
                # those words name ("and 3 trainees (not included in the 45)": the 45 is the count, the 3 set aside)
                said = match.group(0)
                if "aside" in match.groupdict() and match.start("aside") >= 0:
                    said = said[:match.start("aside") - match.start()]
                # "24 full-time care staff (plus nurses and kitchen staff, not counted I guess)": people set aside in a
                # bracket with no number of their own leave the count before the bracket as it is
                opened = max(said.rfind("("), said.rfind("（"))
                if opened > max(said.rfind(")"), said.rfind("）")) and not re.search(r"\d", said[opened:]):
                    continue
                for raw in re.findall(r"\d[\d,]*", said)[-1:]:
                    read = read_number(raw, whole=slot in self.whole_slots)
                    if read is not None and read.ok:
                        values.add(read.value)
            if count not in values:
                continue
            without = rx.sub(pattern, lambda m: " " * len(m.group(0)), text, flags=flags)
            reparse = getattr(self, "reparse", None) or self.reread
            again = (reparse(without, pack) or {}).get(slot) if reparse is not None else None
            if isinstance(again, (int, float)) and not isinstance(again, bool) and again not in values:
                parsed.slots[slot] = again
            else:
                parsed.slots.pop(slot, None)
            parsed.errors.pop(slot, None)
            parsed.notes = [(key, params) for key, params in parsed.notes if params.get("total") not in values]

    @staticmethod
    def _count_shares(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """A share of the count read that is the count the rule needs (pack ``count_shares``: "half of our 40 staff are
        care workers" in nursing care, 「常勤職員は40名で、そのうち6割が介護職員」, "50 employees, four fifths of them full-time"):
        the count is the total times the share (20, 40), with the kind's note (the total, the rest left out, the count).
        A share that gives no whole number ("a third of 40") or said only about ("about half", 「6割程度」) is asked: the
        slot is an error, never rounded."""
        for slot, spec in pack.count_shares.items():
            total = parsed.slots.get(slot)
            if not isinstance(total, (int, float)) or isinstance(total, bool):
                continue
            for kind in spec.get("kinds", []):
                if any(parsed.slots.get(k) != v for k, v in (kind.get("when") or {}).items()):
                    continue
                match = next((m for p in kind.get("part", []) for m in [rx.search(p, text, flags)] if m), None)
                if match is None:
                    continue
                groups = match.groupdict()
                stated = read_number(groups["total"], whole=True) if groups.get("total") else None
                if stated is not None and (not stated.ok or stated.value != total):
                    continue  # a share of another count than the one read
                share = Headcount._share(groups, spec)
                if share is None or not 0 < share < 1:
                    continue
                count = share * Fraction(str(total))
                if groups.get("about") or groups.get("about2") or count.denominator != 1:
                    parsed.slots.pop(slot, None)
                    said = " ".join(w for w in (groups.get("about"), match.group("share"), groups.get("about2")) if w)
                    parsed.errors[slot] = ((f"{share.numerator}/{share.denominator} × {total}", "not_whole")
                                           if count.denominator != 1 else (said, "unreadable"))
                    if count.denominator != 1 and spec.get("not_whole_note"):
                        # the ask says why: "two thirds of 40 is 40 × 2/3, not a whole number"
                        parsed.notes.append((str(spec["not_whole_note"]), {
                            "slot": slot, "share": match.group("share"), "total": total,
                            "factor": f"{share.numerator}/{share.denominator}"}))
                    break
                count = int(count)
                parsed.slots[slot] = count
                parsed.errors.pop(slot, None)
                if kind.get("note"):
                    # the share as the user wrote it, and as a factor of the total ("60%", "2/3")
                    factor = (match.group("share") if groups.get("percent") or groups.get("tenths")
                              else f"{share.numerator}/{share.denominator}")
                    parsed.notes.append((str(kind["note"]), {"total": total, "part": total - count,
                                                             "parts": [total - count], "count": count,
                                                             "share": match.group("share"), "factor": factor}))
                break

    @staticmethod
    def _share(groups: dict[str, str | None], spec: dict[str, Any]) -> Fraction | None:
        """The share a match states, exactly: N% (``percent``), N割 (``tenths``), N/M (``num``, ``den``), "two thirds"
        (``fnum``, ``fden`` by the spec's ``numerators`` and ``denominators``), "half" (``word`` in ``words``)."""
        try:
            if groups.get("percent"):
                return Fraction(groups["percent"]) / 100
            if groups.get("tenths"):
                return Fraction(int(groups["tenths"]), 10)
            if groups.get("num") and groups.get("den"):
                return Fraction(int(groups["num"]), int(groups["den"]))
            if groups.get("fnum") and groups.get("fden"):
                num = (spec.get("numerators") or {}).get(groups["fnum"].lower())
                den = (spec.get("denominators") or {}).get(groups["fden"].lower())
                return Fraction(int(num), int(den)) if num and den else None
            if groups.get("word"):
                pair = (spec.get("words") or {}).get(rx.sub(r"\s+", " ", groups["word"].lower()))
                return Fraction(int(pair[0]), int(pair[1])) if pair else None
        except (ValueError, ZeroDivisionError, TypeError):
            return None
        return None

    def _restated_total(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """A count corrected by a part that was left out, with the new total (pack ``forgotten_part_totals``: "I forgot the
        night shift team, 6 more persons full time. So total is 54"): the total is the count, a correction of the one
        given before; the slots it is no value of (``misread``: the hours of a plan) are dropped when they hold it."""
        for slot, spec in pack.forgotten_part_totals.items():
            if self._left_out_in_the_count(text, spec, parsed, slot, flags):
                continue
            forgot = next((m for p in spec.get("forgot", []) for m in [rx.search(p, text, flags)] if m), None)
            if forgot is not None and self._planned_at(text, forgot.start(), pack, slot, flags):
                forgot = None  # 「来年4月に新卒が7名入社して205名になる予定」: a change to come corrects nothing (``count_plans``)
            # people hired or lost, read as an increment of the count ("we hired 5 people"), are a change as well
            changed = slot in parsed.increments and not any(
                self._planned_at(text, at, pack, slot, flags) for at, _ in parsed.changes_at.get(slot, []))
            if forgot is None and not changed:
                continue
            total = self.first_value(spec.get("total", []), text, flags, slot)
            if total is None or not total:
                continue
            parsed.slots[slot] = total
            parsed.errors.pop(slot, None)
            parsed.correction = True
            for other in spec.get("misread", []):
                if parsed.slots.get(other) == total:
                    parsed.slots.pop(other)
            # the part left out is explained from the "forgot" on ("I forgot the 14 guys on the night shift, they are
            # full-time too (5 days a week, 40 hours)"): its numbers (the part, its days and hours) are no value of a
            # slot; the total stated after them is
            said = text[forgot.start():] if forgot else text
            explained = {read.value for n in rx.findall(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?", said)
                         for read in [read_number(n)] if read.ok}
            for other, value in list(parsed.slots.items()):
                if (other != slot and isinstance(value, (int, float)) and not isinstance(value, bool)
                        and value in explained and value != total):
                    parsed.slots.pop(other)

    @staticmethod
    def _left_out_in_the_count(text: str, spec: dict[str, Any], parsed: nlu.Parse, slot: str, flags: int) -> bool:
        """People said to have been left out (``left_out``: "sorry, mistake. 41 seishain, I forgot 3 new people from
        April", 「すみません、45人でした。運転手3人を入れ忘れていました」) after a count the message states: that count is the
        corrected one, with them in it; they are no increment of it (alone, "I forgot 3 drivers" adds them to the count
        given before). Whether it was."""
        said = parsed.text or text  # (the people's words are blanked in ``text`` once read as an increment)
        left = next((m for p in spec.get("left_out", []) for m in [rx.search(p, said, flags)] if m), None)
        count = parsed.slots.get(slot)
        added = parsed.increments.get(slot, parsed.stated_increments.get(slot))
        if left is None or not _is_number(count) or added is None:
            return False
        if count == added or not _figures_of(count, said[:left.start()]):
            return False  # the people's own number read as the count, or a count said after them
        parsed.increments.pop(slot, None)
        parsed.stated_increments.pop(slot, None)
        parsed.changes_at.pop(slot, None)
        parsed.correction = True
        return True

    def _contained_parts(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> set[str]:
        """The slots whose count is said to hold several listed parts that do not count (pack ``contained_parts``):
        the count restated in the frame (or read) less every part named after the frame in its sentence, each part
        said in turn; with no count in the message, their sum is the part the policy takes from the count given
        before. One part alone is left to ``excluded_parts``."""
        done: set[str] = set()
        for slot, spec in pack.contained_parts.items():
            frame = self._frame(text, spec, flags)
            if frame is None:
                continue
            sentence = text[frame.end():self._list_end(text, frame, spec, flags)]
            parts: list[tuple[int, int | float, str]] = []
            said: dict[int, str] = {}  # the kinds of the parts where they are written, by the words a note names them
            kept = 0  # parts named in the list that count after all (part-timers at the full-time hours, staff in Japan)
            kept_said: list[tuple[str, dict[str, Any]]] = []
            taken: list[tuple[int, int]] = []
            for kind in spec.get("kinds", []):
                for pattern in kind.get("part", []):
                    for match in rx.finditer(pattern, sentence, flags):
                        span = match.span("value")
                        if any(a < span[1] and span[0] < b for a, b in taken):
                            continue
                        place = match.groupdict().get("place")
                        where = None if place is None or self.where is None else self.where(place, pack)
                        if where is None and kind.get("local") and rx.search(kind["local"], match.group(0), flags):
                            where = False  # 「セブ支店の現地スタッフ」: staff hired locally at a place the list lacks are abroad
                        if kind.get("abroad") and place is not None and where is not False:
                            # staff at a place in Japan (or one not known) stay counted; at a place known to be in Japan
                            # a part of the list all the same (「50名で、大阪支店のスタッフ4名と実習生3名が含まれています」:
                            # only the trainees come out), and said (``kept_note``)
                            if where:
                                taken.append(span)
                                kept += 1
                                if kind.get("kept_note"):
                                    kept_said.append((str(kind["kept_note"]), {"part": match.group("value"),
                                                                               "place": place.strip()}))
                            continue
                        # people named by who they are ("me and my wife as directors", "the two of us"): the kind's
                        # ``value_words`` give their number
                        said_as = " ".join(match.group("value").lower().split())
                        word = (kind.get("value_words") or {}).get(said_as)
                        if word is None and match.groupdict().get("person"):
                            word = 1  # a person named ("Mrs. Tanaka who does the books part time", 「パートの田中さん」) is one
                        read = read_number(str(word) if word is not None else match.group("value"), whole=True)
                        if not read.ok or not read.value:
                            continue
                        taken.append(span)
                        hours = self._weekly_hours(match.groupdict())
                        if hours is not None and hours >= self._full_time_hours():
                            kept += 1
                            continue  # full-time by the rule's hours: stays counted
                        parts.append((span[0], read.value, str(kind.get("note") or "")))
                        if kind.get("said"):
                            said[span[0]] = str(kind["said"])
            if not parts or len(parts) + kept < 2:
                continue
            restated = frame.groupdict().get("total")
            read = read_number(restated, whole=True) if restated else None
            total = read.value if read is not None and read.ok else parsed.slots.get(slot)
            together = sum(part for _, part, _ in parts)
            if not isinstance(total, (int, float)) or isinstance(total, bool):
                parsed.parts[slot] = (together, str(spec.get("note") or ""))
                parsed.slots.pop(slot, None)
                done.add(slot)
                continue
            if together >= total:
                continue
            count = total
            if spec.get("together_note") and any(not note for _, _, note in parts):
                # a kind with no note of its own (agency staff, hires not yet joined): the parts are said together
                count = total - together
                parsed.notes.append((str(spec["together_note"]), {
                    "total": total, "parts": [whole_or_float(part) for _, part, _ in sorted(parts)],
                    "count": whole_or_float(count),
                    "kinds": list(dict.fromkeys(said[at] for at in sorted(said)))}))
            for _, part, note in sorted(parts) if count == total else []:
                if note:
                    parsed.notes.append((note, {"total": count, "part": part, "count": count - part}))
                count -= part
            parsed.slots[slot] = whole_or_float(count)
            parsed.errors.pop(slot, None)
            parsed.notes.extend((key, {**params, "total": total}) for key, params in kept_said)
            done.add(slot)
        return done

    @classmethod
    def _frame(cls, text: str, spec: dict[str, Any], flags: int) -> re.Match[str] | None:
        """The frame of a list of a count's parts (pack ``contained_parts``): the first written that a part follows in
        its list ("I counted wrong. the 45 includes ..." is framed by "the 45 includes"; in 「110人っていうのは実習生15人も
        含めた数です。それと、パート3人もこの中に入ってます」 the later 「3人もこの中に」 goes on with the list the 110 began)."""
        frames = sorted((m for p in spec.get("frame", []) for m in [rx.search(p, text, flags)] if m),
                        key=lambda m: m.start())
        parts = [p for kind in spec.get("kinds", []) for p in kind.get("part", [])]
        for frame in frames:
            listed = text[frame.end():cls._list_end(text, frame, spec, flags)]
            if any(rx.search(p, listed, flags) for p in parts):
                return frame
        return None

    @staticmethod
    def _list_end(text: str, frame: re.Match[str], spec: dict[str, Any], flags: int) -> int:
        """Where the list of a count's parts begun by ``frame`` ends: the end of its sentence, or of the last of the
        sentences right after it that go on with the list (pack ``continued``: 「それと、そのうち2人はタイの駐在事務所の
        現地スタッフです」, "Also 2 of them are local staff at our Thai office"), each exclusion said in its own sentence.
        A list the frame opens in brackets ends where they close: 「社員48名（うち役員3名は報酬のみ）、パート10名」 names the
        part-timers beside the 48, not in it. A full stop closing a title (pack ``abbreviation``: "Mrs. Tanaka") ends
        no sentence."""
        start = frame.end()
        continued = spec.get("continued", [])
        abbreviation = spec.get("abbreviation")

        def end_of(at: int) -> int:
            ends = []
            for stop in ("。", ".", "!", "?", "！", "？", "\n"):
                i = text.find(stop, at)
                while i >= 0 and stop == "." and abbreviation and rx.search(abbreviation, text[max(0, i - 12):i], flags):
                    i = text.find(stop, i + 1)
                if i >= 0:
                    ends.append(i)
            return min(ends) if ends else len(text)

        opened = frame.group(0)
        if opened.count("（") + opened.count("(") > opened.count("）") + opened.count(")"):
            closes = [i for stop in ("）", ")") for i in [text.find(stop, start)] if i >= 0]
            if closes and min(closes) <= end_of(start):
                return min(closes)
        end = end_of(start)
        while end < len(text) and continued:
            after = end_of(end + 1)
            if not any(rx.search(p, text[end + 1:after], flags) for p in continued):
                break
            end = after
        return end

    @staticmethod
    def _added_parts(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """Groups named beside a count read for the slot (pack ``added_parts``): a group that counts by the rule
        (directors paid as employees, staff stated as full-time) is added to the count, one that does not (a director
        not said to be paid as a worker) leaves it as it is; each is said in the reply. Each group is read once (the
        first spec that matches a span takes it)."""
        for slot, specs in pack.added_parts.items():
            total = parsed.slots.get(slot)
            if not isinstance(total, int) or isinstance(total, bool) or slot in parsed.parts:
                continue
            # a group is named beside the count, after it ("48名、使用人兼務役員が2名"): never one the count comes after
            written = rx.search(rf"(?<![\d.,]){total}(?![\d]|[.,]\d)", text)
            start = written.end() if written else len(text)
            taken: list[tuple[int, int]] = []
            count = total
            for spec in specs:
                unless = dict(spec.get("unless") or {})  # slot values under which the group is never added
                if spec.get("counts") and any(parsed.slots.get(k) == v for k, v in unless.items()):
                    continue
                for pattern in spec.get("part", []):
                    for match in rx.finditer(pattern, text, flags):
                        span = match.span("value")
                        if span[0] < start or any(s < span[1] and span[0] < e for s, e in taken):
                            continue
                        word = spec.get("value_words", {}).get(match.group("value").lower())  # "one of them"
                        read = read_number(str(word) if word else match.group("value"), whole=True)
                        if not read.ok or not read.value:
                            continue
                        taken.append(span)
                        part = int(read.value)
                        before = count
                        if spec.get("counts"):
                            count += part
                        if spec.get("note"):
                            parsed.notes.append((str(spec["note"]), {"total": before, "part": part, "count": count}))
            if count != total:
                parsed.slots[slot] = count
                parsed.errors.pop(slot, None)

    def _schedule_groups(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int, stated: dict[str, Any],
                         noted: int) -> set[str]:
        """A workforce told as groups each with its weekly schedule (pack ``schedule_groups``: "27 guys work Mon-Fri, 8h
        a day ... 4 people work Mon-Fri 6h a day ... 6 part-timers who come Mon-Thu 5h a day", 「月〜金・1日8時間の社員が
        27名、週4日・1日6時間のパートが5名」): each group is tested against the rule book's full-time definition (its days
        a week, or employment insurance in their place, and its hours a week) and the count is the sum of the groups that
        pass (27 + 4 = 31), said with the groups left out. Needs two groups at least, each with its days and hours; a
        count stated beside them must be all the groups, the ones that pass or one group's own number (else the groups
        are only some of the staff). The readings of the count's parts made before (notes from ``noted`` on) give way. The slots it settled."""
        done: set[str] = set()
        for slot, spec in pack.schedule_groups.items():
            groups = self._schedule_of_groups(text, spec, flags)
            if None in groups:
                continue
            # "38 regular staff. 3 people work 5 days a week, 6.5h per day ...": a count said full-time with no schedule
            # of its own (``qualified``) is a group that counts beside the groups told by their schedules
            taken = [g["at"] for g in groups if g]
            qualified = next((m for p in spec.get("qualified", []) for m in rx.finditer(p, text, flags)
                              if not any(a < m.end("value") and m.start("value") < b for a, b in taken)), None)
            if groups and qualified is not None:
                read = read_number(qualified.group("value"), whole=True)
                if read.ok and read.value:
                    groups.insert(0, {"part": int(read.value), "days": None, "hours": None, "insured": False,
                                      "full": True, "qualified": True, "at": qualified.span("value")})
            if len(groups) < 2 or not any(g["full"] and not g["qualified"] for g in groups):
                continue  # with no group counted by its schedule, the count and its parts are read as stated
            definition = getattr(getattr(self.rules, "quota", None), "full_time_definition", None)
            hours_needed, days_needed = self._full_time_hours(), self._week_days()
            kept = [g for g in groups if g["full"]]
            left = [g for g in groups if g not in kept]
            count = sum(g["part"] for g in kept)
            said = stated.get(slot)
            everyone = sum(g["part"] for g in groups)
            # "40 people. 31 work Mon-Fri 8h, 6 only Tue/Wed/Thu 6h, the other 3 are trainees": the parts that never count
            # (pack ``excluded_parts``) said beside the groups are of the count read too
            aside = (self._parts_aside(text, pack, parsed, slot, [g["at"] for g in groups], flags)
                     if _is_number(said) and said > everyone else [])
            # a count read beside them is all of them, those counted, or one group's own number read as the count
            if not kept or (_is_number(said) and said not in (count, everyone, *(g["part"] for g in groups))
                            and not (aside and said == everyone + sum(a["part"] for a in aside))):
                continue
            del parsed.notes[noted:]
            parsed.slots[slot] = count
            parsed.errors.pop(slot, None)
            parsed.parts.pop(slot, None)
            done.add(slot)
            if spec.get("note"):
                parsed.notes.append((str(spec["note"]), {
                    "count": count, "counted": kept, "left": left, "aside": aside,
                    "total": said if _is_number(said) and said in (everyone, everyone + sum(a["part"] for a in aside))
                    else None,
                    "days": days_needed, "hours": whole_or_float(hours_needed),
                    "confidence": getattr(definition, "confidence", None)}))
        return done

    def _parts_aside(self, text: str, pack: LanguagePack, parsed: nlu.Parse, slot: str, taken: list[tuple[int, int]],
                     flags: int) -> list[dict[str, Any]]:
        """The parts of a count that never count (pack ``excluded_parts``: trainees, staff abroad) said beside groups told
        by their schedules, none of them a group's number: each with its kind (the part's note, "trainees" of
        ``assume.trainees_excluded``)."""
        aside: list[dict[str, Any]] = []
        for spec in pack.excluded_parts.get(slot, []):
            if spec.get("hours") or any(parsed.slots.get(k) != v for k, v in (spec.get("when") or {}).items()):
                continue  # part-timers are told by their schedules; a part under a condition not met is none
            match = self._first_match(spec.get("part", []), text, flags, slot, spec.get("value_words") or {},
                                      pack if spec.get("abroad") else None)
            if match is None or not _is_number(match[0]) or any(a <= match[2][0] < b for a, b in taken):
                continue
            if any(a["at"] == match[2][0] for a in aside):
                continue
            kind = str(spec.get("note") or "").rsplit(".", 1)[-1].removesuffix("_excluded")
            aside.append({"part": match[0], "kind": kind, "at": match[2][0]})
        return aside

    def _schedule_of_groups(self, text: str, spec: dict[str, Any], flags: int) -> list[dict[str, Any] | None]:
        """Each group ``spec["group"]`` finds in ``text`` with its schedule: how many (``part``), days a week, hours a
        week and whether insured; None for a group with only its days or only its hours said on its ``sides`` of the
        text (a count with neither is no group)."""
        found = [m for m in rx.finditer(spec.get("group") or r"(?!)", text, flags)]
        ends = [m.end() for m in rx.finditer(spec.get("sentence_end") or r"(?!)", text, flags)]
        weekdays = [str(day).lower() for day in spec.get("weekdays", [])]
        out: list[dict[str, Any] | None] = []
        told_after = -1  # where the schedule a group had after it ends (「6名は火水木だけ1日6時間、残り3名は…」: none of the 3's)
        for i, match in enumerate(found):
            read = read_number(match.group("value"), whole=True)
            if not read.ok or not read.value:
                continue
            after_end = min([e for e in ends if e > match.end()] + [found[i + 1].start() if i + 1 < len(found) else len(text)])
            previous = max(found[i - 1].end() if i else 0, told_after)
            said_of_previous = rx.match(spec["remark"], text[previous:], flags) if i and spec.get("remark") else None
            if said_of_previous is not None:
                previous += len(said_of_previous.group(0))  # the previous group's remark is its own
            before_start = max([e for e in ends if e <= match.start()] + [previous])
            spans = {"after": (match.end(), after_end), "before": (before_start, match.start())}
            # 「社員27名は月〜金…」: a count the schedule follows (``after_if`` right after it) has it after, whatever the
            # language's usual side
            after = spec.get("after_if") and rx.match(spec["after_if"], text[match.end():], flags)
            # 「契約社員が6名いて、週5日・1日6時間で…。」: a count said with its verb (``after_alone``) has its schedule after it
            # when no other group follows in its sentence (「社員が27名いて、週4日のパートが5名」 is the next group's)
            sentence_end = min([e for e in ends if e > match.end()] + [len(text)])
            alone = i + 1 >= len(found) or found[i + 1].start() >= sentence_end
            after = after or (alone and spec.get("after_alone")
                              and rx.match(spec["after_alone"], text[match.end():], flags))
            # a remark in brackets right after the count (「4名（雇用保険あり）」) is said of the group on either side
            remark = rx.match(spec["remark"], text[match.end():], flags) if spec.get("remark") else None
            group: dict[str, Any] | None = None
            sides = spec.get("sides", ["after"])
            for side in ["after", *(s for s in sides if s != "after")] if after else sides:
                start, end = spans[side]
                words = text[start:end] + (" " + remark.group(0) if remark is not None and side == "before" else "")
                group = self._schedule(words, spec, weekdays, flags)
                if group is not None:
                    if side == "after":
                        told_after = end
                    break
            if group is None:
                continue  # a count with no schedule said ("38 people on staff", 「実習生が2名」) is no group
            group["part"] = int(read.value)
            group["at"] = match.span("value")
            group["qualified"] = False
            # a group whose schedule decides the full-time test (its days and hours, or days under the rule's and not
            # insured, "4 part-timers who come 3 days a week", or hours under the rule's); None: it does not
            group["full"] = self._full_time_of(group)
            out.append(group if group["full"] is not None else None)
        return out

    @staticmethod
    def _schedule(words: str, spec: dict[str, Any], weekdays: list[str], flags: int) -> dict[str, Any] | None:
        """Days a week, hours a week and insurance said in ``words`` (hours a day times the days; either None when not
        said), or None when neither days nor hours are said."""
        days: int | None = None
        for pattern in spec.get("days", []):
            match = rx.search(pattern, words, flags)
            if match is None:
                continue
            groups = match.groupdict()
            if groups.get("week_days"):
                read = read_number(groups["week_days"], whole=True)
                days = int(read.value) if read.ok else None
            elif groups.get("d1") and groups.get("d2"):
                at = [next((k for k, day in enumerate(weekdays) if groups[g].lower().startswith(day)), None)
                      for g in ("d1", "d2")]
                days = (at[1] - at[0]) % len(weekdays) + 1 if None not in at else None
            elif groups.get("listed") or groups.get("listed2"):
                # weekdays named one by one ("Tue/Wed/Thu", "Mondays, Wednesdays and Fridays", 「火水木」): as many days a
                # week as different weekdays are named
                named = {k for k, day in enumerate(weekdays)
                         for word in rx.findall(spec.get("weekday") or r"(?!)", groups.get("listed") or groups["listed2"], flags)
                         if word.lower().startswith(day)}
                days = len(named) or None
            if days:
                break
        week: float | None = None
        day_hours: float | None = None
        for pattern in spec.get("hours", []):
            match = rx.search(pattern, words, flags)
            if match is None:
                continue
            groups = match.groupdict()
            raw = groups.get("week_hours") or groups.get("day_hours")
            read = read_number(raw) if raw else None
            if read is None or not read.ok:
                continue
            if groups.get("week_hours"):
                week = float(read.value)
                break
            if days:
                week = float(read.value) * days
                break
            day_hours = float(read.value) if day_hours is None else day_hours
        said_hours = any(rx.search(p, words, flags) for p in spec.get("hours", []))
        if not days and not said_hours:
            return None
        insured = bool(spec.get("insured")) and rx.search(spec["insured"], words, flags) is not None
        return {"days": days, "hours": whole_or_float(week) if week is not None else None, "insured": insured,
                "day_hours": day_hours}

    def _hours_groups(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """Groups named beside a count by their hours and days, not as full-time (pack ``hours_groups``: "6 people who
        work about N hours a month, every weekday", 「月140時間・週5日勤務のスタッフが6名」): a group at or over the rule
        book's full-time hours a week (a month's hours × 12 / 52) and days a week is added to the count, and said."""
        for slot, spec in pack.hours_groups.items():
            total = parsed.slots.get(slot)
            if not isinstance(total, int) or isinstance(total, bool) or slot in parsed.parts:
                continue
            count = total
            taken: list[tuple[int, int]] = []
            for pattern in spec.get("part", []):
                for match in rx.finditer(pattern, text, flags):
                    span = match.span("value")
                    if any(a < span[1] and span[0] < b for a, b in taken):
                        continue
                    groups = match.groupdict()
                    read, days = read_number(groups["value"], whole=True), read_number(groups.get("days") or "")
                    if not (read.ok and read.value and days.ok) or read.value == total:
                        continue
                    hours = read_number(groups.get("month_hours") or groups.get("week_hours") or "")
                    if not hours.ok:
                        continue
                    week = float(hours.value) * 12 / 52 if groups.get("month_hours") else float(hours.value)
                    if week < self._full_time_hours() or days.value < self._week_days():
                        continue
                    taken.append(span)
                    part = int(read.value)
                    if spec.get("note"):
                        # the group's hours as said, a month's also as a week's ("140 hours a month, about 32 a week")
                        parsed.notes.append((str(spec["note"]), {
                            "total": count, "part": part, "count": count + part, "hours": whole_or_float(hours.value),
                            "month": bool(groups.get("month_hours")), "week": int(week + 0.5), "days": days.value}))
                    count += part
            if count != total:
                parsed.slots[slot] = count
                parsed.errors.pop(slot, None)

    def _added_full_time(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """People named beside a count, or added to the count of the last calculation, with the hours they work (pack
        ``added_full_time``: "we also have 4 people on N hours a week, contract staff", 「ほかに週N時間の契約社員が4人
        います」, N at or over the full-time hours): at or over the rule book's full-time hours a week (and its days, when said) they count, so they are
        added to the count the message states, or, with none stated (their own number is no count), to the count given
        before (the slot's increment, which the policy adds); the reply says why they count. Under those hours they are
        left to the readings of people who do not count."""
        for slot, spec in pack.added_full_time.items():
            match = next((m for p in spec.get("part", []) for m in [rx.search(p, text, flags)] if m), None)
            if match is None or slot in parsed.parts or slot in parsed.increments:
                continue
            groups = {name.rstrip("0123456789"): value for name, value in reversed(match.groupdict().items()) if value}
            read = read_number(groups.get("value", ""), whole=True)
            hours = self._weekly_hours(groups)
            days = read_number(groups["week_days"], whole=True) if groups.get("week_days") else None
            if (not read.ok or not read.value or hours is None or hours < self._full_time_hours()
                    or (days is not None and (not days.ok or days.value < self._week_days()))):
                continue
            part = int(read.value)
            grouped = str((pack.hours_groups.get(slot) or {}).get("note") or "")
            if grouped and any(key == grouped and params.get("part") == part for key, params in parsed.notes):
                continue  # the group told by its hours and days was added already
            total = parsed.slots.get(slot)
            if _is_number(total) and total != part:
                parsed.slots[slot] = whole_or_float(total + part)  # the count stated beside them, with them
            else:
                parsed.slots.pop(slot, None)  # their number is no count: it adds to the one given before
                parsed.increments[slot] = part
                total = None
            parsed.errors.pop(slot, None)
            if spec.get("note"):
                parsed.notes.append((str(spec["note"]), {"part": part, "hours": whole_or_float(hours), "total": total,
                                                         "count": parsed.slots.get(slot)}))

    def _beside_parts(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> None:
        """Part-time staff named beside a count read for the slot, not as a part of it (pack ``beside_parts``): the
        count stays, and a note says they were not counted and why (the rule book's full-time definition), or, for
        part-timers at or over its weekly hours, that they may count. A part the count was reduced by or kept with
        (``excluded_parts``) has its own note already."""
        for slot, spec in pack.beside_parts.items():
            total = parsed.slots.get(slot)
            if not isinstance(total, (int, float)) or isinstance(total, bool) or slot in parsed.parts:
                continue
            own = {str(s.get(k)) for s in pack.excluded_parts.get(slot, []) for k in ("note", "kept_note") if s.get(k)}
            # role lines read one by one name their part-time lines among the lines left out
            own |= {str(pack.role_lines[slot]["note"])} if pack.role_lines.get(slot, {}).get("note") else set()
            own |= {str(((pack.role_lines.get(slot) or {}).get("headed") or {}).get("note") or "")} - {""}
            if any(key in own for key, _ in parsed.notes):
                continue
            for pattern in spec.get("part", []):
                match = rx.search(pattern, text, flags)
                if match is None:
                    continue
                groups = match.groupdict()
                read = read_number(groups["value"], whole=True) if groups.get("value") else None
                part = read.value if read is not None and read.ok else None
                if part == total:
                    continue  # the count itself ("10 part-time staff": what was read)
                if any(key == "reading.rest_of_parts" and part in params.get("parts", []) for key, params in parsed.notes):
                    break  # already taken out of the total as a part before "the rest" (「パートが9名。それ以外は全員正社員」)
                hours = None
                for name, raw in groups.items():
                    factor = 1 if name.startswith("week_hours") else self._week_days() if name.startswith(
                        "day_hours") else 0
                    value = read_number(raw) if raw and factor else None
                    if value is not None and value.ok:
                        hours = whole_or_float(float(value.value) * factor)
                        break
                full = hours is not None and hours >= self._full_time_hours()
                key = spec.get("kept_note") if full else spec.get("note")
                if key:
                    parsed.notes.append((str(key), {"total": total, "part": part, "hours": hours}))
                break

    @staticmethod
    def _role_lines(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> set[str]:
        """A workforce listed one role a line, each with its own qualifier before the role or after the count (pack
        ``role_lines``: "Full-time care workers: 24. Full-time nurses: 5. Office staff: 3 full-time. Part-time carers:
        8.", 「常勤の介護職員：24名、常勤の看護師：5名、事務職員：常勤3名、パートの介護職員：8名」): each line is read with its own
        qualifier, and the count is the sum of the full-time lines whose role counts for the case (a kind's ``counts``
        under its ``when``: in nursing care the care lines, 24); the reply names the lines left out. Needs two lines at
        least; the slots it settled."""
        done: set[str] = set()
        for slot, spec in pack.role_lines.items():
            kind = next((k for k in spec.get("kinds", [])
                         if all(parsed.slots.get(name) == value for name, value in (k.get("when") or {}).items())), None)
            if kind is None or not spec.get("line") or not spec.get("clause"):
                continue
            lines: list[tuple[str, int, bool]] = []  # (the line as written, its count, whether it counts)
            for clause in rx.split(spec["clause"], text, flags=flags):
                clause = Headcount._table_row(clause, spec.get("cell"), flags)
                match = rx.search(spec["line"], clause, flags)
                if match is None:
                    continue
                read = read_number(match.group("value"), whole=True)
                if not read.ok or not read.value:
                    continue
                said = clause.strip()
                part_time = bool(spec.get("part")) and rx.search(spec["part"], said, flags) is not None
                full = not part_time and rx.search(spec.get("full") or r"(?!)", said, flags) is not None
                role = rx.search(kind.get("counts") or r"(?!)", match.group("label"), flags) is not None
                lines.append((said, int(read.value), full and role))
            counted = [count for _, count, counts in lines if counts]
            if len(lines) < 2 or not counted:
                continue
            total = sum(counted)
            parsed.slots[slot] = total
            parsed.errors.pop(slot, None)
            done.add(slot)
            if spec.get("note"):
                parsed.notes.append((str(spec["note"]), {
                    "parts": counted, "count": total,
                    "left": [said for said, _, counts in lines if not counts]}))
        return done

    def _headed_lines(self, text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int) -> set[str]:
        """A workforce listed under headings, a heading being the qualifier of its line's roles (pack ``role_lines``
        ``headed``: 「正社員：製造ライン22名、品質管理3名、事務所2名 / 契約社員：4名（全員フルタイムで週5日・1日8時間） /
        アルバイト学生：6名（週2〜3日）」, "Full-time: 22 on the line, 3 in QC, 2 in the office. Contract: 4 (all full-time,
        the week's days x 8h). Part-time students: 6"): each line is read on its own and the count is the sum of the lines that
        count; a line's schedule, when it decides the rule book's full-time test, decides it (hours a week and days a
        week, or employment insurance in their place), else a part-time heading (``part``) leaves the line out, a
        full-time heading or remark (``full``) counts it, and any other line is left out. Needs a full-time heading
        over two roles at least (the class of a heading, not of one labelled count); the reply names the lines left
        out. The slots it settled."""
        done: set[str] = set()
        for slot, lines_spec in pack.role_lines.items():
            spec = lines_spec.get("headed") or {}
            if not spec.get("line") or not spec.get("item"):
                continue
            schedule = pack.schedule_groups.get(slot) or {}
            weekdays = [str(day).lower() for day in schedule.get("weekdays", [])]
            # the roles the case counts (in nursing care the care staff: "Also full time: 2 nurses, 1 office lady, 1
            # cook" are full-time, and still not counted), from the heading or from the words after each count
            kind = next((k for k in lines_spec.get("kinds", [])
                         if all(parsed.slots.get(name) == value for name, value in (k.get("when") or {}).items())), None)
            role = str(kind.get("counts") or "") if kind else ""
            roles_left: list[str] = []
            lines: list[tuple[str, list[int], bool]] = []  # (the line as written, its counts, whether it counts)
            headed = False  # a full-time heading over two roles at least
            for segment in rx.split(spec.get("split") or r"\n", text, flags=flags):
                match = rx.search(spec["line"], segment, flags)
                if match is None:
                    continue
                head, body = match.group("head"), match.group("body")
                bare = rx.sub(spec["aside"], " ", body, flags=flags) if spec.get("aside") else body
                items = [(m, read) for m in rx.finditer(spec["item"], bare, flags)
                         for read in [read_number(m.group("value"), whole=True)] if read.ok and read.value]
                if not items:
                    continue
                counts = [int(read.value) for _, read in items]
                if role and not rx.search(role, head, flags):
                    # each count's own role: the words of its item, between the list's separators around it
                    # ("2 nurses, 1 cook", 「介護職員24名、看護師2名」)
                    join = str(spec.get("join") or r"[,、，;；/]")
                    counts, others = [], []
                    for m, read in items:
                        start = max([j.end() for j in rx.finditer(join, bare[:m.start()], flags)] or [0])
                        after = rx.search(join, bare[m.end():], flags)
                        end = m.end() + after.start() if after is not None else len(bare)
                        if rx.search(role, bare[start:end], flags):
                            counts.append(int(read.value))
                        else:
                            others.append((bare[start:end].strip(), int(read.value)))
                    # the roles the case does not count are left out, each said with the reason (a whole line of them
                    # as written)
                    roles_left += ([said.rstrip("。.") for said, _ in others] if counts
                                   else [segment.strip().rstrip("。.")])
                    if not counts:
                        headed = headed or (rx.search(spec.get("full") or r"(?!)", head, flags) is not None
                                            and len(items) >= 2)
                        continue
                part_head = rx.search(spec.get("part") or r"(?!)", head, flags) is not None
                full_head = not part_head and rx.search(spec.get("full") or r"(?!)", head, flags) is not None
                decided = self._full_time_by_schedule(body, schedule, weekdays, flags) if schedule else None
                if decided is not None:
                    counted = decided
                elif part_head:
                    counted = False
                else:
                    counted = full_head or rx.search(spec.get("full") or r"(?!)", body, flags) is not None
                headed = headed or (full_head and len(items) >= 2)
                # the line as said: up to its last count and the remark in brackets right after it (a line joined to the
                # sentences after it once read ends there)
                asides = [m.span() for m in rx.finditer(spec["aside"], body, flags)] if spec.get("aside") else []
                end = max([m.end() for m in rx.finditer(spec["item"], body, flags)
                           if not any(a <= m.start() < b for a, b in asides)] or [len(body)])
                remark = rx.match(r"\s*" + spec["aside"], body[end:], flags) if spec.get("aside") else None
                end += remark.end() if remark is not None else 0
                lines.append((segment[:match.start("body") + end].strip(), counts, counted))
            if not headed or len(lines) + len(roles_left) < 2:
                continue
            parts = [n for _, counts, counted in lines if counted for n in counts]
            total = sum(parts)
            if not total:
                continue  # no line counts for the case: no count read here
            parsed.slots[slot] = total
            parsed.errors.pop(slot, None)
            parsed.parts.pop(slot, None)
            done.add(slot)
            summed = (pack.group_sums.get(slot) or {}).get("note")  # the departments read as summed before give way
            parsed.notes = [(key, params) for key, params in parsed.notes if not summed or key != summed]
            if spec.get("note"):
                parsed.notes.append((str(spec["note"]), {
                    "parts": parts, "count": total, "left": [said for said, _, counted in lines if not counted],
                    "roles": roles_left, "days": self._week_days(),
                    "hours": whole_or_float(self._full_time_hours())}))
        return done

    def _full_time_by_schedule(self, words: str, spec: dict[str, Any], weekdays: list[str], flags: int) -> bool | None:
        """Whether the schedule said in ``words`` (pack ``schedule_groups``' days, hours and insurance) is full-time by the
        rule book (its hours a week, and its days a week or employment insurance in their place), or None when what is
        said does not decide it (nothing said, or days at the rule's without the hours)."""
        said = self._schedule(words, spec, weekdays, flags)
        return None if said is None else self._full_time_of(said)

    def _full_time_of(self, said: dict[str, Any]) -> bool | None:
        """Whether a schedule (days a week, hours a week, insured; either None when not said) is full-time by the rule
        book, or None when what is said does not decide it."""
        days, hours, insured = said["days"], said["hours"], said["insured"]
        if hours is not None and hours < self._full_time_hours():
            return False
        if said.get("day_hours") is not None and said["day_hours"] * 7 < self._full_time_hours():
            return False  # a day's hours with no days said, short of the week's hours even every day ("4 hours a day")
        if days and days < self._week_days() and not insured:
            return False
        if hours is not None and (days or insured):
            return True
        return None

    @staticmethod
    def _table_row(clause: str, cell: str | None, flags: int) -> str:
        """A row of a table of roles ("| Care workers | Full-time | 24 |", 「介護職員｜常勤｜24名」; pack ``role_lines``
        ``cell``: what parts its cells) written as a labelled line ("Care workers Full-time: 24"): the cells beside the one
        number cell are its label (those before it, or after it when the number comes first); a rule row ("---") is no
        cell. Any other clause is as written."""
        if not cell:
            return clause
        cells = [c.strip() for c in rx.split(cell, clause, flags=flags)]
        cells = [c for c in cells if c and not re.fullmatch(r"[-:=\s]+", c)]
        numbered = [i for i, c in enumerate(cells) if re.search(r"\d", c)]
        if len(cells) < 2 or len(numbered) != 1:
            return clause
        at = numbered[0]
        return f"{' '.join(cells[:at] if at else cells[1:])}: {cells[at]}"

    @staticmethod
    def _rest_of_parts(text: str, pack: LanguagePack, parsed: nlu.Parse, flags: int,
                       skip: set[str] | None = None) -> set[str]:
        """The slots whose count is "the rest" of a total after listed parts (pack ``rest_of_parts``): the total is the
        count read, the parts every other count (a number with no unit of time, age or share) written after it and
        before "the rest"; the count is the total less their sum, and the reply says the subtraction."""
        done: set[str] = set()
        for slot, pattern in pack.rest_of_parts.items():
            if slot in (skip or set()):
                continue  # the parts were read by their kinds already
            total = parsed.slots.get(slot)
            rest = rx.search(pattern, text, flags) if pattern else None
            stated = rest.groupdict().get("value") if rest is not None else None
            if stated:
                # 「残りの105名が常勤です」: the rest's own number is the count (the parts said to be in it still come out)
                read = read_number(stated, whole=True)
                if read.ok and (not isinstance(total, (int, float)) or read.value < total):
                    parsed.slots[slot] = read.value
                    parsed.errors.pop(slot, None)
                continue
            if rest is None or not isinstance(total, int) or isinstance(total, bool):
                continue
            # "5 trainees (2 no.1, 3 no.2)": a part's breakdown in brackets is no further part (the total's own
            # brackets, "staff (61 in all)", stay)
            head = rx.sub(r"[(（][^()（）]*[)）]", lambda m: m.group() if str(total) in rx.findall(r"\d+", m.group())
                          else " " * len(m.group()), text[:rest.start()])
            head = pack.without_labels(head)  # "trainees (vietnam, 2nd year)": the 2 is no part
            counts = [(m.start(), float(n.replace(",", ""))) for m in rx.finditer(_COUNT_BEFORE, head, re.I)
                      for n, unit in [m.groups()] if not unit]
            at = next((i for i, (_, value) in enumerate(counts) if value == total), None)
            parts = [whole_or_float(value) for _, value in counts[at + 1:]] if at is not None else []
            if not parts or sum(parts) >= total:
                continue
            count = whole_or_float(total - sum(parts))
            parsed.slots[slot] = count
            parsed.errors.pop(slot, None)
            parsed.notes.append(("reading.rest_of_parts", {
                "total": total, "parts": parts, "count": count}))
            done.add(slot)
        return done

    @staticmethod
    def _other_part_of_total(text: str, pack: LanguagePack, slot: str, count: Any, at: tuple[int, int],
                             flags: int) -> bool:
        """Whether a part whose number is written at ``at[0]`` (its words end at ``at[1]``) is another part of a total
        the count is itself a part of (pack ``parts_of_total``): "Total headcount is 45: 38 of them are full-time, 7 are
        part-time" and 「45人のうち正社員38人、パート7人」 state the full-time count as the full-time ones of the total; a
        part named after it is the total's other part, never taken from the full-time count again, unless it is said
        to be inside that count (``inside``: "38 of them full-time, including 3 trainees", "3 of the full-timers")."""
        spec = pack.parts_of_total.get(slot)
        if not spec or not isinstance(count, (int, float)) or isinstance(count, bool):
            return False
        for pattern in spec.get("of_total", []):
            for match in rx.finditer(pattern, text, flags):
                value = read_number(match.group("value"), whole=True)
                if not value.ok or value.value != count or match.end() > at[0]:
                    continue
                total = match.groupdict().get("total")
                whole = read_number(total, whole=True) if total else None
                if whole is not None and (not whole.ok or whole.value <= count):
                    continue  # a total no larger than the count is no total it is a part of
                inside = spec.get("inside")
                return not (inside and rx.search(inside, text[match.end():at[1]], flags))
        return False

    @staticmethod
    def _part_values(text: str, specs: list[dict[str, Any]], flags: int) -> set[int]:
        """Where the number of every part the specs name starts ("3 of them are trainees and 8 are part-timers": the 3
        and the 8), so that a part listed after another is never read as said of that other part's number."""
        return {m.start("value") for spec in specs for p in spec.get("part", []) for m in rx.finditer(p, text, flags)
                if m.groupdict().get("value") is not None}

    @staticmethod
    def _of_another_count(text: str, patterns: list[str], flags: int, total: int | float, part: int | float,
                          siblings: set[int] | None = None, stated: Any = None, no_people: str = "") -> bool:
        """Whether the part is said of another count than the one read ("33人にはパートさん5人が入っていました。
        フルタイムの常勤は28人です", "the 33 included 5 part-timers; we have 28 full-time staff": the 5 are in the 33,
        and 28 is already without them). The part is of the last number written before it in its sentence (a
        number of hours, years or a share is none, and so is another part listed beside it, ``siblings``: "42 on our
        payroll. 3 of them are trainees and 8 are part-timers" takes both out of the 42, ``stated`` the count before the
        first was taken out); when that is another number than the count read, the count read is taken as typed. With no number before it ("常勤33人です。そのうち5人は
        パート") it is of the count read. A number of no people (``no_people``, the words after it: "across 3 plants",
        「3工場合計で」) is never the count a part is said of."""

        def people(end: int) -> bool:
            return not no_people or not rx.match(no_people, text[end:], re.I)

        for pattern in patterns:
            match = rx.search(pattern, text, flags)
            if not match:
                continue
            begin = max(text.rfind(stop, 0, match.start()) for stop in ("。", ".", "!", "?", "！", "？", "\n"))
            before = [m.group(1) for m in rx.finditer(_COUNT_BEFORE, text[begin + 1:match.start()] + " ", re.I)
                      if not m.group(2) and begin + 1 + m.start(1) not in (siblings or set())
                      and people(begin + 1 + m.end(1))]
            inside = [m.group(1) for m in rx.finditer(_COUNT_BEFORE, match.group(0) + " ", re.I)
                      if not m.group(2) and match.start() + m.start(1) not in (siblings or set())]
            # the pattern may begin at the containing count itself ("120 full-time people but 8 of them")
            said_of = (before or inside[:-1] or [None])[-1]
            counts = {float(total), float(part)} | ({float(stated)} if isinstance(stated, (int, float)) else set())
            return said_of is not None and float(said_of.replace(",", "")) not in counts
        return False

    def _count_before(self, before: list[str], patterns: list[str], text: str, flags: int, slot: str
                      ) -> int | float | None:
        """The count written right before the first of ``patterns`` that matches, in its sentence: the first of the
        ``before`` patterns (group ``value``) that matches the text from the sentence's start to the part."""
        if not before:
            return None
        match = next((m for p in patterns for m in [rx.search(p, text, flags)] if m), None)
        if match is None:
            return None
        begin = max(text.rfind(stop, 0, match.start()) for stop in ("。", ".", "!", "?", "！", "？", "\n"))
        return self.first_value(before, text[begin + 1:match.start()], flags, slot)

    def _full_time_hours(self) -> float:
        """The weekly hours from which a worker is full-time (the rule book's full-time definition)."""
        definition = getattr(getattr(self.rules, "quota", None), "full_time_definition", None)
        return float(getattr(definition, "min_hours_per_week", 30))

    def _week_days(self) -> int:
        definition = getattr(getattr(self.rules, "quota", None), "full_time_definition", None)
        return int(getattr(definition, "min_days_per_week", 5))

    def _weekly_hours(self, groups: dict[str, str | None]) -> float | None:
        """The hours a week a match's groups state (week_hours, or day_hours times the rule's days a week; a pattern
        may name them twice: ..2), else None."""
        for name, raw in groups.items():
            factor = 1 if name.startswith("week_hours") else self._week_days() if name.startswith("day_hours") else 0
            value = read_number(raw) if raw and factor else None
            if value is not None and value.ok:
                return float(value.value) * factor
        return None

    def _first_match(self, patterns: list[str], text: str, flags: int, slot: str, words: dict[str, Any] | None = None,
                     abroad: LanguagePack | None = None) -> tuple[int | float, float | None, tuple[int, int]] | None:
        """The number of the first of ``patterns`` that matches, with the weekly hours the match states (group
        ``week_hours``, or ``day_hours`` times the rule's working days a week) and where the number and the match end, or None. ``words``: numbers a part may be
        written as ("we are the two directors"), left words by the number reader. ``abroad`` (the pack): the match's
        group "place" must be a place outside Japan ("15 of them work at our Hanoi office"; "at our Osaka office" stays)."""
        for pattern in patterns:
            match = rx.search(pattern, text, flags)
            if not match:
                continue
            place = match.groupdict().get("place")
            if abroad is not None and place is not None and (self.where is None or self.where(place, abroad) is not False):
                continue
            word = (words or {}).get(match.group("value").lower())
            read = read_number(str(word) if word is not None else match.group("value"), whole=slot in self.whole_slots)
            if not read.ok:
                continue
            return read.value, self._weekly_hours(match.groupdict()), (match.start("value"), match.end())
        return None
