"""Role overlays: a role file that extends another and states only what differs."""

from __future__ import annotations

import json

import pytest
import yaml

from jdgen.cli import main
from jdgen.errors import DataError
from jdgen.inputs.discovery import Catalog, builtin_dir, search_path
from jdgen.inputs.schemas import schema
from jdgen.models import area_key, text_of

BUILTIN = Catalog.load([builtin_dir("roles")])
COO = BUILTIN.find("coo").role

BASE = """\
id: base-role
title: Head of Stores
level: director
reports_to: Chief Executive Officer
summary: You run every store.
scope: functional
scope_description: Every store the company runs.
responsibilities:
  - id: stores
    name: Store operations
    bullets:
      - Open every store on time, every day
      - Keep stock on the shelves customers use most
  - name: People
    bullets:
      - Hire and coach the store managers
qualifications:
  required: [Five years running shops]
skills: [Scheduling, Retail maths]
success:
  kpis: [Sales per square foot]
industries:
  general: {label: general, context: "You keep the shops running."}
  retail:
    label: retail
    duties: [{area: People, text: Plan seasonal hiring with each store manager}]
focus:
  growth: {label: growth, summary: You open new stores., lead_area: People}
onet_soc: 11-1021.00
"""


def run(runner, *args: str):
    return runner.invoke(main, list(args), catch_exceptions=False)


def load(tmp_path):
    return Catalog.load(search_path("roles", [tmp_path / "roles"]))


def role(tmp_path, role_id):
    return load(tmp_path).find(role_id).role


def bullets(found, key):
    area = next(a for a in found.responsibilities if area_key(a) == key)
    return [text_of(b) for b in area.bullets]


# ------------------------------------------------------------------ edits


def test_replace_one_bullet_keeps_everything_else(write, tmp_path):
    write("roles/base.yaml", BASE)
    write("roles/mine.yaml", """\
extends: base-role
id: mine
responsibilities:
  change:
    stores:
      bullets:
        replace: {"Open every store on time": "Open every store on time, seven days a week"}
""")
    mine, base = role(tmp_path, "mine"), role(tmp_path, "base-role")
    assert bullets(mine, "stores") == ["Open every store on time, seven days a week",
                                      "Keep stock on the shelves customers use most"]
    assert mine.model_dump(exclude={"id", "responsibilities"}) == \
        base.model_dump(exclude={"id", "responsibilities"})
    assert mine.responsibilities[1] == base.responsibilities[1]


def test_add_remove_and_change_areas_and_lists(write, tmp_path):
    write("roles/base.yaml", BASE)
    write("roles/mine.yaml", """\
extends: base-role
id: mine
title: Head of Retail
responsibilities:
  remove: [stores]
  change:
    People:                                 # by name, case-insensitive
      name: Store teams
      bullets: {add: [Run a yearly review with every store manager]}
  add:
    - name: Online orders
      bullets: [Ship every online order within a day]
skills: {remove: [Retail maths], add: [Forecasting]}
qualifications:
  preferred: {add: [A degree in business]}
industries:
  general: {context: You keep every shop running well.}
  healthcare: {label: healthcare}
terms: {site: store}
focus: {growth: null}
""")
    mine = role(tmp_path, "mine")
    assert mine.title == "Head of Retail"
    assert [a.name for a in mine.responsibilities] == ["Store teams", "Online orders"]
    assert bullets(mine, "store-teams") == ["Hire and coach the store managers",
                                           "Run a yearly review with every store manager"]
    assert [text_of(s) for s in mine.skills] == ["Scheduling", "Forecasting"]
    assert [text_of(p) for p in mine.qualifications.preferred] == ["A degree in business"]
    assert mine.industries["general"].context == ["You keep every shop running well."]
    assert set(mine.industries) == {"general", "retail", "healthcare"}
    # the renamed area takes the industry duty placed in it along
    assert mine.industries["retail"].duties[0].area == "Store teams"
    assert mine.terms == {"site": "store"}
    assert mine.focus == {}


def test_removing_an_area_drops_what_points_at_it(write, tmp_path):
    write("roles/base.yaml", BASE)
    write("roles/mine.yaml", "extends: base-role\nid: mine\nresponsibilities: {remove: [people]}\n")
    mine = role(tmp_path, "mine")
    assert [a.name for a in mine.responsibilities] == ["Store operations"]
    assert mine.industries["retail"].duties == []
    assert mine.focus["growth"].lead_area is None


