from __future__ import annotations

from analysis.figures import dates


def test_date_digits_are_followed_by_a_month():
    body = "On 7 October 2023, 5 people left; 12 of them in March."
    digits = [i for i, c in enumerate(body) if c.isdigit() and (i == 0 or not body[i - 1].isdigit())]
    months = dates.month_anchors(body)
    assert [body[d : d + 2] for d in dates.date_digits(digits, months)] == ["7 ", "20", "5 ", "12"]
    assert [body[d : d + 4] for d in dates.year_digits(body, digits)] == ["2023"]


def test_month_anchors_are_capitalised_month_names():
    body = "May may come in Dec. or December"
    assert [body[i : i + 3] for i in dates.month_anchors(body)] == ["May", "Dec", "Dec"]
