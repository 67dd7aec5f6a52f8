"""The app's safety rules, applied before any route runs.

- Only this server's own host names are served (a page elsewhere cannot reach
  it through a name that points here).
- A request that can change state (any method but GET and HEAD) must come from
  this server's own pages: another ``Origin``, or a browser's ``Sec-Fetch-Site``
  saying cross-site, is refused; the per-run token is checked by the routes.
- A body over :data:`MAX_BODY` bytes is refused, however it is sent.
- Every response says not to be framed, sniffed or cached, and which sources
  it may load from.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

MAX_BODY = 2_200_000  # a company profile at most (2 MB, as a file) and the form around it
TOO_LARGE = "The upload is too large: a company profile may be at most 2 MB."

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),  # "no-referrer" makes form posts say Origin: null
    (b"cache-control", b"no-store"),
]


class TooLarge(Exception):
    """The request's body is over the limit."""


def same_token(given: str | None, token: str) -> bool:
    """Whether ``given`` is this run's token (compared in constant time)."""
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


class Guard:
    """ASGI middleware enforcing the rules above; ``hosts`` are the names served.

    ``hosts`` None serves any name (``jdgen serve --host 0.0.0.0``, where the names
    the machine is reached by are not known); posts must still be same-origin.
    """

    def __init__(self, app: App, hosts: set[str] | None, origins: set[str],
                 max_body: int = MAX_BODY) -> None:
        self.app = app
        self.hosts = hosts
        self.origins = origins
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        problem = self._refusal(scope["method"], headers)
        if problem is not None:
            await _plain(send, *problem)
            return
        seen = 0
        limit = self.max_body

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise TooLarge
            return message

        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_HEADERS]
            await send(message)

        try:
            await self.app(scope, counted, with_headers)
        except TooLarge:
            if not started:
                await _plain(send, 413, TOO_LARGE)

    def _refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        if self.hosts is not None and host not in self.hosts:
            return 421, "This server answers only to its own address."
        length = headers.get("content-length", "0")
        if not length.isdigit() or int(length) > self.max_body:
            return 413, TOO_LARGE
        if method in ("GET", "HEAD"):
            return None
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins and origin != f"http://{host}":
            return 403, "Refused: the request came from another site."
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, "Refused: the request came from another site."
        return None


async def _plain(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *_HEADERS]})
    await send({"type": "http.response.body", "body": body})
