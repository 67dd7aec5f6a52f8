"""The lint gate: what a CI stops on, what it stays quiet about, and where it points.

Issue 29's leaks (a Seattle posting without pay, age-coded wording passing as a warning,
mixed spellings unseen without a locale) and its noise (notices on a clean site) as
tables, plus `jdgen build --manifest ... --lint` failing only the bad posting and
pointing at the manifest row or role file line its text came from.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdgen.cli import main
from jdgen.lint import lint_markdown
from jdgen.lint.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1780000000"  # 2026-05-28


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def errors(text: str, **facts: object) -> list[tuple[str, str]]:
    report = lint_markdown(f"# Operations Manager\n\n{text}\n", **facts)  # type: ignore[arg-type]
    return [(f.rule, f.found) for f in report.findings if f.severity.label == "error"]


# ------------------------------------------------------------------ false negatives


@pytest.mark.parametrize(("text", "expected"), [
    ("We are a young, energetic team of digital natives.",
     [("age-coded", "young"), ("age-coded", "energetic"), ("age-coded", "digital natives")]),
    ("Must be a recent graduate.", [("age-coded", "recent graduate")]),
    ("Candidates under 35 preferred.", [("age-coded", "Candidates under 35")]),
    ("Native English speaker required.", [("exclusionary", "Native English speaker")]),
    ("US citizens only.", [("exclusionary", "US citizens only")]),
    ("Salary: TBC.", [("placeholder", "TBC")]),
    ("Start date TBD.", [("placeholder", "TBD")]),
    ("Contact XXX for details.", [("placeholder", "XXX")]),
    ("[insert benefits here]", [("placeholder", "[insert benefits here]")]),
    ("Lorem ipsum dolor sit amet.", [("placeholder", "Lorem ipsum")]),
])
def test_what_a_ci_must_stop_on_is_an_error(text: str, expected: list[tuple[str, str]]) -> None:
    assert errors(text) == expected


@pytest.mark.parametrize("text", [
    "Our logistics arm books $40 million a year in revenue.",
    "We move freight worth $2 billion a year.",
    "Pay is competitive, about $150,000 a year for the right person.",
])
def test_seattle_without_pay_is_an_error_whatever_money_the_text_names(text: str) -> None:
    found = errors(text, location="Seattle, WA")
    assert [rule for rule, _ in found] == ["pay-range"]


def test_seattle_with_pay_passes() -> None:
    assert errors("The salary is $140,000 to $160,000 a year.", location="Seattle, WA") == []


def test_cli_exits_1_on_age_coded_wording(runner: CliRunner, write: object) -> None:
    Path("p.md").write_text("# Job\n\nJoin a young, energetic team of digital natives.\n",
                            encoding="utf-8")
    code, out, err = run(runner, "lint", "p.md", "--format", "github")
    assert code == 1 and err == "Error: lint found 3 errors\n"
    assert out.count("::error file=p.md,line=3,") == 3


# ------------------------------------------------------------------ false positives


@pytest.mark.parametrize(("text", "facts"), [
    ("We are a young company, founded in 2021, with 40 staff.", {}),
    ("Young Harbor Logistics runs two depots.", {"company": "Young Harbor Logistics"}),
    ("You will lead the analysis behind each decision and work with every team.", {}),
    ("We consider all qualified applicants without regard to race, color, religion, sex "
     "(including pregnancy, sexual orientation and gender identity), national origin, age, "
     "disability, genetic information, veteran status or any other status the law protects.",
     {}),
    ("Our organization picks a colour scheme for every depot.", {}),  # Canadian spelling
    ("Our organisation picks a colour scheme for every depot.", {}),
    ("Our organization picks a color scheme for every depot.", {}),
])
def test_no_warning_or_error_for_ordinary_text(text: str, facts: dict[str, str]) -> None:
    body = f"# Job\n\n## Equal opportunity\n\n{text}\n"
    report = lint_markdown(body, **facts)  # type: ignore[arg-type]
    loud = [(f.rule, f.found) for f in report.findings if f.severity.label != "info"
            and f.rule not in ("word-count", "missing-section", "pay-range", "grade-level",
                               "reading-ease", "sentence-length")]  # one sentence is no posting
    assert loud == []


def test_a_slight_masculine_tilt_is_information_and_a_strong_one_a_warning() -> None:
    slight = lint_markdown("# Job\n\nLead the analysis and own each decision.\n")
    strong = lint_markdown("# Job\n\nLead a competitive, driven, decisive, ambitious, "
                           "assertive team.\n")
    (balance,) = [f for f in slight.findings if f.rule == "gender-balance"]
    assert balance.severity.label == "info"
    (balance,) = [f for f in strong.findings if f.rule == "gender-balance"]
    assert balance.severity.label == "warning"


# ------------------------------------------------------------------ severities, documented


@pytest.mark.parametrize(("rule", "severity"), [
    ("age-coded", "error"), ("exclusionary", "error"), ("placeholder", "error"),
    ("pay-range", "error"), ("unreadable", "error"),
    ("ability-coded", "warning"), ("cliche", "warning"), ("reading-ease", "warning"),
    ("word-count", "warning"), ("mixed-spelling", "warning"), ("gender-balance", "warning"),
    ("gender-coded", "info"), ("long-sentence", "info"),
])
def test_severities(rule: str, severity: str) -> None:
    assert RULES[rule][0].label == severity


def test_readme_documents_every_rule_and_its_severity() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (error|warning|info)[^|]*\|", text, re.M))
    assert rows == {rule: severity.label for rule, (severity, _) in RULES.items()}


# ------------------------------------------------------------------ mixed spellings


@pytest.mark.parametrize(("text", "flagged"), [
    ("Our organisation picks a color.", ["organisation", "color"]),  # a tie: both sides
    ("Our organisation has the colour and behaviour of a team that favours color.",
     ["color"]),
    ("We organize, analyze and prioritize the colour of labour.", []),  # Canadian
    ("We organise, analyse and prioritise the color of labor and honour.",
     ["color", "labor"]),  # British and Australian agree on every word here
    ("We organize the color of labor.", []),
    ("Our organisation and its colour.", []),
])
def test_mixed_spellings_without_a_locale(text: str, flagged: list[str]) -> None:
    report = lint_markdown(f"# Job\n\n{text}\n")
    assert [f.found for f in report.findings if f.rule == "mixed-spelling"] == flagged


def test_a_tie_says_so_and_a_locale_turns_the_check_off() -> None:
    report = lint_markdown("# Job\n\nOur organisation picks a color.\n")
    whys = [f.why for f in report.findings if f.rule == "mixed-spelling"]
    assert len(whys) == 2 and all("no variety wins" in why for why in whys)
    report = lint_markdown("# Job\n\nOur organisation picks a color.\n", locale="en-GB")
    assert [f.found for f in report.findings if f.rule in ("mixed-spelling", "spelling")] == [
        "color"]


# ------------------------------------------------------------------ a clean site is quiet


@pytest.mark.parametrize("manifest", ["postings.yaml", "postings.csv"])
def test_the_example_site_lints_clean(runner: CliRunner, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch, manifest: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    shutil.copytree(ROOT / "examples", tmp_path / "examples",
                    ignore=shutil.ignore_patterns("site"))
    code, out, err = run(runner, "build", "--manifest", f"examples/{manifest}", "--out",
                         "site", "--lint", "--lint-format", "github", "--report", "r.json",
                         "-q")
    assert (code, out) == (0, ""), err
    report = json.loads(Path("r.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in report["postings"] if p.get("lint")] == []
    code, out, err = run(runner, "lint", "site", "--format", "github")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["0 errors, 0 warnings, 0 info in 36 files (12 postings)"]


# ------------------------------------------------------------------ build --manifest --lint

MANIFEST = """\
# A comment line, so line numbers are counted in the file as it is.
defaults:
  formats: [md]
  date: 2026-05-20
  company: Acme Logistics
  location: Denver, CO, US
  benefits: [Health cover, 25 days of paid leave]
