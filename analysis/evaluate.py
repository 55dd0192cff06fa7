"""Scoring extracted figures against gold labels (the evaluation set's rules): precision, recall,
F1, kind accuracy, and subject agreement (the rules' proxy: a shared content word)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .article import Article, ArticleError, list_articles, load_article
from .extract import extract_figures
from .formats import format_value


@dataclass(frozen=True)
class GoldRow:
    """One gold label: where its quote lies in the body, and its value, unit and kind."""

    start: int
    end: int
    quote: str
    value: str
    unit: str
    kind: str
    subject: str


# Words that say nothing about what is measured ("Scoring" in the evaluation set's README):
# articles, prepositions, unit and direction words; and the conjunctions, which join any two
# subjects. Checked after a plural "s" is dropped.
SUBJECT_STOPWORDS = frozenset(
    {
        "the",
        *("about", "above", "across", "after", "against", "along", "amid", "among", "around", "before"),
        *("behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "despite", "down"),
        *("during", "except", "for", "from", "inside", "into", "like", "near", "off", "onto", "out"),
        *("outside", "over", "past", "per", "since", "than", "through", "throughout", "till", "toward"),
        *("towards", "under", "until", "upon", "via", "with", "within", "without"),
        *("and", "nor", "yet"),
        *("year", "month", "week", "day", "days", "hour", "minute", "decade", "unit", "percent", "cent"),
        *("percentage", "point", "increase", "decrease", "rise", "fall", "repeat", "total", "number", "up"),
    }
)
_UNIT_NOTE = re.compile(r"\(unit:[^)]*\)")
_WORD = re.compile(r"[^\W\d_]+")


def content_words(subject: str) -> frozenset[str]:
    """Lower-cased words of three letters or more, a plural "s" dropped from words longer than
    four letters, without SUBJECT_STOPWORDS and without the "(unit: ...)" note."""
    words = set()
    for word in _WORD.findall(_UNIT_NOTE.sub(" ", subject.lower())):
        if len(word) > 4 and word.endswith("s"):
            word = word[:-1]
        if len(word) >= 3 and word not in SUBJECT_STOPWORDS:
            words.add(word)
    return frozenset(words)


def subjects_agree(predicted: str, gold: str) -> bool:
    """Whether a predicted subject shares a content word with the gold subject."""
    return bool(content_words(predicted) & content_words(gold))


@dataclass(frozen=True)
class Score:
    """Counts and rates for one article or for a whole set."""

    name: str
    predicted: int
    gold: int
    matched: int
    kind_matched: int
    subject_judged: int = 0
    subject_agreed: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_matched / self.matched if self.matched else 1.0

    @property
    def subject_agreement(self) -> float:
        """Share of matched rows that are not dates whose subject agrees with the gold subject."""
        return self.subject_agreed / self.subject_judged if self.subject_judged else 1.0

    def line(self) -> str:
        """One line: name, counts, precision, recall, F1, kind accuracy and subject agreement."""
        return (
            f"{self.name}: predicted={self.predicted} gold={self.gold} matched={self.matched} "
            f"precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f} "
            f"kind_accuracy={self.kind_accuracy:.3f} subject_agreement={self.subject_agreement:.3f}"
        )


def read_gold(path: Path, article: Article) -> list[GoldRow]:
    """Gold rows of one article, located in its body; raise ArticleError for a quote not found."""
    rows: list[GoldRow] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for rec in csv.DictReader(handle):
                start = article.body.find(rec["quote"])
                if start < 0:
                    raise ArticleError(path, f"gold quote not in article: {rec['quote']!r}")
                rows.append(
                    GoldRow(
                        start,
                        start + len(rec["quote"]),
                        rec["quote"],
                        rec["value"],
                        rec["unit"],
                        rec["kind"],
                        rec.get("subject", ""),
                    )
                )
    except (OSError, UnicodeDecodeError, KeyError, csv.Error) as exc:
        raise ArticleError(path, f"cannot read gold labels ({exc})") from None
    return rows


def values_equal(predicted: str, gold: str) -> bool:
    """Numbers within a relative 1e-6; dates and ranges as exact strings."""
    try:
        p, g = float(predicted), float(gold)
    except ValueError:
        return predicted == gold
    return abs(p - g) <= 1e-6 * max(abs(g), 1e-12)


def match_rows(figures: pd.DataFrame, gold: list[GoldRow]) -> list[tuple[int, int]]:
    """Pairs (figure row position, gold index): span overlap, equal value and unit; each gold once."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for pos, row in enumerate(figures.itertuples(index=False)):
        value = format_value(row.value)
        for gi, g in enumerate(gold):
            if gi in used:
                continue
            if (
                row.start < g.end
                and g.start < row.end
                and row.unit == g.unit
                and values_equal(value, g.value)
            ):
                used.add(gi)
                pairs.append((pos, gi))
                break
    return pairs


def score_article(article: Article, gold: list[GoldRow]) -> tuple[Score, pd.DataFrame]:
    """Score one article; also return the figure table with a `matched` column."""
    figures = extract_figures(article)
    pairs = match_rows(figures, gold)
    kinds = sum(1 for pos, gi in pairs if figures.iloc[pos]["kind"] == gold[gi].kind)
    judged = [(pos, gi) for pos, gi in pairs if gold[gi].kind != "date"]
    agreed = sum(
        1 for pos, gi in judged if subjects_agree(str(figures.iloc[pos]["subject"]), gold[gi].subject)
    )
    figures = figures.assign(matched=False)
    for pos, _ in pairs:
        figures.iat[pos, figures.columns.get_loc("matched")] = True
    return Score(article.id, len(figures), len(gold), len(pairs), kinds, len(judged), agreed), figures


def missed_gold(article: Article, gold: list[GoldRow]) -> list[GoldRow]:
    """Gold rows no extracted figure matched (for error analysis)."""
    figures = extract_figures(article)
    matched = {gi for _, gi in match_rows(figures, gold)}
    return [g for i, g in enumerate(gold) if i not in matched]


def evaluate_folder(articles_dir: Path | str, gold_dir: Path | str) -> tuple[list[Score], Score]:
    """Scores per article (those with a gold file) and overall."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise ArticleError(gold_dir, "no such folder")
    scores: list[Score] = []
    for path in list_articles(articles_dir):
        gold_path = gold_dir / f"{path.stem}.csv"
        if not gold_path.exists():
            continue
        article = load_article(path)
        score, _ = score_article(article, read_gold(gold_path, article))
        scores.append(score)
    if not scores:
        raise ArticleError(gold_dir, "no gold file matches an article (NAME.csv for NAME.txt)")
    total = Score(
        "overall",
        sum(s.predicted for s in scores),
        sum(s.gold for s in scores),
        sum(s.matched for s in scores),
        sum(s.kind_matched for s in scores),
        sum(s.subject_judged for s in scores),
        sum(s.subject_agreed for s in scores),
    )
    return scores, total
