"""The seed's tidy tables: attack increases and aid amounts, derived from the extracted figures."""

from __future__ import annotations

import re
from bisect import bisect_left

import pandas as pd

from .article import Article
from .phrases import (
    CLAUSE_BREAK,
    OWN_REACH,
    QUOTE_MARKS,
    RE_BARE_SPAN,
    RE_DAY_IN_PERIOD,
    RE_FINDING_AFTER,
    RE_FORWARD,
    RE_GAP_COMPARED,
    RE_OTHER_CLAUSE,
    RE_PERFECT_BEFORE,
    Candidate,
    baseline_phrase,
    clause_after,
    dated_period,
    dateline_end,
    is_conversion,
    is_count_report,
    is_price,
    keeps_own_time,
    lead_period_phrase,
    leaves_report,
    noun_class,
    own_period,
    period_candidates,
    place_aside,
    purpose_in,
    recipient_after,
    refers_back,
    relative_period_in,
    undated_period,
    worded_change,
)
from .reading import BULLET_MARKS
from .review import reviewed_figures

NOT_STATED = "not stated"

# where a table's row was stated: how often (mentions), its first quote and place, every quote and
# start (see _group), and who said it; the last columns of every table here
SOURCE_COLUMNS = ("mentions", "quote", "start", "end", "sentence", "quotes", "starts", "attribution")
ATTACK_COLUMNS = (
    "metric",
    "percent_change",
    "direction",
    "multiplier",
    "index_before",
    "index_after",
    "period",
    "period_start",
    "baseline",
    *SOURCE_COLUMNS,
)
AID_COLUMNS = ("recipient", "amount", "currency", "amount_usd", "purpose", "period", *SOURCE_COLUMNS)


def percent_change_to_multiplier(percent: float, direction: str = "increase") -> float:
    """Later level over earlier level: +500 per cent -> 6.0, -13 per cent -> 0.87."""
    signed = percent if direction != "decrease" else -percent
    return 1 + signed / 100


