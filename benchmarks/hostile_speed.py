"""Time of each hostile input that once exploded (issue 9), at the issue's size and larger ones
(where the issue names no size, at a size chosen here, marked "checked size").

Each measurement runs in a forked child stopped after --cap seconds (then larger sizes of that
pattern are skipped); the table shows seconds per size, so linear growth is seen as time doubling
with the size. Run: `.venv/bin/python benchmarks/hostile_speed.py` (also against older code, to compare:
the inputs and what is timed use only functions that have long been in the package).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis import currencies
from analysis.article import article_from_text, load_article
from analysis.charts import comparable_groups
from analysis.checks import consistency_checks
from analysis.extract import extract_figures
from analysis.figures.numbers import typography_as_ascii
from analysis.highlight import figures_in_sentences
from analysis.tables import percent_changes

DEV_ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev" / "articles"


def after_quote_names(tokens: int) -> str:
    """A quoted clause, then many name-like words and no speech verb after them."""
    return "Officials said 5 people died, " + "US " * tokens + "x said so."


def said_without_spaces(repeats: int) -> str:
    """A figure, then speech verbs packed between commas with no white space."""
    return "5 people died " + "x,said," * repeats


def dot_run(dots: int) -> str:
    """A sentence ending in a long run of full stops."""
    return "Officials said 5 people died" + "." * dots


def mixed_end_marks(marks: int) -> str:
    """A sentence ending in a long run of mixed end marks."""
    return "Officials said 5 people died" + "!?." * (marks // 3)


def photo_lines(lines: int) -> str:
    """A short story followed by many page-furniture lines, each with a number."""
    return "Officials said 5 people died.\n" + "".join(
        f"PHOTO: {i} people at the scene\n" for i in range(lines)
    )


def blank_lines(lines: int) -> str:
    """A short story with many lines of only white space (spaces and a tab) inside it."""
    return "Officials said 5 people died.\n" + " \t\n" * lines + "Police said 2 were hurt."


def glued_cents_in_one_sentence(numbers: int) -> str:
    """One sentence listing many numbers with a glued "c", no word of a price near most of them."""
    return "Officials said 5 judges gave " + " ".join(f"{i % 9 + 1}c" for i in range(numbers)) + "."


def points_in_one_sentence(numbers: int) -> str:
    """One sentence of a poll listing many decimal "of a point" moves."""
    return "The poll lead widened by " + ", ".join(f"0.{i % 9 + 1} of a point" for i in range(numbers)) + "."


def bare_degrees(sentences: int) -> str:
    """Many sentences of a reading in bare "degrees", the text naming no temperature scale."""
    return " ".join(f"The pool was {i % 80 + 1} degrees." for i in range(sentences))


def it_percents_in_one_sentence(numbers: int) -> str:
    """One sentence of many percents each opened by "it" after a measure of change was named."""
    readings = ", ".join(f"it stays near {i % 9 + 1}.{i % 7} percent, one reading" for i in range(numbers))
    return "Inflation was revised, and " + readings + "."


def expected_percents_in_one_sentence(numbers: int) -> str:
    """One sentence of many bare percents after "expected" (each asks whether its sentence names
    inflation or a rate)."""
    return (
        "Traders said "
        + ", ".join(f"analysts had expected {i % 9 + 1}.{i % 7}%" for i in range(numbers))
        + "."
    )


def bare_oven_degrees_in_one_sentence(numbers: int) -> str:
    """One sentence of many bare "degrees" in an oven's range (each asks whether its sentence
    speaks of an oven)."""
    return "The kilns were logged " + ", ".join(f"at {300 + i % 200} degrees" for i in range(numbers)) + "."


def magnitudes_in_one_sentence(numbers: int) -> str:
    """One sentence listing many quake magnitudes (each asks a pattern of its sentence)."""
    tremors = ", ".join(f"a {i % 5 + 3}.{i % 10} magnitude tremor near a dam" for i in range(numbers))
    return "Seismologists listed " + tremors + "."


def meters_in_one_sentence(numbers: int) -> str:
    """One sentence listing many counts of "meters" with no device named (each asks whether its
    sentence names meters as devices)."""
    return "The readings were " + ", ".join(f"{100 + i % 900} meters" for i in range(numbers)) + "."


def levels_crossed_in_one_sentence(numbers: int) -> str:
    """One sentence of many rate levels crossed ("dipped below N%"), each a mark the one before is
    measured against."""
    moves = ", ".join(f"the yield dipped below {i % 9 + 1}.{i % 7}%" for i in range(numbers))
    return "Traders said " + moves + "."


def contrasted_words_in_one_sentence(numbers: int) -> str:
    """One sentence of many spans each set against a bare number word ("N years rather than three")."""
    terms = ", ".join(f"{i % 9 + 2} years rather than three" for i in range(numbers))
    return "The terms were " + terms + "."


def measures_after_commas_in_one_sentence(numbers: int) -> str:
    """One sentence listing many measured amounts after commas (each asks whether its line lists
    a recipe's ingredients after a colon)."""
    loads = ", ".join(f"{100 + i % 900} cubic yards of sand" for i in range(numbers))
    return "The barges carried " + loads + "."


def gapped_changes_in_one_sentence(clauses: int) -> str:
    """One sentence of a change "from A to B", then many clauses after "and" with the verb left out
    ("and buses from £3 to £4"), each a change as the one before it is."""
    gapped = ", ".join(f"and buses from £{i % 90 + 2} to £{i % 90 + 5}" for i in range(clauses))
    return "Fares will rise from £1 to £2, " + gapped + "."


def fraction_points_in_one_sentence(numbers: int) -> str:
    """One sentence about rates of many fractions of a point written out ("a cut of half a point"),
    each asking whether its sentence, the fraction left out, speaks of polls or rates."""
    cuts = ", ".join(f"a rate cut of half a point for bank {i}" for i in range(numbers))
    return "The survey showed " + cuts + "."


def rates_offered_in_one_sentence(numbers: int) -> str:
    """One sentence of many percents after bare "rates" a verb offers, each asking whether its
    sentence speaks of lending or saving."""
    return (
        "Lenders said "
        + ", ".join("banks are offering rates of 4% to 5% for savers" for _ in range(numbers))
        + "."
    )


def roads_listed_in_one_sentence(roads: int) -> str:
    """One sentence listing many roads by a letter sign ("the R61, the R62 and the R72"), each
    asking where its list opens and ends."""
    listed = ", ".join(f"the R{i % 900 + 10}" for i in range(roads))
    return "Officials said 5 people died as the floods closed " + listed + " and the R72."


def tide_heights_in_one_sentence(heights: int) -> str:
    """One sentence of many heights in brackets after clock times, the tide's words at its end
    (each height asks whether its sentence names the tide)."""
    heights_read = ", ".join(f"{i % 12 + 1}:{i % 60:02d} ({i % 9 + 1}.{i % 7}m)" for i in range(heights))
    return "The gauge read " + heights_read + " at high water."


def rest_after_amounts_in_one_sentence(clauses: int) -> str:
    """One sentence of many amounts of money, each clause then "the other two" (each asks for the
    count just before it that it is the rest of)."""
    return (
        "Officials said "
        + ", and ".join("fees were $1, $2 and $3; the other two were free" for _ in range(clauses))
        + "."
    )


def all_of_after_amounts_in_one_sentence(clauses: int) -> str:
    """One sentence of many amounts of money, each clause then "all six" (each asks for the count of
    six counted before it)."""
    return (
        "Officials said "
        + ", and ".join("fees were $1, $2 and $3; they matched all six" for _ in range(clauses))
        + "."
    )


def years_opening_clauses_in_one_sentence(years: int) -> str:
    """One sentence of many clauses each opened by "In" and a year before people (each asks whether
    its year opens its clause)."""
    return ", and ".join(f"In {1900 + i % 120} fishermen landed more" for i in range(years)) + "."


def title_case_sentences_in_one_line(sentences: int) -> str:
    """One line of many headline-style sentences (each asks whether a dateline opens its line)."""
    return (
        " ".join("Senate Passes New Farm Bill With Many Votes Today." for _ in range(sentences))
        + " It cost $5."
    )


def pairs_from_in_one_sentence(pairs: int) -> str:
    """One sentence of many pairs of prices, each pair's earlier levels "up from A and B" after it
    (each asks for the two figures of its unit before it in its sentence)."""
    pair = (
        "farmers got {i} liras for hazelnuts and {j} liras for other varieties, up from 132 liras and"
        " 130 liras last year"
    )
    return (
        "Officials said "
        + ", and ".join(pair.format(i=200 + i % 50, j=195 + i % 40) for i in range(pairs))
        + "."
    )


def dated_clauses_in_one_sentence(clauses: int) -> str:
    """One sentence of many clauses whose subject holds two dates before a percent ("the volume
    shipped between Sept. 1 and Nov. 30 was 4.1% lower"): each reads its clause without the dates."""
    clause = "the volume shipped between Sept. 1 and Nov. 30 was {p}.1% lower than the 117,200 tons of a year earlier"
    return "Officials said " + ", and ".join(clause.format(p=i % 9 + 1) for i in range(clauses)) + "."


def _letters(i: int) -> str:
    """A lower-case word of letters for a number (0 -> "qa", 27 -> "qbb"): each a different word."""
    word = ""
    while True:
        word += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
        if not i:
            return "q" + word


def towns_with_many_words(kilobytes: int) -> str:
    """About this many KB of sentences naming GeoNames towns, each with a different lower-case word
    (each town asks whether the text also writes its name in lower case)."""
    towns = ("Luxor", "Tema", "Aswan", "Kumasi", "Sohag", "Tamale", "Minya", "Takoradi", "Tanta", "Koforidua")
    parts, size, i = [], 0, 0
    while size < kilobytes * 1000:
        sentence = f"Traders in {towns[i % 10]} and {towns[(i + 3) % 10]} said {_letters(i)}."
        parts.append(sentence)
        size += len(sentence) + 1
        i += 1
    return " ".join(parts)


def countries_path(text: str) -> str:
    """What an article's countries read in a text: the places, currencies and towns it names (the
    extraction reads a bounded opening; a caller may pass a whole text)."""
    return f"{len(currencies.article_countries(text))} countries"


def shares_one_a_sentence(sentences: int) -> str:
    """Many sentences of one share each, no other figure in them (each asks for the figure before it
    in its sentence, of which there is none)."""
    return " ".join(
        f"Voters backed Proposition {i % 90 + 1} by {i % 40 + 50} per cent." for i in range(sentences)
    )


def parts_of_it_in_paragraphs(paragraphs: int) -> str:
    """Many paragraphs each naming a part "N km of it as ..." of a whole they do not measure (each
    took the part before it as its whole, its subject growing with each)."""
    return "\n\n".join(
        "Crews working through the long wet winter on the new undersea link finally laid it, with"
        f" {i % 300 + 100} km of it as a subsea cable."
        for i in range(paragraphs)
    )


DOUBLED_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def doubled_numbers_in_paragraphs(paragraphs: int) -> str:
    """Many paragraphs each with a number written twice, in words and in brackets ("five (5)
    years'"): each figure looked for its moved piece in every piece moved, and each pair summed the
    lengths of every piece of the view before it."""
    return "\n\n".join(
        f"Applicants need a minimum of {DOUBLED_WORDS[i % 9]} ({i % 9 + 2}) years' experience in the field."
        for i in range(paragraphs)
    )


def covers_in_one_sentence(covers: int) -> str:
    """One sentence of many issues' covers as multiples ("oversubscribed 1.5 times, covered 2.5
    times"): each cover read its sentence's words from the start for an issue and what was sold."""
    return (
        "The bond sale drew heavy demand, "
        + ", ".join(
            f"oversubscribed {i % 20 + 1}.5 times and covered {i % 9 + 2}.5 times" for i in range(covers)
        )
        + "."
    )


def efficacies_in_one_sentence(efficacies: int) -> str:
    """One sentence of many efficacies ("was 86% effective against severe disease"): each read its
    sentence from the start for the medicine named before it."""
    return (
        "In the trial the vaccine "
        + ", ".join(f"was {i % 60 + 30}% effective against strain {i % 9 + 1}" for i in range(efficacies))
        + "."
    )


def spaced_decimal_commas(numbers: int) -> str:
    """Many numbers with thousands spaced and a decimal comma ("1 412,6 km"): each was written
    back into a new copy of the whole text."""
    return "It said " + " ".join(f"{i % 900 + 1} {i % 1000:03d},{i % 9} km," for i in range(numbers)) + "."


def typography_path(text: str) -> str:
    """The typographic reading alone (numbers.typography_as_ascii), the step that was slow."""
    return f"{len(typography_as_ascii(text))} characters"


def compared_levels_in_one_sentence(levels: int) -> str:
    """One sentence of many glued metres each compared with another ("rose 5.42m, 0.6m below"):
    each comparison read its sentence from the start for a water level in glued metres."""
    return (
        "The readings "
        + ", ".join(f"rose {i % 7 + 2}.42m, 0.{i % 9 + 1}m below the mark" for i in range(levels))
        + "."
    )


def bare_numbers_after_a_rate_in_one_sentence(numbers: int) -> str:
    """One sentence of a density, then many bare numbers set against it ("7 bats per hectare,
    against 19 in the old forest, against 23 ..."): each read its sentence back to the rate for a
    new clause."""
    against = "".join(f", against {i % 90 + 10} in the old forest" for i in range(numbers))
    return "Night counts found 7 bats per hectare" + against + "."


def and_verbs_in_one_sentence(clauses: int) -> str:
    """One sentence of many clauses each with an amount after "and" and a past verb with a hedge
    ("It grew, and exported about $8.9 billion, and exported about $8.9 billion, ..."): each read
    its sentence from the start for the first verb with a figure (level_subjects._and_verb_doer)."""
    return "It grew, " + ", ".join("and exported about $8.9 billion" for _ in range(clauses)) + "."


def averages_in_one_sentence(clauses: int) -> str:
    """One sentence of many clauses each with a bare number after "an average of" ("the fleet
    fished on only 61 days, down from 74, against an average of 15, ..."): each read its sentence
    so far for a sport's noun and the whole sentence for cricket's batting words."""
    return (
        ", ".join(
            "the fleet fished on only 61 days, down from 74, against an average of 15" for _ in range(clauses)
        )
        + "."
    )


def party_alternatives_in_one_sentence(alternatives: int) -> str:
    """One sentence of a recipe's servings, then many alternatives after "or" ("serves six as a
    main course or eight as a starter or eight as a starter ..."): each number word after the first
    alternative copied the text back to the bare count before it to read it for a gapped name."""
    return "The dish serves six as a main course" + " or eight as a starter" * alternatives + "."


def number_words_after_an_aside(words: int) -> str:
    """A count compared with its earlier level in an aside, then many number words after "and then"
    ("recorded nine robberies, down from 15, and then eight and then eight ..."): each searched the
    whole text since the aside for a preposition ending it (elided_units.gapped_name)."""
    return "Police recorded nine robberies, down from 15," + " and then eight" * words + "."


def donors_in_one_sentence(donors: int) -> str:
    """One sentence of many counts of donors, no word of an appeal in it ("100 donors gave, 101
    donors gave, ..."): each searched its whole sentence for an appeal's words (counts._appeal_donors)."""
    return "Officials said " + ", ".join(f"{i % 900 + 100} donors gave" for i in range(donors)) + "."


def averages_each_in_one_sentence(averages: int) -> str:
    """One sentence of many averages "each" after "the number of" ("The number of farms fell to
    1,200, with an average of 3.5 workers each, ..."): each average searched its sentence from the
    start for "each <owner>" (count_rates._average_owner)."""
    piece = "The number of farms fell to 1,200, with an average of 3.5 workers each"
    return ", ".join([piece] * averages) + "."


def changes_during_a_closure(changes: int) -> str:
    """One sentence of many percent changes over a period it names with no date ("fell 1.1 per
    cent during the closure, fell 2.2 per cent during the closure, ..."): each change's period,
    back-reference and baseline read its whole sentence (tables.stated_period)."""
    return (
        "Visits "
        + ", ".join(f"fell {i % 90 + 1}.{i % 9 + 1} per cent during the closure" for i in range(changes))
        + "."
    )


def numbers_in_one_sentence(numbers: int) -> str:
    """One sentence listing many numbers."""
    return "Officials said the counts were " + ", ".join(str(i) for i in range(numbers)) + "."


def one_sentence_article(kilobytes: int) -> str:
    """One sentence of about this many KB, with a figure about every 450 characters."""
    unit = "the crowd waited in the rain for news " * 11 + "and 5 people died "
    return "Officials said " + unit * (kilobytes * 1000 // len(unit)) + "on Monday."


def big_article(megabytes: int) -> str:
    """The development articles' bodies repeated to about this many MB, as one article."""
    bodies = [load_article(p).body for p in sorted(DEV_ARTICLES.glob("*.txt"))]
    whole = "\n\n".join(bodies)
    return "\n\n".join([whole] * max(1, int(megabytes * 1e6 // len(whole.encode("utf-8")))))


def extract_path(text: str) -> str:
    """What `extract` does with a text: load it as an article and extract its figures."""
    figures = extract_figures(article_from_text(text, "hostile"))
    return f"{len(figures)} figures"


def changes_and_counts(sentences: int) -> str:
    """Many percent changes of attacks, then as many counts of attacks, one a sentence."""
    changes = " ".join(f"Attacks rose {i} per cent." for i in range(1, sentences + 1))
    return changes + " " + " ".join(f"There were {i} attacks." for i in range(100, 100 + sentences))


def checks_path(text: str) -> str:
    """What a report checks in a text: its figures, then their consistency findings."""
    article = article_from_text(text, "hostile")
    findings = consistency_checks(article, extract_figures(article))
    return f"{len(findings)} findings"


def chart_groups_path(text: str) -> str:
    """What a report's charts read first in a text: its figures, then how each is stated (actual,
    forecast, cumulative: from its clause), to group them."""
    article = article_from_text(text, "hostile")
    groups = comparable_groups(article, extract_figures(article), "unit")
    return f"{len(groups)} chart groups"


def periods_path(text: str) -> str:
    """What a report's table of percent changes reads in a text: its figures, then each change's
    period and baseline."""
    article = article_from_text(text, "hostile")
    changes = percent_changes(article, extract_figures(article))
    return f"{len(changes)} changes"


def report_html(text: str) -> str:
    """The report's figures-in-sentences table for the text: its size and the peak memory."""
    article = article_from_text(text, "hostile")
    html = figures_in_sentences(article, extract_figures(article))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return f"HTML {len(html) / 1e6:.2f} MB, peak RSS {peak:.0f} MiB"


@dataclass(frozen=True)
class Pattern:
    """One hostile input: how it is built from a size, the size the issue names, what is timed."""

    name: str
    build: Callable[[int], str]
    issue_size: int  # the size the issue names, or the size checked here when it names none
    sizes: tuple[int, ...]
    run: Callable[[str], str] = extract_path
    size_from_issue: bool = True


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "name words after a comma (tokens)", after_quote_names, 26, (20, 22, 24, 26, 52, 260, 2_600, 26_000)
    ),
    Pattern(
        '"x,said," without spaces (repeats)',
        said_without_spaces,
        10_000,
        (2_500, 5_000, 10_000, 20_000, 40_000),
        size_from_issue=False,
    ),
    Pattern("run of dots (dots)", dot_run, 40_000, (10_000, 20_000, 40_000, 80_000, 160_000)),
    Pattern(
        'run of "!?." marks (marks)',
        mixed_end_marks,
        40_000,
        (10_000, 20_000, 40_000, 80_000, 160_000),
        size_from_issue=False,
    ),
    Pattern('"PHOTO:" lines (lines)', photo_lines, 20_000, (5_000, 10_000, 20_000, 40_000, 80_000)),
    Pattern(
        "blank lines of white space (lines)",
        blank_lines,
        20_000,
        (5_000, 10_000, 20_000, 40_000, 80_000),
        size_from_issue=False,
    ),
    Pattern(
        'numbers with a glued "c" in one sentence (numbers)',
        glued_cents_in_one_sentence,
        20_000,
        (2_500, 5_000, 10_000, 20_000),
        size_from_issue=False,
    ),
    Pattern(
        'decimal "of a point" moves in one sentence (numbers)',
        points_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'bare "degrees", no scale named (sentences)',
        bare_degrees,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'percents opened by "it" in one sentence (numbers)',
        it_percents_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'percents after "expected" in one sentence (numbers)',
        expected_percents_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'bare "degrees" of an oven\'s range in one sentence (numbers)',
        bare_oven_degrees_in_one_sentence,
        16_000,
        (2_000, 4_000, 8_000, 16_000),
        size_from_issue=False,
    ),
    Pattern(
        "quake magnitudes in one sentence (numbers)",
        magnitudes_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        '"meters" in one sentence (numbers)',
        meters_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'rate levels crossed "below" in one sentence (numbers)',
        levels_crossed_in_one_sentence,
        8_000,
        (2_000, 4_000, 8_000, 16_000),
        size_from_issue=False,
    ),
    Pattern(
        'number words after "rather than" in one sentence (numbers)',
        contrasted_words_in_one_sentence,
        8_000,
        (2_000, 4_000, 8_000, 16_000),
        size_from_issue=False,
    ),
    Pattern(
        "measured amounts after commas in one sentence (numbers)",
        measures_after_commas_in_one_sentence,
        32_000,
        (4_000, 8_000, 16_000, 32_000),
        size_from_issue=False,
    ),
    Pattern(
        'gapped "from A to B" clauses in one sentence (clauses)',
        gapped_changes_in_one_sentence,
        800,
        (200, 400, 800, 1_600),
        size_from_issue=False,
    ),
    Pattern(
        'fractions "half a point" in one sentence (numbers)',
        fraction_points_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'percents after offered bare "rates" in one sentence (numbers)',
        rates_offered_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'roads listed "the R61, the R62" in one sentence (roads)',
        roads_listed_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        "tide heights after clock times in one sentence (heights)",
        tide_heights_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        '"the other two" after amounts in one sentence (clauses)',
        rest_after_amounts_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        '"all six" after amounts in one sentence (clauses)',
        all_of_after_amounts_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'years opening clauses "In 2021 fishermen" in one sentence (years)',
        years_opening_clauses_in_one_sentence,
        32_000,
        (4_000, 8_000, 16_000, 32_000),
        size_from_issue=False,
    ),
    Pattern(
        "title-case sentences in one line (sentences)",
        title_case_sentences_in_one_line,
        64_000,
        (8_000, 16_000, 32_000, 64_000),
        size_from_issue=False,
    ),
    Pattern(
        "numbers in one sentence (numbers)", numbers_in_one_sentence, 20_000, (2_500, 5_000, 10_000, 20_000)
    ),
    Pattern(
        "chart standing, numbers in one sentence (numbers)",
        numbers_in_one_sentence,
        8_000,
        (2_000, 4_000, 8_000, 16_000),
        chart_groups_path,
        size_from_issue=False,
    ),
    Pattern(
        "report HTML, one-sentence article (KB)",
        one_sentence_article,
        200,
        (25, 50, 100, 200, 400),
        report_html,
    ),
    Pattern(
        "percent changes and counts checked (sentences each)",
        changes_and_counts,
        200,
        (25, 50, 100, 200, 400, 800),
        checks_path,
        size_from_issue=False,
    ),
    Pattern(
        'pairs "up from A and B" in one sentence (pairs)',
        pairs_from_in_one_sentence,
        2_000,
        (500, 1_000, 2_000, 4_000),
        size_from_issue=False,
    ),
    Pattern(
        'clauses with dates "between Sept. 1 and Nov. 30" in one sentence (clauses)',
        dated_clauses_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        "towns, each sentence a new lower-case word, countries read (KB)",
        towns_with_many_words,
        1_000,
        (250, 500, 1_000, 2_000, 4_000, 8_000),
        countries_path,
        size_from_issue=False,
    ),
    Pattern(
        "shares, one a sentence (sentences)",
        shares_one_a_sentence,
        24_000,
        (4_000, 8_000, 16_000, 24_000),
        size_from_issue=False,
    ),
    Pattern(
        'parts "N km of it as" in paragraphs (paragraphs)',
        parts_of_it_in_paragraphs,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'numbers written twice "five (5) years" in paragraphs (paragraphs)',
        doubled_numbers_in_paragraphs,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'covers "oversubscribed 1.5 times" in one sentence (covers)',
        covers_in_one_sentence,
        2_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'efficacies "86% effective against" in one sentence (efficacies)',
        efficacies_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'glued metres "0.6m below" in one sentence (levels)',
        compared_levels_in_one_sentence,
        2_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        '"an average of 15" in one sentence (clauses)',
        averages_in_one_sentence,
        4_000,
        (500, 1_000, 2_000, 4_000),
        size_from_issue=False,
    ),
    Pattern(
        '"and exported about $8.9 billion" in one sentence (clauses)',
        and_verbs_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'bare numbers "against 19" after a rate in one sentence (numbers)',
        bare_numbers_after_a_rate_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'party alternatives "or eight as a starter" in one sentence (alternatives)',
        party_alternatives_in_one_sentence,
        16_000,
        (2_000, 4_000, 8_000, 16_000),
        size_from_issue=False,
    ),
    Pattern(
        'number words after an aside "down from 15, and then eight" (words)',
        number_words_after_an_aside,
        16_000,
        (2_000, 4_000, 8_000, 16_000),
        size_from_issue=False,
    ),
    Pattern(
        'donors counted in one sentence "100 donors gave" (counts)',
        donors_in_one_sentence,
        8_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'averages "with an average of 3.5 workers each" in one sentence (averages)',
        averages_each_in_one_sentence,
        4_000,
        (1_000, 2_000, 4_000, 8_000),
        size_from_issue=False,
    ),
    Pattern(
        'periods of changes "fell 1.1 per cent during the closure" in one sentence (changes)',
        changes_during_a_closure,
        2_000,
        (1_000, 2_000, 4_000, 8_000),
        run=periods_path,
        size_from_issue=False,
    ),
    Pattern(
        'spaced decimal commas "1 412,6 km" (numbers)',
        spaced_decimal_commas,
        128_000,
        (32_000, 64_000, 128_000, 256_000),
        run=typography_path,
        size_from_issue=False,
    ),
    Pattern("dev articles as one article (MB)", big_article, 10, (1, 2, 5, 10)),
)


def _measure(pattern: Pattern, size: int, conn) -> None:  # type: ignore[no-untyped-def]
    text = pattern.build(size)
    start = time.perf_counter()
    note = pattern.run(text)
    conn.send((time.perf_counter() - start, len(text.encode("utf-8")), note))


def measure(pattern: Pattern, size: int, cap: float) -> tuple[float | None, int, str]:
    """Seconds, input bytes and a note for one size, in a child process stopped after `cap` s
    (seconds None then)."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_measure, args=(pattern, size, send))
    child.start()
    send.close()
    ready = receive.poll(cap)
    result = receive.recv() if ready else None
    child.kill()
    child.join()
    if result is None:
        return None, len(pattern.build(size).encode("utf-8")), f"stopped after {cap:g} s"
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cap", type=float, default=60.0, help="stop one measurement after this (s)")
    parser.add_argument("--only", default="", help="patterns whose name contains this text")
    args = parser.parse_args()
    print("| pattern | size | input bytes | seconds | note |")
    print("| --- | ---: | ---: | ---: | --- |")
    for pattern in PATTERNS:
        if args.only not in pattern.name:
            continue
        for size in pattern.sizes:
            seconds, size_bytes, note = measure(pattern, size, args.cap)
            mark = ""
            if size == pattern.issue_size:
                mark = " (issue's size)" if pattern.size_from_issue else " (checked size)"
            shown = f"> {args.cap:g}" if seconds is None else f"{seconds:.3f}"
            print(f"| {pattern.name} | {size:,}{mark} | {size_bytes:,} | {shown} | {note} |", flush=True)
            if seconds is None:
                print(f"| {pattern.name} | larger sizes | | skipped | |", flush=True)
                break


if __name__ == "__main__":
    main()