postings:
  - role: coo
    id: good
    salary: 150000-180000
  - role: coo
    id: ageist
    salary: 150000-180000
    about: >-
      Acme Logistics is a young, energetic team of digital natives
      moving freight across the West.
  - role: director-of-operations
    id: fine-too
    salary: 120000-140000
  - role: director-of-operations
    id: seattle-no-pay
    location: Seattle, WA, US
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_manifest_lint_fails_only_the_bad_postings(runner: CliRunner, jobs: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    Path("jobs.yaml").write_text(MANIFEST, encoding="utf-8")
    code, out, err = run(runner, "build", "--manifest", "jobs.yaml", "--out", "site",
                         "--lint", "--jobs", jobs, "--report", "report.json")
    assert code == 1
    assert sorted(p.name for p in Path("site").glob("*.md") if p.stem != "index") == [
        "fine-too.md", "good.md"]
    assert "Error: jobs.yaml:12:5: lint found 3 errors in posting ageist; nothing was " \
           "written for it" in err
    assert "lint found 1 error in posting seattle-no-pay" in err
    assert "jobs.yaml:15:5: error [age-coded] young (posting ageist in 'about')" in err
    assert "jobs.yaml:21: error [pay-range] no pay range (Seattle, WA) (posting " \
           "seattle-no-pay)" in err
    assert "set it in the manifest" not in err
    rows = {p["id"]: p for p in json.loads(Path("report.json").read_text())["postings"]}
    assert {i: r["status"] for i, r in rows.items()} == {
        "good": "ok", "ageist": "failed", "fine-too": "ok", "seattle-no-pay": "failed"}
    ageist = rows["ageist"]["lint"]
    assert [(f["rule"], f["found"], f["severity"], f["file"], f["line"], f["field"])
            for f in ageist if f["severity"] == "error"] == [
        ("age-coded", "young", "error", "jobs.yaml", 15, "about"),
        ("age-coded", "energetic", "error", "jobs.yaml", 15, "about"),
        ("age-coded", "digital natives", "error", "jobs.yaml", 15, "about")]
    assert rows["seattle-no-pay"]["lint"][-1]["rule"] == "pay-range"


def test_manifest_lint_annotations_point_at_the_role_file_line(
        runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence of a role file that is wrong is reported at that file and line."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    text = (ROOT / "roles" / "coo.yaml").read_text(encoding="utf-8")
    text = text.replace("id: coo\n", "id: coo-gate\n", 1).replace(
        "years in operations", "years in operations as a native English speaker")
    Path("roles").mkdir()
    Path("roles/coo-gate.yaml").write_text(text, encoding="utf-8")
    Path("jobs.yaml").write_text(MANIFEST.replace("role: coo\n    id: good",
                                                  "role: coo-gate\n    id: good"),
                                 encoding="utf-8")
    code, out, err = run(runner, "build", "--manifest", "jobs.yaml", "--out", "site",
                         "--lint", "--lint-format", "github")
    assert code == 1
    notes = [line for line in out.splitlines() if "posting good:" in line]
    assert len(notes) == 1, out
    found = re.match(r"::error file=roles/coo-gate\.yaml,line=(\d+),col=(\d+),"
                     r"title=jdgen lint exclusionary::posting good: native English speaker",
                     notes[0])
    assert found, notes[0]
    line = text.splitlines()[int(found.group(1)) - 1]
    col = int(found.group(2))
    assert line[col - 1:].startswith("native English speaker")
    assert not Path("site/good.md").exists()


def test_single_build_lint_can_speak_github(runner: CliRunner) -> None:
    code, out, err = run(runner, "build", "coo", "--company", "Acme", "--location",
                         "Seattle, WA", "--employees", "400", "-f", "md", "--lint",
                         "--lint-format", "github")
    assert code == 1
    assert re.search(r"^::error file=acme-coo\.md \(not written\),line=\d+,col=\d+,"
                     r"title=jdgen lint pay-range::no pay range \(Seattle, WA\)", out, re.M)
    assert err.endswith("lint found 1 error; nothing was written\n")
    assert not Path("acme-coo.md").exists()


def test_locate_skips_comments_and_matches_short_lines_whole(tmp_path: Path) -> None:
    from jdgen.lint.findings import Finding, Position, Severity
    from jdgen.models import Company
    from jdgen.site.linting import locate

    roles = tmp_path / "myroles"
    roles.mkdir()
    (roles / "night.yaml").write_text(
        "# never write: build a young, energetic crew for the night shift\n"
        "areas:\n"
        "  - name: Young talent\n"
        "    bullets:\n"
        "      - Build a young, energetic crew for the night shift\n", encoding="utf-8")
    lines = ["# Job", "", "### Young talent", "",
             "- Build a young, energetic crew for the night shift"]
    company = Company(name="Acme", about="We hire talent for the night shift.")

    def at(line: int, col: int, found: str) -> dict[str, object]:
        item = Finding("age-coded", Severity.ERROR, Position(line, col), found, "", "")
        return locate(item, lines, "jobs.yaml:7:5", company, (roles,))

    where = at(5, 11, "young")
    assert (Path(str(where["file"])).name, where["line"], where["column"]) == ("night.yaml", 5, 17)
    where = at(3, 5, "Young")
    assert (Path(str(where["file"])).name, where["line"], where["column"]) == ("night.yaml", 3, 11)
    assert at(0, 0, "no pay range") == {"file": "jobs.yaml", "line": 7, "column": 0,
                                         "source": "manifest"}
    lines[4] = "- Hire a young crew"  # in no role file: the posting's manifest entry
    assert at(5, 8, "young")["file"] == "jobs.yaml"


def test_manifest_lint_names_the_sheet_row_and_column(runner: CliRunner,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    Path("jobs.csv").write_text(
        "role,id,company,location,salary,about\n"
        "coo,good,Acme,\"Denver, CO, US\",150000-180000,We move freight.\n"
        "coo,bad,Acme,\"Denver, CO, US\",150000-180000,A young team of digital natives.\n",
        encoding="utf-8")
    code, out, err = run(runner, "build", "--manifest", "jobs.csv", "--out", "site", "--lint",
                         "--lint-format", "github", "-q")
    assert code == 1
    assert "::error file=jobs.csv,line=3,title=jdgen lint age-coded::posting bad in 'about', " \
           "column F: young:" in out
    assert Path("site/good.md").exists() and not Path("site/bad.md").exists()


@pytest.mark.parametrize(("where", "expected"), [
    ("jobs.yaml:12:5", ("jobs.yaml", 12)),
    ("jobs.csv: row 7", ("jobs.csv", 7)),
    ("jobs.csv: row 7 (id 4105)", ("jobs.csv", 7)),
    ("jobs.xlsx: row 12", ("jobs.xlsx", 12)),
    ("somewhere", ("somewhere", 0)),
])
def test_the_manifest_place_of_a_posting(where: str, expected: tuple[str, int]) -> None:
    from jdgen.lint.findings import Finding, Position, Severity
    from jdgen.models import Company
    from jdgen.site.linting import locate

    item = Finding("word-count", Severity.WARNING, Position(), "90 words", "", "")
    found = locate(item, [], where, Company(name="Acme"), ())
    assert (found["file"], found["line"]) == expected


def test_info_is_shown_when_asked_for(runner: CliRunner) -> None:
    Path("p.md").write_text("# Job\n\n## What you will do\n\nLead the depot team.\n",
                            encoding="utf-8")
    _, quiet, _ = run(runner, "lint", "p.md")
    assert "[gender-coded]" not in quiet
    _, loud, _ = run(runner, "lint", "p.md", "--severity", "info")
    assert "info [gender-coded] Lead" in loud
    Path("jdgen.yaml").write_text("lint:\n  severity: info\n", encoding="utf-8")
    _, configured, _ = run(runner, "lint", "p.md")
    assert "info [gender-coded] Lead" in configured


def test_manifest_lint_points_at_the_company_file_line(runner: CliRunner,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    Path("companies").mkdir()
    Path("companies/acme.yaml").write_text(
        "name: Acme Logistics\n"
        "about: >-\n"
        "  Acme Logistics moves freight for two hundred shops across the West, with a\n"
        "  crew of digital natives who plan every route by app.\n"
        "locations: [\"Denver, CO, US\"]\n"
        "compensation: {min: 150000, max: 180000, currency: USD}\n"
        "benefits: [Health cover, 25 days of paid leave]\n", encoding="utf-8")
    Path("jobs.yaml").write_text(
        "defaults:\n  formats: [md]\n  date: 2026-05-20\n"
        "postings:\n  - role: coo\n    id: acme-coo\n    company_file: companies/acme.yaml\n",
        encoding="utf-8")
    code, out, _ = run(runner, "build", "--manifest", "jobs.yaml", "--out", "site", "--lint",
                       "--lint-format", "github")
    assert code == 1
    assert "::error file=companies/acme.yaml,line=4,col=11,title=jdgen lint age-coded::" \
           "posting acme-coo in 'about': digital natives:" in out
