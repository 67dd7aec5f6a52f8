"""The app's own pages: a sandboxed, autoescaping Jinja environment, built on demand."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

FOLDER = Path(__file__).parent / "templates"
ASSETS = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}


def environment() -> SandboxedEnvironment:
    """The environment the pages render in: this package's templates, escaped, strict."""
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(loader=jinja2.FileSystemLoader(str(FOLDER)), autoescape=True,
                                undefined=jinja2.StrictUndefined, trim_blocks=True,
                                lstrip_blocks=True, auto_reload=False)


def render(env: SandboxedEnvironment, name: str, **context: Any) -> str:
    """Render one page template."""
    return env.get_template(name).render(**context)


def asset(name: str) -> bytes:
    """The bytes of a stylesheet or script the pages load (only those in :data:`ASSETS`)."""
    if name not in ASSETS:
        raise KeyError(name)
    return (FOLDER / name).read_bytes()
