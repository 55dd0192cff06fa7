r"""Measurement units as news writes them after a number, named and converted with pint.

Which units news uses is chosen here (`PINT_MEASURES`, `OTHER_MEASURES`); how each is written
(names, plurals, British spellings, symbols, prefixes: "metres", "km", "feet", "ha") comes from
pint's own registry, plus the few compound spellings pint does not parse ("kph" is pint's, "sq km"
and "bpd" are listed). Everything is built on first use and cached (nothing at import time).

API (the figures engine depends on these names and forms):

- `unit_alternation() -> str`: a regex alternation (no outer group; grouped by first character
  for speed, longest first within a group) of every unit word and symbol, to match right after a
  number, glued or spaced ("75kg", "90 km/h", "31 degrees Celsius", "1.2 million bpd"). Words
  come first and match in any case (inside `(?i:...)`); symbols are case-sensitive ("mm", "GW",
  "TB"). Put `(?![\w/])` after it.
- `unit_word(text) -> UnitWord | None`: the `measure` of a unit as written and whether it is
  `ambiguous`: "m" (million with money and counts, metres with a length), "pounds" (money
  unless it weighs), "p" (pence, or a page), "nm" (nanometres, or nautical miles), "MP" (megapixels, or members of parliament), "tons" (short or metric), "degrees", "C", "F", bare "points" (percentage
  points in polls, points scored in sport). The engine decides those from context.
- `measure_for(unit_text) -> str | None`: the stable `measure` name. For pint units it is pint's
  canonical unit, `str(ureg.Unit(...))`: singular, US spelling, `/` and `**` with spaces
  ("foot", "kilometer / hour", "mile / hour", "degree_Celsius", "hectare", "kilometer ** 2",
  "barrel / day", "metric_ton", "kilocalorie", "gigawatt", "terabyte", "month"). For the measures
  the labelling rules use that pint lacks, a plain name: "basis point", "percentage point",
  "index point" (a stock-market index's level or move), "rating point" (a player's rating), "twenty-foot equivalent unit" (TEU) and "forty-foot equivalent unit" (FEU, FFE), "million cubic feet" and "thousand million cubic feet" (mcft, tmcft), "million tonnes per annum", "thousand tonnes per annum", "billion cubic metres", "million cubic metres", "million cubic metres per day" and "million barrels per day", "man-sievert" (a collective radiation dose), "thousand barrels per day", "barrels of oil equivalent per day" (and its million and thousand), "million standard cubic feet per day", "billion cubic feet", "billion cubic feet per day", "trillion cubic feet" and "million British thermal units" (mtpa, ktpa, bcm, mcm, mcm/d, mb/d, kb/d, boe/d, mboe/d, kboe/d, mmscfd, bcf, bcf/d, tcf, MMBtu), "million barrels" and "million barrels of oil equivalent" (MMbbl, MMboe), "thousand ounces" and "million ounces" (koz, Moz), "bags per acre" and "bags per hectare" (a yield), "standard cubic feet" and "standard cubic feet per day" (written out), "octane rating" (petrol's grade), "millesimal fineness" and "fineness" (bullion's purity), "grams per tonne" (g/t, an ore's grade), "kilograms of milk solids" (kgMS, a dairy farm's output), "deadweight tonne" (dwt), "gross tonnage" (GT), "petaflops", "exaflops", "teraflops" and "trillion operations per second" (TOPS), "million tonnes of CO2 equivalent" (MtCO2e, and its billion and single tonnes), "million tonnes of oil equivalent" (Mtoe), "ratio", "lunar distance", "frames per second", "beats per minute", "seconds per kilometre" and "seconds per mile" (a heart rate, a pace), "years of age" (and "months of age", "weeks of age", "days of age", "hours of age"), "decade", "magnitude", "category" (hurricane), "mill" (a US property tax rate), "p-value" (a study's P value), "alert level" (an agency's scale of alerts), "load-shedding stage" (a grid operator's scale of power cuts), "Kp index" (geomagnetic activity), "CD4 count", "viral load", "platelet count" and "white cell count" (a blood test's readings) with "copies per millilitre" and "cells per cubic millimetre", "intensity", "night" (a stay's nights, read from a
  subject's label only); and the units of money the rules keep as stated, named from
  `vocab.MINOR_CURRENCY_MEASURES` (the one table): "cent", "penny", "shilling", "crown", "guinea",
  "sen", "paisa", "anna", "pice", "pie", "kobo", "halala", "kuruş", "agora", "satang", "fils",
  "baisa", "tiyin", "tetri", "qapik", "toman", "conventional unit", "penalty unit", "monthly
  calculation index", "piastre", "poisha", "pesewa", "öre", "toea", "centavo", "millime", "rappen",
  "butut", "centime", "dirham" (Libya's), "kopeck", "kopiyka", "ban", "stotinka", "grosz",
  "chhertum", "laari", "pya", "avo", "möngö", "seniti", "sene", "ngwee", "tambala", "thebe",
  "sente", "santim", "cêntimo", "céntimo", "diram", "luma", "fen", "jiao".
- `measure_of_label(label) -> str`: the measure a subject's "(unit: ...)" label names ("months" ->
  "month", "tomans" -> "toman", "nights" -> "night"), "" when none.
- `subject_unit_label(measure) -> str`: the unit for a subject's "(unit: ...)": plural, British
  spelling ("metres", "kilometres per hour", "degrees Celsius", "square kilometres").
- `convert(value, from_measure, to_measure) -> float | None`: the value in another unit, or None
  when the two do not convert (different dimensions, a scale reading, an unknown name).

News "calories" are food calories, so they are `kilocalorie`; a news "barrel" is an oil barrel
(42 US gallons) when converted, though its measure is still named "barrel".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from . import vocab, vocab_cache
from .alternation import grouped_alternation

# this file as imported: a vocabulary cache written by other code is not read (vocab_cache)
_IMPORTED = vocab_cache.source_stamp(__file__)

if TYPE_CHECKING:
    import pint

# pint units news measures in, each with the spellings pint does not derive itself.
PINT_MEASURES: dict[str, tuple[str, ...]] = {
    # length
    "meter": ("vertical metres", "vertical meters"),
    "kilometer": ("kms",),
    "centimeter": (),
    "millimeter": (),
    "micrometer": ("μm", "microns", "micron"),
    "nanometer": (),
    "foot": ("footer", "footers", "vertical feet", "vertical foot"),  # a skier's or a slide's drop
    "inch": (),
    "mile": ("miler", "milers"),
    # "a 52-yarder" (a field goal), "a 12-footer" (a putt, a tall player), "a 10-miler" (a race):
    # a noun made from the unit names a thing that long; American football counts its yards by play
    "yard": (
        "yds",
        "yarder",
        "yarders",
        "rushing yards",
        "passing yards",
        "receiving yards",
        "penalty yards",
        "return yards",
        "total yards",
    ),
    "nautical_mile": ("nautical miles", "nautical mile", "nautical-mile"),  # "a 2,000-nautical-mile race"
    # the racing distance of horse-racing copy ("a seven-furlong maiden", "over 12 furlongs"), and
    # its margins in lengths of a horse ("won by three lengths"); the singular is no unit ("the
    # length of the course"; "a length clear" has no number)
    "furlong": (),
    "horse_length": ("lengths",),
    "light_year": ("light years", "light-years", "light-year"),
    # a distance inside the solar system in Earth-Sun distances ("5.2 astronomical units"); the
    # upper-case "AU" is left out, as it also names the African Union after a year ("the 2026 AU summit")
    "astronomical_unit": (),
    # area
    "hectare": (),
    "acre": (),
    "dunam": ("dunams", "dunum", "dunums", "donum", "donums", "dönüm", "dönüms"),
    "feddan": ("feddans",),
    "manzana": ("manzanas",),  # Central America's farm measure ("a plot of three manzanas")
    "rai": (),
    "mu_of_land": ("mu",),  # "1.2 million mu of farmland"
    # the floor area homes are sold by in Taiwan, Japan and Korea ("NT$1 million per ping", "a
    # 30-tsubo flat", "84 pyeong"), and the land measures of Pakistan's, India's, Nepal's and
    # Bangladesh's property pages ("a 10-marla house", "two kanals", "five bighas")
    "ping": ("pings",),
    "tsubo": (),
    "pyeong": ("pyong", "pyongs"),
    "kanal": (),
    "marla": (),
    "bigha": (),
    "katha": ("kattha", "katthas"),
    "ropani": (),  # Nepal's hill land measure, and its sixteenth, the aana
    "aana": (),
    # the guntha of Maharashtra's, Karnataka's and Gujarat's land records ("20 guntha of land"), a
    # fortieth of an acre
    "guntha": ("gunthas", "gunta", "guntas"),
    # the Channel Islands' vergée ("a bungalow on 1.2 vergées"), the French arpent of Quebec's and
    # Louisiana's land ("4 arpents deep") and the morgen of South Africa's farms ("12 morgen")
    "vergee": ("vergée", "vergées", "vergees", "Vergée", "Vergées"),
    "arpent": (),
    "morgen": (),
    # the acre's quarter and its fortieth part in old British, Irish and Sri Lankan land
    # descriptions ("2 acres, 3 roods and 12 perches", "20 perches of land in Colombo"): the perch of
    # land is pint's square rod (a bare "perch" is a length, and a fish)
    "rood": (),
    "square_rod": ("perches",),
    # South India's hundredth of an acre ("25 cents of land"): its word is the money's "cents", so it
    # is read only before land (figures/measures.py), and has no spelling of its own here
    "cent_of_land": (),
    "kilometer ** 2": (
        "sq km",
        "sq. km",
        "km2",
        "km²",
        "square kilometres",
        "square kilometers",
        "square kilometre",
        "square-kilometre",
        "square-kilometer",
    ),
    "mile ** 2": ("sq mi", "sq miles", "square miles", "square mile", "square-mile"),
    "nautical_mile ** 2": ("square nautical miles", "square nautical mile"),
    # the hyphenated spellings are a compound adjective's ("a 58,000-square-metre terminal")
    "meter ** 2": (
        "sq m",
        "sqm",
        "sq.m",  # the Philippine and Indian press's "120 sq.m."
        "sq. m",
        "m2",
        "m²",
        "square metres",
        "square meters",
        "square metre",
        "square-metre",
        "square-meter",
    ),
    # a chip's die size ("a 120mm² die")
    "millimeter ** 2": ("mm²", "sq mm", "square millimetres", "square millimeters", "square millimetre"),
    "foot ** 2": ("sq ft", "sq. ft", "sqft", "sq.ft", "square feet", "square foot", "square-foot", "sq-ft"),
    # the plots of Pakistan's and India's property pages and US sports and flooring copy ("a plot of
    # 500 sq yards", "1,200 square yards of turf")
    "yard ** 2": (
        "sq yd",
        "sq yds",
        "sq. yd",
        "sq yards",
        "sq. yards",
        "square yards",
        "square yard",
        "square-yard",
    ),
    # the sky's area as astronomers' surveys state it ("a survey of 8,200 square degrees")
    "degree ** 2": ("square degrees", "square degree", "sq deg"),
    # mass
    "kilogram": ("kilos", "kilo", "kilogrammes", "kilogramme", "kgs"),  # "kgs": South Asian and African copy
    "gram": ("grammes", "gramme"),
    "milligram": (),
    "microgram": ("mcg", "microgrammes", "microgramme", "µg", "μg"),
    "pound": ("lbs", "pounder", "pounders"),
    "ounce": (),
    "stone": (),
    # "MT": commodity desks' metric tonnes ("2.4 million MT of alumina"; Mozambique's metical,
    # written so after a price, is read first as money)
    # "mt": the same written in lower case ("4.8 mt of coal", "25,000 mt of wheat"), as stated
    "metric_ton": ("tonnes", "metric tons", "metric ton", "metric tonnes", "metric tonne", "MT", "mt"),
    "ton": ("tons",),
    "long_ton": (),
    "carat": (),  # a gem's weight ("a 102-carat diamond")
    # the weights of South Asian markets: gold and silver by the tola, grain and cotton by the maund
    "tola": (),
    "maund": (),
    "ardeb": ("ardebs", "ardab", "ardabs"),  # Egypt's grain measure ("LE1,965 per ardeb")
    # Egypt's and Sudan's cotton weight ("a crop of 1.4 million kantars", "LE9,000 per kentar")
    "kantar": ("kantars", "kentar", "kentars", "qantar", "qantars"),
    # the market weights of Myanmar (the viss, "K7,850 per viss") and of Hong Kong's, Macau's and
    # South-East Asia's gold and produce trade (the tael, the catty or kati, the picul)
    "viss": (),
    "tical": (),  # Myanmar's and Thailand's gold weight, a hundredth of a viss ("K5.2 million a tical")
    "tael": (),
    "catty": ("kati", "katis", "catties"),
    "picul": (),
    "jin": (),  # China's market weight, half a kilogram ("5 jin of pork")
    # the hundredweight of British and Irish livestock marts, coal merchants and bell-ringers ("a
    # bullock of 9cwt", "a bell of about 8cwt"), as stated (pint's symbol "cwt")
    "hundredweight": (),
    # the grain merchant's weights: the metric quintal of South Asian, Latin American and African
    # crop markets (100 kg), and the bushel of North American and Sri Lankan grain (a volume)
    # the Spanish plural Central America's English-language press keeps ("5.2 million quintales")
    "quintal": ("quintales",),
    # ... and the same 100 kg as the centner of farm statistics in Russia, Central Asia and the
    # Caucasus ("a yield of 28 centners per hectare")
    "centner": (),
    "bushel": (),
    "cord": (),  # stacked firewood and pulpwood, 128 cubic feet ("30 cords of firewood")
    # "kt" is a kilotonne ("600 kt of aluminium", "a 15 kt warhead"); knots and gold's karats are
    # told apart by the figures engine ("gusts of 50 kt" at sea or in the air, "18kt gold")
    "kilometric_ton": ("kt", "kilotonnes", "kilotonne"),
    # "MMt": the Roman thousand doubled, as US agencies write a million tonnes ("1.1 MMt of coal"),
    # the value as stated like "Mt"
    "megametric_ton": ("MMt",),
    "gigametric_ton": (),
    # volume
    "liter": ("litres", "liters"),
    "kiloliter": (),
    "megaliter": ("ML",),  # a city's or a reservoir's water ("420 megalitres a day", "800ML")
    "megaliter / day": ("ML/day", "ML/d", "Ml/d"),
    "gigaliter": ("GL",),  # a river basin's or a dam's storage ("1,763 gigalitres", "2,317GL")
    "milliliter": ("millilitres", "milliliters", "mL"),
    # a bottle's size as Europe's drinks pages state it ("a 75cl bottle", "a 50cl bottle")
    "centiliter": ("centilitres", "centiliters", "centilitre"),
    # a wine or olive-oil harvest as Europe's producers state it ("42.5 million hectolitres (hl)")
    "hectoliter": ("hectolitres", "hectolitre", "hl", "hL"),
    "gallon": (),
    # the British and Caribbean gallon, which water boards and fuel reports still use ("9.6 million
    # imperial gallons"); a bare "gallon" stays pint's US gallon
    "imperial_gallon": ("Imperial gallons", "Imperial gallon"),
    "barrel": (),
    # the kitchen's volumes, as recipes and food pages write them ("1 1/4 cups (160 grams) flour",
    # "2 tbsp olive oil"); a "cup" is also a trophy ("won two cups"): read only in a recipe (below)
    "cup": (),
    "tablespoon": ("Tbsp",),
    "teaspoon": (),
    # an engine's capacity as car and motorcycle copy states it ("up to 1,600cc", "a 125cc scooter")
    "cubic_centimeter": ("cc", "cubic centimetres", "cubic centimetre", "cubic-centimetre", "cm3", "cm³"),
    # the hyphenated spellings are a compound adjective's ("a 6-cubic-metre dump truck"), as the
    # square measures' are
    "meter ** 3": ("cubic metres", "cubic meters", "cubic metre", "cubic-metre", "cubic-meter", "m3", "m³"),
    # a river's flow in hydrologists' "cumecs" (cubic metres per second)
    "meter ** 3 / second": ("cumecs", "cumec"),
    "foot ** 3": ("cubic feet", "cubic foot", "cubic-foot", "cu ft"),
    # dredged sand, poured concrete (US copy)
    "yard ** 3": ("cubic yards", "cubic yard", "cubic-yard", "cu yd"),
    # the water of a reservoir's storage or a river's forecast flow in US copy ("18,500 acre-feet"):
    # a volume, never the acre's area (late-subj14)
    "acre_foot": ("acre-feet", "acre-foot", "acre feet", "acre foot"),
    # speed
    "kilometer / hour": (
        "kph",
        "km/h",
        "kmh",
        "kmph",
        "km/hr",
        "km per hour",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
    ),
    "mile / hour": ("mph", "miles per hour", "miles an hour", "mile per hour"),
    "meter / second": ("m/s", "metres per second", "meters per second", "metres a second"),
    "kilometer / second": ("km/s", "km per second", "kilometres per second", "kilometers per second"),
    "knot": ("kts",),  # "climbing at 280kts": aviation's and shipping's abbreviation
    "mile / gallon": ("mpg", "miles per gallon"),
    # a car's carbon dioxide emissions as makers and reviews state them ("132g/km of CO2")
    "gram / kilometer": ("g/km", "grams per kilometre", "grams per kilometer", "grams per km"),
    "revolutions_per_minute": ("revolutions per minute",),
    # temperature
    "degree_Celsius": (
        "ºC",
        "° C",
        "degrees Celsius",
        "degree Celsius",
        "Celsius",
        "centigrade",
        "degrees C",
        "deg C",
    ),
    # the absolute scale of physics and space copy ("detectors cooled to 4 kelvin"); its symbol "K"
    # after a number is news's thousand ("a $50K salary", "8K video"), so it is unsafe (below)
    "kelvin": (),
    "degree_Fahrenheit": (
        "ºF",
        "° F",
        "degrees Fahrenheit",
        "degree Fahrenheit",
        "Fahrenheit",
        "degrees F",
        "deg F",
    ),
    # energy and power
    "joule": (),
    "kilocalorie": ("calories", "calorie", "Cal"),
    "watt": (),
    # a solar plant's peak and a power station's electric output are still power ("50 MWp", "600 MWe")
    "kilowatt": ("kWp", "kWe"),
    "megawatt": ("MWp", "MWe", "MWac", "MWdc"),
    "gigawatt": ("GWp", "GWe"),
    "kilovolt": (),  # a transmission line's voltage ("a 400 kV line")
    # a laptop's, a power bank's or an e-bike's battery ("a 72Wh battery")
    "watt_hour": ("watt hours", "watt-hours", "watt hour", "watt-hour"),
    "kilowatt_hour": ("kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour"),
    "megawatt_hour": ("MWh", "megawatt hours", "megawatt-hours", "megawatt hour"),
    "gigawatt_hour": ("GWh", "gigawatt hours", "gigawatt-hours"),
    "terawatt_hour": ("TWh", "terawatt hours", "terawatt-hours"),
    "terawatt": (),
    # a plant's yearly output with its year after a slash ("320 GWh/yr", "1.2 TWh/y")
    "kilowatt_hour / year": ("kWh/yr", "kWh/y", "kWh/year"),
    "megawatt_hour / year": ("MWh/yr", "MWh/y", "MWh/year"),
    "gigawatt_hour / year": ("GWh/yr", "GWh/y", "GWh/year"),
    "terawatt_hour / year": ("TWh/yr", "TWh/y", "TWh/year"),
    # a radiation dose, as nuclear regulators and their press state it ("6 millisieverts", "20 mSv a
    # year", "0.1 microsieverts per hour")
    "sievert": (),
    "millisievert": ("mSv",),
    "microsievert": ("μSv", "µSv", "uSv"),
    # heat and gas energy as European and Central Asian utilities state it ("3.5 TJ", "40 PJ")
    "gigajoule": ("GJ", "gigajoules"),
    "terajoule": ("TJ", "terajoules"),
    "petajoule": ("PJ", "petajoules"),
    # district heat as the former Soviet states' and Eastern Europe's utilities bill it ("3,400 Gcal")
    "gigacalorie": ("Gcal", "gigacalories"),
    # ... and a boiler's or a heat plant's output rate ("a 120 Gcal/h boiler")
    "gigacalorie / hour": ("Gcal/h", "Gcal/hr", "gigacalories per hour", "gigacalories an hour"),
    "volt": (),  # a power line's or a grid's voltage ("a 275-kilovolt line", "400 kV")
    # a magnet's field strength, as health and science copy rates a scanner ("a 1.5-tesla MRI
    # scanner", "a 7-tesla magnet"); its symbol "T" after a number is a trillion or a size ("$3T",
    # "a 2T drive"), so it is unsafe (below)
    "tesla": (),
    "horsepower": ("bhp",),
    "metric_horsepower": ("PS",),  # European makers' rating ("a 300 PS engine")
    # an engine's or a motor's torque, as car reviews state it ("680Nm", "495 lb-ft of torque")
    "newton * meter": (
        "Nm",
        "newton metres",
        "newton-metres",
        "newton meters",
        "newton-meters",
        "newton metre",
    ),
    "foot * force_pound": ("lb-ft", "lb ft", "pound-feet", "pound-foot"),
    # an engine's or a rocket's thrust in pounds of force ("8.8 million pounds of thrust", "43,000 lbf"):
    # a force, neither a weight nor money
    "force_pound": (
        "lbf",
        "pounds-force",
        "pound-force",
        "pounds of thrust",
        "pound of thrust",
        "lb of thrust",
        "lbs of thrust",
        "pounds of static thrust",
        "pounds of takeoff thrust",
        "pounds of take-off thrust",
    ),
    "milliampere_hour": (),
    # a current: a fuse's or a circuit's, and the subscriptions private generators sell by it ("a
    # 10-ampere line", "a 13-amp plug")
    "ampere": ("amps", "amp"),
    "hertz": (),
    "kilohertz": ("khz",),
    "megahertz": ("Mhz", "mhz"),
    "gigahertz": ("Ghz", "ghz"),
    "decibel": ("dBA", "dB(A)", "dBa"),  # noise levels A-weighted, as noise studies state them
    "ppm": ("parts per million",),
    "ppb": ("parts per billion",),
    # concentrations, doses and pressures of health and environment news: lab values, doses per
    # body weight, blood pressure, air quality
    "millimole / liter": (
        "mmol/L",
        "mmol/l",
        "mmol per litre",
        "millimoles per litre",
        "millimoles per liter",
        "millimoles a litre",
    ),
    "milligram / deciliter": ("mg/dL", "mg/dl", "milligrams per decilitre", "milligrams per deciliter"),
    "microgram / deciliter": (
        "µg/dL",
        "μg/dL",
        "mcg/dL",
        "micrograms per decilitre",
        "micrograms per deciliter",
    ),
    "milligram / liter": ("mg/L", "mg/l", "milligrams per litre", "milligrams per liter"),
    # a liquid medicine's strength ("a 5mg/mL oral solution")
    "milligram / milliliter": ("mg/mL", "mg/ml", "milligrams per millilitre", "milligrams per milliliter"),
    "microgram / meter ** 3": (
        "µg/m3",
        "μg/m3",
        "µg/m³",
        "μg/m³",
        "micrograms per cubic metre",
        "micrograms per cubic meter",
    ),
    "milligram / kilogram": ("mg/kg", "milligrams per kilogram", "milligrams per kilo"),
    # a contaminant in food ("5.8 micrograms per kilogram of benzopyrene", "2 µg/kg")
    "microgram / kilogram": ("µg/kg", "μg/kg", "mcg/kg", "micrograms per kilogram", "micrograms per kilo"),
    "millimole / mole": ("mmol/mol",),  # HbA1c, a diabetes test's reading
    # blood markers of heart and cancer tests (a natriuretic peptide, troponin, PSA, vitamin D)
    "picogram / milliliter": ("pg/mL", "pg/ml", "picograms per millilitre", "picograms per milliliter"),
    "nanogram / milliliter": ("ng/mL", "ng/ml", "nanograms per millilitre", "nanograms per milliliter"),
    "millimeter_Hg": ("mmHg", "mm Hg", "millimetres of mercury", "millimeters of mercury"),  # blood pressure
    # air pressure in weather copy: a storm's central pressure ("945 hectopascals", "980 hPa", "990mb")
    "hectopascal": (),
    "millibar": ("millibars",),
    # data
    "kilobyte": ("KB",),
    "megabyte": (),
    "gigabyte": (),
    # a drive's or a card's read and write speed ("7,000 MB/s"), not million barrels
    "megabyte / second": ("MB/s", "MBps", "megabytes per second"),
    "gigabyte / second": ("GB/s", "GBps", "gigabytes per second"),
    "terabyte": (),
    "petabyte": (),
    # a screen's brightness as phone, laptop and television reviews state it ("a peak of 2,000 nits")
    "nit": ("cd/m2", "cd/m²"),  # (the candela per square metre of spec sheets is the same unit)
    "megapixel": ("MP", "Mp"),  # "MP" also names members of parliament: read before a camera only
    # a link's speed or an attack's size, also as a compound before its noun ("a 3.8 terabit-per-second
    # attack", "a 400 gigabit per second flood")
    "megabit / second": (
        "Mbps",
        "Mbit/s",
        "megabits per second",
        "megabit per second",
        "megabit-per-second",
        "megabits-per-second",
    ),
    "gigabit / second": (
        "Gbps",
        "Gbit/s",
        "gigabits per second",
        "gigabit per second",
        "gigabit-per-second",
        "gigabits-per-second",
    ),
    "kilobit / second": ("Kbps", "kbps", "kilobits per second"),
    "terabit / second": (
        "Tbps",
        "terabits per second",
        "terabit per second",
        "terabit-per-second",
        "terabits-per-second",
    ),
    # output rates
    "maund / acre": ("maunds per acre", "maunds an acre", "maund per acre"),  # a crop's yield
    "bushel / acre": (
        "bushels per acre",
        "bushels an acre",
        "bushel per acre",
        "bushels to the acre",
        "bpa",  # US farm copy's abbreviation ("beans made 55 bpa")
        "bu/acre",
        "bu/ac",
    ),
    "quintal / hectare": ("quintals per hectare", "quintals a hectare", "quintal per hectare"),
    "centner / hectare": ("centners per hectare", "centners a hectare", "centner per hectare"),
    "ardeb / feddan": ("ardebs per feddan", "ardebs a feddan", "ardeb per feddan"),  # a wheat yield
    "kantar / feddan": ("kantars per feddan", "kentars per feddan", "kantars a feddan", "kentars a feddan"),
    # a yield in the bags a farm fills, as African farm copy states it ("25 bags an acre")
    "bags per acre": ("bags per acre", "bags an acre", "bags to the acre"),
    "bags per hectare": ("bags per hectare", "bags a hectare"),
    "metric_ton / hectare": ("t/ha", "tonnes per hectare", "tonnes a hectare", "tonne per hectare"),
    # freight and passenger turnover, as statistics offices state it ("312 billion tonne-km")
    "metric_ton * kilometer": (
        "tonne-km",
        "ton-km",
        "tonne-kilometres",
        "tonne-kilometers",
        "ton-kilometers",
        "ton-kilometres",
    ),
    "passenger_kilometer": (
        "passenger-km",
        "passenger-kilometres",
        "passenger-kilometers",
        "passenger kilometres",
        "passenger kilometers",
        # an airline's traffic, as its monthly releases state it ("RPKs rose 8% to 960 million")
        "revenue passenger kilometres",
        "revenue passenger kilometers",
        "RPK",
        "RPKs",
    ),
    # an airline's capacity: a seat flown a kilometre, or a mile ("ASKs grew 9% to 1.2 billion")
    "seat_kilometer": (
        "available seat kilometres",
        "available seat kilometers",
        "seat kilometres",
        "seat kilometers",
        "seat-kilometres",
        "seat-kilometers",
        "ASK",
        "ASKs",
    ),
    "seat_mile": ("available seat miles", "seat miles", "seat-miles", "ASM", "ASMs"),
    "barrel / day": (
        "bpd",
        "b/d",
        "bbl/d",  # the oil industry's barrel, "bbl"
        "barrels per day",
        "barrels a day",
        "barrel per day",
        "barrels of oil per day",
    ),
    # durations the rules keep under `other`
    "month": (),
    "week": (),
    "hour": ("hrs",),
    "minute": ("mins",),
    "second": ("secs",),
    # a network's latency, a reaction time ("latency of 9ms"): a reading, not a span in the story
    "millisecond": ("ms", "msec", "msecs"),
}
# Measures the labelling rules use that pint lacks (or means otherwise): name -> spellings.
OTHER_MEASURES: dict[str, tuple[str, ...]] = {
    "basis point": ("basis points", "basis point", "bps", "bp"),
    "percentage point": (
        "percentage points",
        "percentage point",
        "percentage-point",
        "pp",
        "ppt",
        "points",
        "point",
    ),
    "index point": ("index points", "index point"),
    # a video's or a game's frame rate, as technology reviews state it ("4K at 60 frames per second")
    "frames per second": ("frames per second", "frames a second", "fps", "FPS", "frames/s"),
    # a heart rate and a runner's pace difference, measurements kept in their unit (rules, table 7:
    # "110 to 125 beats a minute", "15 to 25 seconds a kilometre"), no count of beats and no span
    "beats per minute": ("beats per minute", "beats a minute", "bpm"),
    "seconds per kilometre": (
        "seconds per kilometre",
        "seconds a kilometre",
        "seconds per kilometer",
        "seconds a kilometer",
        "seconds per km",
        "seconds a km",
    ),
    "seconds per mile": ("seconds per mile", "seconds a mile"),
    # a screen's pixel density ("a 460ppi display"); the upper-case "PPI" is a producer price index
    "pixels per inch": ("ppi", "pixels per inch"),
    # a screen's or an image's size in pixels ("a resolution of 2,560 x 1,440", "1,080 x 2,400 pixels")
    "pixel": ("pixels", "pixel", "px"),
    # a player's season averages as box scores abbreviate them ("averaging 27.1 ppg and 9.8 rpg");
    # written out ("5.6 assists per game") they are read as counts with a rate, whose noun names them
    "points per game": ("ppg",),
    "rebounds per game": ("rpg",),
    "assists per game": ("apg",),
    # a car's fuel use as Australian, European and Canadian reviews state it ("6.2L/100km"): one
    # unit, its base "100km" no figure
    "litres per 100 kilometres": (
        "L/100km",
        "l/100km",
        "L/100 km",
        "litres/100km",
        "litres per 100km",
        "litres per 100 km",
        "litres per 100 kilometres",
        "liters per 100km",
        "liters per 100 km",
        "liters per 100 kilometers",
    ),
    # an electric car's energy use, stated the same way ("16.3kWh/100km"): one unit, its base
    # "100km" no figure
    "kilowatt-hours per 100 kilometres": (
        "kWh/100km",
        "kWh/100 km",
        "kWh per 100km",
        "kWh per 100 km",
        "kilowatt-hours per 100km",
        "kilowatt-hours per 100 km",
        "kilowatt-hours per 100 kilometres",
        "kilowatt hours per 100km",
        "kilowatt hours per 100 km",
    ),
    # a player's rating on a named scale (chess's Elo) and its moves: a reading, not a share
    "rating point": ("rating points", "rating point"),
    # a day's departure of the mean temperature from a base, as weather almanacs and energy copy
    # sum it ("Heating degree days: 41", "1,315 cooling degree days so far"): no span of days
    "heating degree day": ("heating degree days", "heating degree day"),
    "cooling degree day": ("cooling degree days", "cooling degree day"),
    "growing degree day": ("growing degree days", "growing degree day"),
    # accumulated heat stress on a coral reef, as reef and climate science report it ("8 degree
    # heating weeks", "above 4 DHW"): a reading on that scale, not a span of weeks
    "degree heating week": ("degree heating weeks", "degree heating week", "DHW", "DHWs"),
    # a container ship's or a port's capacity and traffic in twenty-foot containers
    "twenty-foot equivalent unit": (
        "TEU",
        "TEUs",
        "twenty-foot equivalent units",
        "twenty-foot equivalent unit",
    ),
    # ... and in forty-foot containers, as carriers' results and freight-rate copy count them ("moved
    # 3.1 million FFE", "12.4 million FEU"); "$3,260 per FEU" prices the box (no number before it)
    "forty-foot equivalent unit": (
        "FEU",
        "FEUs",
        "FFE",
        "FFEs",
        "forty-foot equivalent units",
        "forty-foot equivalent unit",
    ),
    # the purity of gold in 24ths ("24-karat gold"); a gem's "carat" is a weight (pint's)
    "karat": ("karats", "karat"),
    # the purity of gold, silver and platinum in thousandths, as bullion is stamped and sold ("bars
    # of 999.9 fine gold", "995 fineness"): read by the figures engine before a metal or "fineness"
    "millesimal fineness": (),
    # ... or in per cent or as a fraction of one, as stated ("99.99 fine gold", ".999 fine silver")
    "fineness": (),
    # a fuel's resistance to knocking, by which petrol is graded and priced ("92-octane petrol",
    # "95 octane"): a reading on a named scale, like the karat of gold
    "octane rating": ("octane",),
    # a dose of a vitamin or a hormone by its effect ("1,000 IU of vitamin D")
    "international unit": ("IU", "international units", "international unit"),
    # an aircraft's pressure altitude in hundreds of feet ("cruising at FL360", "flight level 340")
    "flight level": (),
    "gas mark": (),  # a British gas oven's setting ("gas mark 4")
    "mill": (),  # a US property tax rate, a tenth of a cent per dollar of value ("a 4.5-mill levy")
    # a study's P value as medical news prints it ("P = .03", "P < .001"), as written
    "p-value": (),
    # a device's score on a performance benchmark, as technology reviews state it ("scored 2,057 in
    # the single-core test"): a reading on the benchmark's own scale
    "benchmark point": (),
    # a score a jury, a panel of judges or of cuppers awards, in points ("scored 91.42 points",
    # "scoring 14.233 on the beam"): a reading on the judges' scale, not points counted in play
    "jury point": (),
    # a review score on a named site's or aggregator's scale ("a score of 84 on Rotten Reviews"):
    # a reading on that site's scale
    "review score point": (),
    # a score's own scale, named before a bare number ("a credit score of 740", "an Apgar score of 9")
    "score point": (),
    "star rating": (),  # a rating scheme's stars ("a five-star ANCAP safety rating")
    # a score on a points system or scale named after the points ("homes with up to 140 points
    # under the valuation system", "70 points under the points-based system"): a reading on it
    "scheme point": (),
    # an examination's aggregate, the sum of its subjects' grades in units ("an aggregate of 24 units
    # or better"): a reading on the grading scale, read in the figures engine only after "aggregate"
    "aggregate unit": (),
    # a tanker freight rate on the Worldscale, in points of its flat rate ("fixed at WS64", "up 11.25
    # points" in a sentence that quotes it)
    "Worldscale point": (),
    "ratio": (),  # a ratio's value read bare ("the bid-to-cover ratio fell to 2.92")
    # an asteroid's or a probe's distance from Earth in Earth-Moon distances, as space news gives
    # a close pass ("passed at 0.4 lunar distances"); the abbreviation "LD" is left out (a name too)
    "lunar distance": ("lunar distances", "lunar distance"),
    # a financial multiple written with a glued "x" ("leverage of 2.3x", "net debt/EBITDA 1.8x"):
    # read in the figures engine only where finance names the multiple, as "5x" is also a zoom
    "multiple": (),
    # an issue's cover: the bids as a multiple of the amount offered ("oversubscribed 14.6 times", "4.7
    # times the amount offered", "covered 3.1 times"), like a bid-to-cover ratio; read in the figures
    # engine only in those forms (other multiples are no figure, rules table 8)
    "times covered": (),
    "years of age": ("years of age", "years old", "year-old", "year-olds", "years-old"),
    # an age stated in a unit shorter than a year ("a six-week-old puppy"): read by the duration
    # dimension, which finds the unit; listed here for their stable names and labels
    "months of age": ("months of age",),
    "weeks of age": ("weeks of age",),
    "days of age": ("days of age",),
    "hours of age": ("hours of age",),
    "decade": ("decades", "decade"),
    # a reservoir's storage as Indian water boards state it, the value as stated (like "bpd")
    # (and the gas industry's "MMcf", a million in its doubled Roman thousand: "a 40 MMcf sale")
    "million cubic feet": ("mcft", "MMcf", "mmcf"),
    # electricity generated, traded or used as South Asia's power sector states it: "MU" is a
    # million units (kilowatt-hours), the value as stated, like "mcft" ("exported 6,310MU")
    "million units": ("MU", "MUs"),
    "thousand million cubic feet": ("tmcft", "tmc", "TMC"),
    # output rates and volumes of mines, ports and gas fields in abbreviations that carry their
    # scale ("8 mtpa", "300 ktpa", "55 bcm a year", "1.2 mb/d"), the value as stated, like "mcft"
    "million tonnes per annum": ("mtpa", "MTPA", "Mtpa", "MMTPA", "mmtpa"),
    "thousand tonnes per annum": ("ktpa", "KTPA"),
    "billion cubic metres": ("bcm", "BCM", "bcm/y"),
    # the smaller gas volumes of the Caucasus, Central Asia and the Balkans ("450 mcm of gas")
    # (and Latin American gas operators' "MMm3", the doubled Roman thousand: "2.1 MMm3/d")
    "million cubic metres": ("mcm", "MCM", "mmcm", "MMm3", "MMm³"),
    "million cubic metres per day": ("mcm/d", "mcm/day", "mmcm/d", "mcmd", "MMm3/d", "MMm3/day", "MMm³/d"),
    # a collective radiation dose, summed over the workers exposed ("0.38 man-sievert")
    "man-sievert": (
        "man-sievert",
        "man-sieverts",
        "man-Sv",
        "person-sievert",
        "person-sieverts",
        "person-Sv",
    ),
    # ("mmbpd", "MMb/d", "MMbbl/d": the Roman thousand doubled, as US agencies write a million)
    "million barrels per day": ("mb/d", "Mb/d", "mbpd", "mmbpd", "mmb/d", "mmbbl/d"),
    "thousand barrels per day": ("kb/d", "Kb/d", "kbd", "kbpd", "kbbl/d"),
    # an oil field's reserves and a company's output in the US agencies' doubled Roman thousand
    # ("1.2 MMbbl", "40 MMboe"), the value as stated
    "million barrels": ("MMbbl", "mmbbl", "MMbbls"),
    "million barrels of oil equivalent": ("MMboe", "mmboe"),
    "barrels of oil equivalent per day": ("boe/d", "boepd", "boed"),
    "million barrels of oil equivalent per day": (
        "mboe/d",
        "Mboe/d",
        "MMboe/d",
        "mmboe/d",
        "mboepd",
        "mmboepd",
        "mmboed",
    ),
    "thousand barrels of oil equivalent per day": ("kboe/d", "kboepd", "kboed"),
    "million standard cubic feet per day": (
        "mmscfd",
        "MMscfd",
        "MMSCFD",
        "mmcfd",
        "MMcfd",
        "MMcf/d",
        "mmcf/d",
        "MMscf/d",
        "mmscf/d",
    ),
    # gas flows written out, before which a scale word stands ("640 million standard cubic feet
    # per day"): the scale is applied, as for "million cubic feet"
    "standard cubic feet per day": (
        "standard cubic feet per day",
        "standard cubic feet a day",
        "scfd",
        "SCFD",
    ),
    "standard cubic feet": ("standard cubic feet", "standard cubic foot"),
    "billion cubic feet": ("bcf", "Bcf", "BCF"),
    "billion cubic feet per day": ("bcf/d", "Bcf/d", "bcfd", "Bcfd"),
    # a mine's gold and silver as its reports write them, the value as stated (like "mcft"):
    # "245koz" is 245 thousand ounces, "1.8Moz" 1.8 million ounces; and the grade of its ore
    "thousand ounces": ("koz", "Koz", "kozs"),
    "million ounces": ("Moz", "moz", "Mozs"),
    "gram / metric_ton": ("g/t", "grams per tonne", "grams a tonne", "grams per ton"),
    # a dairy farm's or herd's output as New Zealand and Australian dairy copy writes it ("210,000kgMS
    # this season", "450 kg MS a cow"): kilograms of milk solids, fat and protein, on which farmers
    # are paid; a plain "kg" stays a kilogram
    "kilograms of milk solids": ("kgMS", "kg MS", "kgms", "KgMS"),
    "trillion cubic feet": ("tcf", "Tcf", "TCF"),
    # gas prices per million British thermal units
    "million British thermal units": ("MMBtu", "mmBtu", "mmbtu", "MMBTU"),
    # a ship's carrying capacity in deadweight tonnes ("a 300,000-dwt tanker"), as stated
    "deadweight tonne": ("dwt", "DWT", "deadweight tonnes", "deadweight tons", "deadweight tonne"),
    # a ship's size by its enclosed volume, as registers and shipping columns state it ("9,412 GT",
    # "a 4,500gt ferry"): a tonnage of no weight, as stated
    "gross tonnage": ("GT", "gt", "gross tonnage"),
    # computing speed: floating-point operations and (for AI chips) trillions of operations a second
    "petaflops": ("petaflops", "petaflop", "PFLOPS"),
    "exaflops": ("exaflops", "exaflop", "EFLOPS"),
    "teraflops": ("teraflops", "teraflop", "TFLOPS"),
    "trillion operations per second": ("TOPS",),
    "quarter": ("quarters",),  # a span of quarter-years ("in 12 quarters"), read as a duration
    "season": ("seasons",),  # a span of play or of harvest ("across four seasons"), a duration
    "magnitude": ("magnitude",),
    "category": ("category",),
    "avalanche danger level": (),  # a reading on the five-level avalanche danger scale ("Level 3")
    "avalanche size": (),  # a slide's destructive size ("D2.5", "a size 3 avalanche")
    "alert level": (),  # a reading on an agency's scale of alerts ("raised the alert level to 4")
    "tropical cyclone warning signal": (),  # a storm warning's number ("hoisted Signal No 8")
    # baseball's and golf's readings ("an ERA of 3.12", "batting .297", "11 on the Stimpmeter")
    "earned run average": (),
    "goals-against average": (),  # hockey: goals a goalie lets in per 60 minutes ("a 2.49 goals-against average")
    "batting average": (),
    "save percentage": (),  # hockey's and baseball's proportions written ".921" (see figures.measures)
    "on-base percentage": (),
    "slugging percentage": (),
    "winning percentage": (),
    "Stimpmeter reading": (),
    "three-dart average": (),  # darts: points scored per three darts thrown ("averaged 99.71")
    "fat score": (),  # a beef animal's fatness on the cattle market's 0-to-6 scale
    "GRAP stage": (),  # a stage of Delhi's Graded Response Action Plan against air pollution
    "load-shedding stage": (),  # a reading on a grid operator's scale of power cuts ("stage 4 load-shedding")
    "Kp index": (),  # a reading on the planetary index of geomagnetic activity ("could reach Kp 8")
    # readings on the named indices of weather and health news ("an AQI of 312", "a BMI of 32"),
    # a tornado's rating ("an EF3 tornado") and a speed in multiples of sound's ("Mach 5")
    "air quality index": (),
    # a data centre's power usage effectiveness ("a PUE of 1.2"), a liquid's acidity ("a pH of 6.5")
    "power usage effectiveness": (),
    "pH": (),
    # the wet-bulb globe temperature, a heat-stress index in degrees Celsius ("a WBGT of 28"; late-carry8)
    "WBGT": (),
    # a grape must's sugar as winemakers measure it ("picked at 12.35 Baumé", "24 Brix")
    "degree Baumé": ("Baumé", "degrees Baumé", "degree Baumé", "°Baumé", "° Baumé", "Baume", "degrees Baume"),
    "degree Brix": ("Brix", "degrees Brix", "°Brix", "° Brix"),
    # bacteria counted in a water sample, as bathing-water tests report them ("6,940 cfu per
    # 100ml"): the base volume ("per 100ml") is no figure
    "colony-forming units": (
        "cfu",
        "CFU",
        "colony-forming units",
        "colony forming units",
        "cfu/100ml",
        "cfu/100 ml",
        "cfu/100mL",
    ),
    "UV index": (),
    "heat index": (),
    "body mass index": (),
    # laboratory readings of a blood sample, named by the test ("a CD4 count below 200", "a viral
    # load of 50 copies/mL", "a platelet count of 20,000"), and the units they are written in
    "CD4 count": (),
    "viral load": (),
    "platelet count": (),
    "white cell count": (),
    "copies per millilitre": ("copies/mL", "copies/ml", "copies per millilitre", "copies per milliliter"),
    "cells per cubic millimetre": (
        "cells/mm3",
        "cells/mm³",
        "cells per cubic millimetre",
        "cells per cubic millimeter",
    ),
    "Enhanced Fujita scale": (),
    "Mach number": (),
    "intensity": ("intensity", "MMI"),
    # primary energy as the energy industry states it, the value as written (like "mcft"): "13.6 Mtoe"
    "million tonnes of oil equivalent": ("Mtoe",),
    # greenhouse gases as emissions inventories write them, the value as stated (like "mcft"):
    # "9.3 MtCO2e" is 9.3 million tonnes of CO2 equivalent
    "million tonnes of CO2 equivalent": ("MtCO2e", "MtCO2eq", "MtCO₂e", "Mt CO2e", "Mt CO₂e"),
    "billion tonnes of CO2 equivalent": ("GtCO2e", "GtCO2eq", "GtCO₂e", "Gt CO2e", "Gt CO₂e"),
    "tonnes of CO2 equivalent": ("tCO2e", "tCO2eq", "tCO₂e"),
    # minor currency units, kept as stated (rules, table 3): they have no ISO code
    "penny": ("pence", "penny", "p"),
    "cent": ("cents", "cent", "US cents", "US cent"),
    "sen": ("sen",),
    "paisa": ("paise", "paisa"),
    "kobo": ("kobo",),
    "centime": ("centimes", "centime"),
    "öre": ("öre", "øre"),  # the Swedish krona's and the Danish and Norwegian kroner's hundredths
    # the Egyptian pound's hundredth, in both spellings ("the 20-piaster loaf", "125 piastres")
    "piastre": ("piastres", "piastre", "piasters", "piaster"),
}
# The measures of money kept as stated, kind `money` (rules, table 3): every minor currency unit's
# and old unit's (vocab.MINOR_CURRENCY_MEASURES, the one table of their names), a few of them also
# spelled above for the unit scanners ("penny", "cent", "sen", "paisa", "kobo", "centime", "öre",
# "piastre")
MINOR_CURRENCY_MEASURES = frozenset(vocab.MINOR_CURRENCY_MEASURES.values())
# ... and the label a subject gives each: the first of its labels there ("penny" -> "pence")
_MINOR_CURRENCY_LABELS: dict[str, str] = {
    measure: label for label, measure in reversed(vocab.MINOR_CURRENCY_MEASURES.items())
}
# The measures of an age: a count of time lived, not a span of time in the story (rules, table 4).
# Time spans are durations, not measurements: the duration dimension reads them.
TIME_MEASURES = frozenset(
    ("second", "minute", "hour", "day", "week", "month", "quarter", "season", "year", "decade", "century")
)
AGE_MEASURES = frozenset(("years of age", "months of age", "weeks of age", "days of age", "hours of age"))
# Words news writing puts between a number and its unit to say on what basis the amount is weighed
# or measured, not what it measures ("4.2 million wet tonnes", "60,000 dry metric tons", "9 million
# short tons", "327,000 troy ounces", "a ferry of 2,000 gross tonnes", "1,200 net acres"): the unit is
# the word after them (a "wet season" or "net profit" has no unit after the word, and is not read).
UNIT_QUALIFIERS = ("wet", "dry", "gross", "net", "troy", "fine", "short", "green")
# Spellings that name a unit only in some contexts: the engine decides from the sentence.
AMBIGUOUS = frozenset(
    {
        "m",
        "pound",
        "pounds",
        "ton",
        "tons",
        "degrees",
        "degree",
        "C",
        "F",
        "points",
        "point",
        "p",
        "nm",
        "stone",
        "MP",
        "Mp",
        "cup",
        "cups",
    }
)
# Spellings that are a unit only joined to the number by a hyphen: a compound's singular ("19-degree
# cold", while "2 degree courses" counts courses) and the nouns made from units ("a 52-yarder", "a
# 12-footer", while "18 footers" may count boats).
COMPOUND_ONLY_FORMS = frozenset(
    ("degree", "yarder", "yarders", "footer", "footers", "miler", "milers", "pounder", "pounders")
)
EXTRA_AMBIGUOUS_FORMS: dict[str, str] = {
    "degrees": "degree_Celsius",
    "degree": "degree_Celsius",  # "19-degree cold", "a 2-degree rise": the compound's singular
    "C": "degree_Celsius",
    "F": "degree_Fahrenheit",
}
# pint spellings that are English words or letters after a number ("5 in", "3 a", "10 at"; the
# ampere's "A" ends route and grade names, "routes 7A and 10B", "Grade 5A"; the kelvin's "K" is a
# thousand, "a $50K salary", or a screen's resolution, "8K video").
UNSAFE_FORMS = frozenset(
    {
        "in",
        "a",
        "at",
        "s",
        "h",
        "t",
        "l",
        "L",
        "B",
        "b",
        "J",
        "W",
        "V",
        "kn",
        "ly",
        "fur",
        "A",
        "cp",
        "K",
        "T",
    }
)
# Letters that are a unit only glued to a number ("1.6l engine", "a 10W charger"), never spaced.
# British copy glues stones too ("weighed 25st"); "st" after a number ending in 1 is an ordinal
# ("the 21st"), which figures/measures.py leaves alone.
# Inches glued to a number are as safe ("20in wheels", "a 13.7in screen", "a 65in television"): the
# preposition "in" is spaced from a number in edited copy ("rose 5 in May").
GLUED_ONLY_FORMS: dict[str, str] = {
    "l": "liter",
    "L": "liter",
    "W": "watt",
    "V": "volt",
    "st": "stone",
    "in": "inch",
}
# How pint spells the measures that are not its canonical names (and the oil barrel of news).
_PINT_NAMES = {
    "basis point": "basis_point",
    "percentage point": "percentage_point",
    "decade": "decade_of_years",
}
_DEFINITIONS = (
    "percentage_point = [percentage_point]",
    "basis_point = 0.01 * percentage_point",
    "decade_of_years = 10 * year",
    "ppb = 1e-9",
    "tola = 11.6638038 * gram",  # 180 grains, the tola of the gold and silver markets
    "maund = 40 * kilogram",  # the metric maund of Pakistan's and India's crop markets
    "quintal = 100 * kilogram",  # the metric quintal of crop markets
    "centner = 100 * kilogram",  # the metric centner of post-Soviet farm statistics
    "horse_length = 2.4 * meter",  # racing's length of a horse, about eight feet
    # the land measures of the Middle East's and Thailand's press: the metric dunam (Israel,
    # Palestine, Jordan, Iraq; Turkey's "donum"), Egypt's feddan, Thailand's rai and China's mu
    "dunam = 1000 * meter ** 2",
    "feddan = 4200 * meter ** 2",
    "manzana = 6987 * meter ** 2",  # ten thousand square varas: about 0.7 hectares
    # Egypt's ardeb is a volume of grain, about 198 litres (a wheat ardeb weighs 150 kg)
    "ardeb = 198 * liter",
    "kantar = 44.93 * kilogram",  # the Egyptian kantar of lint cotton, 99.05 pounds
    "rai = 1600 * meter ** 2",
    "mu_of_land = 10000 / 15 * meter ** 2",  # China's mu, a fifteenth of a hectare
    "viss = 1.632932532 * kilogram",  # Myanmar's viss: 100 ticals
    "tical = viss / 100",
    "tael = 37.799364167 * gram",  # the Hong Kong tael of the gold trade
    "catty = 16 * tael",  # the catty (kati) of Hong Kong's and South-East Asia's markets
    "picul = 100 * catty",
    "ping = 400 / 121 * meter ** 2",  # Taiwan's ping, the area of two tatami mats
    "tsubo = 400 / 121 * meter ** 2",  # Japan's tsubo, the same area
    "pyeong = 400 / 121 * meter ** 2",  # Korea's pyeong, the same area
    "kanal = 505.857 * meter ** 2",  # the kanal of Pakistan's and Punjab's land records
    "marla = kanal / 20",
    # the bigha and the katha differ by state and country (a bigha is 1,338 m² in Nepal's Terai,
    # 1,618 m² in Assam): an indicative size, for the measure's dimension; values are kept as stated
    "bigha = 1338 * meter ** 2",
    "katha = bigha / 20",
    "ropani = 508.72 * meter ** 2",
    "aana = ropani / 16",
    "guntha = acre / 40",
    # the vergée differs by island (2.5 to the acre in Guernsey, 2.25 in Jersey): Guernsey's size,
    # for the measure's dimension; values are kept as stated
    "vergee = acre / 2.5",
    "arpent = 3418.89 * meter ** 2",  # the French arpent of area (about 0.845 acre)
    "morgen = 8565.3 * meter ** 2",  # the Cape morgen of South African land
    "rood = acre / 4",
    "cent_of_land = acre / 100",
    "cord = 128 * foot ** 3",
    "jin = 500 * gram",
    # transport statistics' work done: a passenger carried a kilometre (its own dimension, as no
    # unit of pint counts passengers)
    "passenger_kilometer = [passenger_distance]",
    "seat_kilometer = [seat_distance]",  # airline capacity: a seat flown a kilometre
    "seat_mile = 1.609344 * seat_kilometer",
)
_LABELS = {
    "metric_ton": "tonnes",
    "metric_ton / hectare": "tonnes per hectare",
    "metric_ton * kilometer": "tonne-kilometres",
    "kilometer * metric_ton": "tonne-kilometres",
    "passenger_kilometer": "passenger-kilometres",
    "seat_kilometer": "available seat kilometres",
    "seat_mile": "available seat miles",
    "kilometric_ton": "kilotonnes",
    "megametric_ton": "megatonnes",
    "gigametric_ton": "gigatonnes",
    "ppm": "parts per million",
    "ppb": "parts per billion",
    "million cubic feet": "million cubic feet",
    "thousand million cubic feet": "thousand million cubic feet",
    "million tonnes per annum": "million tonnes per annum",
    "thousand tonnes per annum": "thousand tonnes per annum",
    "billion cubic metres": "billion cubic metres",
    "million cubic metres": "million cubic metres",
    "million cubic metres per day": "million cubic metres per day",
    "man-sievert": "man-sieverts",
    "million barrels per day": "million barrels per day",
    "million barrels": "million barrels",
    "million barrels of oil equivalent": "million barrels of oil equivalent",
    "thousand barrels per day": "thousand barrels per day",
    "barrels of oil equivalent per day": "barrels of oil equivalent per day",
    "million barrels of oil equivalent per day": "million barrels of oil equivalent per day",
    "thousand barrels of oil equivalent per day": "thousand barrels of oil equivalent per day",
    "million standard cubic feet per day": "million standard cubic feet per day",
    "standard cubic feet per day": "standard cubic feet per day",
    "standard cubic feet": "standard cubic feet",
    "octane rating": "octane rating",
    "millesimal fineness": "millesimal fineness",
    "fineness": "fineness",
    "billion cubic feet": "billion cubic feet",
    "billion cubic feet per day": "billion cubic feet per day",
    "trillion cubic feet": "trillion cubic feet",
    "thousand ounces": "thousand ounces",
    "bags per acre": "bags per acre",
    "bags per hectare": "bags per hectare",
    "million ounces": "million ounces",
    "gram / metric_ton": "grams per tonne",
    "kilograms of milk solids": "kilograms of milk solids",
    "million tonnes of CO2 equivalent": "million tonnes of CO2 equivalent",
    "million tonnes of oil equivalent": "million tonnes of oil equivalent",
    "billion tonnes of CO2 equivalent": "billion tonnes of CO2 equivalent",
    "tonnes of CO2 equivalent": "tonnes of CO2 equivalent",
    "mu_of_land": "mu",
    "vergee": "vergées",
    "square_rod": "perches",
    "cent_of_land": "cents",
    "million units": "million units",
    "million British thermal units": "million British thermal units",
    "gross tonnage": "gross tonnage",
    "petaflops": "petaflops",
    "exaflops": "exaflops",
    "teraflops": "teraflops",
    "trillion operations per second": "trillion operations per second",
    "revolutions_per_minute": "revolutions per minute",
    "horsepower": "horsepower",
    "metric_horsepower": "metric horsepower",
    "meter * newton": "newton metres",
    "foot * force_pound": "pound-feet",
    "force_pound": "pounds-force",
    "flight level": "flight level",
    "litres per 100 kilometres": "litres per 100 kilometres",
    "kilowatt-hours per 100 kilometres": "kilowatt-hours per 100 kilometres",
    "gas mark": "gas mark",
    "mill": "mills",
    "p-value": "p-value",
    "frames per second": "frames per second",
    "beats per minute": "beats per minute",
    "seconds per kilometre": "seconds per kilometre",
    "seconds per mile": "seconds per mile",
    "pixels per inch": "pixels per inch",
    "pixel": "pixels",
    "points per game": "points per game",
    "rebounds per game": "rebounds per game",
    "assists per game": "assists per game",
    "kelvin": "kelvin",
    "star rating": "star rating",
    "Worldscale point": "Worldscale points",
    "millimeter_Hg": "millimetres of mercury",
    "hertz": "hertz",
    "kilohertz": "kilohertz",
    "megahertz": "megahertz",
    "gigahertz": "gigahertz",
    "ton": "tons",
    "category": "hurricane category",
    "alert level": "alert level",
    "avalanche danger level": "avalanche danger level",
    "avalanche size": "avalanche size",
    "tropical cyclone warning signal": "tropical cyclone warning signal",
    "earned run average": "earned run average",
    "goals-against average": "goals-against average",
    "batting average": "batting average",
    "save percentage": "save percentage",
    "on-base percentage": "on-base percentage",
    "slugging percentage": "slugging percentage",
    "winning percentage": "winning percentage",
    "Stimpmeter reading": "Stimpmeter reading",
    "three-dart average": "three-dart average",
    "load-shedding stage": "load-shedding stage",
    "GRAP stage": "GRAP stage",
    "fat score": "fat score",
    "Kp index": "Kp index",
    "CD4 count": "CD4 count",
    "viral load": "viral load",
    "platelet count": "platelet count",
    "white cell count": "white cell count",
    "copies per millilitre": "copies per millilitre",
    "cells per cubic millimetre": "cells per cubic millimetre",
    "air quality index": "air quality index",
    "power usage effectiveness": "power usage effectiveness",
    "pH": "pH",
    "WBGT": "WBGT degrees Celsius",
    "degree Baumé": "degrees Baumé",
    "degree Brix": "degrees Brix",
    "colony-forming units": "colony-forming units",
    "UV index": "UV index",
    "heat index": "heat index",
    "body mass index": "body mass index",
    "Enhanced Fujita scale": "Enhanced Fujita scale",
    "Mach number": "Mach number",
    "years of age": "years of age",
    "months of age": "months of age",
    "weeks of age": "weeks of age",
    "days of age": "days of age",
    "hours of age": "hours of age",
    "ratio": "ratio",
    "multiple": "times",
    "times covered": "times covered",
    "horse_length": "lengths",
    "magnitude": "magnitude",
    "intensity": "intensity",
}
_IRREGULAR_PLURALS = {
    "foot": "feet",
    "inch": "inches",
    "century": "centuries",
    "rai": "rai",
    "viss": "viss",
    "ping": "ping",
    "tsubo": "tsubo",
    "jin": "jin",
    "aana": "aana",
    "morgen": "morgen",
}
_BRITISH = (("meter", "metre"), ("liter", "litre"))


class UnitWord(NamedTuple):
    """A unit as written: its stable measure name, and whether the text may mean something else."""

    measure: str
    ambiguous: bool


@cache
def registry() -> pint.UnitRegistry:
    """pint's default registry, plus percentage and basis points, a decade of years and parts per billion."""
    import pint  # imported on first use: it takes most of a second

    ureg = pint.UnitRegistry()
    for definition in _DEFINITIONS:
        ureg.define(definition)
    return ureg


