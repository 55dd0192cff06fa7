"""Codebook: every column of every published table, its type and what it holds (one source of
truth for datapackage.json and the README)."""

from __future__ import annotations

Field = tuple[str, str]  # (Table Schema type, description)

ARTICLE: Field = ("string", "Article id (file stem in seeds/, or the id in its metadata).")
QUOTE: Field = ("string", "Exact text of the article body at [start, end): the figure with its unit words.")
START: Field = (
    "integer",
    "Character offset where the quote starts in the article body (code points, 0-based).",
)
END: Field = ("integer", "Character offset just after the quote ends in the article body.")
SENTENCE: Field = ("integer", "0-based index of the sentence holding the figure.")
ATTRIBUTION: Field = ("string", "Who the sentence credits for the figure; empty when no one is named.")
QUOTES: Field = ("string", "Every quote of this quantity in the article, in text order, joined by ' | '.")
STARTS: Field = ("string", "Start offsets of those quotes, joined by ' | '.")
MENTIONS: Field = ("integer", "How many times the article states this quantity.")

# The provenance columns of every table that groups repeated mentions of one quantity.
GROUPED_PROVENANCE: dict[str, Field] = {
    "mentions": MENTIONS,
    "quote": QUOTE,
    "start": START,
    "end": END,
    "sentence": SENTENCE,
    "quotes": QUOTES,
    "starts": STARTS,
    "attribution": ATTRIBUTION,
}

FIGURES: dict[str, Field] = {
    "article": ARTICLE,
    "sentence": SENTENCE,
    "start": START,
    "end": END,
    "quote": QUOTE,
    "value": (
        "string",
        "The figure as stated, normalised: a plain number (scale applied, no separators), a "
        "four-digit year, an ISO date (YYYY-MM-DD, YYYY-MM, --MM-DD without a year), or a range LOW/HIGH.",
    ),
    "unit": (
        "string",
        "percent, an ISO 4217 currency code, people, attacks, count, year, date, days or other "
        "(the real unit is then named in the subject).",
    ),
    "measure": (
        "string",
        "For unit 'other' only (else empty): the real unit in a stable form, pint's canonical unit name "
        "('foot', 'kilometer / hour', 'degree_Celsius', 'barrel / day', 'month') or a name from the "
        "labelling rules ('percentage point', 'basis point', 'years of age', 'magnitude', 'category', "
        "'sen', 'penny').",
    ),
    "kind": ("string", "percent_change, percentage_share, money, count, date, duration or other."),
    "subject": ("string", "A few words from the sentence saying what the figure measures."),
    "approx": ("boolean", "True when the article qualifies the figure (nearly, over, about, at least...)."),
    "direction": (
        "string",
        "increase or decrease for a change: a percent change, or a change in money ('rose by RM5 million'); "
        "empty otherwise (a level reached, 'to $40 billion', has none).",
    ),
    "attribution": ATTRIBUTION,
    "review": (
        "string",
        "Empty for the machine's extraction; 'added by review: <reason>' for a figure a person added.",
    ),
}

REVIEW_DECISIONS: dict[str, Field] = {
    "article": ARTICLE,
    "action": ("string", "reject (remove an extracted figure) or add (a figure the extraction missed)."),
    "quote": ("string", "The quote the review row names."),
    "start": ("integer", "Where that quote starts in the body (as given, or where it was found)."),
    "status": ("string", "rejected, added, or stale (the row no longer matches the article text)."),
    "reason": ("string", "The reviewer's reason, as written in the review file."),
    "detail": ("string", "What was done, or what no longer matches."),
}

ATTACK_INCREASES: dict[str, Field] = {
    "article": ARTICLE,
    "metric": ("string", "What rose or fell, in the article's words (for example 'suicide attacks')."),
    "percent_change": ("number", "The stated percent change (unsigned; see direction)."),
    "direction": ("string", "increase or decrease."),
    "multiplier": (
        "number",
        "Later level over earlier level, computed as 1 + p/100 (a 500 per cent rise is 6).",
    ),
    "index_before": ("number", "The earlier level as an index: always 100."),
    "index_after": ("number", "The later level on the same index: 100 times the multiplier (computed)."),
    "period": ("string", "The period as the article states it, or 'not stated'."),
    "period_start": ("integer", "Offset where the period phrase starts in the body; empty when not stated."),
    "baseline": ("string", "What the change is measured against, as stated, or 'not stated'."),
    **GROUPED_PROVENANCE,
}

AID_AMOUNTS: dict[str, Field] = {
    "article": ARTICLE,
    "recipient": ("string", "Who the money went to, as named right after the amount."),
    "amount": ("number", "The amount as stated, in units of its currency (scale applied)."),
    "currency": ("string", "ISO 4217 code of the amount."),
    "amount_usd": (
        "number",
        "The amount when stated in US dollars; empty otherwise (no conversion is made).",
    ),
    "purpose": ("string", "The purpose as the sentence states it, or 'not stated'."),
    "period": ("string", "The period as the sentence states it ('this year'), or 'not stated'."),
    **GROUPED_PROVENANCE,
}

CONSISTENCY_CHECKS: dict[str, Field] = {
    "article": ARTICLE,
    "check": (
        "string",
        "stated_two_ways, parts_against_total, percent_against_values, change_against_shares, "
        "multiple_against_values, bracketed_conversion or exchange_rate.",
    ),
    "status": (
        "string",
        "differs, adds up, does not add up, agrees, disagrees or implied (an exchange rate; an implied "
        "rate against a rate the article states agrees or disagrees).",
    ),
    "quantity": ("string", "What quantity the finding is about."),
    "detail": ("string", "The finding in plain words, with the stated values."),
    "computed": ("string", "What was computed to reach the finding."),
    "quotes": ("string", "The quotes the finding rests on, joined by ' | '."),
    "starts": ("string", "Their start offsets in the body, joined by ' | '."),
    "sentences": ("string", "Their sentence indexes, joined by ' | '."),
}

TABLES: dict[str, dict[str, Field]] = {
    "figures": FIGURES,
    "review_decisions": REVIEW_DECISIONS,
    "attack_increases": ATTACK_INCREASES,
    "aid_amounts": AID_AMOUNTS,
    "consistency_checks": CONSISTENCY_CHECKS,
}

TABLE_TITLES: dict[str, str] = {
    "figures": "Every figure each article states, with its quote and character span",
    "review_decisions": "Human review decisions: figures rejected or added by a fact-checker, and stale rows",
    "attack_increases": "Attack increases: percent change, multiplier and index, with period and baseline as stated",
    "aid_amounts": "Money to named recipients: amount, currency, purpose and period as stated",
    "consistency_checks": "Consistency findings: quantities stated two ways, parts against totals, percent changes",
}
