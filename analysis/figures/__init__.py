"""The figure recogniser, shaped by dimension: one module per kind of figure, each with its own
vocabulary and rules; extract.py runs them over an article and settles overlaps."""