class _PeriodReader:
    """The period facts of one article's sentences, each read once, however many changes a
    sentence holds (a long sentence of changes is read once, not once per change): the dates of
    each sentence, whether it refers back, what it counts, its undated period and its baseline."""

    def __init__(self, article: Article, figures: pd.DataFrame) -> None:
        self.article = article
        self._texts: dict[int, str] = {}
        self.dates: dict[int, list[tuple[int, int]]] = {}
        for row in figures[figures["kind"] == "date"].itertuples():
            sentence = int(row.sentence)
            s_start = article.sentences[sentence][0]
            self.dates.setdefault(sentence, []).append((int(row.start) - s_start, int(row.end) - s_start))
        for offsets in self.dates.values():
            offsets.sort()
        # the first change or sum of money of each sentence (its offset): what a report's lead states
        self.reports: dict[int, tuple[int, int]] = {}
        # ... and of a sentence with neither, its first count of what was done (`is_count_report`),
        # which leads as a change said in words does
        self.counts: dict[int, tuple[int, int]] = {}
        for row in figures[figures["kind"].isin(("percent_change", "money", "count"))].itertuples():
            sentence = int(row.sentence)
            s_start = article.sentences[sentence][0]
            span = (int(row.start) - s_start, int(row.end) - s_start)
            if row.kind == "money" and (
                is_price(self.text(sentence), *span) or is_conversion(self.text(sentence), span[0])
            ):
                continue  # a price paid, a level held or a conversion is background, no report's sum
            if row.kind == "count":
                if is_count_report(self.text(sentence), span[0]):  # not "employed 1,200 nurses"
                    self.counts[sentence] = min(span, self.counts.get(sentence, span))
                continue
            self.reports[sentence] = min(span, self.reports.get(sentence, span))
        self._leads: dict[int, tuple[str, int] | None] = {}
        self._marks: dict[int, tuple[list[int], ...]] = {}
        self._forward: dict[int, int] = {}
        self._named: dict[int, tuple[str, int] | None] = {}
        self.dateline_end = dateline_end(article.body)
        self._lower: dict[int, str] = {}
        self._classes: dict[int, str] = {}
        self._back: dict[int, bool] = {}
        self._undated: dict[int, tuple[str, int] | None] = {}
        self._baselines: dict[int, str] = {}
        self._candidates: dict[int, tuple[list[Candidate], list[int], list[int]]] = {}
        self._heads: dict[int, int | None] = {}

    def text(self, sentence: int) -> str:
        if sentence not in self._texts:
            self._texts[sentence] = self.article.sentence_text(sentence)
        return self._texts[sentence]

    def lower(self, sentence: int) -> str:
        if sentence not in self._lower:
            self._lower[sentence] = self.text(sentence).lower()
        return self._lower[sentence]

    def noun_class(self, sentence: int) -> str:
        if sentence not in self._classes:
            self._classes[sentence] = noun_class(self.text(sentence))
        return self._classes[sentence]

    def refers_back(self, sentence: int) -> bool:
        if sentence not in self._back:
            self._back[sentence] = refers_back(self.text(sentence))
        return self._back[sentence]

    def undated(self, sentence: int) -> tuple[str, int] | None:
        if sentence not in self._undated:
            self._undated[sentence] = undated_period(self.text(sentence))
        return self._undated[sentence]

    def period(self, sentence: int, near: int) -> tuple[str, int] | None:
        """The period a sentence names (dated, nearest after offset `near`, or undated), with its
        offset in the sentence; None without one or when it is the dateline's date or a finding's."""
        text = self.text(sentence)
        skip = self.dateline_end - self.article.sentences[sentence][0]  # the dateline's date: when filed
        dates = [d for d in self.dates.get(sentence, []) if d[0] >= skip]
        found = dated_period(text, dates, near) if dates else None
        if found is None or RE_FINDING_AFTER.match(text, found[1] + len(found[0])):
            found = self.undated(sentence)  # a finding's date ("A story on May 2 said") is background
        if found and (found[1] < skip or RE_FINDING_AFTER.match(text, found[1] + len(found[0]))):
            return None  # the dateline's date, or a finding's ("An audit in 2019 found")
        return found

    def period_near(self, sentence: int, near: int) -> tuple[str, int] | None:
        """`period`, read in a stretch of OWN_REACH characters either side of offset `near` (a
        sentence of many sums is not read whole for each): the same for any sentence shorter."""
        text = self.text(sentence)
        skip = self.dateline_end - self.article.sentences[sentence][0]
        dates = self.dates.get(sentence, [])
        first = bisect_left(dates, near - OWN_REACH, key=lambda d: d[0])
        last = bisect_left(dates, near + OWN_REACH, key=lambda d: d[0])
        window = [d for d in dates[first:last] if d[0] >= skip]
        if not window:
            if dates and dates[-1][0] >= skip:
                return None  # its dates are far from the sum (only in a sentence longer than the stretch)
            found = self.undated(sentence)
            return None if found and found[1] < skip else found
        low = max(0, near - OWN_REACH)
        part = text[low : near + 2 * OWN_REACH]
        found = dated_period(part, [(a - low, b - low) for a, b in window], near - low)
        if found is None:
            return None
        phrase, offset = found
        return None if offset + low < skip else (phrase, offset + low)

    def own(self, sentence: int, start: int, end: int) -> tuple[tuple[str, int] | None, bool]:
        """The period of the figure at body offsets start-end in its own clause, and whether its
        sentence names another clause's (`own_period`); the sentence's periods and clause
        openings read once."""
        if sentence not in self._candidates:
            text = self.text(sentence)
            self._candidates[sentence] = (
                period_candidates(text, self.dates.get(sentence, [])),
                [m.start() for m in RE_OTHER_CLAUSE.finditer(text)],
                [m.start() for m in RE_GAP_COMPARED.finditer(text)],
            )
        candidates, breaks, cues = self._candidates[sentence]
        s_start = self.article.sentences[sentence][0]
        skip = max(0, self.dateline_end - s_start)
        figure = (start - s_start, end - s_start)
        return own_period(self.text(sentence), candidates, figure, breaks, cues, skip)

    def names_period(self, sentence: int) -> tuple[str, int] | None:
        """The period a sentence names, read once (the one nearest its end)."""
        if sentence not in self._named:
            self._named[sentence] = self.period(sentence, len(self.text(sentence)))
        return self._named[sentence]

    def quoted(self, sentence: int, offset: int) -> bool:
        """Whether an offset of a sentence is inside a quotation: one opened before it, or one
        that closes after it in a sentence that continues a quote (the marks indexed once)."""
        if sentence not in self._marks:
            text = self.text(sentence)
            self._marks[sentence] = tuple([i for i, c in enumerate(text) if c == m] for m in QUOTE_MARKS)
        straight, opening, closing = self._marks[sentence]
        before = [bisect_left(marks, offset) for marks in (straight, opening, closing)]
        after = [len(marks) - b for marks, b in zip((straight, opening, closing), before, strict=True)]
        return before[0] % 2 == 1 or before[1] > before[2] or after[0] % 2 == 1 or after[2] > after[1]

    def forward(self, sentence: int, offset: int) -> bool:
        """Whether a sentence plans, expects or forecasts before an offset ("expects sales to rise")."""
        if sentence not in self._forward:
            match = RE_FORWARD.search(self.text(sentence))
            self._forward[sentence] = match.start() if match else len(self.text(sentence))
        return self._forward[sentence] < offset

    def lead(self, sentence: int) -> tuple[str, int] | None:
        """The period a sentence states as a report's lead (see `lead_period`), or None."""
        if sentence not in self._leads:
            text = self.text(sentence)
            # a change said in words leads too, and a count of what was done over a report's span
            report = self.reports.get(sentence) or worded_change(text)
            counted = report is None and sentence in self.counts
            report = self.counts.get(sentence) if counted else report
            found = None
            if (
                report is not None
                and not self.quoted(sentence, report[0])
                and not self.forward(sentence, report[0])
            ):
                found = lead_period_phrase(text, self.dates.get(sentence, []), report)
            elif text.rstrip().endswith(":"):
                found = self.period(sentence, len(text))  # a heading: "2025 in numbers:"
            if found and self.article.sentences[sentence][0] + found[1] < self.dateline_end:
                found = None
            if found and counted and RE_DAY_IN_PERIOD.search(found[0]):
                found = None  # a count over an event's days ("between 2 and 27 September") leads nothing
            self._leads[sentence] = found
        return self._leads[sentence]

    def is_item(self, sentence: int) -> bool:
        """Whether a sentence is a list's item: a line a bullet opens ("- Exports up 5%", "• Revenue rose 9%")."""
        text = self.text(sentence).lstrip()
        return len(text) > 1 and text[0] in BULLET_MARKS and text[1].isspace()

    def list_head(self, sentence: int) -> int | None:
        """The head ending in a colon ("Figures for 2025:") of the list whose item a sentence is, or
        None; each sentence's head found once, from the item before it (a long list is read once)."""
        chain: list[int] = []
        index, head = sentence, None
        while index not in self._heads and self.is_item(index) and index > 0:
            chain.append(index)
            if self.text(index - 1).rstrip().endswith(":"):
                head = index - 1
                break
            index -= 1
        else:
            head = self._heads.get(index)
        for item in chain:
            self._heads[item] = head
        return self._heads.setdefault(sentence, head)

    def baseline(self, sentence: int) -> str:
        if sentence not in self._baselines:
            self._baselines[sentence] = baseline_phrase(self.text(sentence))
        return self._baselines[sentence]


