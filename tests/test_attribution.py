"""Who a sentence credits (analysis/attribution.py): names of any Latin, Greek or Cyrillic script."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import attribution
from analysis.article import article_from_text
from analysis.attribution import CUE_WORDS, cue_spans, sentence_attribution
from analysis.extract import extract_figures


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Sales rose 5 percent, Société Générale said.", "Société Générale"),
        ("Sales rose 5 percent, Élysée officials said.", "Élysée officials"),
        ("Łukasz Nowak said sales rose 5 percent.", "Łukasz Nowak"),
        ("Sales rose 5 percent, said Łukasz Nowak.", "Łukasz Nowak"),
        ('"Sales rose 5 percent," Ángela Pérez said.', "Ángela Pérez"),
        ("Sales rose 5 percent, Ωmega Analytics reported.", "Ωmega Analytics"),
        ("Sales rose 5 percent, said the Élysée.", "the Élysée"),
    ],
)
def test_a_name_opening_with_a_capital_of_any_script_is_credited_whole(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


def test_a_lower_case_word_of_any_script_opens_no_name():
    assert sentence_attribution("Sales rose 5 percent, said élan.") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose 5 percent, Société Générale said.",
        "Łukasz Núñez said sales rose 5 percent.",
        "Sales rose 5 percent, said Álvaro Núñez.",
        '"Sales rose 5 percent," Señora Pérez said.',
    ],
)
def test_a_name_typed_with_combining_marks_is_credited_whole(sentence: str):
    decomposed = unicodedata.normalize("NFD", sentence)
    assert decomposed != sentence
    credited = sentence_attribution(decomposed)
    assert unicodedata.normalize("NFC", credited) == sentence_attribution(sentence) != ""
    assert credited in decomposed  # as typed: the text is never normalised


# Cue words are found as plain strings (attribution.cue_spans): the same spans as a regex of the
# whole words, touching letters of any script, digits, "_", marks and number signs included.
_CUE_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "According",
        "according",
        "shows",
        "ed",
        "x",
        "_",
        "é",
        "7",
        " ",
        "\u0301",
        "²",
        "٣",
        ".",
    ]
)
_RE_CUES = re.compile(rf"\b(?:{'|'.join(sorted(CUE_WORDS, key=len, reverse=True))})\b")


@given(st.lists(_CUE_PIECES, max_size=12).map("".join))
def test_cue_words_are_the_whole_words_a_word_boundary_regex_finds(text: str):
    assert cue_spans(text) == [m.span() for m in _RE_CUES.finditer(text)]


def test_a_cue_word_inside_a_longer_word_is_no_cue():
    assert cue_spans("The essays and the founder said so.") == [(27, 31)]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Sales rose 5 percent,\n  the   Minister  of\tFinance said.", "the Minister of Finance"),
        ("Sales rose 5 percent, according to the ministry of.", "the ministry"),
        ("Sales rose 5 percent, according to Jane Smith and.", "Jane Smith"),
    ],
)
def test_a_credited_name_has_single_spaces_and_no_dangling_function_word(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        (
            "The Minister of Mines and Minerals Development Minister Chanda Mwiinga said output rose 4 percent.",
            "Minerals Development Minister Chanda Mwiinga",
        ),
        (
            "Secretary of State for Trade and Industry Aline Moreau said 12 plants closed.",
            "Trade and Industry Aline Moreau",
        ),
    ],
)
def test_a_long_name_cut_to_its_last_words_never_opens_on_a_lower_case_word(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@given(st.text(alphabet=" \t\n,.\"'“”abcdefhinorstAT", max_size=40))
def test_cleaning_a_name_collapses_white_space_strips_quotes_and_cuts_one_function_word(who: str):
    from analysis.attribution import _clean

    spaced = re.sub(r"\s+", " ", who).strip(" ,.;:\"'“”‘’")
    spaced = re.sub(r"^(?:and|but|or) ", "", spaced)  # a conjunction opens a clause, not a name
    assert _clean(who) == re.sub(r"\s+(?:the|a|an|in|on|of|for|and)$", "", spaced)


_SAID_PIECES = st.sampled_from(
    ["The", "the", "Ministry", "ministry", "of", "within", "said", "says", "told", "has", "(WHO)", "think",
     "tank", "he", "officials", "company", "Ó", "x", "5", ",", '"', "é", "  ", "\n"]
)  # fmt: skip


@given(st.lists(_SAID_PIECES, max_size=14).map(" ".join))
def test_a_search_for_a_name_before_a_verb_is_skipped_only_where_it_finds_nothing(text: str):
    cues = cue_spans(text)
    for k, (verb_start, verb_end) in enumerate(cues):
        window = attribution.said_window(text, verb_start)
        if not any(attribution.may_end_name(text, window, s) for s, _ in cues[: k + 1] if s > window):
            assert attribution.RE_SUBJECT_SAID.search(text, window, verb_end) is None


def test_a_name_may_end_in_a_capital_word_or_a_lower_case_name_word_only():
    text = "the think tank said and the company said and Acme (ACM) has said"
    verbs = [start for start, _ in cue_spans(text)]
    assert [attribution.may_end_name(text, 0, v) for v in verbs] == [True, False, True]


@given(st.lists(_SAID_PIECES, max_size=14).map(" ".join), st.integers(0, 60))
def test_the_clause_subject_after_a_comma_is_the_whole_pattern_s_match(text: str, last: int):
    whole = attribution.RE_CLAUSE_SUBJECT.search(text, 0, last)
    split = attribution.RE_CLAUSE_SUBJECT.match(text, 0, last) or attribution._RE_CLAUSE_AFTER_COMMA.search(
        text, 1, last
    )
    assert (whole and whole.group("who")) == (split and split.group("who"))


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # an amount right after the verb is no name; a group named with digits is
        ("The minister, who toured the site on Friday, announced Shs3.4 billion for roads.", ""),
        ("The mayor, back from Lagos on Monday, pledged RM120 million to the fund.", ""),
        ("Trade will grow 3 percent, said the G20.", "the G20"),
    ],
)
def test_an_amount_after_a_speech_verb_is_credited_as_no_one(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # a speaker's title and name in apposition before the verb: the name is credited
        ("About 600 jobs are at risk, the union's regional secretary, Tom Briggs, said.", "Tom Briggs"),
        (
            "The fund will invest €40 million in broadband, the agency's director, Sophie Laurent, said on Wednesday.",
            "Sophie Laurent",
        ),
        (
            "Exports rose 9 per cent, the ministry's spokesman, Joseph Mwangi, told reporters.",
            "Joseph Mwangi",
        ),
        ("Water use fell by 11 per cent, its chief executive, Ravi Menon, says.", "Ravi Menon"),
        ("Ticket sales reached 18,000, Lisbon's festival founder, Ines Duarte, said.", "Ines Duarte"),
        # a title and a name with no speech verb after them credit no one
        ("The mayor, Carla Ortiz, opened 3 new parks in the north of the city.", ""),
    ],
)
def test_a_name_in_apposition_to_a_title_before_the_verb_is_credited(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # a group of persons named by a plural noun as the subject of a verb of saying ...
        ("At least 43 people died in the landslide, officials said on Thursday.", "officials"),
        ("The blaze destroyed 212 homes, police said.", "police"),
        ("Prices of rice have risen 18 per cent since January, traders said.", "traders"),
        ("The river rose 2.4 metres overnight, local residents said.", "local residents"),
        # ... or of expecting: a forecast is theirs
        ("Analysts expect net profit of between €410 million and €450 million for the year.", "Analysts"),
        ("Economists forecast growth of 2.3% in 2027.", "Economists"),
        ("Analysts polled by the news agency had expected revenue of $1.2 billion.", "Analysts"),
        ("Officials estimate the damage at 3 billion pesos.", "Officials"),
        # a group that neither says nor expects, or a verb inside a word, credits no one
        ("Police arrested 27 people after the match.", ""),
        ("Residents of 30 villages were evacuated on Sunday.", ""),
        ("Sales rose 5%, more than analysts had expected.", ""),
        ("The result, up 5%, was unexpected.", ""),
        # a conjunction opens a clause, not a name
        ("Canada said it would give C$30 million, and Australia said it would match it.", "Canada"),
    ],
)
def test_a_group_of_persons_that_says_or_expects_is_credited(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("sentence", "credits"),
    [
        # a clause joined on with a subject of its own: its own speaker, or no one
        (
            "The European Commission said it would provide €40 million in emergency aid, and Norway offered a "
            "further $12 million.",
            ["The European Commission", ""],
        ),
        (
            "Japan said it would lend ¥10 billion, and the Asian Development Bank said it would add $60 million.",
            ["Japan", "the Asian Development Bank"],
        ),
        (
            "Germany said it would send €25 million; France pledged €18 million on Tuesday.",
            ["Germany", ""],
        ),
        # a clause with no subject of its own, a common noun's clause and a list of names: the speaker's
        ("The minister said the plan would cost $2 billion and create 40,000 jobs.", ["The minister"] * 2),
        ("The agency said exports fell 4.1% in March, and imports rose 2.2%.", ["The agency"] * 2),
        ("The agency said exports to Spain, France, and Italy rose 4% and 6%.", ["The agency"] * 2),
        # a speaker after the clauses credits them all
        ("Exports fell 4.1%, and Norway gave $3 million, the agency said.", ["the agency"] * 2),
        # a speaker in a later clause is not credited with the clause before it
        (
            "Hotel rooms averaged £46 a night, and several owners said they had cut prices by 5%.",
            ["", "several owners"],
        ),
        (
            "Canada said it would give C$30 million, and Australia said it would match it with A$30 million.",
            ["Canada", "Australia"],
        ),
    ],
)
def test_a_figure_in_a_joined_clause_with_its_own_subject_is_not_the_first_speaker_s(sentence, credits):
    frame = extract_figures(article_from_text(sentence, "case"))
    assert list(frame["attribution"]) == credits


# fixwalk33-b: a pronoun speaker takes the nearest earlier named speaker, never skipping one
@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "The finance minister said revenue rose to $4.1 billion. Shadow treasury spokesperson Ana Ruiz "
            'said the plan was "a mirage". She said the state still faced a gap of $900 million.',
            "Ana Ruiz",
        ),
        (
            "Mayor Tom Hale said the budget was balanced. The city council said it had approved the plan. "
            "He said 40 new officers would be hired.",
            "Mayor Tom Hale",
        ),
    ],
)
def test_a_pronoun_speaker_is_the_nearest_earlier_named_person(text: str, credited: str):
    rows = extract_figures(article_from_text(text, "t"))
    assert rows["attribution"].iloc[-1] == credited


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Deputy health spokesperson Ines Moreau said so.", "Ines Moreau"),
        ("Her cousin Maria Lopez said so.", "Maria Lopez"),
    ],
)
def test_a_name_starts_at_a_word_start(sentence: str, credited: str):
    # fixwalk33-b: not at the "on" of "spokesperson" or the "in" of "cousin"
    assert sentence_attribution(sentence) == credited


def test_a_pronoun_closing_a_quotation_of_several_sentences_takes_the_speaker_before_it():
    # fixwalk33-b: the speech verbs inside the quotation ("is estimated") name no speaker of the article
    text = (
        "Port director Ravi Menon said traffic had slowed. "
        '"This year\'s cargo is estimated at 40,000 containers. Next year it could reach 52,000," he said.'
    )
    rows = extract_figures(article_from_text(text, "t"))
    assert set(rows["attribution"]) == {"Ravi Menon"}


# attrib34: a speaker's name with an age, a title or a relative clause in apposition before the
# verb is credited, never the age; a name after a preposition is no speaker; a pronoun later takes it
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Dr Lena Brandt, 49, a virologist at the state laboratory, said cases rose 9 per cent.", "Dr Lena Brandt"),
        ("Mr Osei, the council's treasurer, said the deficit was £4 million.", "Mr Osei"),
        ("Ana Costa, head of the port authority, said traffic rose 7 per cent.", "Ana Costa"),
        ("Leo Park, who chairs the board, told reporters the fund held $2 billion.", "Leo Park"),
        ("Kestrel Mining, the country's second-largest gold producer, said output fell 3 per cent.", "Kestrel Mining"),
        ("The airline's chief executive, Maria Lund, 52, said fares rose 4 per cent.", "Maria Lund"),
        ("The port's director, Ravi Das, said traffic rose 7 per cent.", "Ravi Das"),
        ("Sales fell 5 per cent, Tom Briggs, the union's regional secretary, said.", "Tom Briggs"),
        # no speech verb after the apposition, or the name after a preposition: no one
        ("Pedro Alvarez, 29, a farmer from Salta, lost 40 cattle in the floods.", ""),
        ("The report by Ana Ruiz, a researcher, said rents rose 8 per cent.", ""),
        ("Tern & Finch, the 80-year-old retailer, said it would close 12 stores.", ""),
        ("In Lyon, the city's museum, which holds 400 paintings, said visits rose 6 per cent.", ""),
        # "added" with a number after it is a tally, no speech
        ("Outside hitter Ana Ruiz, 24, added 14 kills for the visitors.", ""),
        ("Kent County, the fastest-growing in the state, added 58 volunteers.", ""),
    ],
)  # fmt: skip
def test_a_name_with_an_apposition_before_the_verb_is_credited(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


def test_a_pronoun_after_a_name_in_apposition_takes_the_name():
    # attrib34
    text = (
        "Nia Brown, a spokeswoman for the utility, said the outage was over. "
        "She said 4,000 homes were still without power."
    )
    rows = extract_figures(article_from_text(text, "t"))
    assert list(rows["attribution"]) == ["Nia Brown"]


# attrib35: a nickname in quotes inside a person's name never cuts the name
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ('Luis "El Flaco" Romero said the club had lost $3 million.', 'Luis "El Flaco" Romero'),
        ("Agnes 'Nessie' Byrne, 71, said her rent rose 12 per cent.", "Agnes 'Nessie' Byrne"),
        ('"We sold 400 tickets," said Kofi "KB" Boateng, the promoter.', 'Kofi "KB" Boateng'),
        ("Daniel “Danny” Osei told reporters the fund held $9 million.", "Daniel “Danny” Osei"),
        # a title in quotes is no nickname: the name after it is credited
        ('Sales of "Blue Harbour" rose 5 per cent, Ana Ruiz said.', "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_nickname_in_quotes_stays_inside_the_credited_name(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "Amara Diallo said exports rose 8 per cent. Ms Diallo said 300 jobs were created.",
            ["Amara Diallo", "Amara Diallo"],
        ),
        (
            "Transport Minister Pedro Lima said 40 buses were bought. The minister said 12 more would follow.",
            ["Transport Minister Pedro Lima", "Transport Minister Pedro Lima"],
        ),
        (
            "Sales rose 4 per cent, said Hana Sato, the company's finance director. "
            "The director said margins held at 11 per cent.",
            ["Hana Sato", "Hana Sato"],
        ),
        (
            "Amara Diallo said exports rose 8 per cent. Ms Diallo said 300 jobs were created. "
            "Ms Diallo added that 40 firms had signed up.",
            ["Amara Diallo", "Amara Diallo", "Amara Diallo"],
        ),
        (
            "Amara Diallo said exports rose 8 per cent. Ms Diallo said 300 jobs were created. "
            "She said 40 firms had signed up.",
            ["Amara Diallo", "Amara Diallo", "Amara Diallo"],
        ),
        # no earlier speaker of that surname or title: the reference stands as written
        (
            "Amara Diallo said exports rose 8 per cent. Mr Okoye said 300 jobs were lost.",
            ["Amara Diallo", "Mr Okoye"],
        ),
        # a body named again is the body, not a person whose title names it before their office
        (
            "Central Bank Governor Jane Smith said inflation was 6 per cent. The bank said 300 jobs were cut.",
            ["Central Bank Governor Jane Smith", "The bank"],
        ),
        (
            "The Ministry of Energy said output rose 3 per cent. The ministry said 300 wells were drilled.",
            ["The Ministry of Energy", "The Ministry of Energy"],
        ),
    ],
)
def test_a_speaker_named_again_by_surname_or_title_keeps_the_full_name(text: str, credited: list[str]):
    # attrib35
    rows = extract_figures(article_from_text(text, "t"))
    assert list(rows["attribution"]) == credited


# attrib36: a place that reports a figure is no speaker; a body that reports one is, and so is a
# place that says something
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("The city's western suburbs reported 48 car thefts in May.", ""),
        ("The north reported 1,300 new cases on Tuesday.", ""),
        ("The island's interior reported 22 deaths, the health ministry said.", "the health ministry"),
        ("In June, the southern coast reported 310 drownings.", ""),
        ("The regional statistics office reported 4,100 new firms.", "The regional statistics office"),
        ("The state said it would hire 2,000 teachers.", "The state"),
    ],
)  # fmt: skip
def test_a_place_that_reports_a_figure_is_no_speaker(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # fixwalk38-a (walk37 problem 15): a day after the verb is no speaker, the body before it is
        (
            "Arrests fell 9 per cent, the state's border agency said Friday, the third fall in a row.",
            "the state's border agency",
        ),
        ("Fares rose 4 per cent, the operator said Monday.", "the operator"),
        # a title or a body in small letters after the verb
        (
            "Fares rose 4 per cent, said transport commissioner Lena Varga.",
            "transport commissioner Lena Varga",
        ),
        ("Fares rose 4 per cent, said the transport ministry.", "the transport ministry"),
        ("He said that Portugal would pay 4 per cent.", "He"),
        # a body whose data the sentence gives
        ("Eurostat figures show fares rose 4 per cent.", "Eurostat"),
        ("Figures from the fisheries ministry showed catches fell 12 per cent.", "the fisheries ministry"),
        (
            "Catches fell 12 per cent, data released by Statistics Norway on Tuesday showed.",
            "Statistics Norway",
        ),
        ("Official data show catches fell 12 per cent.", ""),
        ("Figures from last year show catches fell 12 per cent.", ""),
        ("The agency registered 9,400 claims.", "The agency"),
        ("The squad recorded 14 wins.", ""),
        # tidy38: a speaker the sentence names wins over the body that opens it
        (
            "The bureau registered 6,200 permits, Labour Minister Tomas Berg said on Friday.",
            "Labour Minister Tomas Berg",
        ),
        ("The council recorded 85 complaints, its chairman Ivo Petrov said.", "Ivo Petrov"),
        # tidy38: a first name that is a month names a speaker; a month before a day number is a date
        ("Output fell 3 per cent, said May Lindqvist, the mill's owner.", "May Lindqvist"),
        ("Output fell 3 per cent, said Jun Tanaka.", "Jun Tanaka"),
        ("Output fell 3 per cent, the mill said Jan. 9.", "the mill"),
    ],
)
def test_a_credit_after_the_verb_or_for_data_names_its_source(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


def test_a_quotation_alone_is_the_speaker_the_sentence_before_quotes():
    """fixwalk38-a (walk37 problem 15): a sentence that is a quotation alone, after a quotation credited
    to a speaker, is that speaker's ('"...," said chief inspector Ana Ruiz. "We saw 40 cases."'); a body
    named in small letters and then by its noun ("the service recorded") keeps its full name."""
    text = (
        "Fires fell 8 per cent, the county's fire service said Tuesday. The service recorded 412 fires. "
        '"Every fire is one too many," said chief fire officer Mei Tanaka. "We still lost 14 homes in May." '
        '"Crews were stretched thin." Some 60 crews were on duty.'
    )
    article = article_from_text(text, "fires")
    figures = extract_figures(article)
    credit = dict(zip(figures["quote"], figures["attribution"], strict=True))
    assert credit["8 per cent"] == "the county's fire service"
    assert credit["412 fires"] == "the county's fire service"
    assert credit["14 homes"] == "chief fire officer Mei Tanaka"
    assert credit["60 crews"] == ""


# tidy38: a data adjective is never also a function word (data_source tests both)
def test_data_adjectives_repeat_no_function_word():
    from analysis.vocab import DATA_ADJECTIVES, FUNCTION_WORDS

    assert not DATA_ADJECTIVES & set(FUNCTION_WORDS)


# fixwalk39-b (walk37 problem 15, leftover): a credit covers the figures of its paragraph that follow it;
# a lede alone in its paragraph (after a dateline or not) reaches through the next paragraph
@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "Figures released by the national statistics office on Monday show factory output grew 2.3 per "
            "cent in the third quarter. Exports rose 4 per cent, while imports fell 1.5 per cent.\n\n"
            "The central bank left its rate at 5 per cent in October.",
            {"2.3 per cent": "the national statistics office", "4 per cent": "the national statistics office"}
            | {"1.5 per cent": "the national statistics office", "5 per cent": ""},
        ),
        (
            "LIMA, May 3 (Wire) - Copper output rose 7 per cent in March, the energy ministry said on Tuesday."
            "\n\nZinc output fell 2 per cent. Silver output reached 310 tonnes.\n\nGold output was 9 tonnes.",
            {"May 3": "", "7 per cent": "the energy ministry", "2 per cent": "the energy ministry"}
            | {"310 tonnes": "the energy ministry", "9 tonnes": ""},
        ),
        (
            'Harbour traffic fell 6 per cent, the port authority said on Friday. "It was a tough year," said '
            "director Lena Sato. Some 900 ships called at the port.\n\nTolls rose to $12 a tonne.",
            {"6 per cent": "the port authority", "900 ships": "", "$12": ""},
        ),
        (
            "Tolls rose to $12 a tonne. Harbour traffic fell 6 per cent, the port authority said on Friday.",
            {"$12": "", "6 per cent": "the port authority"},
        ),
        (
            "Rice exports reached 2.1 million tonnes, the trade ministry said. Prices rose 3 per cent, "
            "traders said.\nWheat imports were 400,000 tonnes.",
            {"2.1 million tonnes": "the trade ministry", "3 per cent": "traders", "400,000 tonnes": ""},
        ),
        (
            "Exports rose 4 per cent, the customs office said. Officials had projected a rise of 3 per cent. "
            "Imports reached $3 billion.",
            {"4 per cent": "the customs office", "3 per cent": "Officials", "$3 billion": ""},
        ),
        (
            "Analysts at the bank expect growth of 2 per cent, the bank's survey showed. Imports reached $3 billion.",
            {"2 per cent": "the bank's survey", "$3 billion": ""},
        ),
    ],
)
def test_a_credit_covers_the_figures_of_its_paragraph_that_follow_it(text: str, credited: dict[str, str]):
    figures = extract_figures(article_from_text(text, "t"))
    assert dict(zip(figures["quote"], figures["attribution"], strict=True)) == credited


# fixwalk39-b: a particle inside a name stays in it ("São João da Ribeira"), never cutting the name to its last word
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Clube Atlético Vila da Serra reported a loss of €3.1 million.", "Clube Atlético Vila da Serra"),
        ("Exports rose 4 per cent, Marta de la Vega said.", "Marta de la Vega"),
        ("Exports rose 4 per cent, Porto and Braga said.", "Porto and Braga"),
    ],
)
def test_a_particle_inside_a_name_stays_in_it(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


# attrib40: what no credit is, however a reader finds it: a time, a phrase opening with a small word, a
# letter alone, the article's own chart or panel, a word used as an adjective or a passive ("an
# estimated", "was estimated"), "added" with its object, the hearer or object after "told", "found", a
# place a preposition governs ("households in Ghana found")
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Harbin Motors unveiled two models, the H3 and H5, on Friday and said it would hire 400 staff.", ""),
        ("The graph below shows prices up 12 per cent since March.", ""),
        ("The third panel shows 4,100 arrivals a month.", ""),
        ("Vantor P/F reported 12 per cent more traffic.", ""),
        ("About 8 per cent of the chargers were broken, a council audit released Thursday found.", ""),
        ("The fair drew an estimated 12,000 people, organisers said.", "organisers"),
        ("The damage was estimated at $40,000.", ""),
        ("Mara Quint added 19 points and 7 rebounds, and the Hawks won 101-96.", ""),
        ("The mayor told Parliament that 300 homes were flooded.", "The mayor"),
        ("Lab tests found Salmonella in 3 of 40 samples, the food agency said.", "the food agency"),
        ("Exports rose 4 per cent, the fund's panel said.", "the fund's panel"),
        ("Seas could rise 2 metres by 2100, the panel said.", "the panel"),
        ("A survey of 900 households in Chad, Niger, Mali and Benin found that 31% lacked water.", ""),
        ("A poll of voters in Ghana found 40% support.", ""),
        ("In Paris, the museum said 9,000 people came.", "the museum"),
    ],
)
def test_no_time_letter_chart_adjective_or_object_is_a_credit(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


# attrib40: a source after "according to" runs to its punctuation, digits' commas and initials' points
# inside it; a speaker after the verb keeps a body's number and a person's noun before the name, and is the
# person a body's possessive names by title ("said Halden's chief economist, Mara Oyelaran"); a day or an
# adverb after a name is no part of the name
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        (
            "Turnout was 61 per cent, according to a poll of 1,850 voters by Civica Research.",
            "a poll of 1,850 voters by Civica Research",
        ),
        ("Rain reached 80 mm, according to the U.K. Met Office.", "the U.K. Met Office"),
        ("Deaths fell 3 per cent, according to Our World in Data.", "Our World in Data"),
        (
            '"We will strike," said Local 311 president Dan Kowalchuk, 61.',
            "Local 311 president Dan Kowalchuk",
        ),
        ('"It takes 30 seconds," said NL911 director Krista Hanlon.', "NL911 director Krista Hanlon"),
        ('"Rates fell 2 per cent," said Halden\'s chief economist, Mara Oyelaran.', "Mara Oyelaran"),
        ('"We lost 3-1," said Brentmoor\'s head coach Ian Pryce.', "Ian Pryce"),
        (
            "Losses reached $9 million, according to a flood survey released on Friday by the Ministry of Water "
            "and Irrigation.",
            "a flood survey released on Friday by the Ministry of Water and Irrigation",
        ),
        ("Norvale Textiles Ltd on Wednesday reported a profit of $4 million.", "Norvale Textiles Ltd"),
        ("The council has confirmed 14 closures.", "The council"),
        ("The studio also said 2 million copies were sold.", "The studio"),
    ],
)
def test_a_source_is_credited_whole_without_a_day_or_adverb_after_it(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


# attrib40: a forecast is its holder's ("X expects ...", "..., which X expects"), never carried on
@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        (
            "Growth of 3 to 4 per cent, which the Tourism Board expects, would lift arrivals.",
            "the Tourism Board",
        ),
        ("Nordvik Foods expects sales of 40 million euros in 2027.", "Nordvik Foods"),
        ("Growth expected at 4 per cent.", ""),
        ('"Buyers now expect 5 per cent more, not less.', ""),
    ],
)
def test_a_forecast_is_credited_to_the_body_that_expects_it(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "Milk output reached 3.1 billion litres, according to the Uganda Dairy Authority. The authority "
            "expects output to grow by 5 to 7 per cent next year. Exports were 80 million litres.",
            {
                "3.1 billion litres": "the Uganda Dairy Authority",
                "5 to 7 per cent": "the Uganda Dairy Authority",
            }
            | {"80 million litres": ""},
        ),
        # attrib40: the carry stops at a sentence stating another body's own figures
        (
            "Unemployment stood at 5.1 per cent in May, the Labour Office said. The bank's gold reserves reached "
            "90 tonnes. Inflation peaked at 11 per cent in 2022.",
            {"5.1 per cent": "the Labour Office", "90 tonnes": "", "11 per cent": "", "2022": ""},
        ),
        (
            "Output rose 4 per cent, the ministry said. The ministry's index reached 112 points.",
            {"4 per cent": "the ministry", "112 points": "the ministry"},
        ),
    ],
)
def test_a_forecast_or_another_body_s_figures_stop_the_carry(text: str, credited: dict[str, str]):
    figures = extract_figures(article_from_text(text, "t"))
    assert dict(zip(figures["quote"], figures["attribution"], strict=True)) == credited
