"""`jdgen lint` from the command line: formats, exit codes, config, hostile input."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdgen.cli import main

LINT = Path(__file__).parent / "testdata" / "lint"
ROOT = Path(__file__).resolve().parent.parent
Write = Callable[[str, str | bytes], Path]


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772323200")  # 2026-03-01


def lint(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["lint", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ------------------------------------------------------------------ formats (golden)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_output_formats_golden(runner: CliRunner, write: Write, fmt: str,
                               update_testdata: bool) -> None:
    write("bad-posting.md", (LINT / "bad-posting.md").read_text(encoding="utf-8"))
    code, out, err = lint(runner, "bad-posting.md", "--format", fmt)
    assert code == 1
    assert err == "Error: lint found 7 errors\n"
    golden = LINT / f"bad-posting.{fmt}.out"
    if update_testdata:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_json_is_machine_readable(runner: CliRunner, write: Write) -> None:
    write("bad-posting.md", (LINT / "bad-posting.md").read_text(encoding="utf-8"))
    _, out, _ = lint(runner, "bad-posting.md", "--format", "json", "--severity", "info")
    data = json.loads(out)
    assert data["summary"] == {"errors": 7, "files": 1, "info": 5, "postings": 1,
                               "warnings": 7}
    first = data["files"][0]
    assert first["stats"]["gender"]["verdict"] == "strongly masculine-coded"
    rules = {f["rule"] for f in first["findings"]}
    assert {"age-coded", "ability-coded", "exclusionary", "cliche", "placeholder",
            "pay-range", "gender-coded"} <= rules


def test_github_escapes_properties_and_data(runner: CliRunner, write: Write) -> None:
    write("a,b:c.md", "# T\n\nA young team, 100% motivated.\n")
    _, out, _ = lint(runner, "a,b:c.md", "--format", "github")
    line = next(ln for ln in out.splitlines() if "age-coded" in ln)
    assert line.startswith("::error file=a%2Cb%3Ac.md,line=3,col=3,title=jdgen lint age-coded::")


# ------------------------------------------------------------------ exit codes and options


def test_clean_posting_exits_zero(runner: CliRunner) -> None:
    code, out, err = lint(runner, str(LINT / "clean-posting.md"))
    assert (code, err) == (0, "")
    assert out.endswith("0 errors, 1 warning, 0 info in 1 file\n")  # info is asked for
    _, out, _ = lint(runner, str(LINT / "clean-posting.md"), "--severity", "info")
    assert out.endswith("0 errors, 1 warning, 1 info in 1 file\n")


def test_severity_threshold_and_disable(runner: CliRunner, write: Write) -> None:
    write("p.md", (LINT / "bad-posting.md").read_text(encoding="utf-8"))
    code, out, _ = lint(runner, "p.md", "--severity", "error")
    assert code == 1 and out.endswith("7 errors, 0 warnings, 0 info in 1 file\n")
    code, out, err = lint(runner, "p.md", "--disable", "placeholder", "--disable", "pay-range",
                          "--disable", "age-coded", "--disable", "exclusionary",
                          "--severity", "error")
    assert (code, err) == (0, "")
    assert out.endswith("0 errors, 0 warnings, 0 info in 1 file\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--disable", "gender"], "Invalid value for '--disable': unknown rule 'gender'; did you "
                              "mean 'gender-coded'?"),
    (["--disable", "zzz"], "Invalid value for '--disable': unknown rule 'zzz' (see jdgen lint "
                           "--list-rules)"),
    (["--severity", "fatal"], "Invalid value for '--severity': 'fatal' is not one of 'info', "
                              "'warning', 'error'."),
    (["--format", "xml"], "Invalid value for '--format': 'xml' is not one of 'text', 'json', "
                          "'github'."),
])
def test_bad_options_exit_2(runner: CliRunner, write: Write, args: list[str],
                            message: str) -> None:
    write("p.md", "# T\n")
    code, _, err = lint(runner, "p.md", *args)
    assert code == 2
    assert err.splitlines()[-1] == f"Error: {message}"


def test_usage_errors(runner: CliRunner, write: Write) -> None:
    code, _, err = lint(runner)
    assert code == 2 and err.splitlines()[-1] == (
        "Error: give files or folders to lint, or a ROLE with --company")
    write("p.md", "# T\n")
    code, _, err = lint(runner, "p.md", "--location", "Denver, CO")
    assert code == 2 and err.splitlines()[-1] == (
        "Error: --location applies to a ROLE; add --company NAME to lint a role before "
        "rendering")


def test_list_rules(runner: CliRunner) -> None:
    code, out, _ = lint(runner, "--list-rules")
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["gender-coded", "info"]
    assert "pay-range" in out


# ------------------------------------------------------------------ role mode


def test_role_before_rendering_in_new_york(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = lint(runner, "coo", "--company", "Acme", "--location", "New York, NY",
                          "--severity", "error")
    assert code == 1
    assert "acme-coo.md (not written):4:5: error [pay-range] no pay range (New York, NY)" in out
    assert "New York City: Local Law 32 of 2022" in out
    assert err == "Error: lint found 1 error\n"
    assert list(tmp_path.iterdir()) == []


def test_role_with_salary_is_clean(runner: CliRunner) -> None:
    code, out, _ = lint(runner, "coo", "--company", "Acme", "--location", "New York, NY",
                        "--salary", "180k-220k", "--severity", "error")
    assert code == 0, out


def test_unknown_role(runner: CliRunner) -> None:
    code, _, err = lint(runner, "cfo", "--company", "Acme")
    assert code == 1 and err.startswith("Error: ") and "cfo" in err


def _variants() -> list[list[str]]:
    from jdgen.inputs.discovery import Catalog, search_path

    out = []
    for entry in Catalog.load(search_path("roles", ())).entries.values():
        role = entry.role
        for industry in sorted(role.industries):
            out.append([role.id, "--industry", industry])
        for focus in sorted(role.focus):
            out.append([role.id, "--focus", focus])
    return out


def test_every_builtin_variant_lints_without_errors(runner: CliRunner) -> None:
    variants = _variants()
    assert len(variants) >= 8
    for args in variants:
        code, out, _ = lint(runner, *args, "--company", "Acme", "--location", "Denver, CO",
                            "--salary", "150000-190000", "--employees", "120",
                            "--severity", "error")
        assert code == 0, (args, out)


def test_builtin_examples_and_goldens_lint_without_errors(runner: CliRunner) -> None:
    code, out, _ = lint(runner, str(ROOT / "examples" / "postings"),
                        str(ROOT / "tests" / "testdata" / "postings"), "--severity", "error")
    assert code == 0, out


# ------------------------------------------------------------------ config


def test_pyproject_config(runner: CliRunner, write: Write) -> None:
    write("p.md", "# T\n\nA young team.\n")
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.jdgen.lint]\ndisable = ["age-coded"]\n'
                            '[tool.jdgen.lint.words]\nmin = 1\n')
    _, out, _ = lint(runner, "p.md")
    assert "age-coded" not in out and "word-count" not in out


def test_yaml_config_and_per_rule_severity(runner: CliRunner, write: Write) -> None:
    write("p.md", "# T\n\nA young team.\n")
    write("jdgen.yaml", "lint:\n  rules:\n    age-coded: error\n    missing-section: 'off'\n")
    code, out, _ = lint(runner, "p.md")
    assert code == 1
    assert "p.md:3:3: error [age-coded] young" in out
    assert "missing-section" not in out


def test_explicit_config_option(runner: CliRunner, write: Write) -> None:
    write("p.md", "# T\n\nA rockstar team.\n")
    write("conf/lint.yaml", "lint:\n  severity: error\n")
    _, out, _ = lint(runner, "p.md", "--config", "conf/lint.yaml")
    assert out.splitlines()[1:] == ["0 errors, 0 warnings, 0 info in 1 file"]
    _, out, _ = lint(runner, "p.md")
    assert "warning [cliche] rockstar" in out


@pytest.mark.parametrize(("name", "content", "message"), [
    ("jdgen.yaml", "lint:\n  disable: [gender]\n",
     "jdgen.yaml:2:13: lint.disable.0: unknown rule 'gender'; did you mean 'gender-coded'?"),
    ("jdgen.yaml", "lint:\n  colour: red\n", "jdgen.yaml:2:11: lint.colour: unknown setting"),
    ("jdgen.yaml", "lint:\n  words:\n    min: many\n",
     "jdgen.yaml:3:10: lint.words.min: Input should be a valid integer, unable to parse "
     "string as an integer"),
    ("jdgen.yaml", "lint:\n  rules:\n    cliche: loud\n",
     "jdgen.yaml:3:13: lint.rules.cliche: Input should be 'error', 'warning', 'info' or 'off'"),
    ("jdgen.yaml", "lint: [1, 2]\n", "jdgen.yaml:1:7: lint: expected a mapping of settings"),
    ("jdgen.yaml", "lint:\n  disable: [a\n", "jdgen.yaml:3:1: invalid YAML: expected ',' or "
     "']', but got '<stream end>' (while parsing a flow sequence that starts at line 2)"),
    ("pyproject.toml", "[tool.jdgen.lint]\nseverity = \"loud\"\n",
     "pyproject.toml:2: tool.jdgen.lint.severity: Input should be 'error', 'warning' or 'info'"),
    ("pyproject.toml", "[tool.jdgen.lint]\ndisable = [\"nope-rule\"]\n",
     "pyproject.toml:2: tool.jdgen.lint.disable.0: unknown rule 'nope-rule' (see jdgen lint "
     "--list-rules)"),
    ("pyproject.toml", "[tool.jdgen.lint.readability]\nmax_grade = 99\n",
     "pyproject.toml:2: tool.jdgen.lint.readability.max_grade: Input should be less than or "
     "equal to 30"),
    ("pyproject.toml", "[tool.jdgen.lint]\nseverity = loud\n",
     "pyproject.toml:2:12: invalid TOML: Invalid value"),
])
def test_bad_config(runner: CliRunner, write: Write, name: str, content: str,
                    message: str) -> None:
    write("p.md", "# T\n")
    write(name, content)
    code, out, err = lint(runner, "p.md")
    assert code == 1 and out == ""
    assert err == f"Error: {message}\n"


# ------------------------------------------------------------------ DOCX and HTML


def _docx(paragraphs: list[tuple[str, str]]) -> bytes:
    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_findings_name_paragraphs(runner: CliRunner, write: Write) -> None:
    write("p.docx", _docx([("Title", "Job"), ("Normal", ""), ("Normal", "We hire young people."),
                           ("List Bullet", "Must be a rockstar")]))
    _, out, _ = lint(runner, "p.docx", "--format", "json")
    findings = json.loads(out)["files"][0]["findings"]
    age = next(f for f in findings if f["rule"] == "age-coded")
    assert (age["paragraph"], age["column"], age["found"]) == (3, 9, "young people")
    assert "line" not in age
    _, text, _ = lint(runner, "p.docx")
    assert "p.docx, paragraph 4, column 11: warning [cliche] rockstar" in text
    _, gh, _ = lint(runner, "p.docx", "--format", "github")
    assert "::warning file=p.docx,title=jdgen lint cliche::paragraph 4, column 11: rockstar" in gh


def test_html_findings_have_lines(runner: CliRunner, write: Write) -> None:
    write("p.html", "<html><head><title>young</title><script>var young=1</script></head>\n"
                    "<body>\n<h1>Job</h1>\n<p>We are a\n  <b>young</b> team &amp; more.</p>\n"
                    "</body></html>\n")
    _, out, _ = lint(runner, "p.html")
    assert out.count("[age-coded]") == 1
    assert "p.html:5:6: error [age-coded] young" in out


# ------------------------------------------------------------------ hostile input


def _zip(names: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.md", "", "file is empty"),
    ("blank.md", "  \n\n", "file is empty"),
    ("binary.md", b"\x00\x01\x02PNG", "binary data, not a text file"),
    ("latin1.md", b"# Caf\xe9\n", "line 1: not valid UTF-8 text"),
    ("fake.docx", b"plain text, not a zip", "not a Word document (not a ZIP archive)"),
    ("other.docx", _zip({"hello.txt": b"hi"}),
     "not a Word document (a ZIP archive without word/document.xml)"),
    ("broken.docx", _zip({"word/document.xml": b"<not xml"}), "not a Word document"),
    ("notes.txt", "# T\n", "not a posting file (expected .md, .docx or .html)"),
])
def test_unreadable_files(runner: CliRunner, write: Write, name: str, content: str | bytes,
                          message: str) -> None:
    write(name, content)
    code, out, err = lint(runner, name)
    assert code == 1 and err == "Error: lint found 1 error\n"
    assert out.splitlines()[0].startswith(f"{name}: error [unreadable] {message}")


def test_huge_file_is_refused_quickly(runner: CliRunner, write: Write) -> None:
    write("huge.md", "young rockstar lead " * 1_100_000)  # about 22 MB
    code, out, _ = lint(runner, "huge.md")
    assert code == 1
    assert out.startswith("huge.md: error [unreadable] file is 22,000,000 bytes; the limit is "
                          "2,000,000 bytes")


def test_large_but_allowed_file_finishes(runner: CliRunner, write: Write) -> None:
    write("big.md", "# T\n\n" + "Plan the day and lead the team. " * 50_000)  # ~1.6 MB
    code, out, _ = lint(runner, "big.md", "--severity", "error")
    assert code == 0, out


def test_missing_file_and_empty_folder(runner: CliRunner, write: Write) -> None:
    code, out, err = lint(runner, "nope.md")
    assert (code, out, err) == (1, "", "Error: nope.md: file not found\n")
    write("empty/notes.txt", "x")
    code, out, err = lint(runner, "empty")
    assert (code, out) == (1, "")
    assert err == "Error: empty: folder has no postings (.md, .docx or .html files)\n"


def test_folder_is_searched_in_order(runner: CliRunner, write: Write) -> None:
    write("site/b.md", "# B\n")
    write("site/a/c.html", "<h1>C</h1>")
    write("site/.hidden/d.md", "# D\n")
    _, out, _ = lint(runner, "site", "--format", "json")
    assert [f["file"] for f in json.loads(out)["files"]] == ["site/a/c.html", "site/b.md"]


def test_output_is_deterministic(runner: CliRunner, write: Write) -> None:
    write("p.md", (LINT / "bad-posting.md").read_text(encoding="utf-8"))
    assert lint(runner, "p.md", "--format", "json") == lint(runner, "p.md", "--format", "json")


def test_no_builtin_variant_is_masculine_coded() -> None:
    """Issue acceptance: every built-in role, industry and focus reads as not masculine-coded."""
    import datetime as dt
    import itertools

    from jdgen.lint import lint_markdown
    from jdgen.models import Company
    from jdgen.render.pipeline import Pipeline
    from jdgen.tailoring.tailor import Options

    pipeline = Pipeline()
    checked = 0
    for entry in pipeline.catalog.entries.values():
        role = entry.role
        for industry, focus in itertools.product([None, *role.industries],
                                                 [None, *role.focus]):
            company = Company(name="Acme", industry=industry)
            options = Options(focus=focus, team_size=12, date=dt.date(2026, 11, 25))
            markdown = pipeline.render(role.id, company, options, ["md"]).markdown
            verdict = lint_markdown(markdown).stats["gender"]["verdict"]
            assert "masculine" not in verdict, (role.id, industry, focus, verdict)
            checked += 1
    assert checked >= 40


def test_a_batch_index_is_not_linted_as_a_posting(runner: CliRunner) -> None:
    code, out, _ = lint(runner, str(ROOT / "examples" / "site"), "--format", "json")
    assert code == 0
    import json as json_lib

    data = json_lib.loads(out)
    files = [report["file"] for report in data["files"]]
    named = files + [name for report in data["files"] for name in report["also"]]
    assert len(files) == 12  # one report per posting, though each is in .md, .html and .json
    assert data["summary"]["files"] == len(named) == 36
    assert not any(Path(name).stem == "index" for name in named)
