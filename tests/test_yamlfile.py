"""YAML reading: positions, duplicate keys, no surprise retyping, bombs fail fast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jdgen.errors import DataError
from jdgen.inputs.yamlfile import MAX_BYTES, read_yaml


def problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        read_yaml(path)
    return info.value.problems


def test_values_keep_their_positions(write):
    path = write("a.yaml", "name: Acme\nlist:\n  - one\n  - two\n")
    doc = read_yaml(path)
    assert doc.data == {"name": "Acme", "list": ["one", "two"]}
    assert doc.marks[("list", 1)] == (4, 5)
    assert doc.where(("list", 1)) == f"{path}:4:5"
    assert doc.where(("list", 7, "x")) == f"{path}:3:3"


def test_yes_no_and_odd_numbers_stay_text(write):
    doc = read_yaml(write("a.yaml", "a: NO\nb: yes\nc: 1e5\nd: 0o17\ne: 1:30\nf: true\ng: 12\n"))
    assert doc.data == {"a": "NO", "b": "yes", "c": "1e5", "d": "0o17", "e": "1:30",
                        "f": True, "g": 12}


def test_quoted_numbers_stay_text(write):
    doc = read_yaml(write("a.yaml", "a: '12'\nb: \"true\"\nc: 2.5\nd: ~\n"))
    assert doc.data == {"a": "12", "b": "true", "c": 2.5, "d": None}


def test_duplicate_keys_are_errors_with_both_lines(write):
    path = write("a.yaml", "name: A\nabout: x\nname: B\n")
    assert problems(path) == [f"{path}:3:1: duplicate key 'name' (first given on line 1)"]


def test_every_duplicate_is_reported_at_once(write):
    path = write("a.yaml", "a: 1\na: 2\nb: 1\nb: 2\n")
    assert len(problems(path)) == 2


def test_syntax_error_names_line_and_column(write):
    path = write("a.yaml", "name: Acme\n  bad: [1, 2\n")
    (line,) = problems(path)
    assert re.match(rf"{re.escape(str(path))}:\d+:\d+: invalid YAML: ", line)


def test_alias_bomb_fails_fast(write):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    path = write("bomb.yaml", "\n".join(lines) + "\n")
    (line,) = problems(path)
    assert "too many values" in line and "alias" in line


def test_binary_junk_is_refused(write):
    path = write("junk.yaml", b"\x00\x01\x02PK\x03\x04garbage")
    assert problems(path) == [f"{path}: binary data, not a YAML text file"]


def test_invalid_utf8_names_the_line(write):
    path = write("latin1.yaml", "name: ok\nabout: caf\xe9\n".encode("latin-1"))
    assert problems(path) == [f"{path}:2: not valid UTF-8 text"]


def test_huge_file_is_refused_before_parsing(write):
    path = write("huge.yaml", "a: " + "x" * (MAX_BYTES + 1) + "\n")
    (line,) = problems(path)
    assert "the limit is" in line


def test_missing_file_and_folder(tmp_path):
    assert problems(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}: file not found"]
    assert problems(tmp_path) == [f"{tmp_path}: is a folder, not a YAML file"]


def test_python_tags_are_refused(write):
    path = write("evil.yaml", "a: !!python/object/apply:os.system ['echo hi']\n")
    (line,) = problems(path)
    assert "unsupported YAML tag" in line or "invalid YAML" in line


def test_empty_file_has_no_data(write):
    assert read_yaml(write("empty.yaml", "")).data is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a: *nowhere\n", ":1:4: invalid YAML: found undefined alias 'nowhere'"),
        ("a: 1\n---\nb: 2\n", ":2:1: invalid YAML: expected a single document"),
        ("? [1, 2]\n: value\n", ":1:3: keys must be plain text"),
        ("a: !!binary aGVsbG8=\n", ":1:4: unsupported YAML tag tag:yaml.org,2002:binary"),
        ("a: !!set {x}\n", ":1:4: unsupported YAML tag tag:yaml.org,2002:set"),
    ],
)
def test_odd_yaml_is_refused_with_its_position(write, content, message):
    path = write("odd.yaml", content)
    assert any(line.startswith(str(path)) and message in line for line in problems(path)), \
        problems(path)


def test_anchors_and_aliases_work_within_limits(write):
    doc = read_yaml(write("a.yaml", "base: &b [x, y]\ncopy: *b\nname: &n Acme\nagain: *n\n"))
    assert doc.data == {"base": ["x", "y"], "copy": ["x", "y"], "name": "Acme", "again": "Acme"}


def test_explicit_str_tag_and_nulls(write):
    doc = read_yaml(write("a.yaml", "a: !!str 12\nb:\nc: null\nd: ~\ne: 'null'\n"))
    assert doc.data == {"a": "12", "b": None, "c": None, "d": None, "e": "null"}


def test_big_files_keep_shallow_positions_and_find_deep_ones_on_demand(write):
    rows = "".join(f"  - role: coo\n    id: p-{i}\n    salary: {i}\n" for i in range(3000))
    path = write("big.yaml", "postings:\n" + rows)
    doc = read_yaml(path)
    assert doc.depth == 2 and ("postings", 5, "id") not in doc.marks  # memory stays small
    assert doc.where(("postings", 5)) == f"{path}:17:5"
    assert doc.where(("postings", 5, "salary")) == f"{path}:19:13"  # found by a second pass
    assert doc.where(("postings", 5, "id"), key=True) == f"{path}:18:5"
    assert doc.depth is None and doc.text is None


def test_duplicate_keys_deep_in_a_big_file_name_the_first_line(write):
    rows = "".join(f"  - role: coo\n    id: p-{i}\n" for i in range(4000))
    path = write("big.yaml", "postings:\n" + rows + "  - role: coo\n    role: doo\n")
    assert problems(path) == [f"{path}:8003:5: duplicate key 'role' (first given on line 8002)"]


# ------------------------------------------------------------- streaming a long list

STREAMED = """\
defaults: &d
  salary: &pay {min: 1, max: 2}
  where: Denver