def _plural(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# pint's aliases that name a unit by its country ("US_liquid_gallon", "UK_gallon", "US_pint",
# "US_fluid_ounce"), spelled as news writes them: the country, then the unit's words without pint's
# "liquid" ("25.5 million US gallons", "UK gallons", "US fluid ounces")
RE_COUNTRY_ALIAS = re.compile(r"[A-Z]{2}_")


def _country_spellings(aliases: tuple[str, ...]) -> set[str]:
    """The spellings with their country of a pint unit's country aliases (RE_COUNTRY_ALIAS)."""
    return {a.replace("_liquid_", "_").replace("_", " ") for a in aliases if RE_COUNTRY_ALIAS.match(a)}


def _spellings(ureg: pint.UnitRegistry, name: str) -> set[str]:
    """A pint unit's name, plural, aliases and symbol, with its prefix in both forms ("km", "kilometre")."""
    ((prefix, base, _suffix),) = ureg.parse_unit_name(name)
    definition = ureg._units[base]
    words = {definition.name, *definition.aliases}
    words = {w for w in words if "_" not in w and w.isascii()} | {definition.name.replace("_", " ")}
    words |= _country_spellings(definition.aliases)
    words |= {
        _plural(w)
        for w in words
        if len(w) > 2 and w not in _IRREGULAR_PLURALS.values() and not w.endswith("s")
    }
    forms = set()
    if prefix:
        prefix_def = ureg._prefixes[prefix]
        forms |= {prefix_def.name + w for w in words}
        if definition.symbol:
            forms.add(prefix_def.symbol + definition.symbol)
    else:
        forms |= words
        if definition.symbol:
            forms.add(definition.symbol)
    return {f for f in forms if f not in UNSAFE_FORMS}


@cache
def _forms() -> dict[str, UnitWord]:
    """Every spelling -> its UnitWord; words are also keyed in lower case (read from the per-user
    cache of analysis/vocab_cache.py, or built with pint, about half a second, and cached)."""
    return vocab_cache.cached("units", __file__, _build_forms, _load_forms, _IMPORTED)


def _load_forms(raw: object) -> dict[str, UnitWord]:
    """The table from its JSON form (a TypeError or ValueError when it is not that)."""
    return {
        str(form): UnitWord(str(measure), bool(ambiguous)) for form, (measure, ambiguous) in dict(raw).items()
    }  # type: ignore[call-overload]


def _build_forms() -> dict[str, UnitWord]:
    """Every spelling -> its UnitWord, built from pint's registry."""
    ureg = registry()
    table: dict[str, UnitWord] = {}

    def put(form: str, measure: str) -> None:
        word = UnitWord(measure, form in AMBIGUOUS)
        table.setdefault(form, word)
        if form[:1].isalpha() and len(form) > 3 and not _is_acronym(form):
            table.setdefault(form.lower(), word)

    for expression, extra in PINT_MEASURES.items():
        measure = str(ureg.Unit(expression))
        for form in extra:
            put(form, measure)
        if " " not in expression:
            for form in _spellings(ureg, expression):
                put(form, measure)
    for measure, forms in OTHER_MEASURES.items():
        for form in forms:
            put(form, measure)
    for form, expression in EXTRA_AMBIGUOUS_FORMS.items():
        put(form, str(ureg.Unit(expression)))
    return table


@lru_cache(maxsize=4096)
def unit_word(text: str) -> UnitWord | None:
    """The measure of a unit as written, and whether it is ambiguous; None if not a unit."""
    text = re.sub(r"\s+", " ", text.strip())
    forms = _forms()
    return forms.get(text) or forms.get(text.lower()) if len(text) > 3 else forms.get(text)


def glued_alternation() -> str:
    """Regex alternation of the unit letters that count only when glued to the number."""
    return "|".join(sorted(GLUED_ONLY_FORMS))


def glued_measure(form: str) -> str:
    """The measure of a glued-only unit letter ("l" -> "liter")."""
    return str(registry().Unit(GLUED_ONLY_FORMS[form]))


def measure_for(unit_text: str) -> str | None:
    """The stable measure name of a unit as written ("km/h" -> "kilometer / hour"), or None."""
    word = unit_word(unit_text)
    return word.measure if word else None


def measure_of_label(label: str) -> str:
    """The measure a subject's unit label names ("(unit: months)", "(unit: tomans)"), or "": a
    unit's (`measure_for`: "months" -> "month"), a unit of money kept as stated
    (vocab.MINOR_CURRENCY_MEASURES: "tomans" -> "toman"), or a span's noun pint lacks by its singular
    (vocab.DURATION_UNITS: "nights" -> "night")."""
    found = measure_for(label) or vocab.MINOR_CURRENCY_MEASURES.get(label)
    if found:
        return found
    singular = label[:-1] if label.endswith("s") else ""
    return singular if label in vocab.DURATION_UNITS and singular in vocab.DURATION_UNITS else ""


def is_ambiguous(unit_text: str) -> bool:
    """Whether a unit as written may mean something else ("m", "pounds", "points")."""
    word = unit_word(unit_text)
    return bool(word and word.ambiguous)


def unit_spellings() -> list[str]:
    """Every unit spelling (the words of `unit_alternation`)."""
    return list(_forms())


def _is_acronym(form: str) -> bool:
    """Whether a unit spelling is an acronym in capitals, with or without a plural "s" ("ASKs",
    "TEUs"): case-sensitive, as its lower-case letters are often a word ("asks")."""
    stem = form[:-1] if form.endswith("s") else form
    return len(stem) > 1 and stem.isalpha() and stem.isupper()


@cache
def unit_alternation() -> str:
    """Regex alternation of every unit spelling, longest first: symbols case-sensitive, words in any case."""
    forms = _forms()
    words = [f for f in forms if len(f) > 3 and f[:1].isalpha() and not _is_acronym(f)]
    symbols = [f for f in forms if len(f) <= 3 or not f[:1].isalpha() or _is_acronym(f)]
    return f"(?i:{grouped_alternation(words, ignore_case=True)})|{grouped_alternation(symbols)}"


def _label_word(word: str) -> str:
    for american, british in _BRITISH:
        word = word.replace(american, british)
    return word


def subject_unit_label(measure: str) -> str:
    """The unit for a subject's "(unit: ...)": "metres", "kilometres per hour", "basis points"."""
    if measure in _LABELS:
        return _LABELS[measure]
    if measure in _MINOR_CURRENCY_LABELS:
        return _MINOR_CURRENCY_LABELS[measure]
    if measure in OTHER_MEASURES:
        head, _, last = measure.rpartition(" ")
        return f"{head} {_plural(last)}".strip()
    numerator, _, denominator = measure.partition(" / ")
    if denominator and numerator in _LABELS:  # "metric_ton / hour": "tonnes per hour"
        return f"{_LABELS[numerator]} per {denominator.replace('_', ' ')}"
    power = re.fullmatch(r"(\w+) \*\* ([23])", numerator)
    if power:
        numerator = ("square " if power.group(2) == "2" else "cubic ") + power.group(1)
    words = numerator.replace("_", " ").split()
    at = 0 if len(words) > 1 and words[-1][:1].isupper() else len(words) - 1
    words[at] = _plural(words[at])
    label = " ".join(words)
    if denominator:
        power = re.fullmatch(r"(\w+) \*\* ([23])", denominator)
        if power:
            denominator = ("square " if power.group(2) == "2" else "cubic ") + power.group(1)
        label += " per " + denominator.replace("_", " ")
    return _label_word(label)


# The kind of quantity a physical unit measures, by its pint dimensionality: what a subject can
# name when the words around a measurement do not ("about 3,200 degrees Celsius" is a
# temperature). Lengths are left out: a length is a height, a depth, a distance or rainfall.
QUANTITY_NAMES: dict[tuple[tuple[str, int], ...], str] = {
    (("[length]", 1), ("[time]", -1)): "speed",
    (("[temperature]", 1),): "temperature",
    (("[mass]", 1),): "weight",
    (("[length]", 2),): "area",
    (("[length]", 3),): "volume",
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): "energy",
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): "power",
    (("[current]", -1), ("[length]", 2), ("[mass]", 1), ("[time]", -3)): "voltage",
}


