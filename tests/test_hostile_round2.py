"""Issue 28, medium and low items: links out of folders, overlays, template time, reports.

Each class has the report's attack and a second variant of our own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jdgen.cli import main

BUILD = ["build", "coo", "--company", "Acme", "--location", "Leeds", "--onsite",
         "--date", "2026-11-25", "-f", "md"]
SECRET = "JDGEN_TEST_SECRET_VALUE"


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error")]


def assert_one_error(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = errors(result)
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert SECRET not in result.output


# ------------------------------------------------------------ item 4: links out of folders


def _secret_file(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    secret = outside / "secret.txt"
    secret.write_text(f"{SECRET}\n")
    return secret


def _templates(tmp_path: Path) -> Path:
    folder = tmp_path / "custom"
    folder.mkdir()
    return folder


TEMPLATE_LINKS = {
    # the report's: the posting template itself is a link to a file outside
    "posting-links-out": lambda folder, secret: (folder / "posting.md.j2").symlink_to(secret),
    # relative, through ..
    "relative-link-out": lambda folder, secret: (folder / "posting.md.j2").symlink_to(
        Path("..") / "outside" / "secret.txt"),
    # an included file that is a link, from an ordinary template
    "included-link-out": lambda folder, secret: (
        (folder / "posting.md.j2").write_text('{% include "part.j2" %}\n'),
        (folder / "part.j2").symlink_to(secret)),
    # a linked sub-folder that leads out
    "linked-folder-out": lambda folder, secret: (
        (folder / "posting.md.j2").write_text('{% include "parts/secret.txt" %}\n'),
        (folder / "parts").symlink_to(secret.parent)),
    # a chain: a link to a link inside the folder, that one leading out
    "chain-out": lambda folder, secret: (
        (folder / "hop.j2").symlink_to(secret),
        (folder / "posting.md.j2").symlink_to(folder / "hop.j2")),
}


@pytest.mark.parametrize("name", sorted(TEMPLATE_LINKS))
def test_a_template_that_links_out_of_its_folder_is_refused_unread(runner, tmp_path, name):
    secret = _secret_file(tmp_path)
    folder = _templates(tmp_path)
    TEMPLATE_LINKS[name](folder, secret)
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert_one_error(result, "symbolic link to a file outside its templates folder")
    assert SECRET not in result.stdout


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_a_template_linked_to_the_process_environment_is_refused(runner, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("JDGEN_CI_TOKEN", SECRET)
    folder = _templates(tmp_path)
    (folder / "posting.md.j2").symlink_to("/proc/self/environ")
    result = runner.invoke(main, [*BUILD, "-f", "md", "-f", "html", "--templates-dir",
                                  "custom"])
    assert_one_error(result, "custom/posting.md.j2", "outside its templates folder")
    assert not list(tmp_path.glob("acme-coo.*"))


def test_a_link_to_another_template_of_the_same_folder_is_fine(runner, tmp_path):
    folder = _templates(tmp_path)
    (folder / "mine.j2").write_text("Our own posting for {{ posting.company }}\n")
    (folder / "posting.md.j2").symlink_to("mine.j2")
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Our own posting for Acme" in result.stdout


def test_a_templates_folder_that_is_itself_a_link_is_fine(runner, tmp_path):
    real = tmp_path / "real-templates"
    real.mkdir()
    (real / "posting.md.j2").write_text("Linked folder for {{ posting.company }}\n")
    (tmp_path / "custom").symlink_to(real)
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Linked folder for Acme" in result.stdout


def test_a_broken_or_looping_template_link_is_one_error(runner, tmp_path):
    folder = _templates(tmp_path)
    (folder / "posting.md.j2").symlink_to(folder / "posting.md.j2")
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["link-out", "relative-link-out"])
def test_a_sheet_s_site_file_that_links_out_is_refused(runner, tmp_path, name):
    work = tmp_path / "work"
    work.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "site.yaml").write_text(f"title: {SECRET}\n")
    (work / "postings.csv").write_text("role,company\ncoo,Acme\n")
    os.chdir(work)
    if name == "link-out":
        (work / "postings.site.yaml").symlink_to(outside / "site.yaml")
    else:
        (work / "postings.site.yaml").symlink_to(Path("..") / "outside" / "site.yaml")
    result = runner.invoke(main, ["build", "--manifest", "postings.csv", "--out", "site"])
    assert_one_error(result, "postings.site.yaml", "outside the sheet's folder")
    assert not (work / "site").exists()


def test_a_site_file_linked_inside_the_sheet_s_folder_is_read(runner, tmp_path):
    (tmp_path / "settings").mkdir()
    (tmp_path / "settings" / "site.yaml").write_text("title: Careers at Acme\n")
    (tmp_path / "postings.csv").write_text("role,company\ncoo,Acme\n")
    (tmp_path / "postings.site.yaml").symlink_to(Path("settings") / "site.yaml")
    result = runner.invoke(main, ["build", "--manifest", "postings.csv", "--out", "site"])
    assert result.exit_code == 0, result.output
    assert "Careers at Acme" in (tmp_path / "site" / "index.md").read_text()


def test_a_site_file_that_is_a_fifo_is_refused_without_waiting(runner, tmp_path):
    (tmp_path / "postings.csv").write_text("role,company\ncoo,Acme\n")
    os.mkfifo(tmp_path / "postings.site.yaml")
    result = runner.invoke(main, ["build", "--manifest", "postings.csv", "--out", "site"])
    assert_one_error(result, "postings.site.yaml: not a regular file")


# ------------------------------------------------------------ item 5: overlays


NULL_EDITS = [
    # the report's: a list or mapping field set to null, at the top level
    "industries: null", "skills: null", "aliases: null", "works_with: null", "summary: null",
    "terms: null", "responsibilities: null", "qualifications: null", "success: null",
    "focus: null",
    # our own: the same one level down, inside an entry or a group
    "qualifications: {required: null}", "success: {kpis: null}",
    "industries: {retail: {terms: null}}", "industries: {retail: {duties: null}}",
    "industries: {retail: {context: null, omit: null}}",
    "responsibilities: {change: {Strategic planning: {bullets: null}}}",
]


def _overlay(tmp_path: Path, body: str, name: str = "mine") -> Path:
    folder = tmp_path / "roles"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(f"extends: coo\nid: {name}\n{body}\n")
    return path


@pytest.mark.parametrize("body", NULL_EDITS)
def test_an_overlay_setting_a_list_or_mapping_to_null_is_one_error(runner, tmp_path, body):
    _overlay(tmp_path, body)
    result = runner.invoke(main, [*BUILD, "--roles-dir", "roles", "-o", "-"])
    assert result.exit_code == 0, result.output  # the built-in role is unaffected
    assert "Traceback" not in result.output
    result = runner.invoke(main, ["build", "mine", "--company", "Acme", "--roles-dir", "roles",
                                  "-o", "-", "-f", "md"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = errors(result)
    assert lines and all(line.startswith("Error: roles/mine.yaml:") for line in lines), lines
    assert any("null cannot edit" in line for line in lines), lines


def test_every_command_survives_a_null_overlay(runner, tmp_path):
    _overlay(tmp_path, "industries: null\nskills: null")
    for args in (["roles", "--roles-dir", "roles"], ["show", "coo", "--roles-dir", "roles"],
                 ["compare", "coo", "director-of-operations", "--roles-dir", "roles"],
                 ["validate", "roles/mine.yaml"]):
        result = runner.invoke(main, args)
        assert "Traceback" not in result.output, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), args


def _chain(tmp_path: Path, length: int, *, circle: bool = False) -> None:
    folder = tmp_path / "roles"
    folder.mkdir()
    for i in range(length):
        base = "coo" if i == 0 and not circle else f"r{(i - 1) % length}"
        (folder / f"r{i}.yaml").write_text(f"extends: {base}\nid: r{i}\ntitle: Role {i}\n")


def test_a_chain_of_a_thousand_overlays_is_one_error_per_overlay_past_the_limit(runner,
                                                                               tmp_path):
    from jdgen.errors import DataError
    from jdgen.inputs.discovery import Catalog, search_path
    from jdgen.inputs.overlayresolve import MAX_CHAIN

    _chain(tmp_path, 1000)
    result = runner.invoke(main, ["build", "r999", "--company", "Acme", "--roles-dir", "roles",
                                  "-o", "-", "-f", "md"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "RecursionError" not in result.output
    (line,) = errors(result)
    assert line.startswith("Error: roles/r999.yaml:1:")
    catalog = Catalog.load(search_path("roles", [tmp_path / "roles"]), warn=False)
    assert catalog.find(f"r{MAX_CHAIN - 1}").role.title == f"Role {MAX_CHAIN - 1}"
    assert catalog.find("coo").role.id == "coo"  # and every built-in role
    with pytest.raises(DataError) as raised:
        catalog.find(f"r{MAX_CHAIN}")
    (problem,) = raised.value.problems
    assert f"this overlay is number {MAX_CHAIN + 1} in a chain" in problem


def test_a_circle_of_a_thousand_overlays_is_found_without_recursion(runner, tmp_path):
    _chain(tmp_path, 1000, circle=True)
    result = runner.invoke(main, ["build", "r500", "--company", "Acme", "--roles-dir", "roles",
                                  "-o", "-", "-f", "md"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "RecursionError" not in result.output
    lines = errors(result)
    assert len(lines) == 1 and lines[0].startswith("Error: roles/r500.yaml:1:"), lines
    from jdgen.inputs.discovery import Catalog, search_path

    catalog = Catalog.load(search_path("roles", [tmp_path / "roles"]), warn=False)
    circles = [p for problems in catalog.broken.values() for p in problems
               if "in a circle" in p]
    assert len(circles) == 1
    assert catalog.find("coo").role.id == "coo"


# ------------------------------------------------------------ item 6: filters charged by work


def _render_template(tmp_path: Path, source: str) -> tuple[str | None, str | None, float]:
    """(output, error, seconds) of rendering ``source`` under the template budget."""
    import time

    from jdgen.errors import TemplateError
    from jdgen.models import Company
    from jdgen.render.pipeline import Pipeline
    from jdgen.render.templating import make_environment, render
    from jdgen.tailoring.tailor import Options

    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "t.md.j2").write_text(source)
    posting = Pipeline().posting("coo", Company(name="Acme"), Options())
    env = make_environment([folder])
    started = time.monotonic()
    try:
        return render(env, "t.md.j2", posting=posting), None, time.monotonic() - started
    except TemplateError as exc:
        return None, str(exc), time.monotonic() - started


STEPS = "would run more than 200,000 steps"
SLOW_FILTERS = [
    # the report's: ten wordwrap(1) of 990,000 characters, 13 s each before
    ('{% set s = "a" * 990000 %}{% for i in range(10) %}{{ s|wordwrap(1)|length }}'
     "{% endfor %}", STEPS),
    # our own: the same work cut into many calls that each look small
    ('{% set s = "a" * 20000 %}{% for i in range(50) %}{{ s|wordwrap(1)|length }}'
     "{% endfor %}", STEPS),
    # other filters that work in Python on every word or character
    ('{{ ("www.a.com " * 190000)|urlize|length }}', STEPS),
    ('{% set s = "<b>x</b> " * 200000 %}{% for i in range(20) %}{{ s|striptags|length }}'
     "{% endfor %}", STEPS),
    ('{% set s = "a " * 900000 %}{% for i in range(20) %}{{ s|title|length }}{% endfor %}',
     STEPS),
]


@pytest.mark.parametrize(("source", "message"), SLOW_FILTERS)
def test_filters_are_charged_by_the_work_they_do(tmp_path, source, message):
    output, error, seconds = _render_template(tmp_path, source)
    assert output is None and error is not None and message in error, (output, error)
    assert "t.md.j2" in error
    assert seconds < 5, seconds  # refused before the work, not after 10 s or more


def test_filter_work_within_the_budget_still_runs(tmp_path):
    source = '{% set s = "word " * 2000 %}{% for i in range(10) %}{{ s|wordwrap(20)|length }} ' \
             "{% endfor %}"
    output, error, _ = _render_template(tmp_path, source)
    assert error is None, error
    assert output is not None and output.split()[0].isdigit()


def test_no_single_step_runs_long(tmp_path):
    """Spending the whole step budget on the slowest filter takes a few seconds at most."""
    source = '{% set s = "a" * 180000 %}{{ s|wordwrap(1)|length }}'
    output, error, seconds = _render_template(tmp_path, source)
    assert error is None, error
    assert seconds < 8, seconds


# ------------------------------------------------------------ item 7: --report targets


def _batch_project(tmp_path: Path) -> None:
    from test_batch import COMPANY

    (tmp_path / "acme.yaml").write_text(COMPANY)
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  company: acme.yaml\n  formats: [md]\n  date: 2026-11-25\n"
        "postings:\n  - role: coo\n")


def _report(runner, report: str):
    return runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site",
                                "--report", report])


REPORT_TARGETS = {
    # the report's: a FIFO and a symbolic link at the report path
    "fifo": lambda tmp_path: os.mkfifo(tmp_path / "report.json"),
    "link-to-a-file": lambda tmp_path: (
        (tmp_path / "keep.json").write_text("mine\n"),
        (tmp_path / "report.json").symlink_to(tmp_path / "keep.json")),
    # our own: a dangling link, a link to a device, a folder
    "dangling-link": lambda tmp_path: (tmp_path / "report.json").symlink_to(
        tmp_path / "nowhere.json"),
    "link-to-dev-null": lambda tmp_path: (tmp_path / "report.json").symlink_to("/dev/null"),
    "folder": lambda tmp_path: (tmp_path / "report.json").mkdir(),
}


@pytest.mark.parametrize("name", sorted(REPORT_TARGETS))
def test_a_report_path_that_is_not_a_plain_file_is_refused_before_building(runner, tmp_path,
                                                                           name):
    _batch_project(tmp_path)
    REPORT_TARGETS[name](tmp_path)
    before = os.lstat(tmp_path / "report.json")
    result = _report(runner, "report.json")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    (line,) = errors(result)
    assert "report.json" in line, line
    assert any(words in line for words in ("symbolic link", "non-file", "is a directory")), line
    after = os.lstat(tmp_path / "report.json")
    assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)
    assert not (tmp_path / "site").exists()  # refused before anything was built
    if name == "link-to-a-file":
        assert (tmp_path / "keep.json").read_text() == "mine\n"


def test_a_device_as_the_report_is_refused(runner, tmp_path):
    _batch_project(tmp_path)
    result = _report(runner, "/dev/null")
    assert result.exit_code == 2, result.output
    assert "cannot write the report to /dev/null: it is a device" in result.stderr
    assert Path("/dev/null").is_char_device()


def test_a_plain_report_file_is_still_replaced(runner, tmp_path):
    _batch_project(tmp_path)
    (tmp_path / "report.json").write_text("old\n")
    result = _report(runner, "report.json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.json").read_text().startswith("{")


# ------------------------------------------------------------ low: a FIFO with no writer


def _jdgen(tmp_path: Path, *args: str):
    import subprocess
    import sys
    import time

    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "jdgen", *args], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    return result, time.monotonic() - started


FIFO_INPUTS = {
    # the report's: the company file, the manifest, a CSV and the reference DOCX
    "company file": (["build", "coo", "--company-file", "fifo.yaml", "-f", "md"], "fifo.yaml"),
    "manifest": (["build", "--manifest", "fifo.yaml", "--out", "site"], "fifo.yaml"),
    "csv manifest": (["build", "--manifest", "fifo.csv", "--out", "site"], "fifo.csv"),
    "reference DOCX": (["build", "coo", "--company", "Acme", "-f", "docx",
                        "--reference-docx", "fifo.docx"], "fifo.docx"),
    # our own: a manifest's company file, and `jdgen validate`
    "manifest's company file": (["build", "--manifest", "postings.yaml", "--out", "site"],
                                "fifo.yaml"),
    "validate": (["validate", "fifo.yaml"], "fifo.yaml"),
}


@pytest.mark.parametrize("name", sorted(FIFO_INPUTS))
def test_a_fifo_with_no_writer_fails_at_once(tmp_path, name):
    args, fifo = FIFO_INPUTS[name]
    os.mkfifo(tmp_path / fifo)
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  company: fifo.yaml\n  formats: [md]\npostings:\n  - role: coo\n")
    result, seconds = _jdgen(tmp_path, *args)
    assert result.returncode in {1, 2}, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert fifo in result.stderr
    assert seconds < 30  # start-up included; the read itself returns at once


# ------------------------------------------------------------ low: compare_roles errors


@pytest.mark.parametrize(("facts", "message"), [
    # the report's: a value pydantic refuses
    ({"employees": -5}, "employees: expected greater than or equal to 1"),
    ({"stage": "unicorn"}, "stage: expected 'startup', 'growth' or 'established'"),
    # our own: the company name, an overlong industry, and facts no model checked before
    ({"company": "Acme\nInc"}, "company: must be a single line"),
    ({"industry": "x" * 500}, "industry: is 500 characters; the limit is 120"),
    ({"employees": "many"}, "employees: expected a whole number"),
    ({"gap": "everything"}, "gap: expected one of company-wide, one-area"),
    ({"ceo_stretched": "maybe"}, "ceo_stretched: expected true, false or None"),
])
def test_compare_roles_says_what_is_wrong_in_jdgen_s_own_error(facts, message):
    import jdgen
    from jdgen.errors import DataError

    with pytest.raises(DataError) as raised:
        jdgen.compare_roles("coo", "director-of-operations", **facts)
    assert any(message in problem for problem in raised.value.problems), raised.value.problems


def test_compare_roles_with_good_facts_still_recommends():
    import jdgen

    result = jdgen.compare_roles("coo", "doo", employees=40, stage="growth", gap="one-area")
    assert result.recommendation.choice == "director-of-operations"


# ------------------------------------------------------------ low: a backslash in a URL


@pytest.mark.parametrize("url", [
    "https://example.com/apply\\",  # the report's: a trailing backslash
    "https://example.com\\@evil.example/",  # our own: one that browsers read as '/'
    "https://example.com/a\\b?c=d",
])
def test_an_apply_url_with_a_backslash_is_refused_everywhere(runner, tmp_path, url):
    result = runner.invoke(main, [*BUILD, "--apply-url", url, "-o", "-"])
    assert result.exit_code == 2, result.output
    assert "holds a backslash, which a web address may not; write it as %5C" in result.stderr
    (tmp_path / "acme.yaml").write_text(f"name: Acme\napply_url: '{url}'\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", "acme.yaml", "-o", "-",
                                  "-f", "md"])
    assert result.exit_code == 1, result.output
    (line,) = errors(result)
    assert line.startswith("Error: acme.yaml:2:") and "apply_url" in line and "%5C" in line


def test_an_escaped_backslash_keeps_the_link_whole_in_every_format(runner, tmp_path):
    import zipfile

    url = "https://example.com/apply%5C"
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--apply-url", url,
                                  "-f", "md", "-f", "html", "-f", "docx"])
    assert result.exit_code == 0, result.output
    assert f"<{url}>" in (tmp_path / "acme-coo.md").read_text() or \
        f"({url})" in (tmp_path / "acme-coo.md").read_text()
    assert f'href="{url}"' in (tmp_path / "acme-coo.html").read_text()
    with zipfile.ZipFile(tmp_path / "acme-coo.docx") as package:
        assert f'Target="{url}"' in package.read("word/_rels/document.xml.rels").decode()


# ------------------------------------------------------------ low: the cache makes nothing


@pytest.mark.parametrize("whose", ["another user's", "writable by others"])
def test_the_cache_makes_no_folder_in_a_cache_folder_it_refuses(tmp_path, monkeypatch, whose):
    from jdgen import cache

    root = tmp_path / "their-cache"
    root.mkdir()
    monkeypatch.setenv(cache.ENV, str(root))
    if whose == "writable by others":
        os.chmod(root, 0o777)
    else:
        os.chmod(root, 0o700)
        real = os.getuid()
        monkeypatch.setattr(cache.os, "getuid", lambda: real + 1)
    cache.store("templates", "x" * 40, b"data")
    cache.store("docx-base", "y" * 40, b"data")
    assert list(root.iterdir()) == []  # neither a kind's folder nor a temporary file
    assert cache.load("templates", "x" * 40) is None


def test_the_cache_still_makes_its_own_folders_private(tmp_path, monkeypatch):
    from jdgen import cache

    root = tmp_path / "mine" / "jdgen"
    monkeypatch.setenv(cache.ENV, str(root))
    cache.store("templates", "x" * 40, b"data")
    assert cache.load("templates", "x" * 40) == b"data"
    assert (root.stat().st_mode & 0o777, (root / "templates").stat().st_mode & 0o777) == (
        0o700, 0o700)


# ------------------------------------------------------------ one hostile posting of a batch


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("hostile", ["null overlay", "overlay chain", "fifo company file"])
def test_a_batch_with_one_hostile_posting_builds_every_other(runner, tmp_path, jobs, hostile):
    from test_batch import COMPANY

    (tmp_path / "acme.yaml").write_text(COMPANY)
    company = "acme.yaml"
    role = "mine"
    if hostile == "null overlay":
        _overlay(tmp_path, "industries: null")
    elif hostile == "overlay chain":
        _chain(tmp_path, 40)
        role = "r39"
    else:
        os.mkfifo(tmp_path / "fifo.yaml")
        company, role = "fifo.yaml", "coo"
    (tmp_path / "roles").mkdir(exist_ok=True)
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  company: acme.yaml\n  formats: [md, html]\n  date: 2026-11-25\n"
        "postings:\n  - role: coo\n"
        f"  - role: {role}\n    company: {company}\n    id: hostile\n"
        "  - role: director-of-operations\n")
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site",
                                  "--roles-dir", "roles", "--jobs", jobs])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    built = sorted(path.name for path in (tmp_path / "site").glob("*.md")
                   if path.name != "index.md")
    assert len(built) == 2 and not (tmp_path / "site" / "hostile.md").exists(), built
    assert "1 of 3" in result.output or "2 of 3" in result.output
