"""The figure recogniser, shaped by dimension (as facebook/duckling is).

- numbers.py: the number grammar once (digit groupings, decimals, number words, scales);
- one module per dimension, each with its own vocabulary, patterns and rules: money.py (CLDR
  currencies through analysis/currencies.py; its readers in currency_signs.py, exchange_rates.py,
  money_subjects.py and old_money.py; rate_bases.py, the one reader of the currency a rate is
  quoted against, serves exchange_rates.py, digit_groups.py, carry_over.py, the checks and charts),
  percent.py (its readers in percent_points.py, change_words.py, rate_levels.py and pay_rises.py),
  dates.py, durations.py, ages.py,
  measures.py (pint units through analysis/measures.py; its readers in unit_readings.py,
  length_readings.py, sport_readings.py, weather_readings.py and scale_readings.py), counts.py
  (with person_nouns.py,
  count_boxes.py, counted_units.py, count_rates.py and count_results.py);
- names.py: what is never a figure (names, codes, clock times, phone numbers; its readers in
  digit_groups.py, place_names.py, reference_codes.py, model_names.py and sport_names.py);
- compose.py: ranges, "A or B", changes "from A to B" and carried units, across dimensions (its
  readers in change_pairs.py, coordination.py, elided_units.py and carry_over.py);
- resolve.py: overlaps (a number read by one dimension is claimed, so no later one reads it) and
  matching at the anchors that are still free;
- subjects.py: what a figure measures (the stage; its readers in subject_clauses.py,
  people_subjects.py, span_subjects.py, amount_subjects.py, line_subjects.py and
  back_references.py), with giving.py (money given to a recipient) and events.py
  (the event a date dates), and sections.py: subjects of lists, label lines and diaries, read
  after the sentence rules (its passes in report_subjects.py, level_subjects.py, clause_forms.py
  and repeat_subjects.py); words.py: word tokens; figure.py: the Figure every dimension returns.

analysis/extract.py runs the dimensions over an article in a fixed order and yields the rows. The
date, year, age, duration and money scans are functions of their modules (dates.scan_dates,
dates.scan_years, durations.scan_durations, ages.scan_ages, money.scan_money,
old_money.scan_minor_money) taking the scanner; percent, measures and counts are still methods of the
scanner in analysis/extract.py."""