# The units of time a flow is measured per ("120,000 litres a day": "liter / day", read by the
# measure scan); a flow is of the quantity its unit before them measures
FLOW_TIMES = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))
# ... as is a yearly output the table lists with its year after a slash ("320 GWh/yr"), a flow of
# its energy as "320 GWh a year" is
YEARLY_TABLE_FLOWS = frozenset(measure for measure in PINT_MEASURES if measure.endswith(" / year"))


# Measures whose kind of quantity their dimensions do not tell: a torque has an energy's dimensions.
TORQUE_MEASURES = frozenset(("meter * newton", "foot * force_pound"))


# ... and the measures of the rules' own that name one kind of quantity: a ship's gross tonnage is
# its size (an enclosed volume in register units, no weight)
OTHER_QUANTITIES = {"gross tonnage": "size"}


def quantity_of(measure: str) -> str:
    """The kind of quantity a measure of the unit table measures ("kilometer / hour" -> "speed"),
    or "" (a length, a scale reading, a rate named as read: "cases per 100,000 people")."""
    if measure in OTHER_QUANTITIES:
        return OTHER_QUANTITIES[measure]
    if measure in TORQUE_MEASURES:
        return "torque"
    numerator, _, per = measure.partition(" / ")
    if per in FLOW_TIMES and numerator in _quantities() and _composed_flow(measure):
        return _quantities()[numerator]  # "liter / day" (not the table's "barrel / day"): a flow of a volume
    return _quantities().get(measure, "")


