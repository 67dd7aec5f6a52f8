"""`jdgen serve`: the local web app for recruiters (needs the web extra)."""

from __future__ import annotations

import secrets
import socket
from pathlib import Path

import click

from jdgen.errors import echo

_LOCAL = ("127.0.0.1", "localhost", "::1")
_NEEDS = ("starlette", "uvicorn", "multipart")  # the web extra


@click.command(short_help="Open the web app: a form, a live preview, downloads.")
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="Port to listen on (default: a free one, printed).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this computer's own address lets "
                   "other machines reach the app: give it only on a network you trust.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser; just print the address.")
@click.option("--roles-dir", type=click.Path(path_type=Path, file_okay=False), multiple=True,
              help="Extra folder of role YAML files (searched first).")
@click.option("--templates-dir", type=click.Path(path_type=Path, file_okay=False),
              multiple=True, help="Extra folder of templates (searched first).")
def serve(port: int, host: str, no_browser: bool, roles_dir: tuple[Path, ...],
          templates_dir: tuple[Path, ...]) -> None:
    """Start jdgen's web app in this folder and open it in your browser.

    Fill in a form and watch the posting take shape; download it as Word, PDF,
    Markdown or a web page. The app runs on this computer only and stops with
    Ctrl+C. It saves nothing, except a company profile when you press "Save
    profile", into this folder. Needs: pip install 'jdgen[web]'.
    """
    import importlib.util

    if not all(importlib.util.find_spec(name) for name in _NEEDS):
        raise click.UsageError("jdgen serve needs the web extra: pip install 'jdgen[web]' "
                               "(or pipx install 'jdgen[web]')")
    if host not in _LOCAL:
        echo(f"Warning: listening on {host}: anyone who can reach this address can use the "
             "app and save profiles into this folder.", err=True)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)  # connections wait from now on, even before the app is ready
    except OSError as exc:
        sock.close()
        raise click.BadParameter(f"cannot listen on {host}:{port}: {exc.strerror}",
                                 param_hint="'--port'") from None
    chosen = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    names: set[str] | None = {f"{shown}:{chosen}"} | (
        {f"localhost:{chosen}"} if host in _LOCAL else set())
    if host in ("0.0.0.0", "::"):  # every address of this machine: names not known here
        names = None
    address = f"http://{shown}:{chosen}/"
    echo(f"jdgen serve: {address}  (Ctrl+C to stop)")
    if not no_browser:  # the browser's first request waits on the socket until the app is up
        import webbrowser

        webbrowser.open(address)
    import uvicorn

    from jdgen.web.app import create_app

    app = create_app(Path.cwd(), secrets.token_urlsafe(24), hosts=names,
                     origins={f"http://{n}" for n in names or ()}, roles_dirs=roles_dir,
                     templates_dirs=templates_dir)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])
