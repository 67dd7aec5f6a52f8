"""jdgen: tailored job postings from validated role models.

The Python API (see :mod:`jdgen.api`), loaded on first use so that
``import jdgen`` stays light::

    from jdgen import build_posting, build_manifest, lint_text, compare_roles

    built = build_posting("coo", "Acme", location="Denver, CO", formats=["md", "docx"])
    built.write("postings")
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: `import jdgen` imports nothing at all

# A literal, so start-up need not import importlib.metadata (tens of milliseconds);
# tests/test_startup.py checks it equals the installed package's version.
__version__ = "0.1.0"

if TYPE_CHECKING:
    from typing import Any

    from jdgen.api import (
        Builder,
        BuiltPosting,
        PostingFacts,
        build_manifest,
        build_posting,
        compare_roles,
        lint_files,
        lint_posting,
        lint_text,
    )
    from jdgen.errors import DataError, JdgenError, OutputError, TemplateError, UnknownRoleError
    from jdgen.models import Company

# Public name -> the module that defines it.
_LAZY = {
    **dict.fromkeys(("Builder", "BuiltPosting", "PostingFacts", "build_manifest",
                     "build_posting", "compare_roles", "lint_files", "lint_posting",
                     "lint_text"), "jdgen.api"),
    **dict.fromkeys(("DataError", "JdgenError", "OutputError", "TemplateError",
                     "UnknownRoleError"), "jdgen.errors"),
    "Company": "jdgen.models",
}

__all__ = [
    "Builder", "BuiltPosting", "Company", "DataError", "JdgenError", "OutputError",
    "PostingFacts", "TemplateError", "UnknownRoleError", "__version__", "build_manifest",
    "build_posting", "compare_roles", "lint_files", "lint_posting", "lint_text",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'jdgen' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