def stated_period(
    article: Article,
    figures: pd.DataFrame,
    sentence: int,
    metric: str,
    fig_start: int,
    reader: _PeriodReader | None = None,
    fig_end: int | None = None,
) -> tuple[str, int | None]:
    """The period a change covers: a period phrase of its own clause (`phrases.own_period`; none
    when its sentence's period dates another event), else in an earlier sentence
    about the same thing or one its sentence refers back to ("since then"; up to two back); a
    period of an earlier sentence about something else is not carried. Returns the phrase and its
    body offset. Pass one `reader` per article to read each sentence once."""
    reader = _PeriodReader(article, figures) if reader is None else reader
    wanted = noun_class(metric)
    back = reader.refers_back(sentence)
    for index in range(sentence, max(-1, sentence - 3), -1):
        if index != sentence and not back:
            same = bool(wanted) and (reader.noun_class(index) == wanted or wanted in reader.lower(index))
            if not same:
                continue
        if index == sentence:
            found, elsewhere = reader.own(sentence, fig_start, fig_start if fig_end is None else fig_end)
            if elsewhere:
                return NOT_STATED, None  # its sentence's period is another clause's: no lead's is its
        else:
            found = reader.names_period(index)  # read once per sentence
        if found:
            phrase, offset = found
            return phrase, article.sentences[index][0] + offset
    return lead_period(article, sentence, fig_start, reader, metric=metric)


