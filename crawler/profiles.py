"""Site profiles: the TOML files that tell the one generic spider where a site's listings, articles and next pages are."""

from __future__ import annotations

import codecs
import re
import tomllib
from pathlib import Path
from typing import Annotated

from parsel import Selector
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cleaning.errors import RunError

SITES_DIR = Path(__file__).parent / "sites"


class ProfileError(RunError):
    """A site profile cannot be used; the message names the file, the field and what is allowed."""


class LinkRule(BaseModel):
    """How to find links on a listing page: a CSS selector, an XPath, a URL pattern, or several of them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # CSS selector of the <a> elements (or of elements holding them), e.g. "ul.list li a"
    css: str | None = None
    # XPath of the <a> elements or of their href attributes, e.g. "//div[@class='list']//a"
    xpath: str | None = None
    # regular expression searched in the absolute URL of every link on the page, e.g. '/gongwen/\d+\.html$'
    url_pattern: str | None = None

    @field_validator("css")
    @classmethod
    def _css_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                Selector(text="<a></a>").css(value)
            except Exception as error:  # cssselect raises several unrelated types for bad selectors
                raise ValueError(f"not a valid CSS selector ({error})") from None
        return value

    @field_validator("xpath")
    @classmethod
    def _xpath_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                Selector(text="<a></a>").xpath(value)
            except ValueError as error:
                raise ValueError(f"not a valid XPath ({error})") from None
        return value

    @field_validator("url_pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as error:
                raise ValueError(f"not a valid regular expression ({error})") from None
        return value

    @model_validator(mode="after")
    def _names_something(self) -> "LinkRule":
        if not (self.css or self.xpath or self.url_pattern):
            raise ValueError("give at least one of css, xpath or url_pattern")
        return self


class Politeness(BaseModel):
    """How hard the crawl may press on this site; robots.txt and its Crawl-delay always apply on top."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # one request per second per site is the usual courtesy for small sites that publish no Crawl-delay
    download_delay: Annotated[float, Field(ge=0, le=600)] = 1.0
    # two parallel requests per site: Scrapy's AutoThrottle documentation suggests starting low for small hosts
    concurrency: Annotated[int, Field(ge=1, le=16)] = 2
    autothrottle: bool = True
    # template-essay article pages weigh 30-300 KB; 5 MB only stops runaway downloads (attachments, traps)
    max_response_bytes: Annotated[int, Field(ge=10_000)] = 5 * 1024 * 1024
    # a loaded small host answers within seconds; 30 s leaves room for retries inside a nightly window
    timeout_seconds: Annotated[float, Field(gt=0, le=600)] = 30.0


class SiteProfile(BaseModel):
    """One site: where to start, which links are articles and next pages, and the site's own overrides."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    start_urls: Annotated[list[str], Field(min_length=1)]
    allowed_domains: Annotated[list[str], Field(min_length=1)]
    articles: LinkRule
    next_pages: LinkRule | None = None
    # the site's real charset, when its headers and meta tags lie; handed to decoding as the transport charset
    charset: str | None = None
    # a rule pack with this site's own noise, relative to the profile file
    rule_pack: str | None = None
    # bounds per run, so one broken listing cannot crawl a whole site in one night
    max_listing_pages: Annotated[int, Field(ge=1)] = 50
    max_articles: Annotated[int, Field(ge=1)] = 1000
    # re-request articles already collected with If-None-Match / If-Modified-Since, to notice edits
    revalidate: bool = False
    politeness: Politeness = Field(default_factory=Politeness)
    user_agent: str | None = None

    # where this profile was read from, to resolve rule_pack and to name the file in messages
    source: Path | None = Field(default=None, exclude=True)

    @field_validator("start_urls")
    @classmethod
    def _urls_are_http(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"{url!r} is not an http:// or https:// URL")
        return urls

    @field_validator("allowed_domains")
    @classmethod
    def _domains_are_hosts(cls, domains: list[str]) -> list[str]:
        for domain in domains:
            if "/" in domain or not domain.strip():
                raise ValueError(f"{domain!r} is not a host name (give 'example.com', not a URL)")
        return domains

    @field_validator("charset")
    @classmethod
    def _charset_is_known(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"unknown charset {value!r}; use a Python codec name such as gbk, big5, utf-8") from None
        return value

    def rule_pack_path(self) -> Path | None:
        if self.rule_pack is None:
            return None
        base = self.source.parent if self.source else Path.cwd()
        return (base / self.rule_pack).resolve()


def _describe(error: dict, model: type[BaseModel]) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "(top level)"
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        owner = model
        for part in error["loc"][:-1]:
            annotation = owner.model_fields[str(part)].annotation
            owner = next((a for a in getattr(annotation, "__args__", (annotation,)) if isinstance(a, type) and issubclass(a, BaseModel)), owner)
        allowed = ", ".join(name for name in owner.model_fields if name != "source")
        message = f"unknown field; allowed here: {allowed}"
    elif error["type"] == "missing":
        message = "required field is missing"
    return f"field `{field}`: {message}"


def load_profile(path: Path) -> SiteProfile:
    """Read and validate one profile file; any problem is a ProfileError naming the file, the field and the fix."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"{path}: no such profile file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ProfileError(f"{path}: not valid UTF-8 TOML: {error}") from None
    try:
        profile = SiteProfile.model_validate({**data, "source": path})
    except ValidationError as error:
        problems = "; ".join(_describe(e, SiteProfile) for e in error.errors())
        raise ProfileError(f"{path}: {problems}") from None
    pack = profile.rule_pack_path()
    if pack is not None and not pack.is_file():
        raise ProfileError(f"{path}: field `rule_pack`: {pack} does not exist (the path is relative to the profile)")
    return profile


def resolve_profile(name_or_path: str, sites_dir: Path = SITES_DIR) -> Path:
    """A profile named by path, or by name among the shipped profiles in crawler/sites/."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.exists():
        return candidate
    shipped = sites_dir / f"{name_or_path}.toml"
    if shipped.exists():
        return shipped
    known = ", ".join(sorted(p.stem for p in sites_dir.glob("*.toml"))) or "none"
    raise ProfileError(f"no profile {name_or_path!r}: give a path to a .toml file or one of: {known}")


def scan_profiles(sites_dir: Path = SITES_DIR) -> list[tuple[Path, SiteProfile | ProfileError]]:
    """Every profile in a folder, each validated or with the error that stops it from being used."""
    found: list[tuple[Path, SiteProfile | ProfileError]] = []
    for path in sorted(sites_dir.glob("*.toml")):
        try:
            found.append((path, load_profile(path)))
        except ProfileError as error:
            found.append((path, error))
    return found
