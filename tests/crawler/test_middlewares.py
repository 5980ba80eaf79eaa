"""Retry-After parsing (both RFC 9110 forms) and the charset taken from a Content-Type header."""

from email.utils import formatdate
import time

from crawler.middlewares import retry_after_seconds
from crawler.spiders.profile import header_charset


def test_retry_after_as_seconds_or_http_date():
    assert retry_after_seconds(b"120") == 120.0
    in_a_minute = formatdate(time.time() + 60, usegmt=True).encode()
    assert 55 <= retry_after_seconds(in_a_minute) <= 61
    assert retry_after_seconds(formatdate(time.time() - 60, usegmt=True).encode()) == 0.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds(b"tomorrow-ish") is None


def test_header_charset_is_passed_as_written():
    assert header_charset(b'text/html; charset="gb2312"') == "gb2312"
    assert header_charset(b"text/html;charset=Big5") == "Big5"
    assert header_charset(None) is None
