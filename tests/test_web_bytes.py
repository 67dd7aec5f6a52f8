"""Downloads from the web app are the bytes `jdgen build` and the API write for the same facts."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
import yaml

import jdgen
from jdgen.cli import main
from webclient import TOKEN, client

US = {"role": "coo", "company_name": "Acme Robotics", "location": "Austin, TX",
      "salary": "$120,000-$150,000", "arrangement": "hybrid", "employees": "40",
      "apply_url": "https://acme.example/jobs/coo", "date": "2026-12-01",
      "benefits": "Health insurance\n401(k) with a 4% match", "logo_file": "acme-logo.png"}
UK = {"role": "director-of-operations", "company_name": "Kite & Key Ltd", "location": "Leeds, UK",
      "salary": "£85k-£100k", "focus": "supply-chain", "reports_to": "Managing Director",
      "team_size": "18", "industry": "logistics", "arrangement": "onsite",
      "apply_email": "jobs@kitekey.example", "date": "2026-12-01",
      "about": "We run same-day delivery across the North of England."}
CA = {"role": "coo", "company_name": "Maple Foods", "location": "Toronto, ON, Canada",
      "salary": "120k-140k", "stage": "growth", "arrangement": "remote",
      "website": "https://maple.example", "valid_through": "2027-01-15",
      "apply_url": "https://maple.example/careers", "date": "2026-12-01", "locale": "en-CA"}
FORMATS = ["docx", "md", "html", "pdf"]
LOGO = Path(__file__).parent / "testdata" / "logo" / "acme-logo.png"


@pytest.fixture(autouse=True)
def _logo_in_the_start_folder(tmp_path):
    shutil.copyfile(LOGO, tmp_path / "acme-logo.png")


def _api(form: dict[str, str], fmt: str) -> jdgen.BuiltPosting:
    facts = {k: v for k, v in form.items()
             if k not in ("role", "about", "website", "logo_file")}
    for key in ("employees", "team_size"):
        if key in facts:
            facts[key] = int(facts[key])
    if "benefits" in facts:
        facts["benefits"] = facts["benefits"].splitlines()
    company = {"name": form["company_name"],
               **{k: form[k] for k in ("about", "website") if k in form}}
    if "logo_file" in form:
        company["logo_file"] = str(Path.cwd() / form["logo_file"])
    return jdgen.build_posting(form["role"], company, formats=[fmt], **facts)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", [US, UK, CA], ids=["us", "uk", "ca"])
def test_a_download_is_the_api_build_byte_for_byte(tmp_path, form, fmt):
    if fmt == "pdf":
        pytest.importorskip("typst", reason="the pdf extra is not installed")
    web = client(tmp_path)
    reply = web.post("/", data={**form, "token": TOKEN, "do": fmt})
    assert reply.status_code == 200, reply.text[:2000]
    built = _api(form, fmt)
    ((name, data),) = built.files.items()
    assert reply.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert reply.content == data


@pytest.mark.parametrize("form", [US, UK, CA], ids=["us", "uk", "ca"])
def test_the_command_shown_builds_the_same_bytes(tmp_path, runner, form):
    """Run the panel's `jdgen build` line (and save its company file) as a recruiter would."""
    web = client(tmp_path)
    fields = web.post("/preview", data={**form, "token": TOKEN}).json()
    page = web.post("/", data={**form, "token": TOKEN}).text
    assert "Show the command" in page
    command = _between(page, '<details class="command">', "</details>")
    lines = [_unescape(block) for block in _code_blocks(command)]
    args = shlex.split(lines[0])
    assert args[:3] == ["jdgen", "build", form["role"]]
    if len(lines) > 1:  # a company file the line names
        name = args[args.index("--company-file") + 1]
        (tmp_path / name).write_text(lines[1], encoding="utf-8")
        assert yaml.safe_load(lines[1])["name"] == form["company_name"]
    result = runner.invoke(main, [*args[1:], "-f", "md", "--out", "cli"])
    assert result.exit_code == 0, result.stderr
    for fmt in ("docx", "md"):
        reply = web.post("/", data={**form, "token": TOKEN, "do": fmt})
        name = reply.headers["content-disposition"].split('"')[1]
        assert (tmp_path / "cli" / name).read_bytes() == reply.content, name
    assert fields["fields"]["location"]["reading"]


def _between(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def _code_blocks(text: str) -> list[str]:
    return [part.split("</code></pre>")[0] for part in text.split("<pre><code>")[1:]]


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)
