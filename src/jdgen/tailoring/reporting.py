"""Who the role reports to, as it reads in a sentence.

``--reports-to`` takes a title ("CEO", "Managing Director", "the board"), a
possessive ("our founder") or a named person ("Dana Kim, CEO"). Each becomes a
:class:`Manager` with the phrase sentences use ("the CEO", "our founder",
"Dana Kim") and its kind, which role files can set conditions on. When nobody
is given, :func:`unnamed` says who leads in words that name no job title the
company may not have (kind ``none``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_BOARD = re.compile(r"\b(board|trustees|directors)\b", re.IGNORECASE)
_COO = re.compile(r"\b(coo|chief operat\w* officer)\b", re.IGNORECASE)
_TOP = re.compile(
    r"\b(ceo|chief executive\w*|managing director|md|president|general manager|gm|"
    r"(co-?)?founders?|owners?|proprietor|principal|executive director|managing partner|"
    r"chair\w*)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(officer|chief|director|head|president|vp|vice|ceo|coo|cfo|cto|md|gm|manager|"
    r"founders?|co-?founders?|owners?|board|lead|partner|principal|chair\w*|trustees|"
    r"proprietor|executive)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(our|my|your|their)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_NAMED = re.compile(r"^(?P<name>[^,(]+?)\s*(?:,\s*|\(\s*)(?P<title>[^)]+?)\s*\)?$")


@dataclass(frozen=True)
class Manager:
    """The person or body the role reports to."""

    given: str
    kind: str
    phrase: str
    introduction: str

    @property
    def label(self) -> str | None:
        """How the facts list shows it, as the user wrote it; None when nobody was given."""
        return self.given or None


def unnamed(size: str, company_wide: bool) -> Manager:
    """The manager of a role whose manager was not given (kind ``none``).

    A small company is led by its founder or chief executive; in a larger one a
    company-wide role answers to the chief executive and a functional one to the
    leadership team. No other title is named.
    """
    if size == "small":
        phrase = "the founder or chief executive"
    else:
        phrase = "the chief executive" if company_wide else "the leadership team"
    return Manager("", "none", phrase, phrase)


def kind_of(title: str) -> str:
    """'board', 'coo', 'chief-executive' or 'other' for a job title ('none' is for nobody)."""
    if _BOARD.search(title) and not re.search(r"\bmanaging director\b|\bexecutive director\b",
                                              title, re.IGNORECASE):
        return "board"
    if _COO.search(title):
        return "coo"
    if _TOP.search(title):
        return "chief-executive"
    return "other"


@lru_cache(maxsize=256)
def manager(given: str) -> Manager:
    """Read a ``--reports-to`` value (a batch asks for the same few thousands of times)."""
    given = " ".join(given.split())
    named = _NAMED.match(given)
    if named and not _TITLE.search(named.group("name")) and _TITLE.search(named.group("title")):
        name = named.group("name")
        title = _ARTICLE.sub("", _POSSESSIVE.sub("", named.group("title")))
        return Manager(given, kind_of(title), name, f"{name}, our {title}")
    if _POSSESSIVE.match(given):
        owner = _POSSESSIVE.match(given)
        assert owner is not None
        phrase = owner.group(1).lower() + given[owner.end() - 1:]
        return Manager(given, kind_of(given), phrase, phrase)
    core = _ARTICLE.sub("", given)
    if _TITLE.search(core):
        phrase = f"the {core}"
        return Manager(given, kind_of(core), phrase, phrase)
    return Manager(given, "other", core, core)