def flowing(measure: str) -> str:
    """The measure a flow the measure scan composes is of ("liter / day" -> "liter"; not the table's
    own rates, "barrel / day", "kilometer / hour"), or ""."""
    numerator, _, per = measure.partition(" / ")
    return numerator if per in FLOW_TIMES and _composed_flow(measure) else ""


def _composed_flow(measure: str) -> bool:
    """Whether a measure per a unit of time is a flow of its numerator's quantity: one the measure
    scan composes, or a yearly output of the table (YEARLY_TABLE_FLOWS)."""
    return measure not in _table_measures() or measure in YEARLY_TABLE_FLOWS


@cache
def _table_measures() -> frozenset[str]:
    """Every measure of the unit table (a flow the measure scan composes is none)."""
    return frozenset(word.measure for word in _forms().values())


@cache
def _quantities() -> dict[str, str]:
    """Every measure of the unit table that names one kind of quantity -> that kind (read from the
    per-user cache of analysis/vocab_cache.py, as the unit table is, or built with pint)."""
    return vocab_cache.cached("quantities", __file__, _build_quantities, _load_quantities, _IMPORTED)


def _load_quantities(raw: object) -> dict[str, str]:
    """The table from its JSON form (a TypeError or ValueError when it is not that)."""
    return {str(measure): str(kind) for measure, kind in dict(raw).items()}  # type: ignore[call-overload]


