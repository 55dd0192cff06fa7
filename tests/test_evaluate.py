from __future__ import annotations

import pytest

from analysis.article import load_article
from analysis.evaluate import (
    Score,
    content_words,
    evaluate_folder,
    read_gold,
    score_article,
    subjects_agree,
    values_equal,
)

# Issue 8: the whole development set (d01-d10 included) must reach 0.95; the bars below are
# what the engine reaches now and only ever go up. The on-topic part keeps its 0.95.
WHOLE_F1_BAR = 0.98
WHOLE_KIND_BAR = 0.96
ON_TOPIC_F1_BAR = 0.95
ON_TOPIC_KIND_BAR = 0.95
# Subject agreement on the whole development set: 0.498 after the second-edition rules, 0.727 with
# subjects read from the clause (figures/subjects.py), 0.935 with the later subject rules, 0.939 with
# the rules by class of error (a verb that names the measure, a benchmark, "or" restating a change).
# Issue 8 asks 0.80 on the kept-apart sets.
SUBJECT_BAR = 0.93
# The probe set (tests/corpus/probe, see its README section): invented articles labelled blind,
# before any extraction run, on topics the engine was not developed on. Blind, the business and
# economy articles p01-p08 scored F1 0.932 (kind 0.928, subject agreement 0.787); the general-news
# articles p11-p18 scored F1 0.908 (kind 0.991, subject agreement 0.713). The rules made for their
# misses brought the whole folder to F1 0.989, kind 0.991, subject agreement 0.827 (p01-p08 alone
# 0.85, p11-p18 alone 0.807). General rules for the classes still missed (rate levels of loan
# products, pay rises, members that are countries, counts after "and"-joined modifiers, ellipsis,
# "one" meaning "a", gap subjects) then brought it to F1 0.998, kind 1.000, subject agreement 0.838.
# A second blind set on business, economy and public money, p21-p28 (blind commit 6d2adc4), scored
# F1 0.962 (kind 0.979, subject agreement 0.848) blind; the rules made for its misses brought it to
# F1 0.998, kind 1.000, subject agreement 0.891, and the whole folder (p01-p08, p11-p18, p21-p28)
# to F1 0.999, kind 1.000, subject agreement 0.865 (p01-p18 alone 1.000, 1.000, 0.851).
# A second blind set on general news, p31-p38 (blind commit 5966eb8), scored F1 0.923 (kind 0.974,
# subject agreement 0.788) blind; the rules made for its misses brought it to F1 0.992, kind
# 0.996, subject agreement 0.845, and the whole folder (p01-p38) to F1 0.997, kind 0.999,
# subject agreement 0.860.
# A third blind set on science, tech and society, p51-p58 (blind commit b1d6f55), scored F1 0.946
# (P 0.940, R 0.952, kind 0.986, subject agreement 0.771) blind; the rules made for its misses
# brought it to F1 0.998, kind 1.000, subject agreement 0.858; with the next paragraph's rules merged,
# the whole folder (p01-p58) reaches F1 1.000, kind 1.000, subject agreement 0.870.
# General rules for the classes those probes still missed (race times and distances, "one-bedroom",
# a compared percent's kind, shares before a verb or in apposition to a count, participle
# clauses, what a duration is the length of, money purposes cut at a phrase end) brought the
# whole folder to F1 1.000, kind 1.000, subject agreement 0.871.
# A third blind set on general news, p41-p48 (blind commit c7550c9), scored P 0.897, R 0.900,
# F1 0.899 (kind 0.982, subject agreement 0.783) blind; the rules made for its misses brought it
# to F1 0.975, kind 1.000, subject agreement 0.796 (0.816 with the rules above merged).
# With all three branches merged: p41-p48 F1 0.975, kind 1.000, subject agreement 0.821; p51-p58
# F1 0.998, kind 1.000, subject agreement 0.853; the whole folder (p01-p58, 1,438 gold rows) F1
# 0.995, kind 1.000, subject agreement 0.863. The bars below are those levels floored to two
# decimals and only ever go up.
# Rules by class of subject error (a verb that names a group or a measure: "employs", "holds",
# "cost", "valuing ... at"; a sentence opening with "It"; a race's distance; a stock's price; the
# noun before "aged"; a benchmark "short of the N"; "by"/"to" after a comma; "or N%" restating a
# change; what is done in a period) brought the whole folder's subject agreement to 0.881 (dev
# 0.939), F1 and kind unchanged.
# General rules for the classes the earlier probes left (a hyphened capital unit symbol, averages
# per owner, members of institutions, "all six", race distances, ages in months, one table of
# clause words) then brought the folder to F1 0.999, kind 1.000, subject agreement 0.880 (p42's
# members, p46's averages and p56's "all six" found; dev subject agreement 0.939).
# A fourth blind set on business, economy, science and society, p71-p78 (blind commit 608d631),
# scored P 0.923, R 0.934, F1 0.928 (kind 0.971, subject agreement 0.797) blind; the rules made for
# its misses brought it to F1 0.979, kind 0.996, subject agreement 0.813 (0.826 with the subject
# rules above merged), and the whole folder (p01-p58 and p71-p78, 1,694 gold rows), with every
# rule above merged, to F1 0.996, kind 0.999, subject agreement 0.872.
# A fourth blind set on general news, p61-p68 (blind commit ef820af: an earthquake, a jury verdict,
# a monsoon flood, a cocaine seizure, a minimum wage, an energy price cap, an aid appeal, a football
# transfer), scored P 0.952, R 0.939, F1 0.945 (kind 0.991, subject agreement 0.821) blind; the
# rules made for its misses brought it to F1 0.996, kind 1.000, subject agreement 0.862, and the
# whole folder (p01-p68, 1,668 gold rows), with the rules above merged, to F1 0.998, kind 1.000,
# subject agreement 0.879 (p01-p58 alone 0.999, 1.000, 0.881). With both fourth sets merged, the
# whole folder (p01-p78, 1,924 gold rows) reaches F1 0.997, kind 0.999, subject agreement 0.872 (p61-p68
# 0.996, 1.000, 0.867); the bars are those levels floored.
# A fifth blind set on general news, p81-p88 (blind commit 44e2c3f: an obituary, a ferry disaster,
# a council budget, a drought and water rationing, prison overcrowding, a volcanic eruption, a
# tennis final, a snowstorm; 238 gold rows), scored P 0.941, R 0.945, F1 0.943 (kind 0.996, subject
# agreement 0.773) blind, engine at 42100e1; the rules made for its misses brought it to F1 0.998,
# kind 1.000, subject agreement 0.883, and the whole folder (p01-p88, 2,162 gold rows) to F1 0.997,
# kind 1.000, subject agreement 0.873: the bars hold; with the fifth set's business half (p91-p98)
# merged, the whole folder (p01-p98, 2,414 gold rows) reaches F1 0.995, kind 1.000, subject
# agreement 0.873.
# Rules by class of subject error (an "N-year" bond's maturity, "cases of X", "within" a span, verbs
# of investing and fining, "the N% rise" told before, a share named by its verb, distances "off" a
# place, "will range from", rates before a change verb, "Another N", participles after a comma,
# gapped clauses, ", down from N%", "N of them were", "can hold", "N years ago", "of" after "an")
# brought the subject agreement of p01-p78 from 0.872 to 0.890 (1,472 of 1,654 judged rows; dev
# 0.939 held), F1 and kind unchanged; merged with both halves of the fifth probe and their rules,
# the whole folder (p01-p98, 2,414 gold rows) from 0.873 to 0.887 (p01-p78 0.889).
# The fifth blind set's business half, p91-p98 (blind commit f1bba28: an IMF review, an Indian firm's
# results in crore, gold per tola and the rupee, a sovereign rating, a data-breach fine, store
# closures, an airport expansion, rice exports; 252 gold rows), scored P 0.919, R 0.901, F1 0.910
# (kind 0.987, subject agreement 0.872) blind, engine at 42100e1; with every rule of this round
# merged it is at F1 0.984, kind 1.000, subject agreement 0.878 (p81-p88: 0.998, 1.000, 0.879).
# Rules by class of subject error, round five (verbs of a highest level, money paid or sought,
# "costs" past a measurement, ", up from" further off, "bringing its total to", a predicate joined
# by "and", a span a sum is spread over, a name's acronym, a person's age as an aside, charges and
# frozen levels) brought the whole folder's subject agreement (p01-p98, 2,073 judged rows) from
# 0.887 to 0.897 (p01-p78 0.889 -> 0.895, p81-p88 0.879 -> 0.903, p91-p98 0.878 -> 0.906; dev
# 0.939 held), F1 and kind unchanged.
# Rules by class of value, unit and kind error ("either A or B" as two figures; spans counted with
# words before their unit; "N below zero Celsius"; tiers of a scale; audiences; bowling averages;
# abbreviations defined in brackets; rating points past 100; carry-over past an approximation
# word; short answers with a count's noun; a number set against a habit with the same verb; an
# age statistic after a participle or as "the age") brought the whole folder (p01-p98, 2,414 gold
# rows) from P 0.995, R 0.995, F1 0.995 to P 0.9996, R 1.000, F1 0.9998, kind 1.000, subject
# agreement 0.887 (1,848 of 2,084 judged rows; dev 1.000, kind 0.981, subject agreement 0.939 held);
# with round five's subject rules merged, subject agreement 0.896 (1,868 of 2,084).
# A sixth blind set on politics, the economy, markets and a tribunal, p111-p118 (blind commit 42ee29c:
# a public-debt report, a telecom's results, a labour force survey, remittances, an electoral map, the
# national accounts, copper prices, an unfair-dismissal award; 244 gold rows), scored P 0.923, R 0.881,
# F1 0.901 (kind 0.972, subject agreement 0.796) blind, engine at 42ee29c (0.936, 0.893, 0.914, 0.972,
# 0.799 after one label change by the rules' table 4); the rules made for its misses brought it to F1
# 0.986, kind 0.996, subject agreement 0.806 (0.815 with round five's subject rules merged), and the
# whole folder (p01-p98 and p111-p118, 2,658 gold rows), with round five merged, to F1 0.995, kind
# 0.999, subject agreement 0.889 (2,035 of 2,289 judged rows): the subject bar is that level floored.
# The sixth set's other half, p101-p108 (blind commit 89504bb: a singer's tour, an elephant census, a
# mine rescue, a marathon, drug deaths, a teacher survey, mosquito releases, a fossil; 244 gold rows),
# scored P 0.889, R 0.885, F1 0.887 (kind 0.995, subject agreement 0.833) blind, engine at 08aba22;
# both halves blind (488 rows): P 0.905, R 0.883, F1 0.894, kind 0.984, subject agreement 0.814, the
# lowest F1 of the six probes. With every rule of this round merged, the sixth set is at F1 0.982,
# kind 0.996, subject agreement 0.822, and the whole folder (p01-p118, 2,902 gold rows) at F1 0.997,
# kind 0.999, subject agreement 0.884.
# A seventh blind set in three parts, p121-p128, p131-p138 and p141-p148 (blind commits e9feb17,
# 3346012 and 545b3d7: Gulf, Middle Eastern and Asian business desks; sport, courts, an election,
# health, climate and space; agriculture, energy, a council, a tax explainer and a feature, as
# African, South Asian, Latin American and European desks write them; 783 gold rows), scored P 0.899,
# R 0.894, F1 0.896 (kind 0.989, subject agreement 0.839) blind, engine at 6c0b6d1. With the rules
# made for its misses, and rules by class of value and subject error made without it, it is at F1
# 0.996, kind 0.997, subject agreement 0.880, and the whole folder (p01-p148, 3,686 gold rows) at
# F1 0.999, kind 0.999, subject agreement 0.904: the subject bar is that level floored.
# An eighth blind set in three parts, p151-p158, p161-p168 and p171-p178 (blind commits cbcc888,
# 5b98baa and 000ba03: African desks on the economy, farming, mining, health and the courts; desks of
# the Caribbean, the Americas, the Pacific and Central/Eastern Europe on business, transport and city
# news; sport, science, culture and consumer news; 782 gold rows), scored P 0.904, R 0.855, F1 0.879
# (kind 0.993, subject agreement 0.831) blind, engine at efe46f2. With the rules made for its misses,
# and rules by class of value and subject error made without it, it is at F1 0.997, kind 0.999,
# subject agreement 0.900, and the whole folder (p01-p178, 4,468 gold rows) at F1 0.999, kind 1.000,
# subject agreement 0.913; the bars stay where they were.
# A ninth blind set in three parts, p181-p188, p191-p198 and p201-p208 (blind commits c6e389f,
# 1245082 and 12fc043: West and Central Asian desks on the economy, energy, property and the courts;
# desks of Europe and the Americas on housing, health, transport and politics; measurement-heavy
# beats such as air quality, grain futures, a cattle sale and darts; 816 gold rows), scored P 0.930,
# R 0.901, F1 0.915 (kind 0.990, subject agreement 0.892) blind, engine at a2cecea. With the rules
# made for its misses, and rules made without it, it is at F1 0.999, kind 0.998, subject agreement
# 0.913, and the whole folder (p01-p208, 5,284 gold rows) at F1 0.999, kind 0.999, subject agreement
# 0.922; the bars stay where they were.
# A tenth blind set in three parts, p211-p218, p221-p228 and p231-p238 (blind commits 5b3213a,
# 7608e7b and 06ed622: East, South-East and South Asian desks; African desks; measurement-heavy
# beats such as drill results, a car review, a recipe and an air accident report; 814 gold rows as
# committed blind), scored P 0.923, R 0.910, F1 0.917 (kind 0.991, subject agreement 0.862) blind,
# engine at 4803ea9. With the rules made for its misses, and rules made without it, it is at F1
# 0.996, kind 1.000, subject agreement 0.894 (812 rows: labelling slips mended, one row added and
# three dropped by the rules), and
# the whole folder (p01-p238, 6,096 gold rows) at F1 0.999, kind 1.000, subject agreement 0.918;
# the bars stay where they were.
# An eleventh blind set in three parts, p241-p248, p251-p258 and p261-p268 (blind commits 86a1a86,
# 2f7573f and 4bcd3bc: desks of Europe's edges and the Caucasus; of Central America, the Caribbean,
# South America and Egypt; measurement-heavy beats such as a phone review, an NBA game and a storm
# warning; 852 gold rows), scored P 0.937, R 0.937, F1 0.937 (kind 0.989, subject agreement 0.855)
# blind, engine at ec1709f. A twelfth, p271-p276 and p281-p286 (blind commits b2b208b and 63b4083:
# local and regional news; institutional and specialist copy; 460 gold rows), scored F1 0.967
# (kind 0.987, subject agreement 0.876) blind, engine at 91a2001. With the rules made for their
# misses they are at F1 0.998 and 0.993, kind 1.000, subject agreement 0.883 and 0.905, and the
# whole folder (p01-p286, 7,408 gold rows) at F1 0.999, kind 1.000, subject agreement 0.914; the
# bars stay where they were.
# A thirteenth blind set in three parts, p291-p296, p301-p306 and p311-p316 (blind commits bdc9442,
# d6188fb and e5164f7: sub-Saharan African desks; Balkan and eastern European desks; news formats
# such as a fact-check, a live blog and an interview transcript; 595 gold rows), scored P 0.940,
# R 0.887, F1 0.913 (kind 0.966, subject agreement 0.887) blind, engine at cc21784. A fourteenth,
# p321-p326 and p331-p336 (blind commits b10a81c and 48578af: Central Asian and Pacific desks;
# specialist and trade desks; 420 gold rows), scored F1 0.899 (kind 0.987, subject agreement 0.825)
# blind, engine at 1bcb02a; a fifteenth, p341-p346 and p351-p356 (blind commits f573bbb and 7f34bdd:
# Latin American and Portuguese desks; lifestyle and consumer desks; 430 gold rows), F1 0.933 (kind
# 0.958, subject agreement 0.805) blind, engine at 7e77eb6. With the rules made for their misses
# they are at F1 0.992, 1.000 and 0.991. A sixteenth, p361-p366 and p371-p376 (blind commits 51711b3
# and f13d6e3, 371 gold rows), scored F1 0.911 (kind 0.983, subject agreement 0.885) blind on the
# session's final engine, 215b338, and has no rules for its misses yet. The whole folder (p01-p376,
# 9,224 gold rows) is at F1 0.995, kind 0.998, subject agreement 0.911; the bars stay where they were.
# The next session gave the sixteenth its rules (F1 1.000 and 0.995 on its two parts) and added a
# seventeenth, p381-p386, p391-p396 and p401-p406 (blind commits 93dc96f, d3edb25 and ca0d128: West
# African desks; sports desks; news formats such as a Q&A, a "by the numbers" list and a
# corrections box; 593 gold rows), blind F1 0.980, 0.903 and 0.856 (subject agreement 0.920, 0.746,
# 0.810), and an eighteenth, p411-p416, p421-p426 and p431-p436 (blind commits 20a997d, 162400f and
# c2b0a06: North African, Middle Eastern and Afghan desks; Caribbean desks; technology desks; 598
# gold rows), blind on that session's engine with every other rule merged (adb03c5): P 0.954,
# R 0.963, F1 0.958, kind 0.995, subject agreement 0.862. With the rules made for their misses the
# whole folder (p01-p436, 10,416 gold rows) is at F1 0.998, kind 0.999, subject agreement 0.910; the
# bars stay where they were. The session after it added a nineteenth probe in four parts, p441-p476
# (blind commits 4aa1b0b, c7fefa3, 1a4ddf0 and 6656d6e; 801 gold rows), blind F1 0.919 (subject
# agreement 0.825), with rules for its misses, and a twentieth, p481-p506 (blind commits 38255d7,
# 5498991 and 73b9b34; 545 gold rows), scored blind on that session's final engine (29e83c1): F1
# 0.961, kind 0.981, subject agreement 0.887, with no rules yet. The whole folder (p01-p506, 11,762
# gold rows) is at F1 0.996, kind 0.998, subject agreement 0.911 (p01-p436: 0.998, 0.999, 0.914).
# The next session worked the twentieth's misses by class (now F1 0.999, kind 1.000, subject
# agreement 0.913) and added a twenty-first, p511-p536 (blind commits 41d8527, 1f12c2f and 17c3392;
# 612 gold rows), scored blind on that session's final engine (7757b7b): F1 0.922, kind 0.988,
# subject agreement 0.851, with no rules for it. The whole folder (p01-p536, 12,374 gold rows) is
# at F1 0.995, kind 0.998, subject agreement 0.913; the bars stay where they were.
# The session after worked the twenty-first's misses by class (now F1 0.993, kind 1.000, subject
# agreement 0.921) and added a twenty-second, p541-p566 (blind commits 88df497, a3c6202 and d62fc14;
# 614 gold rows), scored blind on that session's final engine (1fa35e0): F1 0.920, kind 1.000,
# subject agreement 0.854, with no rules for it. The whole folder (p01-p566, 12,988 gold rows) is
# at F1 0.995, kind 0.999, subject agreement 0.914; the bars stay where they were.
# The next session worked the twenty-second's misses by class (now F1 1.000, kind 1.000, subject
# agreement 0.918) and added a twenty-third, p571-p596 (blind commits 444ffd4, 94af59a and 989d763;
# 672 gold rows), scored blind on that session's final engine (33f5b22c): F1 0.951, kind 0.998,
# subject agreement 0.856, with no rules for it. The whole folder (p01-p596, 13,660 gold rows) is
# at F1 0.996, kind 0.999, subject agreement 0.915; the bars stay where they were.
# The next session worked the twenty-third's misses by class (now F1 1.000, kind 1.000, subject
# agreement 0.937) and added a twenty-fourth, p601-p626 (blind commits df1036b, 21645b6 and e91c562;
# 646 gold rows), scored blind on that session's final engine (c409789f): F1 0.950, kind 0.984,
# subject agreement 0.879, with no rules for it. The whole folder (p01-p626, 14,306 gold rows) is
# at F1 0.997, kind 0.999, subject agreement 0.918; the bars stay where they were.
# The next session worked the twenty-fourth's misses by class (now F1 0.999, kind 1.000, subject
# agreement 0.949) and added a twenty-fifth, p631-p656 (blind commits 622e259, 5620af4 and 32a98fb;
# 671 gold rows), scored blind on that session's final engine (9735be72): F1 0.940, kind 0.986,
# subject agreement 0.908, with no rules for it. The whole folder (p01-p656, 14,977 gold rows) is
# at F1 0.996, kind 0.999, subject agreement 0.921; the bars stay where they were.
# The next session worked the twenty-fifth's misses by class (now F1 1.000, kind 0.999, subject
# agreement 0.958) and added a twenty-sixth, p661-p686 (blind commits 75035f8, 9a3f49f2 and
# 3073fa45; 674 gold rows), scored blind on that session's final rule engine (6c044a2d): F1 0.943,
# kind 0.988, subject agreement 0.880; six late class helpers then took its misses (now F1 0.999,
# kind 1.000, subject agreement 0.880). The whole folder (p01-p686, 15,651 gold rows) is at F1
# 0.999, kind 0.999, subject agreement 0.922; the bars stay where they were.
# The next session worked the twenty-sixth's leftovers by class (now F1 1.000, kind 1.000, subject
# agreement 0.941) and added a twenty-seventh, p691-p716 (blind commits 9bea2b6, b906048 and
# 0352517; 674 gold rows), scored blind on that session's final rule engine (763a5979): F1 0.956,
# kind 0.997, subject agreement 0.836; three late class helpers then took its misses (now F1 0.999,
# kind 1.000, subject agreement 0.841). The whole folder (p01-p716, 16,325 gold rows) is at F1
# 0.999, kind 0.999, subject agreement 0.921; the bars stay where they were.
# The next session worked the last helpers' leftovers by class (the twenty-seventh now F1 1.000,
# kind 1.000, subject agreement 0.914) and added a twenty-eighth, p721-p746 (blind commits
# 28f8780, ba3c676 and de19e7e; 655 gold rows), scored blind on that session's final rule engine
# (5e81deee): F1 0.967, kind 0.994, subject agreement 0.886; four late class helpers then took its
# misses (now F1 1.000, kind 1.000, subject agreement 0.911, with one row the p731 writer left out
# added). The whole folder (p01-p746, 16,981 gold rows) is at F1 0.999, kind 0.999, subject
# agreement 0.924; the bars stay where they were.
# The next session worked the last helpers' leftovers and a new user's walk by class (the
# twenty-eighth now F1 1.000, kind 1.000, subject agreement 0.940) and added a twenty-ninth,
# p751-p776 (blind commits a059c1c, f669b27f and 6ae338bf; 663 gold rows), scored blind on that
# session's final rule engine (d90bf0d0): F1 0.958, kind 0.998, subject agreement 0.860; four late
# class helpers then took its misses (now F1 1.000, kind 1.000, subject agreement 0.888). The
# whole folder (p01-p776, 17,644 gold rows) is at F1 0.999, kind 0.999, subject agreement 0.924;
# the bars stay where they were.
# The next session worked the last helpers' leftovers, a fact-checker's walk and two discovery
# helpers by class (the twenty-ninth now F1 1.000, kind 1.000, subject agreement 0.901) and added a
# thirtieth, p781-p806 (blind commits 613c62b6, bc5cc007 and e2409c5; 662 gold rows), scored blind
# on the starting engine (9ef61d08) and that session's final rule engine (22200301), the same on
# both: F1 0.946, kind 0.995, subject agreement 0.903; four late class helpers then took its misses
# (now F1 0.995, kind 1.000, subject agreement 0.916). The whole folder (p01-p806, 18,306 gold
# rows) is at F1 0.999, kind 0.999, subject agreement 0.925; the bars stay where they were.
# The next session worked the last helpers' leftovers, a data journalist's walk and three discovery
# helpers by class (the thirtieth now F1 1.000, kind 1.000, subject agreement 0.938) and added a
# thirty-first, p811-p836 (blind commits 0a11d476, 453f8cb3 and ad7ef48; 655 gold rows), scored
# blind on the starting engine (79712c1e) and that session's final rule engine (2a021dab): F1 0.958
# on both, kind 0.997, subject agreement 0.864 then 0.866; four late class helpers then took its
# misses (now F1 0.999, kind 1.000, subject agreement 0.906). The whole folder (p01-p836, 18,961 gold
# rows) is at F1 0.999, kind 0.999, subject agreement 0.926; the bars stay where they were.
# The next session worked the last helpers' leftovers, a fact-checker's walk and two discovery
# helpers by class (the thirty-first now F1 1.000, kind 1.000, subject agreement 0.913) and added a
# thirty-second, p841-p866 (blind commits 6fac26de, da28aae1 and 24acb236; 737 gold rows), scored
# blind on the starting engine (67bb9b56) and that session's final rule engine (6ab9b2f2), the same
# on both: F1 0.938, kind 0.997, subject agreement 0.860; four late class helpers then took its
# misses (now F1 0.979, kind 0.999, subject agreement 0.862). The whole folder (p01-p866, 19,698
# gold rows) is at F1 0.999, kind 1.000, subject agreement 0.925; the bars stay where they were.
# The next session worked the last helpers' leftovers, a data journalist's walk and a discovery
# helper by class (the thirty-second now F1 0.994, kind 0.999, subject agreement 0.914) and added a
# thirty-third, p871-p896 (blind commits a5020807, 65c92ab9 and b49d6e99; 641 gold rows), scored
# blind on the starting engine (ee4eb364) and that session's final rule engine (5d3248de): F1 0.956
# on both, kind 0.987, subject agreement 0.884 then 0.889; four late class helpers then took its
# misses (now F1 0.995, kind 0.997, subject agreement 0.892). The whole folder (p01-p896, 20,339
# gold rows) is at F1 0.999, kind 1.000, subject agreement 0.926; the bars stay where they were.
# The next session worked the last helpers' leftovers by class (the thirty-third now F1 0.995,
# kind 0.997, subject agreement 0.899) and added a thirty-fourth, p901-p926 (blind commits 44242af3,
# 81c7cc9f and 34aa2c46; 671 gold rows), scored blind on the starting engine (2b317cd7) and that
# session's first-wave rule engine (76d0c9f1), the same on both: F1 0.966, kind 0.997, subject
# agreement 0.901; two late class helpers then took its misses (now F1 1.000, kind 1.000, subject
# agreement 0.902). The whole folder (p01-p926, 21,010 gold rows) is at F1 0.999, kind 1.000,
# subject agreement 0.926; the bars stay where they were.
# The next session worked the last helpers' leftovers by class (the thirty-fourth now F1 1.000,
# kind 1.000, subject agreement 0.910) and added a thirty-fifth, p931-p956 (blind commits 6628675d,
# c25b7957 and 554ed5ba; 681 gold rows), scored blind on the starting engine (524ddcc7) and that
# session's first-wave rule engine, the same on both: F1 0.961, kind 0.991, subject agreement
# 0.835; three late class helpers then took its misses (now F1 1.000, kind 1.000, subject agreement
# 0.863). The whole folder (p01-p956, 21,691 gold rows) is at F1 0.999, kind 1.000, subject
# agreement 0.924; the bars stay where they were.
# The next session worked the last helpers' leftovers by class and added a thirty-seventh,
# p991-p996, p1001-p1006 and p1011-p1016 (blind commits c923c87d, 7dc106a8 and edf34aad; 727 gold
# rows), scored blind on the starting engine (e71aeeb2): F1 0.942, kind 0.999, subject agreement
# 0.849; three late class helpers then took its misses (now F1 0.988, kind 0.999, subject
# agreement 0.878). The whole folder (p01-p1016, 23,126 gold rows) is at F1 0.999, kind 1.000,
# subject agreement 0.924; the bars stay where they were. The session after it added a
# thirty-eighth, p1021-p1026, p1031-p1036 and p1041-p1046 (blind commits 767cfd93, af0724c6 and
# 15651672; 672 gold rows), scored blind on the starting engine (e2c53d13): F1 0.947, kind 0.994,
# subject agreement 0.861; three late class helpers then took its misses (now F1 0.997, kind
# 1.000, subject agreement 0.910). The whole folder (p01-p1046, 23,798 gold rows) is at F1 0.999,
# kind 1.000, subject agreement 0.924. The next session added a thirty-ninth, p1051-p1056,
# p1061-p1066 and p1071-p1076 (blind commits 5126485d, 0dc73248 and 65d69caf; 726 gold rows), scored
# blind on the starting engine (f6f26b1e): F1 0.945, kind 0.991, subject agreement 0.869; three late
# class helpers then took its misses (now F1 1.000, kind 1.000, subject agreement 0.917). The whole
# folder (p01-p1076, 24,524 gold rows) is at F1 0.999, kind 1.000, subject agreement 0.924. The next
# session added a fortieth, p1081-p1086, p1091-p1096 and p1101-p1106 (blind commits 6c7ef692,
# 206b60f3 and 561984f2; 768 gold rows), scored blind on the starting engine (2701bf89): F1 0.908,
# kind 0.996, subject agreement 0.880; three late class helpers then took its misses (now F1 0.986,
# kind 0.999, subject agreement 0.903). The whole folder (p01-p1106, 25,292 gold rows) is at F1
# 0.998, kind 1.000, subject agreement 0.924; the bars stay where they were.
PROBE_F1_BAR = 0.99
PROBE_KIND_BAR = 0.99
PROBE_SUBJECT_BAR = 0.90
# (the probe set's test is tests/test_whole_corpus.py's, beside the other checks over every article)