LEAD_REACH = 3  # the most sentences back a report's lead is looked for
RE_AFTER_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|per ?cent|percent|pc|pct)?")  # a figure from its first digit
PER_PERIOD_REACH = 20  # the characters after a figure read for a rate per unit of time


def lead_period(
    article: Article,
    sentence: int,
    fig_start: int,
    reader: _PeriodReader,
    leads: set[int] | None = None,
    metric: str = "",
) -> tuple[str, int | None]:
    """The period of the report a figure's sentence continues: the nearest earlier sentence that
    names a period (up to LEAD_REACH back) is the report's lead when it states a change or a sum
    for that period (or is a heading ending in a colon), and then its period carries, unless the
    figure is quoted or forecast, or a sentence from the lead on turns to another topic, actor or
    place. A period of any other sentence (background: "It was founded in 2015.") stops the walk,
    but not a bare span that refers to the lead's ("over the period");
    `leads`, when given, are the only sentences that may lead (a sum's: those giving sums)."""
    near = fig_start - article.sentences[sentence][0]
    if reader.quoted(sentence, near) or reader.forward(sentence, near):
        return NOT_STATED, None
    text = reader.text(sentence)
    after = RE_AFTER_FIGURE.search(text, near, near + 2 * PER_PERIOD_REACH)
    rest = after.end() if after else near
    before = text[max(0, near - 2 * PER_PERIOD_REACH) : near]
    if keeps_own_time(metric, text[rest : rest + PER_PERIOD_REACH], before):
        return NOT_STATED, None  # a market price's move or a rate per unit of time
    head = reader.list_head(sentence)
    found = reader.lead(head) if head is not None and (leads is None or head in leads) else None
    if found:
        return found[0], article.sentences[head][0] + found[
            1
        ]  # a list's item: its head's period ("Figures for 2025:")
    for index in range(sentence - 1, max(-1, sentence - 1 - LEAD_REACH), -1):
        named = reader.names_period(index)
        if not named:
            continue
        found = reader.lead(index) if leads is None or index in leads else None
        if found and index not in reader.reports and RE_PERFECT_BEFORE.search(before):
            found = None  # a change said in words leads no change up to now ("have climbed 30%")
        if not found and RE_BARE_SPAN.fullmatch(named[0]):
            continue  # "over the period" refers to the lead's period: the walk goes on
        if (
            not found
            or any(
                leaves_report(reader.text(later), reader.text(index))
                for later in range(index + 1, sentence + 1)
            )
            or any(
                place_aside(reader.text(later), reader.text(index)) for later in range(index + 1, sentence)
            )
        ):
            return NOT_STATED, None
        phrase, offset = found
        return phrase, article.sentences[index][0] + offset
    return NOT_STATED, None


