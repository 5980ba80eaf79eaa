"""Site profiles: the shipped ones validate, and a bad one is refused with the file, the field and what is allowed."""

from pathlib import Path

import pytest

from crawler.profiles import SITES_DIR, ProfileError, SiteProfile, load_profile, resolve_profile, scan_profiles

GOOD = """
name = "demo"
start_urls = ["https://example.com/list/"]
allowed_domains = ["example.com"]
[articles]
url_pattern = '/\\d+\\.html$'
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_profile_is_valid():
    found = scan_profiles(SITES_DIR)
    assert len(found) >= 2
    assert all(isinstance(result, SiteProfile) for _, result in found), found


def test_a_good_profile_gets_the_defaults(tmp_path):
    profile = load_profile(_write(tmp_path, GOOD))
    assert profile.name == "demo" and profile.politeness.download_delay == 1.0 and profile.next_pages is None


@pytest.mark.parametrize(
    ("change", "field", "hint"),
    [
        (GOOD.replace("allowed_domains", "alowed_domains"), "alowed_domains", "allowed here: name, start_urls"),
        (GOOD + "[politeness]\ndelay = 2\n", "politeness.delay", "allowed here: download_delay"),
        (GOOD.replace("https://example.com/list/", "example.com/list"), "start_urls", "not an http"),
        (GOOD.replace("'/\\d+\\.html$'", "'/(\\d+'"), "articles.url_pattern", "not a valid regular expression"),
        (GOOD.replace("url_pattern = '/\\d+\\.html$'", ""), "articles", "at least one of css, xpath or url_pattern"),
        (GOOD.replace("[articles]", 'charset = "klingon"\n[articles]'), "charset", "unknown charset"),
        (GOOD + "[politeness]\nconcurrency = 100\n", "politeness.concurrency", "less than or equal to 16"),
        (GOOD.replace('name = "demo"\n', ""), "name", "required field is missing"),
        (GOOD.replace("[articles]", 'rule_pack = "packs/nowhere.toml"\n[articles]'), "rule_pack", "does not exist"),
    ],
)
def test_a_bad_profile_names_file_field_and_what_is_allowed(tmp_path, change, field, hint):
    path = _write(tmp_path, change)
    with pytest.raises(ProfileError) as error:
        load_profile(path)
    message = str(error.value)
    assert str(path) in message and f"`{field}`" in message and hint in message


def test_bad_css_is_refused(tmp_path):
    with pytest.raises(ProfileError, match="not a valid CSS selector"):
        load_profile(_write(tmp_path, GOOD.replace("url_pattern = '/\\d+\\.html$'", 'css = "ul >> li"')))


def test_broken_toml_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="not valid UTF-8 TOML"):
        load_profile(_write(tmp_path, "name = "))


def test_profiles_resolve_by_name_or_path(tmp_path):
    assert resolve_profile("bsmz") == SITES_DIR / "bsmz.toml"
    path = _write(tmp_path, GOOD)
    assert resolve_profile(str(path)) == path
    with pytest.raises(ProfileError, match="one of: bsmz"):
        resolve_profile("nosuchsite")
