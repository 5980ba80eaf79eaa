"""Turn the date strings that meta lines and notices carry into `datetime.date` values."""

from __future__ import annotations

import re
from datetime import date

# 2019-05-29, 2019/5/29, 2019.05.29, 2019年5月29日 (a time of day after it is ignored)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# Sites in this field started publishing in the late 1990s; a year outside this range is a misread number.
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


def parse_published(value: str) -> date | None:
    """The calendar date written in `value`, or None when it holds no valid date.

    >>> parse_published("2019-05-29 08:55:13")
    datetime.date(2019, 5, 29)
    >>> parse_published("2019年5月29日")
    datetime.date(2019, 5, 29)
    >>> parse_published("2019/5/29"), parse_published("2019.05.29")
    (datetime.date(2019, 5, 29), datetime.date(2019, 5, 29))
    >>> parse_published("2019-13-01") is None
    True
    """
    found = _DATE.search(value)
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
