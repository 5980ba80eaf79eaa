"""Fixtures of the crawler tests: test sites that are shut down when the test ends."""

import pytest

from tests.crawler.testsite import TestSite


@pytest.fixture
def site_factory():
    sites: list[TestSite] = []

    def make(**kwargs) -> TestSite:
        site = TestSite(**kwargs)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()
