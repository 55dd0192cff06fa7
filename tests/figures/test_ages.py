"""Ages: a count of years lived, unit other, kind count (analysis/figures/ages.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.figures import ages

from .corpus import Expected, case_ids, figures_of

AGE = ("other", "count")
ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-kinds15: "died at N" may go on with what of; "the dead" (a state of persons after "the")
    # before "were over N" are persons, their age bound; a line of a label in capitals and a
    # person's full name gives the age ending it ("LIFETIME: Ana Ruiz, 81"); a place in a label
    # line of small letters is no person
    ('"My mother died at 61 of heart disease," he said.', [("61", *AGE)]),
    ("Shares of the firm closed at 61 in Tokyo.", [("61", "count", "count")]),
    (
        "The storm killed nine people. Four of the dead were over 80 and lived alone.",
        [("9", "people", "count"), ("4", "people", "count"), ("80", *AGE)],
    ),
    ("Deaths were over 80 in the week.", [("80", "people", "count")]),
    ('The winners were named.\n\nLIFETIME: Mere Te Awa, 79\n"She led the trust."', [("79", *AGE)]),
    (
        "Rainfall was heavy.\n\nRainfall: Nadi Town, 42\nSuva: 31",
        [("42", "count", "count"), ("31", "count", "count")],
    ),
    # late-lists10: a sibling's age in brackets in a birth notice, two verbless superlatives of age,
    # a pet listing's age after the animal's state, and a job notice's age bound with no subject
    ("A baby brother for Maisie (4), born on Tuesday.", [("4", "other", "count")]),
    (
        "Some 70 pilgrims set out, the eldest 83 and the youngest 10.",
        [("70", "people", "count"), ("83", "other", "count"), ("10", "other", "count")],
    ),
    ("DOG, border collie, neutered, 6 years, needs a farm.", [("6", "other", "count")]),
    ("KITCHEN HAND wanted, weekends. Must be 17 or over.", [("17", "other", "count")]),
    # late-lists9: a listing line's ages (told roughly, or in weeks or months after the sex) and a
    # smaller age before "and" whose "-year-old" is left unsaid
    ("Female, about 6, whippet cross. Bella is shy with men.", [("6", "other", "count")]),
    ("Female puppies, 10 weeks, collie cross.", [("10", "other", "count")]),
    (
        "The cellar held mostly 10 and 21-year-old single malts.",
        [("10", "other", "count"), ("21", "other", "count")],
    ),
    # class-left13: an app's or a film's rating "rated N+" and "a N+ label" is an age limit; persons
    # named with "Of the ..." before the count whose age bound follows; an age after a measurement is
    # not carried into its unit; animals' age set off in months after their count
    (
        "The shooter is rated 16+ in Brazil and carries a 12+ label in Japan.",
        [("16", *AGE), ("12", *AGE)],
    ),
    (
        "Of the passengers, 14 were over 70, and of the dead, three were under 12.",
        [("14", "people", "count"), ("70", *AGE), ("3", "people", "count"), ("12", *AGE)],
    ),
    (
        "The largest lobster weighed 6.2kg and was probably more than 60 years old.",
        [("6.2", "other", "other"), ("60", *AGE)],
    ),
    (
        "The agent sold 22 Hereford heifers, 14 to 16 months, at 390c/kg.",
        [("22", "count", "count"), ("14/16", "other", "count"), ("390", "other", "money")],
    ),
    # class-left11: a bride's and a groom's ages in apposition
    (
        "The bride, 29, and the groom, 31, were among the injured.",
        [("29", "other", "count"), ("31", "other", "count")],
    ),
    # class-discover-k: the age persons must be to do a thing, with no bound word; a statutory age's
    # bare levels with the time they hold for after them
    (
        "Players must be 18 to buy a ticket, and applicants need to be 21 or over.",
        [("18", *AGE), ("21", *AGE)],
    ),
    (
        "The state pension age will rise from 66 to 67 between 2026 and 2028.",
        [("66", *AGE), ("67", *AGE), ("2026/2028", "year", "date")],
    ),
    # (... with no persons before "must be" it is no age)
    ("The index must be 18 to qualify for the bonus.", [("18", "count", "count")]),
    # class-names7: ... the hour's sentence keeps its count; a child's age before a pronoun stays
    (
        "At 9, the minister arrived at the flooded village with a team of 30 engineers.",
        [("30", "people", "count")],
    ),
    (
        "At 12, he was already training with the senior squad of 25 players.",
        [("12", *AGE), ("25", "people", "count")],
    ),
    # late-ages: a bracketed age after a name with an Irish prefix; two bracketed ages after names
    # sharing a surname, or before where the person lives, are ages, not a list of tallies
    ("Declan O'Brien (61), a farmer from Tralee, denied the charge.", [("61", *AGE)]),
    (
        "Priya Nair (23) and Arjun Nair (25), both of Kochi, were charged with fraud.",
        [("23", *AGE), ("25", *AGE)],
    ),
    ("Kofi Mensah (38), of Kumasi, and Yaw Boateng (41), of Tema, were fined.", [("38", *AGE), ("41", *AGE)]),
    # an opening "At 44," before a clause that names the speaker ("me", "my")
    (
        '"I sewed shirts for 20 years. At 58, who will give me a job now?"',
        [("20", "year", "duration"), ("58", *AGE)],
    ),
    # class-discover-c: court copy's parties and officers before an age in apposition
    (
        "Jenkins, 44, and his co-accused, 39, were each given 240 hours of unpaid work.",
        [("44", "other", "count"), ("39", "other", "count"), ("240", "other", "duration")],
    ),
    ("The complainant, 24, told the jury she had been followed home.", [("24", "other", "count")]),
    ("The detainee, 31, was released without charge.", [("31", "other", "count")]),
    # an opening "At 9," where the text says nothing of the time of day; a child's age after
    # "began dancing at", "started school at"
    ("At 9, she moved with her family from Accra to London.", [("9", *AGE)]),
    # class-times3: a subject pronoun after "at N" ends the age's clause; a life's verb after an
    # opening "At 11," keeps the age (a proceeding's verb makes it an hour: NEGATIVE_EXAMPLES)
    ("At 16, he joined the army, and at 19 he was sent to the front.", [("16", *AGE), ("19", *AGE)]),
    ("At 11, she left school to work in her uncle's bakery in Kumasi.", [("11", *AGE)]),
    ("At 11, she was called up to the national squad.", [("11", *AGE)]),
    ("Born in Kandy, she began dancing at 9.", [("9", *AGE)]),
    ("He started school at 5 in Lagos.", [("5", *AGE)]),
    # class-people2: "between N and M" right after a plural of persons, ending its clause or before
    # a verb, is a range of ages; with a noun or a year after it, it is not
    ("Teenagers between 13 and 15 will be offered the vaccine from next month.", [("13/15", *AGE)]),
    ("The trial recruited men between 45 and 60.", [("45/60", *AGE)]),
    ("Voters between 18 and 24 are the least likely to turn out.", [("18/24", *AGE)]),
    ("Tenants between 2020 and 2024 paid more.", [("2020/2024", "year", "date")]),
    # a superlative of age, then a bare number ending its clause: that one's age
    (
        "Twelve climbers died on the mountain this season; the youngest was 19.",
        [("12", "people", "count"), ("19", "other", "count")],
    ),
    (
        "Six firefighters were killed. The oldest was 58.",
        [("6", "people", "count"), ("58", "other", "count")],
    ),
    (
        "The dead included nine aid workers, the youngest of whom was twenty-three.",
        [("9", "people", "count"), ("23", "other", "count")],
    ),
    # ... or in apposition, like a person's age after a role
    (
        "Ten passengers were hurt, and the youngest, 7, was flown to the capital.",
        [("10", "people", "count"), ("7", "other", "count")],
    ),
    # an age bracket after a plural of persons, as ratings and polling copy names a group
    (
        "The quiz scored best with women 25-54 and voters 18-29.",
        [("25/54", "other", "count"), ("18/29", "other", "count")],
    ),
    # food or drink "aged" for a span: the maturing's duration, not an age (a person's stays an age)
    (
        "The sirloin, aged 28 days, sells well; the whisky is aged 12 years. Ms Ito, aged 44, buys it.",
        [("28", "days", "duration"), ("12", "year", "duration"), ("44", "other", "count")],
    ),
    # the age a life reaches after "lived to" or "can live to", ending its clause
    (
        "Her aunt lived to 97. Such parrots can live to 60 in captivity.",
        [("97", "other", "count"), ("60", "other", "count")],
    ),
    # one age two people share, after "are both" or "were both", ending its clause
    (
        "My partner and I are both 58 and still work.",
        [("58", "other", "count")],
    ),
    (
        "The sisters were both 23. Prices are both 4 per cent higher.",
        [("23", "other", "count"), ("4", "percent", "percent_change")],
    ),
    ("Both suspects, 22, were bailed.", [("22", "other", "count")]),
    # one age for several people named by a plural noun with "both" or "each"; a person named by a sport or a trade
    ("The two climbers, both 27, were rescued.", [("2", "people", "count"), ("27", "other", "count")]),
    ("The weightlifter, 23, set a record.", [("23", "other", "count")]),
    ("The violinist, 36, will tour Japan.", [("36", "other", "count")]),
    ("The totals, both 60, matched the forecast.", [("60", "count", "count")]),
    ("The 31-year-old was arrested.", [("31", *AGE)]),
    ("A 15 year-old student was hurt.", [("15", *AGE)]),
    # "aged between N and M": one range of ages
    ("Two men, aged between 20 and 35, were held.", [("2", "people", "count"), ("20/35", *AGE)]),
    # a mixed number's glyph before "-year-old": an age, not a span of years
    ("The 3½-year-old boy was found safe.", [("3.5", *AGE)]),
    ("A 1½ year old girl was treated.", [("1.5", *AGE)]),
    # "then-" or "now-" before the number dates the age; it makes no name
    ("She sued the club over her then-17-year-old son.", [("17", *AGE)]),
    ("It was signed by the now-41-year-old founder.", [("41", *AGE)]),
    ("The suspect is twenty-two years old.", [("22", *AGE)]),
    ("It is a 2,900 year-old site.", [("2900", *AGE)]),
    ("Ms Okafor, 44, said she was relieved.", [("44", *AGE)]),
    ("Murray, 25, lost the final.", [("25", *AGE)]),
    ("So said its spokesman, Ross Kerr, 41. He left.", [("41", *AGE)]),
    # a person named by a singular noun, and "now" before the age
    ("The court heard the defendant, now 34, was a student.", [("34", *AGE)]),
    ("A woman, 52, was hurt.", [("52", *AGE)]),
    # a range of ages with the first number's noun suspended
    ("Turnout among 18- to 24-year-olds was low.", [("18/24", *AGE)]),
    # an age group as a noun or a compound adjective
    ("Uptake among over-65s was 72.9%.", [("65", *AGE), ("72.9", "percent", "percentage_share")]),
    # class-ages2: in words, a plural number word ("under-fives", "over-sixties")
    ("Flu jabs for under-fives start next week.", [("5", *AGE)]),
    ("Free bus travel for the over-sixties ends in April.", [("60", *AGE)]),
    # class-looks2: an age grade that names a sports team or its competition is a name (rules, table
    # 8), unlike an age group who pay or are counted
    ("He played for the under-21 side.", []),
    ("Harris won his first Scotland Under-21 cap against Belgium in March.", []),
    ("The Under-19 squad flew to Sri Lanka on Friday with 15 players.", [("15", "people", "count")]),
    ("Scotland's Under-21s beat Norway 2-0 in front of 3,100 fans.", [("3100", "people", "count")]),
    ("Entry is £6 for under-16s and free for over-75s.", [("6", "GBP", "money"), ("16", *AGE), ("75", *AGE)]),
    # a name's last word in parts: hyphen, apostrophe, inner capital
    ("Chairman Lee Seung-ho, 63, stepped down.", [("63", *AGE)]),
    ("Ms O'Sullivan, 38, was named.", [("38", *AGE)]),
    ("Coach Rob MacLeod, 47, agreed.", [("47", *AGE)]),
    # a name written with letters outside English's alphabet
    ("The baker, Inés Ordóñez, 58, opened at dawn.", [("58", *AGE)]),
    ("Engineer Zbigniew Łącki, 39, led the survey.", [("39", *AGE)]),
    ("Farmer Trần Văn Đức, 66, sold his crop.", [("66", *AGE)]),
    ("He is the third man over 30 to win the title.", [("30", *AGE)]),
    ("Children under 12 travel free.", [("12", *AGE)]),
    # any people noun (vocab.PEOPLE_NOUNS) before "under"/"over" names those of an age
    ("New drivers may not carry passengers under 21.", [("21", *AGE)]),
    ("Pensioners over 75 get a free licence.", [("75", *AGE)]),
    # a bare number after "he was", "she is", "he turned": an age
    ("She wrote the novel when she was 23, in Paris.", [("23", *AGE)]),
    ("He turned 90 in March.", [("90", *AGE)]),
    ('"I have sung since I was 9," she said.', [("9", *AGE)]),
    # ... in words too
    ('"I have painted since I was six," he said.', [("6", *AGE)]),
    ("She left home when she was seventeen and never went back.", [("17", *AGE)]),
    # a bare "at N" ending its clause, in a sentence about a person: the age then
    ("He left school at 15, then joined the navy.", [("15", *AGE)]),
    ("She joined the orchestra at 19 and led it for a decade.", [("19", *AGE)]),
    # ... and a number word after a noun of the young, whatever verb follows
    ("Children under five got the vaccine first.", [("5", *AGE)]),
    # ... or after a life event a person has at an age, with no pronoun in the sentence
    ("The court heard the defendant left school at 16 and never worked.", [("16", *AGE)]),
    ("The poet, married at 19, later moved to Lagos.", [("19", *AGE)]),
    # a bare number after a relative "who is", "who turned" set off by a comma: an age
    ("A man in Leeds, who is 71, lost his savings.", [("71", *AGE)]),
    ("The senator, who turned 80 in May, will run again.", [("80", *AGE)]),
    # "N or older", "N or younger": an age with its bound
    ("A third of the riders were 60 or older.", [("60", *AGE)]),
    ("Children six or younger travel free.", [("6", *AGE)]),
    # "N and older" ("and over", "and under") right after persons: an open-ended age
    (
        "Only 41 per cent of those 70 and older, and of adults 50 and over, took it.",
        [("41", "percent", "percentage_share"), ("70", *AGE), ("50", *AGE)],
    ),
    ("Children 4 and under ride free.", [("4", *AGE)]),
    # ... not after things, which "and over" sizes or counts
    ("Orders of 30 and over ship free.", [("30", "count", "count")]),
    ("Voters aged 18 to 29 backed her.", [("18/29", *AGE)]),
    # "and" joins a range of ages only after "between"; else two ages
    ("The brothers, aged 19 and 23, were charged.", [("19", *AGE), ("23", *AGE)]),
    # an age in words after "aged" is an age, not a span ("aged one year and over")
    ("The jab is offered to children aged one year and over.", [("1", *AGE)]),
    ("Pupils aged seven to 11 sat the test.", [("7/11", *AGE)]),
    ("Jobs went to people between the ages of 25 and 40.", [("25/40", *AGE)]),
    # an age bound in words after persons, ending its clause
    (
        "Among children under five, 12% were underweight.",
        [("5", *AGE), ("12", "percent", "percentage_share")],
    ),
    ("It bans sales to those under the age of 18.", [("18", *AGE)]),
    # ... also in words, and a count right after the age is no ratio's term ("five in 40 towns")
    ("The drops are for infants under the age of two.", [("2", *AGE)]),
    ("Girls under the age of nine in 40 towns were seen.", [("9", *AGE), ("40", "count", "count")]),
    # the plural noun names children of that age
    ("Uptake among five-year-olds fell.", [("5", *AGE)]),
    ("Most 16-year-olds stay in school.", [("16", *AGE)]),
    # years after an average or median age the sentence names: an age (of people or of things)
    ("The average age of its trucks rose to 9.3 years from 8.7 years.", [("9.3", *AGE), ("8.7", *AGE)]),
    ("The median age of farmers is 58 years, the survey found.", [("58", *AGE)]),
    # ... and a bare number the statistic's verb or "from" leads to, with no noun after it
    ("The median age rose to 41.9 years from 39.8, the census showed.", [("41.9", *AGE), ("39.8", *AGE)]),
    ("The average age of a first-time buyer rose to 34 from 32.", [("34", *AGE), ("32", *AGE)]),
    # ... and so after an age set by law: the retirement or pension age
    ("The bill lifts the retirement age from 60 to 63, unions say.", [("60", *AGE), ("63", *AGE)]),
    ("The state pension age will go up to 68.", [("68", *AGE)]),
    # ... also a participle after a comma, and "the age" once the article has named the statistic
    ("The median age rose to 41, reaching 43 in the north.", [("41", *AGE), ("43", *AGE)]),
    (
        "Ministers will lift the pension age to 67. The age will rise in steps, reaching 67 in 2031.",
        [("67", *AGE), ("67", *AGE), ("2031", "year", "date")],
    ),
    # "at age N", the number in digits or words
    ("She learned to swim at age seven.", [("7", *AGE)]),
    ("At age 19 he joined the navy.", [("19", *AGE)]),
    # an age in apposition to a person named by role or relation
    ("The mayor, 54, won a third term.", [("54", *AGE)]),
    ("A farmer, 61, and his son, 34, were hurt.", [("61", *AGE), ("34", *AGE)]),
    ("The board said the chief executive, 48, would stay.", [("48", *AGE)]),
    # a list of ages after "aged": one row each
    (
        "The three suspects, aged 22, 37 and 51, were remanded.",
        [("3", "people", "count"), ("22", *AGE), ("37", *AGE), ("51", *AGE)],
    ),
    # "aged between N and M", "aged from N to M": one range of ages
    ("Youths aged between 18 and 35 years may apply.", [("18/35", *AGE)]),
    ("Women aged from 40 to 74 are invited.", [("40/74", *AGE)]),
    # a two-digit age in brackets after a person's full name
    ("The court heard that Johanna Shikongo (52) had lied.", [("52", *AGE)]),
    # a contraction of a pronoun and "am" or "is" before a bare number ending its clause
    ('"I\'m 58, and I still work nights," she said.', [("58", *AGE)]),
    ("She's 33. Her brother runs the farm.", [("33", *AGE)]),
    # a party tag in brackets between a full name and the age
    ("The bill was tabled by Senator Maria Lopez (D-Nevada), 57, on Friday.", [("57", *AGE)]),
    ("The motion came from councillor Ola Nordby (Ap), 46.", [("46", *AGE)]),
    # "N years of age", the rules' own words for an age
    ("Applicants must be at least 21 years of age.", [("21", *AGE)]),
    ("The driver, who was 58 years of age, was unhurt.", [("58", *AGE)]),
    # hyphens outside ASCII, and en dashes, join an age's words too
    ("The 27\u2011year\u2011old was charged.", [("27", *AGE)]),
    ("A 63\u2013year\u2013old woman was hurt.", [("63", *AGE)]),
    # a range of ages with a bare hyphen: one range of ages, not a span of years
    ("The suspect is about 35-45 years old.", [("35/45", *AGE)]),
    ("The patients were 60-70 years of age.", [("60/70", *AGE)]),
    # headline copy's "yr-old" and "yrs old"
    ("A 19-yr-old rider was hurt.", [("19", *AGE)]),
    ("The owner, 71 yrs old, refused to sell.", [("71", *AGE)]),
    # American copy's "ages 18 to 24" and "Jane Doe, age 44,"
    ("Shoppers ages 25-34 spent the most.", [("25/34", *AGE)]),
    ("Mark Osei, age 52, was charged.", [("52", *AGE)]),
    # ... also "age N" after a plural noun of persons, or before an open end
    ("Residents age 70 and over get free rides.", [("70", *AGE)]),
    ("Pupils age 6 to 10 sat the test.", [("6/10", *AGE)]),
    ("Anyone age 21 or older may apply.", [("21", *AGE)]),
    # a bare "at N" after a life event, with the clause going on
    ("She quit school at 15 to help on the farm.", [("15", *AGE)]),
    ("He retired at 62 because of ill health.", [("62", *AGE)]),
    # a relative named by a possessive, then "is", "was" or "turned" and a bare number
    ("My father is 88 and still drives.", [("88", *AGE)]),
    ("Their daughter was 17.", [("17", *AGE)]),
    # one age for two people named together, "both N"; a bare "at N" in a "who" clause
    ("Tomas and Ilse Berg, both 64, sold the mill.", [("64", *AGE)]),
    ("Ms Kerr, who left for Canada at 22, returned last year.", [("22", *AGE)]),
    # an age a correction gives "as N"; "N or over" after a be-verb
    (
        "The age of the potter was given as 64 in a profile last week. She is 66.",
        [("64", "other", "count"), ("66", "other", "count")],
    ),
    ("One in three members is 70 or over.", [("70", "other", "count")]),
    # "many of them over N" after a count of persons: their age
    ("The club has 40 members, many of them over 80.", [("40", "people", "count"), ("80", "other", "count")]),
    # fixwalk40-a: ... and "a third of them are under N" after a count of persons with a word before
    # its noun ("2,600 paying members"): "them" are those persons, not the fraction
    (
        "The choir has 120 regular singers, and nearly a third of them are over 70.",
        [("120", "people", "count"), ("70", *AGE)],
    ),
    # an age bound after "of them", "of whom" or a count of persons (word numbers too): an age
    (
        "Police arrested nine men, four of them aged under 18.",
        [("9", "people", "count"), ("4", "people", "count"), ("18", *AGE)],
    ),
    (
        "The fire injured 40 residents, of whom 12 were over 65.",
        [("40", "people", "count"), ("12", "people", "count"), ("65", *AGE)],
    ),
    (
        "The choir sent six singers, two aged under 16.",
        [("6", "people", "count"), ("2", "people", "count"), ("16", *AGE)],
    ),
    (
        "The hostel housed 30 guests, 11 of whom were aged over 70.",
        [("30", "people", "count"), ("11", "people", "count"), ("70", *AGE)],
    ),
    # "N or over" after another word is no age
    ("Scores of 60 or over pass the test.", [("60", "count", "count")]),
    # an age statistic's earlier level after a comma and "from", with how long ago it stood
    (
        "The median age of first-time buyers climbed to 35.6 years, from 32.6 two decades ago.",
        [("35.6", *AGE), ("32.6", *AGE), ("2", "other", "duration")],
    ),
    # a range of ages after "at" in a sentence about persons; the reader addressed is a person
    ("Patients who started dialysis at 50 to 64, the report said, fared worse.", [("50/64", *AGE)]),
    ("If you start saving at 25, you retire richer.", [("25", *AGE)]),
    # an age after a name that ends in an initial, as court copy shortens a surname
    ("Prosecutors charged the firm's former director Petra K., 52, with embezzlement.", [("52", *AGE)]),
    ("Jean-Luc D., 44, and his brother Pascal D., 41, were both acquitted.", [("44", *AGE), ("41", *AGE)]),
    ("Tomas R. J., 27, was held.", [("27", *AGE)]),
    ("The court in Brno sentenced Libor H. (51) to four years.", [("51", *AGE), ("4", "year", "duration")]),
    # an age after a doer's noun in apposition
    ("The bricklayer, 52, said he was owed money.", [("52", *AGE)]),
    ("A fruit picker, 19, was hurt.", [("19", *AGE)]),
    # a birthday reached after a form of "turn", with no noun or unit after the number
    ("She is turning 30 next week and plans a party.", [("30", *AGE)]),
    ("A documentary about turning 18 in a refugee camp opens on Friday.", [("18", *AGE)]),
    ("Residents turning 70 this year will be invited for a free health check.", [("70", *AGE)]),
    ("When you turn 65, you qualify.", [("65", *AGE)]),
    ("She will turn 65 next year.", [("65", *AGE)]),
    ("People turning 50 qualify for a free screening.", [("50", *AGE)]),  # after persons, any verb
    ("John Smith Jr., 45, was elected.", [("45", *AGE)]),
    # a bound of age after a doer's plural, ending its clause or before a verb
    ("The ban applies to drivers under 21.", [("21", *AGE)]),
    ("Smokers over 40 should ask for a lung scan, the board said.", [("40", *AGE)]),
    # ... or after "the share" or "the proportion" of a population, before a verb of change
    ("The proportion over 65 has doubled since 2000.", [("65", *AGE), ("2000", "year", "date")]),
    ("Among members, the share under 25 rose to 14%.", [("25", *AGE), ("14", "percent", "percentage_share")]),
    # ... and after persons, a closed-class word ending in "s" after the bound is no plural noun
    ("The scheme covers children under 16 across the county this year.", [("16", *AGE)]),
    # class-names2: an open-ended age group "N+" before an audience is an age
    (
        "The station's 10+ audience grew to 1.2 million people.",
        [("10", "other", "count"), ("1200000", "people", "count")],
    ),
    # a fact box's line "Age:"
    ("Age: 34\nOccupation: teacher", [("34", "other", "count")]),
    ("Age: 12-18\nEntry: free", [("12/18", "other", "count")]),
    # class-headlines2: "died at N" and a headline's "Dies At N" (the line ends its clause) is an age
    ("Jazz Legend Dies At 84 In New Orleans", [("84", "other", "count")]),
    ("Former Coach Dies At 77", [("77", "other", "count")]),
    ("The singer died at 84 in Lagos.", [("84", "other", "count")]),
    # class-ages2: an age range whose ends are in two units is two ages, each in its unit
    (
        "Toddlers aged 18 months to three years were most at risk, the report found.",
        [("18", *AGE), ("3", *AGE)],
    ),
    ("Calves aged six weeks to 18 months were tested.", [("6", *AGE), ("18", *AGE)]),
    # several ages in apposition after a plural noun of persons
    ("The couple's sons, 11 and 7, were unhurt in the crash.", [("11", *AGE), ("7", *AGE)]),
    ("The victims, 19, 22 and 31, were all from Kibera.", [("19", *AGE), ("22", *AGE), ("31", *AGE)]),
    # a name, then the age with "years" after it, in commas
    ("Kowalski, 34 years, a mechanic from Gdansk, denied the charge.", [("34", *AGE)]),
    # an age bound written with "than"; a bound joined to an age bound
    ("Children younger than five years will be admitted free of charge.", [("5", *AGE)]),
    (
        "Anyone older than 70 must renew the licence every three years.",
        [("70", *AGE), ("3", "year", "duration")],
    ),
    ("The new rules apply to drivers under 25 and over 70.", [("25", *AGE), ("70", *AGE)]),
    # "was N when" after a person named as the clause's subject
    (
        "The defendant, now 71, was 23 when the killings took place in 1976.",
        [("71", *AGE), ("23", *AGE), ("1976", "year", "date")],
    ),
    ("Okonjo was only 19 when she won the seat.", [("19", *AGE)]),
    # an age band before "age group"
    (
        "Unemployment among the 25-34 age group rose to 7.2 percent in March.",
        [("25/34", *AGE), ("7.2", "percent", "percentage_share")],
    ),
    # class-ages2 (second set): "(45 years)" in brackets after a name, beside another
    (
        "Fined were Tomasz Nowak (45 years) and Piotr Zielinski (39 years), both of Lublin.",
        [("45", *AGE), ("39", *AGE)],
    ),
    # American copy's "ages five through 11"
    ("Shots for children ages five through 11 were approved in October.", [("5/11", *AGE)]),
    # an age the law sets, as an age statistic; "retire at N"
    ("Parliament voted to lower the voting age to 16 from 18.", [("16", *AGE), ("18", *AGE)]),
    ("The age of consent in the state is 16, the court said.", [("16", *AGE)]),
    ("Most state pensioners will retire at 67 from 2028.", [("67", *AGE), ("2028", "year", "date")]),
    # an animal's age in apposition
    ("The dog, 14, was rescued from the well by firefighters.", [("14", *AGE)]),
    # an age band before "bracket" after persons
    ("The policy affects men in the 65-74 bracket most.", [("65/74", *AGE)]),
    # class-ages2 (third set): "who would have been N", ", then N,", a suspended low end in words,
    # "age limit", an "N-and-over" compound, what persons "must be"
    ("Mr Doyle, who would have been 90 next month, died on Friday in Galway.", [("90", *AGE)]),
    ("Bridget Walsh, then 19, moved to Boston in 1965.", [("19", *AGE), ("1965", "year", "date")]),
    ("The show is aimed at eight- to 12-year-olds.", [("8/12", *AGE)]),
    ("The age limit for the scheme is 35.", [("35", *AGE)]),
    (
        "The 65-and-over population rose 3% last year.",
        [("65", *AGE), ("3", "percent", "percent_change")],
    ),
    ("Applicants must be at least 18 and no older than 30.", [("18", *AGE), ("30", *AGE)]),
    ("Drivers must be over 21 to hire a van.", [("21", *AGE)]),
    # ages in brackets after the names of relatives joined by "and her mother": no tally list
    (
        "Among those injured were Maria Santos (34) and her mother Elena Santos (61).",
        [("34", *AGE), ("61", *AGE)],
    ),
    # class-partitives: an age band from months to years is two ages, one in each unit
    (
        "Children aged six months to 15 years will be offered the vaccine from Monday.",
        [("6", "other", "count"), ("15", "other", "count")],
    ),
    (
        "Babies aged between six weeks and two years will get the drops.",
        [("6", "other", "count"), ("2", "other", "count")],
    ),
    # class-ages3: "Ages 18-29" opening a sentence, as American copy writes it
    ("Ages 18-29 were the most likely to rent, the survey found.", [("18/29", *AGE)]),
    ("Ages 65 and over backed the measure by a wide margin in Maine.", [("65", *AGE)]),
    # an age band joined "-to-" before a demographic, a bracket or a band; also before "-year-olds"
    ("The channel is chasing the 18-to-34 demographic with cheaper subscriptions.", [("18/34", *AGE)]),
    ("Advertisers pay more to reach the 18-to-34 age band.", [("18/34", *AGE)]),
    ("In the 18-to-34 bracket, trust in newspapers fell again.", [("18/34", *AGE)]),
    ("The show targets six-to-12-year-olds in Lagos.", [("6/12", *AGE)]),
    # one person named by a singular noun and "of" before the number
    ("A girl of 14 was among those pulled from the rubble in Hatay.", [("14", *AGE)]),
    ("He was a young man of 26 when he left Dublin for Sydney.", [("26", *AGE)]),
    ("A boy of 10 months was treated for burns.", [("10", *AGE)]),
    # "aged just", "aged only"
    ("The youth, aged just 19, was jailed for the stabbing in Croydon.", [("19", *AGE)]),
    ("Doctors said the twins, aged only 9 months, were doing well.", [("9", *AGE)]),
    # a sentence opened by "At N," or "Now N," with a person as its subject
    ("At 21, she became the youngest mayor in the history of the town.", [("21", *AGE)]),
    ("At 21, the Kenyan is already a double world champion.", [("21", *AGE)]),
    ("Now 74, the former minister lives quietly in Krakow.", [("74", *AGE)]),
    ("At 21, Okonjo became the youngest mayor in Enugu.", [("21", *AGE)]),
    # "N-plus" after persons, in apposition or not
    ("Residents, 70-plus, queued from dawn at the clinic in Ballarat.", [("70", *AGE)]),
    ("Viewers 70-plus still watch the evening news.", [("70", *AGE)]),
    # a band of ages from weeks to months "old": two ages, each in its unit
    ("The trial enrolled babies from two weeks to six months old.", [("2", *AGE), ("6", *AGE)]),
    # "still only N" after a person, in apposition or after "is"
    ("The goalkeeper is still only 22 and already captains the side.", [("22", *AGE)]),
    ("The girl, still only 12, was sent to an adult prison, campaigners said.", [("12", *AGE)]),
    # a bare "at N" after "they would be" that compares with an age "at M" in the same sentence
    (
        '"If you start running at 50, your times are slower than they would be at 30," the coach said.',
        [("50", *AGE), ("30", *AGE)],
    ),
    # the age after an aside naming a parent by the children
    (
        "Sarah Mbeki, a mother of three, 41, was among the injured.",
        [("3", "people", "count"), ("41", *AGE)],
    ),
    # class-discover-e: the titles of diplomats, officials and officers before ", N,"
    ("The envoy, 67, met the foreign minister in Geneva.", [("67", *AGE)]),
    ("Britain's defence secretary, 52, arrived in Warsaw on Monday.", [("52", *AGE)]),
    # class-discover-e: a verb "be" between persons and an age bound that ends its clause
    ("Most of the victims were under 25, police said.", [("25", *AGE)]),
    # late-counts5: ... a subject qualified by a who-clause or a preposition's phrase before the verb
    ("Most of those who drowned were over 50, the coastguard said.", [("50", *AGE)]),
    ("Nearly all the passengers on the bus were under 16.", [("16", *AGE)]),
    ("Most of the houses in the village were over 100.", [("100", "count", "count")]),
    (
        "About 45% of the camp's population are under 18.",
        [("45", "percent", "percentage_share"), ("18", *AGE)],
    ),
    # ... not one that does not end its clause: "is over 2 million" counts the persons
    ("Its population is over 2 million.", [("2000000", "people", "count")]),
    # late-formats2: an age given as the object of a verb of giving
    ("The court heard that the defendant gave her age as 67.", [("67", *AGE)]),
    ("Police listed the victim's age as 19 in a statement.", [("19", *AGE)]),
    # class-discover-j: suspended ages joined by "and" are two ages, a range only after "between"
    ("The vaccine is for 12- and 13-year-olds.", [("12", "other", "count"), ("13", "other", "count")]),
    # class-discover-l: a median age's bare level after a hedge, or set against another place's
    ("In the census the median age is only 19.4, the youngest in Asia.", [("19.4", *AGE)]),
    ("The median age in Mali is 16.1 years, against 44.9 in Germany.", [("16.1", *AGE), ("44.9", *AGE)]),
    (
        "The average age of nurses rose to 46.3, compared with 42.8 in 2015.",
        [("46.3", *AGE), ("42.8", *AGE), ("2015", "year", "date")],
    ),
    # class-discover-l: an age bound after a people named by its demonym, and persons "aged" after it
    ("Nearly a third of Italians are over 65, the statistics office said.", [("65", *AGE)]),
    (
        "One in four Koreans is under 30, and 1.2 million are aged 85 or older.",
        [("30", *AGE), ("1200000", "people", "count"), ("85", *AGE)],
    ),
    # class-discover-n: given names with bracketed ages in a notice's list of kin, one digit too
    ("Much-loved Nana of Freya (15), Oscar (7) and baby Alfie.", [("15", *AGE), ("7", *AGE)]),
    ("He leaves his grandchildren Ruby (10) and Theo (4).", [("10", *AGE), ("4", *AGE)]),
    # ... a list of names with bracketed numbers and no kin word stays a list of tallies
    (
        "Kane (21), Watkins (14) and Palmer (9) lead the scoring charts.",
        [("21", "count", "count"), ("14", "count", "count"), ("9", "count", "count")],
    ),
    # class-left12: an age band alone in brackets after a benefit or a fare; an age after a person
    # named by a kinsman, a companion or "man"/"woman" with its modifier
    (
        "The housing allowance (single, 35 or over) rises to £95 a week.",
        [("35", *AGE), ("95", "GBP", "money")],
    ),
    ("The railcard gives a third off for travellers (under 26) on most routes.", [("26", *AGE)]),
    ("The couple's best man, 42, told the court he had seen nothing.", [("42", *AGE)]),
    ("Her close friend, 29, raised the alarm.", [("29", *AGE)]),
    # class-discover-p: a poll's age group written as a plural noun ("Among 18-34s") is an age range
    ("Among 18-34s, support for the plan was 58%.", [("18/34", *AGE), ("58", "percent", "percentage_share")]),
    ("Turnout by age\n18-24s: 41%", [("18/24", *AGE), ("41", "percent", "percentage_share")]),
    # class-discover-p: an age denied in a correction ("He is 27, not 37") is an age too
    (
        "Correction: the rider, Tom Hale, was misidentified. He is 27, not 37.",
        [("27", *AGE), ("37", *AGE)],
    ),
    # late-kinds7: persons who must be of an age named with a phrase of a preposition after them
    ("Riders in the junior class must be under 14, the federation said.", [("14", *AGE)]),
    ("Swimmers on the open-water course have to be 16 or over.", [("16", *AGE)]),
    # late-kinds7: a superlative of age with a name in commas, or persons after it, before "is N"
    ("The oldest, Ana Ruiz, is 67 and sailing her 20th regatta.", [("67", *AGE)]),
    ("The youngest rider, Tomasz Nowak, is 19.", [("19", *AGE)]),
    # fixwalk40-a: a superlative of age and a person's noun in the singular, with the group or
    # event after "of", "in" or "at the" ("the youngest finisher of the 10km fun run was 9")
    ("The youngest finisher was 13, the organisers said.", [("13", *AGE)]),
    ("The oldest entrant in the ploughing match was 88.", [("88", *AGE)]),
    ("The youngest graduate of the police academy is 20.", [("20", *AGE)]),
    # late-kinds7: a second count of persons after a count taken "of the" persons
    (
        "Officials said 30 of the new members were men and 12 were over 70.",
        [("30", "people", "count"), ("12", "people", "count"), ("70", *AGE)],
    ),
    # late-kinds8: a second superlative of age with its verb left out; an animal's age after it in
    # years or months; a pet or a person named in commas before "is N"
    ("The youngest patient treated was 3 and the oldest 92.", [("3", *AGE), ("92", *AGE)]),
    ("Reserve champion Texel ewe, 4 years: Ann Moffat.", [("4", *AGE)]),
    ("Champion Angus bull, 20 months, sold for $9,000.", [("20", *AGE), ("9000", "USD", "money")]),
    ("Our terrier, Pip, is 12 and still chases the postman.", [("12", *AGE)]),
    # late-kinds11: a person's age on the day of the column, an age statistic after a line's figure
    # and a dash, a second superlative after a comma, an age band in ratings copy
    ("1949: Tomas Lind, the sprinter, who is 77 today.", [("1949", "year", "date"), ("77", *AGE)]),
    ("47 – average age of the new members", [("47", *AGE)]),
    (
        "Of the 40 runners, the youngest was 12, the oldest 71",
        [("40", "people", "count"), ("12", *AGE), ("71", *AGE)],
    ),
    (
        "Among the 25-49 group that advertisers want, the quiz averaged 210,000 viewers.",
        [("25/49", *AGE), ("210000", "people", "count")],
    ),
    # late-kinds13: a percent right before the copula of an age bound ending its clause
    (
        "The island has 4,100 residents; about 35% are over 65.",
        [("4100", "people", "count"), ("35", "percent", "percentage_share"), ("65", *AGE)],
    ),
    # late-kinds14: a bare number after a listing line's sex and breed, before the weight or ending
    # its sentence, is the animal's age in years
    ("ROSIE\nFemale beagle, 5, 11kg. Rosie loves long walks.", [("5", *AGE), ("11", "other", "other")]),
    ("PIP\nMale African grey parrot, about 30. Pip talks all day.", [("30", *AGE)]),
    # ... and a span after "under" or "over" right after animals or the young is a bound on their age
    ("Puppies under ten weeks stay with the litter.", [("10", *AGE)]),
    ("Staff over six months get a bonus.", [("6", "other", "duration")]),
]
NEGATIVE_EXAMPLES: list[str] = [
    # class-names7: an opening "At 9," before "the" and an office only a grown-up holds is the hour
    "At 9, the minister arrived at the flooded village.",
    # ... a clock hour where the text speaks of the time of day, or no "-ing" taken up
    "The shop opened at 8am. At 9, he left for the bank.",
    "She began queuing at 6 that morning.",
    "He started work at 9.",
    # class-times3: ... or a proceeding's verb in the clause after an opening "At 11,"
    "At 11, the judge called a short recess.",
    "At 12, the speaker suspended the sitting for an hour.",
    "He was about the age of one of her sons.",  # "one of": a pronoun
    "In March, the talks resumed.",
    "The men over there left.",
    # class-ages2: an under-N team names its grade (p593's call), and an age left vague
    "Ireland's Under-21 squad flew to Oslo.",
    "The suspect, a 40-something accountant from Leeds, was released on bail.",
    "The shop sells aged cheese and cured ham from local farms.",
    "Temperatures were in the 30s all week.",
    # class-ages3: an ordinal birthday, a teenager, a decade of life (rules, table 8: no number)
    "She celebrated her 90th birthday with a swim in the sea.",
    "A teenager was arrested after the crash in Limerick.",
    "He is in his 20s and works as a courier in Lyon.",
    # late-formats2: a reason given, no age
    "He gave his reasons in a letter to the board.",
    # late-kinds11: a band of a group with no audience or persons named is no age
    "The 20-40 group of ministers met in Geneva.",
]
# look-alikes that are other figures, not ages
LOOK_ALIKES: list[tuple[str, Expected]] = [
    # no space between initials: a place's abbreviation, not a name
    ("In the U.S., 46 people died.", [("46", "people", "count")]),
    # "turn" before a unit or a noun, or a bend of a racetrack: no age
    ("Turning 40 degrees to port, the ship avoided the reef.", [("40", "other", "other")]),
    ("The firm turned 300 acres into a park.", [("300", "other", "other")]),
    ("Farmers turning 40 hectares into a reserve get a grant.", [("40", "other", "other")]),
    # a bound with a unit after it, after a doer's plural: a measure, not an age
    ("Speed cameras caught 40 drivers over 80 km/h.", [("40", "people", "count"), ("80", "other", "other")]),
    ("Numbers over 40 are rare.", [("40", "count", "count")]),
    ("The number, 45, was wrong.", [("45", "count", "count")]),
    ("The share over 12 months rose.", [("12", "other", "duration")]),
    # a superlative of age before a year, an age in years or a counted noun: no bare age
    (
        "The oldest was built in 1910. The oldest is 12 years old. The youngest team has 12 players.",
        [("1910", "year", "date"), ("12", "other", "count"), ("12", "people", "count")],
    ),
    # ... not a score after a team's noun (ends under five apart)
    ("The women 21-24 loss ended the run.", []),
    ("Its age 4 rating was kept.", [("4", "count", "count")]),  # "age N" after no persons
    ("My son is 2 metres tall.", [("2", "other", "other")]),
    ("He retired at 60 to 65 days later.", [("60/65", "days", "duration")]),
    ("You can buy the shares at 40, the broker said.", [("40", "count", "count")]),
    ("In London, 25 people were hurt.", [("25", "people", "count")]),
    # a thing's noun before a bare number in commas is no person
    ("The group's profits, 34, fell.", [("34", "count", "count")]),
    ("In Port-au-Prince, 25 people were hurt.", [("25", "people", "count")]),
    ("By mid-March, 40 firms had left.", [("40", "count", "count")]),
    ("Flights to over 30 countries resumed.", [("30", "count", "count")]),
    ("Votes cast in Leeds, 41. Then more came.", [("41", "count", "count")]),
    ("The total, 34, was low.", [("34", "count", "count")]),
    ("The storm left casualties under 40 in all.", [("40", "people", "count")]),
    ("She was 5 shots clear.", [("5", "count", "count")]),
    ("He is 12 points ahead.", [("12", "count", "count")]),
    ("The men, 34, left.", [("34", "count", "count")]),
    # a word in capitals or opened by a small letter is no name
    ("Sales at the NEA, 34, were flat.", [("34", "count", "count")]),
    ("Stalls in the zócalo, 40, were fined.", [("40", "count", "count")]),
    ("He served a six-year term.", [("6", "year", "duration")]),
    ("The five-year olive harvest plan was cut.", [("5", "year", "duration")]),
    # a span of time in a sentence on an average age stays a duration
    ("The average age of staff rose over 10 years.", [("10", "year", "duration")]),
    ("The median age fell for 3 years in a row.", [("3", "year", "duration")]),
    ("The average age was unchanged, as it was 20 years ago.", [("20", "year", "duration")]),
    ("I was 12 points behind at the turn.", [("12", "count", "count")]),
    # a number word after "she was" that a noun or "of" follows counts something, or is no figure
    ("She was one of the founders.", []),
    # "at N": a level, a clock hour, a number with its noun, or no person before it
    ("He said the index closed at 17, down from 19.", [("17", "other", "other"), ("19", "other", "other")]),
    # (a time of arriving is a clock time, no row: rules, table 8; digit_groups.is_clock_hour)
    ("He arrived at 11 and left at noon.", []),
    # a plural noun after the number word is what it counts
    ("Sales to children under two schemes rose.", [("2", "count", "count")]),
    # "which is N" speaks of no person; "who is N" with a unit after it measures something else
    ("The tower, which is 83, was rebuilt.", [("83", "count", "count")]),
    ("The centre, who is 7ft tall, signed on Monday.", [("7", "other", "other")]),
    ("She finished at 18 under par.", [("18", "count", "count")]),
    ("The bids opened at 40, the agency said.", [("40", "count", "count")]),
    ("He was three goals short of the record.", [("3", "count", "count")]),
    # a number word after "under" with a noun after it counts the noun
    ("Sales to families under two schemes rose.", [("2", "count", "count")]),
    ("The mill buys logs 40 years or older.", [("40", "year", "duration")]),
    # a number with a noun after it in such a sentence counts the noun
    ("The average age of the 12 players is 27.", [("12", "people", "count"), ("27", *AGE)]),
    ("The median age rose 2 percent.", [("2", "percent", "percent_change")]),
    ("The pension age debate lasted 14 months.", [("14", "other", "duration")]),
    # "the age" with no age statistic named before it is no age statistic
    ("In the age of streaming, sales fell to 40.", [("40", "count", "count")]),
    ("Stage 4 of the race starts at age-old Troyes.", []),
    # ... nor after the statistic's clause has ended
    (
        "The median age rose to 41.9 years from 39.8, while the fertility rate fell to 1.5 births per woman from 1.7.",
        [("41.9", *AGE), ("39.8", *AGE), ("1.5", "other", "other"), ("1.7", "other", "other")],
    ),
    # a tally in brackets after a name, listed or with sport words after it, and a party's seats
    (
        "Top scorers this season: Tomas Varga (21), Luis Ocampo (17).",
        [("21", "count", "count"), ("17", "count", "count")],
    ),
    ("Opener Dean Pillay (67) steadied the innings.", [("67", "count", "count")]),
    ("He lost to the Liberal Democrats (11) in the north.", [("11", "count", "count")]),
    # "over" a number no one lives to, before a compound and its plural noun: a count
    (
        "The club drew 2.1 million fans over 280 home games.",
        [("2100000", "people", "count"), ("280", "count", "count")],
    ),
    # a contraction before a number with a unit, and an acronym in brackets before a span
    ('"I\'m 10 minutes away," he said.', [("10", "other", "duration")]),
    (
        "The Office for Budget Responsibility (OBR), 12 months ago, warned of it.",
        [("12", "other", "duration")],
    ),
    # class-ages2: a bracketed tally beside another name with no relative between stays a list
    (
        "Erling Haaland (22) and his team-mate Mo Salah (18) lead the scorers.",
        [("22", "count", "count"), ("18", "count", "count")],
    ),
    ("The 1990-95 cohort was the largest.", [("1990/1995", "year", "date")]),
    # what a thing must be is no age: a unit after the number
    ("Bags must be under 23 kg to fly free.", [("23", "other", "other")]),
    # "came of age" after a span of years is no age
    ("The festival came of age after 18 years.", [("18", "year", "duration")]),
    # class-ages3: "a man of" with a unit or a counted plural after the number; a group's members;
    # "At N" and "Now N" with no person after them
    ("The suspect was described as a man of 70 kilograms.", [("70", "other", "other")]),
    ("A veteran of 40 campaigns, she stood down.", [("40", "count", "count")]),
    ("A litter of five was found.", [("5", "count", "count")]),
    (
        "At 63 per cent, turnout was the highest since 1992.",
        [("63", "percent", "percentage_share"), ("1992", "year", "date")],
    ),
    ("At 21, the score was level.", [("21", "count", "count")]),
    ("At 30, Apple looks cheap, the analyst said.", [("30", "count", "count")]),
    (
        "Of the 120 shops on the street, now 58 remain open.",
        [("120", "count", "count"), ("58", "count", "count")],
    ),
    ("Stocks, 70-plus, rose.", [("70", "count", "count")]),
    ("The deficit is still only 3 and falling.", [("3", "count", "count")]),
    (
        "She joined the firm at 19, when the unit would be at 40 staff.",
        [("19", *AGE), ("40", "people", "count")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ALL_EXAMPLES + LOOK_ALIKES, ids=case_ids("ages", ALL_EXAMPLES + LOOK_ALIKES)
)
def test_age_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("ages-not", NEGATIVE_EXAMPLES))
def test_age_look_alikes_yield_nothing(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The retirement age rises from 65 to 67.", "retirement age (unit: years of age)"),
        ("The median age of nurses is 44.", "median age (unit: years of age)"),
        # another clause: an age of its own
        ("The average age of staff is 40, and Ms Reyes, 52, is the oldest.", "age (unit: years of age)"),
    ],
)
def test_an_age_after_an_age_statistic_is_named_by_it(text: str, subject: str):
    from analysis.article import article_from_text
    from analysis.extract import extract_figures

    assert extract_figures(article_from_text(text, "case"))["subject"].tolist()[-1] == subject


def test_find_ages_gives_quote_and_number_spans():
    body = "Ms Okafor, 44, said"
    assert list(ages.find_ages(body, body.lower())) == [(3, 11, 13, 44)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The court heard that Tomas Reyes (37) had lied.", "Tomas Reyes (37)"),
        ("The court fined Tomasz Nowak (45 years) on Monday.", "Tomasz Nowak (45 years)"),
        ("Ms Okafor, 44, said she was relieved.", "Okafor, 44"),
    ],
)
def test_an_age_quote_closes_the_bracket_it_opens(text: str, quote: str):
    from analysis.article import article_from_text
    from analysis.extract import extract_figures

    assert extract_figures(article_from_text(text, "case"))["quote"].tolist() == [quote]


AGE_FRAGMENTS = tuple("age|Aged|aged |ages of |AGE|wage |year|-year| years|-old| old|İ|5|31| |\n".split("|"))


@given(st.lists(st.sampled_from(AGE_FRAGMENTS), max_size=24).map("".join))
def test_patterns_tried_at_their_word_match_as_a_full_scan(body: str):
    lower = body.lower()
    aged = ages.matches_at_word(ages.RE_AGED, body, lower, "age")
    old = ages.matches_at_word(ages.RE_YEAR_OLD, body, lower, "year", lead=1)
    assert [m.span() for m in aged] == [m.span() for m in ages.RE_AGED.finditer(body)]
    assert [m.span() for m in old] == [m.span() for m in ages.RE_YEAR_OLD.finditer(body)]