def test_seed_precision_and_recall_are_one(corpus_dir):
    article = load_article(corpus_dir / "articles" / "seed.txt")
    score, _ = score_article(article, read_gold(corpus_dir / "gold" / "seed.csv", article))
    assert (score.precision, score.recall) == (1.0, 1.0)


@pytest.fixture(scope="module")
def dev_scores(corpus_dir):
    return evaluate_folder(corpus_dir / "articles", corpus_dir / "gold")


def test_whole_development_set_meets_the_bars(dev_scores):
    scores, total = dev_scores
    assert len(scores) == 17
    assert total.f1 >= WHOLE_F1_BAR, total.line()
    assert total.kind_accuracy >= WHOLE_KIND_BAR, total.line()
    assert total.subject_agreement >= SUBJECT_BAR, total.line()
    assert 0 < total.subject_judged <= total.matched


def test_on_topic_part_of_the_development_set_meets_the_bars(dev_scores):
    scores, _ = dev_scores
    on_topic = [s for s in scores if not s.name.startswith("d")]
    assert len(on_topic) == 7
    matched = sum(s.matched for s in on_topic)
    precision = matched / sum(s.predicted for s in on_topic)
    recall = matched / sum(s.gold for s in on_topic)
    assert 2 * precision * recall / (precision + recall) >= ON_TOPIC_F1_BAR
    assert sum(s.kind_matched for s in on_topic) / matched >= ON_TOPIC_KIND_BAR