def test_a_list_replaces_and_a_conditional_replacement_keeps_its_condition(write, tmp_path):
    write("roles/mine.yaml", """\
extends: coo
id: mine
skills: [Retail operations, Budgeting]
responsibilities:
  change:
    strategic-partnerships:
      bullets:
        replace:
          "Negotiate key supplier and partner deals":
            {text: Negotiate every supplier deal yourself, when: {size: [small]}}
""")
    mine = role(tmp_path, "mine")
    assert mine.skills == ["Retail operations", "Budgeting"]
    area = next(a for a in mine.responsibilities if a.id == "strategic-partnerships")
    first = area.bullets[0]
    assert not isinstance(first, str) and first.when.size == ["small"]
    assert first.text == "Negotiate every supplier deal yourself"
    assert area.bullets[1:] == next(a for a in COO.responsibilities
                                    if a.id == "strategic-partnerships").bullets[1:]


@pytest.mark.parametrize(("area", "index"), [
    (area_key(area), i) for area in COO.responsibilities for i in range(len(area.bullets))])
def test_any_builtin_bullet_can_be_replaced_alone(write, tmp_path, area, index):
    base_area = next(a for a in COO.responsibilities if area_key(a) == area)
    old = text_of(base_area.bullets[index])
    write("roles/mine.yaml", yaml.safe_dump({
        "extends": "coo", "id": "mine",
        "responsibilities": {"change": {area: {"bullets": {"replace": {old: "A new duty"}}}}}}))
    mine = role(tmp_path, "mine")
    changed = [(a.name, i) for a, b in zip(mine.responsibilities, COO.responsibilities,
                                           strict=True)
               for i, (x, y) in enumerate(zip(a.bullets, b.bullets, strict=True)) if x != y]
    assert changed == [(base_area.name, index)]
    assert next(a for a in mine.responsibilities if area_key(a) == area).bullets[index] == \
        "A new duty"


def test_an_overlay_keeps_working_when_its_base_gains_content(write, tmp_path):
    write("base/base.yaml", BASE)
    write("roles/mine.yaml", """\
extends: base-role
id: mine
responsibilities:
  change:
    stores: {bullets: {remove: [Keep stock on the shelves]}}
""")
    dirs = search_path("roles", [tmp_path / "roles", tmp_path / "base"])
    before = Catalog.load(dirs).find("mine").role
    assert bullets(before, "stores") == ["Open every store on time, every day"]
    grown = BASE.replace("      - Keep stock on the shelves customers use most\n",
                         "      - Keep stock on the shelves customers use most\n"
                         "      - Count the tills at closing\n")
    grown = grown.replace("skills: [Scheduling, Retail maths]",
                          "skills: [Scheduling, Retail maths, Visual merchandising]")
    grown = grown.replace("  - name: People\n", "  - name: Safety\n    bullets: [Walk every "
                          "store for hazards each week]\n  - name: People\n")
    write("base/base.yaml", grown)
    after = Catalog.load(dirs).find("mine").role
    assert bullets(after, "stores") == ["Open every store on time, every day",
                                        "Count the tills at closing"]
    assert [a.name for a in after.responsibilities] == ["Store operations", "Safety", "People"]
    assert "Visual merchandising" in after.skills
    # and when the base drops the text the overlay removes, the overlay says so
    write("base/base.yaml", grown.replace("      - Keep stock on the shelves customers use "
                                          "most\n", ""))
    with pytest.raises(DataError) as caught:
        Catalog.load(dirs).find("mine")
    assert caught.value.problems == [
        f"{tmp_path / 'roles' / 'mine.yaml'}:5:33: responsibilities.change.stores.bullets"
        ".remove[0]: the base role 'base-role' has no bullet 'Keep stock on the shelves' in "
        "area 'stores'; it has 'Open every store on time, every day'; 'Count the tills at "
        "closing'"]


