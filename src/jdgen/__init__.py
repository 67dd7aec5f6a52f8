"""jdgen: tailored job postings from validated role models."""

from __future__ import annotations

# A literal, so start-up need not import importlib.metadata (tens of milliseconds);
# tests/test_startup.py checks it equals the installed package's version.
__version__ = "0.1.0"
