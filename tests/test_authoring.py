"""Custom roles and the commands that help people write them: roles, show, validate, schema,
init."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
import yaml

from jdgen.cli import main
from jdgen.inputs.discovery import builtin_dir
from jdgen.inputs.schemas import schema

REPO = Path(__file__).resolve().parent.parent
COO = (builtin_dir("roles") / "coo.yaml").read_text(encoding="utf-8")

MINIMAL_ROLE = """\
id: head-of-supply
title: Head of Supply
aliases: [supply lead]
level: senior-manager
reports_to: Director of Operations
summary: Keeps materials arriving on time and on budget.
scope: functional
scope_description: Purchasing and suppliers.
responsibilities:
  - name: Purchasing
    bullets:
      - Plan purchases against the production schedule
      - Chase late orders before they stop the line
qualifications:
  required:
    - Five years in purchasing
skills:
  - Negotiation
success:
  first_90_days:
    - Meet the top suppliers
  kpis:
    - Supplier on-time delivery
onet_soc: 11-3061.00
"""


def run(runner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def one_error(result, code: int = 1) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


# ------------------------------------------------------------------ roles


def test_roles_lists_builtins_with_source(runner):
    result = run(runner, "roles")
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["ID", "TITLE", "LEVEL", "ALIASES", "SOURCE"]
    assert rows[0].startswith("coo ") and rows[0].endswith("built-in")
    assert rows[1].startswith("director-of-operations ") and "DOO" in rows[1]


def test_local_roles_folder_overrides_a_builtin_and_says_so(runner, write):
    write("roles/coo.yaml", COO.replace("title: Chief Operating Officer",
                                        "title: Chief Operations Officer"))
    write("roles/head-of-supply.yaml", MINIMAL_ROLE)
    result = run(runner, "roles")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    coo = next(ln for ln in lines if ln.startswith("coo "))
    assert "Chief Operations Officer" in coo and coo.endswith("roles/coo.yaml")
    assert any(ln.startswith("head-of-supply ") and ln.endswith("roles/head-of-supply.yaml")
               for ln in lines)
    assert f"coo: roles/coo.yaml overrides {builtin_dir('roles') / 'coo.yaml'}" in lines
    built = run(runner, "build", "coo", "--company", "Acme", "-o", "-")
    assert built.stdout.startswith("# Chief Operations Officer\n")


def test_search_order_option_then_environment_then_local(runner, write, tmp_path,
                                                         monkeypatch):
    for folder, title in (("opt", "From Option"), ("env", "From Env"), ("roles", "From Local")):
        write(f"{folder}/r.yaml", MINIMAL_ROLE.replace("Head of Supply", title))
    monkeypatch.setenv("JDGEN_ROLES_DIR", str(tmp_path / "env"))
    title = run(runner, "show", "head-of-supply", "--json", "--roles-dir", "opt")
    assert json.loads(title.stdout)["title"] == "From Option"
    assert json.loads(run(runner, "show", "head-of-supply", "--json").stdout)["title"] == \
        "From Env"
    monkeypatch.delenv("JDGEN_ROLES_DIR")
    assert json.loads(run(runner, "show", "head-of-supply", "--json").stdout)["title"] == \
        "From Local"


def test_duplicate_id_within_one_folder_is_an_error(runner, write):
    write("roles/a.yaml", MINIMAL_ROLE)
    write("roles/b.yaml", MINIMAL_ROLE)
    line = one_error(run(runner, "roles"))
    assert line == ("Error: roles/b.yaml: role id 'head-of-supply' is also defined in "
                    "roles/a.yaml")


# ------------------------------------------------------------------- show


def test_show_is_readable_text(runner):
    result = run(runner, "show", "DOO")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("Director of Operations\n======================\n")
    assert "Reports to:   Chief Operating Officer" in text
    assert "Process optimization\n--------------------\n  - " in text
    assert "supply-chain: " in text
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "None" not in text and "[" not in text and "{{" not in text
    assert "(when size: small)" in text  # conditional texts say when they apply


def test_show_json_round_trips_to_the_model(runner):
    data = json.loads(run(runner, "show", "coo", "--json").stdout)
    assert data["id"] == "coo" and data["onet_soc"] == "11-1011.00"
    assert [a["name"] for a in data["responsibilities"]] == [
        "Strategic planning", "Operations management", "Financial management",
        "Team leadership", "Risk assessment and mitigation", "Strategic partnerships"]


def test_show_unknown_role_suggests(runner):
    line = one_error(run(runner, "show", "director-of-operation"))
    assert "Did you mean 'director-of-operations'?" in line


# ---------------------------------------------------------- bad role files


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "roles/bad.yaml: file is empty; expected a role definition"),
        ("- a\n- b\n", "roles/bad.yaml:1:1: expected a mapping of fields, found a list"),
        (MINIMAL_ROLE + "salary: 5\n",
         "roles/bad.yaml:25:1: salary: unknown field; did you mean 'summary'?"),
        (MINIMAL_ROLE.replace("title: Head of Supply\n", ""),
         "roles/bad.yaml:1:1: title: missing required field"),
        (MINIMAL_ROLE.replace("responsibilities:\n  - name: Purchasing\n    bullets:\n"
                              "      - Plan purchases against the production schedule\n"
                              "      - Chase late orders before they stop the line\n",
                              "responsibilities: []\n"),
         "responsibilities: must have at least 1 item"),
        (MINIMAL_ROLE.replace("    bullets:\n      - Plan purchases against the production "
                              "schedule\n      - Chase late orders before they stop the line\n",
                              "    bullets: Plan purchases\n"),
         "roles/bad.yaml:11:14: responsibilities[0].bullets: expected a list of values, each a "
         "string or a mapping"),
        (MINIMAL_ROLE.replace("level: senior-manager", "level: boss"),
         "roles/bad.yaml:4:8: level: expected 'executive', 'director', 'senior-manager', "
         "'manager' or 'individual-contributor' (found 'boss')"),
        (MINIMAL_ROLE + "title: Again\n",
         "roles/bad.yaml:25:1: duplicate key 'title' (first given on line 2)"),
        ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)),
         "roles/bad.yaml:7:8: too many values (over 2,000,000, each use of an alias counted in "
         "full); is an alias (*name) expanding"),
        (b"\x00\x01\x02\xff\xfe junk", "roles/bad.yaml: binary data, not a YAML text file"),
        (MINIMAL_ROLE.replace("onet_soc: 11-3061.00", "onet_soc: !!python/object:os.system x"),
         "roles/bad.yaml:24:11: unsupported YAML tag"),
    ],
    ids=["empty", "list", "unknown-key", "no-title", "no-areas", "bullets-string",
         "bad-level", "duplicate-key", "alias-bomb", "binary", "python-tag"],
)
def test_bad_role_files(runner, write, content, message):
    write("roles/bad.yaml", content)
    result = run(runner, "build", "head-of-supply", "--company", "Acme", "-o", "-")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert message in result.stderr, result.stderr
    assert result.stdout == ""


def test_fifty_megabyte_role_file_is_refused_without_reading_it(runner, tmp_path):
    (tmp_path / "roles").mkdir()
    with open(tmp_path / "roles" / "big.yaml", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    line = one_error(run(runner, "show", "big"))  # other commands skip it with a warning
    assert line == ("Error: roles/big.yaml: file is 52,428,800 bytes; "
                    "the limit is 2,000,000 bytes")


def test_missing_roles_dir(runner):
    assert one_error(run(runner, "roles", "--roles-dir", "nope")) == \
        "Error: nope: roles folder does not exist"


def test_every_problem_in_a_role_file_at_once(runner, write):
    bad = MINIMAL_ROLE.replace("level: senior-manager", "level: boss").replace(
        "scope: functional", "scope: galaxy") + "colour: blue\n"
    write("roles/bad.yaml", bad)
    result = run(runner, "show", "bad")  # the command that needs this role
    assert result.exit_code == 1
    assert len([ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]) == 3


# --------------------------------------------------------- custom end to end


def test_custom_role_renders_to_markdown_and_docx(runner, write, tmp_path):
    write("team/head-of-supply.yaml", MINIMAL_ROLE)
    result = run(runner, "build", "supply lead", "--company", "Acme", "--roles-dir", "team",
                 "-f", "md", "-f", "docx", "--date", "2026-11-25")
    assert result.exit_code == 0, result.stderr
    markdown = (tmp_path / "acme-head-of-supply.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Head of Supply\n")
    assert "- Chase late orders before they stop the line\n" in markdown
    assert "## Equal opportunity" in markdown
    document = docx.Document(io.BytesIO((tmp_path / "acme-head-of-supply.docx").read_bytes()))
    paras = [(p.style.name, p.text) for p in document.paragraphs]
    assert paras[:2] == [("Company Name", "Acme"), ("Title", "Head of Supply")]
    assert ("Heading 2", "Purchasing") in paras
    assert ("List Bullet", "Plan purchases against the production schedule") in paras


# -------------------------------------------------------------- validate


def test_validate_a_clean_project(runner, write):
    write("roles/head-of-supply.yaml", MINIMAL_ROLE)
    write("templates/posting.md.j2", '{% extends "builtin/posting.md.j2" %}\n')
    write("company.yaml", "name: Acme\n")
    write("postings.yaml", "postings:\n  - role: coo\n    company_name: Acme\n")
    write("docker-compose.yml", "services:\n  web:\n    image: nginx\n")
    result = run(runner, "validate")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "ok    roles/head-of-supply.yaml  (role)",
        "ok    templates/posting.md.j2  (template)",
        "ok    company.yaml  (company)",
        "ok    postings.yaml  (manifest)",
        "skip  docker-compose.yml  (not a role, company or manifest file)",
        "4 files checked, 0 problems",
    ]


def test_validate_follows_a_manifest_to_its_companies_and_roles(runner, write):
    write("postings.yaml", "postings:\n  - role: coo\n    company: gone.yaml\n"
                           "  - role: chef\n    company_name: Acme\n")
    result = run(runner, "validate", "postings.yaml")
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert errors == [
        "Error: postings.yaml:2:5: gone.yaml: file not found ('gone.yaml' is read as a "
        "profile's path, relative to the manifest's folder; for a company with no profile, "
        "give its name: 'company: Acme')",
        "Error: postings.yaml:4:5: unknown role 'chef'. Available roles: coo, "
        "director-of-operations",
    ]


def test_validate_reports_every_problem_in_every_file(runner, write):
    write("roles/a.yaml", MINIMAL_ROLE.replace("level: senior-manager", "level: boss"))
    write("templates/posting.md.j2", "{% if %}\n")
    write("company.yaml", "name: Acme\nemployees: lots\n")
    write("postings.yaml", "postings: []\n")
    result = run(runner, "validate")
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert [e.split(":")[1].strip() for e in errors] == [
        "roles/a.yaml", "templates/posting.md.j2", "company.yaml", "postings.yaml"]
    assert "FAIL  company.yaml  (company)" in result.stdout
    assert result.stdout.splitlines()[-1] == "4 files checked, 4 problems"


def test_validate_named_files_and_kind(runner, write):
    write("somewhere/thing.yaml", "name: Acme\nindustry: retail\n")
    ok = run(runner, "validate", "somewhere/thing.yaml")
    assert ok.exit_code == 0 and "(company)" in ok.stdout
    forced = run(runner, "validate", "--kind", "role", "somewhere/thing.yaml")
    assert forced.exit_code == 1
    assert "thing.yaml:1:1: title: missing required field" in forced.stderr


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({}, [], "Error: no role, company, manifest or template files found to check"),
        ({}, ["nothing.yaml"], "Error: nothing.yaml: no such file or folder"),
        ({"x.yaml": "colour: blue\n"}, ["x.yaml"],
         "Error: x.yaml: cannot tell whether this is a role, company or manifest file; "
         "use --kind"),
        ({"x.yaml": ""}, ["x.yaml"], "Error: x.yaml: file is empty"),
    ],
)
def test_validate_bad_input(runner, write, files, args, message):
    for name, content in files.items():
        write(name, content)
    result = run(runner, "validate", *args)
    assert result.exit_code == 1
    assert message in result.stderr.splitlines()


def test_builtin_roles_validate(runner):
    result = run(runner, "validate", str(builtin_dir("roles")))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("2 files checked, 0 problems\n")


# ---------------------------------------------------------------- schema


@pytest.mark.parametrize("kind", ["role", "company", "manifest"])
def test_schema_is_json_with_descriptions(runner, kind):
    result = run(runner, "schema", kind)
    data = json.loads(result.stdout)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    if kind == "role":  # a whole role, or an overlay when the file says what it extends
        assert data["then"] == {"$ref": "#/$defs/RoleOverlay"}
        assert data["else"] == {"$ref": "#/$defs/Role"}
        data = data["$defs"]["Role"]
    assert data["additionalProperties"] is False
    assert all(prop.get("description") for prop in data["properties"].values())


def test_committed_schemas_are_current():
    for kind in ("role", "company", "manifest"):
        committed = REPO / "schemas" / f"{kind}.schema.json"
        assert json.loads(committed.read_text(encoding="utf-8")) == schema(kind), (
            f"{committed} is stale; regenerate with: jdgen schema {kind} > {committed}")


def test_schema_accepts_the_builtin_roles_and_rejects_unknown_keys():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema("role"))
    coo = yaml.safe_load(COO)
    assert list(validator.iter_errors(coo)) == []
    assert list(validator.iter_errors({**coo, "salary": 1}))


def test_schema_unknown_kind(runner):
    result = run(runner, "schema", "posting")
    assert result.exit_code == 2
    assert "Invalid value for '{role|company|manifest}'" in result.stderr


# ------------------------------------------------------------------ init


def test_init_scaffolds_a_project_that_validates_and_builds(runner, tmp_path, monkeypatch):
    result = run(runner, "init", "--company", "Ørsted & Sons")
    assert result.exit_code == 0, result.stderr
    project = tmp_path / "jdgen-project"
    names = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file())
    assert names == ["README.md", "company.yaml", "postings.yaml", "roles/head-of-supply.yaml",
                     "roles/our-coo.yaml", "schemas/company.schema.json",
                     "schemas/manifest.schema.json", "schemas/role.schema.json",
                     "templates/posting.md.j2"]
    monkeypatch.chdir(project)
    starter = run(runner, "validate")  # init's instruction text is reported until replaced
    assert starter.exit_code == 1
    assert starter.stderr == ("Error: company.yaml:6:8: about: still jdgen init's instruction "
                              "text ('Describe the company in two or three sentences:…'); "
                              "replace it with your own words\n")
    _describe_company(project)
    assert run(runner, "validate").exit_code == 0
    built = run(runner, "build", "head-of-supply", "--company-file", "company.yaml", "-o", "-")
    assert built.exit_code == 0, built.stderr
    assert "- **Company:** Ørsted & Sons" in built.stdout
    assert "We read every application ourselves" in built.stdout  # the template override


@pytest.mark.parametrize(
    ("setup", "args", "message", "code"),
    [
        ("file", ["taken"], "Error: taken already exists and is not empty", 1),
        ("full", ["taken"], "Error: taken already exists and is not empty", 1),
        (None, ["no/such/parent"], "Error: parent folder no/such does not exist", 1),
        (None, ["p", "--company", "  "], "'--company': give a company name", 2),
        (None, ["p", "--company", "A\x00B"], "'--company': give a company name", 2),
    ],
)
def test_init_refuses(runner, tmp_path, setup, args, message, code):
    if setup == "file":
        (tmp_path / "taken").write_text("x")
    elif setup == "full":
        (tmp_path / "taken").mkdir()
        (tmp_path / "taken" / "keep.txt").write_text("mine")
    result = run(runner, "init", *args)
    assert result.exit_code == code
    assert message in result.stderr
    if setup == "full":
        assert (tmp_path / "taken" / "keep.txt").read_text() == "mine"
        assert len(list((tmp_path / "taken").iterdir())) == 1


def test_schemas_carry_examples_for_editors():
    role, company = schema("role")["$defs"]["Role"], schema("company")
    assert role["properties"]["id"]["examples"] == ["coo", "director-of-operations",
                                                    "head-of-supply"]
    assert role["properties"]["onet_soc"]["examples"] == ["11-1021.00"]
    assert company["properties"]["name"]["examples"] == ["Northwind Traders"]
    assert "USD" in company["$defs"]["Compensation"]["properties"]["currency"]["examples"]


def test_init_project_builds_its_manifest_and_lints_clean(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795564800")  # 2026-11-25: the pay table is current
    assert run(runner, "init").exit_code == 0
    monkeypatch.chdir(tmp_path / "jdgen-project")
    built = run(runner, "build", "--manifest", "postings.yaml", "--out", "site", "-q")
    assert built.exit_code == 0, built.stderr
    linted = run(runner, "lint", "site", "--severity", "warning")  # the starter text is left
    assert linted.exit_code == 1
    assert linted.stdout.count("error [placeholder] Describe the company in two or three") == 3
    _describe_company(tmp_path / "jdgen-project")
    built = run(runner, "build", "--manifest", "postings.yaml", "--out", "site", "-q")
    assert built.exit_code == 0, built.stderr
    linted = run(runner, "lint", "site", "--severity", "warning")
    assert linted.exit_code == 0, linted.stdout
    assert linted.stdout.splitlines()[-1] == ("0 errors, 0 warnings, 0 info in 6 files "
                                              "(3 postings)")


def _describe_company(project: Path) -> None:
    """Do what init asks: replace the starter 'about' text with a real description."""
    path = project / "company.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("about: >-")
    end = text.index("industry:")
    path.write_text(text[:start] + "about: We make pumps for water utilities.\n" + text[end:],
                    encoding="utf-8")


def test_a_list_of_choices_is_described_plainly(runner, write):
    text = (builtin_dir("roles") / "coo.yaml").read_text(encoding="utf-8")
    write("roles/coo.yaml", text.replace("  stages:\n    - growth\n    - established\n",
                                         "  stages: growth\n"))
    result = run(runner, "validate", "roles/coo.yaml")
    assert result.exit_code == 1
    assert "fit.stages: expected a list of values, each one of startup, growth, established, " \
           "found 'growth'" in result.stderr
