"""`jdgen compare`: the comparison data, its documents, the recommendation, bad input.

Golden files live in tests/testdata/compare/; regenerate them after an intended
change with ``pytest --update-testdata`` and read them as a business owner would.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from jdgen.cli import main
from jdgen.inputs.discovery import Catalog, builtin_dir
from jdgen.models import Company
from jdgen.tailoring.compare import DASH, Situation, compare_roles, format_text, load_pair
from jdgen.tailoring.tailor import measures, requirements, setting

GOLDEN = Path(__file__).parent / "testdata" / "compare"
DATE = ["--date", "2026-11-25"]
ACME = ["--company", "Acme", "--employees", "40", "--gap", "one-area", "--ceo-not-stretched"]

# A custom role with only the required fields: no works_with, typical_team, focus or fit.
MINIMAL = """\
id: {id}
title: {title}
level: {level}
reports_to: Owner
summary: Keeps the shop floor running.
scope: functional
scope_description: The shop floor.
responsibilities:
  - name: Shop floor
    bullets: [Open and close the shop]
qualifications:
  required: [Five years running a shop]
skills: [Scheduling]
success:
  first_90_days: [Learn the shop]
  kpis: [Hours open]
onet_soc: 11-1021.00
"""

FIT = """\
fit:
  gap: {gap}
  employees_min: {low}
  stages: [{stages}]
  signals: [{signal}]
