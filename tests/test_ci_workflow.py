"""The shipped CI workflow and the reusable action: their steps run as written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / "examples" / "ci" / "jobs-site.yml"
ACTION = REPO / "action.yml"
BIN = Path(sys.executable).parent  # jdgen from the venv running the tests
# A step that installs jdgen fetches packages: it needs the network, so it is the one
# step not run here (jdgen comes from the current venv instead).
NEEDS_NETWORK = re.compile(r"\bpip install\b")


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def repository(tmp_path: Path) -> Path:
    """A postings repository as the workflow expects it: the example sheet and its files."""
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("postings.csv", "postings.site.yaml"):
        shutil.copy2(REPO / "examples" / name, repo / name)
    for name in ("companies", "site"):
        shutil.copytree(REPO / "examples" / name, repo / name)
    return repo


def runs(steps: list[dict[str, Any]], event: str) -> list[dict[str, Any]]:
    """The steps that run on ``event``: their ``if:`` is only ever an event test."""
    chosen = []
    for step in steps:
        condition = step.get("if")
        if condition is not None:
            wanted = re.fullmatch(r"github\.event_name == '(\w+)'", str(condition).strip())
            assert wanted, f"an 'if:' this test cannot evaluate: {condition}"
            if wanted.group(1) != event:
                continue
        chosen.append(step)
    return chosen


def shell(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "CI": "true"}
    full.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=600)


def run_workflow(repo: Path, event: str) -> list[str]:
    """Run the workflow's steps for ``event``; return what each did ('ran', 'skipped ...')."""
    flow = load(WORKFLOW)
    env = {key: str(value) for key, value in flow.get("env", {}).items()}
    done = []
    for step in runs(flow["jobs"]["postings"]["steps"], event):
        if "uses" in step:
            done.append(f"uses {step['uses'].split('@')[0]}")
            continue
        script = step["run"]
        if NEEDS_NETWORK.search(script):
            done.append("skipped: needs the network")
            continue
        result = shell(script, repo, env)
        assert result.returncode == 0, f"{step.get('name')}\n{result.stdout}\n{result.stderr}"
        done.append(f"ran {step.get('name')}")
    return done


def test_the_workflow_never_installs_an_unpublished_name():
    flow = load(WORKFLOW)
    steps = flow["jobs"]["postings"]["steps"]
    installs = [s["run"] for s in steps if NEEDS_NETWORK.search(s.get("run", ""))]
    assert installs == ['python -m pip install "jdgen @ $JDGEN_SOURCE"']
    assert re.fullmatch(r"git\+https://github\.com/[^/]+/jdgen@\S+", flow["env"]["JDGEN_SOURCE"])
    text = WORKFLOW.read_text(encoding="utf-8")
    assert not re.search(r"^\s*run:.*pip install jdgen\b", text, re.M)


def test_the_workflow_lints_what_it_built():
    steps = load(WORKFLOW)["jobs"]["postings"]["steps"]
    names = [s.get("run", "") for s in steps]
    lint = next(i for i, run in enumerate(names) if run.startswith("jdgen lint"))
    builds = [i for i, run in enumerate(names) if run.startswith("jdgen build")]
    assert builds and all(i < lint for i in builds)
    assert "if" not in steps[lint]  # on pull requests and pushes alike


@pytest.mark.parametrize("event", ["pull_request", "push"])
def test_the_workflow_runs_end_to_end(tmp_path, event):
    repo = repository(tmp_path)
    done = run_workflow(repo, event)
    assert done[:3] == ["uses actions/checkout", "uses actions/setup-python",
                        "skipped: needs the network"]
    assert done[3] == "ran Validate roles, companies, templates, the manifest and its site " \
        "settings"
    assert done[-2 if event == "push" else -1] == "ran Lint the built postings (annotations " \
        "on the pull request)"
    if event == "push":
        assert done[-1] == "uses actions/upload-artifact"
        assert (repo / "build-report.json").is_file()
        assert (repo / "site" / "index.html").is_file()