def _build_quantities() -> dict[str, str]:
    """Every measure of the unit table (and of the glued unit letters) -> its kind of quantity, by
    its dimensions in pint's registry."""
    ureg = registry()
    measures = {word.measure for word in _forms().values()}
    measures |= {str(ureg.Unit(expression)) for expression in GLUED_ONLY_FORMS.values()}
    table: dict[str, str] = {}
    for measure in sorted(measures):
        expression = pint_expression(measure)
        if expression is None:
            continue  # the rules' own measures: scale readings, ages, points
        dimensions = ureg.Unit(expression).dimensionality
        kind = QUANTITY_NAMES.get(tuple(sorted((str(k), int(v)) for k, v in dimensions.items())), "")
        if kind:
            table[measure] = kind
    return table


# The dimensions of a length, and of a base a count of things is spread over: a length ("seven
# nests a kilometre") or an area ("42 crabs per hectare")
LENGTH_DIMENSIONS = (("[length]", 1),)
EXTENT_DIMENSIONS = (LENGTH_DIMENSIONS, (("[length]", 2),))


def is_length(measure: str) -> bool:
    """Whether a measure of the unit table is a length ("meter", "foot", "mile"): a ship's length,
    a place's height."""
    return measure in _lengths()


@cache
def _lengths() -> frozenset[str]:
    """Every measure of the unit table that is a length (read from the per-user cache, as the unit
    table is, or built with pint)."""
    return vocab_cache.cached("lengths", __file__, _build_lengths, _load_extents, _IMPORTED)