def test_an_overlay_with_the_base_id_replaces_it_and_extends_the_one_below(runner, write,
                                                                         tmp_path):
    write("roles/coo.yaml", "extends: coo\nid: coo\ntitle: Chief Operating Officer (Stores)\n")
    catalog = load(tmp_path)
    entry = catalog.find("coo")
    assert entry.role.title == "Chief Operating Officer (Stores)"
    assert entry.role.aliases == COO.aliases  # the same id keeps the names that select it
    assert entry.shadows == (builtin_dir("roles") / "coo.yaml",)
    result = run(runner, "build", "chief operating officer", "--company", "Acme", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Chief Operating Officer (Stores)\n")


def test_an_overlay_with_its_own_id_does_not_take_the_base_names(write, tmp_path):
    write("roles/mine.yaml", "extends: coo\nid: acme-coo\n")
    catalog = load(tmp_path)
    assert catalog.find("acme-coo").role.aliases == []
    assert catalog.find("COO").role.id == "coo"
    assert catalog.find("coo").role.id == "coo"


def test_overlays_chain_and_remember_where_each_part_came_from(write, tmp_path):
    write("roles/a.yaml", "extends: coo\nid: a\nskills: {add: [Store visits]}\n")
    write("roles/b.yaml", "extends: a\nid: b\ntitle: Head of Everything\n"
                          "responsibilities:\n  add:\n    - name: Stores\n"
                          "      bullets: [Visit every store each month]\n")
    entry = load(tmp_path).find("b")
    assert "Store visits" in entry.role.skills
    assert entry.origins is not None and entry.origins.chain == ("coo", "a")
    assert entry.origins.of("skills", "store visits") == f"{tmp_path / 'roles' / 'a.yaml'}:3"
    assert entry.origins.of("title") == f"{tmp_path / 'roles' / 'b.yaml'}:3"
    assert entry.origins.of("responsibilities", "stores") == f"{tmp_path / 'roles' / 'b.yaml'}:6"


# ------------------------------------------------------------------ errors

ERRORS = [
    ("responsibilities: {remove: [board-relations]}",
     "mine.yaml:3:29: responsibilities.remove[0]: the base role 'coo' has no responsibility "
     "area 'board-relations'; its areas are: strategic-planning (Strategic planning), "),
    ("responsibilities: {change: {nowhere: {name: X}}}",
     "mine.yaml:3:29: responsibilities.change.nowhere: the base role 'coo' has no "
     "responsibility area 'nowhere'"),
    ("skills: {remove: [juggling]}",
     "mine.yaml:3:19: skills.remove[0]: the base role 'coo' has no skill 'juggling'; it has "
     "'problem-solving'"),
    ("skills: {replace: {'s': x}}",
     "mine.yaml:3:20: skills.replace.s: 's' is too short to name a skill"),
    ("responsibilities: {change: {strategic-planning: {bullets: {remove: [Agree]}}}}",
     "responsibilities.change.strategic-planning.bullets.remove[0]: 'Agree' is too short to "
     "name a bullet in area 'strategic-planning'; write at least 8 characters of it"),
    ("responsibilities: {change: {strategic-planning: {bullets: {remove: [Work on it]}}}}",
     "the base role 'coo' has no bullet 'Work on it' in area 'strategic-planning'; it has "
     "'Agree on the year's priorities with {manager}, ...'"),
    ("qualifications: {required: {remove: [Experience]}}",
     "qualifications.required.remove[0]: 'Experience' is the start of "),
    ("industries: {mining: null}",
     "mine.yaml:3:14: industries.mining: the base role 'coo' has no industry 'mining' to "
     "remove; it has: "),
    ("terms: {nothing: null}",
     "mine.yaml:3:9: terms.nothing: the base role 'coo' has no term 'nothing' to remove"),
    ("titel: Boss",
     "mine.yaml:3:1: titel: unknown field; did you mean 'title'?"),
    ("skills: {append: [x]}",
     "mine.yaml:3:10: skills.append: unknown field; allowed: remove, replace, add"),
    ("level: chief",
     "mine.yaml:3:8: level: expected 'executive', 'director', 'senior-manager', 'manager' or "
     "'individual-contributor' (found 'chief')"),
    ("responsibilities: []",
     "mine.yaml:3:19: responsibilities: must have at least 1 item (in the role merged from "
     "'coo')"),
    ("skills: {add: [" + ", ".join(f"skill {i}" for i in range(60)) + "]}",
     "mine.yaml:3:9: skills: List should have at most 60 items"),
    ("skills: {remove: [" + "x" * 6000 + "]}",
     "mine.yaml:3:19: skills.remove[0]: is 6,000 characters; the limit is 5000"),
    ("responsibilities: {add: [{name: Extra, bullets: [x]}], remove: [Extra]}",
     "responsibilities.remove[0]: the base role 'coo' has no responsibility area 'Extra'"),
    ("skills: {add: ['Knows {gadgets}']}",
     "mine.yaml:3:9: skills[9]: unknown placeholder {gadgets}"),
]


@pytest.mark.parametrize(("body", "message"), ERRORS)
def test_overlay_errors_name_file_line_and_field(runner, write, tmp_path, body, message):
    write("roles/mine.yaml", f"extends: coo\nid: mine\n{body}\n")
    catalog = load(tmp_path)  # a broken file is skipped; only the role it holds fails
    assert catalog.find("coo").role.title == COO.title
    with pytest.raises(DataError) as caught:
        catalog.find("mine")
    (problem,) = caught.value.problems
    assert problem.startswith(str(tmp_path / "roles" / "mine.yaml") + ":")
    assert message in problem
    result = run(runner, "validate", "roles")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert message in result.stderr


def test_what_an_overlay_quotes_cannot_drive_the_terminal(runner, write):
    write("roles/mine.yaml", 'extends: coo\nid: mine\nskills: {remove: ["\\e[2Jwipe"]}\n')
    result = run(runner, "validate", "roles")
    assert result.exit_code == 1
    assert "has no skill '\\x1b[2Jwipe'" in result.stderr
    assert "\x1b" not in result.output


@pytest.mark.parametrize(("files", "message"), [
    ({"a.yaml": "extends: b\nid: a\n", "b.yaml": "extends: a\nid: b\n"},
     "a.yaml:1:10: extends: the roles extend one another in a circle: a -> b -> a"),
    ({"me.yaml": "extends: me\nid: me\n"},
     "me.yaml:1:10: extends: extends 'me', its own id, but no role of that id lies below it"),
    ({"x.yaml": "extends: cooo\nid: x\n"},
     "x.yaml:1:10: extends: extends 'cooo', which is not a known role; did you mean 'coo'?"),
    ({"x.yaml": "extends: coo\n"}, "x.yaml:1:1: id: missing required field"),
    ({"x.yaml": "extends: [coo]\nid: x\n"}, "x.yaml:1:10: extends: expected a string"),
])
def test_bases_that_cannot_be_found(write, tmp_path, files, message):
    for name, text in files.items():
        write(f"roles/{name}", text)
    catalog = load(tmp_path)  # the other roles still load
    assert catalog.find("coo").role.title == COO.title
    with pytest.raises(DataError) as caught:
        catalog.find(next(iter(files)).removesuffix(".yaml"))
    assert any(message in p for p in caught.value.problems), caught.value.problems


def test_a_base_with_errors_fails_its_overlay_with_a_pointer(write, tmp_path):
    write("roles/base.yaml", BASE.replace("level: director", "level: boss"))
    write("roles/mine.yaml", "extends: base-role\nid: mine\n")
    catalog = load(tmp_path)
    with pytest.raises(DataError) as caught:
        catalog.find("base")
    assert any("base.yaml" in p and "level" in p for p in caught.value.problems)
    # the base failed to load at all, so the overlay names a role that is not known
    with pytest.raises(DataError) as caught:
        catalog.find("mine")
    assert any(p.startswith(str(tmp_path / "roles" / "mine.yaml")) for p in
               caught.value.problems)


def test_an_alias_can_name_the_base(write, tmp_path):
    write("roles/mine.yaml", "extends: Chief Operating Officer\nid: mine\n")
    assert role(tmp_path, "mine").title == COO.title


# ------------------------------------------------------------------ commands


def test_show_marks_the_parts_an_overlay_set(runner, write):
    write("roles/mine.yaml", """\
extends: coo
id: mine
responsibilities:
  change:
    team-leadership:
      bullets: {add: [Run a weekly stand-up with every manager]}
skills: {remove: [problem-solving]}
""")
    result = run(runner, "show", "mine")
    assert result.exit_code == 0, result.stderr
    assert "Extends:      coo (built-in)" in result.stdout
    assert "Team leadership  [roles/mine.yaml:5]\n" in result.stdout
    assert "  - Run a weekly stand-up with every manager  [roles/mine.yaml:6]" in result.stdout
    assert "Strategic planning\n" in result.stdout  # untouched: no mark
    assert result.stdout.endswith("Removed from 'coo'\n------------------\n"
                                  "  - skill: problem-solving  [roles/mine.yaml:7]\n")
    shown = json.loads(run(runner, "show", "mine", "--json").stdout)
    assert shown["id"] == "mine"


def test_roles_says_what_an_overlay_extends(runner, write):
    write("roles/mine.yaml", "extends: coo\nid: mine\n")
    write("roles/coo.yaml", "extends: coo\nid: coo\n")
    lines = run(runner, "roles").stdout.splitlines()
    assert next(ln for ln in lines if ln.startswith("mine ")).endswith(
        "roles/mine.yaml (extends coo)")
    assert next(ln for ln in lines if ln.startswith("coo ")).endswith(
        "roles/coo.yaml (extends coo)")
    assert "coo: roles/coo.yaml overrides " in lines[-1]


def test_validate_builds_and_lints_an_overlay(runner, write, tmp_path):
    write("roles/mine.yaml", "extends: director-of-operations\nid: mine\n"
                             "title: Director of Warehouse Operations\n")
    assert run(runner, "validate").exit_code == 0
    result = run(runner, "build", "mine", "--company", "Acme", "-f", "md")
    assert result.exit_code == 0
    text = (tmp_path / "acme-mine.md").read_text(encoding="utf-8")
    assert text.startswith("# Director of Warehouse Operations\n")
    assert run(runner, "lint", "acme-mine.md").exit_code == 0


def test_load_role_alone_refuses_an_overlay(write):
    from jdgen.inputs.discovery import load_role

    path = write("mine.yaml", "extends: coo\nid: mine\n")
    with pytest.raises(DataError, match="this role extends 'coo'"):
        load_role(path)


def test_the_role_schema_accepts_overlays_and_rejects_bad_ones():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema("role"))
    overlay = yaml.safe_load("""\
extends: coo
id: mine
responsibilities:
  change: {strategic-planning: {bullets: {replace: {"Agree on": New text}}}}
  add: [{name: Stores, bullets: [Visit the stores]}]
skills: {add: [Forecasting]}
industries: {retail: null}
""")
    assert list(validator.iter_errors(overlay)) == []
    assert list(validator.iter_errors({**overlay, "skills": {"append": ["x"]}}))
    assert list(validator.iter_errors({"extends": "coo"}))  # no id
    # a whole role (no extends) still has to be complete
    assert list(validator.iter_errors({"id": "mine", "title": "Mine"}))


