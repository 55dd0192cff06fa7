"""Subjects named from the clause before a figure (analysis/figures/subjects.py)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.extract import extract_figures, find_figures
from analysis.figures import (
    amount_subjects,
    back_references,
    figure,
    giving,
    line_subjects,
    noun_phrases,
    people_subjects,
    span_subjects,
    subject_clauses,
    subjects,
)
from analysis.figures.noun_phrases import token_runs, without_ing_relative


def test_a_hyphened_name_s_possessive_stays_one_word_in_the_subject():
    # walk37 (words.RE_TOKEN): the possessive of a hyphened name was split into "' s"
    text = "In the half year, Coca-Cola's revenue rose 8.2 percent to $2.3 billion."
    assert set(extract_figures(article_from_text(text, "case"))["subject"]) == {"Coca-Cola's revenue"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Florence hit with maximum sustained winds of 90 miles per hour.", "winds"),
        ("The annual pace of housing starts was 282,428 units in January.", "housing"),
        ("The asteroid will pass about 25,000 miles from Earth.", "asteroid"),
        ("Utilities sent 8,000 from the Carolinas.", "Utilities"),
    ],
)
def test_a_figure_with_no_noun_after_it_takes_its_clause_as_subject(text: str, word: str):
    subject = extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
    assert word in subject


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The index rose for five straight days.", "index"),
        ("The album topped the chart for 12 consecutive days.", "album"),
    ],
)
def test_a_run_of_days_takes_its_clause_as_subject_not_the_runs_words(text: str, word: str):
    subject = extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
    assert word in subject and "consecutive" not in subject and "straight" not in subject


@pytest.mark.parametrize(
    "text",
    [
        "The tunnel's estimated cost climbed to Fr.2.4 billion from Fr.1.6 billion after engineers found cracks.",
        "The tunnel's estimated cost climbed to $2.4 billion from $1.6 billion after engineers found cracks.",
        "The tunnel's estimated cost climbed to Rs.2.4 billion from Rs.1.6 billion when engineers found cracks.",
    ],
)
def test_the_old_level_in_to_a_from_b_measures_what_the_new_one_does(text: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == ["tunnel's cost", "tunnel's cost"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Three years ago she paid Rs.8,000.", "time since she paid"),
        ("Six years ago, the mill employed 900 people.", "time since the mill employed"),
    ],
)
def test_a_time_ago_that_opens_its_sentence_is_the_time_since_the_deed_after_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The pipeline, at 1,315 km, is the longest in Africa.", "pipeline (unit: kilometres)"),
        ("Officials said the budget, at $48 million, was the largest yet.", "budget"),
        ("Seats were sold for the final alone, at $90 each, officials said.", "unit price"),
    ],
)
def test_a_figure_in_an_aside_after_a_noun_and_its_comma_is_that_nouns_level(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The biggest deficit, about 95 million euros, was found in the north.", "biggest deficit"),
        ("The cheapest model, $499, goes on sale in May.", "cheapest model"),
        (
            "The grid operator's peak tariff, about 9.2 cents a kilowatt-hour, applies from June.",
            "grid operator's peak tariff (unit: cents)",
        ),
        ("The longest leg, some 640 km, crosses the desert.", "longest leg (unit: kilometres)"),
    ],
)
def test_a_figure_alone_between_commas_after_a_noun_renames_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("About 3,700 people registered as volunteers last month.", "people registered as volunteers"),
        ("Police arrested 14 people accused of looting.", "people accused of looting"),
        (
            "Some 2,610 people queued at the gates of the stadium.",
            "people queued at the gates of the stadium",
        ),
        # subj41: a past form after a count that opens its clause says who the people are too
        # (people_subjects.people_doing), with the words it opens
        ("About 3,700 people signed the petition.", "people signed the petition"),
        ("About 3,700 people attended.", "people attended"),
    ],
)
def test_a_bare_count_of_people_takes_the_participle_phrase_that_says_who_they_are(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The budget projects a deficit of $4.2 billion, or 3.1% of GDP.", "deficit as a share of GDP"),
        (
            "Public debt reached $80 billion, or 64 per cent of gross domestic product.",
            "Public debt as a share of gross domestic product",
        ),
        ("Sales were $3bn, while 40% of revenue came from Asia.", "revenue came"),
        # no sum before it: the share spent "on" a thing is that spending (subj41-a; was "GDP")
        ("The country spends about 9% of its GDP on health.", "spending on health as a share of GDP"),
    ],
)
def test_a_share_in_apposition_to_a_sum_is_that_sum_as_a_share_of_its_whole(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame.loc[frame["kind"] == "percentage_share", "subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "index", "subject"),
    [
        (
            "The region has two dams: Kariba, with 1,137 MW; and Cahora, with 2,075 MW.",
            1,
            "Kariba (unit: megawatts)",
        ),
        (
            "The region has two dams: Kariba, with 1,137 MW; and Cahora, with 2,075 MW.",
            2,
            "Cahora (unit: megawatts)",
        ),
        (
            "The new reservoir, with 80 million cubic metres, opened in June.",
            0,
            "new reservoir (unit: cubic metres)",
        ),
        ("Hale finished with 29 points.", 0, "points of Hale"),
    ],
)
def test_a_measure_in_a_with_aside_after_a_noun_is_what_that_noun_has(text: str, index: int, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[index] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Outside there are 4.2 acres (1.7 hectares) of lawns and orchards.",
            "lawns and orchards (unit: acres)",
        ),
        ("Stir in 2 cups (250 grams) of oats.", "oats (unit: cups)"),
        ("The field covers 4.2 acres (1.7 hectares) in all.", "field covers area (unit: acres)"),
    ],
)
def test_the_stuff_a_measure_is_of_is_read_past_its_bracketed_conversion(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "index", "avoid"),
    [
        ("Last year, 95 million euros, a record, went on roads.", 0, "year"),
        ("She averaged 17.3 ppg, 7.4 rpg and 6.9 apg last season.", 1, "ppg"),
        ("The final lasted two hours, 39 minutes and 35 seconds.", 1, "hours"),
        ("Sales rose 5%, 6% and 7% in three quarters.", 1, "%"),
        # an age before an amount in its sentence is no subject of the amount
        ("The levy on guests aged 16 and over goes from 40c to €1 a night.", 1, "age"),
    ],
)
def test_a_time_or_a_figure_before_the_comma_is_renamed_by_no_figure(text: str, index: int, avoid: str):
    frame = extract_figures(article_from_text(text, "case"))
    subject = frame["subject"].tolist()[index]
    assert not subject.startswith(avoid)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The council has 21 days to appeal the ruling.", "time to appeal the ruling"),
        (
            "Crews took nine hours to clear the line.",
            "time taken by the crews to clear the line (unit: hours)",
        ),
        ("The agency was given just 60 days to repay the loan.", "time to repay the loan"),
    ],
)
def test_a_span_given_or_taken_for_a_deed_is_the_time_to_do_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


def test_a_span_before_a_purpose_of_its_clause_is_not_a_time_to_do_it():
    text = "He stole £40,000 from the club over six years to fund his holidays."
    assert not any(
        s.startswith("time to") for s in extract_figures(article_from_text(text, "case"))["subject"]
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Farmers blame the cost of imported diesel, which swallows about $2 million every month.",
            "imported diesel",
        ),
        ("The round, which included $40 million from existing investors, closed.", "from existing investors"),
    ],
)
def test_an_amount_after_a_relative_clauses_verb_is_about_the_noun_before_the_clause(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The levy, approved by the full council at a meeting on Monday, is up from $12 million.", "levy"),
        ("Output, measured as tonnes per worker, fell 3 per cent.", "Output"),
    ],
)
def test_a_participle_aside_between_a_subject_and_its_verb_is_passed_over(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The mill cut its payroll by 12%, to $4.3 million.", "payroll"),
        (
            "Ministers aim to cut the price of bread by 8% over five years, to about $1.10.",
            "price of bread",
        ),
    ],
)
def test_the_level_after_a_percent_change_and_to_measures_what_changed(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Seniors over 70 ride free.", "age of Seniors (unit: years of age)"),
        ("The drug is not given to patients under 18.", "age of patients (unit: years of age)"),
        ("The depot will open in 2031, 18 months later than planned.", "delay (unit: months)"),
        ("The ferry left 40 minutes late.", "delay (unit: minutes)"),
        ("A day pass in Lisbon costs EUR 7.", "cost of day pass in Lisbon"),
        # a bracketed aside inside the noun phrase before a verb of price is left out of it
        ("A sack (about 50 kilos) of rice costs KSh 16,500.", "cost of sack of rice"),
        # an appraisal verb's object before "at" is what the figure sizes; not a phrase of a
        # preposition, nor a noun "peg" before a passive
        ("The statistics office put unemployment at 6.1 percent in the quarter to June.", "unemployment"),
        ("Officials estimated the storm damage at $2 billion.", "storm damage"),
        ("Police put the death toll at 40 on Sunday.", "death toll"),
        ("The new pipeline, stretching about 900 km, will carry gas.", "new pipeline (unit: kilometres)"),
        ("The bridge, costing $8 million, opened.", "bridge"),
        # people after "by" in a passive aside after a noun: those who do its deed
        (
            "The monthly tram pass, used by about 90,000 commuters, will cost more.",
            "users of monthly tram pass",
        ),
        ("The castle, visited by 300,000 tourists a year, will shut.", "visitors of castle (per year)"),
    ],
)
def test_ages_after_a_noun_delays_and_a_doer_in_a_place_are_named(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The group bought the chain for $2bn last year.", "price of chain"),
        ("It wrote down its Irish arm, acquired for €900mn in 2019.", "price of Irish arm"),
        ("Dealers sold 5,000 cars for $2bn.", "cars"),
        ("The bank sold the unit for €700mn in March.", "price of unit"),
        ("Its founder sold his stake for £40m.", "price of stake"),
    ],
)
def test_an_amount_after_a_verb_of_buying_and_for_is_the_price_of_what_was_bought(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    money = frame[frame["kind"] == "money"]
    assert money["subject"].tolist()[0] == subject


# A verb of measure ("cost") whose clause opens with a noun phrase none of the readers took (a
# number in its phrase, a clause of saying before it): that phrase, a measure in it left out;
# look-alikes: a pronoun or a place phrase opening the clause, a verb inside the words before it.
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Use above 500 kWh a month will cost 4.20 soms, against 3.10 soms now.",
            "4.20 soms",
            "cost of use above 500 kWh a month",
        ),
        (
            "The port authority estimates the strike will cost shippers about $3.1 million.",
            "$3.1 million",
            "cost of strike",
        ),
    ],
)
def test_a_verb_of_measure_names_the_noun_phrase_opening_its_clause(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("In the northern province it costs 27,900 kip.", "27,900 kip", "cost"),
        ("Tickets sold out quickly and cost €45.", "€45", "cost"),
    ],
)
def test_look_alikes_of_the_clause_opening_phrase_keep_the_measure_alone(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_figures_after_a_verb_of_adding_are_added_to_the_noun_after_to():
    text = "Crews closed the bridge, adding 20 to 25 minutes and about 9 km to each trip."
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == [
        "added to each trip (unit: minutes)",
        "added to each trip (unit: kilometres)",
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Gold traded at $1,985 an ounce on Friday.", "Gold traded (per ounce)"),
        ("Office rents averaged $45 per square foot.", "Office rents (per square foot)"),
        ("Each inmate costs Rs300 per prisoner.", "cost of inmate (per prisoner)"),
        ("It was Rs300 per prisoner.", "per prisoner"),
    ],
)
def test_the_unit_a_price_is_per_is_a_label_of_what_the_clause_names(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize("pad", range(12))
def test_a_subject_holds_no_word_cut_by_the_window_it_is_read_from(pad: int):
    text = (
        "The Regional Water Supply Board (RWSB) has been granted Rs.2.6 billion to buy "
        + "pipe " * pad
        + "directly from makers, while State lenders will advance a further Rs.3 billion to licensed dealers."
    )
    words = set(re.findall(r"\w+", text)) | set(giving.GIVING_VERBS.values())  # "grant to": the verb's noun
    for subject in extract_figures(article_from_text(text, "case"))["subject"]:
        assert set(re.findall(r"\w+", subject)) <= words, subject


def test_a_noun_after_the_number_stays_the_subject():
    frame = extract_figures(article_from_text("Officials said 40 villagers left.", "case"))
    assert frame["subject"].tolist() == ["villagers"]


def test_clause_subject_stops_at_the_clause_break():
    body = "Sales fell, while the group's net profit reached 5"
    assert subject_clauses.clause_subject(body, 0, len(body) - 1) == "group's net profit"
    assert noun_phrases.content_words("was up by about") == []  # re-exported from noun_phrases


def test_a_conversion_in_brackets_measures_what_the_figure_before_it_measures():
    frame = extract_figures(article_from_text("The asteroid is about 60 feet (18m) wide.", "case"))
    first, second = frame["subject"].tolist()
    assert first.replace("feet", "metres") == second and "asteroid" in second


def test_a_conversion_after_an_approximation_word_measures_the_same():
    text = "The blaze has scorched 12,400 hectares (about 30,600 acres) since May."
    first, second = extract_figures(article_from_text(text, "case"))["subject"].tolist()
    assert first.replace("hectares", "acres") == second and "scorched" in second


def test_a_figure_naming_nothing_takes_the_subject_before_it_in_the_sentence():
    text = "Deaths from shooting had dropped by 15 per cent, from 82 to 70."
    frame = extract_figures(article_from_text(text, "case"))
    assert all("shooting" in subject for subject in frame["subject"])


@pytest.mark.parametrize(
    ("before", "after", "subject"),
    [
        ("Safaricom earned", "in the year to March .", "earnings of Safaricom"),
        ("The brewer has reported", "in net profit .", "net profit"),
        ("The club paid", "for him .", "sum paid by club"),
        ("The insurer paid out more than", "in claims last year", "claims"),
        ("It paid", ".", ""),  # a pronoun names nothing
        ("The firm sold", "in sales .", ""),  # not a verb of earning
        ("The startup raised", "in funding .", "funding"),  # money raised, not a change
        ("Sales rose", "in May .", ""),
    ],
)
def test_an_amount_after_a_verb_of_earning_measures_its_object_or_its_earner(
    before: str, after: str, subject: str
):
    assert amount_subjects.earned_subject(before.split(), after.split()) == subject


EARNING_WORDS = (
    *"Safaricom The brewer It has earned paid out reported sold more than in for on the".split(),
    *"year March net profit claims him sales Chile . ,".split(),
)


@given(
    st.lists(st.sampled_from(EARNING_WORDS), max_size=12),
    st.lists(st.sampled_from(EARNING_WORDS), max_size=8),
)
def test_an_earned_amount_is_named_by_words_around_it(before: list[str], after: list[str]):
    named = amount_subjects.earned_subject(before, after)
    measures = {
        w for measure, join in subject_clauses.EARNED_MEASURES.values() for w in (*measure.split(), join)
    }
    assert set(named.split()) <= set(before) | set(after) | measures
    if not before or before[-1] not in amount_subjects.EARNING_VERBS | amount_subjects.VERB_PARTICLES | {
        "than"
    }:
        assert named == ""


def subject_of(text: str, quote: str) -> str:
    """The subject of the figure whose quote starts with `quote` in an invented corpus line."""
    frame = extract_figures(article_from_text(text, "case"))
    found = frame[frame["quote"].str.startswith(quote)]
    assert len(found) == 1, frame[["quote", "subject"]].to_string()
    return str(found["subject"].iloc[0])


# (invented corpus line, quote of the figure, subject it must get): one group per phenomenon of
# news syntax (analysis/figures/subjects.py).
SUBJECT_CORPUS: list[tuple[str, str, str]] = [
    # fixwalk36-c: a subject is never a phrase a figure cuts ("sales of and operating profit"), a
    # modal ("employees of will") or a markup tag's name; a part of a business that changes its own
    # figure "by" an amount names it ("the shipping unit's revenue", not the group's)
    (
        "Brokers had forecast sales of EUR 4.2 billion and operating profit of EUR 610 million.",
        "EUR 610 million",
        "operating profit",
    ),
    ("The shipping unit grew revenue by 12% in the first half.", "12%", "shipping unit revenue"),
    (
        "The retail arm, which employs about 3,000 people, lifted sales by 5 per cent.",
        "5 per cent",
        "retail arm sales",
    ),
    ("The group is building a depot in Leeds that will employ 320 people when it opens.", "320", "employees"),
    ("Bus fares rose 8 per cent to $2.10 <script>track()</script> from $1.95.", "$1.95", "Bus fares"),
    # fixwalk34-c: the level after a participle clause's change ("..., falling 4% to N") measures
    # the subject of the clause before its comma, not a comparative there; "gets" money is a sum
    # received; a part after "of which" whose clause was read as its subject is its whole's part;
    # an amount said again as a share ("or 38 per cent of") names no subject
    ("Cargo flights held up better, slipping 3 per cent to 41,000.", "41,000", "Cargo flights"),
    ("Night trains fared worse, dropping 14 per cent to 2.2 million.", "2.2 million", "Night trains"),
    ("The fire service gets $52 million.", "$52 million", "sum received by fire service"),
    (
        "Libraries, which run 40 branches, get £19 million, 3 per cent more than in 2025.",
        "£19 million",
        "sum received by Libraries",
    ),
    (
        "The utility's arrears reach €80 million, of which €25 million is owed to suppliers.",
        "€25 million",
        "utility's arrears that is owed to suppliers",
    ),
    (
        "Debt service, which takes A$3.1 billion or 17 per cent of revenue, keeps rising.",
        "A$3.1 billion",
        "Debt service",
    ),
    # fixwalk34-c: a year after a noun and "for" is that noun's year (a fiscal year when written
    # "2026/27"), and an amount's subject keeps the fiscal year whole
    ("The board adopted an R8.6 billion plan for 2027/28 last week.", "2027/28", "fiscal year of the plan"),
    ("The board adopted an R8.6 billion plan for 2027/28 last week.", "R8.6 billion", "plan for 2027/28"),
    ("Ministers published the forecast for 2029 on Monday.", "2029", "year of the forecast"),
    ("Councillors backed the plan for 2027-28.", "2027-28", "fiscal year of the plan"),
    # fixwalk34-c: a bare count after "Of those," is a part of the count of its unit just before
    (
        "The depot serviced 760 buses last year. Of those, 95 failed inspection.",
        "95",
        "buses that failed inspection",
    ),
    (
        "The helpline took 5,200 calls in March. Of them, 310 came from abroad.",
        "310",
        "calls that came from abroad",
    ),
    # attrib34: a rate per head takes the group or place that opens its sentence or records it; a
    # time that opens it is none; the first count of a gapped list is of the name that opens the
    # list; a subject stands before its apposition
    (
        "In the west, the rate climbed to 8.3 deaths per 100,000 people.",
        "8.3",
        "rate in the west (unit: deaths per 100,000 people)",
    ),
    (
        "Among older women, the rate was 4.4 per 100,000.",
        "4.4",
        "rate among older women (unit: per 100,000 people)",
    ),
    (
        "The eastern province recorded 12.6 deaths per 100,000 residents.",
        "12.6",
        "deaths in the eastern province (unit: deaths per 100,000 residents)",
    ),
    ("In the past, the rate rose to 8.1 per 100,000.", "8.1", "rate (unit: per 100,000 people)"),
    ("In addition, the rate rose to 8.1 per 100,000.", "8.1", "rate (unit: per 100,000 people)"),
    ("Labour won 52 seats, the Greens 14 and the Liberals 6.", "52", "seats of Labour"),
    ("The hosts had 14 shots and the visitors three.", "14", "shots of the hosts"),
    (
        "Welfare costs, the largest item in the budget, will reach $31 billion next year.",
        "$31",
        "Welfare costs next year",
    ),
    # attrib35: a region a possessive names, opening the sentence or recording a rate, is the
    # place a rate or a level is of
    (
        "The state's northern counties recorded 15.3 deaths per 100,000 residents.",
        "15.3",
        "deaths in the state's northern counties (unit: deaths per 100,000 residents)",
    ),
    (
        "In the country's north-west, unemployment rose to 9.2 percent.",
        "9.2",
        "unemployment in the country's north-west",
    ),
    (
        "In the island's coastal towns, the poverty rate fell to 17 per cent.",
        "17",
        "poverty rate in the island's coastal towns",
    ),
    # attrib36: the region nouns beyond "district" and "province" (vocab.REGION_NOUNS): an interior,
    # a coast, highlands, parishes, boroughs, cantons
    (
        "The kingdom's dry interior recorded 7.4 snakebites per 10,000 people.",
        "7.4",
        "snakebites in the kingdom's dry interior (unit: snakebites per 10,000 people)",
    ),
    (
        "In the island's northern parishes, the jobless rate rose to 12.5 percent.",
        "12.5",
        "jobless rate in the island's northern parishes",
    ),
    (
        "In the inner boroughs, the vacancy rate fell to 2.9 percent.",
        "2.9",
        "vacancy rate in the inner boroughs",
    ),
    # attrib36: a count a place records or reports is the things counted in that place
    ("The city's western suburbs reported 48 car thefts.", "48", "car thefts in the city's western suburbs"),
    ("The southern province registered 940 measles cases.", "940", "measles cases in the southern province"),
    # fixwalk33-c: a party's "got/won/took N per cent" is its share of the vote; a possessive name
    # before a share keeps its whole name; a rate's "among"/"in the" group after it names it; a
    # confidence level keeps its subject after a rate; a relative pronoun is no holder of a vote
    # share; a count per span of time carries its period as money does
    (
        "In the regional election the Social Democrats got 24.6 per cent.",
        "24.6",
        "Social Democrats' share of the vote",
    ),
    ("The Centre Party's share of the vote fell to 19.8 per cent.", "19.8", "Centre Party's share of vote"),
    (
        "The suicide rate among men was 18.2 per 100,000, against 5.4 per 100,000 among women.",
        "5.4",
        "women (unit: per 100,000 people)",
    ),
    (
        "The infection rate was 41.3 per 100,000 (95 per cent confidence interval 39.8 to 42.9).",
        "95",
        "confidence level of the interval",
    ),
    ("The mayor's rival, who won 38 per cent, conceded on Sunday.", "38", "vote share"),
    ("The ferry carries about 2,300 passengers a day in summer.", "2,300", "passengers (per day)"),
    ("Farmers say they are losing 40 cattle a week to the drought.", "40", "cattle (per week)"),
    # late-people9: a then-and-now box's year line takes its heading line and its year as subject
    # (subj27's reader in clause_forms.form_subjects)
    ("Hospital beds\n2001: 2,140\n2025: 1,610", "2,140", "Hospital beds in 2001"),
    ("Fishermen\n1990: 12,000\n2025: 3,400", "3,400", "Fishermen in 2025"),
    # the measured noun is the sentence subject before a change verb, not the words around it
    (
        "The net profit of the region's biggest appliance and tool maker fell 37.6 percent.",
        "37.6",
        "net profit",
    ),
    (
        "Operating profit for the carmaker plunged 30 percent in the third quarter.",
        "30",
        "Operating profit for the carmaker",
    ),
    ("The bank said mortgage lending had dipped 4 per cent in the past year.", "4 per", "mortgage lending"),
    (
        "In line with weaker demand, the group's sales before tax eased by RM12 million.",
        "RM12",
        "group's sales before tax",
    ),
    ("Profit at the retailer fell 3 percent.", "3", "Profit at the retailer"),
    # a figure naming nothing takes the subject of the figure before it, a date between them aside;
    # a part of that group, with the phrase that names the part
    (
        "At least 30 miners have died since June 2, officials said, 12 of them in the north.",
        "12",
        "deaths of miners in the north",
    ),
    # a share "of" a whole after a verb that changes an object: the object as a share of the whole
    (
        "The plan would lift health spending to 9.1% of GDP by 2030.",
        "9.1%",
        "health spending as a share of GDP",
    ),
    # a length with a dimension adjective after it measures that dimension of its noun
    (
        "Most were small fishing boats under 9 metres long.",
        "9 metres",
        "length of small fishing boats (unit: metres)",
    ),
    ("The 3-metre-wide mural was restored.", "3-metre", "width of mural (unit: metres)"),
    # ... also after a bracketed conversion, which measures the same
    ("The new tower is 120m (394ft) tall.", "394ft", "height of new tower (unit: feet)"),
    # a length "within" which a thing comes of a place is its distance from it; one "above" a
    # place is a height above it
    (
        "The drone flew 300 metres above the town.",
        "300 metres",
        "drone flew height above town (unit: metres)",
    ),
    (
        "The comet will pass within 4 million miles of Earth.",
        "4 million miles",
        "comet pass within distance from Earth (unit: miles)",
    ),
    # a change in points after ", up" or ", down" following a share: the change of that share
    (
        "Overall, 57 per cent of voters backed the plan, up 2.5 points from the last poll.",
        "2.5 points",
        "voters backed plan (unit: percentage points)",
    ),
    # a figure restated after ", up from" or compared after ", against" past a bracketed aside on
    # the earlier figure (a conversion, a confidence interval) measures what that figure does
    (
        "The winners will take home NZ$38,700 (US$23,200) in prize money, up from NZ$33,200 in 2023.",
        "NZ$33,200",
        "prize money",
    ),
    (
        "Among older men the share was 26.3 per cent (95 per cent CI 23.7 to 29.8), against 16.85 per cent for older women.",
        "16.85 per cent",
        "share for older women",
    ),
    # a change after a count and the count of the places where it was is of the first count
    (
        "The charity served 41,370 meals in 12 shelters, up 6 per cent on last winter.",
        "6 per cent",
        "meals served",
    ),
    # a share right after a survey's "found that" is of the persons or things it counted before
    (
        "A survey of 812 nurses by the union between 4 and 8 May found that 71% had worked unpaid overtime.",
        "71%",
        "share of nurses",
    ),
    # a percent right before a likelihood noun and "of": the chance of what follows
    ("There is a 40% chance of rain on Sunday.", "40%", "chance of rain on Sunday"),
    (
        "Patients had a 20 per cent chance of recovery in 2023.",
        "20 per cent",
        "chance of recovery for Patients",
    ),
    # a medicine's mass before how often it is taken is a dose
    ("A patient prescribed 40mg twice a day may get two 20mg tablets.", "40mg", "dose (unit: milligrams)"),
    # a list of sizes in one glued unit modifies the noun after its last
    ("The regulator said the 20mg and 40mg capsules are scarce.", "20mg", "capsules (unit: milligrams)"),
    ("The regulator said the 20mg and 40mg capsules are scarce.", "40mg", "capsules (unit: milligrams)"),
    # a length climbed or descended to, or flown at, is an altitude
    ("The glider had climbed to nearly 9,000 feet when it turned.", "9,000", "altitude (unit: feet)"),
    ("The jet was cruising at 11,000 metres.", "11,000", "altitude (unit: metres)"),
    # "by N%" after a verb and its object: the object is what changed
    (
        "The new vaccine cut the risk of severe illness, hospital stays or death by 31% in the trial.",
        "31%",
        "risk of severe illness, hospital stays or death",
    ),
    ("The council raised its parking charges by 12 percent last year.", "12 percent", "parking charges"),
    # a count's noun after a model's name, or after "more"
    ("The navy ordered 6 Type 31 frigates.", "6", "Type 31 frigates ordered"),
    ("The navy ordered 12 more patrol boats.", "12", "patrol boats ordered"),
    # adverbs before the verb name nothing ("already", "still", "even")
    ("Repair bills have already reached $2.1 million.", "$2.1", "Repair bills"),
    ("Sales rose 5 percent to $3.2 billion.", "$3.2", "Sales"),
    ("The death toll rose to 45 on Sunday.", "45", "death toll"),
    ("Iceland's population grew by 8,000 last year to 390,000.", "390,000", "Iceland's population"),
    ("Loan approvals slumped to 43,300 in July from 49,400 in June.", "49,400", "Loan approvals"),
    ("Exports to Brazil, its second market, dropped 7.5 percent.", "7.5", "Exports to Brazil"),
    (
        "The central bank cut its benchmark rate by a quarter point to 4.5%.",
        "4.5",
        "benchmark rate (interest-rate level)",
    ),
    ("The operator raised fares by 6 percent.", "6", "fares"),
    ("The council approved raising the parking fee from $2 to $3.", "$2", "parking fee"),
    ("The council approved raising the parking fee from $2 to $3.", "$3", "parking fee"),
    (
        "It was the deepest cuts for the cartel, amounting to 1.7 million barrels per day.",
        "1.7",
        "deepest cuts for the cartel (unit: barrels per day)",
    ),
    (
        "The number of boats crossing the strait halved to 300 in May.",
        "300",
        "number of boats crossing the strait",
    ),
    ("Factory output dipped 0.3% in October, after a 0.9% rise in September.", "0.9", "Factory output"),
    ("The jobless rate held at 4.2 percent for a third month.", "4.2", "jobless rate"),
    ("The deficit halved, falling 50 percent.", "50", "deficit"),
    # names and words with letters outside ASCII keep every letter
    ("Café prices rose 5% in March.", "5%", "Café prices"),
    ("Nestlé's sales fell 3% in the quarter.", "3%", "Nestlé's sales"),
    ("São Paulo's population reached 12 million.", "12", "São Paulo's population"),
    ("Société Générale's net profit fell 8 percent.", "8", "Société Générale's net profit"),
    ("Exports to Côte d'Ivoire fell 6 percent.", "6", "Exports to Côte d'Ivoire"),
    ("Nestlé’s sales grew 2.1 percent.", "2.1", "Nestlé’s sales"),
    ("Москва rents rose 4 percent.", "4", "Москва rents"),
    # a share of a whole: what the whole is, not the verb after it
    ("About 30 per cent of voters said they would back the party.", "30", "voters"),
    # link words: "stood at", "is on", "remains near", a passive "was revised to"
    ("Core inflation remains near 2 percent.", "2 percent", "Core inflation"),
    ("Growth in 2025 was sharply revised to 1.2 percent.", "1.2", "Growth"),
    (
        "The budget deficit is forecast at 4 percent of output.",
        "4 percent",
        "budget deficit as a share of output",
    ),
    ("The unemployment rate stood at 4.1 percent.", "4.1", "unemployment rate"),
    ("Ticket prices ranged between $40 and $65 this season.", "between $40", "Ticket prices"),
    ("Voting intention for the Greens stands at 38 percent.", "38", "Voting intention for the Greens"),
    ("Labour is on 40 percent, the poll found.", "40", "Labour"),
    # an "of"-phrase: the head before it, or what a quantity word ("number of") counts
    (
        "Critics warned the number of reported thefts was on the rise, up 11 per cent.",
        "11",
        "number of reported thefts",
    ),
    ("The city's emergency grant of $2.5 million arrives next week.", "$2.5", "city's emergency grant"),
    ("The annual pace of home sales was 41,200 units in May.", "41,200", "annual pace of home sales"),
    ("Rescuers confirmed the loss of 45 lives in the flood.", "45", "deaths in the flood"),
    ("Guards oversaw the release of 300 individuals on Friday.", "300", "release of individuals"),
    # apposition and link words: "X, worth N", "X stood at N", "X was N units"
    ("This rescue package, worth €7 million, was approved.", "€7", "value of rescue package"),
    (
        "The average household size of migrants was five persons.",
        "five",
        "average household size of migrants",
    ),
    ("Dairy output in March 2021 of 5,400 units was 300 units higher.", "300", "Dairy output"),
    ("Revenue at the unit was $4.2 billion, compared with $3.9 billion.", "$3.9", "Revenue at the unit"),
    # the noun after the number, also behind a bracket or as the head a percent modifies
    ("Officials said two large (7.1 magnitude) earthquakes hit the coast.", "two", "large earthquakes"),
    ("The council kept its long-held 3 percent spending target.", "3 percent", "spending target"),
    # casualties: counts of people that are deaths or injured people
    ("The blast killed 12 and injured 30.", "12", "people killed in the blast"),
    ("The blast killed 12 and injured 30.", "30", "people injured in the blast"),
    ("The fighting left 80 people dead and 95 wounded.", "80", "deaths"),  # no event of CASUALTY_EVENTS
    ("Attacks claimed the lives of 14 individuals.", "14", "deaths in the attacks"),
    ("Last year saw 70 attacks, leading to 56 fatalities and 120 injuries.", "56", "deaths in the attacks"),
    (
        "Last year saw 70 attacks, leading to 56 fatalities and 120 injuries.",
        "120",
        "people injured in the attacks",
    ),
    # ... named by the event that caused them when the sentence names one, the nearest before the count
    (
        "A strong earthquake hit the coast on Monday, killing 31 people.",
        "31",
        "people killed in the earthquake",
    ),
    ("At least nine people drowned when floods swept the valley.", "nine", "deaths in the floods"),
    ("Avalanches in the range have killed 140 people since 1990.", "140", "people killed in the avalanches"),
    ("A bus accident on the coast road killed 17 people.", "17", "people killed in the accident"),
    ("Police arrested 14 people after the match.", "14", "people arrested"),
    # ... a group named by its noun, by the casualty word the text uses
    ("Gunmen killed 11 fishermen off the coast on Sunday.", "11 fishermen", "fishermen killed"),
    ("Nine climbers were still missing on Friday.", "Nine climbers", "climbers missing"),
    # ... but "kills" counted as things are a sport's statistic, not deaths
    ("The setter had 12 kills on 30 attacks in the opening set.", "12", "kills"),
    # a batter's runs before "not out", and the balls faced after "off" such a score
    ("Skipper Vohra (44 not out off 31) sealed the chase.", "44", "runs not out"),
    ("Skipper Vohra (44 not out off 31) sealed the chase.", "31", "balls faced"),
    # a points gap "outside" a place in a table is a margin; "outside the paint" names no place
    ("Leeds sit two points outside the relegation zone.", "two", "margin outside relegation zone"),
    ("He scored 20 points outside the paint.", "20", "points scored"),
    # the stuff a length is of, named by two capitalised words and a noun
    ("Crews will repave 14 miles of County Line roads this summer.", "14", "County Line roads (unit: miles)"),
    # a span after "in" in a clause of finishing or winning a race is the race's time
    ("She finished the hilly course in 19 hours.", "19", "finishing time (unit: hours)"),
    ("He won the 50km race in three hours.", "three", "winning time (unit: hours)"),
    # a glued measure modifies its noun phrase of two words, not a verb after the noun
    ("They built a 4.5-kilometre coastal path.", "4.5", "length of coastal path (unit: kilometres)"),
    ("The 2-metre wall collapsed in the storm.", "2", "wall (unit: metres)"),
    # a subject carried from the count before it: the noun, with the figure's own phrase
    (
        "Some 9,000 medics were sent, including 2,100 from the north and 900 from abroad.",
        "2,100",
        "medics from the north",
    ),
    (
        "Some 9,000 medics were sent, including 2,100 from the north and 900 from abroad.",
        "900",
        "medics from abroad",
    ),
    (
        "About 5,200 students enrolled at the north campus and 3,100 at the south campus.",
        "3,100",
        "students enrolled at the south campus",
    ),
    (
        "It houses 4.1 million migrants, including 900,000 registered, the agency said.",
        "900,000",
        "migrants registered",
    ),
    # lists matched in order: "respectively", or a list of nouns after the figures
    (
        "The firm reported sales and net income of $8.2 billion and $1.1 billion respectively.",
        "$8.2",
        "sales",
    ),
    (
        "The firm reported sales and net income of $8.2 billion and $1.1 billion respectively.",
        "$1.1",
        "net income",
    ),
    ("The North and East regions grew 4.3 percent and 2.8 percent, respectively.", "4.3", "North regions"),
    ("Prices rose 4.3 percent and 2.8 percent in Lagos and Kano.", "2.8", "Kano"),
    # ... but counts with nouns of their own keep them: the places after them are where
    ("Police seized six cars and 14 rifles in raids on 30 homes in Lyon and Nice.", "14", "rifles"),
    ("Police seized six cars and 14 rifles in Lyon and Nice.", "six", "cars seized"),
    # a clause opening with the whole a bare count is part of: "Of the passengers, 214 ..."
    ("Of the passengers, 214 were treated in hospital.", "214", "passengers treated in hospital"),
    ("Of the plans, 12 were approved.", "12", "plans approved"),
    # "drowned" says how the dead counted died
    ("Of the dead, 12 drowned.", "12", "dead who drowned"),
    # "one" and the singular noun it counts
    ("One lorry alone carried 900 boxes.", "One", "lorry"),
    # an aside stating a change after the noun it changes: "diesel prices, up 9% since March,"
    ("Officials said diesel prices, up 9% since March, hit farmers.", "9%", "diesel prices"),
    # a bare count of people and the relative clause that says who they are
    (
        "The camp now holds 30,000 refugees, joining about 12,000 who fled earlier fighting.",
        "12,000",
        "people who fled earlier fighting",
    ),
    # a duration after "in", "over", "the next/last..." names the length of a period
    (
        "Volunteers lost up to 9 kilograms in 40 weeks.",
        "40",
        "length of the period in which the volunteers lost (unit: weeks)",
    ),
    # ... and what is done within it, when its clause names the doer and the deed before "in"/"within"
    (
        "The flood moved nearly 30 kilometres in under six hours.",
        "six",
        "length of the period in which the flood moved (unit: hours)",
    ),
    (
        "The plan runs over the next eight months.",
        "eight",
        "length of the period for plan runs (unit: months)",
    ),
    # "in the" before the span: the length of the period a figure covers
    ("Sales rose 4% in the 12 weeks to March 3.", "12", "length of the period for Sales (unit: weeks)"),
    ("Output fell during the six months to June.", "six", "length of the period for Output (unit: months)"),
    # the word after a duration names it only in a compound ("a three-day visit"); "before" names a gap
    ("He scored a penalty eight minutes before half-time.", "eight", "time before half-time (unit: minutes)"),
    ("He moved there 20 years ago.", "20", "time since moved"),
    # "points" alone names only the unit: the clause names what they measure
    ("The poll put Labour on 26%, a lead of 15 points.", "15", "lead points (unit: percentage points)"),
    ("He scored 31 points in the game.", "31", "points scored"),
    # a part is named by the whole it is "of"
    ("With 3.52 million of the 4.3 million eligible voters voting, turnout fell.", "3.52", "eligible voters"),
    # digits in a compound adjective count its noun, and the noun it describes is named too
    ("A majority in the 179-seat parliament needs 90.", "179", "seat parliament"),
    # "plus or minus" is no part of what is measured
    (
        "The poll had a margin of error of plus or minus 3 percentage points.",
        "3",
        "poll margin error (unit: percentage points)",
    ),
    # a verb of earning in a relative clause: the noun the clause is about earned it
    ("Ward said Brandt, who earned £67,350 a year, had quit it.", "£67,350", "earnings of Brandt"),
    ("The firm, which earned $3 billion last year, is big.", "$3", "earnings of firm"),
    # a measurement names the kind of quantity its unit measures when its words do not
    ("It was 31 degrees Celsius.", "31", "temperature (unit: degrees Celsius)"),
    (
        "The depression was moving west at 15 km/h.",
        "15",
        "depression moving west speed (unit: kilometres per hour)",
    ),
    ("Temperatures dropped by 1 to 1.5 degrees Celsius.", "1", "Temperatures (unit: degrees Celsius)"),
    ("The tower is 30 metres tall.", "30", "height of tower (unit: metres)"),
    # a measurement between a determiner and a noun measures that noun
    ("The 580-km line has cost a lot.", "580", "length of line (unit: kilometres)"),
    (
        "It uses the 3.6-metre Telescopio Nazionale Galileo.",
        "3.6",
        "Telescopio Nazionale Galileo (unit: metres)",
    ),
    ("Trains run on the 154 km stretch to the coast.", "154", "length of stretch (unit: kilometres)"),
    # after "for" a duration is how long an action lasts: its clause names it, else the period
    (
        "Hospitals postponed planned operations for up to two weeks.",
        "two",
        "Hospitals postponed planned operations (unit: weeks)",
    ),
    ("He was jailed for six years.", "six", "length of the prison sentence"),
    # a span after "in" in a clause of a journey is how long the journey takes
    (
        "A new ferry will link the island with the mainland in 35 minutes.",
        "35",
        "journey time (unit: minutes)",
    ),
    ("Trains will make the trip in two hours.", "two", "journey time (unit: hours)"),
    ("The deal was reached in 48 hours.", "48", "length of the period for deal (unit: hours)"),
    # a bare span right after a verb of being given a term, ending its clause: the sentence's length
    ("Her co-accused, a clerk, received three and a half years.", "three", "length of the sentence"),
    ("The driver got 18 months, the court said.", "18", "length of the sentence (unit: months)"),
    # ... but a span with "of" and a noun after it is what was received
    ("The project received four years of funding.", "four", "funding"),
    # an amount's purpose or object after it, up to a phrase end, never cut inside a phrase
    (
        "The bank lent $40 million to resurface 300 kilometres of rural feeder roads in the north.",
        "$40",
        "bank loan to resurface 300 kilometres of rural feeder roads",
    ),
    # a share in apposition to a count is the share of that counted group, not of its neighbour
    (
        "Inspectors found about 2,300 pupils, or 9 per cent of those tested, were anaemic.",
        "9",
        "pupils as a share of those tested",
    ),
    ("Some 450 nurses, or about 6% of staff, have quit.", "6%", "nurses as a share of staff"),
    ("The census counted 18,000 renters (21%) in the town.", "21%", "renters"),
    # a share a verb follows, with no whole named before it, is named by what it does
    ("About 35% said they had skipped meals.", "35%", "share that said they had skipped meals"),
    ("Some 12 per cent failed the test, the board said.", "12", "share that failed the test"),
    ("Roughly 55% were first-time buyers.", "55%", "share that were first-time buyers"),
    ("By Friday it was 40 per cent contained, officials said.", "40", "share contained"),
    # a percent compared with another for another group measures the same thing for that group
    (
        "The vaccine cut hospital admissions by 31%, compared with 4% for the unvaccinated.",
        "4%",
        "hospital admissions for the unvaccinated",
    ),
    ("Side effects hit 6% of users, against 5% on the older drug.", "5%", "users on the older drug"),
    # a level compared "on" a day restates the figure it is compared with
    ("It was 30 per cent contained on Monday, up from 10 per cent on Sunday.", "10", "share contained"),
    # a participle clause ("having lost") measures what the clause it hangs on is about
    ("The peso ended at 19.2 per dollar on Friday, having lost about 12% this year.", "12%", "peso"),
    ("The insurer, having shed 8% in May, recovered.", "8%", "insurer"),
    (
        "Bond yields rose 5 basis points, having fallen 20 basis points in June.",
        "20",
        "Bond yields (unit: basis points)",
    ),
    # what lasts, when the sentence says it: the subject of a verb of lasting, or the event a verb names
    ("The dock strike lasted 11 days.", "11", "length of the dock strike"),
    # a verb of lasting with its particle: "dragged on for", "ran on for"
    ("The case, filed in 2015, dragged on for nine years.", "nine", "length of the case"),
    ("The inquiry continued for three months.", "three", "length of the inquiry (unit: months)"),
    ("The export ban, imposed in 2021, will run for two years.", "two", "length of the export ban"),
    (
        "Repairs to the bridge are expected to take four to six weeks.",
        "four",
        "time taken by the repairs (unit: weeks)",
    ),
    ("The ferry takes about 90 minutes.", "90", "time taken by the ferry (unit: minutes)"),
    # ... also after "and", sharing the subject before the first clause's auxiliary
    (
        "Dredging is due to begin in the spring and take 18 months.",
        "18",
        "time taken by the dredging (unit: months)",
    ),
    ("Nurses in two regions walked out for three days.", "three", "length of the strike"),
    (
        "The striker was banned for eight matches and suspended for six weeks.",
        "six",
        "length of the suspension (unit: weeks)",
    ),
    ("She was sentenced to 14 years.", "14", "length of the sentence"),
    ("Ortiz won the final, clocking 49.8 seconds.", "49.8", "time clocked (unit: seconds)"),
    ("For 19 months nothing moved.", "19", "length of the period for nothing moved (unit: months)"),
    # a fronted span of time is the period of the main clause after it
    (
        "For 30 years, the plant has polluted the river.",
        "30",
        "length of the period in which the plant has polluted",
    ),
    # a change in points is not a rate level: one label, its unit
    (
        "The central bank raised its key interest rate by 50 basis points.",
        "50",
        "key interest rate (unit: basis points)",
    ),
    # a verb of earning, reporting or spending after a name is not part of the noun phrase: an
    # amount it takes measures "in X" after it when X is a common noun, else what the name earned
    (
        "Kenyan telecom operator Airtel earned Sh18.6 billion in the half year.",
        "Sh18.6",
        "earnings of Kenyan telecom operator Airtel",
    ),
    ("The retailer made $40 million in the quarter to June.", "$40", "earnings of retailer"),
    ("The brewer has reported KSh9 billion in net profit.", "KSh9", "net profit"),
    ("The brewer earned more than KSh9 billion.", "KSh9", "earnings of brewer"),
    ("The miner earned $2 billion in Chile.", "$2", "earnings of miner"),
    ("The insurer paid out $75 million in claims last year.", "$75", "claims"),
    # "cut/raise X by N": the object X is what changed, not the clause that changes it
    (
        "Lenders cut mortgage rates by 0.25 percentage points.",
        "0.25",
        "mortgage rates (unit: percentage points)",
    ),
    ("The utility will cut prices by 10 percent next year.", "10", "prices"),
    ("The council cuts bus fares by 20 percent from May.", "20", "bus fares"),
    # ... with every transitive verb of change in vocab.CHANGE_WORDS, in every inflection
    (
        "Markets cheered the vote to raise mortgage rates by 50 basis points.",
        "50",
        "mortgage rates (unit: basis points)",
    ),
    ("The regulator raises the price cap by 6 percent.", "6", "price cap"),
    ("Raising the levy by 2 percent was approved.", "2", "levy"),
    ("Officials plan to reduce emissions by 40 percent.", "40", "emissions"),
    ("The retailer trimmed its workforce by 3 percent.", "3", "workforce"),
    ("The airline is slashing fares by 10 percent.", "10", "fares"),
    ("The insurer hikes premiums by 9 percent.", "9", "premiums"),
    ("The firm boosts dividends by 8 percent.", "8", "dividends"),
    (
        "The agency lifted its wage forecast by 0.5 percentage points.",
        "0.5",
        "wage forecast (unit: percentage points)",
    ),
    (
        "The agency lowers its inflation forecast by 0.3 percentage points.",
        "0.3",
        "inflation forecast (unit: percentage points)",
    ),
    ("Airlines shaved fares by 5 percent.", "5", "fares"),
    ("Cutting costs by 10 percent was the aim.", "10", "costs"),
    # a change noun between a noun and a link word ends the noun phrase it names
    ("The tax hikes were worth $3 billion.", "$3", "value of tax hikes"),
    ("The annual pay raise was 4 percent.", "4", "annual pay raise"),
    # a participle that gives a noun's value ("ranging", "exceeding", "averaging") links it to
    # the figure; a plural noun that is also a verb of saying ("Estimates") heads its phrase
    ("Losses exceeding $5 million were reported.", "$5", "Losses"),
    ("Salaries averaging $52,000 were offered.", "$52,000", "Salaries"),
    ("Tariffs topping 25 percent were imposed.", "25", "Tariffs"),
    ("Estimates ranging between 12 and 15 percent were published.", "12 and", "Estimates"),
    ("Forecasts ranging from 1.5 to 2 percent were cut.", "1.5", "Forecasts"),
    # an aside set off by commas between a noun and its verb is left out: a relative clause as an
    # apposition is
    ("Exports, which had been weak, rose 5 percent.", "5", "Exports"),
    ("The company, which employs 4,000 people, earned $12 million last year.", "$12", "earnings of company"),
    ("The carrier, whose fleet is ageing, was valued at $5 billion.", "$5", "valuation of carrier"),
    # ... and so is a connective set off by commas ("however", "meanwhile")
    ("Orders for heat pumps in Poland, however, slid 8 percent.", "8", "Orders for heat pumps"),
    ("Output at the smelter, meanwhile, rose 2.5 percent.", "2.5", "Output at the smelter"),
    # a measurement used as an adjective measures the noun it qualifies
    ("Millers sell a 5kg pack for Sh400.", "5kg", "weight of pack (unit: kilograms)"),
    ("Engineers will build a 4.5-metre levee.", "4.5", "levee (unit: metres)"),
    # a distance from a named place, after a comma: the place, not the sentence's opening noun
    (
        "Output fell at the mine, some 80 km north of Lusaka.",
        "80 km",
        "distance north of Lusaka (unit: kilometres)",
    ),
    ("Rebels seized the town, 40 miles (64 km) from Goma.", "64 km", "distance from Goma (unit: kilometres)"),
    # a figure that names only a time takes the subject of the figure it restates or compares
    (
        "The bank posted turnover of R4.1 billion in the half to June, down 6% from R4.4 billion.",
        "R4.4",
        "turnover",
    ),
    (
        "Coffee exports earned $1.2 billion in 2024, against $1.05 billion a year earlier.",
        "$1.05",
        "earnings of Coffee exports a year earlier",
    ),
    ("There were 4,210 members on June 1, up from 3,980 at the end of May.", "3,980", "members"),
    # a verb of output names who makes the measured output, past an apposition
    (
        "Chile, the top copper miner, produced 5.3 million tonnes last year.",
        "5.3",
        "Chile produced (unit: tonnes)",
    ),
    ("The refinery pumped 120,000 barrels a day.", "120,000", "refinery pumped (unit: barrels per day)"),
    # a relative clause after a comma is about the noun before it, not the sentence's subject
    ("Drought is hurting the coffee crop, which shrank 11% this season.", "11%", "coffee crop"),
    # the level after a change: the first figure's currency or unit word is no part of the subject
    ("Profit rose by 5 million rand to 40 million rand.", "40 million rand", "Profit"),
    ("Net income climbed from RM5 million to RM40 million.", "RM40", "Net income"),
    ("Turnover fell by 3 billion yen last year to 90 billion yen.", "90 billion yen", "Turnover"),
    # a change noun before "of" and an amount: the change is what the amount measures, unless
    # "in" after the amount names what changed
    ("The union wants a monthly increase of R2,500 for miners.", "R2,500", "monthly increase"),
    ("Staff were offered a pay rise of £900 from April.", "£900", "pay rise"),
    ("It announced a rise of $2 in the price of bread.", "$2", "price of bread"),
    # "cost" names the measure of what costs it
    ("The new line will cost around $4 billion a year.", "$4", "cost of new line"),
    ("Each ticket would cost $12 from March.", "$12", "cost of ticket"),
    # ... also after a word that opens a clause of consequence, and for a container of a size
    ("Rents rose, meaning a flat now costs about 1,730 euros a month.", "1,730", "cost of flat"),
    ("From May, a box of 12 will cost at least €7.10.", "€7.10", "cost of box of 12"),
    # a change after ", which was" measures what "which" stands for, not a fraction or a share of it
    ("Pensions rise by half of inflation, which was 3.1% in June, the agency said.", "3.1%", "inflation"),
    ("Exports made up 40% of output, which rose 2.5% to $9 billion.", "2.5%", "output"),
    # the agent of a reduced passive clause ("paid by tourists") is no subject: the noun before it is
    ("From May, the levy paid by visitors rises from 80c to €2 a night.", "80c", "levy (unit: cents)"),
    ("The cap set by the regulator for next year is 2.9 per cent.", "2.9", "cap"),
    # a score on a points system: what holds it, before "with", and the system
    (
        "Flats with up to 140 points under the valuation system are covered.",
        "140",
        "score of Flats on the valuation system (unit: scheme points)",
    ),
    # an amount after the noun of a deed that takes money and "of" is the sum so taken
    ("The judge ordered the confiscation of €90,000 held in a safe.", "€90,000", "sum confiscated"),
    ("He admitted the theft of £12,000 from the club.", "£12,000", "sum stolen"),
    # a time adverb after an amount names nothing it measures: the clause before does
    ("Savers paid €1 million in 2019, and €3.2 million afterwards.", "€3.2", "sum paid by Savers"),
    # the period an amount is per, and "gross" or "more" after it, name nothing it measures: the
    # clause before it does
    (
        "The walkout costs Lyon's economy around 30 million euros a day.",
        "30 million",
        "cost of walkout",
    ),
    ("New nurses start on 2,575 euros gross.", "2,575", "New nurses start"),
    ("In Hamburg drivers get 300 euros more for the same job.", "300", "Hamburg drivers"),
    # a measured quantity "of" a material names the material
    ("The stoppage is costing it about 1,100 ounces of gold a day.", "1,100", "gold (unit: ounces)"),
    ("The storm dropped 120mm of rain on the city.", "120mm", "rainfall (unit: millimetres)"),
    ("Peru mined 2.4 million tonnes of copper ore.", "2.4", "Peru mined copper ore (unit: tonnes)"),
    # an amount added to or taken off a value measures the change of that value
    (
        "The news added $3.1 billion (2.9 billion euros) to the brewer's market value.",
        "$3.1",
        "brewer's market value",
    ),
    ("The selloff wiped about £40 billion off the index.", "£40", "index"),
    ("New rules will add up to $9,000 to the price of a car.", "$9,000", "price of car"),
    # "of" a time names no material: the clause does
    ("She swam the quickest 200 metres of the year in Rome.", "200", "swam quickest (unit: metres)"),
    # a plural without an "s" is the counted noun
    ("The airline now has 142 aircraft on order.", "142", "aircraft"),
    ("The farm lost 300 sheep in the storm.", "300", "sheep"),
    ("Police seized 40 aircraft parts.", "40", "aircraft parts seized"),
    # a time before the figure is no subject: the clause's subject is ("this year, fell")
    (
        "Acme shares, which have lost a fifth of their value this year, fell 3.2% on Monday.",
        "3.2%",
        "Acme share price",
    ),
    (
        "Its sales margin narrowed to 4.5% from 6.1% a year earlier, below the 5.2% expected.",
        "5.2%",
        "sales margin",
    ),
    # the level a change noun reaches measures what the change is in
    (
        "The chain posted a 9% rise in annual operating profit to $1.2 billion on Tuesday.",
        "$1.2",
        "annual operating profit",
    ),
    (
        "The miner reported a 30 percent jump in net earnings to R2.1 billion for the year.",
        "R2.1",
        "net earnings",
    ),
    ("It forecast a drop in core revenue to €800 million next year.", "€800", "core revenue"),
    # a gap or difference keeps its "between" phrase: the gap is measured, not what it lies between
    (
        "The gap between boys and girls narrowed to 4 points.",
        "4",
        "gap between boys and girls (unit: percentage points)",
    ),
    ("The difference between the bids widened 8%.", "8%", "difference between the bids"),
    # a figure compared with one before it, naming only its unit ("points"), measures the same
    (
        "The gap between the parties grew to 9 points, from 6 points in May.",
        "6 points",
        "gap between the parties (unit: percentage points)",
    ),
    # a percent compared "against" another measures what the last percent of its sentence
    # measures, not a figure of another unit between them
    (
        "Of the riders, 41% were women aged 30 or older, against 35% in 2021.",
        "35%",
        "share of riders that were women in 2021",
    ),
    # a compared measurement naming only its bare quantity ("weight") measures the same
    (
        "Millers ground about 610,000 tonnes of wheat, against 580,000 tonnes a year earlier.",
        "580,000",
        "wheat a year earlier (unit: tonnes)",
    ),
    # a measurement joined by a hyphen to the noun it describes measures that noun, an adjective
    # before it or not
    ("Pilgrims face a gruelling 42-km walk.", "42-km", "length of walk (unit: kilometres)"),
    ("The city will raise a new 3.5-metre flood wall.", "3.5-metre", "flood wall (unit: metres)"),
    # a percent compared "than in" a period names no object there, and takes what the figure
    # before it measures, not the length of a period between them
    (
        "The port handled 3.1 million containers in the first six months, 4.2% more than in the same period of 2023.",
        "4.2%",
        "containers handled",
    ),
    # a duration followed by "of" measures what it spans
    ("The model was trained on 30 years of weather records.", "30 years", "weather records"),
    ("After six weeks of strikes, the port reopened.", "six weeks", "strikes (unit: weeks)"),
    # a new total after a count added to it is the total of that count's noun
    (
        "The council will open 200 more school places, bringing the total to 4,100.",
        "4,100",
        "total school places",
    ),
    ("Rescuers found 12 survivors, taking the tally to about 90.", "90", "total survivors"),
    # a percent after a preposition, right before the noun it qualifies, with nothing else named
    ("After 30% sales tax, the bill came to $1,040.", "30%", "sales tax"),
    # an amount after "starts at" is a starting price, of the noun before the verb when one stands there
    ("Season tickets start at £380.", "£380", "starting price of Season tickets"),
    ("The new tablet is thinner and starts at $449.", "$449", "starting price"),
    ("Fares for the route start at about €19.", "€19", "Fares for the route"),
    # a time right before "ahead of", "clear of" or "behind" is a margin over the one named; behind
    # schedule, a delay
    (
        "Okafor won in 2:08:11, 42 seconds ahead of Lindqvist.",
        "42 seconds",
        "margin ahead of Lindqvist (unit: seconds)",
    ),
    ("The ferry docked two hours behind schedule.", "two hours", "delay (unit: hours)"),
    # the words of another clause after an amount ("because ...") do not say what it measures
    (
        "A ticket sold in Reno won $500,000 because its owner added the bonus ball.",
        "$500,000",
        "prize won by ticket sold in Reno",
    ),
    # a percent after a noun and "averaging" is that noun's average
    ("Riders then face a 9-km ascent averaging 8.1%.", "8.1%", "ascent average"),
    # the earner of an amount stands before a date that ends its phrase
    (
        "The top finisher in Boston on April 21 will earn $150,000.",
        "$150,000",
        "earnings of top finisher in Boston",
    ),
    # an amount after "for" in a clause that puts something on sale is its sale price
    ("The cheaper model goes on sale in Japan next month for ¥89,800.", "¥89,800", "sale price"),
    # ... and so is an amount "for" which something sold or went, of the noun that sold
    ("The painting sold for $4 million.", "$4", "sale price of painting"),
    ("The villa went for AED 265 million.", "AED", "sale price of villa"),
    ("The flat fetched HK$9.2 million at auction.", "HK$", "sale price of flat"),
    # "averaged" links a measure to its level, like "was": a share after a time takes the measure
    ("Hotel occupancy averaged 81 per cent in the first half.", "81", "Hotel occupancy"),
    # an amount a base currency named before a verb of its level stands at: an exchange rate
    ("The euro traded at ¥143.85 in late trade.", "¥143.85", "JPY per euro"),
    # "since fiscal 2021" after an amount is its time, not what it measures
    (
        "The grant brings total support for the venture to ¥1.8 trillion since fiscal 2021.",
        "¥1.8",
        "grant brings support venture",
    ),
    # a place after the noun sold stays with it
    ("A flat in the tower sold last week for HK$8.2 million.", "HK$", "sale price of flat in tower"),
    # words that never name what is measured ("each", "him", "well", "still") leave the subject
    # to the clause
    ("The reserve sold 5,000 bags of rice at Sh2,000 each.", "Sh2,000", "unit price of bags of rice"),
    ("The coach gave him 20 minutes.", "20", "coach gave (unit: minutes)"),
    # a figure taking the subject of the one before it keeps only its own labels
    (
        "The bank holds its key rate at 9%, and cuts of 50 basis points are likely.",
        "50",
        "key rate (unit: basis points)",
    ),
    # a time before now after an amount ("two years ago") names no subject; the level restated
    # after ", up from" is the previous one, per the same unit (level_subjects.pay_subjects)
    ("Rice costs Sh90 a kilo, up from Sh70 three years ago.", "Sh70", "previous cost of Rice (per kilo)"),
    # ... nor does a phrase after it that opens with a number: a date, or a compared figure
    ("It will cost £40 million by 2027.", "£40", "cost"),
    ("The scheme costs $3 million in 2024.", "$3", "cost of scheme"),
    # a date right after a figure of its clause dates that figure, named whole (not "lost
    # million in" with the amount cut out of the middle)
    ("The ferry operator lost $3.1 million in 2023.", "2023", "year of the ferry operator"),
    (
        "Bus fares will rise by 12 per cent from July 1, 2026, the council said.",
        "July 1",
        "date of the Bus fares increase",
    ),
    ("Ticket sales reached 40,000 on March 3.", "March 3", "date of the Ticket sales"),
    # a noun ending in "ly" is no adverb: the subject keeps it ("family", "supply")
    ("The bus fare for a family will rise from R90 to R110.", "R90", "bus fare for a family"),
    ("Water supply will fall by 12 percent.", "12", "Water supply"),
    # the letter sign of an earlier amount is no word of the subject ("bill of R")
    ("A water bill of R640 rose to R710.", "R710", "water bill"),
    ("ABUJA - A bag of N9,000 rose to N12,500.", "N12,500", "bag"),
    # the full stop after a number is no part of a subject
    ("The clinic had 12 beds in 2019 and 15 in 2020.", "15", "beds in 2020"),
    # a verb that names a group or a capacity names what a count of people measures
    ("The brewer, which employs some 9,400 people, cut its forecast.", "9,400", "employees of brewer"),
    ("It employs 650 people, including seasonal staff.", "650", "employees"),
    ("The new arena holds 18,500.", "18,500", "capacity of new arena"),
    ("The shelters can hold up to 2,000 people a night.", "2,000", "capacity of shelters (per night)"),
    ("The clinic, built for 80 people, now treats 300.", "80", "capacity of clinic"),
    # a verb that names a measure names what an amount measures, with what it is the measure of
    ("The bridge cost 3.4 billion rand.", "3.4", "cost of bridge"),
    ("The 42-km tunnel, which has cost $9 billion so far, opens in May.", "$9", "cost of tunnel"),
    ("Each stoppage costs the port about $2 million.", "$2", "cost of stoppage"),
    ("The merger would save about 90 million pounds a year.", "90", "savings of merger"),
    ("The job cuts, mostly in Finland, would save 40 million euros.", "40", "savings of job cuts"),
    ("The sale valued the fintech firm at $4.2 billion.", "$4.2", "valuation of fintech firm"),
    ("The stake, valued at Rs 800 crore, was sold.", "Rs 800", "valuation of stake"),
    # a sentence that opens with "It" or "They" measures what the sentence before it measured
    ("The index rose 3%. It had fallen 2% a week earlier.", "2%", "index"),
    ("Exports grew 6% in May. They had shrunk 1% in April.", "1%", "Exports"),
    # a distance that names a race: its group, its event, or "won the"
    (
        "Amina Yusuf won the women's 10,000 metres on Friday.",
        "10,000",
        "women's 10,000 metres (unit: metres)",
    ),
    ("He took gold in the 400 metres hurdles.", "400", "400 metres hurdles (unit: metres)"),
    ("She won the 1,500 metres in Oslo.", "1,500", "1,500 metres (unit: metres)"),
    # a change in a stock or in shares is a change in their price
    ("The stock has lost 18% this year.", "18%", "stock price"),
    ("Orsk shares jumped 7.5% on Tuesday.", "7.5%", "Orsk share price"),
    ("Shares of Velta fell 4% in Tokyo.", "4%", "share price of Velta"),
    # a figure set as the mark the figure before it is measured against measures the same thing
    (
        "Bookings rose to 41,200 in May, still short of the 50,000 seen before the strike.",
        "50,000",
        "Bookings",
    ),
    ("Turnout fell to 52 per cent, well below the 60 per cent the council had hoped for.", "60", "Turnout"),
    # "by" or "to" after a comma: the figure measures the subject of the predicate before the comma
    ("The eastern district grew fastest, by 8.2 percent.", "8.2", "eastern district"),
    (
        "The number of rough sleepers fell for a third month in June, to 4,120.",
        "4,120",
        "number of rough sleepers",
    ),
    ("Rents climbed again in March, to 6.1 percent.", "6.1", "Rents"),
    # a sentence adverb set off by commas stands between a noun and its verb
    ("Imports, however, fell 3% in May.", "3%", "Imports"),
    ("The index, meanwhile, slid 2 percent.", "2", "index"),
    # a percent after "or" restates the change before it: its subject
    ("Operating profit improved by RM13.6 million or 31.5% on the year.", "31.5", "Operating profit"),
    ("Freight volumes fell 40,000 tonnes, or 6%, in May.", "6%", "Freight volumes"),
    # the length of a period names what its clause says is done in it
    (
        "The 4,000 seats sold out in under three hours.",
        "three",
        "length of the period for seats sold out (unit: hours)",
    ),
    (
        "Talks on the budget will start within two weeks.",
        "two",
        "time within which Talks budget start (unit: weeks)",
    ),
    # "within" a span names the time allowed for the deed; "within the last" a period still
    ("Refunds must be paid within 14 days.", "14", "time within which Refunds must paid"),
    (
        "The fire moved nearly eight kilometres within three hours.",
        "three",
        "time within which the fire moved (unit: hours)",
    ),
    ("Sales fell within the last two weeks.", "two", "length of the period for Sales (unit: weeks)"),
    # "range from" after an auxiliary or a plural noun is the verb linking the noun to its range
    ("Bonuses will range from $2,000 to $9,000 next year.", "$2,000", "Bonuses"),
    # a rate, or a noun naming a measured quantity, before a change verb is what the measurement measures
    ("The birth rate fell to 1.2 births per woman.", "1.2", "birth rate (unit: births per woman)"),
    ("Copper output rose to 410,000 tonnes.", "410,000", "Copper output (unit: tonnes)"),
    # an aside with a figure between a producer and its verb is read past
    (
        "Nigeria, which has pumped above its quota of 1.5 million bpd, produced 1.7 million bpd.",
        "1.7",
        "Nigeria produced (unit: barrels per day)",
    ),
    # "Another N" opening a sentence is more of what the sentence before measured in that unit
    ("Leeds had 41 mm of rain on Monday. Another 30 mm is due.", "30", "rainfall (unit: millimetres)"),
    ("Exports rose 4% in May. A further 2% rise is expected.", "2%", "Exports"),
    # a change or sum participle after a comma hangs on the nearest clause before it: its subject
    ("Gold slipped as the dollar index rose after the data, climbing 0.8%.", "0.8%", "dollar index"),
    ("The sale ended on Friday after 12 rounds, raising $2 billion.", "$2", "funds raised by sale"),
    # a clause that leaves out the verb of the one before names its own subject between "and" and its figure
    ("Under-18s pay 40% of the fare, and students 60%.", "60%", "students"),
    # a percent after ", down from" is the earlier level of the percent before it, whatever its clause holds
    (
        "Turnout in the city's mayoral race fell, with 38% of voters casting ballots, down from 44% in 2021.",
        "44%",
        "voters casting ballots",
    ),
    # "N of them were <noun>" counts that noun; "can hold N <people>" is a capacity
    ("The charity housed 900 people. About 210 of them were children.", "210", "children"),
    ("The new wing can hold 400 patients.", "400", "capacity of new wing"),
    # a count after "capacity of" or "capacity is" measures that capacity, not its noun alone
    ("The terminal's capacity is 30 million passengers a year.", "30", "terminal's capacity (per year)"),
    ("The factory, with an annual capacity of 90,000 cars, shut.", "90,000", "annual capacity"),
    # "N years ago" is the time since the figure right before it (a compared level measures what the
    # level it is compared with does: "Rents"), else since what its clause says
    ("Rents averaged £1,135, against £905 four years ago.", "four", "time since the earlier Rents"),
    ("The council cut the budget three years ago.", "three", "time since council budget"),
    # an amount's "of" follows the noun phrase opened by the last "a"/"an" after a preposition
    (
        "The start-up plans to file papers for an initial public offering of up to $600 million.",
        "$600",
        "initial public offering",
    ),
    # "aged" after a noun gives that noun's age
    ("Nurses aged 55 to 64 may retire early.", "aged 55", "age of Nurses (unit: years of age)"),
    ("The driver, aged 71, was unhurt.", "aged 71", "age of driver (unit: years of age)"),
    # an "N-year" bond or yield names the bond's maturity
    ("The 20-year yield jumped 9 basis points.", "20-year", "maturity of the bond"),
    (
        "Rome auctioned 3 billion euros of 15-year government bonds.",
        "15-year",
        "maturity of the government bonds",
    ),
    ("Investors bought 7-year Treasury notes.", "7-year", "maturity of the Treasury notes"),
    # a count with an "of"-phrase of lower-case nouns counts those ("cases of cholera"), a verb after it aside
    ("Inspectors logged 41 cases of food poisoning last month.", "41", "cases of food poisoning"),
    ("Three members of the crew fell ill.", "Three", "members of crew"),
    # a verb that names the measure of its amount: a fine, an investment (by whom)
    ("The regulator fined the bank 40 million pounds.", "40", "fine"),
    # ... also when the fined person is named by a longer phrase with "of"
    ("Stewards fined the owner of the Harbour Bar £2,000 for the noise.", "£2,000", "fine"),
    # a bare count is the things it is said to be after "were" or "are"
    ("Of those, 3,700 were vinyl records pressed abroad.", "3,700", "vinyl records"),
    ("Of the fleet, 40 were buses, and 12 were vans.", "12", "vans"),
    # "a N worth" names what the amount after "worth" is the value of
    ("She will fly to Dubai in March for a race worth $12 million.", "$12", "value of race"),
    ("The carmaker will invest $2 billion in Ohio.", "$2", "investment by carmaker"),
    ("The group opened a plant in Texas, investing $900 million.", "$900", "investment"),
    # "the N% rise" names a change told before with that value: what changed then; else the change noun
    (
        "Bus fares will rise 6 percent in May. The union said the 6% rise hurt commuters.",
        "6%",
        "Bus fares",
    ),
    ("A spokesman said the 9% cut was unfair.", "9%", "cut"),
    # a share that opens its clause is named by the verb after it (an auxiliary read through)
    ("Inspectors checked 900 lorries, and 14% were overloaded.", "14%", "share that were overloaded"),
    ("The list shrank, but only 61% had been seen on time.", "61%", "share that had been seen on time"),
    # a distance "off" a named place, or from a site named by a common noun
    ("The ferry sank 12 km off Crete.", "12 km", "ferry distance off Crete (unit: kilometres)"),
    (
        "The jet ditched 3 miles from the coast near Nice.",
        "3 miles",
        "jet ditched distance from coast (unit: miles)",
    ),
    # a bare count said to be a plural noun ("are women") counts that noun; "still missing" is no death
    ("Of the inmates, some 310 are women and 95 are juveniles.", "310", "women"),
    ("Of the inmates, some 310 are women and 95 are juveniles.", "95", "juveniles"),
    ("Five people died and 14 were still missing on Friday.", "14", "people missing"),
    # a number inside a share's object is no part of its subject; a year is
    ("About 30 per cent of the 12,500 tickets were sold.", "30 per cent", "the tickets were sold"),
    # the later parts of one time measure what its first part measures, after an age too
    (
        "The winner, 31, completed the swim in 3 hours, 12 minutes and 5 seconds.",
        "12 minutes",
        "finishing time (unit: minutes)",
    ),
    (
        "The winner, 31, completed the swim in 3 hours, 12 minutes and 5 seconds.",
        "5 seconds",
        "finishing time (unit: seconds)",
    ),
    # a length right before "away" or "to the" and a compass word is a distance
    ("The dam, about 60 km away, has burst.", "60 km", "distance (unit: kilometres)"),
    # ... or right before "off" ("two hundred metres off")
    ("The elk stood two hundred metres off.", "two hundred metres", "elk distance (unit: metres)"),
    ("Ash fell on Tarso, some 25 miles to the east.", "25 miles", "distance (unit: miles)"),
    # a length used as an adjective describes its noun, past a conversion in brackets
    ("The 2,300-metre (7,546-foot) peak is closed.", "2,300", "peak (unit: metres)"),
    # people "of" a place are its population
    ("Chile, a country of 19 million people, votes on Sunday.", "19 million", "population"),
    # a share that comes "from" a place, also in a gapped list, is the share from that place
    ("About 55% came from Canada, 30% from Mexico and 5% from Brazil.", "30%", "share from Mexico"),
    ("About 55% came from Canada, 30% from Mexico and 5% from Brazil.", "55%", "share from Canada"),
    # ... and so are the people a place is "home to"
    ("The town of Ebo, home to some 4,100 people, was cut off.", "4,100", "population of town of Ebo"),
    ("Accra, home to 2.5 million people, saw floods.", "2.5 million", "population of Accra"),
    ("Power in the northern camp, home to 8,000 people, failed.", "8,000", "population of northern camp"),
    # an amount earned names the noun of the "in" phrase, past a conversion or a rate in time
    ("The winner pockets 2.4 million euros ($2.6 million) in prize money.", "2.4 million", "prize money"),
    (
        "The state spends Rs 9 billion a year on its hospitals.",
        "Rs 9 billion",
        "spending by state on hospitals",
    ),
    # "takes home" an amount: earns it
    ("The runner-up took home $850,000 in prize money.", "$850,000", "prize money"),
    # people a place was built or designed for, named by their noun: its capacity
    ("The school, designed for 400 pupils, has 900.", "400", "capacity of school"),
    # a span after "every" is an interval, with what its clause names
    ("The ferry sails every 40 minutes.", "40 minutes", "interval: ferry sails (unit: minutes)"),
    # the noun after "whose" in the figure's clause
    ("The levy, whose cost has grown by £12m since 2020, stays.", "£12m", "cost"),
    # a distance from a kind of place named "of" a proper name, and its conversion
    (
        "The vessel sank 4 nautical miles (7.4 km) from the port of Iloilo.",
        "7.4 km",
        "vessel distance from port of Iloilo (unit: kilometres)",
    ),
    # built in a year for a number of people: its capacity; "now holds" is no capacity
    ("The hall, built in 1890 for 800 people, now holds 1,200.", "800", "capacity of hall"),
    ("The hall, built in 1890 for 800 people, now holds 1,200.", "1,200", "people held at hall"),
    # a subject that only points back takes the subject of the figure it points to
    ("Some 5,200 homes lost power. By noon that number had fallen to 800.", "800", "homes"),
    # people "on board" or "aboard" a vessel
    ("The bus had 61 people on board when it crashed.", "61", "people on board"),
    # a rate after "an average of" names what it counts
    (
        "Wards had an average of 7 patients for each nurse on duty.",
        "7 patients",
        "patients (unit: patients per nurse)",
    ),
    # a period of a spelled-out length after an amount names no thing: the clause's subject does
    ("Cotton exports rose 4% to $610m in the first five months.", "$610m", "Cotton exports"),
    ("Gold holdings reached a record $41.3 billion at the end of June.", "$41.3", "Gold holdings"),
    # an appraisal after a comma sizes the noun before the comma
    ("The mill's unpaid debt, estimated at Rs9.1bn, was written off.", "Rs9.1bn", "mill's unpaid debt"),
    ("Its Lisbon tower, priced at 240 million euros, is for sale.", "240 million", "Lisbon tower"),
    # a verb of a highest or lowest level links its noun to the figure, in a relative clause too
    ("The jobless rate, which peaked at 11.2 percent in 2013, fell to 6 percent.", "11.2", "jobless rate"),
    ("Coffee prices peaked at $4.30 a pound in February.", "$4.30", "Coffee prices (per pound)"),
    # a clause whose subject stands before an aside of a number ("Ms Kerr, 41, was"): that subject
    ("Goalkeeper Ana Ruiz, 29, was 12 of 14 on penalties.", "12", "Goalkeeper Ana Ruiz"),
    # the span an amount is paid over is no subject of it: the clause before names it
    ("The charity sent $40,000 over six months.", "$40,000", "charity sent"),
    # money paid to someone is a payment to them; a conversion in brackets or "each" may stand between
    (
        "The council paid £3 million to the contractor last year.",
        "£3",
        "council payment to the contractor last year",
    ),
    (
        "The insurer will pay $2,000 (1,800 euros) each to the victims' families.",
        "1,800",
        "insurer payment to the victims' families",
    ),
    (
        "The agency gave 300 euros each to the flood victims.",
        "300",
        "agency contribution to the flood victims",
    ),
    # a measurement that qualifies the noun of the thing that costs is no part of its name
    ("A 2kg packet of maize flour costs Sh185 in supermarkets.", "Sh185", "cost of packet of maize flour"),
    ("A 50kg bag of urea now costs Rs4,650.", "Rs4,650", "cost of bag of urea"),
    # ", up from" or ", down from" gives the earlier level of what the figure before measures,
    # whatever the words between them
    ("A 50kg bag of urea now costs Rs4,650, up from Rs3,900 in January.", "Rs3,900", "cost of bag of urea"),
    ("The board will run 9,800 tanker trips a day, up from 6,500.", "6,500", "tanker trips"),
    (
        "Some 81.4% of its trains arrived within five minutes of schedule in 2024, down from 88.9% in 2023.",
        "88.9%",
        "trains arrived",
    ),
    # the object of a verb that brings a level to the figure is what the figure measures
    ("Rescuers found 12 more bodies on Sunday, bringing the death toll to 45.", "45", "death toll"),
    ("The firm bought 5% more, taking its stake to 25%.", "25%", "stake"),
    ("The film made $9 million, bringing its domestic total to $268.4 million.", "$268.4", "domestic total"),
    # a predicate joined by "and" to the one before shares its subject
    ("Bitcoin later recovered some ground and was down 9.3% at $51,630.", "9.3%", "Bitcoin"),
    ("The shares opened higher and were up 4% at noon.", "4%", "share price"),
    # only a length is a distance from a place; a speed there measures what the clause names
    (
        "Gusts reached 61 mph (98 kph) off Lake Erie, closing the Thruway.",
        "98",
        "Gusts (unit: kilometres per hour)",
    ),
    # an adverb between a starting verb and "at", or before it, is no part of the price's name
    ("Tickets now start at £40.", "£40", "starting price of Tickets"),
    (
        "The jackpot, which rolled over 37 times, starts again at $20 million.",
        "$20",
        "starting price of jackpot",
    ),
    # an amount added at a rate ("a year") to a value measures a change in that value
    ("The levy adds $5 a month to phone bills.", "$5", "phone bills"),
    # a span right after a sum spent, given or lent is the period it is spread over
    (
        "He said the company would invest Rs 2,450 crore over three years.",
        "three",
        "period of the investment by company",  # (who invests: the reported clause's subject)
    ),
    ("The firm expects savings of $40 million over two years.", "two", "period of the savings"),
    # ... and a span after "a year for" or "a month for" is the period an amount is paid each period
    ("Farmers get a grant of £2,000 a month for six months.", "six", "period of the grant (unit: months)"),
    ("The new toll is to raise $90 million a year for four years.", "four", "period of the new toll"),
    # a name its own commas cut is named by its acronym in brackets
    (
        "Earnings before interest, tax, depreciation and amortisation (EBITDA) stood at Rs 1,702 crore.",
        "Rs",
        "EBITDA",
    ),
    ("Earnings before interest, tax and amortisation (EBITA) rose 12%.", "12%", "EBITA"),
    # an amount charged for something names it; a level something is frozen at is its level
    (
        "Colleges may charge up to £7,925 a year for undergraduate courses.",
        "£7,925",
        "undergraduate courses",
    ),
    ("Fees were frozen at £9,250 for most of the past decade.", "£9,250", "Fees"),
    # a person's age set off by commas stands between the earner and the verb
    (
        "He collects A$2.8 million, while Whitford, 31, takes home A$1.6 million.",
        "A$1.6",
        "earnings of Whitford",
    ),
    # an amount sought or requested is the sum sought, by whoever seeks it
    ("About 65,000 people have joined a group claim, seeking up to 1,500 euros each.", "1,500", "sum sought"),
    ("The city requested $40 million from the state.", "$40", "sum requested by city"),
    # a measurement alone between two commas after a noun phrase is that noun's extent
    (
        "The M6 between Preston and Carlisle, some 140 km, is to be widened.",
        "140 km",
        "M between Preston and Carlisle (unit: kilometres)",
    ),
    ("The new canal, roughly 80 km, opens in May.", "80 km", "new canal (unit: kilometres)"),
    # a length after a verb of a route's course, before its two ends, is the route's length
    (
        "The new tram line runs 12 km from the port to the airport.",
        "12 km",
        "length of new tram line (unit: kilometres)",
    ),
    (
        "Route 9, which runs 48 km from Alta to Brekke, reopened.",
        "48 km",
        "length of Route 9 (unit: kilometres)",
    ),
    # a distance "away" after a named place and its comma is that place's distance
    ("The nearest hospital is in Bodø, about 120 km away.", "120 km", "distance to Bodø (unit: kilometres)"),
    # a modal between the earner and its verb of earning is no part of the earner
    ("Each household must pay €120 a year.", "€120", "sum paid by Each household"),
    ("Students can borrow up to €9,000.", "€9,000", "sum borrowed by Students"),
    # a span's compound before a hyphened modifier describes the noun after that modifier
    ("Savers moved cash into 90-day fixed-rate bonds.", "90-day", "fixed-rate bonds"),
    # a count with its own noun after a comma and "by" is named by that noun, not by the clause
    ("The council passed the plan that caps rents, by 41 votes to 9.", "41 votes", "votes"),
    # a participle of measuring right after a noun phrase measures that noun ("each" the things before it)
    (
        "The grant covers a flat or cottage costing no more than €250,000.",
        "€250,000",
        "cost of flat or cottage",
    ),
    ("The town ordered 12 snow ploughs, each costing $96,000.", "$96,000", "cost of each snow ploughs"),
    # figures listed after a list of names that opens the sentence: one name each, in order
    ("Galway and Kilkenny-Carlow stayed the dearest, at €1,905 and €1,640.", "€1,640", "Kilkenny-Carlow"),
    # people a thing "can carry" or "could seat" are its capacity; "will carry ... a year" is traffic
    ("The new trams can carry up to 240 passengers.", "240 passengers", "capacity of new trams"),
    ("The route will carry 2 million passengers a year.", "2 million passengers", "passengers (per year)"),
    # "a total of" or "a combined" between "worth" and the amount: the worth all the same
    ("Lenders signed 9,200 loans, worth a total of €480 million.", "€480", "value of loans"),
    # a gapped clause for another place takes what the amount before it measures, with its place
    ("The average fare in Oslo was kr 42, and in Bergen kr 39.", "kr 39", "average fare in Bergen"),
    # a place after "across" is part of the subject before the verb, not its head
    ("Bus fares across the province rose 3 percent.", "3 percent", "Bus fares across the province"),
    ("Sales across the chain reached $41 million.", "$41", "Sales across the chain"),
    # an aside that lists what the noun takes in is passed over, its own commas too
    ("Energy bills, including gas, electricity and water, rose 4.1 percent.", "4.1 percent", "Energy bills"),
    (
        "Food climbed 3 percent, while household goods, such as soap and detergent, rose 1.9 percent.",
        "1.9 percent",
        "household goods",
    ),
    # money the words after it say what it is for: "needed for" names a cost, a verb of going
    # names where it goes, a contact relative clause of paying or owing names the sum paid or owed
    (
        "Organisers are still short of the $37,000 needed for the festival's security bill.",
        "$37,000",
        "cost of festival's security bill",
    ),
    (
        "The hearing slipped after the treasury said it could not find the $52,000 needed for the ballot until July.",
        "$52,000",
        "cost of ballot",
    ),
    ("The board said $8,200 of that went to renting halls for the count.", "$8,200", "renting halls"),
    (
        "His priority will be the $4.2 million the county still owes the teachers' retirement fund.",
        "$4.2",
        "debt of county to teachers' retirement fund",
    ),
    ("The club recouped the €2m the rivals paid for him within a season.", "€2m", "sum paid by rivals"),
    # a verb of paying and the ones paid before the amount ("them": the people counted before)
    (
        "The co-op buys milk from about 3,000 dairy farmers, and paid them Sh2.1 billion last year.",
        "Sh2.1",
        "payments to dairy farmers",
    ),
    (
        "The government paid contractors Sh3.1 billion for unfinished roads.",
        "Sh3.1",
        "payments to contractors for unfinished roads",
    ),
    # pay earned "as a" worker names the work
    (
        "She earned about R9,000 a month as a shop assistant in Durban.",
        "R9,000",
        "earnings as shop assistant",
    ),
    # an amount that modifies a prize's race, past its conversion in brackets or an "of" head
    (
        "She is tipped to win Saturday's A$3 million (US$1.9 million) Golden Slipper at Rosehill.",
        "A$3",
        "Golden Slipper at Rosehill",
    ),
    (
        "She is tipped to win Saturday's A$3 million (US$1.9 million) Golden Slipper at Rosehill.",
        "US$1.9",
        "Golden Slipper at Rosehill",
    ),
    ("The winner of the A$2 million race will also receive a gold cup.", "A$2", "race"),
    # what costs or raises it, past a qualifying phrase or an aside between commas
    (
        "Parking at the busiest beaches on the south coast will cost $20 a day from June.",
        "$20",
        "cost of parking",
    ),
    (
        "The city's tourist tax, due from next spring, is expected to raise a further $3.2m a year across the region.",
        "$3.2m",
        "funds raised by city's tourist tax",
    ),
    # an amount "worth" after a count with no clause subject to name: the value of what is counted
    ("Last year the fleet landed 2,300 tonnes worth £2.9m at first sale.", "£2.9m", "value of tonnes"),
    # a relative clause of appraisal sizes the noun before its "that"
    (
        "The hotel reopened after a renovation that the new owners, Peter and Anna Lund, put at €6 million.",
        "€6",
        "renovation",
    ),
    # a share a verb of taking or accounting gives, and the items of a list after it ("followed by X
    # with N%", "while Y took M%", "with Z taking"), each holder's share of the whole named first
    (
        "Brazil accounted for 42.3% of the soybean shipments, followed by Argentina with 18.1%.",
        "18.1%",
        "Argentina as a share of soybean shipments",
    ),
    (
        "Germany took 27 per cent of the bloc's car exports last year, while France took 14 per cent.",
        "27 per cent",
        "Germany as a share of bloc's car exports",
    ),
    (
        "Germany took 27 per cent of the bloc's car exports last year, while France took 14 per cent.",
        "14 per cent",
        "France as a share of bloc's car exports",
    ),
    (
        "Coffee took 31 per cent of export earnings, followed by tea with 22 per cent.",
        "22 per cent",
        "tea as a share of export earnings",
    ),
    (
        "Vietnam's rice exports reached 7.1 million tonnes, with the Philippines taking 44 per cent.",
        "44 per cent",
        "Philippines as a share of Vietnam's rice exports",
    ),
    # a giver's gift with a "to" phrase that names no recipient: the giver, the gift and the phrase
    (
        "Mining contributed 8.1 billion rand to gross domestic product.",
        "8.1 billion rand",
        "Mining contribution to gross domestic product",
    ),
    # a sum in two things joined by "and"
    (
        "The miner paid $42 million in royalties and lease fees to the state last year.",
        "$42 million",
        "royalties and lease fees",
    ),
    # a listing's price standing as its own sentence: the price, guide price or rent of what it lists
    ("Two-bedroom cottage, 800 sq ft, garden. Guide £420,000 ono.", "£420,000", "guide price of the cottage"),
    (
        "Three-bedroom terrace, parking. £1,450 pcm, plus deposit.",
        "£1,450",
        "rent of the terrace (per calendar month)",
    ),
    (
        "Detached villa with sea views, four bedrooms. Built 1998. £2,300,000.",
        "£2,300,000",
        "asking price of the villa",
    ),
    (
        "The flat is available to rent at £2,100 pcm, unfurnished.",
        "£2,100",
        "flat available rent (per calendar month)",
    ),
    # a price per unit paid for a thing whose name opens with a capital: the price of that thing
    ("Buyers paid $3 a kilo for Hass avocados at the farm gate.", "$3", "price of Hass avocados (per kilo)"),
    # a valuation bounded from one side after "at", its object's hyphened words kept whole
    ("Rangers value the Wales Under-19 forward at nearer £3m.", "£3m", "valuation of Wales Under-19 forward"),
    (
        "Scouts value the striker at closer to €8m, according to people familiar with the talks.",
        "€8m",
        "valuation of striker",
    ),
    # an agreement's worth paid per span of time is the wage under it
    (
        "He is set to be offered a two-year deal worth about £12,000 a week.",
        "£12,000",
        "wage under two-year deal",
    ),
    # "a combined" between a verb of spending and its sum
    ("Finance chiefs said councils spent a combined £6.1m last year.", "£6.1m", "spending by councils"),
    # the dates inside a clause's subject are passed over; the level a change is "lower than" is the
    # same measure at the time after it, and so is a level "against" or "from" another
    (
        "Cocoa arrivals between Oct. 1 and Dec. 15 were 9% lower than the 640,000 tonnes of a year earlier.",
        "9%",
        "Cocoa arrivals",
    ),
    (
        "Cocoa arrivals between Oct. 1 and Dec. 15 were 9% lower than the 640,000 tonnes of a year earlier.",
        "640,000",
        "Cocoa arrivals a year earlier (unit: tonnes)",
    ),
    (
        "Copper output rose 3.2% to 412,000 tonnes, against 399,200 tonnes a year earlier.",
        "399,200",
        "Copper output a year earlier (unit: tonnes)",
    ),
    (
        "Public debt rose to 87.5 percent of GDP from 83.9 percent a year earlier.",
        "83.9",
        "Public debt as a share of GDP a year earlier",
    ),
    # one measure under two conditions joined by "and"
    (
        "The levy is 5% of turnover when profits are below $1m and 12% when they exceed $5m.",
        "12%",
        "levy as a share of turnover",
    ),
    # a pair "from A and B" restating in turn the earlier levels of a pair before it
    (
        "The board set prices of 200 shillings a kilo for grade A beans and 150 shillings for grade B, "
        "up from 170 shillings and 120 shillings last year.",
        "170 shillings",
        "board set prices last year",
    ),
    (
        "The board set prices of 200 shillings a kilo for grade A beans and 150 shillings for grade B, "
        "up from 170 shillings and 120 shillings last year.",
        "120 shillings",
        "for grade B last year",
    ),
    # a share a verb of contributing gives; an earner before a passive verb of reporting and "to"
    (
        "Agriculture contributed 21 per cent of GDP, down from 24 per cent in 2020.",
        "21",
        "Agriculture as a share of GDP",
    ),
    ("The Rangers captain is said to earn £30,000 a week.", "£30,000", "earnings of Rangers captain"),
    # each of the ones counted, paid per span of time: their pay
    ("The co-op employs 30 pickers and pays each of them R180 a day.", "R180", "pay of each of the pickers"),
    # "allot" gives as "allocate" does
    (
        "The ministry has allotted Sh4 billion to the county hospitals.",
        "Sh4",
        "ministry allocation to the county hospitals",
    ),
    # a verb after "and" shares its payer with the first predicate
    (
        "The board has bought 12,000 tonnes of maize from 3,400 farmers this season and paid 2.1 billion "
        "shillings into their accounts.",
        "2.1 billion",
        "sum paid by board into accounts",
    ),
    # class-labels3: a particle size's label line names the concentration its bare reading measures
    (
        "PM2.5: 214, against 96 a day earlier",
        "214",
        "PM2.5 concentration (unit: micrograms per cubic metre)",
    ),
    # subj26: a price list's item line names its pack's size and its prices
    ("- Cement, 50 kg bag: KSh 780 (KSh 750)", "50 kg", "size of the cement bag (unit: kilograms)"),
    ("- Cement, 50 kg bag: KSh 780 (KSh 750)", "KSh 780", "price of cement"),
    ("- Cement, 50 kg bag: KSh 780 (KSh 750)", "KSh 750", "price of cement"),
    ("- Canned beans, 400 g tin: €1.10", "400 g", "size of the canned beans tin (unit: grams)"),
    ("- Maize flour, 2 kg packet: ZMW 58", "ZMW 58", "price of maize flour"),
    # subj26: a figure opening its line, then a dash and what it is
    (
        "$3.1 million – the cost of repairing the flood-damaged bridge at Kilmore.",
        "$3.1 million",
        "cost of repairing the flood-damaged bridge at Kilmore",
    ),
    (
        "1,250 – the number of homes still without power in Cork on Sunday night.",
        "1,250",
        "homes still without power in Cork on Sunday night",
    ),
    (
        "45 minutes – the average wait for an ambulance in rural districts in October.",
        "45 minutes",
        "average wait for an ambulance in rural districts in October (unit: minutes)",
    ),
    # subj26: a change apposed to the level before it measures what that level measures
    (
        "The party's share of the vote rose to 27.4%, 3.1 points more than in 2021.",
        "3.1 points",
        "party's share of vote (unit: percentage points)",
    ),
    (
        "The sawmill cut 41,000 cubic metres of timber last year, 6 per cent less than in 2024.",
        "6 per cent",
        "timber",
    ),
    (
        "The Cathedral of Salisbury welcomed 310,000 visitors in the 12 months to March, up 6% on the year before.",
        "6%",
        "visitors",
    ),
    (
        "Flats in the old town were more expensive, at €6,200 per square metre, a rise of only 1.1 per cent.",
        "1.1 per cent",
        "Flats in the old town",
    ),
    # subj26: a level at the end of a copula's clause that ranks or places it
    ("Poverty was highest in Karamoja, at 65 per cent.", "65 per cent", "Poverty in Karamoja"),
    ("Maize was the biggest crop at 1.2 million tonnes.", "1.2 million", "Maize (unit: tonnes)"),
    (
        "Wheat output was highest in the north at 2.1 million tonnes.",
        "2.1 million",
        "Wheat output (unit: tonnes)",
    ),
    (
        "Brno led at CZK 410, while the cheapest flats were in the Karlovy Vary Region, at CZK 170.",
        "CZK 170",
        "cheapest flats in the Karlovy Vary Region",
    ),
    # subj26: a bare count after "NAME with" in a list takes the first item's noun
    (
        "Kenya won the relay series with 12 medals, Ethiopia with 8 and Uganda with 5.",
        "5",
        "medals for Uganda",
    ),
    (
        "Germany led the medal table with 14 golds, France with 11 and Norway with 9.",
        "11",
        "golds for France",
    ),
    # subj26: a part after ", of whom" or ", of which" is of the whole said before it
    (
        "The park had 18,200 visitors in August, according to the Parks Board, of whom 22% were foreigners.",
        "22%",
        "visitors who were foreigners",
    ),
    (
        "The reservoir can hold 9,000 litres, of which only 6,500 litres is drinkable.",
        "6,500",
        "capacity of reservoir that is drinkable (unit: litres)",
    ),
    # subj26: a bare count after "Of the N NOUN ...," counts that noun
    ("Of the 80 runners from 12 clubs who started the race, 61 finished.", "61", "runners that finished"),
    # subj26: a bracketed extent on a heading line in capitals
    (
        "SOUTHERN COASTAL WATERS (out to 20 nautical miles)\nTonight: Seas 2 to 3 metres.",
        "20",
        "extent of SOUTHERN COASTAL WATERS (unit: nautical miles)",
    ),
    # subj26: a price after a market verb and "at" is the price of what changed hands
    ("On the street market the euro changed hands at 130 som on Friday.", "130", "euro"),
    # subj26: a quantity opening a list line is of the words after it
    (
        "Ingredients\n3 tablespoons olive oil\n1 red onion and 2 carrots, diced",
        "3 tablespoons",
        "olive oil (unit: tablespoons)",
    ),
    ("Ingredients\n3 tablespoons olive oil\n1 red onion and 2 carrots, diced", "1", "red onion"),
    # subj26: a level after a relative clause's verb is of the noun the clause is about
    (
        "Planners want 3,000 new flats a year for a population that passed 410,000 on 1 January.",
        "410,000",
        "population",
    ),
    # subj26: a comparative ranks a copula's level as a superlative does
    ("Rents were lower in Kumasi, at GH₵ 900 a month.", "GH₵ 900", "Rents in Kumasi"),
    # subj26: a level after a copula read as its period takes the clause's subject; its conversion too
    ("The station's budget this year is Rs 4.1 billion.", "Rs 4.1", "station's budget this year"),
    (
        "The club's budget this season is €4.2 million (about $4.9 million).",
        "$4.9 million",
        "club's budget this season",
    ),
    # subj27: a figure on a then-and-now table's year row: the label before the year on its line,
    # or the heading above the year rows; a change after the row's level is of that label
    ("Tourist arrivals 2015: 2.1 million", "2.1 million", "Tourist arrivals in 2015"),
    ("Hospital beds 2010: 3,400", "3,400", "Hospital beds in 2010"),
    ("Schools\n1990: 412\n2020: 388, down 6 per cent", "388", "Schools in 2020"),
    ("Schools\n1990: 412\n2020: 388, down 6 per cent", "6 per cent", "Schools"),
    # subj27: a figure after "for" in a dated participle phrase or a "valid" phrase after a noun
    # phrase: that noun phrase's term, validity or cost
    (
        "Under permit No. 22-118, issued in 2015 for 30 years, the quarry pays a royalty.",
        "30 years",
        "term of permit",
    ),
    ("The Aurora, built in 2009 in Gdansk for €21 million, carries 400 passengers.", "€21", "cost of Aurora"),
    (
        "The consulate can issue a temporary passport, valid for 60 days, for £75.",
        "60 days",
        "validity of temporary passport",
    ),
    (
        "The consulate can issue a temporary passport, valid for 60 days, for £75.",
        "£75",
        "cost of temporary passport",
    ),
    # subj27: a bare count after "holds" or "number(s)" past a comma-set phrase: the doer before it
    ("Mountain gorillas, once down to a few hundred, now number 1,063.", "1,063", "Mountain gorillas"),
    (
        "The Nakuru district jail, built for 800 inmates, now holds 2,100.",
        "2,100",
        "people held at Nakuru district jail",
    ),
    # subj27: a subject read as the tail of a list modifying a noun: that noun, the list's head
    (
        "Port revenue from berthing fees, pilotage and storage charges reached 2.4 billion shillings last year.",
        "2.4 billion",
        "Port revenue",
    ),
    # subj27: a bare count followed by one word before the next count of a list: the thing counted
    # (late-counts6: "eland" is now the count's own noun, vocab.WILDLIFE_PLURALS, so the quote is
    # "2,300 eland" and the verb right before it joins the subject, as the gold's "zebra counted", p722)
    ("The aerial survey counted 2,300 eland, 610 kudu and 75 giraffes.", "2,300", "eland counted"),
    ("The aerial survey counted 2,300 eland, 610 kudu and 75 giraffes.", "610", "kudu"),
    # subj27: "N years on," opening a sentence: the time since the time told before
    ("Forty years on, the mill still employs 300 workers.", "Forty years", "time since then"),
    # subj28: a count or sum restating a share after ", or": the share's part, or the doer before
    # its verb; a share restating a count: the share of that count's thing, with what they did
    ("Women make up 44 percent of the workforce, or 3,100 people.", "3,100", "Women"),
    (
        "Debt service will absorb 18 percent of revenue next year, or 2.1 trillion naira.",
        "2.1 trillion",
        "Debt service",
    ),
    (
        "Of the 640 applicants, 212 students, or 33 percent, were offered a place.",
        "33 percent",
        "share of students who were offered a place",
    ),
    (
        "Of the 640 applicants, 212 students, or 33 percent, were offered a place.",
        "212 students",
        "students who were offered a place",
    ),
    # late-subj8: a sum after ", or" in the currency of a sum before it in its clause says that sum
    # again for another period, past a count between them
    (
        "Apprentices receive a training wage of €980 a month over 13 instalments, or €12,740 a year.",
        "€12,740",
        "training wage",
    ),
    # subj28: a bare count after "on top of the": the thing the count before it adds, already there
    (
        "The council will hire 35 more wardens, on top of the 210 already on patrol.",
        "210",
        "wardens already on patrol",
    ),
    # subj28: a count naming only its noun: the whole after "a"/"an" it is "of", what was done to
    # the things counted or what they were doing; a bare count set against it with a participle
    (
        "The broadcaster said the final drew an average audience of 2.1 million viewers.",
        "2.1 million",
        "average audience of viewers",
    ),
    ("By Friday 85 homes had been reconnected.", "85 homes", "homes reconnected"),
    # late-subj8: what the counted were doing after "were" or "are", and where
    ("Some 40 women were sleeping in the corridor.", "40 women", "women sleeping in the corridor"),
    ("About 300 families are living in tents.", "300 families", "families living in tents"),
    ("A total of 40 people were arrested.", "40 people", "people arrested"),
    (
        "The shelter is overcrowded, with up to 30 families sharing a hall.",
        "30 families",
        "families sharing a hall",
    ),
    (
        "So far 1,480 streetlights have been replaced, against 3,000 planned by March.",
        "3,000",
        "streetlights planned",
    ),
    # subj28: a sum with a participle phrase or purpose right after it, numbers and all: its
    # subject and the phrase, to a clause opener
    (
        "The hospital trust holds £8 million in reserves, with a further £2.5 million set aside for a new scanner.",
        "£2.5 million",
        "hospital trust set aside for a new scanner",
    ),
    (
        "The union is asking for $40 million to hire more teachers, the minister said.",
        "$40 million",
        "sum requested by union to hire more teachers",
    ),
    # subj28: a sum "of that" spent on a thing: the funding for it
    (
        "About £3 million of that will go to a new lifeboat station at Wick.",
        "£3 million",
        "funding for a new lifeboat station at Wick",
    ),
    # class-discover-q: a move in points joined by hyphens to its change noun is that change, never
    # the sum of money before it
    (
        "Tenants will pay about £40 a month less after the 50-basis-point cut, the lender said.",
        "50-basis-point",
        "cut (unit: basis points)",
    ),
    (
        "Savers will earn €12 a year more after the 0.25-percentage-point rise.",
        "0.25-percentage-point",
        "rise (unit: percentage points)",
    ),
]


# subj28: a figure said again with nothing of its own to name it, after "the"/"that" or bare and
# large, takes the subject of the earlier figure of its value and "(repeat)", and its unit of persons
REPEATS_POINTING_BACK = [
    (
        "The mayor has promised 10,000 new homes by 2030. Critics say the 10,000 figure ignores demolitions.",
        "homes promised (repeat)",
        "count",
    ),
    (
        "The club says it sold 48,000 season tickets. Where does 48,000 come from? The league counts only 39,500.",
        "season tickets (repeat)",
        "count",
    ),
    (
        "Officials put the death toll at 212. Local groups say 212 is far too low.",
        "death toll (repeat)",
        "people",
    ),
    (
        "Police said 26 officers were hurt. By Friday the 26 had all returned to duty.",
        "officers injured (repeat)",
        "people",
    ),
    (
        "The regulator fined the lender £25 million on Monday. The bank said the £25 million would come from reserves.",
        "fine (repeat)",
        "GBP",
    ),
]


@pytest.mark.parametrize(("text", "subject", "unit"), REPEATS_POINTING_BACK)
def test_a_figure_said_again_naming_nothing_repeats_the_earlier_one(text: str, subject: str, unit: str):
    frame = extract_figures(article_from_text(text, "case"))
    values = list(frame["value"])
    last = max(i for i, v in enumerate(values) if values.count(v) > 1)
    assert (frame["subject"].iloc[last], frame["unit"].iloc[last]) == (subject, unit)


# subj28: look-alikes of the repeat: a sum naming its own noun after "the", a small bare number,
# a bare count named by the words after it; of the restatement: a share with its own whole
@pytest.mark.parametrize(
    ("text", "index", "subject"),
    [
        (
            "The bank lent $300 million to farmers. The $300 million loan from the World Bank was separate.",
            1,
            "loan from the World Bank",
        ),
        ("The league fined the club 40 points in March. Rivals scored 40 in the final.", 1, "Rivals scored"),
        ("The ferry carried 240 passengers on Monday. On Tuesday 240 cars crossed.", 1, "cars"),
        ("Exports to China rose to $14.2 billion, or 31 percent of the total.", 1, "Exports to China"),
        ("Turnout was 58 percent, or 2.3 million voters, the commission said.", 1, "voters"),
        # a count after a preposition: a verb after it is of the noun before the preposition; a
        # possession "the salaries of" is no whole the count sizes
        ("Permits for 640 dwellings were issued in May.", 0, "dwellings"),
        ("The salaries of 2,300 teachers went unpaid.", 0, "teachers"),
        # a sum whose subject holds the phrase's verb or thing already
        (
            "The council approved a budget of $5 million allocated to road repairs.",
            0,
            "money allocated to road repairs",
        ),
    ],
)
def test_look_alikes_of_repeats_and_restatements_keep_their_subject(text: str, index: int, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[index] == subject


# Look-alikes of the rules above that keep the subject they have: an "of"-phrase after the verb,
# a change noun closing its phrase ("The rate cut by"), an -ing word that is itself the noun, a
# participle that takes the figure as its object ("carrying 400 passengers").
SUBJECT_LOOKALIKES = [
    # attrib35: a possessive's phrase that names no place opens no place of a level
    # attrib36: a body, not a place, that reports a count: the count as named
    ("The regional statistics office reported 4,100 new firms.", "4,100", "firms reported"),
    ("In the firm's first year, sales rose 40 percent.", "40", "sales"),
    # subj29: "within" after a copula is nearness, no time allowed; a half or a month after "in"
    # is no place a span was spent in; "It will run" names no work
    (
        "Some 61 of the nurses are within two years of retirement, the union said.",
        "two years",
        "length of the period for nurses retirement",
    ),
    (
        "The striker scored after 20 minutes in the second half.",
        "20 minutes",
        "striker scored (unit: minutes)",
    ),
    ("The talks resumed after three days in January.", "three days", "talks resumed"),
    ("It will run for two weeks.", "two weeks", "run (unit: weeks)"),
    # subj26: a person's line with a comma and a colon, a dateline, a count after "with" with no
    # list, a level after "at" with no copula: no item line, no list's noun, no copula's subject
    ("- Otieno, 34, a trader: he pays KSh 500 a day in rent.", "KSh 500", "rent"),
    ("NAIROBI, Kenya, 12 May: Fuel rose to KSh 190.", "KSh 190", "Fuel"),
    ("He said the region with 40 clinics was short of nurses.", "40 clinics", "clinics"),
    # subj26: a pair of subjects for a pair of levels after a copula; a number word opening a
    # sentence; a relative clause whose level names its own thing after it
    (
        "Leeds and York remained the dearest areas, at £1,210 and £1,150.",
        "£1,210",
        "Leeds",
    ),
    (
        "A storm that dumped up to 31 inches of snow on parts of Erie County moved east.",
        "31 inches",
        "snowfall on parts of Erie County (unit: inches)",
    ),
    # subj26: a part whose own clause names it keeps its subject
    (
        "The fund raised $12 million, of which $4 million came from the state.",
        "$4 million",
        "came from the state",
    ),
    ("The ship carried 210 passengers, of whom 12 were injured.", "12", "people injured"),
    (
        "The bank held its rate at 5.5 per cent, the highest since 2008.",
        "5.5 per cent",
        "The bank held its rate (interest-rate level)",
    ),
    # a price alone in its sentence with no listing before it, and a verb before an amount: no
    # listing's price
    ("Okafor earned $18,000.", "$18,000", "earnings of Okafor"),
    # a thing's worth per year that is no agreement: no wage
    ("The race is worth $40,000 a year to the town.", "$40,000", "value of race"),
    # "with" and a measure after a name, no share before it: the name's measure, no share
    ("Kariba, with 1,137 MW; and Cahora, with 2,075 MW.", "2,075", "Cahora (unit: megawatts)"),
    # a modal before a verb of paying: no giver's gift
    ("Kleanthous must also pay €15,000 to each of the 37 victims.", "€15,000", "sum paid by Kleanthous"),
    # money after "of", a price per unit, an amount's own adjective, a reporting clause, an
    # approximation: none of the money rules above
    ("Prize money of €25,000 goes to the overall winner.", "€25,000", "Prize money"),
    ("The program pays processors $85 a deer.", "$85", "a deer"),
    ("We pay the banks MVR 15.42 for a dollar.", "MVR", "for a dollar"),
    (
        "With the council paying the remaining £700,000, the scheme can start.",
        "£700,000",
        "council paying remaining",
    ),
    ("Smith at the time said it would cost $5 million.", "$5", "cost"),
    ("More than 1,200 tenants have joined a claim seeking €300 each.", "€300", "sum sought by claim"),
    # "went" with words before "for": no sale ("went to court for")
    # (the noun of funds after "in" is what the sum is: vocab.FUNDS_NOUNS)
    ("He went to court for $5 million in damages.", "$5", "damages"),
    # a price a share rose to is no exchange rate
    ("Its shares rose to ¥2,714 in Tokyo.", "¥2,714", "shares"),
    # "Of course," names no whole the count is part of
    ("Of course, 214 came.", "214", ""),
    # an aside after a figure's phrase or a time changes what that figure measures
    ("Rents reached $900 a month in May, up 4% on the year.", "4%", "Rents"),
    ("In May, up 5% on April, sales held.", "5%", ""),
    # an "N-year" before another noun, or an age, is no maturity
    ("She signed a 12-year lease on the site.", "12-year", "length of the lease"),
    ("The 40-year-old bond trader left.", "40", "age (unit: years of age)"),
    # names with no title and no aside keep their reading
    ("Ali and Ben rose 2 percent, the club said.", "2 percent", "Ali and Ben"),
    # "that" before a noun is its determiner: no part of a sum just given
    ("Tenants pay 40 percent of that rent.", "40 percent", "that rent"),
    # a participle after a figure's noun and its comma opens no aside: the change after it trails
    (
        "Sales in Lyon rose 3 percent to 1,200 units, followed by Nice, down 2.5 percent.",
        "2.5",
        "Sales in Lyon",
    ),
    # an "of"-phrase of a name, a number or a time is no noun the count counts
    ("Delegates from 12 countries of the 27-nation bloc met.", "12", "countries"),
    ("Some 30 stalls of 2019 stayed shut.", "30", "stalls"),
    # a change noun with what changed after it, or a change of another value, is no change told before
    ("Bus fares will rise 6 percent in May. A 6% rise in rents followed.", "6%", "rents followed"),
    ("Bus fares will rise 6% in May. The union said the 7% rise hurt.", "7%", "rise"),
    # a noun before a change verb that holds a physical reading, not the quantity, keeps the quantity
    ("Highs rose to 31C from 26.", "31C", "Highs temperature (unit: degrees Celsius)"),
    # "another" after a sentence in another unit names nothing told before
    ("Leeds had 41 mm of rain on Monday. Another 3 hours of sun followed.", "3", "sun (unit: hours)"),
    # a participle that is no change nor a sum after a comma hangs on nothing
    ("The sale ended on Friday, leaving $2 billion unspent.", "$2", "unspent"),
    # a preposition or a verb between "and" and the figure: no clause of its own
    ("Tariffs on copper and zinc imports rose to 25%.", "25%", "Tariffs"),
    ("A kilo sells for 30,000 euros and can fetch 75 euros a gram.", "75", "fetch (per gram)"),
    # a verb after "of them were" names no noun (the group the sentence before counted stands for
    # "them": late-subj11); "hold" with no modal is no capacity
    ("The firm built 400 homes. Some 120 of them were sold.", "120", "homes"),
    ("Rebels hold 30 hostages.", "30", "hostages"),
    # a span that is no time back from now is no time since
    ("The council cut the budget for three years.", "three", "council budget"),
    # "the" after a preposition keeps the phrase whole
    ("Ministers backed the plan for the new bridge of $2 billion.", "$2", "plan for the new bridge"),
    # a duration "of" a period, of a longer span, or "within" it spans nothing
    (
        "Sales rose in the first nine months of the year.",
        "nine months",
        "length of the period for Sales (unit: months)",
    ),
    (
        "Trains must arrive within five minutes of schedule.",
        "five minutes",
        "time within which Trains must arrive (unit: minutes)",
    ),
    # "last" after a determiner is an ordinal; "took ... to" is the time to do something; a pronoun names nothing
    ("Sales rose in the last six months.", "six", "length of the period for Sales (unit: months)"),
    ("The firm took 42 days to respond.", "42", "time taken by the firm to respond"),
    ("In 2022 they took 42 days.", "42", "took"),
    # a share whose whole is named keeps it; a verb that is no predicate of the share names nothing
    ("Of 400 firms polled, 22% said costs rose.", "22%", "share of 400 firms polled"),
    ("About 40% of voters said they would abstain.", "40%", "voters"),
    ("Roughly 55% were under 30.", "55%", ""),
    # a short purpose that ends its clause is kept whole
    ("The city set aside $5 million for flood defences, officials said.", "$5", "for flood defences"),
    # a share after a count with a clause word between them is not in apposition to it
    ("Some 450 nurses quit, while 6% of doctors left.", "6%", "doctors left"),
    # a time after a compared percent is no group: the same measure at that time
    ("Unemployment was 5.1% in June, compared with 4.8% in May.", "4.8", "Unemployment in May"),
    # a participle clause that opens the sentence names nothing before it: "having" is no subject
    ("Having lost 20% last year, the shares rose 4%.", "20%", ""),
    ("The firm reported revenue of $3 billion.", "$3", "revenue"),
    ("Shell posted a profit of $5 billion.", "$5", "profit"),
    ("The rate cut by 25 basis points surprised markets.", "25", "rate (unit: basis points)"),
    ("Pay rises by 3 percent were agreed.", "3", "Pay"),
    (
        "The bank has raised lending rates by 2 percentage points.",
        "2",
        "lending rates (unit: percentage points)",
    ),
    ("Defence spending of $5 billion was approved.", "$5", "Defence spending"),
    ("Annual borrowing stood at $3 billion.", "$3", "Annual borrowing"),
    ("Flights carrying 400 passengers landed.", "400", "passengers"),
    # "raise" with an amount right after it is money raised, not a change of a level
    ("The startup raised $5 million in funding.", "$5", "funding"),
    ("The charity raised $40,000 last year.", "$40,000", "funds raised by charity"),
    # a distance not from a named place, and a spaced unit after "a": no new subject
    ("The river rose 2 metres from the bank's mark.", "2 metres", "river (unit: metres)"),
    # a compared figure whose own words name more than a time keeps them
    ("Exports to Kenya were $5 million, against imports of $4 million.", "$4", "imports"),
    # a word after a number that names no currency or unit stays ("won 5 seats" is not money)
    ("Labour won 5 seats to reach 40 seats.", "40 seats", "seats"),
    # a change verb, not a change noun, before "in": the place is no subject
    ("Sales rose 5% in Germany to €40 million.", "€40", "Sales Germany"),
    # "between" after a noun that is no gap stays an adjunct
    ("Trade between the two states rose 5%.", "5%", "two states"),
    # a number after "to" or "for" counts the recipients of an amount: it stays in the subject
    ("Clinics were paid $900,000 for 2,000 patients.", "$900,000", "for 2,000 patients"),
    # an aside holding a figure is not read for the maker (the clause's own subject is: subj31)
    (
        "Peru, which mined 2.4 million tonnes in 2023, produced 2.6 million tonnes.",
        "2.6",
        "Peru produced weight (unit: tonnes)",
    ),
    # a wire-copy dateline opening the line is its own sentence: the place is no subject
    ("WASHINGTON - Retail sales rose 0.4% in May.", "0.4%", "Retail sales"),
    ("OSLO, March 2 (Reuters) - Fares rose to 89 crowns.", "89 crowns", "Fares"),
    ("ABUJA, Dec. 17 - The government presented a budget of 54.2 trillion naira.", "54.2", "budget"),
    # "hold" that is no capacity: a part of a whole, a noun that is counted, a plural verb
    ("The rebels hold 30 hostages.", "30", "hostages"),
    (
        "The two parties hold 84 of the 150 seats.",
        "84",
        "seats of the two parties",
    ),  # attrib36: the part's holder
    ("Police held 40 people overnight.", "40", "Police"),
    # "cost" and "save" that are nouns: no verb naming the measure
    ("Running costs rose to $5 million.", "$5", "Running costs"),
    ("Costs were $5 million.", "$5", "Costs"),
    # a pronoun after a verb of saying, or a sentence that does not follow, names nothing before it
    ("The index rose 3%. Then came the news. It had fallen 2% a week earlier.", "2%", ""),
    # a distance that is no race: a verb of walking, a noun after "won the"
    # (a length walked "to" a place is the distance to it)
    (
        "The marchers walked 20 km to the border.",
        "20 km",
        "marchers walked distance to border (unit: kilometres)",
    ),
    ("They won the 5km stretch back.", "5km", "length of stretch (unit: kilometres)"),
    # a share that is no stock: "market share", "the share of"
    ("The share of renewables rose 4%.", "4%", "share of renewables"),
    ("Stockpiles rose 4%.", "4%", "Stockpiles"),
    # a mark with its own noun after it, or in another unit, keeps its own subject
    ("Inflation was 3.1 percent in May, above the 2 percent target.", "2 percent", "target"),
    ("Output was 40,000 barrels, short of 90 percent of capacity.", "90", "capacity"),
    ("Bookings rose to 41,200, still short of the 50,000 jumps seen.", "50,000 jumps", "short jumps"),
    # "to" after a comma with no predicate before it, or before a time, names nothing new
    ("The firm sold its stake, to 40 investors.", "40", "investors"),
    # an adverb not set off by commas on both sides is no aside
    ("However, sales rose 3%.", "3%", "sales"),
    # a percent after "or" that is a share of a whole it names keeps that whole
    ("The bank will cut 600 jobs, or 14% of its workforce.", "14%", "jobs as a share of its workforce"),
    # a period compared ("the weakest in 30 years") names no deed; a clause of one content word names
    # only that word (subj33: sections.span_deed_subjects)
    ("It was the weakest reading in 30 years.", "30", "length of the period"),
    ("Sales rose in the first nine months of 2024.", "nine", "length of the period for Sales (unit: months)"),
    # "aged" after a pronoun or a verb: no noun to name
    ("He died aged 81.", "aged 81", "age (unit: years of age)"),
    ("Most of them were aged 15 to 17.", "aged 15", "age (unit: years of age)"),
    # "were" and a participle, a capitalised word or a noun in "-ss": no plural noun said of the count;
    # a participle is the state the count is in
    ("Of the 40 held, 12 were released.", "12", "released"),
    # a length before "to the" and no compass word, or before "away" with a place: no bare distance
    ("The pipe runs 40 km to the sea.", "40 km", "pipe runs (unit: kilometres)"),
    # an age passes its subject to no figure of another kind that names nothing
    ("The singer, who has died aged 88, was for five decades a star.", "five decades", "(unit: decades)"),
    # a span after "for" or "after" is no interval
    (
        "The ferry sailed for 40 minutes.",
        "40 minutes",
        "ferry sailed (unit: minutes)",
    ),
    # a distance from a place with no name is no named distance
    ("The boat sank 2 km from the port.", "2 km", "boat (unit: kilometres)"),
    # people "of" a thing that is no place keep the thing
    ("A board of 12 people met.", "12", "board of people"),
    # "peak" as a noun is no verb of a level
    ("The peak of 38pc came in May.", "38pc", "peak"),
    # money paid for something, or to do something, is no payment to a recipient: the payment and
    # what it does
    ("The firm paid $2 million to settle the case.", "$2", "firm payment to settle the case"),
    # a count before the noun is no unit symbol: the noun phrase is not read as the doer
    ("The 12 tickets sold online cost $40.", "$40", "cost of The 12 tickets sold online"),
    # a count that names its own noun after ", up from" keeps it
    ("The board will run 9,800 trips a day, up from 40 lorries.", "40", "lorries"),
    # a count whose own words already name the earlier one's noun keeps them, with their time
    ("There were 9,120 visitors in May, up from 8,400 in 2023.", "8,400", "visitors in 2023"),
    # a pronoun after a verb of bringing names nothing; a count with its own noun keeps it
    ("The team scored twice, taking them to 31 points.", "31", "taking points"),
    ("She took the train to 10 cities.", "10", "cities"),
    # "and" before a noun of its own opens a clause with its own subject
    ("Imports rose and exports were up 5%.", "5%", "exports"),
    # a length off a named place stays a distance
    (
        "The quake struck 40 km (25 miles) off the coast of Sumatra.",
        "40",
        "quake struck distance off coast of Sumatra (unit: kilometres)",
    ),
    # an amount added at a rate to nothing named keeps its clause ("adds" is a change word: the rise)
    ("The rise adds £3 a year.", "£3", "rise"),
    # a span after an amount spent is the period of the spending, named with who spends it
    (
        "The government will spend $4 billion over the next five years on roads.",
        "five",
        "period of the spending by government",
    ),
    # a whole name after a clause's comma keeps its words; so does a name no comma cuts
    ("In Lagos, the Nigerian Stock Exchange (NSE) rose 2%.", "2%", "Nigerian Stock Exchange"),
    ("Gross domestic product (GDP) grew 2.1% in the quarter.", "2.1%", "Gross domestic product"),
    # a number set off by commas after a common noun is no age
    ("The club, 120, paid £4 million.", "£4", "paid"),
    # a change noun between a verb of seeking and the amount names the change; a count keeps its noun
    ("The union is demanding a rise of 750 euros a month.", "750", "rise"),
    ("Police are seeking 12 suspects.", "12", "suspects"),
    # a market's verbs of where a price or index ended the day are no content words
    ("Copper on the exchange closed 1.8% higher.", "1.8%", "Copper on the exchange"),
    ("The index of small caps ended 0.4% lower.", "0.4%", "index"),
    # a scale word of an amount before a span is no content word of the span's clause
    ("Debt rose, up from $131.25 billion three months earlier.", "three months", "Debt (unit: months)"),
    # a distance "away" after a common noun names no place
    ("The lake, about 235 km away, froze.", "235 km", "distance (unit: kilometres)"),
    # names that qualify a plural noun are no list of doers
    ("Apple and Google shares rose 3% and 2%.", "2%", "Google share price"),
    # ... not when only a fronted place named the first amount
    ("In Oslo it was kr 42, and in Bergen kr 39.", "kr 39", "Bergen"),
    # a runner's distance from one place names no route's two ends
    ("Kipchoge, 39, runs 20 km from his home.", "20 km", "runs (unit: kilometres)"),
    # ... but not after a clause: a pronoun and its verb name no extent
    ("He ran, about 10 km, then stopped.", "10 km", "(unit: kilometres)"),
    # an aside whose comma opens no list keeps the noun phrase read so far
    ("Sales in Asia, including Japan, rose 4 percent.", "4 percent", "Sales in Asia"),
    # a participle or "for" aside between a noun and its verb is passed over: the noun is measured
    (
        "Turnout in the by-election, held in heavy snow, was 33.8 percent.",
        "33.8",
        "Turnout in the by-election",
    ),
    ("Premium economy, for travellers on long-haul routes, rose 6 percent.", "6 percent", "Premium economy"),
    # the whole of a share keeps its name without the count before it
    (
        "Turnout was 58.2 percent of the 2,400,000 registered electors.",
        "58.2",
        "Turnout as a share of registered electors",
    ),
    # "N of that" with a verb after it: a part of the sum just given, and what the part does
    (
        "The council collected £2.4m in parking fees last year, and around 40% of that came from three car parks.",
        "40%",
        "share of parking fees came from three car parks",
    ),
    # names standing in for what a share measures: what their aside says they do, or their title
    ("Smith and Okoro, who host the evening slot, held steady at 11.2 per cent.", "11.2", "evening slot"),
    (
        "Morning presenters Ana Silva and Rui Costa slipped to 8.1 per cent.",
        "8.1",
        "Morning presenters Ana Silva and Rui Costa",
    ),
    # ... and a change trailing the level they lifted is the level's
    (
        "Jo Bell and Sam Ives lifted the station's weekend share to 6.2 per cent, up 0.9 points.",
        "0.9",
        "weekend share (unit: percentage points)",
    ),
    # a count compared with "against" is of the count before it, not of one qualifying it
    ("The survey counted 3,200 nests on 14 islands, against 4,100 in 2019.", "4,100", "nests counted"),
    ("Police seized 40 rifles from 12 homes, compared with 25 last year.", "25", "rifles seized last year"),
    # a closing price's noun is read from its determiner past a "for" phrase holding a figure, and
    # a change trailing the price is the same sum's
    (
        "At the auction, the top lot for ewes with lambs under 12 weeks closed at £1,840, up £160.",
        "£1,840",
        "closing price of top lot",
    ),
    (
        "At the auction, the top lot for ewes with lambs under 12 weeks closed at £1,840, up £160.",
        "£160",
        "closing price of top lot",
    ),
    # a span premodifier shares its noun with a second premodifier after its comma
    (
        "The striker signed a three-year, £2 million contract last week.",
        "three-year",
        "length of the contract",
    ),
    # a number word counts its noun past adjectives and a measure premodifier
    ("Three new 40-metre ferries joined the fleet.", "Three", "new ferries"),
    # a share after a fall in points ("to 8.2 per cent") is the share that fell
    ("The evening show lost 1.5 points to 8.2 per cent.", "8.2", "evening show points"),
    # a span a second verb after "and" takes: the first clause's subject, its "to" phrase too
    (
        "Work to widen the ring road will begin in April and is expected to take 14 months.",
        "14 months",
        "time taken by the work to widen ring road (unit: months)",
    ),
    # a span after "over" closing a clause with an object figure: the period of the clause's deed
    (
        "The trial enrolled 240 patients over 12 weeks.",
        "12 weeks",
        "period over which trial enrolled (unit: weeks)",
    ),
    # subj29: spans whose phrase says what they measure
    (
        "After nine years in Jordan, the family returned to Daraa last month.",
        "nine years",
        "time spent in Jordan",
    ),
    (
        "Fourteen hours in a corridor\n\nThe patient was 91.",
        "Fourteen hours",
        "time spent in a corridor (unit: hours)",
    ),
    (
        "The Oxford-Cambridge Boat Race, on Sunday 28 March, is 117 days from today.",
        "117 days",
        "time from today to the Oxford-Cambridge Boat Race",
    ),
    (
        "The longest delay, of 2 hours 40 minutes, was recorded on 3 October.",
        "2 hours",
        "longest delay (unit: hours)",
    ),
    (
        "The longest delay, of 2 hours 40 minutes, was recorded on 3 October.",
        "40 minutes",
        "longest delay (unit: minutes)",
    ),
    (
        "The scheme is funded by a EUR 80 million loan from the European Investment Bank, repayable over 20 years.",
        "20 years",
        "repayment term of the loan",
    ),
    (
        "Two directors retire by rotation and are proposed for re-election for three years.",
        "three years",
        "term of office",
    ),
    (
        "The convoy carried enough grain to feed 40,000 families for two months.",
        "two months",
        "period enough to feed 40,000 families (unit: months)",
    ),
    (
        "Work will run over 10 weeks after the harvest and finish by Christmas.",
        "10 weeks",
        "length of the work (unit: weeks)",
    ),
    (
        "Berth 4 of the Gdynia container terminal, built in 1975, was idle for 12 days in May.",
        "12 days",
        "time Berth 4 of the Gdynia container terminal was idle",
    ),
    (
        "Payment shall be made to the depots at Kisumu, Eldoret and Nakuru within 45 days of the signing of the order.",
        "45 days",
        "time allowed after the signing of the order",
    ),
    (
        "The army ordered 12 armoured ambulances, to be delivered within 18 months.",
        "18 months",
        "time within which the ambulances are to be delivered (unit: months)",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), SUBJECT_CORPUS)
def test_subjects_name_what_is_measured(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Gdansk were without their captain, sidelined for six weeks with a calf injury.", "six weeks"),
        ("The council, formed in 2019 to run the port, sold it for $40 million.", "$40"),
        ("The mayor, elected in 2020, asked for $5 million for roads.", "$5"),
    ],
)
def test_an_undated_deed_or_a_main_verb_after_a_comma_set_phrase_gives_no_term_or_cost(text: str, quote: str):
    assert not subject_of(text, quote).startswith(("term of", "cost of", "validity of"))


def test_a_percent_more_than_after_a_sum_and_its_comma_is_that_sums_change():
    text = "The treasury will withdraw N$9.2 billion for Budget 2027, about 14 per cent more than the N$8.1 billion taken out this year."
    assert subject_of(text, "14 per cent") == subject_of(text, "N$9.2")


def test_a_percent_up_after_a_sum_its_time_and_a_comma_is_that_sums_change():
    text = "Fishing contributed N$3.1 billion to gross domestic product in 2025, up 6.2 per cent from the year before."
    assert subject_of(text, "6.2 per cent") == "Fishing contribution to gross domestic product"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The cost of the ring road, which will link the airport with the industrial zone, has climbed to $96 million.",
            "$96",
            "cost of the ring road",
        ),
        (
            "The depth of the lake, which feeds the city's main water plant, has dropped to 4.2 metres.",
            "4.2 metres",
            "depth of the lake (unit: metres)",
        ),
        (  # a place after the noun phrase is left out, and a change apposed to the level follows it
            "The price of the tram line across the old town, which opened in 2019, has risen to €310 million, "
            "18 per cent more than planned.",
            "18 per cent",
            "price of tram line",
        ),
        (  # past a dateline's dash
            "KAMPALA, March 3 – The total cost of the new terminal, which airlines have long asked for, "
            "has reached $212 million.",
            "$212",
            "total cost of the new terminal",
        ),
    ],
)
def test_a_level_after_an_aside_is_the_head_and_noun_phrase_its_sentence_opens_on(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a verb of saying before the level: the level is what was said, no head's
        (
            "The chairman of the port, who met reporters on Monday, said it had handled 4.1 million tonnes.",
            "4.1 million tonnes",
            "chairman of the port",
        ),
        # a part of a whole is no level of it
        ("The rest of the loan, which the bank agreed in May, is $40 million.", "$40", "rest of the loan"),
    ],
)
def test_look_alikes_of_a_head_past_an_aside_name_no_head(text: str, quote: str, subject: str):
    assert subject_of(text, quote) != subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The works will raise the capacity of the dam from 40 million cubic metres to 55 million cubic metres.",
            "55 million cubic metres",
            "capacity of the dam (unit: cubic metres)",
        ),
        (
            "The dredging will take the channel's depth from 12 metres to 16 metres.",
            "16 metres",
            "channel's depth (unit: metres)",
        ),
        (  # a change apposed to the new level is that noun phrase's change
            "The project will raise the plant's capacity from 267,000 cubic metres a day to 365,000 cubic "
            "metres, an increase of 37 per cent.",
            "37 per cent",
            "plant's capacity",
        ),
    ],
)
def test_both_levels_of_a_from_to_pair_are_the_noun_phrase_before_from(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "avoid"),
    [
        # a noun after a preposition is where, not what ("around the crater")
        ("They widened the exclusion zone around the crater from 5 km to 8 km.", "8 km", "crater"),
        # a verb before "from" makes no noun phrase ("the rate fell")
        ("Statewide the rate fell from 3.1 to 2.2 volunteers per 1,000 residents.", "3.1", "rate fell"),
    ],
)
def test_look_alikes_of_a_from_to_pair_keep_their_subject(text: str, quote: str, avoid: str):
    assert subject_clauses.bare_subject_of(subject_of(text, quote)) != avoid


def test_a_change_after_a_share_joined_by_and_is_the_level_before_the_shares_change():
    text = "Health spending will reach $4.1 billion, 12% of the budget and 3% more than last year."
    assert subject_of(text, "3%") == subject_of(text, "$4.1")


def test_a_fine_named_as_a_noun_names_no_amount_after_it():
    text = "He must pay a £25,000 fine and £4,200 in prosecution costs."
    assert "fine" not in subject_of(text, "£4,200")


@pytest.mark.parametrize(("text", "quote", "subject"), SUBJECT_LOOKALIKES)
def test_look_alikes_of_the_subject_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("Exports plunged 12 percent.", "12", "decrease"),
        ("Inflation eased to 3.1 percent.", "3.1", "decrease"),
        ("The trade gap narrowed 8 per cent.", "8", "decrease"),
        ("The deficit widened 5 per cent.", "5", "increase"),
        ("Turnover dipped 2.5 percent.", "2.5", "decrease"),
        ("The jobless total slipped 1.2 percent.", "1.2", "decrease"),
        ("Output improved 3 percent.", "3", "increase"),
        ("The lead narrowed 3 points in the poll.", "3", "decrease"),
        ("The gap widened to 5 percentage points.", "5", "increase"),
        ("The bank raised rates by 0.5 percentage points.", "0.5", "increase"),
        ("The regulator raises the price cap by 6 percent.", "6", "increase"),
        ("Raising the levy by 2 percent was approved.", "2", "increase"),
        ("The insurer hikes premiums by 9 percent.", "9", "increase"),
        ("The council is hiking fees by 4 percent.", "4", "increase"),
        ("The firm boosts dividends by 8 percent.", "8", "increase"),
        ("Boosting output by 7 percent took a year.", "7", "increase"),
        ("Shares lifted 3 percent.", "3", "increase"),
        ("The bank lifts its forecast by 2 percent.", "2", "increase"),
        ("Lifting wages by 6 percent was agreed.", "6", "increase"),
        ("Officials plan to reduce emissions by 40 percent.", "40", "decrease"),
        ("The plan reduces waste by 12 percent.", "12", "decrease"),
        ("Reducing debt by 5 percent was the goal.", "5", "decrease"),
        ("The retailer trimmed its workforce by 3 percent.", "3", "decrease"),
        ("The lender trims its fees by 1.5 percent.", "1.5", "decrease"),
        ("Trim spending by 2 percent, the minister said.", "2", "decrease"),
        ("The airline is slashing fares by 10 percent.", "10", "decrease"),
        ("The retailer slashes prices by 30 percent.", "30", "decrease"),
        ("The agency lowers its inflation forecast by 0.3 percentage points.", "0.3", "decrease"),
        ("The miner sheds 4 percent.", "4", "decrease"),
        ("Airlines shaved fares by 5 percent.", "5", "decrease"),
        ("The rival shaves prices by 3 percent.", "3", "decrease"),
        ("The move is shaving costs by 2 percent.", "2", "decrease"),
        ("Cutting costs by 10 percent was the aim.", "10", "decrease"),
    ],
)
def test_change_words_set_the_direction(text: str, quote: str, direction: str):
    frame = extract_figures(article_from_text(text, "case"))
    row = frame[frame["quote"].str.startswith(quote)].iloc[0]
    assert (row["kind"], row["direction"]) == ("percent_change", direction)


# A percent compared with a percent of its sentence ("compared with", "against", "down from")
# measures the same thing: it keeps that figure's kind, a change or a share.
@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        (
            "The vaccine cut hospital admissions by 31%, compared with 4% for the unvaccinated.",
            "4%",
            "percent_change",
        ),
        ("Core inflation was 3.1% in May, down from 3.4% in April.", "3.4", "percent_change"),
        ("Exports rose 6%, versus 2% for imports.", "2%", "percent_change"),
        # a change measured against another: "short of", "ahead of", "above" the change wanted
        (
            "Fares will rise 4% in May, less than the rail firms asked for but short of the 6% unions feared.",
            "6%",
            "percent_change",
        ),
        ("Sales grew 4%, ahead of the 3% analysts expected.", "3%", "percent_change"),
        # look-alikes: the compared figure is a share, or nothing compares the two
        ("Side effects hit 6% of users, against 5% on the older drug.", "5%", "percentage_share"),
        ("Turnout was 61% in the city, compared with 55% in rural areas.", "55%", "percentage_share"),
        ("Sales rose 4%, and 30% of stores were new.", "30%", "percentage_share"),
        ("Sales grew 4%, above the 30% of stores that closed.", "30%", "percentage_share"),
    ],
)
def test_a_compared_percent_keeps_the_kind_of_what_it_is_compared_with(text: str, quote: str, kind: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame[frame["quote"].str.startswith(quote)]["kind"].tolist() == [kind]


# fixwalk37-a: a count right before "more than" or "fewer than" is the difference from another count
# (a change, with its direction); a bound before a count, or a comparative after its noun, is none
@pytest.mark.parametrize(
    ("text", "quote", "direction"),
    [
        ("The Agrarians will hold 31 seats, four fewer than in 2021.", "four", "decrease"),
        ("The port handled 1,870 ships, 95 more than a year earlier.", "95", "increase"),
        ("The museum drew 41,300 visitors, 2,100 less than in 2025.", "2,100", "decrease"),
        ("Fewer than 300 fans made the trip to Braga.", "300", ""),
        ("The village had 420 homes, more than in any census since 1901.", "420", ""),
    ],
)
def test_a_count_before_more_or_fewer_than_is_a_change(text: str, quote: str, direction: str):
    frame = extract_figures(article_from_text(text, "case"))
    row = frame[frame["quote"].str.startswith(quote)].iloc[0]
    assert (row["kind"], row["direction"]) == ("count", direction)


# Look-alikes of the change verbs: the same words as nouns, adjectives or other senses, which set
# no direction: (invented corpus line, quote of the figure, kind it keeps).
CHANGE_LOOKALIKES = [
    ("He was raised in Ohio and moved there 20 years ago.", "20", "duration"),
    ("A lower court ruled on 12 cases.", "12", "count"),
    ("The lift was broken for 3 days.", "3", "duration"),
    ("The startup raised $5 million in funding.", "$5", "money"),
    ("The shed held 40 tonnes of grain.", "40", "other"),
    ("The boost lasted 3 weeks.", "3", "duration"),
    ("Trimmed hedges cover 30 percent of the park.", "30", "percentage_share"),
    ("Lower-income households were 30 percent of voters.", "30", "percentage_share"),
    # a phrasal verb with "up" concedes or makes up an amount: no rise
    ("The defence gave up 420 passing yards on Sunday.", "420", "other"),
]


@pytest.mark.parametrize(("text", "quote", "kind"), CHANGE_LOOKALIKES)
def test_look_alikes_of_change_verbs_set_no_direction(text: str, quote: str, kind: str):
    frame = extract_figures(article_from_text(text, "case"))
    row = frame[frame["quote"].str.startswith(quote)].iloc[0]
    assert (row["kind"], row["direction"]) == (kind, "")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a noun phrase read backwards stops at a verb of saying, a determiner after a verb, an
        # adjunct preposition ("with ... winds of"), and never runs into the sentence before
        ("Officials said 40 villagers left.", "40", "villagers"),
        (
            "It moved as a large storm with peak gusts of 90 miles per hour.",
            "90",
            "peak gusts (unit: miles per hour)",
        ),
        (
            "The mayor approved allocating a larger budget of $3 million to repair roads.",
            "$3",
            "larger budget",
        ),
    ],
)
def test_noun_phrases_end_where_news_syntax_ends_them(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


NEWS_TOKENS = (
    *"the a its of in to by at from for with and or , ; ( ) . respectively up down".split(),
    *"fell rose plunged eased was stood worth totalled killed injured lives loss units people".split(),
    *"net profit sales revenue number rate share voters deaths Texas Kelowna months weeks".split(),
    *"5 12 1,200 3.5 37.6 2,300 $4m €3.5 million per cent percent % basis points".split(),
)


@given(st.lists(st.sampled_from(NEWS_TOKENS), min_size=1, max_size=60))
@settings(max_examples=300, deadline=None)
def test_refine_keeps_every_figure_and_gives_one_line_subjects(words: list[str]):
    article = article_from_text(" ".join(words), "case")
    found = find_figures(article)
    named = subjects.refine(found, article.body, lambda at: article.sentences[article.sentence_of(at)])
    assert [(f.start, f.end, f.value, f.unit, f.kind) for f in named] == [
        (f.start, f.end, f.value, f.unit, f.kind) for f in found
    ]
    for fig in named:
        assert "\n" not in fig.subject and len(fig.subject) <= 200


LETTER_WORDS = st.text(alphabet="aeéãüßøÅÇñМо", min_size=1, max_size=7)
RE_LETTER_RUN = re.compile(r"[^\W\d_]+")


@given(st.lists(LETTER_WORDS, min_size=1, max_size=6), st.lists(LETTER_WORDS, max_size=4))
@settings(max_examples=200, deadline=None)
def test_a_subject_never_splits_a_word_made_of_letters(before: list[str], after: list[str]):
    text = " ".join(before) + " rose 5 percent " + " ".join(after) + "."
    words = set(RE_LETTER_RUN.findall(text))
    for subject in extract_figures(article_from_text(text, "case"))["subject"]:
        assert set(RE_LETTER_RUN.findall(subject_clauses.bare_subject(subject))) <= words


_CLAUSE_PIECES = [
    "and",
    "but",
    "band",
    "who",
    "wand",
    "whoand",
    "_",
    "é",
    "2",
    "whereas",
    ",",
    ";",
    "(",
    ")",
    '"',
    "“",
    " ",
    "Sales",
    "rose",
    "5",
]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=40), st.data())
def test_clause_subject_reads_after_the_last_cut(pieces: list[str], data: st.DataObject):
    """clause_subject takes the words after the last match of RE_CLAUSE_START in its window."""
    body = " ".join(pieces)
    start = data.draw(st.integers(0, len(body)))
    text = body[max(0, start - subject_clauses.WINDOW) : start]
    cuts = list(subjects.RE_CLAUSE_START.finditer(text))
    clause = text[cuts[-1].end() :] if cuts else text
    expected = " ".join(noun_phrases.content_words(clause)[-subject_clauses.MAX_WORDS :])
    assert subject_clauses.clause_subject(body, 0, start) == expected


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a count of people right after a verb that changes an object is that object: the people
        ("Helicopters lifted 12 people to safety.", "12", "people lifted"),
        ("Rescuers lifted about 30 individuals from rooftops.", "30", "individuals lifted"),
        ("The firm shed 1,200 people last year.", "1,200", "people shed"),
        ("The company cut 500 people from its payroll.", "500", "people cut"),
        ("Police arrested 14 people.", "14", "people arrested"),  # as other -ed verbs did already
    ],
)
def test_a_count_of_people_after_a_transitive_verb_names_the_people(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # look-alikes: a verb that takes no object, "by" before the count, a noun of its own
        ("Membership rose 12 people.", "12", "Membership"),
        ("Unemployment rose by 12,000 people.", "12,000", "Unemployment"),
        ("Helicopters lifted 12 villagers to safety.", "12", "villagers"),
        ("Prices were raised five times in a year.", "five", "Prices"),  # not people: times
    ],
)
def test_a_count_after_an_intransitive_change_keeps_its_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "directions"),
    [
        # a change in money has a direction; the level it reaches ("to", "from") has none, as for
        # percents: (corpus line, the direction of each amount of money in it)
        ("Profit rose by RM5 million.", ["increase"]),
        ("Revenue fell $2 billion to $40 billion.", ["decrease", ""]),
        ("The deficit widened by a further $3 billion.", ["increase"]),
        ("Costs were down about £4m.", ["decrease"]),
        ("The council cut $3 million from the budget.", ["decrease"]),
        ("Petrol rose by 45p a litre.", ["increase"]),
        ("Sales rose 5% to $3.2 billion.", [""]),
        # fixwalk34-c: amounts gapped after a change in money share its verb and its direction; an
        # amount after a verb of its own, after a preposition or after a level has its own reading
        ("Its grant falls by £7 million, museums £2.5 million and the zoo £900,000.", ["decrease"] * 3),
        ("Road spending rose by C$80 million, and rail C$35 million.", ["increase"] * 2),
        ("The water board's levy was cut by R60 million, the sewer fund's by R15 million.", ["decrease"] * 2),
        ("Tax receipts climbed by $4 billion, while spending reached $9 billion.", ["increase", ""]),
        ("Profit fell by €3 million to €21 million, and debt €40 million.", ["decrease", "", ""]),
        ("The port spent $6 million on cranes, $2 million on dredging and $1 million on fees.", ["", "", ""]),
    ],
)
def test_a_change_in_money_has_a_direction_and_its_level_none(text: str, directions: list[str]):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame.loc[frame["kind"] == "money", "direction"].tolist() == directions


@pytest.mark.parametrize(
    "text",
    [
        # amounts that are levels or sums, not changes: no direction
        "Revenue rose to $40 billion from $38 billion.",
        "The startup raised $5 million in funding.",
        "The firm lost $5 million last year.",
        "Revenue was $4.2 billion.",
        "Revenue growth $5 million.",
    ],
)
def test_money_levels_and_sums_have_no_direction(text: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert (frame["kind"] == "money").any() and frame.loc[frame["kind"] == "money", "direction"].tolist() == [
        ""
    ] * int((frame["kind"] == "money").sum())


@pytest.mark.parametrize(
    ("words", "direction"),
    [
        ("Profit rose by", "increase"),
        ("Revenue fell", "decrease"),
        ("fell a further", "decrease"),
        ("Revenue fell $ 2 billion to", ""),
        ("rose to", ""),
        ("raised", ""),
        ("lost nearly", ""),
        ("sales growth", ""),
        ("", ""),
    ],
)
def test_money_direction(words: str, direction: str):
    assert amount_subjects.money_direction(words.split()) == direction


def test_a_subject_typed_with_combining_marks_keeps_its_word_whole():
    text = "Cafe\u0301 prices rose 5 percent, and Nestle\u0301's sales fell 2 percent."
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == ["Cafe\u0301 prices", "Nestle\u0301's sales"]
    assert all(text[r.start : r.end] == r.quote for r in frame.itertuples())  # spans of the text as typed


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a change noun that is never a verb ("growth") ends the noun phrase before the change verb
        ("Sales growth slowed by 3 percent.", "3", "Sales growth"),
        ("Wage growth accelerated to 4.1 percent.", "4.1", "Wage growth"),
        ("GDP growth slowed 0.3 percentage points.", "0.3", "GDP growth (unit: percentage points)"),
        # look-alikes: a change word that may be a verb is the verb; no noun before "growth"
        ("Sales rose 3 percent.", "3", "Sales"),
        ("Growth slowed 2 percent.", "2", "Growth"),
    ],
)
def test_a_noun_only_change_word_stays_in_the_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_word_character_is_what_the_regex_word_class_matches():
    word = re.compile(r"\w")
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert [c for c in everything if subject_clauses._word_char(c)] == word.findall(everything)


def test_a_subject_of_time_words_and_small_words_names_only_a_time():
    assert subject_clauses.only_a_time("a year earlier")
    assert subject_clauses.only_a_time("on Thursday (unit: USD)")
    assert subject_clauses.only_a_time("in the first half")
    assert not subject_clauses.only_a_time("in the")  # small words, but no time word
    assert not subject_clauses.only_a_time("net profit a year earlier")
    assert not subject_clauses.only_a_time("")


SUBJECT_WORDS = st.sampled_from(
    "a year earlier in March points net profit the (unit: months) people, Tuesday last quarter sales ago".split()
)


@given(st.lists(SUBJECT_WORDS, max_size=6))
def test_a_subject_names_a_time_when_its_content_words_are_all_time_words(words):
    subject = " ".join(words)
    content = noun_phrases.content_words(subject_clauses.bare_subject(subject))
    assert subject_clauses.names_a_time(subject) == all(
        w.lower() in subject_clauses.TIME_NAMING_WORDS for w in content
    )


def test_a_subject_of_only_time_words_names_a_time():
    assert subject_clauses.names_a_time("a year earlier")
    assert subject_clauses.names_a_time("in March (unit: points)")
    assert not subject_clauses.names_a_time("net profit in March")


# A change word right before a count or a measurement sets the direction of its change; a count
# only "by" or an aside's "up"/"down" ("cut 23 jobs" counts what a verb acts on); an amount of
# something or a place ("dropped 120mm of rain", "sank 3 km off the cape") is no change.
AMOUNT_DIRECTIONS = [
    ("The FTSE 100 rose 37.6 points to 8,120.5.", "37.6 points", "increase"),
    ("Output fell by 2.3 million bpd.", "2.3 million bpd", "decrease"),
    ("The glacier shed 9 billion tonnes.", "9 billion tonnes", "decrease"),
    ("The city's population grew by 4,100 last year.", "4,100", "increase"),
    ("Burglaries were on the rise, up 380 in a year.", "380", "increase"),
    ("The council will cut 75 jobs.", "75 jobs", ""),
    ("Volunteers make up 40 staff.", "40 staff", ""),
    ("The storm dropped 80mm of rain.", "80mm", ""),
    ("The trawler sank 3 km off the cape.", "3 km", ""),
    ("Temperatures fell below 5C overnight.", "5C", ""),
    # fixwalk36-c: an aside's "up" after a bare level, whose token holds the comma ("to 6,120, up")
    ("Staff numbers rose to 6,120, up 240 on the previous year.", "240", "increase"),
    ("The roll fell to 1,890, down 75 on a year earlier.", "75", "decrease"),
]


@pytest.mark.parametrize(("text", "quote", "direction"), AMOUNT_DIRECTIONS)
def test_change_words_set_the_direction_of_counts_and_measurements(text: str, quote: str, direction: str):
    frame = extract_figures(article_from_text(text, "d"))
    assert list(frame.loc[frame["quote"] == quote, "direction"]) == [direction]


def _subjects(text: str) -> dict[str, str]:
    """Each figure's quote and subject in an invented text."""
    frame = extract_figures(article_from_text(text, "case"))
    return dict(zip(frame["quote"], frame["subject"], strict=True))


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Coffee exports, measured in 60-kg bags, fell 8% to 4.1 million bags.", "8%", "Coffee exports"),
        ("Public debt, made up largely of loans, rose to $41 billion.", "$41 billion", "Public debt"),
        ("Productivity, measured as output per hour, fell 0.4 per cent.", "0.4 per cent", "Productivity"),
        ("Farm income, adjusted for inflation, rose 6% last year.", "6%", "Farm income"),
    ],
)
def test_a_participle_aside_between_the_noun_and_its_verb_is_left_out(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Tea exports shipped through Mombasa rose 6% to $1.3 billion.", "6%", "Tea exports"),
        ("Tea exports shipped through Mombasa rose 6% to $1.3 billion.", "$1.3 billion", "Tea exports"),
        (
            "Wages paid to seasonal workers (SWs) sent through agencies rose 4 percent to $2.1 billion.",
            "4 percent",
            "Wages paid to seasonal workers",
        ),
    ],
)
def test_a_reduced_relative_after_the_noun_is_left_out(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_a_participle_after_a_plural_noun_stays_in_its_phrase_when_its_preposition_is_by():
    # "recorded by police" says which crimes; the preposition's object is not the subject
    assert _subjects("Crimes recorded by police rose 5%.")["5%"] == "Crimes recorded by police"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Crude oil on the New York Mercantile Exchange (NYMEX) rose 1.2% to $81.40.", "1.2%", "Crude oil"),
        ("Deaths on Kenya's roads fell 7% to 4,120 last year.", "7%", "Deaths on Kenya's roads"),
        ("Interest on student loans rose to 6.3 percent.", "6.3 percent", "Interest on student loans"),
        (
            "Households on metered tariffs will pay £1,240 a year.",
            "£1,240",
            "sum paid by Households on metered",
        ),
    ],
)
def test_an_on_phrase_inside_the_subject_of_a_verb_is_part_of_it(text: str, quote: str, subject: str):
    assert _subjects(text)[quote].startswith(subject)


@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        # a verb before "on": the noun after it is the antecedent of the relative clause
        (
            "Higher rents are now weighing on the region, which grew 2.1% last year.",
            "2.1%",
            "region",
        ),
        # a figure before "on": "on" opens the comparison, not a noun phrase
        ("Revenue was up 12 per cent on the year before, rising to $3 billion.", "$3 billion", "Revenue"),
    ],
)
def test_an_on_after_a_verb_or_a_figure_is_no_part_of_a_noun(text: str, quote: str, word: str):
    subject = _subjects(text)[quote]
    assert word in subject and "weighing" not in subject and "cent" not in subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Shares of Acme Foods closed 1.6 per cent higher at Rs 918.60 on the BSE.",
            "Rs 918.60",
            "closing share price of Acme Foods",
        ),
        (
            "Acme's shares rose 2.7 per cent to close at Sh24.60 on the bourse.",
            "Sh24.60",
            "Acme's closing share price",
        ),
        ("Brent crude settled at $81.40 a barrel.", "$81.40", "closing price of Brent crude (per barrel)"),
        (
            "Wheat futures on the Chicago Board of Trade (CBOT) closed 1.5% higher at $5.62 a bushel.",
            "$5.62",
            "closing price of Wheat futures (per bushel)",
        ),
    ],
)
def test_an_amount_after_a_verb_of_closing_and_at_is_a_closing_price(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The firm closed the deal at $4 million.", "$4 million"),  # an object, not the day's change
        ("The rupee closed at 83.21 per dollar.", "83.21 per dollar"),  # an exchange rate keeps its name
    ],
)
def test_look_alikes_of_a_closing_price_name_no_closing_price(text: str, quote: str):
    assert "closing" not in _subjects(text)[quote]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The new ships, worth about US$1.3 billion at list prices, will arrive in 2029.",
            "US$1.3 billion",
            "value of new ships",
        ),
        ("The company is worth $5 billion.", "$5 billion", "value of company"),
        ("Timber exports fell 9pc to 31,000 tonnes worth $52m last year.", "$52m", "value of Timber exports"),
        # late-subj10: a reporting participle and "to be" before "worth" leave the worth of the noun
        ("The jets, thought to be worth $3 million, arrived.", "$3 million", "value of jets"),
        ("The deal is said to be worth $40 million.", "$40 million", "value of deal"),
    ],
)
def test_an_amount_after_worth_is_the_value_of_what_it_follows(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_an_amount_before_worth_of_is_no_value_of_a_noun():
    assert "value" not in _subjects("He sold $5m worth of shares.")["$5m"]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The ministry has asked lenders for a further $195 million to rebuild schools.",
            "$195 million",
            "sum requested by ministry",
        ),
        ("The agency is appealing for $40 million.", "$40 million", "sum requested by agency"),
    ],
)
def test_an_amount_asked_for_is_the_sum_requested_by_who_asks(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_an_amount_asked_for_by_no_named_asker_keeps_the_words_after_it():
    subject = _subjects("He asked for $5,000 to repair the roof.")["$5,000"]
    assert "requested" not in subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The city will spend $1.2 billion over three years on housing.", "$1.2 billion", "spending by city"),
        ("The band grossed $42.3m from the tour.", "$42.3m", "gross of band"),
        (
            "The startup has raised $20 million (£16 million) from investors.",
            "£16 million",
            "funds raised by startup",
        ),
        ("Safaricom earned KSh4.2 billion.", "KSh4.2 billion", "earnings of Safaricom"),
        ("The singer, popularly known as Zee, grossed $8.6m from the tour.", "$8.6m", "gross of singer"),
        ("Households owe £3.7 billion to suppliers.", "£3.7 billion", "sum owed by Households"),
    ],
)
def test_an_amount_earned_paid_or_spent_names_the_measure_and_who(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("He paid $2.5 million for the site.", "$2.5 million", "site"),  # what was bought is named
        ("The firm reported $5 million.", "$5 million", "firm"),  # a verb of reporting names no measure
    ],
)
def test_look_alikes_of_an_earned_amount_keep_their_subject(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Ana Ruiz, 26, crossed the line in 3 hours, 14 minutes and 22 seconds.",
            "14 minutes",
            "finishing time of Ana Ruiz (unit: minutes)",
        ),
        (
            "She crossed the line in 3 hours 12 minutes 38 seconds.",
            "38 seconds",
            "finishing time (unit: seconds)",
        ),
        ("The Kenyan finished in 2 hours 4 minutes.", "2 hours", "finishing time of Kenyan (unit: hours)"),
    ],
)
def test_a_time_after_a_verb_of_finishing_and_in_is_a_finishing_time(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "She won, taking 2 minutes 14 seconds off the course record.",
            "14 seconds",
            "improvement on course record (unit: seconds)",
        ),
        (
            "He knocked 0.4 seconds off his best time.",
            "0.4 seconds",
            "improvement on best time (unit: seconds)",
        ),
    ],
)
def test_a_time_taken_off_a_record_is_an_improvement_on_it(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The firm has 35 days to pay.", "35 days", "time to pay"),
        ("Tenants were given 14 days to leave the building.", "14 days", "time to leave the building"),
        ("The talks took 42 days to conclude.", "42 days", "time taken by the talks to conclude"),
    ],
)
def test_a_span_a_verb_of_having_or_taking_governs_before_to_and_a_deed_is_the_time_for_it(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("She struck twice in the final 8 minutes to carry her team to the title.", "8 minutes"),  # a purpose
        ("She stole £2 million over seven years to fund gambling.", "seven years"),  # after a preposition
        ("Profit rose in the 12 months to March.", "12 months"),  # a period ending in a month
    ],
)
def test_a_span_after_a_preposition_before_to_is_no_time_allowed(text: str, quote: str):
    assert "time to" not in _subjects(text)[quote]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "About 90,000 patients had waited over 40 weeks.",
            "40 weeks",
            "waiting time of the patients (unit: weeks)",
        ),
        (
            "She had been waiting five months for a chance like that.",
            "five months",
            "waiting time for chance (unit: months)",
        ),
        ("Only 55 percent were still waiting less than 12 weeks.", "12 weeks", "waiting time (unit: weeks)"),
    ],
)
def test_a_span_after_a_verb_of_waiting_is_a_waiting_time(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "A buyer borrowing £150,000 over 30 years pays less.",
            "30 years",
            "period of the sum borrowed by buyer",
        ),
        (
            "The city will spend $40 million over five years on parks.",
            "five years",
            "period of the spending by city",
        ),
    ],
)
def test_a_span_after_an_amount_spent_or_borrowed_is_its_period(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The survey, carried out by the Statistics Office (SO) over 21 days in May, found 40 cases.",
            "21 days",
            "length of the survey",
        ),
        (
            "Construction will be completed in three stages over five years.",
            "five years",
            "length of the construction",
        ),
        ("The trial was conducted over 12 months.", "12 months", "length of the trial (unit: months)"),
    ],
)
def test_a_span_after_over_in_a_participle_clause_is_the_length_of_its_noun(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Some 7,000 enumerators, most of them students, called on homes over 17 days.",
            "17 days",
        ),  # a main verb
        ("Prices rose 5% over two years.", "two years"),  # no participle
    ],
)
def test_a_span_after_over_with_no_participle_clause_is_no_length_of_a_noun(text: str, quote: str):
    assert not _subjects(text)[quote].startswith("length of the")


def test_a_sum_earned_after_a_comma_names_its_measure_and_the_clause_it_hangs_on():
    text = "The auction ended on Thursday, raising 36.2 billion baht."
    assert _subjects(text)["36.2 billion baht"] == "funds raised by auction"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Of the riders, 41% were women.", "41%", "share of riders that were women"),
        (
            "Among children in the camps, 29% are acutely malnourished.",
            "29%",
            "share of children in the camps that are acutely malnourished",
        ),
        ("Among riders under 30, 41% were women.", "41%", "share of riders under 30 that were women"),
        ("Of those polled, 55% said they would vote.", "55%", "share of those polled"),
        # late-subj8: "only" or "just" before the share leaves the fronted whole its own
        (
            "Of the complaints lodged with the regulator, only 14 per cent were upheld.",
            "14 per cent",
            "share of complaints lodged with the regulator that were upheld",
        ),
        (
            "Of the tenants asked, just 8% were behind on rent.",
            "8%",
            "share of tenants asked that were behind",
        ),
    ],
)
def test_a_share_after_a_fronted_among_or_of_is_a_share_of_that_whole(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_a_share_with_no_fronted_whole_keeps_its_own_subject():
    assert "share of" not in _subjects("In May, 41% of voters backed the plan.")["41%"]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Eleven were taken to hospital.", "Eleven", "taken to hospital"),
        ("Nine were arrested at the scene.", "Nine", "arrested at the scene"),
        ("Two were arrested on Friday.", "Two", "arrested"),
        ("Of the seats, 14 will be single-member.", "14", "seats single-member"),
        (
            "Of the claimants, 187 have been treated for liver disease.",
            "187",
            "claimants treated for liver disease",
        ),
    ],
)
def test_a_bare_count_is_named_by_the_state_its_verb_to_be_gives_it(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Nine were killed.", "Nine", "people killed"),  # a casualty verb names them first
        ("Some 1,375 are women.", "1,375", "women"),  # a noun after the verb names them
    ],
)
def test_look_alikes_of_a_bare_counts_state_keep_their_subject(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The next ceiling, for April to June, will be set on March 3. Traders expect it to rise by about 3%.",
            "3%",
            "next ceiling",
        ),
        ("Tea output rose 3% in May. Analysts expect it to rise a further 2% in June.", "2%", "Tea output"),
    ],
)
def test_a_change_forecast_of_it_measures_the_subject_of_the_sentence_before(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


def test_a_forecast_of_it_after_a_sentence_opening_with_a_pronoun_keeps_its_subject():
    assert _subjects("It was a good year. Analysts expect it to fall 2%.")["2%"] != ""


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Germany remained the top market, accounting for 37.3 percent of the total.",
            "37.3 percent",
            "Germany as a share of the total",
        ),
        ("Exports to China made up 22% of sales.", "22%", "Exports to China as a share of sales"),
        (
            "Women accounted for 64 per cent of those who voted.",
            "64 per cent",
            "Women as a share of those who voted",
        ),
        ("Coal represents 8% of output.", "8%", "Coal as a share of output"),
    ],
)
def test_a_share_a_verb_of_accounting_gives_is_its_holders_share_of_the_whole(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


def test_a_share_accounted_for_by_a_pronoun_names_only_the_whole():
    assert _subjects("It accounts for 12% of sales.")["12%"] == "sales"


# A share a relative clause accounts for (its antecedent, when that is the whole of what opens the
# clause), a second share after "and" (the holder the verb gave the first), a share of a whole
# spent on a thing (the spending on that thing); and their look-alikes: an antecedent that goes on
# past its noun, a second share with no first share's whole, a share spent with no "on".
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Fishing, which accounts for roughly 9% of gross domestic product, had a poor year.",
            "9%",
            "Fishing as a share of gross domestic product",
        ),
        (
            "Its packaging arm, which makes up about 30 per cent of sales, grew fast.",
            "30 per cent",
            "packaging arm as a share of sales",
        ),
        (
            "The army would account for 11 percent of public spending and about 2.4 percent of GDP in 2027.",
            "2.4 percent",
            "army as a share of GDP",
        ),
        (
            "The army would account for 11 percent of public spending and about 2.4 percent of GDP in 2027.",
            "11 percent",
            "army as a share of public spending",
        ),
        (
            "Portugal spends about 12% of its gross domestic product on pensions.",
            "12%",
            "spending on pensions as a share of gross domestic product",
        ),
        (
            "Poorer households spend on average 41 percent of their budget on food and fuel.",
            "41 percent",
            "spending on food and fuel as a share of budget",
        ),
    ],
)
def test_a_share_after_which_after_and_or_spent_on_a_thing_names_its_holder(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Freight to Mali and the port of Lomé, which accounts for about 14 percent of volumes, grew.",
            "14 percent",
            "volumes",
        ),
        ("Exports accounted for 40% and imports for 30%.", "30%", "imports"),
        ("Households spend 41 percent of their budget.", "41 percent", "budget"),
    ],
)
def test_look_alikes_of_the_relative_coordinated_and_spent_shares_keep_their_subject(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The bank made a 50-basis-point cut in May.", "50-basis-point", "cut (unit: basis points)"),
        (
            "There was a 2-percentage-point rise in unemployment.",
            "2-percentage-point",
            "unemployment (unit: percentage points)",
        ),
    ],
)
def test_a_change_in_points_joined_to_its_noun_names_the_noun_or_its_object(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Copper on the exchange (SHFE) closed 1.8% higher.", "1.8%", "Copper exchange"),
        (
            "LONDON (AP) - Britain's economy grew 0.3%.",
            "0.3%",
            "growth of Britain's economy",
        ),  # a dateline's brackets
    ],
)
def test_a_bracketed_acronym_before_the_verb_cuts_no_clause(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ('The comedy "Paper Moons" was fourth with $8.7 million.', "$8.7 million", "Paper Moons"),
        (
            'The sequel "Pocket Pals 3" slipped to second place with $24.1 million.',
            "$24.1 million",
            "Pocket Pals 3",
        ),
        ("Rovers finished second on 31 points.", "31 points", "points of Rovers"),
        ("Ana Silva won the Lisbon Open on Saturday with 6.5 points.", "6.5 points", "points of Ana Silva"),
    ],
)
def test_a_figure_after_a_rank_or_a_win_and_with_belongs_to_the_clauses_subject(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("He finished third on 6 points.", "6 points", "finished third points"),  # a pronoun names no one
        ("They ended the talks with two demands.", "two demands", "demands"),  # no verb of winning
    ],
)
def test_look_alikes_of_a_ranked_figure_keep_their_subject(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Acme Group hopes to raise as much as $340 million in an initial public offering.",
            "$340 million",
            "funds raised by Acme Group in initial public offering",
        ),
        ("The firm paid $2 million for the site.", "$2 million", "sum paid by firm for site"),
        (
            "The ministry spends Rs22.5 billion a year on its ports.",
            "Rs22.5 billion",
            "spending by ministry on ports",
        ),
        ("A ticket sold in Oregon won $3 million.", "$3 million", "prize won by ticket sold in Oregon"),
    ],
)
def test_an_earned_amount_for_a_thing_with_its_determiner_names_measure_earner_and_thing(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The startup raised $5 million in funding.", "$5 million", "funding"),  # the measure itself
        ("He paid $2.5 million for the site.", "$2.5 million", "site"),  # a pronoun names no payer
    ],
)
def test_an_earned_amount_in_a_measure_or_with_no_earner_names_the_noun_after_it(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


def test_a_head_cut_to_its_last_words_opens_with_no_conjunction():
    from analysis.figures.noun_phrases import head_of

    assert (
        head_of("Malaysian food-delivery and payments firm Rimba Group".split())
        == "payments firm Rimba Group"
    )


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Six years ago it was half that.", "Six years", "time since it was half that"),
        (
            "Ten years ago the plant employed 4,000 people.",
            "Ten years",
            "time since the plant employed",
        ),
    ],
)
def test_a_fronted_span_ago_naming_nothing_is_the_time_since_its_clause(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_a_span_ago_after_an_earlier_figure_is_the_time_since_that_figure():
    assert _subjects("Prices fell from $60 two years ago.")["two years"] == "time since the earlier Prices"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "She was fired in June, four days after she voiced concerns about safety.",
            "four days",
            "time after she voiced concerns about safety",
        ),
        ("Two weeks before the vote, support fell.", "Two weeks", "time before the vote (unit: weeks)"),
        (
            "Divers worked all day, and after 14 hours the search became a recovery operation.",
            "14 hours",
            "time before the search became a recovery operation (unit: hours)",
        ),
    ],
)
def test_a_span_with_after_or_before_is_the_time_between_two_things(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("It was the third cut in four years after rents were capped.", "four years"),  # a period after "in"
        ("Profit rose in the three months before March.", "three months"),  # a period ending in a month
        (
            "Drivers began a 72-hour walkout after talks failed.",
            "72-hour walkout",
        ),  # the compound names its event
    ],
)
def test_look_alikes_of_a_time_between_name_no_time_between(text: str, quote: str):
    assert not _subjects(text)[quote].startswith("time ")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Staff were asked to work 70-hour weeks in the busy season.",
            "70-hour weeks",
            "length of the working week (unit: hours)",
        ),
        ("Nurses work 12-hour shifts.", "12-hour shifts", "length of the working shift (unit: hours)"),
    ],
)
def test_an_hours_span_joined_to_a_week_day_or_shift_is_the_length_of_the_working_one(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


def test_an_hours_span_joined_to_another_event_names_the_event():
    assert (
        _subjects("A 48-hour strike began on Monday.")["48-hour strike"]
        == "length of the strike (unit: hours)"
    )


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            'The inquiry had lasted "barely 25 minutes", the judge said.',
            "25 minutes",
            "length of the inquiry (unit: minutes)",
        ),
        ("The strike lasted only three days.", "three days", "length of the strike"),
    ],
)
def test_a_degree_word_or_a_quote_mark_between_a_verb_of_lasting_and_its_span_is_left_out(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Rovers are on 31 points, two points clear of Ashby Town.",
            "two points",
            "margin clear of Ashby Town",
        ),
        ("They are six points adrift of safety.", "six points", "margin adrift of safety"),
    ],
)
def test_points_clear_of_or_adrift_of_a_rival_are_a_margin(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_points_off_the_bench_are_no_margin():
    assert "margin" not in _subjects("He scored 31 points off the bench.")["31 points"]


def test_a_participle_aside_ending_in_a_number_is_left_out_before_the_verb():
    # the number's token takes the aside's closing comma ("2019,")
    text = "The shipwreck, located in 2019, is estimated at about 46 tonnes."
    assert _subjects(text)["46 tonnes"] == "shipwreck (unit: tonnes)"


def test_a_capitalised_word_in_ed_inside_a_name_is_no_verb():
    text = "The United Kingdom remained the main supplier, accounting for 37.3 percent of the total."
    assert _subjects(text)["37.3 percent"] == "United Kingdom as a share of the total"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The fund is short of $19 million.", "$19 million", "shortfall of fund"),
        ("The budget fell short by £2 billion.", "£2 billion", "shortfall of budget"),
        ('"Each quarter we are short of $17 million."', "$17 million", "shortfall"),
    ],
)
def test_an_amount_right_after_short_of_is_a_shortfall(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


def test_an_amount_after_short_of_and_a_determiner_is_a_target_missed_not_a_shortfall():
    assert "shortfall" not in _subjects("Sales fell short of the $50 million target.")["$50 million"]


def test_a_level_after_a_change_of_a_fraction_of_a_point_takes_the_clauses_subject():
    text = "The jobless rate edged up 0.2 of a percentage point to 5.9%."
    assert _subjects(text)["5.9%"] == "jobless rate"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The new ring road, a 48-kilometre route around the city, opens in May.",
            "length of new ring road (unit: kilometres)",
        ),
        (
            "Officials said work on the town's second reservoir, a 300-hectare lake, was late.",
            "area of town's second reservoir (unit: hectares)",
        ),
        (
            "The country's biggest solar park, a 900 MW plant in the desert, is due in 2029.",
            "capacity of country's biggest solar park (unit: megawatts)",
        ),
    ],
)
def test_a_measure_in_an_apposition_measures_the_noun_phrase_it_renames(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a plural unit's possessive names what lasts so long
        ("The judge ordered two years' imprisonment for the clerk.", "imprisonment"),
        ("Tenants must give six months' notice.", "notice (unit: months)"),
        # a parent "of N" counts children
        ("The driver, a father of four, was released on bail.", "children"),
        ("A grandmother of nine ran the stall.", "grandchildren"),
        # an exchange rate quoted "to the dollar" names the currency it is per
        ("ACCRA, Ghana - The cedi fell from GH¢13.6 to the dollar in May.", "(per dollar)"),
        # the dollar "sold at" an amount of a parallel market: an exchange rate
        ("CAIRO - On the black market the dollar sold at 61.5 pounds on Monday.", "EGP per dollar"),
    ],
)
def test_subjects_named_by_a_possessive_span_a_parent_or_a_rate_against_a_currency(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].iloc[0].endswith(subject)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a list of measured things, each with its own noun: no apposition
        (
            "The course has a 2 km row, a 30-kilometre cycle and a 6-kilometre run.",
            "length of cycle (unit: kilometres)",
        ),
        # a superlative alone before the comma names no noun
        ("The biggest, a 900 MW plant in the desert, is due in 2029.", "capacity of plant (unit: megawatts)"),
        # only a time before the comma
        ("It opened on Monday, a 12-kilometre line to the port.", "length of line (unit: kilometres)"),
    ],
)
def test_a_measure_after_a_comma_and_a_renames_nothing_when_no_noun_phrase_stands_before(
    text: str, subject: str
):
    frame = extract_figures(article_from_text(text, "case"))
    assert subject in frame["subject"].tolist()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a margin after a verb of winning or losing and "by"
        ("She won the race by 0.8 seconds.", "winning margin (unit: seconds)"),
        ("The Wildcats lost by 11 points.", "Wildcats losing margin"),  # the side it opens with holds it
        # a signed gap in seconds: behind the leader
        (
            "The winner clocked 9.87s and the runner-up was +0.12s behind.",
            "gap to the leader (unit: seconds)",
        ),
        # an amount of rain or snow is its fall
        ("Gauges measured 84mm of rain overnight.", "rainfall overnight (unit: millimetres)"),
        # a span served in prison, unless the clause names the sentence
        ("He faces up to seven years in prison.", "prison term"),
        ("He was sentenced to nine months in jail.", "length of the sentence (unit: months)"),
        # a sentencing verb with the sentenced named, no term word in the clause: the sentence
        ("The judge sentenced a 41-year-old driver to eight years in prison.", "prison sentence"),
        # a parent's children
        ("She is a mother of three.", "children"),
        # the owner of a span written as a compound
        ("It was the best finish in the club's 18-year history.", "history of club"),
        # a price aside after a noun and its comma; a thing sold once has a sale price
        ("Tickets, priced from $25 to $60, sold out.", "price of Tickets"),
        ("The jars, sold under a house brand for $4 each, were recalled.", "price of jars"),
        ("A villa on the coast, sold for $12 million, set a record.", "sale price of villa"),
        # an amount before a name, past its conversion in brackets
        ("The firm won the €2m (£1.7m) Harbour Prize.", "Harbour Prize"),
        # a race run in a time, the minutes glued; a field told by a bare number and its verb
        ("The race was run in 4min 12.6sec.", "finishing time (unit: seconds)"),
        ("Eleven ran.", "runners"),
        # "for" a named person after a verb of earning is for whom, not what the sum is for
        ("The runner-up earned €40,000 for owner Ann Byrne.", "earnings of runner-up"),
        # the stuff measured may be a named kind ("of Kirkuk crude"), not a possessive or an acronym
        ("About 300 tonnes of Robusta beans were shipped.", "Robusta beans (unit: tonnes)"),
        # (a length "within" of a place is its distance from it, not stuff measured)
        (
            "Boats fish within 6 nautical miles of Norway's coast.",
            "Boats fish within distance from Norway's coast (unit: nautical miles)",
        ),
        # a compound noun opened by a particle after a percent; the basis of a valuation after "at"
        ("Lenders now ask for a 25% down payment.", "down payment"),
        ("Output reached 3.4 trillion rupees at current prices.", "Output"),
        # a time phrase between a subject and its verb is no subject
        ("Sales during the period reached $5 million.", "Sales"),
        ("The value of deals during the period to March 9 reached $8 million.", "value of deals"),
        # a restrictive "who" after the earner
        ("A nurse who earns $900 a month cannot pay rent.", "earnings of nurse"),
    ],
)
def test_subjects_of_margins_gaps_falls_terms_children_and_prices(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert subject in frame["subject"].tolist()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the main clause's verb after the words that follow an amount ends its phrase
        ("A clerk who took $2m meant for clinics was jailed on Monday.", "meant for clinics"),
        # right after the amount, the verb is the amount's own
        ("About $5m was spent on roads.", "was spent on roads"),
    ],
)
def test_a_finite_verb_after_an_amounts_phrase_ends_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an adverb of time or degree between the payer and the verb is no part of the payer
        ("A dairy farmer now pays around $300 a year, the union said.", "sum paid by dairy farmer"),
        ("The regional council still owes $4 million.", "sum owed by regional council"),
        # a present-participle clause about the payer, with a figure in it, is passed over
        (
            "A family of five burning up to 30 kilos of charcoal a week will pay $9.",
            "sum paid by family of five",
        ),
        ("Small firms importing steel from abroad will pay $12 more a tonne.", "sum paid by Small firms"),
        # a "with" phrase qualifies the payer
        (
            "A teacher in Perth with one child will now pay about $40 less a week.",
            "sum paid by teacher in Perth",
        ),
    ],
)
def test_the_payer_of_an_amount_is_read_past_adverbs_participle_clauses_and_with(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    money = frame[frame["kind"] == "money"]
    assert money["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("A family of five burning 30 kilos of charcoal a week", "A family of five"),
        ("Firms importing steel", "Firms"),
        ("Homeowners in the building", "Homeowners in the building"),  # a noun in -ing, after "the"
        ("By the morning the firm", "By the morning the firm"),
        ("The company's spending", "The company's spending"),  # no object after it
    ],
)
def test_a_present_participle_clause_that_ends_a_subject_is_left_out(words: str, kept: str):
    assert " ".join(without_ing_relative(token_runs(words))) == kept


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a short place after the noun that does the verb is kept ("in Bergen"); a long phrase is cut
        (
            "A three-room cottage in the old town now costs about $1,375 a month.",
            "cost of three-room cottage",
        ),
        ("A room in Bergen now costs about $640 a week.", "cost of room in Bergen"),
        # and a past participle before that phrase too
        (
            "A silver teapot crafted in 1790 fetched $9.4 million at auction.",
            "sale price of silver teapot",
        ),
        # a two-word unit symbol inside the noun phrase is no part of it
        (
            "A 450 sq ft loft in the harbour district sold in March for $287,500.",
            "sale price of loft in harbour district",
        ),
    ],
)
def test_the_noun_that_costs_or_sells_is_read_without_its_qualifying_phrases(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    money = frame[frame["kind"] == "money"]
    assert money["subject"].tolist()[0] == subject


def test_an_adverb_before_a_preposition_names_no_noun_that_costs():
    frame = extract_figures(article_from_text("Sales, mostly in Europe, cost the firm $2 million.", "case"))
    assert "mostly" not in frame["subject"].iloc[0]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Corvex's shares rose 2% to 5.10 euros, valuing the company at around 8 billion euros.",
            "market value of Corvex",
        ),
        (
            "Shares of Corvex fell 3% in Paris, valuing the group at about 2 billion euros.",
            "market value of Corvex",
        ),
        ("Corvex shares closed 4% higher, valuing the firm at $3 billion.", "market value of Corvex"),
        # shares named by a pronoun: the market value of the noun valued
        (
            "Its shares fell 3% in Oslo, valuing the company at about 2 billion euros.",
            "market value of company",
        ),
        # no shares: the valuation of the noun valued
        (
            "The deal values the two-year-old startup at 90 million euros.",
            "valuation of two-year-old startup",
        ),
    ],
)
def test_a_company_valued_after_its_shares_moved_is_named_by_them(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The new mill, near the river, reopens in June. It will employ 870 people by the autumn.",
            "employees of new mill",
        ),
        ("The film has taken $40 million so far. It cost roughly $65 million to produce.", "cost of film"),
        (
            "The Pine Ridge fire has burned 400 hectares. It was 35 per cent contained by Sunday night, officials said.",
            "Pine Ridge fire",
        ),
    ],
)
def test_a_sentence_opening_with_it_is_about_the_subject_of_the_sentence_before(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before opens with no definite noun phrase
        "Officials opened the mill in June. It will employ 870 people.",
        # its subject is not the phrase its opening words read ("The company shipped 8m phones")
        "The company sold 8 million tablets in June, up from 7 million. It employs 870 people.",
    ],
)
def test_it_is_left_alone_when_the_sentence_before_names_no_subject_at_its_opening(text: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == "employees"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Five of the nine bids the council received were rejected.", "bids"),
        ("The auditors said the group had hit all but two of its 14 financial targets.", "financial targets"),
        ("Officials said two of the town's 9 libraries would close.", "town's libraries"),
    ],
)
def test_a_partitive_count_counts_the_noun_of_its_whole(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Of the crew, 5 drowned and two were killed by the explosion.",
            ["crew who drowned", "crew killed by the explosion"],
        ),
        ("Of the 300 passengers, 12 died.", ["passengers", "passengers who died"]),
        (
            "Of the workers, 31 were treated for burns, and 6 have died since the fire.",
            ["workers treated for burns", "workers who died"],
        ),
        # no deed: the noun said
        ("Of the dead, 12 were children.", ["children"]),
        # no group fronted
        ("At least 12 people died in the blast.", ["deaths in the blast"]),
    ],
)
def test_a_bare_casualty_count_after_a_fronted_group_names_the_group_and_its_fate(
    text: str, subjects: list[str]
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Barley yields in the valley averaged 41 bushels per acre, against 46 bushels a year earlier.",
            [
                "Barley yields in the valley (unit: bushels per acre)",
                "Barley yields in the valley a year earlier (unit: bushels)",
            ],
        ),
        (
            "Electric cars made up 38 per cent of new registrations, compared with 31 per cent a year before.",
            [
                "Electric cars as a share of new registrations",
                "Electric cars as a share of new registrations a year before",
            ],
        ),
        # a compared figure whose own words name its thing keeps them
        (
            "The plant makes 40 tonnes of steel a day, against 12 tonnes of copper.",
            ["steel (unit: tonnes)", "copper (unit: tonnes)"],
        ),
    ],
)
def test_a_figure_compared_with_another_measures_what_it_does_unless_its_own_words_say(
    text: str, subjects: list[str]
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "About 40 of the nurses spent nine months studying at a college in Leeds.",
            "time spent studying at a college (unit: months)",
        ),
        ("The album spent 12 weeks on the chart.", "time album spent on the chart (unit: weeks)"),
        ("She spends three hours a day studying Latin.", "time spent studying Latin (unit: hours)"),
        (
            "A lorry now spends 9 hours at the border on average.",
            "time lorry spent at the border on average (unit: hours)",
        ),
    ],
)
def test_a_span_after_a_verb_of_spending_time_is_the_time_spent_on_what_follows(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Against Leeds, Hale carried 19 times.", "times Hale carried"),
        ("The actor has married four times.", "times actor married"),
        (
            "The band's first single, Blue Roads, was streamed 600 million times last year.",
            "times Blue Roads streamed",
        ),
        # a pronoun names no doer; nor does a clause joined by "and"
        ("She has been arrested five times.", "times arrested"),
        ("He lost two fumbles and was fouled four times.", "times fouled"),
    ],
)
def test_a_count_of_times_names_who_did_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "He took a $16,750 bonus on top of the $11,250 that is paid to every finalist.",
            "sum that is paid to every finalist",
        ),
        (
            "The county will spend $12 million on levees, on top of the $35m approved in 2021.",
            "sum approved in 2021",
        ),
        (
            "The club sold land for $2 million, in addition to the $9 million raised in May.",
            "sum raised in May",
        ),
        # no clause after the amount names it
        ("In addition to $5 million in cash, the firm gave land.", "in cash"),
    ],
)
def test_an_amount_added_on_top_of_another_is_named_by_the_clause_after_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    money = frame[frame["kind"] == "money"]
    assert money["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Monsoon downpours left 300 mm of rain on parts of eastern Java by Sunday.",
            "rainfall on parts of eastern Java (unit: millimetres)",
        ),
        (
            "Last week's cyclone delivered 212 mm of rain to Pune.",
            "rainfall to Pune (unit: millimetres)",
        ),
        (
            "The blizzard left 20 inches of snow over much of Lanark County before it weakened.",
            "snowfall over much of Lanark County (unit: inches)",
        ),
        # a time or an unnamed place is no place of the stuff
        ("Kerala received 80 mm of rain in June.", "rainfall (unit: millimetres)"),
        ("The area got 40 mm of rain in the afternoon.", "rainfall (unit: millimetres)"),
        ("Dams held 900 cubic metres of water at the end of March.", "water (unit: cubic metres)"),
    ],
)
def test_a_measured_stuff_names_the_named_place_it_fell_on(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a local word glossed in English in brackets after a counted noun (attrib36: the place
        # that has them, opening the clause, names where they are counted)
        ("The region has 12 woredas (districts) on the border.", "woredas (districts) in the region"),
        # a page reference or a caption word in brackets is no gloss
        ("The town has 5 clinics (see map).", "clinics in the town"),
        ("The town has 5 clinics (pictured).", "clinics in the town"),
    ],
)
def test_a_counted_local_word_keeps_its_english_gloss(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Her entry matched all five numbers drawn on Friday.", "numbers matched"),
        ("Rangers recorded 1,730 zebras in the reserve.", "zebras recorded"),
        # an adjective in -ed after an article keeps the plain noun
        ("The two firms have a combined 435 stores.", "stores"),
    ],
)
def test_a_count_after_a_verb_in_ed_names_what_was_done_to_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an amount right after a verb of taking money unlawfully: the money taken, and from whom
        ("The clerk embezzled $2m from the council.", "money embezzled from the council"),
        ("Police say the gang stole about Sh3.4 million.", "money stolen"),
    ],
)
def test_an_amount_after_a_verb_of_stealing_is_the_money_taken(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the noun that heads a phrase with a short place in it, before "cost": both kept
        ("Flats in the new tower cost $1.2 million.", "cost of Flats in new tower"),
        # a measurement after a relative clause's verb is about the noun before the clause
        ("The new runway, which measured 2,900 metres, opened.", "new runway (unit: metres)"),
        # a measurement listed after another in its unit measures what the first does
        (
            "Gusts reached 140 km/h at the airport and 96 km/h in the harbour.",
            "Gusts (unit: kilometres per hour)",
        ),
    ],
)
def test_subjects_of_phrases_with_prepositions_relative_clauses_and_listed_measurements(
    text: str, subject: str
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The base model costs $23,400 this year, compared with $19,850 in 2022, an increase of 18%.",
            "cost of base model",
        ),
        ("Ticket sales fell to 37,300 from 46,900, a drop of about 20%.", "Ticket sales"),
    ],
)
def test_a_percent_after_a_rise_of_is_the_change_of_the_level_before_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] == subject


def test_a_percent_after_a_rise_of_far_from_any_level_keeps_its_own_subject():
    text = "Sales reached $4 million in the year to June, when the firm opened two shops in Leeds, a rise of 12%."
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[-1] != "Sales"


@pytest.mark.parametrize(
    "text",
    [
        "Prices could rise by another 6 per cent in 2027 if wages keep climbing.",
        "Output may grow 2 per cent in 2026 unless the strike drags on.",
    ],
)
def test_a_condition_after_a_percents_year_is_no_part_of_its_subject(text: str):
    quote = "6 per cent" if "6 per cent" in text else "2 per cent"
    subject = subject_of(text, quote)
    assert "wages" not in subject and "strike" not in subject and subject.split()[0] in ("Prices", "Output")


@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        ("The index puts the average rent at €1,450 in the third quarter.", "€1,450", "rent"),
        ("Tolls raised kr 410 million during the past year.", "kr 410", "Tolls"),
    ],
)
def test_a_period_after_an_amount_is_no_part_of_its_subject(text: str, quote: str, word: str):
    subject = subject_of(text, quote)
    assert word in subject and "quarter" not in subject and "year" not in subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("A cabin at the lake costs $400 a night.", "$400", "cost of cabin at lake"),
        ("Prices rose, and a pint at the village pub now costs £5.", "£5", "cost of pint at village pub"),
        ("A seat on the night bus costs $3.", "$3", "cost of seat"),
        ("A cabin at the edge of the lake costs $650.", "$650", "cost of cabin"),
        # a time after "on" or "at" is no place of the doer's noun
        ("The council on Tuesday set aside $3m for roads.", "$3m", "for roads"),
        ("The council at the time set aside $2m for parks.", "$2m", "for parks"),
    ],
)
def test_a_doer_with_a_place_phrase_after_its_noun_names_the_cost(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Officials estimate that 51,000 hectares were burned this summer.", "51,000", "hectares burned"),
        ("Traders said 290,000 tonnes were shipped out to Asia.", "290,000", "tonnes shipped out"),
        # the old level "from the" amount of the same unit measures what the new one does
        (
            "Growers say 7,200 acres were planted, down 4% from the 7,500 acres of the last season.",
            "7,500",
            "acres planted",
        ),
    ],
)
def test_a_physical_amount_before_a_passive_verb_names_what_was_done_to_it(
    text: str, quote: str, subject: str
):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Houses on slopes steeper than 30 degrees were demolished.", "30"),
        ("A plot of 40 hectares was sold to the council.", "40"),
        ("About 40km were added to the network.", "40km"),
    ],
)
def test_an_amount_that_is_no_subject_of_the_passive_verb_after_it_names_no_deed(text: str, quote: str):
    assert subject_of(text, quote).split()[:1] not in (["degrees"], ["hectares"], ["km"])


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Their stock rose 2%, valuing the group at $3bn.", "$3bn", "market value of group"),
        ("Its shares fell 6% in Oslo, valuing the firm at about $410m.", "$410m", "market value of firm"),
        # no shares in the clause: a valuation, not a market value
        ("Its bid, valuing the company at $5bn, was rejected.", "$5bn", "valuation of company"),
    ],
)
def test_shares_named_by_a_pronoun_make_a_valuation_the_market_value(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Farmers expect to harvest 12 million sacks of 50 kilogrammes each.", "50", "weight of each sack"),
        ("The estate was split into four plots of 40 hectares each.", "40", "area of each plot"),
        ("He sold 30 boxes of 12 kg each.", "12", "weight of each box"),
        # no plural noun before "of": the size of that one thing
        ("They bought a tank of 40 litres each.", "40", "tank"),
    ],
)
def test_an_amount_of_each_of_a_plural_nouns_things_is_the_size_of_each(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Moreau fired a six-under 66 on Sunday.", "six-under", "strokes under par"),
        ("Moreau fired a six-under 66 on Sunday.", "66", "round score in strokes"),
        ("She finished on 14-under-par 274, two clear.", "14", "strokes under par"),
        ("She finished on 14-under-par 274, two clear.", "274", "total in strokes"),
        ("Okafor carded a 69 to move into a share of fourth.", "69", "round score in strokes"),
        ("Lindqvist dropped to third after a 73 that included two bogeys.", "73", "round score in strokes"),
        ("The champion was four over par after nine holes.", "four", "strokes over par"),
    ],
)
def test_golf_scores_are_counted_in_strokes(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("They won the 20-over match by six wickets.", "20"),  # a cricket match's overs
        ("Shares rose after a 71 that few had expected.", "71"),  # "after a N" with no golf word
        ("The team lost after a 45 minute delay.", "45"),
    ],
)
def test_counts_outside_golf_copy_are_no_strokes(text: str, quote: str):
    assert "strokes" not in subject_of(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The state will grant up to ¥80 billion (about $530 million) in extra subsidies to the venture.",
            "¥80",
            "in extra subsidies to the venture",
        ),
        ("The fee applies to savers with over £2m ($2.5m) in deposits.", "£2m", "in deposits"),
        # a time or a place after "in" names no money: the clause before does
        ("It earned €40 million ($43 million) in the first half.", "€40", "earned"),
        ("It earned €30 million ($32 million) in Spain.", "€30", "earned"),
    ],
)
def test_an_in_phrase_past_a_bracketed_conversion_names_the_amount(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "It will keep its Leeds warehouse, which covers 90,000 square feet.",
            "90,000",
            "Leeds warehouse covers area",
        ),
        (
            "The two plants, which supply 150 million litres a day, were shut.",
            "150",
            "two plants supply volume",
        ),
        # no relative clause: the clause's own subject already names it
        ("The farm covers 500 hectares.", "500", "farm covers area"),
    ],
)
def test_a_measurement_after_a_relative_clauses_verb_names_the_antecedent(
    text: str, quote: str, subject: str
):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The mayor asked the council to approve $90 million over four years for parks.",
            "four",
            "period of the sum for parks",
        ),
        (
            "The group has committed $60 million over two years to a new depot.",
            "two",
            "period of the sum to a new depot",
        ),
        # the amount names what changed, not a sum spread: no period of it
        ("The fund grew by $40m over three years.", "three", "fund"),
    ],
)
def test_a_span_after_an_amount_for_a_purpose_is_the_period_of_that_sum(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    "text",
    [
        "Officials say it is bigger: $75-million over five years.",
        "It is bigger, as the council says: €40 million over six years, with 12 new trams.",
    ],
)
def test_a_span_after_an_amount_whose_subject_names_nothing_is_still_read(text: str):
    figures = extract_figures(article_from_text(text, "t"))
    assert [(f.unit, f.value) for f in figures.itertuples()][:2] in (
        [("USD", 75_000_000), ("year", 5)],
        [("EUR", 40_000_000), ("year", 6)],
    )


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The plan leaves a deficit equal to 4.2% of gross domestic product.",
            "4.2%",
            "deficit as a share of gross domestic product",
        ),
        ("Public debt, equivalent to 91% of GDP, keeps rising.", "91%", "Public debt as a share of GDP"),
        ("The budget projects a deficit of 3.1% of GDP.", "3.1%", "deficit as a share of GDP"),
        # a part noun, a reckoning word or an adverb before the share names no measured thing
        ("It holds a stake of 20% of the firm.", "20%", "firm"),
        ("An average of 9.5% of patients relapsed.", "9.5%", "patients relapsed"),
        ("Output was cut by 9 million bpd, roughly equal to 9% of global supply.", "9%", "global supply"),
        (
            "Debt will expand by 2% in 2027, equivalent to some 6 percent of output.",
            "6 percent",
            "output",
        ),
    ],
)
def test_a_share_of_a_whole_after_a_noun_and_of_or_equal_to_is_that_nouns_share(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Set a target of 350, Kent were bowled out for 201 in 60.2 overs.", "350", "runs target"),
        ("Set a target of 350, Kent were bowled out for 201 in 60.2 overs.", "201", "runs, all out"),
        ("Opener Ray Dunn made 118 in the second innings.", "118", "Opener Ray Dunn runs made"),
        # no word of cricket around it: any sport's score, any target
        ("Kane scored 3 in the final.", "3", "Kane scored"),
        ("The firm set a target of 500 for next year.", "500", "target"),
    ],
)
def test_cricket_scores_are_counted_in_runs(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Tovik cut its underlying loss before interest, taxation, depreciation and amortisation to $41 million in the first half.",
            "$41",
            "underlying EBITDA loss",
        ),
        (
            "The group expects earnings before interest, taxes, depreciation, and amortization of $2bn.",
            "$2bn",
            "EBITDA",
        ),
        ("Stations raised petrol to £1.62 a litre on Monday.", "£1.62", "petrol (per litre)"),
        ("The firm widened its net loss to $12 million in the quarter.", "$12", "net loss"),
        # a pronoun or a particle where the object would be names nothing
        ("The bank raised up to $300 million in the sale.", "$300", ""),
    ],
)
def test_an_amount_after_a_verb_of_changing_its_object_and_to_is_that_objects_level(
    text: str, quote: str, subject: str
):
    named = subject_of(text, quote)
    assert named == subject if subject else "up" not in named.split()


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Surveyors had valued it at between $6 million and $8 million.", "between", "valuation"),
        ("Analysts value them at $3m.", "$3m", "valuation"),
        ("Investors valued the startup at $90m.", "$90m", "valuation of startup"),
    ],
)
def test_an_amount_a_pronoun_is_valued_at_is_a_valuation(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The $90 fare rose sharply in May.", "$90", "fare"),
        # a change word after "to" is the purpose's verb, part of the phrase
        ("It unveiled a $4m plan to expand the port.", "$4m", "plan to expand the port"),
    ],
)
def test_an_amount_before_a_noun_is_named_by_the_noun_not_the_verb_after_it(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Patients took either 10 mg or 20 mg of the tablet, or a placebo.", "10 mg", "tablet"),
        ("Crews laid 300 tonnes and 450 tonnes of gravel on the two roads.", "300", "gravel"),
        # another unit after "or": no stuff of this one
        ("Each bag holds 5 kg or 11 pounds of rice.", "5 kg", ""),
    ],
)
def test_a_measurement_listed_before_another_in_its_unit_takes_its_stuff(text: str, quote: str, subject: str):
    named = subject_clauses.bare_subject(subject_of(text, quote))
    assert named == subject if subject else "rice" not in named


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            'He said the concerts were expected to gross "between $3m and $4m", adding that seats sold fast.',
            "between",
            "gross of concerts",
        ),
        (
            'The poem was written "in about 15 minutes on a train", she said.',
            "15",
            "length of the period for poem written",
        ),
        # a quotation that opens after a colon is a sentence of its own
        ('He said: "We lost $5 million."', "$5", ""),
    ],
)
def test_a_quoted_fragment_runs_on_from_the_clause_before_its_quote_mark(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "That is 40 percent above its 30-day volume-weighted average.",
            "30-day",
            "period of the volume-weighted average",
        ),
        (
            "Each side gets 60 minutes for 30 moves, then 15 minutes and a 10-second increment per move.",
            "10-second",
            "increment per move",
        ),
    ],
)
def test_a_compound_span_naming_nothing_is_named_by_the_noun_it_modifies(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


def test_a_figure_after_and_of_repeats_the_measure_of_the_figure_before_it():
    text = "It pays a premium of 25% to the close on Tuesday and of 29% to the average price."
    assert "premium" in subject_of(text, "29%")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Four candidates lost their £500 deposits.", "£500", "deposits"),
        ("Seven lost their £500 deposits after the count.", "£500", "deposits"),
    ],
)
def test_an_amount_after_a_possessive_names_the_noun_it_modifies_not_the_doer(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The 15% and 40% bands are scrapped.", "15%", "bands"),
        ("The 15% and 40% bands are scrapped.", "40%", "bands"),
        # no determiner before the first: two changes of the clause's subject
        ("Sales rose 5% and 7% respectively.", "7%", "Sales"),
    ],
)
def test_two_percents_joined_before_a_noun_both_name_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Ruiz has two homers and seven RBIs in the playoffs.", "two", "home runs"),
        ("Ruiz has two homers and seven RBIs in the playoffs.", "seven", "runs batted in"),
    ],
)
def test_sport_abbreviations_are_named_in_full(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The line is now due in 2031, three years behind schedule.", "three", "delay"),
        ("She finished 12 seconds behind the winner.", "12", "margin behind winner"),
    ],
)
def test_a_span_behind_schedule_is_a_delay(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


def test_the_old_level_after_a_rate_and_from_measures_what_the_new_one_does():
    text = "Operators reduced sailings across the strait to 14 a day from 30 in 2019."
    assert subject_of(text, "30") == subject_of(text, "14")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The plan includes the lengthening of the runway from 2,350 metres to 3,080 metres so that larger jets can land.",
            "3,080",
            "lengthening of the runway",  # the noun phrase before "from" (clause_forms._from_to_noun)
        ),
        # a count's own noun names what it counts
        ("Apex is hiring more staff, going from 300 to 450 hires.", "450", "hires"),
    ],
)
def test_the_new_level_in_from_a_to_b_naming_only_its_unit_measures_what_a_does(
    text: str, quote: str, subject: str
):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("They finished fifth, nine points off the top.", "nine", "margin off top"),
        (
            "Dunmore, who finished eighth, 11 points off the European places, spent heavily.",
            "11",
            "margin off European places",
        ),
        # "off the bench" is no place in a table
        ("He scored 31 points off the bench.", "31", "points scored"),
    ],
)
def test_a_points_gap_off_a_place_in_the_table_is_a_margin(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a price's unit between the amount and "for": what the amount buys is named past it
        ("Drivers pay $2 a litre for diesel in Suva.", "$2", "diesel (per litre)"),
        ("Tenants pay Rs 900 per month for water.", "Rs 900", "water (per month)"),
    ],
)
def test_an_amount_paid_per_unit_for_a_thing_names_the_thing(text: str, quote: str, subject: str):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an amount that opens its sentence as the subject of a verb in the past: its unit and verb
        (
            "Some 41,700 tonnes crossed the border at the port.",
            "41,700 tonnes",
            "tonnes crossed (unit: tonnes)",
        ),
        ("Nearly 40 hectares burned near the town.", "40 hectares", "hectares burned (unit: hectares)"),
    ],
)
def test_an_amount_opening_its_sentence_before_a_past_verb_is_named_by_unit_and_verb(
    text: str, quote: str, subject: str
):
    assert _subjects(text)[quote] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a linking adverb or a summing-up phrase set off by commas after the subject is an aside
        ("Cargo, all types put together, reached 5.2 million tonnes.", "5.2 million tonnes", "Cargo"),
        ("Coffee exports, however, rose 12% to 86,000 tonnes.", "12%", "Coffee exports"),
        # a measured level right after "to" that ends a change measures what the change does
        ("Coffee exports, however, rose 12% to 86,000 tonnes.", "86,000 tonnes", "Coffee exports"),
        # a share restated after ", or" in a unit measures the share's part
        ("Bottled water made up 8.5% of sales, or 13,460 litres.", "13,460 litres", "Bottled water"),
    ],
)
def test_an_adverb_aside_and_a_measured_level_after_a_change(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


def test_a_fine_in_default_of_which_a_term_is_served_takes_no_subject_from_the_term():
    # "in default" after a fine opens the prison term served if it is not paid: no subject of the fine
    subject = subject_of(
        "The magistrate fined the trader £2,000 in default to serve a year in jail.", "£2,000"
    )
    assert "default" not in subject and "jail" not in subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The estate rides on 20in alloys as standard.", "alloys (unit: inches)"),
        ("She cleared a 140kg jerk at her first try.", "weight of jerk (unit: kilograms)"),
        ("The pack holds a 75kWh battery.", "battery (unit: kilowatt hours)"),
        # ... not after a limit word, where the noun before is measured ("ewes over 30kg sold")
        ("Ewes over 30kg sold well.", "Ewes weight (unit: kilograms)"),
        ("The hole hit 9m at 3g/t.", "hole (unit: metres)"),
    ],
)
def test_a_measurement_with_a_glued_unit_measures_the_noun_after_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


def test_an_amount_opening_a_line_of_a_list_measures_the_ingredient_after_it():
    text = "You will need:\n3 tablespoons (45 grams) brown sugar\n2 cups rolled oats"
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == [
        "brown sugar (unit: tablespoons)",
        "brown sugar (unit: grams)",
        "rolled oats (unit: cups)",
    ]


def test_a_list_of_places_after_the_payer_leaves_the_payer_the_head():
    text = "Domestic users in Johor, Melaka and Pahang will pay RM4 more."
    assert _subjects(text)["RM4"] == "sum paid by Domestic users"


def test_an_up_percent_after_an_amount_in_a_second_clause_is_that_amounts_change():
    # "..., while X brought in N, up M%": the change of X's amount, not of the first clause's share
    figures = extract_figures(
        article_from_text("Cocoa made up 40% of exports, while coffee brought in $92 million, up 6%.", "t")
    )
    row = figures[figures["value"] == 6].iloc[0]
    assert row["kind"] == "percent_change"
    assert "coffee" in row["subject"]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a span followed by the clause that spent it: the time spent
        (
            "The judge weighed the nine months they had spent in custody.",
            "nine months",
            "time spent in custody",
        ),
        ("The board noted the two years she spent abroad.", "two years", "time spent abroad"),
    ],
)
def test_a_span_followed_by_a_clause_that_spent_it_is_the_time_spent(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a fronted place before ", a" is no noun that the measured phrase renames
        ("At the depot, a 25kg sack of maize sold for $18.", "25kg", "weight of sack"),
        # "can" right before "of" after a measure is the container, not the modal verb
        ("A 4-litre can of paint cost $30.", "4-litre", "can"),
    ],
)
def test_a_measured_container_after_a_fronted_place(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


def test_a_figure_in_brackets_in_the_same_unit_is_a_part_not_a_conversion():
    frame = extract_figures(article_from_text("Lee lifted a total of 240kg (108kg snatch).", "case"))
    assert frame["subject"].tolist()[-1] == "weight of snatch (unit: kilograms)"
    frame = extract_figures(article_from_text("The wall is 60 feet (18m) high.", "case"))
    assert subject_clauses.bare_subject(frame["subject"].tolist()[-1]) == subject_clauses.bare_subject(
        frame["subject"].tolist()[0]
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Another hole, DH-14-031, returned 22m at 3.1g/t.", "hole returned (unit: metres)"),
    ],
)
def test_a_code_or_a_name_set_off_before_the_verb_leaves_the_subject_before_it(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0].startswith(subject)


def test_a_line_label_before_a_colon_names_its_figure_and_a_list_after_it_names_its_nouns():
    text = "Prep time: 25 minutes. Yield: 12 to 14.\nPer slice: 190 calories, 8 grams sugar, 3 grams fibre."
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == [
        "Prep time (unit: minutes)",
        "Yield",
        "Per slice (unit: kilocalories)",
        "sugar (unit: grams)",
        "fibre (unit: grams)",
    ]
    # ... but not a speaker's, nor a dateline's, nor before a count that names its noun
    frame = extract_figures(article_from_text("He said: 40 people died.", "case"))
    assert frame["subject"].tolist() == ["deaths"]
    # ... also on a line of a dashed or bulleted list
    text = "Highlights:\n- Trains run: 8,410\n• Freight moved: 310 tonnes"
    frame = extract_figures(article_from_text(text, "case"))
    assert [s.split(" (unit")[0] for s in frame["subject"].tolist()] == ["Trains run", "Freight moved"]


def test_a_dashed_line_of_a_results_brief_names_its_first_amount_by_its_opening_words():
    text = (
        "Quarter results:\n- Group revenue USD 3.2 bln against USD 2.9 bln\n- Gross margin 43.5%, up from 39%"
    )
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == "Group revenue"
    assert frame["subject"].tolist()[2] == "Gross margin"
    # ... but not a count, whose dashed line is more often a sentence
    frame = extract_figures(article_from_text("Overnight:\n- Police detained 14 people", "case"))
    assert frame["subject"].tolist()[0] != "Police detained"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a number's own comma ends the noun phrase read back from a verb: the date's clause is
        # no part of the subject ("..., which began on July 1, output is put at")
        (
            "For the year, which began on July 1, output is estimated at 9,370 tonnes.",
            "9,370 tonnes",
            "output",
        ),
    ],
)
def test_a_numbers_own_comma_ends_the_phrase_before_a_verb(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an aside between the doer and the verb of cost, a figure inside it or not: the doer
        ("The pier, which opened in 2017, cost $6 million.", "cost of pier"),
        ("The depot, finished last year, cost $3 million.", "cost of depot"),
    ],
)
def test_an_aside_before_a_verb_of_cost_leaves_the_doer_before_it(text: str, subject: str):
    assert [s for q, s in _subjects(text).items() if q.startswith("$")] == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the channel a flow takes is part of its subject ("through", "via"), not its head
        ("Remittances through money-transfer firms came to $95 million.", "Remittances"),
        ("Sales through the online shop reached 4 million euros.", "Sales"),
        # a price's thing with a place it goes to: "A trip to the dentist costs"
        ("A trip to the dentist now costs 45 euros.", "trip"),
        # an active verb capping a change names the change it caps
        ("The pact will limit yearly rent rises to 2 per cent.", "rent"),
        # an amount modifying a noun past its bracketed conversion: the noun after the bracket
        ("The state awarded a 1.4 billion lei (280 million euros) tender for bridges.", "tender"),
        # a prison term's years before "and N months in prison": the sentence too, not the judge
        ("A Batumi judge sentenced the clerk to four years and nine months in prison.", "prison"),
        # a conversion "at" a central bank's rate named at length is no subject of the amount
        (
            "The audit put the loss at 3.1 billion drams, or about $8 million at the Central Bank of Armenia's average rate.",
            "loss",
        ),
    ],
)
def test_a_channel_a_destination_and_a_capped_change_name_their_subject(text: str, subject: str):
    assert subject in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a percent before "less likely to" or a comparative and "risk": what is likelier, for the group
        ("Smokers had a 40% higher risk of stroke.", "40%", "risk of stroke for Smokers"),
        ("Users were 12% more likely to renew.", "12%", "likelihood to renew for Users"),
        (
            "Vaccinated children were 30% less likely to miss school.",
            "30%",
            "likelihood to miss school for Vaccinated children",
        ),
        # ... and nothing changes without those words
        ("Sales were 5% higher in May.", "5%", "Sales"),
    ],
)
def test_a_percent_of_likelihood_names_what_is_likelier(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Value Added Tax collections rose 12% to Shs2 trillion.", "12%", "Value Added Tax collections"),
        ("Receipts from Goods Imported Duty fell 3% last year.", "3%", "Goods Imported Duty"),
    ],
)
def test_a_capitalised_participle_inside_a_name_is_no_verb(text: str, quote: str, subject: str):
    assert subject in subject_of(text, quote)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Water levels rose 2m overnight.", "Water levels (unit: metres)"),
        ("The lake fell 0.4m overnight.", "lake (unit: metres)"),
    ],
)
def test_a_time_adverb_after_a_glued_unit_names_nothing_measured(text: str, subject: str):
    assert subject_of(text, text.split()[-2][:3]) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a length before "to go" is the distance left; a span before it stays a time
        ("The yacht had 510 miles to go at the last report.", "510 miles", "distance left to go"),
        ("He attacked with 12km to go.", "12km", "distance left to go"),
        # an acronym and a noun after a glued unit: the thing so measured
        ("The 6.1in OLED screen refreshes quickly.", "6.1in", "OLED screen"),
        ("The stadium has a 40ft LED wall.", "40ft", "LED wall"),
    ],
)
def test_a_length_to_go_and_an_acronym_after_a_glued_unit(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


def test_a_part_of_persons_counted_names_the_persons_not_a_nearer_thing():
    text = "The court tried 30 suspects in three districts; 14 of them were convicted."
    assert subject_of(text, "14") == "suspects"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an economy that grows or expands by a percent: the percent measures its growth
        ("The island's economy grew 3.3% last year.", "3.3%", "growth of the island's economy"),
        ("Officials expect the economy to expand 2.8 per cent.", "2.8 per cent", "growth of the economy"),
        (
            "The Chilean economy is expected to grow 2.1 percent.",
            "2.1 percent",
            "growth of the Chilean economy",
        ),
        # ... one that shrinks keeps its subject
        ("The economy shrank 1.4% in 2020.", "1.4%", "economy"),
    ],
)
def test_a_growing_economy_names_its_growth(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an aside opened by a short or irregular participle or by "home to" is passed over
        (
            "The weekly ferry pass, used by about 12,000 islanders, will stay at $45.",
            "$45",
            "weekly ferry pass",
        ),
        (
            "The city's fleet of buses, bought with a federal grant, has grown to 140.",
            "140",
            "fleet of buses",
        ),
        (
            "Water use in the northern district, home to 80,000 people, averages 95 litres a day.",
            "95 litres",
            "use in the northern district",
        ),
        # a time adverb inside the link: the clause's subject, not the aside before it
        ("The old quay, which was closed for a decade, is now 70 percent rebuilt.", "70 percent", "quay"),
        ("The bridge toll, paid by every lorry, is currently $12.", "$12", "bridge toll"),
    ],
)
def test_a_participle_or_home_aside_and_a_time_adverb_in_the_link(text: str, quote: str, subject: str):
    assert subject in subject_clauses.bare_subject(subject_of(text, quote))


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a share of a whole restating a sum, after the sum's bracketed conversion and its year
        (
            "Food imports cost Kz 40 billion (about $1.9 billion) in 2024, equal to 6 per cent of GDP.",
            "6 per cent",
            "cost of Food imports as a share of GDP",
        ),
        ("Arrears rose to $2 billion last year, or 1.5% of GDP.", "1.5%", "Arrears as a share of GDP"),
        # ... but a share "of it" is a part of the sum itself
        (
            "The bridge cost $90 million, about 30 percent of it paid by the state.",
            "30 percent",
            "it paid by the state",
        ),
    ],
)
def test_a_share_restating_a_sum_after_its_conversion_and_year(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_sentence_adverb_between_commas_hides_no_percent_subject():
    text = "Rice inflation, however, remained high at 9.1 per cent."
    assert "Rice inflation" in subject_of(text, "9.1 per cent")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # look-alikes: a participle or "home" that is no aside, "now" with no link before it
        ("The company now employs 4,000 people.", "4,000 people", "employees of company"),
        ("Prices rose 3% in May.", "3%", "Prices"),
    ],
)
def test_participle_and_adverb_look_alikes_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an amount after "equal to" or "equivalent to" names the noun before it
        (
            "Police said the haul, equal to about $2.1 million at the time, was seized.",
            "$2.1 million",
            "haul",
        ),
        ("The grant, equivalent to $90,000 last year, was cut.", "$90,000", "grant"),
    ],
)
def test_an_amount_equal_to_names_the_noun_before(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an acronym defined in brackets after its long form names the thing with it
        (
            "The watchdog sets a reference retail price (RRP) each July. The RRP was $812 last year.",
            "$812",
            "reference retail price (RRP)",
        ),
        (
            "The Board of Higher Education (BHE) met on Monday. Last year the BHE was $3m.",
            "$3m",
            "Board of Higher Education (BHE)",
        ),
    ],
)
def test_a_bare_acronym_subject_takes_its_long_form(text: str, quote: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    row = frame[[text[s:e] == quote for s, e in zip(frame["start"], frame["end"], strict=True)]]
    assert row["subject"].iloc[0] == subject


def test_an_acronym_whose_letters_the_words_before_do_not_spell_is_left_alone():
    figures = [figure.Figure(60, 64, (60, 64), 812, "USD", "money", "RRP")]
    body = "The watchdog sets a price cap for retailers (RRP) each July. The RRP was $812 then."
    assert back_references.expand_acronyms(figures, body)[0].subject == "RRP"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a percent estimated in a relative clause ("which analysts put at") is its antecedent's
        ("Profit matched the group's share of sales, which brokers put at 2.6 per cent.", "share"),
        ("The bank's stake, which it estimates at 11 percent, rose.", "stake"),
        # an investment return's verb after a relative-clause aside is the noun's before it
        ("Bonds, which make up 30 per cent of assets, returned 4.2 per cent.", "Bonds"),
    ],
)
def test_a_relative_clause_hands_its_antecedent_to_the_percent(text: str, word: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert word in frame["subject"].iloc[-1]


def test_a_relative_clause_naming_its_own_thing_keeps_it():
    text = "Wage growth sits near the 4% goal, which allows a margin of 0.6 percentage points."
    assert "margin" in extract_figures(article_from_text(text, "case"))["subject"].iloc[-1]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # the one word read for a figure is its clause's verb: the noun phrase that opens the clause
        (
            "In the capital's markets, a sack of maize flour, the main staple, now sells at 900 shillings.",
            "900 shillings",
            "sack of maize flour sells",
        ),
        (
            "The herring, a cold-water fish, are moving about 30 km north each decade.",
            "30 km",
            "herring moving",
        ),
        ("The town has received barely 9 mm since January.", "9 mm", "town received"),
        (
            "The council's demands, which she put at 40 million euros a year, were rejected.",
            "40 million euros",
            "council's demands",
        ),
        (
            "The mayor said the city could not meet the drivers' demands, which she put at 90 million euros a year.",
            "90 million euros",
            "drivers' demands",
        ),
        ("In the open market, the lira was bought at 6.48 and sold at 6.47.", "6.47", "lira sold"),
    ],
)
def test_a_figure_after_its_clause_verb_names_the_clause_subject(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject_of(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # look-alikes: a pronoun opens the clause, the word is a noun after a preposition or a
        # determiner, a verb and its object, a list whose verb is gapped
        ("Now I pay $40 a month.", "$40", "pay"),
        ("The Fed raised rates by 25 basis points.", "25 basis points", "rates"),
        ("Food prices rose 3%, fuels 4.4% and energy 1.1%.", "1.1%", "energy"),
    ],
)
def test_a_verb_without_a_doer_or_a_noun_keeps_its_subject(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject_of(subject_of(text, quote)) == subject


def test_a_change_after_a_period_phrase_names_the_clause_subject_not_the_period():
    text = (
        "Dutch fintech firms raised $2.1 billion over the first half of the year, up 14% from a year earlier."
    )
    assert (
        subject_of(text, "14%") == "funds raised by Dutch fintech firms"
    )  # the sum's change, not the period


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an event's verb before the person it acts on, named with an age and a place
        (
            "Judge Ann Hale jailed Peter Cole (41), of Otley, for three years and four months after a jury convicted him.",
            "three years",
            "length of the prison sentence",
        ),
        # ... and the smaller part of the same time, joined by "and", whatever follows it
        (
            "Judge Ann Hale jailed Peter Cole (41), of Otley, for three years and four months after a jury convicted him.",
            "four months",
            "length of the prison sentence",
        ),
        ("The judge jailed him for six years.", "six years", "length of the prison sentence"),
        ("The council closed Mill Lane for six weeks.", "six weeks", "length of the closure"),
        # look-alike: a lower-case object is no person acted on
        ("The union struck a deal for ten years.", "ten years", "union struck deal"),
    ],
)
def test_an_event_verb_before_its_person_names_the_duration(text: str, quote: str, subject: str):
    assert subject_clauses.bare_subject(subject_of(text, quote)) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a sum set aside, a budget named before its purpose, or a purpose that opens with a name in quotes
        (
            "The ministry has set aside $4.5 million in the 2026/27 budget to hire 300 more nurses.",
            "$4.5 million",
            "funds set aside to hire more nurses",
        ),
        (
            "The council earmarked $3 million in its budget for road repairs.",
            "$3 million",
            "funds set aside for road repairs",
        ),
        (
            'The plan also sets aside €2 billion for the "Buy Local" scheme and raises pensions.',
            "€2 billion",
            "funds set aside for the Buy Local scheme",
        ),
        # look-alikes: a plain purpose right after the sum, no purpose, "set" with no "aside"
        ("The council set aside $3 million for road repairs.", "$3 million", "for road repairs"),
        ("The company set a target of $5 million.", "$5 million", "target"),
    ],
)
def test_a_sum_set_aside_is_named_by_its_purpose(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_an_earlier_level_after_up_from_and_an_approximation_restates_the_measure():
    text = "Battery output should hit 300 GWh by 2031, up from about 80 GWh today."
    assert subject_clauses.bare_subject(subject_of(text, "80 GWh")) == subject_clauses.bare_subject(
        subject_of(text, "300 GWh")
    )


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The new rules add $60 a year to the water levy, taking it to $410.", "$410", "water levy"),
        # look-alike: a time ends the clause before the comma, so "them" stays unresolved
        ("The firm hired 40 staff in May, taking them to 300.", "300", "taking"),
    ],
)
def test_taking_it_to_a_level_names_the_noun_phrase_the_clause_ends_on(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a relative clause between commas stands between the noun and its verb: read past it
        (
            "Its seed unit, which brings in about a tenth of turnover, posted revenue of $40 million.",
            "$40 million",
            "seed unit posted revenue",
        ),
        ("Melco, whose owner is in Macau, reported revenue of $2 billion.", "$2 billion", "revenue"),
    ],
)
def test_a_relative_aside_between_commas_is_read_past(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_mark_after_a_margin_that_names_no_thing_keeps_its_own_noun():
    text = "Her total is 6kg above the 216kg qualifying mark for the Commonwealth Games."
    assert subject_clauses.bare_subject(subject_of(text, "216kg")) == "weight of qualifying mark"


def test_a_pronoun_before_a_verb_of_cost_names_no_doer():
    text = "Rice sells for 900 kip, and in the south it costs 950 kip."
    assert subject_of(text, "950 kip") == "cost"


def test_further_before_a_span_names_nothing():
    text = "The court took a year off for the plea and a further four months for remorse."
    assert "further" not in subject_of(text, "four months")


def test_a_cost_after_and_names_its_doer_without_the_joining_word():
    text = "Fuel takes 20 percent of income, and wages for nurses cost $4 million a month."
    assert subject_of(text, "$4 million") == "cost of wages"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Weekly report:\n-- Barley: Harvest was 64% done, up 8 points on the week.\n",
            ["Barley: Harvest", "Barley: Harvest (unit: percentage points)"],
        ),
        # a figure right after the colon is named by the label alone; a sentence with no list
        # topic keeps its own subject
        ("Key figures:\n- Turnout: 61%\n", ["Turnout"]),
        ("Harvest was 64% done.", ["Harvest"]),
    ],
)
def test_a_list_lines_topic_before_its_colon_names_the_shares_in_its_sentence(text: str, subjects: list[str]):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist() == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Diastolic pressure fell by a mean of 2.7 mm Hg on the pill.",
            "Diastolic pressure (unit: millimetres of mercury)",
        ),
        ("Rainfall rose by an average of 14 mm a decade.", "Rainfall (unit: millimetres)"),
        # the statistic alone as the clause's own subject stays
        ("The average was 5 kg.", "average (unit: kilograms)"),
    ],
)
def test_a_measure_stated_as_an_average_of_is_what_the_clause_before_measures(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "New toll rates:\nCars: $4.35\nBuses, coaches and heavy trucks: $13.65\n",
            "Buses, coaches and heavy trucks",
        ),
        ("Fees from March:\n- Ports, docks and marinas: R$ 910.50\n", "Ports, docks and marinas"),
    ],
)
def test_a_list_line_label_with_commas_names_its_amount(text: str, subject: str):
    figures = extract_figures(article_from_text(text, "case"))
    assert figures["subject"].iloc[-1] == subject


def test_a_sentence_with_commas_before_a_colon_is_no_label():
    text = "She said, in the end, that only one thing mattered: 40 people came."
    figures = extract_figures(article_from_text(text, "case"))
    assert "said" not in figures["subject"].iloc[0]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier walkouts over pension cuts in 2011 and 2016 lasted 9 and 14 days.",
        "The two sieges of the old town lasted 40 and 52 days.",
    ],
)
def test_both_ends_of_a_lasting_pair_take_what_lasted(text: str):
    figures = extract_figures(article_from_text(text, "case"))
    spans = figures[figures["kind"] == "duration"]["subject"].tolist()
    assert len(spans) == 2
    assert all(s.startswith("length of the ") and s != "length of the " for s in spans)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Of the starters, the smoked trout (£9) is fine.", "smoked trout"),
        ("A day pass (€12) covers the lifts.", "day pass"),
        # an amount in brackets after another amount is no item priced
        ("Sales were EUR 5.2 bln (EUR 4.9 bln).", "Sales"),
    ],
)
def test_an_amount_alone_in_brackets_prices_the_noun_phrase_before_it(text: str, subject: str):
    subjects_found = list(extract_figures(article_from_text(text, "case"))["subject"])
    assert subject in subjects_found[-1]


@pytest.mark.parametrize(
    ("text", "index", "subject"),
    [
        # a bare count after "which number": the noun before the relative pronoun
        ("Grain goes to the district's flour mills, which number 17.", 0, "district's flour mills"),
        ("Its members, who now number about 640, voted on Monday.", 0, "members"),
        # a span after "which are due to last": the noun phrase that opens the clause
        (
            "The repairs, which are expected to last nine weeks, begin in June.",
            0,
            "length of the repairs (unit: weeks)",
        ),
        # ... but a clause that "which" sums up names no noun of its own
        ("He will repay it at $40 a month, which would take 12 years.", 1, "take"),
        # a price after "said" and no "that": the reported clause's subject, an adverb before its verb left out
        ("A trader, 58, said a 20-litre tin of oil already costs 9,000 naira.", 2, "cost of tin of oil"),
        # a span "for a period of" after a participle in an aside: the length of the noun before it
        ("The lease, signed for a period of 15 years, covers two docks.", 0, "length of the lease"),
        # ... not of a person jailed
        ("The driver, jailed for a period of six years, appealed.", 0, "jailed period"),
        # ", against" another level of the figure before it, however far qualified in between
        (
            "Wards treated 5,000 flu patients aged over 65 in the six weeks from November to mid-December, against 3,000 in the same weeks a year earlier.",
            3,
            "flu patients",
        ),
        # "and employs": the subject that opens the sentence, or the noun before ", which"
        (
            "The dairy sector adds about 4% to exports and employs some 12,500 people.",
            1,
            "employees of dairy sector",
        ),
        ("Mining accounts directly for 6% of output and employs 8,000 people.", 1, "employees of Mining"),
        ("The depot, which opened in 2011 and employs 140 people, will close.", 1, "employees of depot"),
        # ... but no pronoun, nor a plural noun after an adjective read as a verb
        ("It trades in 30 markets and employs 700 people.", 1, "employees"),
        ("Small bakers make bread and employ 70 people.", 0, "employees"),
        # a span "over" right after the interest rate of a sum lent: the loan's term
        (
            "The dam will be paid for with a credit of $40 million from a Gulf fund, carrying an interest rate of 2% over 20 years.",
            2,
            "term of the credit",
        ),
        # ... not a span after a change of a sum that is no loan
        ("Sales of $40 million rose 2% over 20 years.", 2, "Sales"),
        # a later level of the same measure after ", rising to"
        (
            "The mill expects to process 40,000 tonnes of cane this year, rising to 60,000 tonnes in two years.",
            1,
            "cane (unit: tonnes)",
        ),
    ],
)
def test_a_figure_takes_the_noun_its_clause_refers_back_to(text: str, index: int, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[index] == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # the noun phrase that opens the clause, before a phrase that qualifies it, does the costing
        ("A 3-km trip on one of the city's ferries costs about 40 pesos.", "40 pesos", "cost of trip"),
        ("A family room at 8,000 rupees a night now costs them 90 euros.", "90 euros", "cost of family room"),
        (
            "A one-bedroom flat of 45 square metres near the park costs 21 million forints.",
            "21 million",
            "cost of one-bedroom flat",
        ),
        ("In March, a ticket for the late show in the old cinema will cost $14.", "$14", "cost of ticket"),
        ("A 10-kilo sack of rice used to cost us 7,000 shillings.", "7,000", "cost of sack of rice"),
        # the value it replaces measures the same: "instead of"
        (
            "From May, a bus ride in the valley will cost 3 euros instead of 2 euros.",
            "2 euros",
            "cost of bus ride in valley",
        ),
    ],
)
def test_a_cost_names_the_noun_phrase_opening_its_clause(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # no determiner opens the clause, a pronoun or an infinitive's "to": no doer read
        ("The council said tickets on the ferry cost 40 pesos.", "40 pesos"),
        ("In the south it costs 950 kip.", "950 kip"),
        ("Last year the repairs on the bridge cost 40 million pesos.", "40 million"),
        ("The port plans to invest $142 million in dredging.", "$142 million"),
    ],
)
def test_a_cost_with_no_opening_noun_phrase_names_no_doer(text: str, quote: str):
    assert subject_of(text, quote) in ("cost", "investment")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a price "each" or "apiece" after "at" is the price of each thing counted before it
        (
            "We ordered three bottles of a dry white at £28 apiece.",
            "£28",
            "unit price of bottles of dry white",
        ),
        ("The museum sold 300 tickets at $40 each.", "$40", "unit price of tickets"),
        (
            "Families were buying 10-litre jerrycans from traders at $1 each.",
            "$1",
            "unit price of jerrycans from traders",
        ),
        ("About 2 million tickets were sold for the final, at $5 each.", "$5", "unit price of tickets"),
        (
            "It will sell 4 million bonds, or 8% of the issue, at 90 pesos apiece.",
            "90 pesos",
            "unit price of bonds",
        ),
        ("Tickets went on sale at $40 apiece.", "$40", "unit price"),
    ],
)
def test_a_price_each_after_at_prices_the_things_counted_before(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # no "at" before the amount, or no "each" after it: no unit price
        ("Twelve families received grants of 5,000 rupees each.", "5,000 rupees"),
        ("The museum sold 300 tickets at $40 on Friday.", "$40"),
    ],
)
def test_an_amount_each_without_at_is_no_unit_price(text: str, quote: str):
    assert "unit price" not in subject_of(text, quote)


def test_a_compared_figure_after_a_reporting_clause_measures_what_the_first_does():
    text = (
        "Barley planting in the north reached 71% of the expected area by Friday, the farm bureau"
        " said, against 64% a year earlier."
    )
    assert subject_of(text, "64%") == f"{subject_of(text, '71%')} a year earlier"  # the time it is of


def test_a_compared_figure_far_off_with_no_reporting_clause_still_measures_what_the_first_does():
    # ", against" reaches back as far as ", up from" does, whatever qualifies the first in between
    text = (
        "Barley planting in the north reached 71% of the expected area by Friday in most of the"
        " counties east of the wide river valley, against 64% a year earlier."
    )
    assert subject_of(text, "64%") == f"{subject_of(text, '71%')} a year earlier"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a second figure of one verb after "and", with no verb of its own, measures what the first does
        ("The union won a pay rise of 2.5% in January and a further 2% in July.", "2%", "pay"),
        ("Factory output increased 4.1% y/y in May and 0.6% m/m.", "0.6%", "Factory output"),
        (
            "The judge set a fine of $40,000 for the builder and $10,000 for the architect.",
            "$10,000",
            "fine for the architect",
        ),
        (
            "The firm will pay royalties of 5 percent on copper and 7 percent on cobalt.",
            "7 percent",
            "pay royalties on cobalt",
        ),
    ],
)
def test_a_gapped_second_figure_after_and_measures_what_the_first_does(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # its own noun, its own verb, "respectively", or a bare "and" between two figures
        # (subj41: a bare count of people that opens its clause takes its past verb, people_doing)
        ("Sales rose 5% in March and 300 people lost their jobs.", "300 people", "people lost their jobs"),
        ("It holds 5% of the shares and 3% of the bonds.", "3%", "bonds"),
        ("The kip traded at 18,000 to the dollar and 550 to the baht.", "550", "kip per baht"),
        ("The council approved $4.5 million for drains and $2 million for roads.", "$2 million", "for roads"),
    ],
)
def test_a_figure_after_and_with_its_own_noun_or_verb_keeps_its_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# An exchange rate after a change of its currency keeps the pair its reader named; a rate whose base
# was read short, and a price per a unit, keep the subject their clause gives them.
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The tenge weakened 0.5% to 521.40 per dollar on Friday.", "521.40", "tenge per US dollar"),
        ("The lari firmed 0.3% to 2.69 per dollar.", "2.69", "lari per US dollar"),
        ("The Singapore dollar slipped to S$1.3052 per U.S. dollar.", "S$1.3052", "Singapore dollar"),
        ("Wheat rose 2% to $248 per tonne.", "$248", "Wheat (per tonne)"),
    ],
)
def test_a_rate_after_a_change_of_its_currency_keeps_its_pair(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_in_terms_of_before_a_bracketed_percent_is_no_subject():
    text = "Idaho's population rose the most in terms of percentage (16.3), while Ohio gained the most jobs."
    assert subject_of(text, "16.3") == "population"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a short noun phrase opening its sentence, then an aside of any opening, then the verb
        ("The pork loin, cut thick on the bone, is £26.", "£26", "pork loin"),
        ("The tasting menu, seven courses with matched wines, is £95.", "£95", "tasting menu"),
        ("The stadium, held by a private trust, is worth £40 million.", "£40 million", "value of stadium"),
    ],
)
def test_an_aside_after_a_noun_phrase_opening_its_sentence_is_read_past(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_sentence_that_opens_with_no_article_keeps_the_noun_before_its_verb():
    # "Prices" opens with no article: the words after its comma are no aside read past
    text = "Prices, rents and fees rose, and the deposit is £870."
    assert subject_of(text, "£870") == "deposit"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a measurement naming only its quantity, joined to the whole before it, is a part of it
        (
            "The board set a quota of 60,000 tonnes of purchases by traders, including 10,000 tonnes for the bakers.",
            "10,000",
            "purchases for the bakers (unit: tonnes)",
        ),
        (
            "The mines will have a combined capacity of 20,000 tonnes of copper a year, 15,000 tonnes at Kama and 5,000 at Lulu.",
            "15,000",
            "copper at Kama (unit: tonnes)",
        ),
        (
            "About 900 acres of land will be bought, of which 600 acres are already fenced.",
            "600 acres",
            "land (unit: acres)",
        ),
    ],
)
def test_a_part_after_its_whole_measures_what_the_whole_does(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a gap to a benchmark, a change "to" a level, or a further amount "plus": no part
        ("The high was 36C, 2C above the average.", "2C"),
        ("The new case pushed the mass up by 5g, to 190g.", "190g"),
    ],
)
def test_a_measurement_that_is_no_part_keeps_its_subject(text: str, quote: str):
    found = subject_of(text, quote)
    # no part of the whole ("the high"): a gap to a benchmark is named by the benchmark (subj32:
    # "temperature above the average")
    assert "high" not in found and "pushed" not in found


def test_the_old_level_after_a_price_per_unit_in_to_a_from_b_measures_what_the_new_one_does():
    text = "Peru raised the price of kerosene to $6 a gallon from $5 on Monday."
    assert subject_of(text, "$5") == "Peru price kerosene"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # two kinds of stuff joined by "and" after "of", and the noun after them
        (
            "The tart holds a good 90g of white and dark chocolate piled on pastry.",
            "90g",
            "white and dark chocolate (unit: grams)",
        ),
        (
            "The truck carried 20 tonnes of sand and gravel to the site.",
            "20 tonnes",
            "sand and gravel (unit: tonnes)",
        ),
        # ... not a number word, an approximation or an auxiliary after "and"
        (
            "The jar holds 3 tablespoons of honey and one teaspoon of salt.",
            "3 tablespoons",
            "honey (unit: tablespoons)",
        ),
        ("The truck carried 20 tonnes of sand and then left.", "20 tonnes", "sand (unit: tonnes)"),
    ],
)
def test_stuff_joined_by_and_after_of_names_both(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # "X are equal to N% of Y": what X holds as a share of Y
        (
            "Remittances are equal to about 18% of gross domestic product, the bank said.",
            "18%",
            "Remittances as a share of gross domestic product",
        ),
        ("The fine is equal to 10% of annual turnover.", "10%", "fine as a share of annual turnover"),
    ],
)
def test_a_share_after_be_equal_to_is_held_by_the_clause_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_an_amount_equal_to_a_share_after_a_comma_is_not_read_as_the_clause_subjects_share():
    text = "Fuel subsidies cost the state $2.1 billion in 2025, equivalent to 3.4% of gross domestic product."
    assert "state" not in subject_of(text, "3.4%")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The pier in numbers\n- 120: metres, its length\n- 30: anglers a day",
            "120",
            "its length (unit: metres)",
        ),
        ("The pier in numbers\n- 120: metres, its length\n- 30: anglers a day", "30", "anglers day"),
        ("The fair in numbers\n- 13.85: dollars, the price of a day pass", "13.85", "price of a day pass"),
        # a count's own noun stays its subject when an apposition only adds to it
        ("The fair in numbers\n- 6: rides, the tallest 20 metres high", "6", "rides"),
    ],
)
def test_a_by_the_numbers_line_says_what_its_opening_figure_is(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_bracket_asides_are_left_out_of_words_and_an_unclosed_bracket_stays():
    words = "a crate ( 24 bottles ) of water".split()
    assert subject_clauses.without_bracket_asides(words) == "a crate of water".split()
    assert (
        subject_clauses.without_bracket_asides("the plan ( phase two".split())
        == "the plan ( phase two".split()
    )


def test_an_appraisal_verb_sizes_its_object_and_nothing_else():
    assert subject_clauses.appraised_object("Police put the death toll at".split()) == "death toll"
    assert subject_clauses.appraised_object("Analysts put it at".split()) == ""
    assert subject_clauses.appraised_object("The dinar is pegged to the euro at".split()) == ""
    assert subject_clauses.appraised_object("The rate peg was set at".split()) == ""
    assert subject_clauses.appraised_object("The debt , estimated at".split()) == ""


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a clause of time after a change verb has its own subject: the figure is measured there
        ("Orders slowed after the entry fee was raised to $150,000.", "$150,000", "entry fee"),
        ("Bookings fell sharply before the ferry fare rose to $40.", "$40", "ferry fare"),
    ],
)
def test_a_clause_of_time_after_a_change_verb_names_its_own_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        # after a noun the preposition keeps its phrase: the week after the vote
        ("Turnover in the week after the vote rose to $3 million.", "$3 million", "Turnover"),
        ("Sales in the month before the strike reached 4,000 units.", "4,000 units", "Sales"),
    ],
)
def test_a_time_preposition_after_a_noun_keeps_the_noun_phrase(text: str, quote: str, word: str):
    assert word in subject_of(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        # the mark of a comparison, a reduced relative clause after it: what the clause's subject is
        ("Visitor numbers could fall short of the 2.4 million forecast.", "2.4 million", "Visitor"),
        ("Wheat output stayed below the 300,000 tonnes planned.", "300,000 tonnes", "Wheat output"),
        # ... or what the figure it is compared with measures
        (
            "The stadium will cost $900 million, $250 million more than the $650 million budgeted in 2019.",
            "$650 million",
            "cost",
        ),
        (
            "The sequel sold 80,000 copies in a week, the publisher said, twice the 40,000 reached by the first book.",
            "40,000",
            "copies",
        ),
    ],
)
def test_a_mark_qualified_by_a_participle_measures_what_it_is_compared_with(text: str, quote: str, word: str):
    assert word in subject_of(text, quote)


def test_a_mark_whose_clause_names_its_own_time_keeps_it_and_a_figure_before_the_comparison_is_no_mark():
    text = (
        "Fees reached $4.1 million, 3 percent more than the $4 million recorded in the same month last year."
    )
    assert subject_of(text, "$4 million") != subject_of(text, "$4.1 million")
    assert (
        subject_clauses.marked_clause_subject(
            "Fees were 2 million euros higher than the".split(), ["collected"]
        )
        == ""
    )
    assert (
        subject_clauses.marked_clause_subject("Fees could fall short of the".split(), ["forecast"]) == "Fees"
    )
    assert subject_clauses.marked_clause_subject("Fees could fall short of the".split(), ["mark"]) == ""


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a name before ", which" is the doer of the relative clause, after a preposition too
        (
            "The firm paused work at Brookvale, which employs 640 people.",
            "640 people",
            "employees of Brookvale",
        ),
        ("The gala is at the Corran Hall, which seats 900.", "900", "capacity of Corran Hall"),
        # a common noun there may end a longer phrase: nothing is read past it
        ("She paid for treatment at a clinic, which cost the family $9,000.", "$9,000", "cost"),
    ],
)
def test_a_name_before_which_after_a_preposition_is_the_relative_clauses_doer(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        # a passive deed after "and" shares the subject of the clause before it
        (
            "Officials said the ring road had been closed at dawn and would be reopened within 36 hours.",
            "36 hours",
            "ring road",
        ),
        (
            "The ferry pier was damaged and will be repaired within eight months.",
            "eight months",
            "ferry pier",
        ),
    ],
)
def test_a_span_after_a_passive_deed_joined_by_and_names_the_first_clauses_subject(
    text: str, quote: str, word: str
):
    assert word in subject_of(text, quote)


def test_a_state_before_within_is_no_deed():
    assert span_subjects.done_within("the fleet is at its youngest in".split()) == ""


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a verb right after "and" shares the subject of the clause before it
        (
            "The full-back gathered a loose kick and ran 70 metres to score.",
            "70 metres",
            "full-back ran (unit: metres)",
        ),
        (
            "They were pressing late on when Ogundipe intercepted the ball and sprinted 50 metres.",
            "50 metres",
            "Ogundipe sprinted (unit: metres)",
        ),
    ],
)
def test_a_verb_after_and_takes_the_subject_of_the_clause_before(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "unwanted"),
    [
        # nouns joined by "and" are no shared subject
        ("Premium petrol and diesel sell at 45 cents a litre.", "45 cents", "petrol diesel"),
        ("The depot on Monday halted sales and capped deliveries at 80 litres.", "80 litres", "Monday"),
    ],
)
def test_nouns_joined_by_and_or_a_time_are_no_shared_subject(text: str, quote: str, unwanted: str):
    assert unwanted not in subject_of(text, quote)


def test_a_verb_after_and_is_a_past_form_or_a_verb_of_the_tables():
    assert subject_clauses._verb_after_and("ran") and subject_clauses._verb_after_and("scored")
    assert not subject_clauses._verb_after_and("diesel") and not subject_clauses._verb_after_and("again")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a disaster told by its verb names the event of a casualty count
        ("The volcano last erupted in 1998, when 14 people died.", "14 people", "deaths in the eruption"),
        (
            "A crowded barge capsized on the river, and at least 9 people were dead.",
            "9 people",
            "deaths in the capsizing",
        ),
    ],
)
def test_a_disaster_told_by_a_verb_names_the_event_of_a_casualty_count(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a race won in the passive: the winner's finishing time
        (
            "The coastal race was won by the 40ft Kittiwake in 3hr 12min.",
            "3hr",
            "finishing time of Kittiwake (unit: hours)",
        ),
        # an average of a speed: the average speed
        (
            "She crossed the bay in two hours, an average of 11.5 knots.",
            "11.5 knots",
            "average speed (unit: knots)",
        ),
        # a margin whose rival is unread is a margin still
        (
            "Kittiwake was fourth on the water, 9 seconds ahead of the 52-footer Tern.",
            "9 seconds",
            "margin ahead (unit: seconds)",
        ),
    ],
)
def test_race_times_averages_and_margins_of_a_sailing_report(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_bare_margin_word_at_the_end_keeps_the_subject_it_had():
    assert not subject_of("The runner-up was 0.4s behind.", "0.4s").startswith("margin")


def test_an_interval_bounded_in_a_second_unit_after_or_is_the_same_interval():
    text = "The filter must be changed every six months or 8,000km."
    assert subject_of(text, "8,000km") == subject_of(text, "six months").replace("months", "kilometres")
    assert not subject_of("The line runs 14 trains a day, or 98 a week.", "98").startswith("interval")


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # "in" and a state of common nouns after a bare count of people says who they are
        (
            "The hospital is treating 12 people in critical condition.",
            "12 people",
            "people in critical condition",
        ),
        ("The storm left 90 people in emergency shelters.", "90 people", "people in emergency shelters"),
    ],
)
def test_a_state_after_a_bare_count_of_people_names_them(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("There were 38 people in the square.", "38 people"),
        ("About 20 people in 2024 asked for help.", "20 people"),
        ("The fund helped 200 people in total.", "200 people"),
    ],
)
def test_a_place_a_time_or_a_total_after_a_count_of_people_is_no_state(text: str, quote: str):
    assert " in " not in subject_of(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a band of a tariff or a quota priced in the sentence
        (
            "Under the new tariff, homes pay 9 cents per kWh for the first 150 kWh a month.",
            "150 kWh",
            "consumption in the first tariff band (unit: kilowatt hours per month)",
        ),
        (
            "Each farm gets 40 litres at cost price, and the next 60 litres cost twice as much.",
            "60 litres",
            "consumption in the next band (unit: litres)",
        ),
    ],
)
def test_an_amount_after_the_first_or_the_next_in_a_priced_sentence_is_a_band(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


def test_the_first_of_a_quantity_in_no_priced_sentence_is_no_band():
    assert "band" not in subject_of("The first 20 litres of water poured into the tank.", "20 litres")


def test_a_total_after_a_possessive_tally_counts_the_noun_added_to_it():
    text = "The opener hit nine sixes, taking his tally to 31 for the series."
    assert subject_of(text, "31") == "total sixes"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a named place after "at" right after a count of people says where they are
        ("A crowd of 6,300 at Hollins Park watched the derby.", "6,300", "crowd at Hollins Park"),
        ("Some 9,000 fans at the Corran Hall cheered.", "9,000 fans", "fans at the Corran Hall"),
        # not a time or a word in small letters
        ("About 200 people at least were there.", "200 people", "people"),
        ("Some 300 fans at Friday night's game sang.", "300 fans", "fans"),
    ],
)
def test_a_named_place_after_at_follows_a_count_of_people(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a mark qualified by a relative clause with no pronoun: what the figure compared measures
        (
            "Revenue rose to $8.1 billion, above the $7.9 billion analysts had expected.",
            "$7.9 billion",
            "Revenue",
        ),
        (
            "Revenue rose to $8.1 billion, more than the $7.9 billion economists forecast.",
            "$7.9 billion",
            "Revenue",
        ),
    ],
)
def test_a_mark_qualified_by_a_contact_relative_measures_what_it_is_compared_with(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


def test_a_plural_noun_after_a_mark_with_no_verb_of_forecasting_is_its_own():
    assert not back_references.contact_relative(["imports", "."])
    assert back_references.contact_relative(["analysts", "had", "expected"])


def test_a_span_after_taking_in_an_absolute_clause_is_the_length_of_the_noun_before():
    text = "The match went five sets, the decider, the fifth, taking 71 minutes."
    assert subject_of(text, "71 minutes") == "length of the decider (unit: minutes)"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a bare number in an aside "on N" after the name that opens the clause: its total
        ("Harfield, on 58, travel to Ashby on Saturday.", "58", "total of Harfield"),
        ("They beat Harfield, on 58, last week.", "58", ""),
    ],
)
def test_a_bare_number_on_in_an_aside_after_a_name_is_its_total(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an aside opened by ", of" after a noun phrase: the amount or quantity of that noun
        ("The final instalment, of $2.4 million, is due in June.", "$2.4 million", "final instalment"),
        (
            "A third shipment, of 90,000 barrels, left on Friday.",
            "90,000 barrels",
            "third shipment (unit: barrels)",
        ),
    ],
)
def test_an_aside_opened_by_of_measures_the_noun_before_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("subject", "timed"),
    [("end", True), ("at the start of May", True), ("end of the strike", False), ("middle school", False)],
)
def test_the_words_of_a_point_in_a_period_name_a_time_alone(subject: str, timed: bool):
    assert subject_clauses.names_a_time(subject) is timed


def test_a_level_after_a_point_in_a_period_and_from_restates_the_level_before_it():
    text = "Bad loans should fall to 4.8% of lending at the end of 2029, from 5.6% a year earlier."
    figures = extract_figures(article_from_text(text, "case"))
    assert "loans" in figures["subject"].iloc[-1]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Port officials expect a 500-tonne rise in catches this year.", "rise in catches (unit: tonnes)"),
        ("The 2-metre drop in the river level worried farmers.", "drop in river level (unit: metres)"),
        ("A 20-kilometre increase in 2027 was promised.", "increase (unit: kilometres)"),
    ],
)
def test_a_measurement_before_a_change_noun_names_what_the_change_is_in(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


def test_an_earlier_level_of_a_rate_whose_words_name_only_the_rates_unit_restates_the_rate():
    text = "Maternal mortality dropped to 210 deaths per 100,000 live births in 2024, from 260 in 2019."
    figures = extract_figures(article_from_text(text, "case"))
    assert figures["subject"].iloc[2] == "Maternal mortality (unit: deaths per 100,000 live births)"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The clinic was built with help from donors and funded by a $2 million loan.", "loan"),
        ("The survey, run by a charity, was paid for by a £40,000 grant.", "grant"),
        ("Rents rose by a $200 margin this year.", "margin"),
    ],
)
def test_an_amount_after_by_a_names_the_noun_it_modifies(text: str, subject: str):
    figures = extract_figures(article_from_text(text, "case"))
    assert figures["subject"].iloc[-1] == subject


def test_a_compared_figure_takes_nothing_from_an_earlier_one_whose_subject_names_only_a_time():
    text = (
        "LAGOS - Fuel got dearer as the naira, which ended the quarter at N1,610/$ on the parallel "
        "market, against N1,575 at the end of June, kept sliding."
    )
    figures = extract_figures(article_from_text(text, "case"))
    assert figures["subject"].iloc[-1] == "at the end of June"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ('"On a good day I earn 600 rupees," said a porter.', "earnings"),
        ('"We make $90 a night," a busker said.', "earnings"),
        ('"We pay 500 rupees a month for water," she said.', "water"),
    ],
)
def test_a_speakers_earnings_are_named_so_while_what_is_paid_keeps_the_words_after_it(
    text: str, subject: str
):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The scheme provides $4 million a year in aid.", "aid"),
        ("The fund approved €30 million in loans.", "loans"),
        # no funds: the clause, not the time (fixwalk34-c: "got" money is a sum received)
        ("The city got $5 million in June.", "sum received by city"),
    ],
)
def test_a_sum_followed_by_in_and_a_noun_of_funds_is_those_funds(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Pupils walk 6 kilometres to the nearest school.",
            "Pupils walk distance to nearest school (unit: kilometres)",
        ),
        ("The convoy travelled 300 km to Goma.", "convoy travelled distance to Goma (unit: kilometres)"),
        ("The river rose 2 metres to a record.", "river (unit: metres)"),
    ],
)
def test_a_length_gone_to_a_place_is_the_distance_to_it(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


def test_a_sum_naming_nothing_equal_to_one_named_before_is_its_repeat():
    text = 'The board set the cocoa price at 1,800 francs a kilo. "At 1,800 francs, we can pay school fees," a farmer said.'
    figures = extract_figures(article_from_text(text, "case"))
    assert figures["subject"].iloc[1] == "board set cocoa price (repeat)"


def test_a_sum_naming_nothing_with_no_equal_sum_before_keeps_its_subject():
    text = 'The board set the cocoa price at 1,800 francs a kilo. "At 900 francs, we could not pay school fees," a farmer said.'
    figures = extract_figures(article_from_text(text, "case"))
    assert "repeat" not in figures["subject"].iloc[1]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The bridge was built in 18 months.", "construction time of bridge (unit: months)"),
        (
            "The school, which has 40 classrooms, was rebuilt in 14 months.",
            "construction time of school (unit: months)",
        ),
        ("The plant, erected in nine months, opened on Monday.", "construction time of plant (unit: months)"),
    ],
)
def test_a_time_after_built_in_is_the_construction_time_of_what_was_built(text: str, subject: str):
    figures = extract_figures(article_from_text(text, "case"))
    assert figures.loc[figures["kind"] == "duration", "subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The exhibition runs from 3 March 2028 until 28 April 2028, a period of eight weeks.",
            "length of exhibition (unit: weeks)",
        ),
        (
            "The sales season opens on 3 May and ends on 30 June, a stretch of eight weeks.",
            "length of sales season (unit: weeks)",
        ),
        ("Talks ran from May to June, a span of eight weeks.", "span (unit: weeks)"),
    ],
)
def test_a_span_apposed_after_its_sentence_is_the_length_of_what_the_sentence_opens_with(
    text: str, subject: str
):
    figures = extract_figures(article_from_text(text, "case"))
    assert figures.loc[figures["kind"] == "duration", "subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "quote", "words"),
    [
        (
            "Rescuers pulled 40 people from the rubble, 12 of them with serious burns.",
            "12",
            {"burns", "people"},
        ),
        ("At least 30 passengers were hurt, nine of them by flying glass.", "nine", {"glass", "passengers"}),
        ("Kovac scored 28 points, 11 of them in the final quarter.", "11", {"quarter", "points"}),
        ("The storm destroyed 640 homes, 90 of them in the coastal district.", "90", {"homes", "coastal"}),
    ],
)
def test_a_part_of_a_group_takes_the_phrase_that_names_the_part(text: str, quote: str, words: set[str]):
    frame = extract_figures(article_from_text(text, "case"))
    row = frame[frame["quote"].str.startswith(quote)].iloc[0]
    assert words <= set(row["subject"].split())


def test_a_later_count_takes_the_group_not_the_part_named_before_it():
    text = "Police said 45 protesters were hurt, 9 of them by rubber bullets, and 6 went home."
    frame = extract_figures(article_from_text(text, "case"))
    assert "bullets" in frame["subject"].iloc[1]
    assert "bullets" not in frame["subject"].iloc[2]


@pytest.mark.parametrize(
    "text",
    [
        "The port saw 7,000 of them in June on 30 ship calls.",  # all of them: no part
        "Officials counted 300 of them at the border crossing.",
    ],
)
def test_of_them_as_a_whole_object_takes_no_phrase_of_a_part(text: str):
    subject = extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
    assert "ship calls" not in subject and "border crossing" not in subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Officials said 17 of the dead were firefighters.", "firefighters among the dead"),
        ("Crews said 9 of the dead were still unidentified.", "dead still unidentified"),
        ("Doctors said 5 of the injured were children.", "children among the injured"),
    ],
)
def test_a_part_of_a_named_group_takes_the_predicate_after_were(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The mercury reached 41 degrees Celsius in Seville on Tuesday.", "temperature"),
        ("A heatwave pushed the thermometer to 44 degrees Celsius in the south.", "temperature"),
        ("The thermometer showed 12 degrees below zero at dawn.", "temperature"),
    ],
)
def test_a_temperature_read_off_the_mercury_names_the_temperature(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].iloc[0].startswith(subject)
    assert "mercury" not in frame["subject"].iloc[0] and "thermometer" not in frame["subject"].iloc[0]


def test_a_mercury_that_is_no_instrument_keeps_its_subject():
    text = "The mercury level in the fish was 0.8 milligrams per kilogram."
    assert "mercury" in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]


@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        ("The refit began in 2022 and took 26 months.", "26 months", "refit"),
        ("The ferry left Hobart at dawn and took 14 hours.", "14 hours", "ferry"),
    ],
)
def test_a_second_verb_after_and_takes_the_subject_of_the_first(text: str, quote: str, word: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert word in frame[frame["quote"] == quote]["subject"].iloc[0]


def test_a_second_verb_after_a_pronoun_names_no_pronoun():
    subject = extract_figures(article_from_text("He began in May and took 26 months.", "case"))[
        "subject"
    ].iloc[-1]
    assert "He" not in subject.split()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The union called a 48-hour general strike.", "length of the general strike (unit: hours)"),
        ("She won a two-year research fellowship.", "length of the research fellowship"),
        ("Rowers gather for the five-day regatta in Lisbon.", "length of the regatta"),
        ("Rainfall was above the 30-year average.", "period of the average"),
        ("The 30-day active players rose to 3 million.", "active players"),
        ("The new three-day pass goes on sale in May.", "length of the pass"),
    ],
)
def test_a_span_before_a_noun_measures_the_length_of_its_noun_phrase(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


def test_a_span_before_an_acronym_is_left_to_its_spelling_out():
    text = (
        "The site adds a four-hour battery energy storage system (BESS), and the four-hour BESS opens in May."
    )
    subjects_ = extract_figures(article_from_text(text, "case"))["subject"].tolist()
    assert not any(s.startswith("length of the BESS") for s in subjects_)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Hurricane Odile came ashore near the port as a Category 3 storm.", "strength of Hurricane Odile"),
        ("Typhoon Lan was upgraded to a Category 4 storm overnight.", "strength of Typhoon Lan"),
        ("Forecasters said a Cat 2 hurricane could form by Friday.", "strength of the hurricane"),
    ],
)
def test_a_storm_category_reads_the_strength_of_the_storm(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame[frame["measure"] == "category"]["subject"].iloc[0] == f"{subject} (unit: category)"


def test_a_category_that_is_no_storm_reading_gets_no_strength():
    frame = extract_figures(article_from_text("Visa holders in Category 2 may stay for 90 days.", "case"))
    assert not frame["subject"].str.startswith("strength of").any()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Roads in the valley were flooded, some for three weeks.", "flooded"),
        ("Thousands of homes were left without water, many of them for two days.", "water"),
    ],
)
def test_a_part_after_a_comma_takes_the_deed_of_the_clause_before_it(text: str, word: str):
    subject = extract_figures(article_from_text(text, "case"))["subject"].iloc[-1]
    assert subject.startswith("length of the period") and word in subject


def test_a_span_after_a_comma_with_no_part_names_no_deed_of_the_clause_before():
    subject = extract_figures(article_from_text("The roads were flooded, for three weeks.", "case"))[
        "subject"
    ].iloc[-1]
    assert "flooded" not in subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("It rained for 36 hours without a break in the valley.", "length of the rain (unit: hours)"),
        ("It snowed for 20 hours across the plateau.", "length of the snow (unit: hours)"),
        ("It has been drizzling for six hours over the ground.", "length of the drizzle (unit: hours)"),
        ("It has not rained for five months in the south.", "time without rain (unit: months)"),
    ],
)
def test_a_span_after_a_weather_verb_is_the_length_of_the_weather(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


def test_a_weather_noun_in_its_own_clause_keeps_its_own_subject():
    subject = extract_figures(article_from_text("Heavy rain fell for 12 hours on the coast.", "case"))[
        "subject"
    ].iloc[0]
    assert "without" not in subject


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The blackout began at noon on Monday. It lasted 11 hours.", "blackout"),
        ("The port strike started on Monday. It lasted 72 hours.", "strike"),
        ("The outage hit the western suburbs on Friday. It lasted nine hours.", "outage"),
    ],
)
def test_it_after_a_sentence_whose_subject_comes_before_a_past_verb_names_that_subject(text: str, word: str):
    assert word in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]


def test_it_after_a_sentence_opening_with_no_definite_noun_is_not_resolved():
    subject = extract_figures(article_from_text("Officials said so. It lasted 11 hours.", "case"))[
        "subject"
    ].iloc[0]
    assert "officials" not in subject.lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brokers forecast cocoa exports of between $2bn and $2.4bn next year.", "exports"),
        ("The ministry projects tax receipts of between 3.1 trillion and 3.3 trillion yen.", "receipts"),
    ],
)
def test_a_range_after_of_names_what_a_single_value_in_its_place_would(text: str, word: str):
    assert word in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]


def test_a_range_after_a_change_to_keeps_the_changed_level_subject():
    text = "Rents for a studio have eased by about 4 percent this year to between $800 and $1,000 a month."
    subjects_ = extract_figures(article_from_text(text, "case"))["subject"].tolist()
    assert any("Rents" in s for s in subjects_[1:])


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The island has a population of around 5,000 people in four villages.", "population"),
        ("The prison population of 20,000 inmates is rising.", "prison population"),
    ],
)
def test_people_counted_after_population_of_are_the_population(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


def test_people_counted_in_a_place_with_no_population_word_keep_their_own_noun():
    subject = extract_figures(article_from_text("About 900 people in four villages lost power.", "case"))[
        "subject"
    ].iloc[0]
    assert "population" not in subject


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "A cold front will bring storms and up to 30 litres of rain on each square metre in the east.",
            "rain",
        ),
        ("Offenders face a fine of up to €2,000 for each breach.", "fine"),
    ],
)
def test_up_to_of_approximation_is_no_level_brought_to(text: str, word: str):
    subject = extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
    assert word in subject and "up" not in subject.split()


def test_a_total_brought_to_a_level_keeps_its_subject():
    subject = extract_figures(article_from_text("The deal brings its store count to 40.", "case"))[
        "subject"
    ].iloc[0]
    assert "store" in subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "It took the crews nine hours to clear the road.",
            "time taken by the crews to clear the road (unit: hours)",
        ),
        ("It took him three years to finish the book.", "time to finish the book"),
    ],
)
def test_it_took_someone_a_span_to_do_something_is_their_time_to_do_it(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


def test_a_span_taken_by_a_named_thing_keeps_its_taker():
    subject = extract_figures(article_from_text("The talks took 42 days to conclude.", "case"))[
        "subject"
    ].iloc[0]
    assert subject == "time taken by the talks to conclude"


def test_a_sum_paid_into_a_fund_names_the_fund():
    text = "The miners will also pay $3 million into a regional water fund."
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == (
        "sum paid by miners into regional water fund"
    )


def test_a_sum_paid_with_no_object_keeps_its_payer():
    subject = extract_figures(article_from_text("The miners will also pay $3 million.", "case"))[
        "subject"
    ].iloc[0]
    assert subject == "sum paid by miners"


@pytest.mark.parametrize(
    ("text", "quote", "holder"),
    [
        ("Reyes, 27, went 12 of 19 from the field.", "12", "Reyes"),
        ("The Hornets have won six straight and nine of their last 11.", "nine", "Hornets"),
        ("Fullback Jai Tupou kicked three goals from four attempts.", "four attempts", "Jai Tupou"),
        ("Petr Lindqvist made 38 saves for his fourth shutout of the season.", "38 saves", "Petr Lindqvist"),
    ],
)
def test_a_sports_tally_names_the_holder_its_sentence_opens_with(text: str, quote: str, holder: str):
    assert holder in subject_of(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        # a reported clause, an aside after the name, a possessive, a time and one word alone
        ("Coach Ana Ruiz said the side had lost four in a row.", "four", "Ruiz"),
        ("Okoro, 22, the youngest of the eight semi-finalists, won the match.", "eight", "Okoro"),
        ("The Rangers' coach has won 12 matches this season.", "12 matches", "Rangers"),
        ("In October the side won nine games.", "nine games", "October"),
        ("Tickets for the match sold 3,350 copies.", "3,350", "Tickets"),
        # a share is no tally of its holder's
        ("Marta Silva won 58 percent of her service games.", "58 percent", "Marta"),
    ],
)
def test_no_holder_is_read_where_the_sentence_opens_with_none(text: str, quote: str, name: str):
    assert name not in subject_of(text, quote)


def test_a_tally_per_game_is_named_an_average():
    assert subject_of("She is averaging 16.3 points a game.", "16.3").startswith("points average")


def test_a_pronoun_opening_a_sports_sentence_holds_what_the_player_named_before_holds():
    text = "Dana Okoro had 19 points and eight assists. She is averaging 16.3 points a game."
    assert "Okoro" in subject_of(text, "16.3")
    # a side named before is no "he"
    assert "Falcons" not in subject_of("The Falcons won 90-80. He scored 12 points in the game.", "12")


@pytest.mark.parametrize("quote", ["6-foot", "11"])
def test_a_height_hyphened_in_feet_and_inches_measures_the_noun_after_it(quote: str):
    assert subject_of("The 6-foot-11 rookie blocked four shots.", quote).startswith("height of rookie")


@pytest.mark.parametrize(
    ("text", "quote", "lead"),
    [
        ("The victory leaves the champions 11 points clear at the top.", "11 points", True),
        ("Ferrari are now six clear of Mercedes.", "six", True),
        # "clear" as a verb after the count, and a noun it qualifies: no lead
        ("Volunteers used 30 boats to clear the flooded street.", "30 boats", False),
    ],
)
def test_a_tally_followed_by_clear_is_a_lead(text: str, quote: str, lead: bool):
    assert subject_of(text, quote).startswith("lead") is lead


def test_a_change_after_a_span_before_its_noun_is_of_the_figure_before_the_span():
    """ "logged N violations during the ten-day blitz ..., down 12 percent": the span is when, not what fell."""
    text = "Inspectors logged 2,318 violations during the ten-day safety blitz that ended Friday, down 12 percent from last year."
    assert subject_of(text, "12 percent") == "violations logged"


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        # an adverbial phrase or a reporting clause set off by commas between a subject and its verb
        ("Bus fares in the city, by contrast, rose 7 per cent last year.", "7 per cent", "fares"),
        ("Council tax bills, on the other hand, will climb 4.9 per cent in April.", "4.9 per cent", "bills"),
        ("Rice exports, in contrast, slipped 3.5 percent to 180,000 tonnes.", "3.5 percent", "exports"),
        ("Cocoa output, analysts say, could fall 15 percent this season.", "15 percent", "output"),
    ],
)
def test_an_adverbial_aside_between_a_subject_and_its_verb_is_passed(text: str, quote: str, named: str):
    assert named in subject_of(text, quote)


@pytest.mark.parametrize(
    ("words", "aside"),
    [
        (["Fares", ",", "by", "contrast", ",", "rose"], True),
        (["Output", ",", "analysts", "say", ",", "could"], True),
        (["Diesel", ",", "already", "at", "a", "record", ",", "rose"], True),  # a time adverb first
        (["Profit", ",", "in", "2024", ",", "rose"], False),  # a number: a time, no adverbial
        (["Tea", ",", "coffee", "and", "cocoa", ",", "rose"], False),  # a list, no aside
    ],
)
def test_an_adverbial_aside_is_short_and_opens_with_a_preposition_or_ends_with_saying(
    words: list[str], aside: bool
):
    end = words.index(",", 2)
    assert noun_phrases._adverbial_aside(words, 2, end) is aside


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        # a change after an amount and the period it covers measures the amount's noun, not the period
        (
            "The bank posted net income of Rs 5,630 crore in the nine months ended June 30, 2026, up 22 per cent from Rs 4,615 crore.",
            "22 per cent",
            "net income",
        ),
        (
            "The bank posted net income of Rs 5,630 crore in the nine months ended June 30, 2026, up 22 per cent from Rs 4,615 crore.",
            "Rs 4,615",
            "net income",
        ),
        # "on the day" is a time between the subject and its verb
        ("Last year, online orders on the day reached $3.2bn, up 9%.", "$3.2bn", "online orders"),
        ("Last year, online orders on the day reached $3.2bn, up 9%.", "9%", "online orders"),
    ],
)
def test_a_period_between_an_amount_and_its_change_names_nothing(text: str, quote: str, named: str):
    assert named in subject_of(text, quote)


def test_on_before_a_thing_that_is_no_day_stays_in_the_subject():
    assert "home" in subject_of("Tax on the first home rose 5%.", "5%") or "Tax" in subject_of(
        "Tax on the first home rose 5%.", "5%"
    )
    assert not subject_clauses.names_a_time("net income")
    assert subject_clauses.names_a_time("nine months ended June")


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        ("She shot 43.7 percent from the field and 35.1 percent from beyond the arc.", "43.7", "from field"),
        (
            "She shot 43.7 percent from the field and 35.1 percent from beyond the arc.",
            "35.1",
            "from beyond arc",
        ),
        ("The Suns shot 48% from the floor.", "48%", "Suns shooting percentage from floor"),
    ],
)
def test_a_shooting_percentage_is_named_by_where_the_shots_came_from(text: str, quote: str, named: str):
    assert named in subject_of(text, quote)


def test_a_percent_from_a_place_after_no_shooting_verb_is_no_shooting_percentage():
    assert "shooting" not in subject_of("Turnout rose 4% from the last election.", "4%")
    assert "shooting" not in subject_of("He shot 12 birds and 40% from the hide were geese.", "40%")


def test_a_height_hyphened_before_a_players_name_measures_the_player():
    assert subject_of("The 6-foot-9 Mensah blocked four shots.", "6-foot").startswith("height of Mensah")


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        ("Entry: from £8; children free.", "£8", "Entry"),
        ("Runtime: 1hr 55mins.", "55mins", "Runtime"),
        ("And finally: a letter 64 years overdue", "64 years", "overdue"),
    ],
)
def test_a_line_label_names_its_figure_after_a_bound_and_a_heading_of_small_words_names_nothing(
    text: str, quote: str, named: str
):
    assert named in subject_of(text, quote)


def test_a_heading_of_small_words_and_adverbs_is_no_label():
    assert "finally" not in subject_of("And finally: 90 years of marriage", "90 years").lower()


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        (
            "Of 25 analysts surveyed, 14 expect a rate rise, while nine see no change.",
            "nine",
            "see no change",
        ),
        (
            "Of 25 analysts surveyed, 14 expect a rate rise, while nine see no change.",
            "14",
            "expect a rate rise",
        ),
        (
            "Of the 60 clubs, 48 filed accounts on time and 12 missed the deadline.",
            "12",
            "missed the deadline",
        ),
        ("Of 300 sanctioned posts, 41 are vacant.", "41", "posts are vacant"),
    ],
)
def test_a_bare_count_opening_its_own_clause_is_named_by_its_verb_phrase(text: str, quote: str, named: str):
    assert named in subject_of(text, quote)


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        (["found", "900", "zebras", "and"], ["lesser", "kudu", "."]),  # an adjective of a noun, no verb
        (["40", "people", "and"], ["in", "Leeds", "."]),  # a place, no verb
        (["40", "people"], ["were", "hurt"]),  # no clause opens before the count
        (["40", "people", "and"], ["quickly", "left"]),  # an adverb first: not read
    ],
)
def test_a_bare_count_with_no_verb_of_its_own_takes_no_predicate(lead: list[str], after: list[str]):
    assert subject_clauses.own_predicate(lead, after, "people") == ""


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        # a passive of forecasting and "to" between a subject and its change verb
        (
            "The water levy, now 85 cents a kilolitre, is forecast to drop by 9 cents.",
            "9 cents",
            "water levy",
        ),
        ("Exports are projected to rise 4% next year.", "4%", "Exports"),
        # a summing-up apposition after a level and "and up": the level's change
        (
            "Ports handled 8.7 million containers in 2025, the highest since records began and up 3.2 per cent on the year before.",
            "3.2 per cent",
            "containers",
        ),
        # "another" before a figure is no part of what it measures
        ("Diesel prices rose another 11 cents a litre.", "11 cents", "Diesel prices"),
        # a "by" after a verb of bettering a record, an aside on the mark passed: the margin over it
        (
            "Her lift bettered the previous best of 180kg, set by Ochieng in 2021, by 5kg.",
            "5kg",
            "margin over previous best",
        ),
        ("She broke the meet record by 3kg.", "3kg", "margin over meet record"),
    ],
)
def test_a_chain_an_apposition_another_and_a_record_margin_name_what_they_measure(
    text: str, quote: str, named: str
):
    assert named in subject_of(text, quote)


def test_another_clause_between_a_record_verb_and_by_is_no_margin():
    text = "A late try broke the resolve of a team that was ahead by two points at the break."
    assert "margin" not in subject_of(text, "two points")
    # an apposition with no "and up" before the percent changes nothing
    assert "containers" not in subject_of(
        "Ports handled 8.7 million containers in 2025, the highest on record, and exports rose 3 per cent.",
        "3 per cent",
    )


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        (
            "Growth of 0.5% is expected, which would leave the sector 3.5% larger than a year earlier.",
            "3.5%",
            "sector",
        ),
        ("The deal makes the group 20% bigger.", "20%", "group"),
    ],
)
def test_a_percent_and_a_comparative_after_a_verb_of_making_measure_its_object(
    text: str, quote: str, named: str
):
    assert subject_of(text, quote) == named


def test_a_percent_after_a_verb_of_making_with_no_object_keeps_its_subject():
    assert subjects.made_object(["The", "firm", "made"]) == ""
    assert subjects.made_object(["Prices", "are"]) == ""


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        ("Mensah went 9 of 13 from the floor and scored 24 points.", "9", "Mensah shots made from floor"),
        (
            "Mensah went 9 of 13 from the floor and scored 24 points.",
            "13",
            "Mensah shots attempted from floor",
        ),
        (
            "He shot 4 of 9 from the field and 3 of 5 from the free-throw line.",
            "3",
            "shots made from free-throw line",
        ),
    ],
)
def test_a_shooting_tally_counts_shots_made_and_tried_from_a_place(text: str, quote: str, named: str):
    assert subject_of(text, quote) == named


def test_a_tally_verb_before_a_count_of_a_named_thing_is_no_shooting_tally():
    assert "shots" not in subject_of("She shot 15 goals and 7 of 8 from the spot.", "7")


@pytest.mark.parametrize(
    ("text", "quote", "named"),
    [
        (
            "Households owed the utility $4.2bn at the end of March, $600m more than a year earlier.",
            "$4.2bn",
            "debt of Households to utility",
        ),
        # the difference after the level and a comma measures the same
        (
            "Households owed the utility $4.2bn at the end of March, $600m more than a year earlier.",
            "$600m",
            "debt of Households to utility",
        ),
        (
            "The ministry still owes contractors roughly US$21 million for road works.",
            "US$21",
            "debt of ministry to contractors",
        ),
        (
            "Exports reached 4.1 million tonnes in 2025, 300,000 tonnes more than the year before.",
            "300,000",
            "Exports (unit: tonnes)",
        ),
    ],
)
def test_money_after_a_verb_of_owing_and_its_creditor_is_a_debt(text: str, quote: str, named: str):
    assert subject_of(text, quote) == named


def test_an_adjective_of_the_amount_after_owing_is_no_creditor():
    assert giving.owed_subject(["The", "states", "owed", "a", "combined"]) == ""
    assert (
        giving.owed_subject(["The", "club", "owes"]) == ""
    )  # "owes $3m to the bank": the "to" phrase names it


def test_a_span_opening_a_headline_before_to_and_a_verb_is_the_time_left_for_the_deed():
    assert subject_of(
        "2. Three weeks to save the pier\nThe council has until Friday.", "Three weeks"
    ).startswith("time left to save the pier")
    # "to" before a determiner or a name is no deed
    assert "time left" not in subject_of(
        "Three weeks to the day after the fire, the mill reopened.", "Three weeks"
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Diesel prices, by contrast, rose another 11 cents.", "11 cents"),
        ("Diesel prices could rise by another 6 per cent next year.", "6 per cent"),
    ],
)
def test_another_before_a_change_leaves_the_subject_before_the_verb(text: str, quote: str):
    assert subject_of(text, quote).startswith("Diesel prices")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Spending on parks fell to £310m, a cut of £9m in cash terms and of about 4 per cent in real terms.",
            "£310m",
        ),
        # "in cash terms" says how the cut is counted; "and of" gives the same cut as a percent
        (
            "Spending on parks fell to £310m, a cut of £9m in cash terms and of about 4 per cent in real terms.",
            "£9m",
        ),
        (
            "Spending on parks fell to £310m, a cut of £9m in cash terms and of about 4 per cent in real terms.",
            "4 per cent",
        ),
    ],
)
def test_a_gerund_subject_a_manner_in_terms_and_a_gapped_of_keep_the_measure(text: str, quote: str):
    assert subject_of(text, quote) == "Spending on parks"


def test_a_rise_in_a_thing_after_in_still_names_the_thing():
    assert subject_of("Bakers expect a rise of $2 in the price of bread.", "$2") == "price of bread"


@pytest.mark.parametrize(
    ("subject", "old", "expected"),
    [
        ("bond yield", "yield (interest-rate level)", "bond yield (interest-rate level)"),
        (
            "bond yield (interest-rate level)",
            "yield (interest-rate level)",
            "bond yield (interest-rate level)",
        ),
        ("snowfall", "storm (unit: inches)", "snowfall (unit: inches)"),
        ("snowfall (unit: inches)", "storm (unit: inches)", "snowfall (unit: inches)"),
        ("gap", "lead (interest-rate level) (unit: percentage points)", "gap (unit: percentage points)"),
        ("fare", "fare", "fare"),
    ],
)
def test_with_labels_keeps_the_old_labels_once(subject: str, old: str, expected: str):
    assert line_subjects.with_labels(subject, old) == expected


def test_a_rate_level_compared_with_an_earlier_one_is_labelled_once():
    text = "The ten-year yield fell to 4.1% from above 5% in June."
    assert subject_of(text, "5%") == "ten-year yield (interest-rate level)"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The council took out a loan of 40 million euros from a state bank at 3.2 percent a year, "
            "repayable over 20 years.",
            "20 years",
            "repayment period of the loan",
        ),
        (
            "The airline borrowed $300 million from a consortium of lenders at 6 percent interest, "
            "to be repaid over eight years.",
            "eight years",
            "repayment period of the sum borrowed by airline",
        ),
        (
            "The county got credit of $5 million, repayable within ten years.",
            "ten years",
            "repayment period of the credit",
        ),
    ],
)
def test_a_span_after_a_repay_word_is_the_repayment_period_of_the_sum_lent(
    text: str, quote: str, subject: str
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame.loc[frame["quote"] == quote, "subject"].tolist() == [subject]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The city will spend $40 million, paid over 20 years.", "20 years"),  # a sum spent, not lent
        ("The county got credit of $5 million and opened the bridge within ten years.", "ten years"),
    ],
)
def test_a_span_with_no_repay_word_is_no_repayment_period(text: str, quote: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert "repayment" not in " ".join(frame.loc[frame["quote"] == quote, "subject"])


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The shelter needs $420,000 a year to keep its doors open.",
            "annual cost for shelter to keep its doors open",
        ),
        (
            "The library requires Rs 25 lakh annually to maintain its reading rooms.",
            "annual cost for library to maintain its reading rooms",
        ),
        (
            "The club, which needs £90,000 a month to pay its staff, is for sale.",
            "monthly cost for club to pay its staff",
        ),
    ],
)
def test_a_sum_needed_per_period_to_do_something_is_its_running_cost(text: str, subject: str):
    assert extract_figures(article_from_text(text, "case"))["subject"].iloc[0] == subject


@pytest.mark.parametrize(
    "text",
    [
        "The shelter raised $420,000 a year to keep its doors open.",  # raised, not needed
        "The shelter needs $420,000 more from donors.",  # no purpose after "to"
        "The shelter needs $420,000 a year, officials said.",
    ],
)
def test_a_sum_not_needed_for_a_purpose_is_no_running_cost(text: str):
    assert "cost" not in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The new ferry can carry up to 600 passengers and 150 cars.", "150 cars", "capacity of new ferry"),
        ("The arena has room for 18,500 fans.", "18,500 fans", "capacity of arena"),
    ],
)
def test_a_count_a_capacity_verb_governs_is_a_capacity(text: str, quote: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame.loc[frame["quote"] == quote, "subject"].tolist() == [subject]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The ferry carried 600 passengers and 150 cars on Monday.", "150 cars"),  # traffic, not room
        ("The firm employs 300 people and 40 contractors.", "40 contractors"),
        ("There is room for 20 more cars in the lot.", "20 more cars"),
        ("Each vine can carry 30 or more bunches.", "30"),  # a yield, not a capacity
        ("Each vine can carry 30 bunches.", "30"),
    ],
)
def test_a_count_no_capacity_verb_governs_is_no_capacity(text: str, quote: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert "capacity" not in " ".join(frame.loc[frame["quote"].str.startswith(quote), "subject"])


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Okafor poured in a career-high 38 against the Hawks on Sunday.", "38", "Okafor poured career-high"),
        (
            "The striker netted a season-high three goals in the win.",
            "three goals",
            "striker netted season-high goals",
        ),
        ("Mensah finished with a game-high 29 points.", "29 points", "Mensah finished game-high points"),
        (
            "She has scored at least 25 points in seven straight games.",
            "25 points",
            "points in each of seven straight games",
        ),
        (
            "He had at least 12 points and 8 assists in five consecutive games.",
            "12 points",
            "points in each of five consecutive games",
        ),
    ],
)
def test_a_record_compound_or_a_minimum_in_a_run_of_games_names_the_count(
    text: str, quote: str, subject: str
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame.loc[frame["quote"].str.endswith(quote), "subject"].tolist() == [subject]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("She has scored 25 points in seven straight games.", "25 points"),  # a total over the run
        ("The developer built a high-rise 40 storeys tall.", "40 storeys"),
        ("Okafor scored 38 points against the Hawks.", "38 points"),
    ],
)
def test_a_count_with_no_record_word_or_minimum_is_no_record(text: str, quote: str):
    frame = extract_figures(article_from_text(text, "case"))
    subject = " ".join(frame.loc[frame["quote"].str.endswith(quote), "subject"])
    assert "each of" not in subject and "-high" not in subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The mill runs two shifts a day, six days a week.", "six days", "days a week mill runs"),
        (
            "Guards patrol the border eight hours a shift, five days a week.",
            "five days",
            "days a week Guards patrol border",
        ),
    ],
)
def test_a_span_per_week_after_another_rate_is_how_often_the_deed_happens(
    text: str, quote: str, subject: str
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame.loc[frame["quote"] == quote, "subject"].tolist() == [subject]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The mill runs two shifts a day and closed for six days in May.", "six days"),
        ("The mill runs two shifts a day. It shut for six days a year ago.", "six days"),
    ],
)
def test_a_span_not_right_after_a_rate_is_no_frequency(text: str, quote: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert "a week" not in " ".join(frame.loc[frame["quote"] == quote, "subject"])


@pytest.mark.parametrize(
    ("text", "shots"),
    [
        ("Mensah went 8 of 13 from the field.", True),
        ("The guard went 4 of 6 from beyond the arc.", True),
        # "from committee" is no place shots are taken from: no shooting tally
        ("The reform package went 3 of 5 from committee before the recess.", False),
    ],
)
def test_a_shooting_tally_needs_a_place_shots_are_taken_from(text: str, shots: bool):
    subjects = extract_figures(article_from_text(text, "case"))["subject"].tolist()
    assert all(("shots" in s) == shots for s in subjects)


# What a measurement measures by where the measured noun sits (subj19): a measure before a noun
# names that noun's dimension (its length in kilometres or miles, its weight, area, capacity or
# power; an output per period its capacity); a verb of measuring gives its subject's length and
# width ("measures A by B"); a length below a surface is a depth, of the noun it renames or of the
# clause's subject; a verb of holding names what holds the amount, "of its" the holder's capacity
# and a modal of being able its capacity; "by A to B" after a verb of changing names its object;
# a line led by a place's name gives its readings that place; a figure renaming a noun between
# commas is that noun's quantity.
MEASURED_SUBJECT_EXAMPLES = [
    # a comparison after an "out of" aside compares the part before the aside, not the whole in it,
    # with the time the compared level is of (subj20)
    (
        "The lakes held 310 million cubic metres, out of a total capacity of 900 million cubic metres,"
        " against 420 million cubic metres a year earlier.",
        "420 million cubic metres",
        "lakes a year earlier (unit: cubic metres)",
    ),
    # a length "underground" or below a bare site noun is a depth
    (
        "The rescued miners had been trapped 900 metres underground for three days.",
        "900 metres",
        "depth of rescued miners underground (unit: metres)",
    ),
    (
        "The shaft wall gave way about 600m below surface on Tuesday.",
        "600m",
        "depth of shaft wall below surface (unit: metres)",
    ),
    # a part of the measurement before it, "N of it" and where it lies
    (
        "The tunnel runs 57 km, 35 km of it under the Alps.",
        "35 km",
        "part of tunnel runs under Alps (unit: kilometres)",
    ),
    (
        "Rio Tinto opened a 120,000-tonne-a-year smelter near Gladstone in March.",
        "120,000-tonne",
        "capacity of smelter (unit: tonnes)",
    ),
    (
        "A charter skipper out of Mombasa landed a 38-kilogram sailfish on Tuesday.",
        "38-kilogram",
        "weight of sailfish (unit: kilograms)",
    ),
    (
        "The council approved a 600-megawatt solar farm on former pasture near Dubbo.",
        "600-megawatt",
        "capacity of solar farm (unit: megawatts)",
    ),
    (
        "The 1,150-kilometre pipeline will carry crude from Hoima to the port of Tanga.",
        "1,150-kilometre",
        "length of pipeline (unit: kilometres)",
    ),
    (
        "The 4,200-mile (6,760-kilometre) Atlantic cable carries eight fibre pairs, each able to carry 20 terabits per second.",
        "20 terabits per second",
        "capacity of each fibre pair (unit: terabits per second)",
    ),
    (
        "The 9,600-km Coral Sea Express carries six fibre pairs.",
        "9,600-km",
        "length of Coral Sea Express (unit: kilometres)",
    ),
    (
        "The flooded basement tank measures 12 metres by 8 metres, the fire service said.",
        "12 metres",
        "length of flooded basement tank (unit: metres)",
    ),
    (
        "The flooded basement tank measures 12 metres by 8 metres, the fire service said.",
        "8 metres",
        "width of flooded basement tank (unit: metres)",
    ),
    (
        "The water main lay 90cm below the road surface when crews found the leak.",
        "90cm",
        "depth of water main below road surface (unit: centimetres)",
    ),
    (
        "Cold water now reaches the intake, 35 metres (115ft) below the surface, for most of the summer.",
        "35 metres",
        "depth of intake below surface (unit: metres)",
    ),
    (
        "Cold water now reaches the intake, 35 metres (115ft) below the surface, for most of the summer.",
        "115ft",
        "depth of intake below surface (unit: feet)",
    ),
    (
        "The Akosombo reservoir was at 41 per cent, holding 62 billion cubic metres of its 148 billion cubic metres.",
        "62 billion cubic metres",
        "volume held by Akosombo reservoir (unit: cubic metres)",
    ),
    (
        "The Akosombo reservoir was at 41 per cent, holding 62 billion cubic metres of its 148 billion cubic metres.",
        "148 billion cubic metres",
        "capacity of Akosombo reservoir (unit: cubic metres)",
    ),
    (
        "The aquifer can hold 9 billion litres, hydrologists at the university estimate.",
        "9 billion litres",
        "capacity of aquifer (unit: litres)",
    ),
    (
        "According to the port, the new terminal can handle 2 million tonnes a year.",
        "2 million tonnes",
        "capacity of new terminal (unit: tonnes per year)",
    ),
    (
        "The board raised its 2026 harvest estimate by 40,000 tonnes to 1.3 million tonnes.",
        "1.3 million tonnes",
        "2026 harvest estimate (unit: tonnes)",
    ),
    (
        "Auckland: Fine spells. High 21C, low 13C. Southwesterly 20 knots, gusting 40 knots in the evening. UV index 8.",
        "40 knots",
        "Auckland: gusting speed (unit: knots)",
    ),
    (
        "Auckland: Fine spells. High 21C, low 13C. Southwesterly 20 knots, gusting 40 knots in the evening. UV index 8.",
        "UV index 8",
        "Auckland: UV index (unit: UV index)",
    ),
    ("Inland: Showers clearing by noon, up to 8mm at Taupo.", "8mm", "Inland: at Taupo (unit: millimetres)"),
    (
        "The strongest wind gust of the month, 104 km/h, hit Hobart on the 9th.",
        "104 km/h",
        "speed of strongest wind gust of month (unit: kilometres per hour)",
    ),
    (
        "The new radio telescope's dish, 500 metres across, is the largest in the world.",
        "500 metres",
        "width of new radio telescope's dish (unit: metres)",
    ),
    (
        "Its femur is 2.4 metres long, and one rib measures 1.1 m across.",
        "1.1 m",
        "width of one rib (unit: metres)",
    ),
    (
        "The carved stone lay just 30cm beneath the turf.",
        "30cm",
        "depth of carved stone beneath turf (unit: centimetres)",
    ),
    ("The shop sells 60W bulbs.", "60W", "power of bulbs (unit: watts)"),
]
# look-alikes: where the rules above must not fire ("across" before a place, a route's verb, a price
# in brackets after a weighed dish, rain an instrument measured, a list of a listing's items)
MEASURED_SUBJECT_LOOK_ALIKES = [
    # the whole in the aside keeps its own noun
    (
        "The lakes held 310 million cubic metres, out of a total capacity of 900 million cubic metres.",
        "900 million cubic metres",
        "total capacity (unit: cubic metres)",
    ),
    # "underground" before a noun is its adjective: the cable's length
    (
        "Power reaches the town through a 12 km underground cable.",
        "12 km",
        "length of underground cable (unit: kilometres)",
    ),
    ("Rain on Monday dropped 1.8 inches across the state.", "1.8 inches", "Rain Monday (unit: inches)"),
    ("The tunnel runs 5 km under the city centre.", "5 km", "tunnel runs (unit: kilometres)"),
    ("A 200g steak (£19) comes with chips.", "£19", "steak"),
    ("Gauges measured 84mm of rain overnight.", "84mm", "rainfall overnight (unit: millimetres)"),
    (
        "Sea: Rough at times, waves 2 to 3 metres, easing to 1.5 metres overnight.",
        "1.5 metres",
        "Sea: waves (unit: metres)",
    ),
    (
        "The house has four floors, five bedrooms, 2,150 sq ft and a garden.",
        "2,150 sq ft",
        "area (unit: square feet)",
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "subject"), MEASURED_SUBJECT_EXAMPLES + MEASURED_SUBJECT_LOOK_ALIKES
)
def test_a_measurement_names_the_thing_measured_by_where_its_noun_sits(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "The initial public offering closed on Friday, oversubscribed 14.2 times.",
            "14.2",
            "subscription to the offering (unit: times covered)",
        ),
        ("The IPO was oversubscribed 3.2 times.", "3.2", "subscription to the IPO (unit: times covered)"),
    ],
)
def test_an_issues_cover_is_the_subscription_to_what_was_sold(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Savers can earn up to 4.5 per cent on the bank's new one-year bond.",
            "4.5",
            "interest on bank's new one-year bond (interest-rate level)",
        ),
    ],
)
def test_the_interest_paid_on_a_product_is_named_past_its_determiner(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# (invented corpus line, quote of the figure, subject it must get): figures in label lines, lists
# and diaries (analysis/figures/sections.py): a heading's day or year is their period, a total's
# label names the amount it totals, and a figure its sentence names nothing for takes the label
# before its colon, the noun phrase it is apposed to, the whole its tally opens with, or the noun
# after "a further"; a price opening a clause with "At" restates the same price said before.
LISTED_SUBJECTS: list[tuple[str, str, str]] = [
    # late-kinds15: a league table's share under its ranking sentence takes its line's label
    (
        "Clubs are ranked by the share of members who renewed.\n1. Harbour Rowing Club, Portree: 91.4 (88.2).",
        "91.4",
        "Harbour Rowing Club, Portree",
    ),
    ("Day four (Thursday)\nBus pass top-up: $25.\nLaundromat: $11.50.", "$11.50", "Laundromat on Thursday"),
    (
        "Day seven (Sunday)\nNothing spent.\nDaily total: $0\n\nWeekly total: $742.18",
        "$0",
        "total amount spent on Sunday",
    ),
    (
        "Day seven (Sunday)\nNothing spent.\nDaily total: $0\n\nWeekly total: $742.18",
        "$742.18",
        "total amount spent over the week",
    ),
    ("Monthly total: R4,120", "R4,120", "total amount over the month"),
    (
        "Day two (Tuesday)\n6:10 p.m. Gas on the drive home: 11.4 gallons at $3.89 a gallon, $44.35.",
        "$44.35",
        "Gas on the drive home on Tuesday",
    ),
    (
        "2023\nLandings: 1,240 tonnes\nValue at first sale: £2.6 million",
        "1,240 tonnes",
        "Landings in 2023 (unit: tonnes)",
    ),
    (
        "Fiscal 2025\nRevenue: $48.2 million\nNet loss: $3.1 million",
        "$3.1 million",
        "Net loss in fiscal 2025",
    ),
    ("2022 season\nMatches played: 14\nGoals scored: 31", "31", "Goals scored in the 2022 season"),
    (
        "Saturday 12 March 1955\nA new bus shelter cost the parish £240.",
        "£240",
        "cost of new bus shelter in 1955",
    ),
    ("Friday\nThe rain cancelled the match. Tea at the club: £3.20.", "£3.20", "Tea at the club on Friday"),
    (
        "Among the traded companies, 57 closed higher, 23 closed lower and nine were flat.",
        "23",
        "traded companies that closed lower",
    ),
    ("Of the listed banks, 14 gained and 6 lost ground.", "6", "listed banks that lost ground"),
    (
        "A further 40 erven next to the clinic will be set aside for teachers.",
        "40",
        "erven set aside for teachers",
    ),
    ("I pay the phone bill, $64.99, and my share of the groceries, $120.", "$64.99", "phone bill"),
    (
        "- Manage the depot's operating budget, $4.2 million in 2027",
        "$4.2 million",
        "depot's operating budget",
    ),
    (
        "- Run the town's sewage works, about 2.5 million litres a day",
        "2.5 million litres",
        "town's sewage works (unit: litres per day)",
    ),
    ("Allowance: Scale B4, EC$2,150 per month", "EC$2,150", "Allowance (per month)"),
    (
        "- Lead a team of nine (9) field officers",
        "nine",
        "team of field officers",
    ),  # subj28: the whole "a team of"
    ("- Check seven (7) springs in the hills", "seven", "springs"),
    (
        "The initial public offering of 3.2 million units of Himal Cement closed on Thursday.",
        "3.2 million units",
        "units of Himal Cement in the initial public offering",
    ),
    ("About 2,000 residents of Lagos were evacuated.", "2,000 residents", "residents of Lagos"),
    ("Debt: $12,000 left on my student loans, at 5.5 percent", "$12,000", "Debt left on my student loans"),
    ("Balance: $310 remaining on the gift card", "$310", "Balance remaining on the gift card"),
    # late-subj10: a classified line's price and measurements are of the item in capitals it opens with
    ("SURFBOARD, 6ft 2in, two fins, $280 ono.\nPh 021 555 019.", "$280", "Surfboard"),
    ("2013 SUBARU LEGACY, wagon, 164,000km, $8,200.", "164,000km", "Subaru Legacy (unit: kilometres)"),
    # late-subj10: a height "up" apposed to a place is the place's altitude
    (
        "Rangers at the Kess refuge, 2,210 metres up, close the road in May.",
        "2,210 metres",
        "altitude of the Kess refuge (unit: metres)",
    ),
]
# ... and their look-alikes: a heading that is a sentence or a label, an age or a span under a
# day's heading, a time phrase before an apposed amount, a verb after "a further".
LISTED_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("Monday was quiet.\nTaxi fare: $12.", "$12", "Taxi fare"),
    ("Monday\nMs Diaz, 44, paid the $90 fine.", "Diaz, 44", "age (unit: years of age)"),
    ("Tuesday\nThe talks lasted three hours.", "three hours", "length of the talks (unit: hours)"),
    ("For the year, $4.2 billion was spent on roads.", "$4.2 billion", "was spent on roads"),
    ("A further 19 tested positive over the weekend.", "19", ""),
    ("Total: 1,240", "1,240", "Total"),
    ("She still has $9,000 left on her mortgage.", "$9,000", "left on her mortgage"),
    ("Five members of NATO's staff flew home.", "Five members", "members"),
    (
        "Delegates came from 12 countries of Central Asia.\nThe talks end on Friday.",
        "12 countries",
        "countries of Central Asia",
    ),
    # late-subj10: a wire dateline in capitals is no classified item
    (
        "WELLINGTON, Dec 2 - The port handled 310,000 tonnes.",
        "310,000 tonnes",
        "port handled weight (unit: tonnes)",
    ),
    # late-subj10: a height "up" after a clause, not a place, is no altitude
    ("Prices rose, 4 metres up.", "4 metres", "(unit: metres)"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LISTED_SUBJECTS)
def test_figures_in_lists_labels_and_diaries_take_their_label_heading_or_whole(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), LISTED_LOOK_ALIKES)
def test_look_alikes_of_the_list_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_price_opening_a_quote_after_at_restates_the_same_price_said_before():
    text = 'Growers were paid an average of Rs. 140 per kg in May. "At Rs. 140 I barely cover fertiliser and wages," one said.'
    frame = extract_figures(article_from_text(text, "case"))
    assert list(frame["subject"]) == ["average (per kg)", "average (repeat)"]


# Subjects on commodity, market and local desks (analysis/figures/report_subjects.py): a place opening
# the sentence, a share of work complete, the time a doer has done a thing,
# a bracketed price after an animal's weight, a price animals of an age made, a measure named in
# its unit, a bare weight with a participle, a change against a past time, a per-unit price named
# by its deed.
DESK_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "In the Ashanti and Western regions, buyers paid GHS1,200 a bag for maize.",
        "GHS1,200",
        "maize in the Ashanti and Western regions (per bag)",
    ),
    (
        "In Nakuru, where the rains came late, prices ranged from Sh3,100 to Sh3,400.",
        "Sh3,100 to Sh3,400",
        "prices in Nakuru",
    ),
    (
        "Work on the new bypass is now 72 per cent complete, the county engineer said.",
        "72 per cent",
        "share of work on the new bypass completed",
    ),
    (
        "The county said the maternity clinic was 45% finished by June.",
        "45%",
        "share of work on the maternity clinic completed",
    ),
    (
        "Work on the 450MW Kinta dam, which has been delayed for a decade, is now 61 percent complete.",
        "61 percent",
        "share of work on the 450MW Kinta dam completed",
    ),
    (
        "The new stand, with 4,000 seats and a roof, is 80 per cent complete, the club said.",
        "80 per cent",
        "share of work on the new stand completed",
    ),
    (
        "Average occupancy was 70 percent in May, while hostels filled only 52 percent of their beds.",
        "52 percent",
        "bed occupancy of hostels",
    ),
    (
        "The 9 lakeside hotels filled 77.5% of their rooms, up from 71% a year earlier.",
        "71%",
        "room occupancy of the 9 lakeside hotels",
    ),
    (
        "Mr Reyes, 61, who has driven a taxi in the city for 17 years, said fares were too low.",
        "17 years",
        "time Mr Reyes has driven a taxi in the city",
    ),
    (
        "She has farmed the same plot near Gulu for 40 years.",
        "40 years",
        "time she has farmed the same plot near Gulu",
    ),
    ("Steers sold to £1,980 for 640kg (£309), a strong trade.", "£309", "price by weight of Steers sold"),
    ("Heifer calves under four weeks old made up to £430.", "£430", "top price for heifer calves"),
    (
        "Capacity measured in available seat kilometres rose 6% to 3.2 billion.",
        "3.2 billion",
        "capacity (unit: available seat kilometres)",
    ),
    (
        "Kenya grew 412 mn kg of black tea last year, and the nine months to September brought in Sh180bn for 398 mn kg shipped.",
        "398 mn kg",
        "black tea shipped (unit: kilograms)",
    ),
    (
        "Copper is still below its peak, but it is nearly 18% higher than at the start of the year.",
        "18%",
        "increase in copper since the start of the year",
    ),
    (
        "The city now produces 25 per cent more waste than in 2020.",
        "25 per cent",
        "increase in waste since 2020",
    ),
    ("Robusta was scarce, and exporters offered Sh310 per kg.", "Sh310", "price exporters offered (per kg)"),
]
# ... and their look-alikes: a month or year opening the sentence, a sentence served, a span of a
# contract, a share of people who completed something, a change with a place opening its sentence.
DESK_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("In January, prices rose 4%.", "4%", "prices"),
    ("In 2024, copper fell 9%.", "9%", "copper"),
    ("He has been jailed for five years.", "five years", "length of the prison sentence"),
    ("The contract runs for three years.", "three years", "length of the contract"),
    ("About 64% completed the course last year.", "64%", "share that completed the course last year"),
    ("They filled 90% of their rooms.", "90%", "rooms"),
    ("The airline sold 85% of its seats to tour operators.", "85%", "seats"),
    ("In Accra, cocoa output fell 8% this season.", "8%", "cocoa output"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), DESK_SUBJECTS)
def test_figures_on_commodity_market_and_local_desks_take_their_thing_place_or_doer(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), DESK_LOOK_ALIKES)
def test_look_alikes_of_the_desk_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# Subjects in court, political, tender, science and port copy (analysis/figures/report_subjects.py): a
# ship's length after its name and flag, a named place's height, a winning majority, a vote share
# and a combined margin, money named by the verb that moved it, a threshold an apposition names or
# a perfect's "longer than", the span of a sentence's opening noun, a validity period, the time
# within which a thing was done and the event it runs from, a list item's noun phrase, a change
# apposed to the sentence's opening noun, a count restating a share's holder and a level after
# "to ..., from", a lone verb with its modal and doer, the material a relative clause's verb used,
# a noun after "of" with its place.
COURT_SUBJECTS: list[tuple[str, str, str]] = [
    # attrib36: a part of seats names its holder and the body the seats are in; the whole names the
    # body, or the holder for "its"; seats given name the holder they go to
    (
        "The Centre Party captured 41 of the 99 seats in the Storting.",
        "41",
        "seats of the Centre Party in the Storting",
    ),
    ("The Centre Party captured 41 of the 99 seats in the Storting.", "99 seats", "seats in the Storting"),
    ("Local independents now hold 22 of the 35 council seats.", "22", "council seats of local independents"),
    (
        "The Greens lost two of their seven seats on the regional council.",
        "two",
        "seats lost by the Greens on the regional council",
    ),
    (
        "The Greens lost two of their seven seats on the regional council.",
        "seven seats",
        "seats of the Greens on the regional council",
    ),
    ("Just 310 of the 1,400 seats in the arena were sold.", "310", "seats in the arena"),
    (
        "The commission allocated 15 seats to the diaspora, up from 10.",
        "15 seats",
        "seats allocated to the diaspora",
    ),
    # attrib35: seats, votes or a vote share won by a holder a common noun names before the verb
    (
        "The ruling bloc took 64 seats, the liberal opposition 31 and independents 5.",
        "64 seats",
        "seats of the ruling bloc",
    ),
    (
        "The incumbent governor received 212,400 votes, up from 180,000 four years ago.",
        "212,400 votes",
        "votes of the incumbent governor",
    ),
    (
        "The main opposition party won 38.5 per cent of the vote in the runoff.",
        "38.5 per cent",
        "vote share of the main opposition party",
    ),
    (
        "The bulk carrier Ocean Laurel (Liberia), 229 m, berthed at the grain terminal with Ukrainian wheat.",
        "229 m",
        "length of the Ocean Laurel (unit: metres)",
    ),
    (
        "Vessels due on Friday: Kota Hakim (Singapore), container ship, 261 m, from Colombo.",
        "261 m",
        "length of the container ship Kota Hakim (unit: metres)",
    ),
    (
        "The riders crossed the Col du Galibier, at 2,642 metres (8,668 feet), before the descent.",
        "2,642 metres",
        "height of the Col du Galibier (unit: metres)",
    ),
    (
        "The riders crossed the Col du Galibier, at 2,642 metres (8,668 feet), before the descent.",
        "8,668 feet",
        "height of the Col du Galibier (unit: feet)",
    ),
    (
        "The finance bill passed with a majority of 87 votes after a late-night sitting.",
        "87 votes",
        "winning majority in votes",
    ),
    ("Mr Ortiz, the mayor since 2019, won 58.2 percent.", "58.2 percent", "vote share"),
    ("She lost the rural wards by a combined 640 votes.", "640 votes", "losing margin in votes"),
    (
        "The court heard the pair had funnelled $2.3 million through a charity in Malta.",
        "$2.3 million",
        "money funnelled through a charity in Malta",
    ),
    ("Police traced €410,000 to a flat in Porto.", "€410,000", "money traced to a flat in Porto"),
    (
        "Some 40 shops reported losses above 25 percent, the threshold for insurance payouts.",
        "25 percent",
        "threshold for insurance payouts",
    ),
    (
        "By March, 310 of them had waited longer than 18 weeks.",
        "18 weeks",
        "threshold of the time waited (unit: weeks)",
    ),
    (
        "The inquiry, held over nine months, heard from 80 witnesses.",
        "nine months",
        "time the inquiry was held (unit: months)",
    ),
    (
        "The pact was signed at 9am at the council offices in Gaborone West, Block 8, and runs for three years.",
        "three years",
        "term of the pact",
    ),
    (
        "Bids must remain valid for 120 days from the closing date, the notice says.",
        "120 days",
        "validity period of bids",
    ),
    (
        "Four prisoners escaped, and three were recaptured within 36 hours.",
        "36 hours",
        "time within which recaptured (unit: hours)",
    ),
    (
        "Results:\n• 64 per cent average bed occupancy in March",
        "64 per cent",
        "average bed occupancy in March",
    ),
    (
        "Passenger numbers at the ferry terminal, down 6 per cent on last year, were the lowest since the pandemic.",
        "6 per cent",
        "decrease in passenger numbers at the ferry terminal",
    ),
    (
        "Migrants made up 18 percent of the total, or 412 people, up from 390 a year earlier.",
        "412 people",
        "Migrants",
    ),
    (
        "Migrants made up 18 percent of the total, or 412 people, up from 390 a year earlier.",
        "390",
        "Migrants",
    ),
    (
        "The plan would lift debt to 71 percent of GDP, from an estimated 68 percent.",
        "68 percent",
        "debt as a share of GDP",
    ),
    (
        "The minister said a new terminal at the port, due in 2028, should handle about 900,000 TEU a year.",
        "900,000 TEU",
        "new terminal at the port should handle (unit: twenty-foot equivalent units)",
    ),
    (
        "The mill, which processed 40,000 tonnes of cane, closed in May.",
        "40,000 tonnes",
        "cane processed by mill (unit: tonnes)",
    ),
    ("There were 12 days of rain in Lagos.", "12 days", "rain in Lagos"),
]
# ... and their look-alikes: a width with no named place, a share of seats, an audience share, money
# for a purpose, a superlative apposition, a validity after "by", a span that opens its sentence, a
# time that opens one, a doer after a preposition, a span lasting longer than a time, a noun after
# "of" with a month after it.
COURT_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # attrib35: no seats or votes, or a pronoun before the verb: no holder
    # attrib36: a part of seats with no holder before its verb, nor a body after it; seats given
    # by no verb of giving
    ("Only 80 of the 500 seats were empty.", "80", "seats"),
    ("In 2021 they won 12 of the 40 seats.", "12", "seats"),
    ("The airline moved 40 seats to the front cabin.", "40 seats", "seats moved"),
    ("The company won 12 contracts.", "12 contracts", "contracts"),
    ("It took 40 seats.", "40 seats", "seats"),
    ("The road, at 40 metres wide, is the city's broadest.", "40 metres", "width (unit: metres)"),
    ("Ms Tanaka won 53 percent of the seats.", "53 percent", "seats"),
    ("The channel took 19.1% of viewing, down from 20%.", "19.1%", "channel as a share of viewing"),
    ("The fund allocated $2m for rural roads.", "$2m", "for rural roads"),
    ("Sales rose above 30 percent, the highest in a decade.", "30 percent", "Sales"),
    (
        "Tenders submitted by local firms shall remain valid for 90 days.",
        "90 days",
        "firms shall remain valid",
    ),
    # (subj35: "later" after a span opening its sentence reads as "on,": the time since then)
    ("One day later, the river burst its banks.", "One day", "time since then"),
    ("In May, up 5% on April, sales held.", "5%", ""),
    ("Companies with accounts in the UK will pay 19%.", "19%", "pay"),
    (
        "The strike, lasting longer than two weeks, closed the port.",
        "two weeks",
        "lasting longer (unit: weeks)",
    ),
    ("There were 12 days of rain in March.", "12 days", "rain"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), COURT_SUBJECTS)
def test_figures_in_court_politics_tender_and_port_copy_take_their_thing_or_deed(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), COURT_LOOK_ALIKES)
def test_look_alikes_of_the_court_and_port_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# Subjects of pay moves, changes, counted days, attendances and possessive periods
# (level_subjects.py's pay_subjects): the old and new level of a group that moves between them, a level restated after
# ", up from", those counted at an event, the employees of a doer, the level a possessive period
# restates, the sum a span of pay measures, a share that goes somewhere, extra counts, runs a day,
# lengths of a predicate's subject, spans named by their clause, counts in a state, an amount's
# purpose after a copula and distances on the sixteen points of the compass.
PAY_SUBJECTS = [
    (
        "Under the accord, cleaners in band B, the lowest grade, move from R6 200 to R6 750 a month, an increase of R550.",
        "R6 200",
        "old monthly level of cleaners in band B",
    ),
    (
        "Under the accord, cleaners in band B, the lowest grade, move from R6 200 to R6 750 a month, an increase of R550.",
        "R6 750",
        "new monthly level of cleaners in band B",
    ),
    (
        "Under the accord, cleaners in band B, the lowest grade, move from R6 200 to R6 750 a month, an increase of R550.",
        "R550",
        "increase in the monthly level of cleaners in band B",
    ),
    (
        "Growers were paid KSh 52 a kilo for green leaf at the factories, up from KSh 47, the board said.",
        "KSh 47",
        "previous payment to Growers (per kilo)",
    ),
    ("Diesel sold at Rs 96 a litre on Monday, up from Rs 89.", "Rs 89", "previous Diesel sold (per litre)"),
    (
        "The chairman told the congress on Friday, attended by 1,200 delegates, that membership had grown.",
        "1,200 delegates",
        "delegates at the congress",
    ),
    (
        "Official figures show the region's 340 hotels employed 18,200 people in June, up 4% from a year earlier, and earned $2.1 billion in 2025.",
        "18,200 people",
        "employees of the region's hotels",
    ),
    (
        "Official figures show the region's 340 hotels employed 18,200 people in June, up 4% from a year earlier, and earned $2.1 billion in 2025.",
        "4%",
        "increase in employees of the region's hotels",
    ),
    (
        "Official figures show the region's 340 hotels employed 18,200 people in June, up 4% from a year earlier, and earned $2.1 billion in 2025.",
        "$2.1 billion",
        "earned by the region's hotels",
    ),
    (
        "Teachers will be paid a monthly allowance of ₦25,000 from March, up ₦5,000 from this year's ₦20,000.",
        "₦20,000",
        "monthly allowance this year",
    ),
    (
        "Under the law, dismissed staff are entitled to 30 days' wages for each year of service.",
        "30 days",
        "wages for each year",
    ),
    (
        "The union asked the airline to pay a bonus of three months' salary for every cabin worker, which it estimated at $12 million.",
        "three months",
        "bonus for every cabin worker (unit: months)",
    ),
    (
        "The union asked the airline to pay a bonus of three months' salary for every cabin worker, which it estimated at $12 million.",
        "$12 million",
        "estimated value of bonus for every cabin worker",
    ),
    (
        "Of the levy, 40 percent is paid to the councils, 35 percent goes to a road fund and the rest to schools.",
        "35 percent",
        "share going to a road fund",
    ),
    (
        "Of the fees collected, 30 per cent goes to a heritage fund.",
        "30 per cent",
        "share of fees collected going to a heritage fund",
    ),
    (
        "The night ferry, a service from the port to the outer islands, will run eight times a week in summer.",
        "eight times",
        "weekly runs of the night ferry",
    ),
    ("The operator employs 900 guards and plans to recruit 120 more by June.", "120", "extra guards"),
    (
        "A Turkish firm quoted €22 million, the lowest of four bids.",
        "€22 million",
        "lowest bid, by Turkish firm",
    ),
    (
        "The new crossing will be a 140-metre concrete arch with two lanes.",
        "140-metre",
        "length of the new crossing (unit: metres)",
    ),
    ("Safety also improved: 92 per cent of flights left on time in May.", "92 per cent", "share of flights"),
    (
        "Falls were the main cause of 31 per cent of injuries at work, followed by lifting heavy loads at 18 per cent.",
        "18 per cent",
        "lifting heavy loads as a share of injuries",
    ),
    ("Cyclists accounted for 12 of the deaths, police said.", "12 of the deaths", "deaths among Cyclists"),
    ("Membership fell from about 4,000 that year to 2,600 by 2015.", "2,600", "Membership"),
    (
        "The clinic is funded from the $3.4 million set aside for rural health in the budget.",
        "$3.4 million",
        "money set aside for rural health",
    ),
    (
        "The contractor would deploy 40 workers and six cranes within three weeks.",
        "three weeks",
        "time to deploy workers and cranes (unit: weeks)",
    ),
    (
        "The council will spend £80,000 on the campaign, which runs for eight weeks.",
        "eight weeks",
        "length of the campaign (unit: weeks)",
    ),
    ("The Museum Pass, valid for three days, costs $12.", "three days", "validity period of the Museum Pass"),
    (
        "Some 900 people fled their homes. Of these, 310 were still in the shelters on Tuesday.",
        "310",
        "those still in the shelters",
    ),
    (
        "The biggest single item is $2.4m for new pumps at the Kibera treatment works, officials said.",
        "$2.4m",
        "biggest single item for new pumps at the Kibera treatment works",
    ),
    (
        "The reef, 85km west-south-west of Suva, was closed.",
        "85km",
        "distance west-south-west of Suva (unit: kilometres)",
    ),
]
# ... and look-alikes that keep what the sentence rules gave them: a noun after "more", a span
# with no sum of pay, a glued length that names its own noun or a distance, a label before a
# colon, a pronoun or relative for a doer, a deed already named, an amount in the object of
# "within", a new level with its own noun
PAY_LOOK_ALIKES = [
    ("Seven people died and three more were hurt.", "three", "further people"),
    ("Applicants must have a minimum of eight years' experience in auditing.", "eight years", "experience"),
    ("The wall is a 3.5-metre wall.", "3.5-metre", "wall (unit: metres)"),
    ("The nearest bus stop is a 300-metre walk away.", "300-metre", "walk (unit: metres)"),
    (
        "Key figures:\n- Pension contribution limit: 15 per cent of earned income",
        "15 per cent",
        "Pension contribution limit",
    ),
    (
        "Rice was hit hardest: about 40 percent of the 12,000 hectares planted was lost.",
        "40 percent",
        "Rice was hit hardest",
    ),
    ("At its peak in 2007 it employed 12,400 people.", "12,400 people", "employees"),
    ("The cooperative, whose members employ 140 people, sells honey.", "140 people", "employees"),
    (
        "Officials said the man embezzled $2 million allocated for road repairs.",
        "$2 million",
        "money embezzled",
    ),
    (
        "The court ordered him to pay $500 now and the balance within six months.",
        "six months",
        "length of the period for balance (unit: months)",
    ),
    ("Annual ridership climbed from 1.8 million to 2.3 million passengers.", "2.3 million", "passengers"),
    ("Admission is £8 for adults and free for children.", "£8", "Admission"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), PAY_SUBJECTS)
def test_pay_moves_attendances_employees_and_possessive_periods_take_their_thing(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), PAY_LOOK_ALIKES)
def test_look_alikes_of_the_pay_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# (invented corpus line, quote, subject): figures told after the thing they measure. A change after
# ", up" or ", down" that follows a doer's deed is the change in that deed; a percent above or
# below a named mark is the gap from it; days "in" a month; an amount "more than now" or restated
# "in" a year; a minor unit's price per unit; a wait at a place; a span over which a counted group
# was moved; a height "at N metres above sea level" is an altitude.
TOLD_AFTER_SUBJECTS = [
    (
        "Chile exported 95,000 tonnes of cherries to China last season, up 18 percent.",
        "18 percent",
        "increase in cherry exports",
    ),
    (
        "Ghana's cocoa farmers delivered 520,000 tonnes of beans, down 21 percent.",
        "21 percent",
        "decrease in bean deliveries",
    ),
    (
        "The state refinery sold 3.2 million litres in March, up 7 percent.",
        "7 percent",
        "increase in state refinery's sales",
    ),
    (
        "The mine produced 640,000 ounces of gold in the year, down 4 percent.",
        "4 percent",
        "decrease in gold production",
    ),
    (
        "The winning bid came in about 14 percent below the engineers' estimate.",
        "14 percent",
        "The winning bid came below the engineers' estimate",
    ),
    ("Rain fell on 23 days in November, a record for the station.", "23 days", "Rain in November"),
    (
        "Businesses now pay 29 cents per kilowatt-hour for power during the day.",
        "29 cents",
        "price paid by Businesses (unit: cents)",
    ),
    (
        "Commuters will pay $3 more than now for a monthly pass.",
        "$3",
        "increase in the price of a monthly pass",
    ),
    ("Each flat would pay about €940 a year, €55 more than now.", "€55", "increase in sum paid by Each flat"),
    ("A return ticket costs €48 now and will cost €55 in 2026.", "€55", "cost of return ticket in 2026"),
    (
        "The annual licence fee was R1,200, and the department expects it to reach R1,450 in 2027.",
        "R1,450",
        "annual licence fee in 2027",
    ),
    (
        "Travellers said they had waited for up to five hours at the border post.",
        "five hours",
        "waiting time at the border post (unit: hours)",
    ),
    (
        "About 3,500 residents were evacuated over three days.",
        "three days",
        "period over which residents were evacuated",
    ),
    (
        "The monastery sits at 3,120 metres above sea level on a ridge.",
        "3,120 metres",
        "monastery sits altitude above sea level (unit: metres)",
    ),
]
TOLD_AFTER_SUBJECTS += [
    (
        "Engineers repaired the bridge over four months.",
        "four months",
        "period over which Engineers repaired (unit: months)",
    ),
    (
        "The audit team of 12 officers inspected 4,300 shops in 19 towns over five weeks.",
        "five weeks",
        "period over which audit team inspected (unit: weeks)",
    ),
]
TOLD_AFTER_SUBJECTS += [
    (
        "Nurses earning Sh40,000 a month will receive Sh3,500 more from January.",
        "Sh3,500",
        "increase in earnings of Nurses",
    ),
]
TOLD_AFTER_LOOK_ALIKES = [
    ("The airline carried 9.3 million passengers, up 15 percent.", "15 percent", "passengers"),
    ("Output reached 2.1 million tonnes of cane, down 9 percent.", "9 percent", "Output"),
    ("The index closed at 2,911 points, up 1.2 percent.", "1.2 percent", "index"),
    ("Prices were 6 percent above the same period last year.", "6 percent", "Prices"),
    ("The survey was conducted over six weeks.", "six weeks", "length of the survey (unit: weeks)"),
    ("Revenue was $5 million in 2024 and profit $2 million in 2025.", "$2 million", "profit"),
    (
        "The summit stands 5,895 metres above sea level.",
        "5,895 metres",
        "summit height above sea level (unit: metres)",
    ),
    ("He waited for three hours for a bus.", "three hours", "waiting time for bus (unit: hours)"),
    ("It costs $5 and $2 more for delivery.", "$2", "cost"),
    ("The club paid £2m for him and £1m more in bonuses.", "£1m", "sum paid by club"),
    ("Mr Ortiz, the mayor since 2019, won 58.2 percent.", "58.2 percent", "vote share"),
    ("He has played 142 games over five seasons.", "five seasons", "seasons (unit: seasons)"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), TOLD_AFTER_SUBJECTS)
def test_figures_told_after_the_thing_they_measure_take_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), TOLD_AFTER_LOOK_ALIKES)
def test_look_alikes_of_the_told_after_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


def test_a_percent_below_a_named_estimate_is_a_change():
    frame = extract_figures(
        article_from_text(
            "The contract was awarded at 8 percent under the council's budget for the works.", "case"
        )
    )
    assert frame["kind"].tolist() == ["percent_change"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ortiz, the mayor since 2019, won 58.2 percent.",
        "About 31 percent of the district's families live below the poverty line.",
    ],
)
def test_a_share_before_no_owned_mark_stays_a_share(text: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame[frame["unit"] == "percent"]["kind"].tolist() == ["percentage_share"]


@settings(max_examples=400)
@given(
    st.tuples(
        st.sampled_from(["The district jail", "Revenue from fees", "the licence", "x", ""]),
        st.sampled_from([",", ", ", " ", ",\t"]),
        st.sampled_from(["built", "issued", "valid", "from", "once down", "tax", ""]),
        st.sampled_from([" in 2006 ", " ", " to a few hundred, ", ", levies, ", "\n", ""]),
        st.sampled_from(["for ", "for", "fore ", "now holds ", "numbers ", "totals ", ", ", "and "]),
        st.sampled_from(["", "about ", "nearly ", "\t", "x"]),
    )
)
def test_the_readers_tail_tests_never_turn_away_a_phrase_their_patterns_find(parts: tuple[str, ...]):
    """Each reader of a comma-set phrase looks for its pattern's end first (a literal's fast scan):
    wherever the whole pattern matches, the end's test passes too."""
    from analysis.figures import clause_forms

    text = "".join(parts)
    for whole, tail in (
        (clause_forms.RE_PARENTHETIC_FOR, clause_forms.RE_FOR_TAIL),
        (clause_forms.RE_HELD_COUNT, clause_forms.RE_HELD_TAIL),
        (clause_forms.RE_LIST_MODIFIED, clause_forms.RE_COMMA_TAIL),
    ):
        for end in range(len(text) + 1):
            if whole.search(text, 0, end) is not None:
                assert tail.search(text, 0, end) is not None


# subj31: a measurement whose clause's subject stands back across a relative clause or an aside,
# a distance "within" a length or off a compass point from a determined noun, a span given where a
# sentence is told, a span a thing is put off by, and hours something is open.
HELD_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "The Vulcan Centaur, which stands 61 metres tall and weighs about 550 tonnes at launch, "
        "can lift 27 tonnes to low Earth orbit.",
        "550 tonnes",
        "Vulcan Centaur weighs weight (unit: tonnes)",
    ),
    (
        "The Vulcan Centaur, which stands 61 metres tall and weighs about 550 tonnes at launch, "
        "can lift 27 tonnes to low Earth orbit.",
        "27 tonnes",
        "Vulcan Centaur lift weight (unit: tonnes)",
    ),
    (
        "Three skimmer vessels, the Ocean Guard and two chartered trawlers, can each collect 40 tonnes a day at sea.",
        "40 tonnes",
        "Three skimmer vessels collect weight (unit: tonnes per day)",
    ),
    (
        "The district court had given her 4 years and 2 months after the trial, and she appealed the sentence.",
        "4 years",
        "sentence given her",
    ),
    (
        "The district court had given her 4 years and 2 months after the trial, and she appealed the sentence.",
        "2 months",
        "sentence given her (unit: months)",
    ),
    (
        "A fault in the fuel pump, found during a test firing, delayed it by 9 months.",
        "9 months",
        "delay (unit: months)",
    ),
    (
        "The vote on the budget was postponed by two weeks.",
        "two weeks",
        "delay to vote on the budget (unit: weeks)",
    ),
    (
        "The tenants' helpline, on 0800 444 222, is open 24 hours a day.",
        "24 hours",
        "opening hours of tenants' helpline (unit: hours)",
    ),
    (
        "The telescope will look for planets within 200 light years.",
        "200 light years",
        "distance within which telescope look planets (unit: light years)",
    ),
    (
        "The body was found in a ditch, about 35 kilometres east of the airport.",
        "35 kilometres",
        "distance east of airport (unit: kilometres)",
    ),
    (
        "Fishing boats were spotted within 12 nautical miles of the island on Monday.",
        "12 nautical miles",
        "Fishing boats spotted within distance from island (unit: nautical miles)",
    ),
]
HELD_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("Tickets for the fair open 30 days ahead.", "30 days", "Tickets fair open"),  # "open" a verb
    ("The charity gave them 3 months to find new premises.", "3 months", "charity gave (unit: months)"),
    ("Last year, the boats could lift 60 tonnes a day.", "60 tonnes", "boats weight (unit: tonnes per day)"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), HELD_SUBJECTS)
def test_measures_and_spans_take_the_thing_their_clause_is_about(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), HELD_LOOK_ALIKES)
def test_look_alikes_of_the_held_subject_rules_keep_their_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj31: a count of days after "NOUN of" opening a line or after a determiner or a verb of having
# is that noun's ("Annual leave of 28 working days"); not a wrapper ("the space of", "a maximum of").
DAYS_OF_NOUN_SUBJECTS: list[tuple[str, str, str]] = [
    ("Annual leave of 28 working days is offered to every new teacher.", "28 working days", "Annual leave"),
    ("- Parental leave of 20 working days, paid in full", "20 working days", "Parental leave"),
    ("The post offers paid holiday of 30 working days.", "30 working days", "paid holiday"),
]
DAYS_OF_NOUN_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("The work must be done in the space of 10 working days.", "10 working days", "working days"),
    ("Sick pay: a maximum of 20 working days.", "20 working days", "working days"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), DAYS_OF_NOUN_SUBJECTS)
def test_counted_days_after_a_noun_and_of_are_that_nouns(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), DAYS_OF_NOUN_LOOK_ALIKES)
def test_counted_days_after_a_wrapper_noun_keep_their_own_noun(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj32: a sum, a change or a share named only by the time after it takes the clause that leads to
# it, the time kept after it (sections.timed_subjects).
TIMED_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "The regional council has set aside €2.3m for the year, its finance director said.",
        "€2.3m",
        "regional council set aside for the year",
    ),
    (
        "The auditor puts losses at the state grain agency at 3.2 billion naira since January.",
        "3.2 billion naira",
        "losses state grain agency since January",
    ),
    (
        "The state has set aside R$40 million for the year, of which R$12 million has been spent.",
        "R$40 million",
        "state set aside for the year",
    ),
]
TIMED_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("It was €2.3m for the year.", "€2.3m", "for the year"),  # a pronoun: no clause to read
    ("Last year, 12 per cent in June.", "12 per cent", "June"),  # a clause of times only
]


@pytest.mark.parametrize(("text", "quote", "subject"), TIMED_SUBJECTS)
def test_sums_named_only_by_a_time_take_the_clause_before(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), TIMED_LOOK_ALIKES)
def test_sums_named_by_a_time_with_no_clause_keep_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj32: a measure named only by its dimension or its unit's noun, followed by the reference it is
# counted from, is that dimension over the reference (sections.margin_subjects).
MARGIN_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "The city did not cool below 29C overnight, 5 degrees above the August average for night-time lows.",
        "5 degrees",
        "temperature above the August average for night-time lows (unit: degrees Celsius)",
    ),
    (
        "Sea temperatures reached 28C, 1.5 degrees above the seasonal norm.",
        "1.5 degrees",
        "temperature above the seasonal norm (unit: degrees Celsius)",
    ),
]
MARGIN_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("His best lift was 3kg below the 180kg national record.", "3kg", "best lift (unit: kilograms)"),  # named
    (
        "The plane flew 300 metres above the town.",
        "300 metres",
        "plane flew height above town (unit: metres)",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), MARGIN_SUBJECTS)
def test_a_dimension_over_a_reference_is_named_by_that_reference(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), MARGIN_LOOK_ALIKES)
def test_a_measure_with_its_own_name_keeps_it_before_a_reference(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj32: a sum after "of" that follows a verb in -ing and its object is that object's, when a
# longer phrase before it names something else (subjects.gerund_object).
GERUND_OBJECT_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "The court sentenced the mayor, 58, to 8 years and 4 months in prison for taking bribes of 3.6 million lei from firms.",
        "3.6 million lei",
        "taking bribes",
    ),
]
GERUND_OBJECT_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "The court jailed the former mayor for taking bribes of 900,000 lei.",
        "900,000 lei",
        "former mayor for taking bribes",
    ),
    ("Police held two men on suspicion of demanding a ransom of $50,000.", "$50,000", "ransom"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), GERUND_OBJECT_SUBJECTS)
def test_a_sum_after_a_gerunds_object_and_of_is_that_objects(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), GERUND_OBJECT_LOOK_ALIKES)
def test_a_sum_whose_head_names_the_gerunds_object_keeps_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj32: a medicine's mass "a day" is a dose, and so is each mass of a list that ends on one
# (subjects.DOSE_PERIODS, sections._listed_dose).
DOSE_SUBJECTS: list[tuple[str, str, str]] = [
    ("Patients took 200 mg a day of the drug.", "200 mg", "dose (unit: milligrams per day)"),
    (
        "They were given one of three doses of the drug, DV-9 — 25 mg, 50 mg or 100 mg a day — or a placebo.",
        "25 mg",
        "dose (unit: milligrams per day)",
    ),
]
DOSE_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("The pack holds 25 g, 50 g or 100 g.", "25 g", "pack (unit: grams)"),  # no dose at the list's end
]


@pytest.mark.parametrize(("text", "quote", "subject"), DOSE_SUBJECTS)
def test_a_mass_taken_a_day_and_its_list_are_doses(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), DOSE_LOOK_ALIKES)
def test_a_list_of_masses_with_no_dose_keeps_its_subject(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj33: a duration every reader left as "length of the period" takes what its clause says is done
# in it, on both sides of it (sections.span_deed_subjects, span_subjects.span_clause_deed).
SPAN_DEED_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "For 40 seconds nobody in the chamber said a word.",
        "40 seconds",
        "length of the period for nobody chamber (unit: seconds)",
    ),
    (
        "The crew will work two shifts, from 6am to 10pm, for eight weeks to clear the queue.",
        "eight weeks",
        "length of the period for clear queue (unit: weeks)",
    ),
    (
        "Some 45 of its nurses are within three years of a full pension.",
        "three years",
        "length of the period for nurses full pension",
    ),
    (
        "Each patient received a tablet on the first day and syrup alone on the following three days.",
        "three days",
        "length of the period for syrup",
    ),
    (
        "When they rang, I said yes in about five minutes.",
        "five minutes",
        "length of the period for yes (unit: minutes)",
    ),
]
SPAN_DEED_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("The ferry was the slowest in 20 years.", "20 years", "length of the period"),  # a period compared
    ("We can, but not in one year.", "one year", "length of the period"),  # no deed named
]


@pytest.mark.parametrize(("text", "quote", "subject"), SPAN_DEED_SUBJECTS)
def test_a_span_named_only_as_a_period_takes_the_deed_of_its_clause(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), SPAN_DEED_LOOK_ALIKES)
def test_a_span_with_no_deed_or_a_compared_period_stays_a_period(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj33: a sum after a verb of measure ("costs", "will cost") whose holder no opening phrase gave
# is the noun phrase right before the verb, after a mark, a clause word, "where" or an opening place
# (amount_subjects._phrase_before_verb).
VERB_HOLDER_SUBJECTS: list[tuple[str, str, str]] = [
    ("In Mombasa a kilo of sugar costs 180 shillings.", "180 shillings", "cost of a kilo of sugar"),
    (
        "She shops in Kisumu, where a bag of maize flour now costs 210 shillings.",
        "210 shillings",
        "cost of a bag of maize flour",
    ),
    (
        "Each car gets 60 litres at 1,500 tomans, and the next 100 litres cost 3,000 tomans.",
        "3,000 tomans",
        "cost of the next 100 litres (unit: tomans)",
    ),
]
VERB_HOLDER_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("In the north it costs 900 kip.", "900 kip", "cost"),  # a pronoun holds it
    ("My bus trip on the 401 costs $16 a week.", "$16", "cost"),  # a preposition's object, no holder
    ("The line is 350 kilometres long and will cost $240 million.", "$240 million", "cost"),  # a measure
]


@pytest.mark.parametrize(("text", "quote", "subject"), VERB_HOLDER_SUBJECTS)
def test_a_sum_after_a_verb_of_measure_is_the_noun_phrase_before_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), VERB_HOLDER_LOOK_ALIKES)
def test_a_sum_after_a_verb_of_measure_with_no_holder_before_it_keeps_the_measure(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# subj34: a figure every reader left naming nothing, told in a verbless fragment that opens on a
# noun phrase, is of that noun phrase; failing that, one in a list entry is of the entry's title
# (sections.entry_subjects).
ENTRY_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Day 5 – Piran. Guesthouse near the harbour, 3 nights.",
        "3 nights",
        "Guesthouse near the harbour (unit: nights)",
    ),
    (
        "Ferry to the island (45 minutes), then lunch in the port.",
        "45 minutes",
        "Ferry to the island (unit: minutes)",
    ),
    ("Parking at the trailhead, $10 a day.", "$10", "Parking at the trailhead"),
    ("Sauna and pool access, €15 per person.", "€15", "Sauna and pool access per person"),
    ("Transfer to the airport (1 hour 15 minutes).", "15 minutes", "Transfer to the airport (unit: minutes)"),
    # (late-subj14: a percent with "abv" after it is the entry's alcohol content)
    (
        "1. Bodega Riscal Tempranillo 2022\n€12.90, 13.5% abv. Cherry and leather on the nose.",
        "13.5%",
        "alcohol content of the Bodega Riscal Tempranillo",
    ),
    (
        "Stage 4 – Burgos to Hontanas\n31km, about 7 hours. Long and exposed; carry water.",
        "7 hours",
        "burgos to hontanas (unit: hours)",  # (the stage lower-cased as a sentence opener)
    ),
    (
        "Day 3 – Lake Bled. A gentle walk around the shore. 6km, about 2 hours.",
        "6km",
        "Lake Bled (unit: kilometres)",
    ),
    (
        "3. Kamau Highlands AA, Nyeri\nSh1,200 for 250g. Bright blackcurrant acidity.",
        "250g",
        "weight of Kamau Highlands AA, Nyeri (unit: grams)",
    ),
]
ENTRY_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("Last year, $10 million went to the schools.", "$10", "schools"),  # a time, no noun phrase
    (
        "Everyone said the delay, 45 minutes in all, was too long.",
        "45 minutes",
        "(unit: minutes)",
    ),  # a clause
    ("When the bus came, 40 minutes late, we left.", "40 minutes", "delay (unit: minutes)"),  # a clause word
    ("Day 6 – Rest day in Kotor.\nThe museum, with 300 rooms, opens at nine.", "300 rooms", "rooms"),  # named
    ("March 3 – Prices rose.\n$4 a litre at the pump.", "$4", "per litre"),  # a dated diary line, no entry
]


@pytest.mark.parametrize(("text", "quote", "subject"), ENTRY_SUBJECTS)
def test_a_figure_naming_nothing_takes_its_fragments_noun_phrase_or_its_entrys_title(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), ENTRY_LOOK_ALIKES)
def test_a_clause_or_a_figure_already_named_takes_no_fragment_or_entry_title(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# subj35: a duration an idiom names, whatever the readers before named (sections.idiom_span_subjects):
# "wife of N years" is the length of the marriage; "N years have passed since ..." and "It is N years
# since ..." the time since what follows; a recipe step's span the time of its cooking verb; a span
# opening its sentence before "later" or "ago" (none named) the time since then.
IDIOM_SPAN_SUBJECTS: list[tuple[str, str, str]] = [
    ("Mr Banda is survived by his wife of 48 years, Ruth.", "48 years", "length of the marriage"),
    ("She leaves her husband of nearly 40 years.", "40 years", "length of the marriage"),
    ("He lived in Galway with his partner of 12 years.", "12 years", "length of the relationship"),
    (
        "Eight years have passed since the dam burst above the town.",
        "Eight years",
        "time since the dam burst above the town",
    ),
    ("It is 16 years since a local side won the cup.", "16 years", "time since a local side won the cup"),
    ("Bake for 35 minutes, until risen.", "35 minutes", "baking time (unit: minutes)"),
    ("Stir in the stock and simmer for 20 minutes.", "20 minutes", "simmering time (unit: minutes)"),
    ("Let the loaf cool for 15 minutes before slicing.", "15 minutes", "cooling time (unit: minutes)"),
    ("Nine years later, the plant was sold to a Korean group.", "Nine years", "time since then"),
    ("Two years ago, just 40 people came.", "Two years", "time since then"),
    ("25 YEARS AGO\n\nThe council opened the new library on Bridge Street.", "25 YEARS", "time since then"),
]
IDIOM_SPAN_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "Cook Islands voters queued for 3 hours.",
        "3 hours",
        "Cook Islands voters queued (unit: hours)",
    ),  # a name
    ("Boil water notices were in force for 5 days.", "5 days", "Boil water notices force"),  # a clause
    ("Simmer Lake froze for 40 days.", "40 days", "Simmer Lake froze"),  # a name
]


@pytest.mark.parametrize(("text", "quote", "subject"), IDIOM_SPAN_SUBJECTS)
def test_a_duration_takes_the_subject_its_idiom_gives(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), IDIOM_SPAN_LOOK_ALIKES)
def test_a_name_or_a_clause_opening_on_a_cooking_verb_is_no_recipe_step(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj36: a move's base after its new level takes what the level measures (not a time or a
# neighbour's noun); a count with its own noun that is the level or change of a whole its clause
# names takes that whole; a part of a sum spent "including ... on" names its spending; an amount
# a victim is deprived "of" is the money taken from the victim (level_subjects, giving).
MOVE_AND_PART_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Nickel prices have slumped to about $15,600 a tonne from more than $48,000 in early 2022.",
        "$48,000",
        "Nickel prices",
    ),
    (
        "The minimum daily wage rises to 8,200 pesos, from 7,400 pesos previously.",
        "7,400 pesos",
        "minimum daily wage",
    ),
    (
        "The bus operator cut its fleet to 212 vehicles from 260 in mid-2021.",
        "212 vehicles",
        "vehicles in fleet",
    ),
    ("The bus operator cut its fleet to 212 vehicles from 260 in mid-2021.", "260", "vehicles"),
    (
        "The visa fee will rise to US$900 per main applicant from US$650 under the new rules.",
        "US$650",
        "visa fee",
    ),
    (
        "The chain narrowed its operating loss to R212 million in the first half from R640 million a year earlier.",
        "R640 million",
        "operating loss",
    ),
    (
        "Enrolment at the college fell to 3,940 students from 4,420 in the autumn of 2023.",
        "3,940 students",
        "Enrolment at the college",
    ),
    (
        "The water board will spend R1.2 billion on its network next year, including R310 million on 48 new pump stations.",
        "R310 million",
        "spending on new pump stations",
    ),
    (
        "The district spent 14 million zlotys on repairs, of which 3 million zlotys on school roofs.",
        "3 million zlotys",
        "spending on school roofs",
    ),
    (
        "The call-centre fraudsters defrauded at least 40 pensioners of more than £1.3 million, the court heard.",
        "£1.3 million",
        "money defrauded from pensioners",
    ),
    (
        "Investigators say the network conned elderly callers out of A$3.1 million in two years.",
        "A$3.1 million",
        "money conned from elderly callers",
    ),
]
MOVE_AND_PART_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "Coffee export earnings rose to $1.9 billion from $1.4 billion in the previous season.",
        "$1.4 billion",
        "Coffee export earnings",
    ),
    (
        "Residents were charged £120 a year, including £20 for garden waste.",
        "£20",
        "for garden waste",
    ),  # no "on"
    ("Sligo were reduced to 14 men for ten minutes.", "14 men", "men"),  # a name's, no whole
    (
        "The chain narrowed its loss to R212 million in the first half, and Tafel took R640 million.",
        "R640 million",
        "Tafel took",
    ),  # no "from": another clause's amount
]


@pytest.mark.parametrize(("text", "quote", "subject"), MOVE_AND_PART_SUBJECTS)
def test_a_base_a_changed_whole_a_spent_part_or_money_taken_from_victims_is_named(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(("text", "quote", "subject"), MOVE_AND_PART_LOOK_ALIKES)
def test_a_base_sharing_its_levels_words_or_a_named_part_keeps_its_subject(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# subj37: a conversion in brackets after a rate's period ("a month", "a week") converts the amount
# before the period, so it and a change compared after it measure what that amount measures
# (back_references.inherit), never the period.
RATE_CONVERSION_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "A junior nurse in Kano earns about 450,000 naira a month ($290), some 35% less than one in Abuja.",
        "$290",
        "earnings of junior nurse in Kano",
    ),
    (
        "A junior nurse in Kano earns about 450,000 naira a month ($290), some 35% less than one in Abuja.",
        "35%",
        "earnings of junior nurse in Kano",
    ),
    (
        "Rents in the old town average 1,150 Swiss francs a week (£1,020), up 14 per cent on last spring.",
        "£1,020",
        "Rents old town average",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), RATE_CONVERSION_SUBJECTS)
def test_a_conversion_after_a_rate_period_measures_the_amount(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj37: a time after a finishing place and its comma, told by a word of trailing with no rival
# named ("was fourth, 12.8 seconds down"), is the gap behind the winner (span_subjects.placing_gap).
PLACING_GAP_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Nowak was fourth, 12.8 seconds down on the winner.",
        "12.8 seconds",
        "gap to the winner (unit: seconds)",
    ),
    ("The Swede was second, 2.5 seconds off the pace.", "2.5 seconds", "gap to the winner (unit: seconds)"),
]
PLACING_GAP_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "Nowak was fourth, 12.8 seconds behind the winner.",
        "12.8 seconds",
        "margin behind winner (unit: seconds)",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), PLACING_GAP_SUBJECTS + PLACING_GAP_LOOK_ALIKES)
def test_a_time_trailing_a_finishing_place_is_the_gap_to_the_winner(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj38: a pair of lengths "A by B metres" or "A x B cm" with no verb of measuring gives a length
# then a width (amount_subjects.paired_sides), of each of the plural noun before "of", of the noun
# the pair is apposed to, or alone when nothing names the thing; a length "by" a year or a time
# is no pair.
PAIRED_SIDE_SUBJECTS: list[tuple[str, str, str]] = [
    ("The council will lay 12 pitches of 100 by 64 metres.", "100", "length of each pitch (unit: metres)"),
    (
        "The council will lay 12 pitches of 100 by 64 metres.",
        "64 metres",
        "width of each pitch (unit: metres)",
    ),
    (
        "The banner, 4 x 1.5 metres, was unfurled on the steps.",
        "1.5 metres",
        "width of banner (unit: metres)",
    ),
    ("The quilt was hung in the hall.\n\n198 x 152 cm", "198", "length (unit: centimetres)"),
    ("The quilt was hung in the hall.\n\n198 x 152 cm", "152 cm", "width (unit: centimetres)"),
    ("The crate measures 60 x 40 x 35cm.", "35cm", "height of crate (unit: centimetres)"),
]
PAIRED_SIDE_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("The sea could rise 2 metres by 2100, the panel said.", "2 metres", "sea (unit: metres)"),
    ("The river rose 3 metres by 2 pm on Sunday.", "3 metres", "river (unit: metres)"),
    ("The port will extend Quay 9 by 180 metres.", "180 metres", "port extend Quay (unit: metres)"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), PAIRED_SIDE_SUBJECTS + PAIRED_SIDE_LOOK_ALIKES)
def test_a_pair_of_lengths_gives_a_length_then_a_width(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj38: list lines (line_subjects.line_name, result_name, counted_label, numbered_label): a
# figure ending a list line of comma parts is of the line's name in title case, up to a code or a
# part in lower case; a results line's score or gap, and the penalties in brackets after a gap,
# are the competitor's before the code or place in brackets; a count in brackets before a label's
# colon counts the label; a label with a number or a comma names its figure, by its head when its
# part after the comma counts its items. Not a sentence of prose with commas.
LIST_LINE_SUBJECTS: list[tuple[str, str, str]] = [
    ("SALES\n14 Harbour Row, TR1 4AB, terraced, £312,500", "£312,500", "14 Harbour Row"),
    ("SALES\nFlat 2, Quay House, EX8 1DR, flat, £148,000", "£148,000", "Flat 2, Quay House"),
    ("Final: Sofia Mendes (POR) 17.10, Yolanda Hopkins (POR) 12.93.", "12.93", "yolanda hopkins"),
    ("Sprint, women: 1. Ida Berg (Norway) 24:11.3; 2. Eva Holm (Sweden) +6.2 (2)", "2", "Eva Holm"),
    ("DONATIONS\nOther donations (63): £2,310.50", "63", "Other donations"),
    ("DONATIONS\nSilent auction, 18 lots: A$5,640", "A$5,640", "Silent auction"),
    ("DONATIONS\nRoom 3, Kingsway Primary: £96.20, from a cake stall", "£96.20", "Room 3, Kingsway Primary"),
]
LIST_LINE_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("Sales rose in Leeds, Bradford and York, up 4%, to £300,000", "£300,000", "Sales"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LIST_LINE_SUBJECTS + LIST_LINE_LOOK_ALIKES)
def test_a_list_line_names_its_figure(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj38: quizzes (line_subjects.quiz_subjects): a "How ADJ is X?" question asks for X's dimension;
# its answer after "Answer:" on its line or in the answers' paragraph of the same number, and each
# option offered in it, measure that; a score band heading its line or sentence is a "score band
# for" the words after its colon. A "how long" that asks nothing keeps its subject.
QUIZ_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Q4. How tall is the Forth Bridge's highest tower? Answer: 110 metres",
        "110 metres",
        "height of the Forth Bridge's highest tower (unit: metres)",
    ),
    (
        "3. How deep is Loch Ness at its deepest point?\n\nANSWERS\n\n3. About 230 metres.",
        "230 metres",
        "depth of Loch Ness at its deepest point (unit: metres)",
    ),
    (
        "Roughly how deep is the lake: 90, 190 or 290 metres?",
        "190",
        "option for the depth of the lake (unit: metres)",
    ),
    ("SCORES\n7-9: a true islander. 4-6: a frequent visitor.", "4-6", "score band for a frequent visitor"),
]
QUIZ_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "Nobody knows how long the queue is: 40 metres, perhaps more.",
        "40 metres",
        "Nobody knows how long the queue is (unit: metres)",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), QUIZ_SUBJECTS + QUIZ_LOOK_ALIKES)
def test_a_quiz_answer_option_or_band_measures_what_its_question_asks(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj39: a figure a verb of expecting leads to, named before by the one who expects or by the
# verb alone, is the expected thing (sections.expected_subjects): the participle and the noun
# phrase after the verb, else the rest of the subject after the verb; the one who expects is the
# attribution's. A figure with a noun of its own, or after "of", keeps it.
EXPECTED_THING_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Economists at the national institute expect Portugal's economy to grow 1.8% next year.",
        "1.8%",
        "expected Portugal's economy",
    ),
    (
        "Analysts polled by the news agency expect exports to fall 3% in the fourth quarter.",
        "3%",
        "expected exports",
    ),
    (
        "Meteorologists expect a further 30 to 50 mm before the front clears on Sunday.",
        "30 to 50 mm",
        "expected further (unit: millimetres)",
    ),
    ("The museum expects about 400,000 this year.", "400,000", "expected"),
]
EXPECTED_THING_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("The club expects about 18,000 fans for Saturday's derby against Rovers.", "18,000 fans", "fans"),
    ("Sales rose 4% in March, and analysts expect a similar gain in April.", "4%", "Sales"),
    ("The company expects revenue of about €480 million this year.", "€480 million", "revenue"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), EXPECTED_THING_SUBJECTS + EXPECTED_THING_LOOK_ALIKES)
def test_a_figure_a_verb_of_expecting_leads_to_is_the_expected_thing(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj39: a figure gapped after "and" behind another of its unit and kind, named before only by the
# month or calendar word between them, takes the first figure's subject without its calendar words;
# a duration named only by a month is the length of the period (sections.gapped_time_subjects). A
# span named by its own unit noun keeps it.
GAPPED_TIME_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Industrial output, adjusted for working days, grew 2.1% y/y in September and 0.6% m/m.",
        "0.6%",
        "Industrial output",
    ),
    ("Inflation ran at 2.1% in August and 31.8% over 12 months, the agency said.", "31.8%", "Inflation ran"),
    (
        "Inflation ran at 2.1% in August and 31.8% over 12 months, the agency said.",
        "12 months",
        "length of the period (unit: months)",
    ),
]
GAPPED_TIME_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "Rates will remain at 9.5 per cent for at least three more years, she said.",
        "three more years",
        "years",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), GAPPED_TIME_SUBJECTS + GAPPED_TIME_LOOK_ALIKES)
def test_a_gapped_figure_named_only_by_a_month_takes_the_first_figures_subject(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# subj39: a bare count before a modifier and "and" whose next count names its modified thing is that
# thing with its own modifier (sections.paired_modifier_counts); not when the next count has no
# modifier of its own.
PAIRED_MODIFIER_COUNTS: list[tuple[str, str, str]] = [
    ("Inspectors found six critical and 11 minor violations at the plant.", "six", "critical violations"),
    ("The operator runs 38 electric and 12 hybrid buses on the city's routes.", "38", "electric buses"),
]
PAIRED_MODIFIER_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("The motion passed with 12 for and 9 abstentions.", "12", "motion passed"),
    ("The school has 320 boys and 290 girls on its roll.", "320 boys", "boys"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), PAIRED_MODIFIER_COUNTS + PAIRED_MODIFIER_LOOK_ALIKES)
def test_a_bare_count_before_a_paired_modifier_counts_the_next_counts_thing(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# subj40: a measurement named only by its verb (and its quantity) after a relative pronoun or a
# second verb joined by "and" is said of the noun phrase the clause is about
# (subject_clauses.clause_antecedent, relative_doer; people_subjects.shared_doer): after "who"
# with or without a comma, across a modal after "which"; after "and" when the first verb is a
# present form before a function word ("needs about"). A bare count after "N of" that names
# nothing counts what N counts (sections._whole_of_part).
CLAUSE_DOER_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "Dairy farmers, who need about 6ML a hectare, have cut their herds.",
        "6ML",
        "Dairy farmers need volume (unit: megalitres)",
    ),
    (
        "Fishermen on the lake, who land about 40 kilograms a day in good weather, fear the new quota.",
        "40 kilograms",
        "Fishermen on the lake land weight (unit: kilograms per day)",
    ),
    (
        "The new reservoir, which will hold 14 million cubic metres, is due to open in 2028.",
        "14 million",
        "new reservoir hold volume (unit: cubic metres)",
    ),
    ("Nurses who work 12 hours a shift say breaks are rare.", "12 hours", "Nurses work (unit: hours)"),
    (
        "Peru needs about 2.2 million tonnes of wheat a year and imported 1.9 million tonnes in 2025.",
        "1.9 million",
        "Peru imported weight (unit: tonnes)",
    ),
    ("Ski resorts report a strong start. Lifts: 22 of 25.", "25", "Lifts"),
]
CLAUSE_DOER_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a quantity the clause names keeps it; an amount after ", which" with a modal keeps its reading
    (
        "The 22-kilometre line, which will reach up to 100 km/h on its fastest stretch, opens in 2027.",
        "100 km/h",
        "speed (unit: kilometres per hour)",
    ),
    ("The bridge, which will cost $40 million, opens in May.", "$40 million", "cost of bridge"),
    ("Ana Ruiz, who is 46, runs the clinic.", "46", "age (unit: years of age)"),
    ("The 14 of 20 members who voted backed the deal.", "20", "members"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), CLAUSE_DOER_SUBJECTS + CLAUSE_DOER_LOOK_ALIKES)
def test_a_measurement_named_by_its_verb_is_said_of_its_clauses_noun(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# tidy36: a plural after a preposition or a determiner is never read as the clause's verb, so the
# subject a clause shares with its second verb keeps its "of" phrase
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Sales of cars in Kenya rose 4% and", "Sales of cars"),
        ("Exports of the tractors to Ghana fell 9% and", "Exports of tractors"),
        ("Chile needs about 1.1 million tonnes a year and", "Chile"),
    ],
)
def test_a_shared_doer_keeps_a_plural_after_of(text: str, doer: str) -> None:
    assert people_subjects.shared_doer(text.split()) == doer


# subj41: who a bare count of people is, named by the relative clause after it, to the main
# clause's verb, or by the verb right after it (people_subjects.relative_people, people_doing);
# a length before "behind" or "ahead of" is the gap to what follows, a length after "at" and
# before "of" a point on the course named (amount_subjects._trailed, measured_thing); a length after a verb of going is the distance
# gone (amount_subjects.gone_distance); a length after "the last" or "its final" is the course's
# final section (amount_subjects.closing_section); a figure after "the" that a pronoun's clause
# names is the thing that clause seeks, needs or promises, "it" and "they" read as the clause's
# doer when it names one (amount_subjects.sought_thing).
NAMED_BY_CLAUSE_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "About 2,400 people who lost their homes in the landslide are still living in tents.",
        "2,400 people",
        "people who lost their homes in the landslide",
    ),
    (
        "Officials said 38 people who had been evacuated from the tower were allowed back on Sunday.",
        "38 people",
        "people who had been evacuated from the tower",
    ),
    (
        "The probe travelled 6.4 billion kilometres before it reached the comet.",
        "6.4 billion kilometres",
        "distance probe travelled (unit: kilometres)",
    ),
    ("We walked 48km in two days.", "48km", "distance walked (unit: kilometres)"),
    ("Only nine people turned up, and two of them were parents.", "nine people", "people turned up"),
    ("Some 210,000 people work in tourism on the island.", "210,000 people", "people who work in tourism"),
    (
        "The yacht was 1,140 miles behind the leader.",
        "1,140 miles",
        "yacht distance behind leader (unit: miles)",
    ),
    ("Steyn punctured at 112km of the bike leg.", "112km", "point of bike leg (unit: kilometres)"),
    (
        "The Dutch rider lost the lead in the last 5 kilometres of the stage.",
        "5 kilometres",
        "final section of stage (unit: kilometres)",
    ),
    (
        "She was fourth at the bell but ran the last 200 metres in 27.1 seconds.",
        "200 metres",
        "final section (unit: metres)",
    ),
    (
        "The town is still short of the £3.2m it needs for the new pool.",
        "£3.2m",
        "sum town needs for the new pool",
    ),
    ("Donors have so far given £88,000 of the £250,000 we are asking for.", "£250,000", "sum we are asking"),
    ("The fund added that it had collected only 40% of the $80m it sought.", "$80m", "sum fund sought"),
    (
        "The ministry has yet to deliver the 1,200 teachers it promised rural schools.",
        "1,200 teachers",
        "teachers ministry promised rural schools",
    ),
    (
        "Residents say only 40 of the 150 homes they were promised have been built.",
        "150 homes",
        "homes they were promised",
    ),
]
NAMED_BY_CLAUSE_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a comparison names no doer for "it"; a length after a verb of a route's course is its length
    (
        "The club paid £12m for the striker, far more than the £8m it had offered in January.",
        "£8m",
        "sum it had offered in January",
    ),
    ("The bridge is 1.4 km long and carries four lanes.", "1.4 km", "length of bridge (unit: kilometres)"),
    ("The pilot ejected at 3,000 metres of altitude.", "3,000 metres", "altitude (unit: metres)"),
    ("Police arrested 14 people on Monday.", "14 people", "people arrested"),
    ("The company employs 12,000 people, Reuters reported.", "12,000 people", "employees of company"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), NAMED_BY_CLAUSE_SUBJECTS + NAMED_BY_CLAUSE_LOOK_ALIKES)
def test_a_figure_named_by_a_clause_or_a_verb_of_going_takes_what_it_names(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# late-subj11: subjects left empty or taken from a neighbour: a share that "had" something names
# what it had; "N of them" with no group in its own sentence is of the group the sentence before counted
LATE_SUBJECT_EXAMPLES: list[tuple[str, str, str]] = [
    (
        "The clinic tested 640 adults. About 14 per cent had high blood pressure.",
        "14 per cent",
        "share that had high blood pressure",
    ),
    ("Many owed rent, and 22% have a second job.", "22%", "share that have a second job"),
    (
        "The ferry carried 212 passengers. After the storm, 35 of them needed treatment.",
        "35",
        "passengers needed treatment",
    ),
    ("Wardens counted 88 nests on the island. By June, 19 of them had failed.", "19", "nests counted"),
    # a later figure on a "by the numbers" line is of the line's gloss
    ("Coastguard, the year in numbers\n\n1,310 – rescues, down 4.2% on 2025", "4.2%", "rescues"),
    (
        "Coastguard, the year in numbers\n\n655 – rescues from rivers; 212 from the open sea",
        "212",
        "rescues from the open sea",
    ),
    # a change trailing a count of things from a count of sources is of the things
    ("The food bank gave out 8,200 parcels from 30 depots, 6% more than in 2024.", "6%", "parcels"),
    # "costs an average of": the average cost of the thing, and so the change after it
    (
        "A week's childcare now costs an average of £310, 4.1% more than a year ago.",
        "4.1%",
        "average cost of week's childcare",
    ),
    # a poll accurate to within its margin; a sum restated over another period
    (
        "The figures are accurate to within plus or minus 3.5 percentage points.",
        "3.5 percentage points",
        "margin of error (unit: percentage points)",
    ),
    ("The levy costs about £9 a week, or some £470 over a year.", "£470", "cost of levy"),
    # a forecast's imperative "Expect" names nothing: the sentence before names the measure
    (
        "Sulphur dioxide levels reached 40 micrograms per cubic metre on Monday. Expect 60 to 80 µg/m³ today.",
        "60 to 80",
        "Sulphur dioxide levels (unit: micrograms per cubic metre)",
    ),
    # a sum hyphened to its unit before a noun is of that noun
    ("Riders can buy a 75-cent transfer at any stop.", "75-cent", "transfer (unit: cents)"),
    # a span with "left" after it: the time left, and until what
    ("There are 44 days left until the general election.", "44 days", "days left until the general election"),
    # a bare count of the top of a group: the superlative and the group's plural
    (
        "Passenger numbers at the region's airports climbed, with the two largest handling 9.8 million.",
        "two",
        "largest airports",
    ),
    # an item of a return's list under its heading, and the list's total
    (
        "The number of claims refused was as follows:\n(a) filed after the deadline: 12\n"
        "(b) no receipt attached: 5\nTotal: 17",
        "5",
        "claims refused: no receipt attached",
    ),
    (
        "The number of claims refused was as follows:\n(a) filed after the deadline: 12\nTotal: 17",
        "17",
        "claims refused in total",
    ),
]
LATE_SUBJECT_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # "had" before a participle stays an auxiliary
    ("About 40% had been waiting for a year.", "40%", "share that had been waiting"),
    # a group counted in the count's own sentence is the one "them" stands for
    ("The ferry carried 212 passengers. Staff treated 60 crew, and 35 of them were sick.", "35", "sick"),
    # a labelled line under no heading of a list keeps its label
    ("Visitors, by gate:\n\nThe north gate was busiest.\nNorth gate: 410", "410", "North gate"),
    # a count of recipients after "to" is no source: the change stays with the nearer count
    ("The fund paid 1,200 claims to 300 families, 5% more than in 2024.", "5%", "families"),
    # "within" a gap of a level is no poll's margin; a sum after "or" naming its own noun keeps it
    (
        "Inflation ended within 0.4 percentage points of the target.",
        "0.4 percentage points",
        "the target (unit: percentage points)",
    ),
    ("The ticket costs £9 a day, or £40 for a weekly pass.", "£40", "for a weekly pass"),
    # a hyphened sum whose subject already names its noun keeps that subject
    ("A US$2.1-billion loan led by three banks was signed.", "US$2.1-billion", "loan led by three banks"),
    # a hyphened sum before a change word keeps its reading
    ("A 10-cent rise in the levy was approved.", "10-cent", "rise (unit: cents)"),
    # a span that names its own deed keeps it
    ("The strike lasted 23 days, leaving shelves bare.", "23 days", "length of the strike"),
    # a superlative with its own noun counts that noun
    ("She won the three closest races.", "three closest races", "closest races"),
    # a figure on the next line is no part of the line before
    ("Coastguard, the year in numbers\n\n1,310 – rescues, at 12 stations\n\nUp 4.2% on 2025", "4.2%", ""),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE_SUBJECT_EXAMPLES + LATE_SUBJECT_LOOK_ALIKES)
def test_a_subject_left_empty_is_read_from_its_clause_or_the_group_before(
    text: str, quote: str, subject: str
):
    assert subject_of(text, quote) == subject


# late-subj12: list and table lines whose subject is their label or the heading above them: a prize
# tier's line, a ranked list's entry (a restated figure too), a tide line's heights under its place,
# a job's label before a qualifier with a figure; a bare count after "of the" counts the part's noun
LATE12_LINE_SUBJECTS: list[tuple[str, str, str]] = [
    ("RESULTS OF THE SPRING RAFFLE\n\n1st prize, £2,500: Mrs J Pike, Truro", "£2,500", "1st prize"),
    ("Second prize, $400: Dale Hutchins, Moose Jaw", "$400", "Second prize"),
    (
        "2nd prize, five nights in a Kerry cottage (worth €900): Mr T Burke, Athlone",
        "five nights",
        "2nd prize (unit: nights)",
    ),
    (
        "OPENING WEEKEND\n\n1. Northern Lights (Kannada) – ₹14.2 cr\n2. Harbour Road – ₹3.1 cr",
        "₹3.1 cr",
        "Harbour Road",
    ),
    ("4. The Long Harbour (English, re-release) – $1.9m", "$1.9m", "The Long Harbour"),
    (
        "Northern Lights opened with $14.2 million.\n\n1. Northern Lights (Kannada) – $14.2m",
        "$14.2m",
        "Northern Lights (repeat)",
    ),
    (
        "PORT BELL\nSat Jan 9: high 04:12 (4.1 m/13.5 ft), low 10:30 (0.6 m/2.0 ft)",
        "2.0 ft",
        "height of low water at Port Bell (unit: feet)",
    ),
    (
        "Sat Jan 9: high 04:12 (4.1 m/13.5 ft), low 10:30 (0.6 m/2.0 ft), high 16:41 (4.3 m/14.1 ft)",
        "14.1 ft",
        "height of high water (unit: feet)",
    ),
    ("Monthly pay:\n\n- Pharmacist, 5-8 years' experience: R45,000 to R58,000", "R45,000", "Pharmacist"),
    ("Only 12 tickets remain of the 400 on sale for the final.", "400", "tickets on sale for the final"),
    (
        "Just nine beds were free out of the 310 at the city's two hospitals.",
        "310",
        "beds at the city's two hospitals",
    ),
    # a sum in brackets after a labelled one follows the label
    (
        "Pay bands:\n\n- Welder, 10 years' experience: Dh9,000 to Dh12,000 (about $3,270 at the top)",
        "$3,270",
        "Welder",
    ),
]
LATE12_LINE_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a place's line is a result, no prize; a tier named in a sentence names no figure after it
    ("3rd place, 41.2 sec: Marta Lind (SWE)", "41.2 sec", "(unit: seconds)"),
    ("The 3rd prize went to a farmer, who had bought 20 tickets.", "20 tickets", "tickets"),
    # a high tide's time in a sentence, no tide line
    ("The high tide at 11:40 (roughly 4.2 m) flooded the car park.", "4.2 m", "(unit: metres)"),
    # a whole with its own noun, or after a comma, keeps its reading
    ("He scored 12 goals in each of the 30 games he played.", "30 games", "games he played"),
    # a numbered line that is a sentence names no entry
    ("1. Prices rose 4% – the fastest since 2008", "4%", "Prices"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE12_LINE_SUBJECTS + LATE12_LINE_LOOK_ALIKES)
def test_a_list_line_figure_takes_its_label_or_heading(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


# subj42: what lasts and what changed. A span "of" a noun before a rate's "a day" or "a week" is of
# that noun, a span after "a NOUN of" that noun's length, a span before "in charge" or "in office"
# the time in that post (sections.idiom_span_subjects; span_subjects.rated_activity_span,
# noun_of_span, tenure_span) and a span "down the road" the travel time (travel_span); a change that names no thing, told in an aside or a relative clause
# right after a noun phrase, is of that noun phrase (sections.aside_change_subjects); a change
# after a level that was named only by a period ("the financial year", "between March and June",
# "the year so far") is of that level (sections.timed_subjects, subject_clauses.PERIOD_KIND_WORDS).
SPAN_AND_CHANGE_SUBJECTS: list[tuple[str, str, str]] = [
    (
        "The town's diesel plant now gives about seven hours of electricity a day to most streets.",
        "seven hours",
        "electricity (unit: hours)",
    ),
    (
        "Recruits receive some 30 hours of instruction a week at the camp.",
        "30 hours",
        "instruction (unit: hours)",
    ),
    ("The patrol reached the hut at dusk, after a trek of five hours.", "five hours", "trek (unit: hours)"),
    (
        "The former coach, dismissed after 26 months in charge, now works in Qatar.",
        "26 months",
        "time in charge (unit: months)",
    ),
    ("Harbour dues, which went up 9% in April, will be frozen.", "9%", "Harbour dues"),
    ("The audit blames the overspend on steel prices, up 22% since 2023.", "22%", "steel prices"),
    # "cost" before "of" is a noun, so a rate's adjective before it is no subject alone
    (
        "The annual cost of a season ticket rose to $960 in March, up 7 percent from last year.",
        "7 percent",
        "annual cost of season ticket",
    ),
    (
        "Most players live in Selkirk, a town 30 minutes down the road.",
        "30 minutes",
        "travel time (unit: minutes)",
    ),
    (
        "Rangers carried out 4,120 patrols in the 2025-26 financial year, 8 percent fewer than a year earlier.",
        "8 percent",
        "patrols",
    ),
]
SPAN_AND_CHANGE_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a word that only wraps the span, a span held in a post already named, a level before the
    # change in its own clause and a period after a change that names its thing keep their readings
    (
        "The bridge will close for a period of three weeks in May.",
        "three weeks",
        "bridge period (unit: weeks)",
    ),
    (
        "The mayor, who stepped down after nine years in office, backed her deputy.",
        "nine years",
        "time spent in office",
    ),
    ("The bakery opens 12 hours a day, six days a week.", "12 hours", "bakery opens (unit: hours)"),
    ("The zoo drew 81,000 visitors, up 6%.", "6%", "visitors"),
    ("Prices rose 4% in the fiscal year.", "4%", "Prices"),
    ("He served 12 years in prison.", "12 years", "prison term"),
    ("Prices could rise for two years down the line.", "two years", "Prices"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), SPAN_AND_CHANGE_SUBJECTS + SPAN_AND_CHANGE_LOOK_ALIKES)
def test_what_lasts_and_what_changed(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: an event's results line (its label, a colon, numbered places of a name and a
# hometown): each figure after a place's name is that competitor's in that event, never the town's
LATE13_RESULT_LINES: list[tuple[str, str, str]] = [
    (
        "Slalom: 1. Ines Moretti, Bormio, 1:41.26, €9,000; 2. Kaja Lund, Geilo, 1:41.90, €6,500.",
        "€6,500",
        "Kaja Lund in slalom",
    ),
    (
        "Pairs skating: 1. Lena Vogt and Timo Brandt, Oberstdorf, 198.4, €7,200 each.",
        "198.4",
        "Lena Vogt and Timo Brandt in pairs skating",
    ),
    (
        "Tie-down roping: 1. Cal Baxter, Ardmore, 8.1 seconds, $3,120.",
        "8.1 seconds",
        "Cal Baxter in tie-down roping (unit: seconds)",
    ),
]
LATE13_RESULT_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a numbered item that is a sentence, no name and hometown, keeps its reading
    ("Highlights: 1. Ana Ruiz, the mayor, said revenue rose 4%.", "4%", "revenue"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE13_RESULT_LINES + LATE13_RESULT_LOOK_ALIKES)
def test_an_event_results_line_names_the_competitor_and_event(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: an amount a thing "brings in" is money raised by it (amount_subjects.BRING_VERBS),
# after a verb or a participle after a comma; "bring" alone raises nothing
LATE13_BROUGHT_IN: list[tuple[str, str, str]] = [
    (
        "The new toll, the first since 2019, will bring in about £14 million a year.",
        "£14 million",
        "sum brought in by new toll",
    ),
    ("The Year 9 class held a car wash, bringing in $820.", "$820", "sum brought in by Year class"),
]
LATE13_BROUGHT_IN_LOOK_ALIKES: list[tuple[str, str, str]] = [
    ("Sales brought in $4 million in revenue.", "$4 million", "revenue"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE13_BROUGHT_IN + LATE13_BROUGHT_IN_LOOK_ALIKES)
def test_an_amount_brought_in_is_raised(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: a percent after ", up from" or ", down from" is the earlier level of the sentence's
# last percent, not of a price or a count told between them
LATE13_PERCENT_UP_FROM: list[tuple[str, str, str]] = [
    (
        "Some 52% of Ohio drivers were paying more than $4 on Friday, up from 39% a month earlier.",
        "39%",
        "Ohio drivers",
    ),
]


LATE13_PERCENT_UP_FROM_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a figure right after the share's "of" is its whole: the old reading stays
    (
        "Wind supplied 9 per cent of the 240 gigawatt-hours the utility produced, down from 12 per cent in 2020.",
        "12 per cent",
        "Wind supplied energy",
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "subject"), LATE13_PERCENT_UP_FROM + LATE13_PERCENT_UP_FROM_LOOK_ALIKES
)
def test_a_percent_up_from_is_the_last_percents_earlier_level(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: "keep", "continue" or "stop" before a verb of paying in "-ing" is no earner: the
# noun before it pays (amount_subjects.ASPECT_VERBS)
LATE13_KEEP_PAYING: list[tuple[str, str, str]] = [
    ("Apprentices will keep paying 1.20 bolivianos.", "1.20 bolivianos", "sum paid by Apprentices"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE13_KEEP_PAYING)
def test_a_payer_who_keeps_paying_is_the_payer(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: a figure compared with "against" whose own words are only a scope adverb
# ("nationally", "nationwide") is of the figure before it, in that scope, not that figure's place
LATE13_SCOPED_COMPARISON: list[tuple[str, str, str]] = [
    (
        "The average rent in Leeds is £950 a month, against £1,280 nationwide.",
        "£1,280",
        "average rent nationwide",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE13_SCOPED_COMPARISON)
def test_a_figure_compared_in_a_scope_takes_the_measure(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: a mark "ahead of the" a figure measures what the figure before it does
LATE13_MARKS: list[tuple[str, str, str]] = [
    (
        "The port handled 4.1 million containers, ahead of the 3.9 million analysts had expected.",
        "3.9 million",
        "containers handled",
    ),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE13_MARKS)
def test_a_mark_ahead_of_or_short_of_takes_the_measure(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj13: a span given to a receiver for a deed ("gave the company 30 days to submit") is the
# time to do it; a span added "to" a thing is the time added to it
LATE13_GIVEN_AND_ADDED_SPANS: list[tuple[str, str, str]] = [
    (
        "The regulator gave the airline 45 days to file a safety plan.",
        "45 days",
        "time to file a safety plan",
    ),
    (
        "Roadworks will add 20 minutes to the school run.",
        "20 minutes",
        "time added to the school run (unit: minutes)",
    ),
]
LATE13_SPAN_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # "to" and a preposition's phrase after a span given is no deed
    ("The court gave its ruling 10 days to the hour after the hearing.", "10 days", "court gave ruling"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE13_GIVEN_AND_ADDED_SPANS + LATE13_SPAN_LOOK_ALIKES)
def test_a_span_given_for_a_deed_or_added_to_a_thing(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# fixwalk40-a: subjects that name what is measured
@pytest.mark.parametrize(
    ("text", "index", "subject"),
    [
        # a price per a unit of two words that the unit table knows as one ("megawatt hour")
        (
            "Spot power touched NZ$820 per megawatt hour on Monday.",
            0,
            "Spot power touched (per megawatt hour)",
        ),
        # each count of a coordination is of its own noun, also when the noun is also a verb
        ("The gale wrecked 14 greenhouses and 9 sheds overnight.", 1, "sheds"),
        # a time phrase after "since" between a subject and its verb is left out
        ("Snowfall since November stands at 214cm, the resort said.", 0, "Snowfall (unit: centimetres)"),
        # an amount opening a reported clause is told after it, not by the clause before "said"
        (
            "The council approved €3m in repairs, including bridges of up to €400,000 each, and said "
            "a further €1.2m would go to harbour walls.",
            2,
            "would go to harbour walls",
        ),
        # a measurement listed after a flow, the flow's time left out, measures what the flow does
        (
            "Doctors advise adults to limit added sugar to 50g a day for men and 36g for women.",
            1,
            "advise adults limit sugar weight (unit: grams)",
        ),
        # a later clause with a subject of its own is no benchmark of the figure before it
        (
            "The town had four days above 38C, and night temperatures did not drop below 27C.",
            2,
            "night temperatures (unit: degrees Celsius)",
        ),
    ],
)
def test_own_nouns_reported_clauses_and_two_word_price_units_name_subjects(
    text: str, index: int, subject: str
):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[index] == subject


# late-subj14: a box line of casualties ("Injuries: 3") counts the people its label names; a list
# line opened by a name and a colon gives each sum after a verb of spending or raising to that
# name; a percent with "alc" after it is an alcohol content, of the item priced just before it
LATE14_LABELLED_LINES: list[tuple[str, str, str]] = [
    ("Flood toll\n\nInjured: 12\nFatalities: 2", "12", "people injured"),
    ("Flood toll\n\nInjured: 12\nFatalities: 2", "2", "people killed"),
    ("Tomas Vik (Greens): spent €84,000; raised €91,500", "€84,000", "spending by Tomas Vik"),
    ("Tomas Vik (Greens): spent €84,000; raised €91,500", "€91,500", "funds raised by Tomas Vik"),
    (
        "Tasting notes\n\n1. Old Vine Grenache 2022\n18.50 euros, 14.5% alc. Dark cherry.",
        "14.5%",
        "alcohol content of the Old Vine Grenache",
    ),
]
LATE14_LABELLED_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a label that counts no casualty keeps its own reading
    ("Storm log\n\nCalls: 41", "41", "Calls"),
]


@pytest.mark.parametrize(("text", "quote", "subject"), LATE14_LABELLED_LINES + LATE14_LABELLED_LOOK_ALIKES)
def test_labelled_lines_name_what_they_count(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


# late-subj14: "traded at an average of" sizes the average price of the thing traded; a length "in
# depth" is the clause's thing's depth; a span after "vest over" is the vesting period; a span after
# ", for a total of" is the total time; "A field of six" counts runners; "re-elected with 71.5%" is
# the votes for the re-election
LATE14_MEASURES_NAMED: list[tuple[str, str, str]] = [
    (
        "Canola traded at an average of 231,000 tenge a tonne.",
        "231,000 tenge",
        "average price of Canola (per tonne)",
    ),
    ("The pond is shallow, averaging about 2 metres in depth.", "2 metres", "depth of pond (unit: metres)"),
    ("The directors hold options that vest over four years.", "four years", "vesting period of the options"),
    (
        "The line has been closed three times since May, for a total of 19 days.",
        "19 days",
        "total time closed",
    ),
    ("A field of eight goes to post in the Oaks.", "eight goes", "runners"),
    ("Mayor Ina Holt was re-elected with 64.2%.", "64.2%", "votes for the re-election of Ina Holt"),
    # a noun "estimate" before a verb of a level is no verb of appraising (subject_clauses.appraised_object)
    (
        "The official flood damage estimate stood at $12.4 million.",
        "$12.4 million",
        "official flood damage estimate",
    ),
    # a clause's subject before an aside between commas (subject_clauses._held_past_aside)
    ("A sack of charcoal, when it can be had, now sells at 900 kwacha.", "900 kwacha", "sack charcoal sells"),
]
LATE14_MEASURES_NAMED_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # a field with a noun of its own keeps its reading
    ("A field of 156 players tees off on Thursday.", "156 players", "field of players"),
    ("The juniors' field of 30 is down to eight.", "30", "juniors' field"),
    ("The mayoral field of seven is down to two.", "seven", "mayoral field"),
]


@pytest.mark.parametrize(
    ("text", "quote", "subject"), LATE14_MEASURES_NAMED + LATE14_MEASURES_NAMED_LOOK_ALIKES
)
def test_measures_named_by_their_verb_or_noun(text: str, quote: str, subject: str) -> None:
    assert subject_of(text, quote) == subject


def _subject_of(text: str, quote: str) -> str:
    """The subject the engine gives the figure quoted `quote` in `text`."""
    rows = extract_figures(article_from_text(text, "case"))
    return str(rows.loc[rows["quote"] == quote, "subject"].iloc[0])


# late-subj15: a voltage is a kind of quantity, so a measure in volts before a noun names the
# noun's voltage ("a 110-kV cable") and a bare one in brackets is a voltage; a length does not
# change
@pytest.mark.parametrize(
    ("text", "quote", "word"),
    [
        ("The firm laid a 220-kV cable to the island last year.", "220-kV", "voltage"),
        ("The overhead line (25 kV AC) was fitted in the spring.", "25 kV", "voltage"),
        ("A new 400 kV line will link the two substations.", "400 kV", "voltage"),
        ("The firm laid a 14-km cable to the island last year.", "14-km", "length"),
    ],
)
def test_a_measure_in_volts_names_a_voltage(text: str, quote: str, word: str):
    assert word in _subject_of(text, quote)


# late-subj15: a verb that multiplies its object ("doubled the prize fund to $40,000") names the
# object the new level is of, as "raised" and "cut" do; with no object ("Sales doubled to") the
# clause's opener stays
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("The trust doubled the scholarship fund to $60,000 this year.", "$60,000", "scholarship fund"),
        ("The bank halved its dividend to 12 cents a share.", "12 cents", "dividend"),
        ("Exports doubled to $4 million last year.", "$4 million", "Exports"),
    ],
)
def test_a_multiplying_verb_names_the_object_it_changes(text: str, quote: str, subject: str):
    assert _subject_of(text, quote).startswith(subject)


# late-subj15: a factbox line whose label ends in a class's code keeps the bracketed gloss that
# says what the class is ("Class B (vans): $40"); a gloss with a digit does not ("Population (2021
# census)"), nor a label with no code
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "FARES FROM MONDAY\nBand II (students, pensioners): $2.40\nBand III (adults): $3.10",
            "$2.40",
            "Band II (students, pensioners)",
        ),
        (
            "FARES FROM MONDAY\nBand II (students, pensioners): $2.40\nBand III (adults): $3.10",
            "$3.10",
            "Band III (adults)",
        ),
        ("KEY FACTS\nPopulation (2021 census): 84,200\nArea: 310 sq km", "84,200", "Population"),
        ("KEY FACTS\nSingle fare (cash): $3.10\nArea: 310 sq km", "$3.10", "Single fare"),
    ],
)
def test_a_coded_line_label_keeps_its_gloss(text: str, quote: str, subject: str):
    assert _subject_of(text, quote) == subject


# late-subj15: a share right after a verb of finding, without "that", before the clause it opens
# ("found 44 per cent still smoked") is a share of those the survey counted, as after "found that";
# one with "of" after it names its own whole
@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "A survey of 1,200 teachers in the region found 44 per cent still paid for supplies.",
            "44 per cent",
            "share of teachers",
        ),
        (
            "A survey of 1,200 teachers in the region found that 44 per cent still paid for supplies.",
            "44 per cent",
            "share of teachers",
        ),
    ],
)
def test_a_share_after_a_finding_verb_is_of_those_surveyed(text: str, quote: str, subject: str):
    assert _subject_of(text, quote) == subject


def test_a_share_found_with_its_own_whole_is_not_of_those_surveyed():
    text = "A survey of 1,200 schools found 44 per cent of teachers paid for supplies."
    assert "schools" not in _subject_of(text, "44 per cent")


# late-subj15: a size "of N <unit> each" in an aside after a plural noun ("12 cranes, of 40 tonnes
# each") measures each of the noun's things, as with no comma; with no "each" it does not
@pytest.mark.parametrize(
    ("text", "each"),
    [
        ("The port bought 12 cranes, of 40 tonnes each, from Finland.", True),
        ("The port bought 12 cranes of 40 tonnes each from Finland.", True),
        ("The port bought one crane, of 40 tonnes, from Finland.", False),
    ],
)
def test_a_size_of_each_in_an_aside_measures_each_thing(text: str, each: bool):
    assert ("weight of each crane" in _subject_of(text, "40 tonnes")) is each


# late-subj15: a distance from a site a possessive determines ("40 kilometres from our village")
# is a distance from it, as with "the"; a place that is no site stays unnamed
@pytest.mark.parametrize(
    ("text", "distance"),
    [
        ('"He collapsed on the road to the clinic, 40 kilometres from our village," she said.', True),
        ('"He collapsed on the road to the clinic, 40 kilometres from the village," she said.', True),
        ('"He collapsed on the road to the clinic, 40 kilometres from our house," she said.', False),
    ],
)
def test_a_distance_from_a_site_after_a_possessive(text: str, distance: bool):
    assert ("distance from village" in _subject_of(text, "40 kilometres")) is distance