def _build_lengths() -> list[str]:
    """Every measure of the unit table whose dimensions are a length's, by pint."""
    return _measures_of_dimensions((LENGTH_DIMENSIONS,))


def is_extent(measure: str) -> bool:
    """Whether a measure of the unit table is a length or an area ("kilometer", "hectare",
    "kilometer ** 2"): a base a count of things is spread over ("42 crabs per hectare")."""
    return measure in _extents()


@cache
def _extents() -> frozenset[str]:
    """Every measure of the unit table that is a length or an area (read from the per-user cache,
    as the unit table is, or built with pint)."""
    return vocab_cache.cached("extents", __file__, _build_extents, _load_extents, _IMPORTED)


def _load_extents(raw: object) -> frozenset[str]:
    """The set from its JSON form (a TypeError when it is not a list)."""
    return frozenset(str(measure) for measure in list(raw))  # type: ignore[call-overload]


def _build_extents() -> list[str]:
    """Every measure of the unit table whose dimensions are a length's or an area's, by pint."""
    return _measures_of_dimensions(EXTENT_DIMENSIONS)


def _measures_of_dimensions(wanted: tuple[tuple[tuple[str, int], ...], ...]) -> list[str]:
    """Every measure of the unit table whose dimensions, by pint, are one of `wanted` (not a yield
    over an area, "bushel / acre", whose dimensions are a length's)."""
    ureg = registry()
    found = []
    for measure in sorted({word.measure for word in _forms().values()}):
        expression = pint_expression(measure)
        if expression is None or " / " in measure:
            continue
        dimensions = tuple(sorted((str(k), int(v)) for k, v in ureg.Unit(expression).dimensionality.items()))
        if dimensions in wanted:
            found.append(measure)
    return found


def pint_expression(measure: str) -> str | None:
    """The expression pint reads for a measure (its own name for "barrel": "oil_barrel"), or None
    for one that does not convert (a scale reading, an age)."""
    if measure in _PINT_NAMES:
        return _PINT_NAMES[measure]
    if measure in OTHER_MEASURES:
        return None  # scale readings and ages do not convert
    return re.sub(r"\bbarrel\b", "oil_barrel", measure)


def convert(value: float, from_measure: str, to_measure: str) -> float | None:
    """value in from_measure expressed in to_measure, or None when they do not convert."""
    source, target = pint_expression(from_measure), pint_expression(to_measure)
    if source is None or target is None:
        return None
    ureg = registry()
    import pint

    try:
        return float(ureg.Quantity(value, source).to(target).magnitude)
    except (
        pint.errors.DimensionalityError,
        pint.errors.UndefinedUnitError,
        pint.errors.OffsetUnitCalculusError,
    ):
        return None
