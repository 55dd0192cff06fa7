"""Who a sentence credits (analysis/attribution.py): names of any Latin, Greek or Cyrillic script."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.attribution import sentence_attribution


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
