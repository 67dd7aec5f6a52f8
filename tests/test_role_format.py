"""Role files declare what varies with size, stage, industry, focus and reporting line."""

from __future__ import annotations

import itertools

import pytest

from jdgen.cli import main
from jdgen.inputs.discovery import Catalog, builtin_dir
from jdgen.tailoring.compare import Situation, compare_roles

ROLE = """\
id: head-of-things
title: Head of Things
level: director
reports_to: Chief Executive Officer
summary:
  - text: "As {company}'s first Head of Things, you set up how work runs beside {manager}."
    when: {size: [small]}
  - text: "You run things across every {site}."
    when: {size: [mid, large]}
  - text: "{Manager} sets the direction with you."
    when: {reports_to: [chief-executive]}
terms: {site: site}
scope: functional
scope_description: One area.
responsibilities:
  - name: Planning
    summary:
      - {text: "You write the first plan yourself.", when: {size: [small]}}
      - "You run the planning cycle for every {site}."
    bullets:
      - Agree goals each quarter
  - name: Stock
    bullets: [Keep stock right]
qualifications:
  required:
    - {text: Five or more years in operations, when: {size: [small]}}
    - {text: Ten or more years in operations, when: {size: [mid, large]}}
skills: [Planning]
success:
  first_year: ["Every {site} runs to one plan."]
  kpis: [Cost per order]
onet_soc: 11-1021.00
industries:
  general: {label: general, context: "You own results end to end."}
  healthcare:
    label: healthcare
    aliases: [clinics]
    terms: {site: clinic}
    context: In healthcare this means patients are seen on time.
    duties:
      - {area: Planning, text: "Plan staffing for every {site}"}
    required: [Experience in a healthcare provider]
    omit: [Stock]
"""


def run(runner, *args):
    return runner.invoke(main, list(args))


def test_a_custom_role_uses_conditions_and_terms(runner, write):
    write("roles/things.yaml", ROLE)
    small = run(runner, "build", "head-of-things", "--company", "Acme", "--industry", "clinics",
                "--employees", "12", "--reports-to", "our founder", "-o", "-")
    assert small.exit_code == 0, small.stderr
    text = small.stdout
    assert "As Acme's first Head of Things, you set up how work runs beside our founder." in text
    assert "Our founder sets the direction with you." in text
    assert "You write the first plan yourself." in text
    assert "- Plan staffing for every clinic" in text
    assert "Five or more years" in text and "Ten or more" not in text
    assert "- Experience in a healthcare provider" in text
    assert "### Stock" not in text  # omitted in this industry
    assert "Every clinic runs to one plan." in text
    assert "is not one the Head of Things role knows" not in small.stderr
    other = run(runner, "build", "head-of-things", "--company", "Acme", "--industry", "mining",
                "-o", "-")
    assert "industry 'mining' is not one the Head of Things role knows" in other.stderr
    flat = ROLE[:ROLE.index("industries:")]  # a role that does not vary by industry
    write("roles/things.yaml", flat)
    plain = run(runner, "build", "head-of-things", "--company", "Acme", "--industry", "mining",
                "-o", "-")
    assert plain.exit_code == 0 and "is not one" not in plain.stderr
    write("roles/things.yaml", ROLE)
    large = run(runner, "build", "head-of-things", "--company", "Acme", "--size", "large",
                "--reports-to", "the board", "-o", "-").stdout
    assert "You run things across every site." in large
    assert "sets the direction" not in large  # only with a chief executive
    assert "You run the planning cycle for every site." in large and "### Stock" in large


