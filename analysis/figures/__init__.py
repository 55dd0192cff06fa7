"""The figure recogniser, shaped by dimension (as facebook/duckling is).

- numbers.py: the number grammar once (digit groupings, decimals, number words, scales);
- one module per dimension, each with its own vocabulary, patterns and rules: money.py (CLDR
  currencies through analysis/currencies.py), percent.py, dates.py, durations.py, ages.py,
  measures.py (pint units through analysis/measures.py), counts.py;
- names.py: what is never a figure (names, codes, clock times, phone numbers);
- compose.py: ranges, "A or B", changes "from A to B" and carried units, across dimensions;
- subjects.py: what a figure measures; figure.py: the Figure every dimension returns.

analysis/extract.py runs the dimensions over an article in a fixed order, settles overlaps (a
number read by one dimension is claimed, so no other reads it) and yields the rows."""