postings:
  - role: coo
    salary: *pay
    tags: [a, "b", 3]
  - 'just text'
  - &second
    role: doo
    nested: {deep: {deeper: [x, {y: z}]}}
  - *second
  - *d
  -
  - role: coo
    extra: |
      block text
trailer: *pay
"""


def test_streamed_items_match_the_whole_file_value_for_value_and_position(write):
    from jdgen.inputs.yamlfile import read_yaml_streaming

    path = write("m.yaml", STREAMED)
    whole = read_yaml(path)  # small: keeps every position
    doc, items = read_yaml_streaming(path, "postings")
    assert items is not None
    assert doc.data["postings"] == [None] * 7  # counted, not kept
    assert doc.data["defaults"] == whole.data["defaults"] and doc.data["trailer"] == {
        "min": 1, "max": 2}
    streamed = list(items)
    assert [item.data for item in streamed] == whole.data["postings"]
    for index, item in enumerate(streamed):
        inside = [loc for loc in {**whole.marks, **whole.key_marks}
                  if loc[:2] == ("postings", index)]
        assert inside
        for loc in inside:  # deeper than the marks too: the nearest parent is the same
            for probe in (loc, (*loc, "missing")):
                assert item.where(probe) == whole.where(probe), probe
            assert item.where(loc, key=True) == whole.where(loc, key=True), loc
    assert [item.data for item in items] == whole.data["postings"]  # it can be read again


@pytest.mark.parametrize(
    "content",
    ["postings: &all\n  - a\n  - b\nagain: *all\n", "postings: {a: 1}\n", "postings: x\n",
     "base: &l [a, b]\npostings: *l\n", "other: [a]\n", "- postings\n"],
    ids=["anchored", "mapping", "scalar", "alias", "absent", "top-level-list"],
)
def test_lists_that_cannot_be_streamed_are_kept_whole(write, content):
    from jdgen.inputs.yamlfile import read_yaml_streaming

    path = write("m.yaml", content)
    doc, items = read_yaml_streaming(path, "postings")
    assert items is None
    assert doc.data == read_yaml(path).data


def test_streaming_reports_file_problems_like_the_whole_reader(write):
    from jdgen.inputs.yamlfile import read_yaml_streaming

    rows = "".join(f"  - role: coo\n    id: p-{i}\n" for i in range(3000))
    for tail in ("  - role: coo\n    role: doo\n", "  - role: [coo\n", "  - role: *nope\n",
                 "  - role: !!binary aGVsbG8=\n", "  - role: caf\xe9\n"):
        path = write("big.yaml", ("postings:\n" + rows + tail).encode(
            "latin-1" if "\xe9" in tail else "utf-8"))
        with pytest.raises(DataError) as whole:
            read_yaml(path)
        with pytest.raises(DataError) as streamed:
            read_yaml_streaming(path, "postings")
        assert streamed.value.problems == whole.value.problems
        assert re.match(rf"{re.escape(str(path))}:600[23]\b", streamed.value.problems[0])


def test_a_file_that_changes_between_the_two_readings_is_an_error(write):
    from jdgen.inputs.yamlfile import read_yaml_streaming

    path = write("m.yaml", "postings:\n  - a\n  - b\n")
    _, items = read_yaml_streaming(path, "postings")
    assert items is not None
    path.write_text("postings:\n  - a\n  - b\n  - c\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        list(items)
    assert info.value.problems == [
        f"{path}: the file changed while it was being read; run the command again"]


def test_a_byte_order_mark_keeps_positions(write):
    from jdgen.inputs.yamlfile import read_yaml_streaming

    path = write("bom.yaml", "\ufeffpostings:\n  - role: coo\n    team: [x, y]\n".encode())
    (item,) = read_yaml_streaming(path, "postings")[1] or []
    assert item.data == {"role": "coo", "team": ["x", "y"]}
    assert item.where(("postings", 0, "team", 1)) == f"{path}:3:15"