"""


def builtin(name: str):
    return Catalog.load([builtin_dir("roles")]).find(name).role


def custom_role(write, role_id: str, title: str, level: str = "manager",
                fit: dict[str, str] | None = None) -> Path:
    text = MINIMAL.format(id=role_id, title=title, level=level)
    if fit:
        text += FIT.format(**fit)
    return write(f"custom/{role_id}.yaml", text)


def run(runner, *args: str):
    return runner.invoke(main, ["compare", *args], catch_exceptions=False)


def check_golden(path: Path, text: str, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} missing; run pytest --update-testdata"
    assert text == path.read_text(encoding="utf-8")


# ----------------------------------------------------------------- the data


def test_compare_roles_builds_every_row_from_the_role_models():
    coo, doo = builtin("coo"), builtin("doo")
    result = compare_roles(coo, doo)
    rows = {row.key: row for row in result.rows}
    assert list(rows) == [
        "scope", "seniority", "reports_to", "works_with", "focus", "typical_team",
        "responsibilities", "qualifications", "success", "company_size", "stages", "onet_soc",
    ]
    assert (rows["seniority"].a, rows["seniority"].b) == (["Executive"], ["Director"])
    assert rows["reports_to"].b == ["Chief Operating Officer"]
    assert rows["focus"].a == []
    assert rows["focus"].b == ["Supply chain", "Process optimization", "Logistics"]
    assert rows["responsibilities"].a == [area.name for area in coo.responsibilities]
    mid = Situation()  # no facts: the mid-size texts of the general industry
    assert rows["qualifications"].b == requirements(doo, mid.setting(doo, None))
    assert rows["success"].a == measures(coo, mid.setting(coo, None))
    health = compare_roles(coo, doo, Situation(employees=15, industry="clinics"))
    small = {row.key: row for row in health.rows}
    assert small["qualifications"].a == requirements(
        coo, setting(coo, Company(name="x", employees=15, industry="healthcare")))
    assert small["qualifications"].a != rows["qualifications"].a  # size and industry count
    assert rows["company_size"].a == ["50+ employees"]
    assert rows["onet_soc"].a == ["11-1011.00"] and rows["onet_soc"].b == ["11-1021.00"]
    assert all("\n" not in item for row in result.rows for item in row.a + row.b)


def test_key_differences_follow_the_models_in_either_order():
    coo, doo = builtin("coo"), builtin("doo")
    forward = compare_roles(coo, doo).differences
    assert forward[0] == ("The Chief Operating Officer looks after the whole business, while "
                          "the Director of Operations leads one operational area.")
    assert forward[1] == ("The Chief Operating Officer is the more senior role (executive "
                          "against director level), and the Director of Operations usually "
                          "reports to the Chief Operating Officer.")
    backward = compare_roles(doo, coo).differences
    assert backward[1] == forward[1]  # seniority is worked out, not read off column order
    assert backward[0].startswith("The Director of Operations leads one operational area")


# ----------------------------------------------------------------- recommendations

SITUATIONS = {
    # name: (situation, expected choice, expected headline)
    "small firm, one area, CEO has time": (
        Situation(employees=40, gap="one-area", ceo_stretched=False), "director-of-operations",
        "For Acme, a Director of Operations is the better fit."),
    "growing firm, CEO stretched across everything": (
        Situation(employees=150, stage="growth", gap="company-wide", ceo_stretched=True),
        "coo", "For Acme, a Chief Operating Officer is the better fit."),
    "CEO stretched outweighs being a little small": (
        Situation(employees=45, gap="company-wide", ceo_stretched=True), "coo",
        "For Acme, a Chief Operating Officer is the better fit."),
    "one-area gap wins even when the CEO is busy": (
        Situation(employees=60, stage="growth", gap="one-area", ceo_stretched=True),
        "director-of-operations", "For Acme, a Director of Operations is the better fit."),
    "tiny startup: neither fits yet": (
        Situation(employees=12, stage="startup"), "director-of-operations",
        "Neither role is a clear fit for Acme yet; if you hire one now, a Director of "
        "Operations is the closer match."),
    "large and established, nothing else known: a tie": (
        Situation(employees=300, stage="established"), None,
        "The facts given do not separate the two roles for Acme; use the signs below to "
        "decide."),
    "no facts at all": (
        Situation(), None,
        "No company facts were given, so there is no recommendation yet; the signs below "
        "show when each role is the right hire."),
}


@pytest.mark.parametrize("name", list(SITUATIONS))
def test_recommendation_for_company_situations(name):
    situation, choice, headline = SITUATIONS[name]
    coo, doo = builtin("coo"), builtin("doo")
    for a, b in ((coo, doo), (doo, coo)):
        rec = compare_roles(a, b, situation, company="Acme").recommendation
        assert (rec.choice, rec.headline) == (choice, headline)


def test_every_point_of_the_recommendation_is_explained():
    situation = Situation(employees=40, stage="startup", gap="one-area", ceo_stretched=False)
    rec = compare_roles(builtin("coo"), builtin("doo"), situation).recommendation
    coo_fit, doo_fit = rec.roles
    assert coo_fit.points_for == []
    assert coo_fit.points_against == [
        "Your gap is one operational area, but this role covers the whole business.",
        "Your CEO still has time for operations, so a second leader for the whole business "
        "may be more than you need.",
        "At 40 employees you are below the 50 or so where this role usually pays off.",
        "It is less usual at the startup stage (it suits growth and established companies).",
    ]
    assert doo_fit.points_for[-1] == "It suits startup-stage companies like yours."
    assert doo_fit.signals == builtin("doo").fit.signals
    assert rec.together == ("The two roles also work together: the Director of Operations "
                            "usually reports to the Chief Operating Officer, so many companies "
                            "have both once they grow.")


def test_recommendation_comes_from_fit_fields_not_role_ids(write, tmp_path):
    wide = {"gap": "company-wide", "low": "30", "stages": "growth", "signal": "Owner swamped"}
    narrow = {"gap": "one-area", "low": "5", "stages": "startup", "signal": "Shop floor chaos"}
    situation = Situation(employees=35, stage="growth", gap="company-wide", ceo_stretched=True)
    custom_role(write, "general-manager", "General Manager", "director", wide)
    custom_role(write, "shop-lead", "Shop Lead", "manager", narrow)
    a, b = load_pair("general-manager", "shop-lead", [tmp_path / "custom"])
    assert compare_roles(a, b, situation).recommendation.choice == "general-manager"
    custom_role(write, "general-manager", "General Manager", "director", narrow)
    custom_role(write, "shop-lead", "Shop Lead", "manager", wide)
    a, b = load_pair("general-manager", "shop-lead", [tmp_path / "custom"])
    rec = compare_roles(a, b, situation).recommendation
    assert rec.choice == "shop-lead"
    assert rec.roles[1].signals == ["Owner swamped"]


# ----------------------------------------------------------------- documents


def test_golden_markdown_for_the_builtin_pair(runner, tmp_path, update_testdata):
    result = run(runner, "coo", "director-of-operations", "-f", "md", *DATE)
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote compare-coo-vs-director-of-operations.md\n"
    text = (tmp_path / "compare-coo-vs-director-of-operations.md").read_text(encoding="utf-8")
    check_golden(GOLDEN / "compare-coo-vs-director-of-operations.md", text, update_testdata)


def test_golden_markdown_with_company_facts(runner, tmp_path, update_testdata):
    result = run(runner, "coo", "doo", *ACME, "-f", "md", "--out", "docs", *DATE)
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote docs/acme-compare-coo-vs-director-of-operations.md\n"
    name = "acme-compare-coo-vs-director-of-operations.md"
    text = (tmp_path / "docs" / name).read_text(encoding="utf-8")
    check_golden(GOLDEN / name, text, update_testdata)


def test_terminal_view_is_readable_at_80_columns(runner, update_testdata):
    result = run(runner, "coo", "director-of-operations")
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "For a recommendation, add what you know about the company:" in result.stdout
    check_golden(GOLDEN / "terminal.txt", result.stdout, update_testdata)


def test_terminal_view_with_facts_gives_reasons_and_no_tip(runner):
    result = run(runner, "coo", "doo", *ACME)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "For Acme, a Director of Operations is the better fit." in out
    assert "  + At 40 employees you are in its usual range (20+ employees)." in out
    assert "For a recommendation" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_json_is_the_comparison_data(runner):
    result = run(runner, "doo", "coo", "--employees", "150", "--ceo-stretched", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["a"] == {"id": "director-of-operations", "title": "Director of Operations"}
    assert data["situation"] == {"employees": 150, "stage": None, "gap": None, "industry": None,
                                 "ceo_stretched": True}
    assert data["recommendation"]["choice"] == "coo"
    scope = data["rows"][0]
    assert scope["key"] == "scope" and scope["label"] == "Scope"
    assert data["rows"][4] == {"key": "focus", "label": "Focus options",
                               "a": ["Supply chain", "Process optimization", "Logistics"],
                               "b": []}


def expected_table(a, b, situation: Situation | None = None) -> list[list[str]]:
    result = compare_roles(builtin(a), builtin(b), situation)
    header = ["", result.a.title, result.b.title]
    body = [[row.label, "; ".join(row.a) or DASH, "; ".join(row.b) or DASH]
            for row in result.rows]
    return [header, *body]


def test_docx_table_checked_cell_by_cell(runner, tmp_path):
    result = run(runner, "coo", "doo", *ACME, "-f", "docx", "-f", "md", "--out", ".", *DATE)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Wrote acme-compare-coo-vs-director-of-operations.docx",
        "Wrote acme-compare-coo-vs-director-of-operations.md",
    ]
    document = docx.Document(str(tmp_path / "acme-compare-coo-vs-director-of-operations.docx"))
    (table,) = document.tables
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells == expected_table("coo", "doo", Situation(employees=40, gap="one-area",
                                                           ceo_stretched=False))
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(run.bold for cell in header.cells for p in cell.paragraphs for run in p.runs)
    assert all(cell.paragraphs[0].runs[0].bold for cell in table.columns[0].cells[1:])
    widths = [column.width for column in table.columns]
    assert widths[0] < widths[1] == widths[2]
    paras = [(p.style.name, p.text) for p in document.paragraphs]
    assert paras[1] == ("Title", "Chief Operating Officer or Director of Operations?")
    assert [t for s, t in paras if s == "Heading 1"] == [
        "At a glance", "Key differences", "Which one to hire"]
    assert ("Normal", "For Acme, a Director of Operations is the better fit.") in paras
    props = document.core_properties
    assert props.title == "Chief Operating Officer or Director of Operations?"
    assert props.author == "Acme"


def test_documents_are_byte_identical_across_runs(runner, tmp_path):
    names = ["compare-coo-vs-director-of-operations.docx",
             "compare-coo-vs-director-of-operations.md"]
    first = []
    for folder in ("one", "two"):
        result = run(runner, "coo", "doo", "-f", "docx", "-f", "md", "--out", folder, *DATE)
        assert result.exit_code == 0, result.output
        first.append([(tmp_path / folder / n).read_bytes() for n in names])
    assert first[0] == first[1]


def test_hostile_company_name_is_text_and_a_safe_file_name(runner, tmp_path):
    name = "*Evil* | [x](javascript:alert(1)) {{ 7*7 }} ../../etc"
    result = run(runner, "coo", "doo", "--company", name, "--employees", "40", "-f", "md")
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*.md")
    assert path.name == "evil-x-javascript-alert-1-7-7-etc-compare-coo-vs-director-of-operations.md"
    text = path.read_text(encoding="utf-8")
    assert ("Prepared for **\\*Evil\\* \\| \\[x\\](javascript:alert(1)) {{ 7\\*7 }} ../../etc**"
            in text)


# ----------------------------------------------------------------- custom roles


def test_custom_role_missing_optional_fields_shows_dashes(runner, write, tmp_path):
    custom_role(write, "shop-lead", "Shop Lead")
    result = run(runner, "shop-lead", "coo", "--roles-dir", "custom", "--employees", "80")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:2] == ["Shop Lead vs Chief Operating Officer", "=" * 36]
    assert "Typical team    -                                The heads of operations," in lines
    assert "Usual company   -                                50+ employees" in lines
    assert "Shop Lead:" in lines
    at = lines.index("  - Its role file has no hiring-fit facts, so it cannot be matched to your")
    assert lines[at + 1] == "    company."
    assert "For your company, a Chief Operating Officer is the better fit." in lines


def test_custom_role_document_and_json_with_missing_fields(runner, write, tmp_path):
    custom_role(write, "shop-lead", "Shop Lead")
    result = run(runner, "coo", "shop-lead", "--roles-dir", "custom", "-f", "md", "-f", "docx")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "compare-coo-vs-shop-lead.md").read_text(encoding="utf-8")
    assert "| **Works with** | The person or board the role reports to; " in text
    assert "| **Focus options** | — | — |" in text
    assert f"| **Typical team** | {builtin('coo').typical_team} | — |" in text
    assert "### Signs you need a Shop Lead" not in text
    document = docx.Document(str(tmp_path / "compare-coo-vs-shop-lead.docx"))
    rows = {row.cells[0].text: row.cells[2].text for row in document.tables[0].rows}
    assert rows["Usual company stage"] == DASH and rows["Scope"] == "The shop floor."
    data = json.loads(run(runner, "coo", "shop-lead", "--roles-dir", "custom",
                          "--json").stdout)
    assert data["rows"][5] == {"key": "typical_team", "label": "Typical team",
                               "a": [builtin("coo").typical_team], "b": []}


def test_two_custom_roles_at_the_same_level(write, tmp_path):
    custom_role(write, "shop-lead", "Shop Lead")
    custom_role(write, "yard-lead", "Yard Lead")
    a, b = load_pair("shop-lead", "yard-lead", [tmp_path / "custom"])
    result = compare_roles(a, b)
    assert result.differences == [
        "Both roles are functional: the Shop Lead and the Yard Lead lead one operational area.",
        "Both are manager-level roles, and both report to the Owner.",
        "Both cover shop floor.",
    ]
    assert "Yard Lead" in format_text(result)


# ----------------------------------------------------------------- bad input


def assert_fails(result, code: int, message: str, folder: Path) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert message in result.stderr.splitlines(), result.stderr
    assert not [p for p in folder.rglob("*") if p.suffix in {".docx", ".md", ".tmp"}]


BAD = {
    "same role twice": (["coo", "COO"], 2,
                        "Error: 'coo' and 'COO' are both the role 'coo'; compare two different "
                        "roles"),
    "same role by alias": (["doo", "Director of Operations"], 2,
                           "Error: 'doo' and 'Director of Operations' are both the role "
                           "'director-of-operations'; compare two different roles"),
    "unknown role": (["coo", "director-of-operation"], 1,
                     "Error: unknown role 'director-of-operation'. Did you mean "
                     "'director-of-operations'? Available roles: coo, director-of-operations"),
    "unknown first role": (["cooo", "doo"], 1,
                           "Error: unknown role 'cooo'. Did you mean 'coo'? Available roles: "
                           "coo, director-of-operations"),
    "negative employees": (["coo", "doo", "--employees", "-5"], 2,
                           "Error: Invalid value for '--employees': -5 is not in the range "
                           "1<=x<=10000000."),
    "zero employees": (["coo", "doo", "--employees", "0"], 2,
                       "Error: Invalid value for '--employees': 0 is not in the range "
                       "1<=x<=10000000."),
    "absurd employees": (["coo", "doo", "--employees", "99999999999"], 2,
                         "Error: Invalid value for '--employees': 99999999999 is not in the "
                         "range 1<=x<=10000000."),
    "employees not a number": (["coo", "doo", "--employees", "lots"], 2,
                               "Error: Invalid value for '--employees': 'lots' is not a valid "
                               "integer range."),
    "bad stage": (["coo", "doo", "--stage", "huge"], 2,
                  "Error: Invalid value for '--stage': 'huge' is not one of 'startup', "
                  "'growth', 'established'."),
    "bad gap": (["coo", "doo", "--gap", "everything"], 2,
                "Error: Invalid value for '--gap': 'everything' is not one of 'company-wide', "
                "'one-area'."),
    "company with a control character": (["coo", "doo", "--company", "Ac\x07me", "-f", "md"], 2,
                                         "Error: Invalid value for '--company': contains a "
                                         "control character"),
    "company name too long": (["coo", "doo", "--company", "A" * 121, "-f", "md"], 2,
                              "Error: Invalid value for '--company': String should have at "
                              "most 120 characters"),
    "blank company name": (["coo", "doo", "--company", "  ", "-f", "md"], 2,
                           "Error: Invalid value for '--company': must not be empty"),
    "json and a file format": (["coo", "doo", "--json", "-f", "md"], 2,
                               "Error: --json prints to the terminal; use it without -f"),
    "out without a format": (["coo", "doo", "--out", "docs"], 2,
                             "Error: --out needs a document format: add -f md and/or -f docx"),
    "out is a file": (["coo", "doo", "-f", "docx", "--out", "notes.txt"], 1,
                      "Error: output path notes.txt is not a folder"),
    "roles dir missing": (["coo", "doo", "--roles-dir", "nowhere"], 1,
                          "Error: nowhere: roles folder does not exist"),
    "one role missing": (["coo"], 2, "Error: Missing argument 'OTHER_ROLE'."),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_one_clear_error(runner, write, tmp_path, case):
    write("notes.txt", "keep me")
    args, code, message = BAD[case]
    result = runner.invoke(main, ["compare", *args])
    assert_fails(result, code, message, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_unwritable_out_folder_leaves_nothing(runner, tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    # Simulated, so the test also fails for root, who may write anywhere.
    monkeypatch.setattr("jdgen.site.output.os.access", lambda path, mode: not mode & os.W_OK)
    result = run(runner, "coo", "doo", "-f", "md", "--out", "locked")
    assert_fails(result, 1, "Error: output folder locked is not writable", tmp_path)


def test_existing_document_is_replaced_whole(runner, tmp_path):
    path = tmp_path / "compare-coo-vs-director-of-operations.md"
    path.write_text("old", encoding="utf-8")
    result = run(runner, "coo", "doo", "-f", "md")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8").startswith("# Chief Operating Officer or ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_compare_has_help(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    assert "Compare ROLE with OTHER_ROLE and say which one your company needs." in result.stdout
    assert "--ceo-stretched / --ceo-not-stretched" in result.stdout


def test_out_folder_is_created_with_its_parents(runner, tmp_path):
    result = runner.invoke(main, ["compare", "coo", "doo", "-f", "md", "--out", "a/b/c"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "a" / "b" / "c" / "compare-coo-vs-director-of-operations.md").is_file()
