"""Careers-site settings: the manifest's ``site:`` block, and what pages make of it.

:class:`Site` is what a person writes (every field optional); :class:`SiteLook`
is what the page templates see: the same facts with defaults filled in and the
brand colours turned into a palette whose text passes WCAG AA contrast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from jdgen.errors import DataError
from jdgen.models import Line, ShortLine, Strict, Text, Url
from jdgen.site.colours import contrast, legible, normalise, text_on

DEFAULT_TITLE = "Open positions"
DEFAULT_BRAND = "#1f3a5f"
DEFAULT_ACCENT = "#0b57a4"
# The lightest background links sit on in each mode (site.css.j2's --soft): a
# colour readable there is readable on every other background of that mode.
LIGHT_SURFACE = "#f3f5f7"
DARK_SURFACE = "#23272c"
INDEX_PAGE = "index.html"
FEEDS = ("atom", "indeed", "linkedin")  # what site.feeds may list
BOARDS = ("indeed", "linkedin")  # the feeds made for job boards (site/boards.py)

_LANGUAGE = r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$"
_RELATIVE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._/-]*$")


def _image(value: str) -> str:
    """A web address, or a path relative to the site such as ``logo.svg``."""
    if value.startswith(("http://", "https://")):
        from jdgen.models import _url

        return _url(value)
    if not _RELATIVE.match(value) or ".." in value.split("/") or "//" in value:
        raise ValueError(f"'{value}' is not an image address; give a full https:// URL or a "
                         "path inside the site such as images/logo.svg")
    return value


def _base(value: str) -> str:
    if "?" in value or "#" in value:
        raise ValueError(f"'{value}' has a query or fragment; give the folder's address, "
                         "e.g. https://example.com/jobs/")
    return value if value.endswith("/") else value + "/"


Colour = Annotated[str, AfterValidator(normalise)]


class Site(Strict):
    """How the careers site looks: ``site:`` in the manifest (every field optional)."""

    title: ShortLine | None = Field(
        default=None, description=f"The index page's heading (default '{DEFAULT_TITLE}')."
    )
    intro: Text | None = Field(default=None, description="A paragraph under the heading.")
    logo: Annotated[Line, AfterValidator(_image)] | None = Field(
        default=None, description="Logo image: an https:// URL or a path inside the site."
    )
    brand_color: Colour | None = Field(
        default=None, description="Header color, #rrggbb; text on it is chosen to be readable."
    )
    accent_color: Colour | None = Field(
        default=None, description="Link and button colour, #rrggbb (default: brand_color)."
    )
    base_url: Annotated[Url, AfterValidator(_base)] | None = Field(
        default=None,
        description="Where the site is published, e.g. https://example.com/jobs/; gives "
                    "canonical links, sitemap.xml and feed.xml.",
    )
    language: Annotated[str, Field(pattern=_LANGUAGE)] | None = Field(
        default=None, description="Language of the index page, e.g. en or en-GB (default en)."
    )
    feeds: list[Literal["atom", "indeed", "linkedin"]] | None = Field(
        default=None,
        description="Feeds written beside sitemap.xml (both need base_url): atom (feed.xml, "
                    "the default), indeed (indeed.xml) and linkedin (linkedin.xml); [] for none.",
    )

    @model_validator(mode="after")
    def _feeds_need_an_address(self) -> Site:
        if self.feeds and self.base_url is None:
            raise ValueError(f"feeds: {', '.join(self.feeds)} need the site's address; add "
                             "base_url (e.g. https://example.com/jobs/)")
        return self


@dataclass(frozen=True)
class SiteLook:
    """What page templates see of the site: defaults filled in, colours made readable."""

    title: str
    intro: str | None
    logo: str | None
    base_url: str | None
    language: str
    brand: str
    on_brand: str
    link: str
    link_dark: str
    on_link: str
    on_link_dark: str
    in_site: bool  # posting pages link back to the index
    warnings: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ("atom",)  # written when base_url is known

    @property
    def boards(self) -> tuple[str, ...]:
        """The job-board feeds the site writes (none without a base URL)."""
        if self.base_url is None:
            return ()
        return tuple(name for name in self.feeds if name in BOARDS)

    def url(self, name: str) -> str | None:
        """The published address of the page ``name``, when the base URL is known."""
        return None if self.base_url is None else self.base_url + name


def look(site: Site | None) -> SiteLook:
    """The site's look; ``None`` is a single page built without a manifest."""
    given = site or Site()
    brand = given.brand_color or DEFAULT_BRAND
    accent = given.accent_color or given.brand_color or DEFAULT_ACCENT
    field = "accent_color" if given.accent_color else "brand_color"
    link = legible(accent, LIGHT_SURFACE)
    warnings = []
    if link != accent:
        ratio = contrast(accent, LIGHT_SURFACE)
        warnings.append(
            f"site.{field} {accent} has a contrast of {ratio:.1f}:1 on the page's light "
            f"background, below the 4.5:1 WCAG AA asks of text; links and buttons use "
            f"{link} instead")
    link_dark = legible(accent, DARK_SURFACE)
    return SiteLook(
        title=given.title or DEFAULT_TITLE, intro=given.intro, logo=given.logo,
        base_url=given.base_url, language=given.language or "en",
        brand=brand, on_brand=text_on(brand), link=link, link_dark=link_dark,
        on_link=text_on(link), on_link_dark=text_on(link_dark),
        in_site=site is not None, warnings=tuple(warnings),
        feeds=tuple(dict.fromkeys(given.feeds)) if given.feeds is not None else ("atom",),
    )


def site_file_there(path: Path, folder: Path) -> bool:
    """Whether a sheet's site settings file is at ``path``, and may be read.

    It may when it is a regular file in ``folder`` after symbolic links are
    followed; anything else there (a link elsewhere, a FIFO, a folder) is one
    error naming the file, and nothing is read.
    """
    from jdgen.inputs.reading import is_inside

    if not path.is_file():
        if path.is_symlink() or path.exists():
            raise DataError([f"{path}: not a regular file; the site settings must be a YAML "
                             "file beside the sheet"])
        return False
    if not is_inside(path, folder):
        raise DataError([f"{path}: is a symbolic link to a file outside the sheet's folder "
                         f"{folder}; site settings are read only from the sheet's own folder"])
    return True
