"""`jdgen serve` itself: it starts on 127.0.0.1, answers, stops; it says what it needs."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from jdgen.cli import main

REPO = Path(__file__).resolve().parent.parent


def test_help_and_other_commands_do_not_import_the_web_stack():
    probe = ("import sys\nfrom jdgen.cli import main\n"
             "for args in (['--help'], ['serve', '--help'], ['roles']):\n"
             "    try:\n        main(args, prog_name='jdgen')\n"
             "    except SystemExit:\n        pass\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('starlette', 'uvicorn', 'multipart', 'python_multipart', 'httpx', 'anyio') "
             "or m.startswith('jdgen.web')))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_without_the_web_extra_serve_says_how_to_get_it(runner, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "uvicorn" else real(name, *a))
    result = runner.invoke(main, ["serve", "--no-browser"])
    assert result.exit_code == 2
    assert "jdgen serve needs the web extra: pip install 'jdgen[web]'" in result.stderr
    assert "Traceback" not in result.output


def test_a_port_in_use_is_one_line(runner):
    import socket

    pytest.importorskip("uvicorn")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "--no-browser", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_serve_answers_on_localhost_only_and_stops(tmp_path):
    pytest.importorskip("uvicorn")
    pytest.importorskip("starlette")
    with subprocess.Popen([sys.executable, "-m", "jdgen", "serve", "--no-browser"],
                          cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}) as server:
        try:
            assert server.stdout is not None
            line = server.stdout.readline()
            assert line.startswith("jdgen serve: http://127.0.0.1:"), line
            address = line.split()[2]
            direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with direct.open(address, timeout=20) as reply:
                page = reply.read().decode()
            assert "Write a job posting" in page
            request = urllib.request.Request(address, data=b"role=coo", method="POST")
            with pytest.raises(urllib.error.HTTPError) as refused:  # no token
                direct.open(request, timeout=20)
            refused.value.close()
            assert refused.value.code == 403
        finally:
            server.terminate()
            server.wait(timeout=20)
    assert list(tmp_path.iterdir()) == []


def test_a_wheel_carries_the_pages_and_finds_them_from_anywhere(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(REPO)], check=True, capture_output=True)
    (wheel,) = dist.glob("jdgen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("form.html.j2", "panel.html.j2", "compare.html.j2", "style.css", "app.js"):
        assert f"jdgen/web/templates/{name}" in names, name
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = ("from jdgen.web import pages\n"
             "env = pages.environment()\n"
             "for name in ('form.html.j2', 'panel.html.j2', 'compare.html.j2'):\n"
             "    env.get_template(name)\n"
             "assert pages.asset('style.css') and pages.asset('app.js')\n"
             "print(pages.FOLDER)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONPATH": str(site)})
    assert done.stdout.strip() == str(site / "jdgen" / "web" / "templates")


def test_the_readme_sets_recruiters_up_and_shows_the_app():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    assert "pip install '.[web,pdf]'" in setup and "jdgen serve" in setup
    assert "```sh\npip install . && jdgen build coo --company Acme\n```" in setup
    assert "```sh\npip install -e '.[test]' && pytest\n```" in setup
    assert "](docs/serve.png)" in readme
    shot = (REPO / "docs" / "serve.png").read_bytes()
    assert shot.startswith(b"\x89PNG\r\n\x1a\n") and len(shot) < 300_000