def test_subject_agreement_follows_the_scoring_examples():
    gold = "quarterly net profit of the retailer"
    assert subjects_agree("the retailer's net profit", gold)
    assert not subjects_agree("clothing chain", gold)
    assert not subjects_agree("on the quarter to", gold)
    assert not subjects_agree("", gold)


def test_content_words_drop_short_words_plurals_and_unit_and_direction_words():
    assert content_words("Deaths in the floods (repeat)") == {"death", "flood"}
    assert content_words("increase in sales since 2019") == {"sale"}
    assert content_words("wind speed at landfall (unit: miles per hour)") == {"wind", "speed", "landfall"}
    assert content_words("total number of days per year, up and down") == set()
    assert content_words("news of gas") == {"news", "gas"}  # four letters keep their "s"


def test_dates_are_not_judged_for_subjects(seed, corpus_dir):
    gold = read_gold(corpus_dir / "gold" / "seed.csv", seed)
    score, _ = score_article(seed, gold)
    assert score.subject_judged == sum(1 for g in gold if g.kind != "date")
    assert score.subject_judged < score.matched


def test_subject_agreement_is_reported_beside_f1():
    line = Score("x", 4, 4, 4, 4, subject_judged=4, subject_agreed=3).line()
    assert "f1=1.000" in line and line.endswith("subject_agreement=0.750")


def test_values_compare_numbers_loosely_and_strings_exactly():
    assert values_equal("77000000", "7.7e7")
    assert values_equal("0.1", "0.1000000001")
    assert not values_equal("60", "61")
    assert values_equal("2021-08", "2021-08")
    assert not values_equal("--10-07", "2023-10-07")


def test_a_wrong_prediction_lowers_the_score(corpus_dir, monkeypatch):
    import analysis.evaluate as ev

    article = load_article(corpus_dir / "articles" / "seed.txt")
    gold = read_gold(corpus_dir / "gold" / "seed.csv", article)
    real = ev.extract_figures

    def shifted(a):
        frame = real(a)
        frame.loc[frame["unit"] == "USD", "value"] = 1
        return frame

    monkeypatch.setattr(ev, "extract_figures", shifted)
    score, _ = ev.score_article(article, gold)
    assert score.matched == len(gold) - 2