def _group(frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """One row per repeated quantity (first mention kept), listing every quote and start."""
    grouped = frame.groupby(key, sort=False, dropna=False)
    first = grouped.head(1).set_index(key)
    first["mentions"] = grouped.size()
    first["quotes"] = grouped["quote"].agg(" | ".join)
    first["starts"] = grouped["start"].agg(lambda s: " | ".join(str(int(v)) for v in s))
    return first.reset_index()


def percent_changes(article: Article, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per stated percent change (repeats grouped): multiplier, index (earlier = 100),
    period and baseline as stated. Values must be single numbers (ranges are left out); changes in
    percentage or basis points (unit `other`) are not relative changes and have no multiplier."""
    figures = reviewed_figures(article)[0] if figures is None else figures
    rows = []
    relative = figures[(figures["kind"] == "percent_change") & (figures["unit"] == "percent")]
    reader = _PeriodReader(article, figures)
    for fig in relative.itertuples():
        if not isinstance(fig.value, (int, float)):
            continue
        sentence = int(fig.sentence)
        period, period_start = stated_period(
            article, figures, sentence, fig.subject, int(fig.start), reader, int(fig.end)
        )
        baseline = reader.baseline(sentence) or NOT_STATED
        multiplier = percent_change_to_multiplier(float(fig.value), fig.direction)
        rows.append(
            {
                "metric": fig.subject,
                "percent_change": float(fig.value),
                "direction": fig.direction,
                "multiplier": multiplier,
                "index_before": 100.0,
                "index_after": 100.0 * multiplier,
                "period": period,
                "period_start": period_start,
                "baseline": baseline,
                "quote": fig.quote,
                "start": int(fig.start),
                "end": int(fig.end),
                "sentence": int(fig.sentence),
                "attribution": fig.attribution,
            }
        )
    frame = pd.DataFrame(
        rows, columns=[c for c in ATTACK_COLUMNS if c not in ("mentions", "quotes", "starts")]
    )
    if frame.empty:
        return pd.DataFrame(columns=list(ATTACK_COLUMNS))
    frame = _group(frame, ["metric", "percent_change", "direction"])
    frame["period_start"] = frame["period_start"].astype("Int64")
    return frame[list(ATTACK_COLUMNS)]


def attack_increases(article: Article, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """The percent changes whose metric counts attacks (attacks, incidents, bombings...)."""
    changes = percent_changes(article, figures)
    return changes[changes["metric"].map(noun_class) == "attacks"].reset_index(drop=True)


def _aid_period(
    article: Article, fig: object, clause_end: int, reader: _PeriodReader, givers: set[int], named_end: int
) -> str:
    """The period of a sum to a recipient: one its sentence opens with or names in the clause after
    the recipient ("to UNICEF in 2024"), else, when its sentence names none, its report lead's. A
    year right after the recipient's name ends at `named_end` is its name's ("to the EXPO 2027
    exhibition"), no period."""
    sentence = int(fig.sentence)
    s_start = article.sentences[sentence][0]
    found = reader.period_near(sentence, int(fig.start) - s_start)
    if found is None:
        return lead_period(article, sentence, int(fig.start), reader, givers)[0]
    phrase, offset = found
    if phrase[:1].isdigit() and not article.body[named_end : s_start + offset].strip():
        return NOT_STATED  # the name's year
    opens = not reader.text(sentence)[:offset].strip(" \"“'‘")
    return phrase if opens or int(fig.end) <= s_start + offset < clause_end else NOT_STATED


def aid_amounts(article: Article, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per named recipient of money: amount, purpose and period as stated, share of total."""
    figures = reviewed_figures(article)[0] if figures is None else figures
    rows = _aid_rows(article, figures)
    if not rows:
        return pd.DataFrame(columns=list(AID_COLUMNS))
    frame = _group(pd.DataFrame(rows), ["recipient", "amount", "currency"])
    return frame[list(AID_COLUMNS)]  # no shares: the article states no total (house rule 5)


def sum_periods(article: Article, figures: pd.DataFrame) -> dict[int, str]:
    """The period of each sum of money, by the sum's body offset: for one to a named recipient the
    one the aid table shows, so every table and chart that shows the sum gives it the same period;
    for any other its own clause's (`phrases.own_period`: "earned $1.2 billion in 2024"), "" without one."""
    reader = _PeriodReader(article, figures)
    periods = {int(row["start"]): str(row["period"]) for row in _aid_rows(article, figures, reader)}
    before: tuple[int, str] | None = None  # the sentence and currency of the sum before
    for fig in figures[figures["kind"] == "money"].sort_values("start").itertuples():
        s_start = article.sentences[int(fig.sentence)][0]
        compared = before == (int(fig.sentence), fig.unit) and is_conversion(
            reader.text(int(fig.sentence)), int(fig.start) - s_start
        )  # "net sales EUR 5.38 bln (EUR 5.21 bln)": the bracketed sum of the same currency is an earlier one
        if int(fig.start) not in periods:
            periods[int(fig.start)] = "" if compared else _own_sum_period(article, fig, reader)
        before = (int(fig.sentence), fig.unit)
    return periods


def sum_purposes(article: Article, figures: pd.DataFrame) -> dict[int, str]:
    """The purpose of each sum of money to a named recipient, by the sum's body offset, as the aid
    table gives it ("not stated" when its clause names none): every chart of the sum says the same."""
    return {int(row["start"]): str(row["purpose"]) for row in _aid_rows(article, figures)}


RE_NAMED_YEAR_BEFORE = re.compile(r"\b[A-Z][a-z]+ of $")  # "the Public Procurement Act of 2015"
RE_NAME_AFTER_YEAR = re.compile(r" [A-Z]")  # a year before a name is the name's ("a 2014 Toyota Hilux")
NAMED_YEAR_REACH = 30  # the characters before a year or a sum read for RE_NAMED_YEAR_BEFORE, RE_BASE_BEFORE
RE_DEADLINE_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+|fiscal\s+)?$", re.IGNORECASE)
RE_BASE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?[^\s\d]{0,4}$")  # a sum after "from"
# the day a change takes effect ("on November 1", "July 1", "on Saturday", "from 1 January 2027")
RE_DAY_OPENER = re.compile(r"(?:[Oo]n|[Ff]rom)\s+[A-Z0-9]|\d|[A-Z][a-z]+\.? \d")


def _own_sum_period(article: Article, fig: object, reader: _PeriodReader) -> str:
    """The own period of a sum given to no named recipient, as the aid table reads one: its clause's
    period (`phrases.own_period`) when its sentence opens with it or names it after the sum in the
    sum's clause ("earned $1.2 billion in 2024"), and the sum's subject does not name it; else ""."""
    sentence = int(fig.sentence)
    found, _ = reader.own(sentence, int(fig.start), int(fig.end))
    if found is None or found[0].lower() in str(fig.subject).lower():
        return ""
    phrase, offset = found
    text = reader.text(sentence)
    reach = max(0, offset - NAMED_YEAR_REACH)
    if phrase.isdigit() and (
        RE_NAMED_YEAR_BEFORE.search(text, reach, offset)
        or RE_NAME_AFTER_YEAR.match(text, offset + len(phrase))
    ):
        return ""  # a name's year ("under the Penal Code of 1960", "2014 TOYOTA HILUX, ... $18,900")
    if RE_DEADLINE_BEFORE.search(text, reach, offset):
        return ""  # a deadline ("must cut it to below €150 million by 2028")
    start = int(fig.start) - article.sentences[sentence][0]
    if RE_BASE_BEFORE.search(text, max(0, start - NAMED_YEAR_REACH), start) and RE_DAY_OPENER.match(phrase):
        return ""  # the day a change from a base took effect ("from GH¢650 to GH¢950 on November 1")
    end = int(fig.end) - article.sentences[sentence][0]
    opens = not text[:offset].strip(" \"“'‘")
    after = end <= offset and CLAUSE_BREAK.search(text, end, offset) is None
    return phrase if opens or after else ""


def _aid_rows(
    article: Article, figures: pd.DataFrame, reader: _PeriodReader | None = None
) -> list[dict[str, object]]:
    """One row per sum of money to a named recipient (each mention), with its purpose and period."""
    rows: list[dict[str, object]] = []
    reader = _PeriodReader(article, figures) if reader is None else reader
    sums = []
    # where figures start: a "recipient" that is another figure ("from Rs 600 to Rs 700", "to
    # Sh2,000", "to December") ends a range or names a price or date, given to no one
    starts = {int(start) for start in figures["start"]}
    for fig in figures[figures["kind"] == "money"].itertuples():
        s_end = article.sentences[int(fig.sentence)][1]
        after = article.body[int(fig.end) : min(s_end, int(fig.end) + OWN_REACH)]  # a bounded stretch
        recipient, offset = recipient_after(after)
        if recipient and int(fig.end) + offset - len(recipient) not in starts:
            sums.append((fig, recipient, offset, clause_after(after[offset:])))
    givers = {int(fig.sentence) for fig, *_ in sums}  # the sentences that may lead a sum's period
    for fig, recipient, offset, rest in sums:
        clause_end = int(fig.end) + offset + len(rest)
        named_end = int(fig.end) + offset
        period = relative_period_in(rest) or _aid_period(article, fig, clause_end, reader, givers, named_end)
        rows.append(
            {
                "recipient": recipient,
                "amount": float(fig.value),
                "currency": fig.unit,
                "amount_usd": float(fig.value) if fig.unit == "USD" else None,
                "purpose": purpose_in(rest) or NOT_STATED,
                "period": period,
                "quote": fig.quote,
                "start": int(fig.start),
                "end": int(fig.end),
                "sentence": int(fig.sentence),
                "attribution": fig.attribution,
            }
        )
    return rows