def test_the_readme_overlay_merges_and_changes_what_it_says(write, tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("# roles/acme-coo.yaml\n")
    text = readme[start:readme.index("```", start)]
    write("roles/acme-coo.yaml", text)
    jsonschema = pytest.importorskip("jsonschema")
    assert list(jsonschema.Draft202012Validator(schema("role")).iter_errors(
        yaml.safe_load(text))) == []
    mine = role(tmp_path, "acme-coo")
    assert mine.title == "Chief Operating Officer, Stores"
    assert [a.id for a in mine.responsibilities][-2:] == ["risk-assessment-and-mitigation",
                                                          None]
    assert "construction" not in mine.industries and "construction" in COO.industries
    first = mine.responsibilities[0].bullets[0]
    assert not isinstance(first, str) and first.text.endswith("goals for every store")
    assert mine.responsibilities[0].bullets[1:] == COO.responsibilities[0].bullets[1:]


def test_a_merged_overlay_comes_from_the_cache_without_yaml(write, tmp_path):
    import os
    import subprocess
    import sys

    write("roles/mine.yaml", "extends: coo\nid: mine\ntitle: Head of Operations\n")
    code = ("import sys; from jdgen.inputs.discovery import Catalog, search_path; "
            "e = Catalog.load(search_path('roles')).find('mine'); "
            "print(e.role.title, e.origins.of('title'), 'yaml' in sys.modules)")
    env = {**os.environ, "JDGEN_CACHE_DIR": str(tmp_path / "cache")}

    def once() -> str:
        return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, text=True,
                              capture_output=True, check=True).stdout.strip()

    assert once() == "Head of Operations roles/mine.yaml:3 True"  # the first run parses
    assert once() == "Head of Operations roles/mine.yaml:3 False"  # the next ones need not
    # a damaged entry only means merging again
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file() and "overlay" in str(entry.relative_to(tmp_path / "cache")):
            entry.write_bytes(b'{"role": "{\\"id\\": 7}", "origins": "[]"}')
    assert once() == "Head of Operations roles/mine.yaml:3 True"
    write("roles/mine.yaml", "extends: coo\nid: mine\n\ntitle: Head of Ops\n")
    assert once() == "Head of Ops roles/mine.yaml:4 True"
