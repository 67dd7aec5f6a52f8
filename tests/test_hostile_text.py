"""Hostile text in keys, values and paths (red-team report, issue 15).

Each class of attack has the example from the report and at least one variant
of our own. Every failure must be a clean ``Error: ...`` line naming the file,
line and field (or the option), exit 1 for bad data and 2 for bad usage.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from jdgen.cli import main
from jdgen.errors import printable
from jdgen.render.templating import markdown_escape

ROLE = (Path(__file__).parents[1] / "roles" / "coo.yaml").read_text(encoding="utf-8")


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(main, list(args))


def assert_error(result: Result, code: int, *patterns: str) -> list[str]:
    """A clean failure: the exit code, no traceback, every stderr line an ``Error:`` line."""
    assert result.exit_code == code, (result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert lines, result.stderr
    for pattern in patterns:
        assert pattern in result.stderr, result.stderr
    return lines


def assert_no_raw_controls(text: str) -> None:
    """Nothing a terminal would act on: no ESC, C1, bidi or line-separator character."""
    bad = re.findall(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]",
                     text)
    assert not bad, [hex(ord(c)) for c in bad]


# --------------------------------------------- 8. odd keys, at any depth, named


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the report's example: a top-level key with a bracket
        ('name: Acme\n"a[b": 1\n', 'company.yaml:2:1: ["a[b"]: unknown field; allowed: name'),
        # variant: nested two levels down, with a quote and a dot in the key
        ('name: Acme\nlocations:\n  - city: Denver\n    "we\\"ird.key": 2\n',
         'company.yaml:4:5: locations[0]["we\\"ird.key"]: unknown field; allowed: '
         'street_address'),
        # variant: a nested plain key is named by its whole dotted path
        ("name: Acme\ncompensation:\n  min: 1\n  max: 2\n  bonus: 3\n",
         "company.yaml:5:3: compensation.bonus: unknown field; allowed: min, max"),
    ],
)
def test_odd_and_nested_unknown_keys_in_a_company_file(runner, write, content, expected):
    write("company.yaml", content)
    assert_error(run(runner, "validate", "company.yaml"), 1, expected)
    assert_error(run(runner, "build", "coo", "--company-file", "company.yaml"), 1, expected)


def test_odd_key_in_a_role_file(runner, write):
    line = ROLE[: ROLE.index("\ntitle:")].count("\n") + 2
    write("roles/coo.yaml", ROLE.replace("\ntitle:", '\n"t[1]": x\ntitle:', 1))
    result = run(runner, "validate", "roles/coo.yaml")
    assert_error(result, 1, f'roles/coo.yaml:{line}:1: ["t[1]"]: unknown field; allowed: id,')
    # variant: a mapping key that is not a slug is named, quoted, with its bracket intact
    write("roles/coo.yaml", ROLE + '\nfocus:\n  "A[b":\n    label: x\n    summary: y\n')
    assert_error(run(runner, "validate", "roles/coo.yaml"), 1, 'focus["A[b"]: ')


def test_odd_keys_in_a_manifest(runner, write):
    write("postings.yaml", 'postings:\n  - role: coo\n    company_name: A\n    "x[y": 1\n')
    assert_error(run(runner, "build", "--manifest", "postings.yaml", "--out", "site"), 1,
                 'postings.yaml:4:5: postings[0]["x[y"]: unknown field')
    # variant: in the defaults, one level down, next to a bracketed top-level key
    write("postings.yaml", 'defaults:\n  salary: {min: 1, max: 2, "[key]": 3}\n'
                           '"]": 0\npostings:\n  - role: coo\n')
    lines = assert_error(run(runner, "validate", "postings.yaml"), 1)
    assert any('defaults.salary["[key]"]: unknown field' in line for line in lines), lines
    assert any('postings.yaml:3:1: ["]"]: unknown field' in line for line in lines), lines


def test_long_and_control_keys_are_cut_and_escaped(runner, write):
    write("company.yaml", f'name: Acme\n"{"k" * 500}": 1\n"\\e[31mred": 2\n')
    result = run(runner, "validate", "--kind", "company", "company.yaml")
    assert_error(result, 1, f'["{"k" * 37}..."]: unknown field', '["\\x1b[31mred"]')
    assert "k" * 41 not in result.stderr
    assert_no_raw_controls(result.stderr)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("jdgen.yaml", 'lint:\n  "a[b": 1\n', 'jdgen.yaml:2:10: lint."a[b": unknown setting'),
        ("pyproject.toml", '[tool.jdgen.lint.rules]\n"x\\u001b[1m" = "off"\n',
         'tool.jdgen.lint.rules."x\\x1b[1m": unknown rule'),
    ],
)
def test_odd_keys_in_lint_settings(runner, write, name, content, expected):
    write(name, content)
    write("job.md", "# Job\n")
    result = run(runner, "lint", "job.md")
    assert_error(result, 1, expected)
    assert_no_raw_controls(result.output)


# ------------------------------------------- 13. file contents are never echoed


def test_many_unknown_keys_are_capped(runner, write):
    keys = "".join(f"field{i}: {i}\n" for i in range(200))
    write("company.yaml", "name: Acme\n" + keys)
    lines = assert_error(run(runner, "build", "coo", "--company-file", "company.yaml"), 1)
    assert len(lines) == 11, lines
    assert lines[-1].endswith("... and 190 more unknown fields, not listed"), lines
    # variant: one posting of a manifest with many unknown keys
    write("postings.yaml", "postings:\n  - role: coo\n    company_name: Acme\n"
          + "".join(f"    field{i}: {i}\n" for i in range(50)))
    result = run(runner, "build", "--manifest", "postings.yaml", "--out", "site")
    lines = assert_error(result, 1, "postings[0].field0: unknown field",
                         "... and 40 more unknown fields, not listed")
    assert len(lines) == 12, lines  # ten, the count, and the summary


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the report's example: /etc/shadow (its lines end in ':', so YAML sees keys)
        ("root:$6$salt$hash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n",
         "this is not a company profile file: none of its 2 top-level keys"),
        # variant: /etc/passwd reads as one long plain text
        ("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/bin/sh\n",
         "expected a mapping of fields, found plain text"),
        # variant: a mapping, but plainly some other program's file
        ("services:\n  web: {image: nginx}\nvolumes: {}\nsecret_token: hunter2\n",
         "this is not a company profile file: none of its 3 top-level keys"),
    ],
)
def test_a_file_that_is_not_a_profile_gets_one_line(runner, write, content, expected):
    write("other.yaml", content)
    result = run(runner, "build", "coo", "--company-file", "other.yaml")
    lines = assert_error(result, 1, expected)
    assert len(lines) == 1, lines
    for secret in ("root", "daemon", "19000", "bash", "hunter2", "secret_token", "nginx"):
        assert secret not in result.stderr


SHADOW = "root:$6$salt$hash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"


def manifest(write, company: str, name: str = "jobs/postings.yaml") -> None:
    write(name, f'postings:\n  - role: coo\n    company: "{company}"\n')


@pytest.mark.parametrize(
    "company",
    [
        "../../../../etc/shadow",  # the report's example
        "/etc/passwd",  # variant: an absolute path
        "../secrets/shadow",  # variant: a real file just outside the manifest's folder
        "profiles/../../secrets/shadow",  # variant: down, then up and out
        "link.yaml",  # variant: a symbolic link inside that points outside
    ],
)
def test_manifest_company_files_stay_in_its_folder(runner, tmp_path, write, company):
    write("secrets/shadow", SHADOW)
    write("jobs/profiles/acme.yaml", "name: Acme\n")
    (tmp_path / "jobs" / "link.yaml").symlink_to(tmp_path / "secrets" / "shadow")
    manifest(write, company)
    result = run(runner, "build", "--manifest", "jobs/postings.yaml", "--out", "site",
                 "--report", "report.json")
    lines = assert_error(result, 1, f"company: '{company}' is outside the manifest's folder",
                         "--allow-outside")
    assert len(lines) == 2, lines  # the posting, then the summary
    report = Path("report.json").read_text(encoding="utf-8")
    for text in (result.output, report):
        assert "root" not in text and "daemon" not in text and "19000" not in text
    result = run(runner, "validate", "jobs/postings.yaml")
    assert_error(result, 1, "is outside the manifest's folder")


def test_allow_outside_reads_files_elsewhere_but_never_echoes_them(runner, write):
    write("shared/acme.yaml", "name: Acme\n")
    manifest(write, "../shared/acme.yaml")
    result = run(runner, "build", "--manifest", "jobs/postings.yaml", "--out", "site",
                 "--allow-outside")
    assert result.exit_code == 0, result.output
    assert Path("site/acme-coo.md").is_file()
    assert run(runner, "validate", "--allow-outside", "jobs/postings.yaml").exit_code == 0
    # variant: allowed, but the file is not a profile: one short line, none of its contents
    write("secrets/shadow", SHADOW)
    manifest(write, "../secrets/shadow")
    result = run(runner, "build", "--manifest", "jobs/postings.yaml", "--out", "site",
                 "--allow-outside", "--report", "report.json")
    assert_error(result, 1, "this is not a company profile file")
    for text in (result.output, Path("report.json").read_text(encoding="utf-8")):
        assert "root" not in text and "daemon" not in text and "19000" not in text


def test_files_inside_the_manifest_folder_are_read(runner, write):
    write("jobs/profiles/acme.yaml", "name: Acme\n")
    manifest(write, "profiles/acme.yaml")
    result = run(runner, "build", "--manifest", "jobs/postings.yaml", "--out", "site")
    assert result.exit_code == 0, result.output


def test_allow_outside_is_a_manifest_option(runner):
    result = run(runner, "build", "coo", "--company", "Acme", "--allow-outside")
    assert_error(result, 2, "--allow-outside only works with --manifest")


# ------------------------- 11. line breaks and bidi controls in one-line fields

BREAKS = {
    "LS": "\u2028", "PS": "\u2029", "NEL": "\x85", "VT": "\x0b", "FF": "\x0c", "CR": "\r",
    "FS": "\x1c",
}
HIDDEN = {"RLO": "\u202e", "LRE": "\u202a", "PDF": "\u202c", "RLI": "\u2067", "PDI": "\u2069",
          "RLM": "\u200f"}
ONE_LINE_OPTIONS = ["--company", "--reports-to", "--industry", "--posting-id"]


@pytest.mark.parametrize("option", ONE_LINE_OPTIONS)
@pytest.mark.parametrize("char", [*BREAKS.values(), *HIDDEN.values()],
                         ids=[*BREAKS, *HIDDEN])
def test_build_options_refuse_breaks_and_bidi(runner, tmp_path, option, char):
    args = ["build", "coo", "-f", "md", "-o", "-"]
    if option != "--company":
        args += ["--company", "Acme"]
    # the report's example, with every kind of break and bidi control in its place
    result = run(runner, *args, option, f"Acme*{char}{char}    rm -rf /")
    assert_error(result, 2, f"Invalid value for '{option}': ")
    assert result.stdout == ""
    assert_no_raw_controls(result.stderr)


@pytest.mark.parametrize("char", ["\u2028", "\x85", "\u2066"], ids=["LS", "NEL", "LRI"])
def test_compare_and_init_company_refuse_breaks(runner, char):
    result = run(runner, "compare", "coo", "director-of-operations", "--company", f"A{char}B")
    assert_error(result, 2, "Invalid value for '--company': ")
    result = run(runner, "init", "proj", "--company", f"A{char}B")
    assert_error(result, 2, "Invalid value for '--company': ")
    assert not Path("proj").exists()


def test_break_in_a_website_option_is_refused(runner):
    result = run(runner, "build", "coo", "--company", "Acme", "--website",
                 "https://example.com/\u202egnp.exe")
    assert_error(result, 2, "Invalid value for '--website': ")


@pytest.mark.parametrize(
    ("field", "escape", "message"),
    [
        ("name", "\\L", "company.yaml:1:7: name: must be a single line (found U+2028 LINE "
                          "SEPARATOR)"),
        ("industry", "\\P", "company.yaml:2:11: industry: must be a single line (found U+2029"),
        ("industry", "\\N", "company.yaml:2:11: industry: must be a single line (found U+0085"),
        ("name", "\\u202e", "company.yaml:1:7: name: contains an invisible formatting character "
                              "(U+202E RIGHT-TO-LEFT OVERRIDE)"),
        ("about", "\\L", "company.yaml:3:8: about: contains a line break other than a newline"),
        ("about", "\\u2066", "company.yaml:3:8: about: contains an invisible formatting"),
    ],
)
def test_company_file_fields_refuse_breaks_and_bidi(runner, write, field, escape, message):
    values = {"name": "Acme", "industry": "retail", "about": "We make things."}
    values[field] = f"A{escape}{escape}    rm -rf /"
    write("company.yaml", "".join(f'{k}: "{v}"\n' for k, v in values.items()))
    assert_error(run(runner, "build", "coo", "--company-file", "company.yaml"), 1, message)


def test_manifest_fields_refuse_breaks(runner, write):
    write("postings.yaml", 'postings:\n  - role: coo\n    company_name: Acme\n'
                           '    reports_to: "CEO\\L\\L    rm -rf /"\n')
    assert_error(run(runner, "build", "--manifest", "postings.yaml", "--out", "site"), 1,
                 "postings.yaml:4:17: postings[0].reports_to: must be a single line")


ABOUT = ("Hello there.\n\n    rm -rf /\n\n\tindented with a tab\n\n"
         "a hard break  \nnext line\n\n   # heading after spaces\n")


def test_multi_line_text_is_only_paragraphs(runner, write):
    write("company.yaml", "name: Acme\nabout: " + repr(ABOUT).replace("'", '"') + "\n")
    result = run(runner, "build", "coo", "--company-file", "company.yaml", "-f", "md", "-o", "-")
    assert result.exit_code == 0, result.output
    about = result.stdout.split("## About Acme\n\n", 1)[1].split("\n## ", 1)[0]
    assert about == ("Hello there.\n\nrm -rf /\n\nindented with a tab\n\n"
                     "a hard break\nnext line\n\n\\# heading after spaces\n")
    # variant: the HTML made from it has no code block, heading or line break from the text
    result = run(runner, "build", "coo", "--company-file", "company.yaml", "-f", "html",
                 "-o", "job.html")
    assert result.exit_code == 0, result.output
    html = Path("job.html").read_text(encoding="utf-8")
    assert "<pre" not in html and "<code" not in html and "<br" not in html
    assert "heading after spaces</h" not in html


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1e"])
def test_markdown_escape_splits_only_at_markdown_line_endings(char):
    assert markdown_escape(f"Acme*{char}{char}    rm -rf /").count("\n") == 0
    assert markdown_escape("a*\r\n- b") == "a\\*\n\\- b"


# ------------------------------------ 22. a name must show a visible character

INVISIBLE = {
    "ZWSP": "\u200b", "ZWNJ+ZWJ": "\u200c\u200d", "WJ": "\u2060", "BOM": "\ufeff",
    "NBSP": "\xa0\xa0", "combining": "\u0301\u0302", "Hangul filler": "\u3164",
    "braille blank": "\u2800", "mixed": " \u200b\xa0\u0301\ufeff ",
}


@pytest.mark.parametrize("value", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_company_names_are_refused(runner, value):
    result = run(runner, "build", "coo", "--company", value, "-f", "md", "-o", "-")
    lines = assert_error(result, 2, "Invalid value for '--company': ")
    assert lines[0].endswith(("has no visible character", "must not be empty")), lines
    result = run(runner, "compare", "coo", "director-of-operations", "--company", value)
    assert_error(result, 2, "Invalid value for '--company': ")


def test_invisible_names_in_files_are_refused(runner, write):
    write("company.yaml", 'name: "\\u200b\\u2060"\n')
    assert_error(run(runner, "build", "coo", "--company-file", "company.yaml"), 1,
                 "company.yaml:1:7: name: has no visible character")
    # variant: a role's bullet made of a combining mark alone, and a manifest's company_name
    write("bad/coo.yaml", ROLE.replace("skills:\n", 'skills:\n  - "\\u0301"\n', 1))
    assert_error(run(runner, "validate", "bad/coo.yaml"), 1, ": has no visible character")
    write("postings.yaml", 'postings:\n  - role: coo\n    company_name: "\\ufeff"\n')
    assert_error(run(runner, "build", "--manifest", "postings.yaml", "--out", "site"), 1,
                 "postings.yaml:3:19: postings[0].company_name: has no visible character")


def test_visible_names_with_joiners_and_accents_still_work(runner):
    for name in ("Café Zoë", "e\u0301clair", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
                 "日本商事"):
        result = run(runner, "build", "coo", "--company", name, "-f", "md", "-o", "-")
        assert result.exit_code == 0, result.output


# --------------------------------------- 19. nothing typed can drive a terminal


@pytest.mark.parametrize(
    "args",
    [
        ["show", "\x1b]0;owned\x07\x1b[2J"],  # the report's example: OSC + CSI in a role id
        ["build", "\x1b[31mcoo", "--company", "Acme"],  # variant: unknown role in build
        ["build", "coo", "--company", "Acme", "--employment-type", "\x9b2J"],  # C1 CSI
        ["build", "--\x1b[1mbold"],  # variant: an unknown option, reported by click
        ["\u202eeliforp", "x"],  # variant: an unknown command with a bidi override
        ["build", "coo", "--company", "Acme", "-o", "a\x1b[8m.txt"],
    ],
)
def test_errors_escape_control_characters(runner, args):
    result = run(runner, *args)
    assert result.exit_code in (1, 2), result.output
    assert result.stderr.count("Error: ") == 1, result.stderr
    assert_no_raw_controls(result.stderr)
    assert "\\x1b" in result.stderr or "\\x9b" in result.stderr or "\\u202e" in result.stderr


def test_role_file_with_control_characters(runner, write):
    write("bad/coo.yaml", ROLE.replace("title: Chief Operating Officer",
                                       'title: "Chief\\e[2J\\u202e Officer"', 1))
    result = run(runner, "validate", "bad/coo.yaml")
    assert_error(result, 1, "title: contains a control character")
    assert_no_raw_controls(result.output)
    # variant: an id that is not a slug is quoted in the error, escaped
    write("bad/coo.yaml", ROLE.replace("id: coo", 'id: "\\e[31mcoo"', 1))
    result = run(runner, "validate", "bad/coo.yaml")
    assert_error(result, 1, "id: ", "(found '\\x1b[31mcoo')")
    assert_no_raw_controls(result.output)
    # variant: a role's file name with an escape in it, shown by `jdgen roles`
    write("mine/\x1b[31mcoo.yaml", ROLE.replace("id: coo", "id: my-coo", 1))
    result = run(runner, "roles", "--roles-dir", "mine")
    assert result.exit_code == 0, result.output
    assert "\\x1b[31mcoo.yaml" in result.stdout
    assert_no_raw_controls(result.stdout)
    result = run(runner, "show", "my-coo", "--roles-dir", "mine")
    assert result.exit_code == 0, result.output
    assert "Source:" in result.stdout and "\\x1b[31mcoo.yaml" in result.stdout
    assert_no_raw_controls(result.stdout)


def test_paths_and_manifest_errors_escape(runner, write):
    result = run(runner, "build", "coo", "--company", "Acme", "--roles-dir",
                 "\x1b]8;;http:/x\x1b\\c")
    assert_error(result, 1, "\\x1b]8;;http:/x\\x1b\\c: roles folder does not exist")
    assert_no_raw_controls(result.output)
    # variant: a role name with a bidi override is refused without echoing it raw
    write("postings.yaml", 'postings:\n  - role: "\\u202eooc"\n    company_name: Acme\n')
    result = run(runner, "build", "--manifest", "postings.yaml", "--out", "site")
    assert_error(result, 1, "postings.yaml:2:11: postings[0].role: ")
    assert_no_raw_controls(result.output)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("\x9b\x07\x7f", "\\x9b\\x07\\x7f"),
        ("x\u202ey\u2066z", "x\\u202ey\\u2066z"),
        ("one\u2028two\x85", "one\\u2028two\\x85"),
        ("\ud800", "\\ud800"),
        ("tag\U000e0041", "tag\\U000e0041"),
        ("café, 日本, e\u0301, \u200d", "café, 日本, e\u0301, \u200d"),  # left alone
    ],
)
def test_printable(raw, shown):
    assert printable(raw) == shown
    assert printable("a\nb\tc") == "a\nb\tc"
    assert printable("a\nb", newlines=False) == "a\\nb"