@pytest.mark.parametrize(("change", "message"), [
    (("{Manager} sets", "{Boss} sets"),
     "roles/things.yaml:10:11: summary[2].text: unknown placeholder {Boss}; define it under "
     "the role's terms or use one of {company}, {manager}, {industry}"),
    (("when: {size: [small]}\n  - text: \"You run",
      "when: {industry: [mining]}\n  - text: \"You run"),
     "roles/things.yaml:7:23: summary[0].when.industry[0]: 'mining' is not one of this "
     "role's industry ids: general, healthcare"),
    (("{area: Planning,", "{area: Plannin,"),
     "roles/things.yaml:41:16: industries.healthcare.duties[0].area: 'Plannin' is not one of "
     "the role's responsibility areas"),
    (("terms: {site: clinic}", "terms: {site: clinic, ward: ward}"),
     "roles/things.yaml:38:33: industries.healthcare.terms.ward: 'ward' is not one of the "
     "role's terms; add a default for it under the role's terms"),
    (("when: {size: [small]}\n  - text: \"You run", "when: {size: [tiny]}\n  - text: \"You run"),
     "roles/things.yaml:7:19: summary[0].when.size[0]: expected 'small', 'mid' or 'large' "
     "(found 'tiny')"),
    (("{area: Planning,", "{area: Stock,"),
     "roles/things.yaml:41:16: industries.healthcare.duties[0].area: 'Stock' is omitted in "
     "this industry"),
])
def test_role_files_that_name_nothing_they_define_fail_with_file_and_line(
        runner, write, change, message):
    old, new = change
    assert old in ROLE
    write("roles/things.yaml", ROLE.replace(old, new, 1))
    result = run(runner, "validate", "roles/things.yaml")
    assert result.exit_code == 1
    assert message in result.stdout + result.stderr


def test_show_says_when_each_text_applies(runner, write):
    write("roles/things.yaml", ROLE)
    text = run(runner, "show", "head-of-things").stdout
    assert "Five or more years in operations (when size: small)" in text
    assert "healthcare (also: clinics); terms: site=clinic; omits: Stock" in text


def test_the_json_schema_describes_conditions(runner):
    import json

    schema = json.loads(run(runner, "schema", "role").stdout)
    when = schema["$defs"]["When"]["properties"]
    assert set(when) == {"size", "stage", "industry", "focus", "reports_to", "sites"}


# ------------------------------------------------------------------ compare


def _roles():
    catalog = Catalog.load([builtin_dir("roles")])
    return catalog.find("coo").role, catalog.find("doo").role


SITUATIONS = list(itertools.product(
    [None, 8, 30, 120, 900, 6000], [None, "startup", "growth", "established"],
    [None, "company-wide", "one-area"], [None, True, False]))


def test_a_recommendation_never_contradicts_the_points_it_lists():
    coo, doo = _roles()
    for employees, stage, gap, stretched in SITUATIONS:
        situation = Situation(employees=employees, stage=stage, gap=gap,  # type: ignore[arg-type]
                              ceo_stretched=stretched)
        rec = compare_roles(coo, doo, situation).recommendation
        if rec.choice is None:
            continue
        chosen = next(f for f in rec.roles if f.id == rec.choice)
        other = next(f for f in rec.roles if f.id != rec.choice)
        net = lambda f: len(f.points_for) - len(f.points_against)  # noqa: E731
        assert net(chosen) >= net(other), (situation, rec.headline)
        assert chosen.title in rec.headline


def test_compare_never_says_two_team_leading_roles_do_not_overlap():
    coo, doo = _roles()
    sentences = " ".join(compare_roles(coo, doo).differences)
    assert "do not overlap" not in sentences
    assert "Both lead people" in sentences


def test_compare_takes_an_industry(runner):
    plain = run(runner, "compare", "coo", "doo", "--json")
    health = run(runner, "compare", "coo", "doo", "--industry", "healthcare", "--json")
    assert plain.exit_code == health.exit_code == 0
    import json

    rows = {r["key"]: r for r in json.loads(health.stdout)["rows"]}
    plain_rows = {r["key"]: r for r in json.loads(plain.stdout)["rows"]}
    assert rows["qualifications"]["a"] != plain_rows["qualifications"]["a"]
    bad = run(runner, "compare", "coo", "doo", "--industry", "a\x07b")
    assert bad.exit_code == 2 and "'--industry'" in bad.stderr


def test_a_possessive_fits_the_name():
    from jdgen.tailoring.variants import Context

    def fill(name: str) -> str:
        ctx = Context(size="mid", stage=None, industry="general", focus="none",
                      reports_to="other", values={"company": name, "manager": "the board"})
        return ctx.fill("{company}'s plan, {Manager}'s view, {company}'s")

    assert fill("Acme") == "Acme's plan, The board's view, Acme's"
    assert fill("Northwind Traders") == (
        "Northwind Traders' plan, The board's view, Northwind Traders'")
