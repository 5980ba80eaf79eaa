"""Turn the date strings that meta lines and notices carry into `datetime.date` values."""

from __future__ import annotations

import re
from datetime import date

# 2019-05-29, 2019/5/29, 2019.05.29, 2019年5月29日 (a time of day after it is ignored); sites that print a
# two-digit year (21-03-05, 21/3/5) are read too. Full-width digits (２０２１年) are digits to `\d` and int().
_DATE = re.compile(r"(?<!\d)(\d{4}|\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# Sites in this field started publishing in the late 1990s; a year outside this range is a misread number.
_FIRST_YEAR, _LAST_YEAR = 1990, 2100
# A two-digit year from 90 on is the 1990s (the first sites), below it the 2000s.
_TWO_DIGIT_CENTURY_SPLIT = 90


def parse_published(value: str) -> date | None:
    """The calendar date written in `value`, or None when it holds no valid date.

    >>> parse_published("2019-05-29 08:55:13")
    datetime.date(2019, 5, 29)
    >>> parse_published("2019年5月29日")
    datetime.date(2019, 5, 29)
    >>> parse_published("2019/5/29"), parse_published("2019.05.29")
    (datetime.date(2019, 5, 29), datetime.date(2019, 5, 29))
    >>> parse_published("21-03-05"), parse_published("98/12/01"), parse_published("２０２１年０８月２０日")
    (datetime.date(2021, 3, 5), datetime.date(1998, 12, 1), datetime.date(2021, 8, 20))
    >>> parse_published("2019-13-01") is None, parse_published("12345-01-02") is None
    (True, True)
    """
    found = _DATE.search(value)
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    if len(found.group(1)) == 2:
        year += 1900 if year >= _TWO_DIGIT_CENTURY_SPLIT else 2000
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