def test_the_workflow_fails_on_a_broken_sheet(tmp_path):
    repo = repository(tmp_path)
    sheet = repo / "postings.csv"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(",onsite,", ",sometimes,", 1),
                     encoding="utf-8")
    with pytest.raises(AssertionError, match="Validate roles"):
        run_workflow(repo, "pull_request")


def test_the_workflow_fails_when_the_committed_site_is_stale(tmp_path):
    repo = repository(tmp_path)
    (repo / "site" / "fernhill-advisory-coo.md").write_text("stale\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="Check the committed site is current"):
        run_workflow(repo, "pull_request")


# ------------------------------------------------------------------ the action


def run_action(repo: Path, inputs: dict[str, str]) -> list[str]:
    action = load(ACTION)
    given = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    given.update(inputs)
    assert action["runs"]["using"] == "composite"
    done = []
    for step in action["runs"]["steps"]:
        if "uses" in step:
            done.append(f"uses {step['uses'].split('@')[0]}")
            continue
        assert step["shell"] == "bash"
        assert "${{" not in step["run"]  # inputs reach the script through env, not splicing
        if NEEDS_NETWORK.search(step["run"]):
            done.append("skipped: needs the network")
            continue
        env = {key: _expression(str(value), given) for key, value in step.get("env", {}).items()}
        result = shell(step["run"], repo, env)
        assert result.returncode == 0, f"{step.get('name')}\n{result.stdout}\n{result.stderr}"
        done.append(f"ran {step['name']}")
    return done


def _expression(value: str, inputs: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("inputs."):
            return inputs[name.removeprefix("inputs.")]
        assert name == "github.action_path", name
        return str(REPO)

    return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", one, value)


def test_the_action_installs_from_its_own_checkout():
    steps = load(ACTION)["runs"]["steps"]
    install = next(s for s in steps if NEEDS_NETWORK.search(s.get("run", "")))
    assert install["run"] == 'python -m pip install "$ACTION_PATH"'
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"


@pytest.mark.parametrize("inputs", [{"check": "true"}, {}], ids=["check", "prune"])
def test_the_action_runs_in_one_step(tmp_path, inputs):
    """--check passes on the committed site, and a rebuild writes the same bytes."""
    repo = repository(tmp_path)
    before = {p.name: p.read_bytes() for p in (repo / "site").iterdir()}
    done = run_action(repo, inputs)
    assert done == ["uses actions/setup-python", "skipped: needs the network",
                    "ran Validate the postings and their settings", "ran Build the site",
                    "ran Lint the built postings"]
    after = {p.name: p.read_bytes() for p in (repo / "site").iterdir()
             if not p.name.startswith(".")}
    assert {k: v for k, v in before.items() if not k.startswith(".")} == after


def test_the_action_validates_a_manifest_in_a_subfolder(tmp_path):
    repo = tmp_path / "repo"
    (repo / "jobs").mkdir(parents=True)
    (repo / "jobs" / "postings.csv").write_text("role,company,arrangement\ncoo,Acme,Flexible\n",
                                                encoding="utf-8")
    with pytest.raises(AssertionError,
                       match="(?s)Validate the postings.*Flexible.*is not a work arrangement"):
        run_action(repo, {"manifest": "jobs/postings.csv"})
    (repo / "jobs" / "postings.csv").write_text("role,company,arrangement,date\n"
                                                "coo,Acme,Hybrid,2026-11-25\n", encoding="utf-8")
    done = run_action(repo, {"manifest": "jobs/postings.csv"})
    assert done[-1] == "ran Lint the built postings"


def test_the_action_reads_an_ats_export_with_a_shipped_mapping(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(REPO / "examples" / "ats", repo)
    (repo / "greenhouse-export.csv").write_text(
        "\n".join(line for line in (REPO / "examples" / "ats" / "greenhouse-export.csv")
                  .read_text(encoding="utf-8").splitlines()
                  if not line.startswith(("4105,", "4107,", "4110,", "4113,"))) + "\n",
        encoding="utf-8")
    done = run_action(repo, {"manifest": "greenhouse-export.csv"})
    assert done[-1] == "ran Lint the built postings"
    assert (repo / "site" / "4100.html").is_file()
