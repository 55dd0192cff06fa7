"""The figure recogniser, shaped by dimension (as facebook/duckling is).

- numbers.py: the number grammar once (digit groupings, decimals, number words, scales);
- one module per dimension, each with its own vocabulary, patterns and rules: money.py (CLDR
  currencies through analysis/currencies.py), percent.py, dates.py, durations.py, ages.py,
  measures.py (pint units through analysis/measures.py), counts.py;
- names.py: what is never a figure (names, codes, clock times, phone numbers);
- compose.py: ranges, "A or B", changes "from A to B" and carried units, across dimensions;
- resolve.py: overlaps (a number read by one dimension is claimed, so no later one reads it) and
  matching at the anchors that are still free;
- subjects.py: what a figure measures; words.py: word tokens; figure.py: the Figure every
  dimension returns.

analysis/extract.py runs the dimensions over an article in a fixed order (dates.scan_dates and
dates.scan_years are already functions of their module; the other scans are still methods of its
scanner) and yields the rows."""
