"""environment.yml (conda) says the same as pyproject.toml and constraints.txt."""

from __future__ import annotations

import re
import tomllib

import yaml

from analysis.paths import PROJECT_ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _constraints() -> dict[str, str]:
    pins = {}
    for line in (PROJECT_ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version.strip()
    return pins


def _conda() -> tuple[dict[str, str], list[str]]:
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins, pip = {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip.extend(dep["pip"])
        elif "=" in dep:
            name, version = dep.split("=", 1)
            pins[name.lower()] = version
    return pins, pip


def test_conda_names_every_dependency_at_the_tested_version():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [
        *project["dependencies"],
        *project["optional-dependencies"]["test"],
        *project["optional-dependencies"]["archive"],
    ]
    conda, pip = _conda()
    pins = _constraints()
    for requirement in wanted:
        name = _name(requirement)
        assert name in conda, f"environment.yml lacks {name}"
        assert conda[name] == pins[name], (
            f"{name}: environment.yml {conda[name]} != constraints.txt {pins[name]}"
        )
    assert conda["python"].startswith("3.1") and "-e ." in pip


def test_conda_lists_nothing_the_project_does_not_declare():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        _name(r)
        for r in [
            *project["dependencies"],
            *project["optional-dependencies"]["test"],
            *project["optional-dependencies"]["archive"],
        ]
    }
    conda, _ = _conda()
    assert set(conda) - {"python", "pip"} == declared


def test_precommit_hooks_are_local_and_match_make_check():
    config = yaml.safe_load((PROJECT_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert all(repo["repo"] == "local" for repo in config["repos"])
    assert all(hook["language"] == "system" for hook in hooks)
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    for hook in hooks:
        command = hook["entry"].removeprefix(".venv/bin/")
        assert command in makefile.replace("$(BIN)/", ""), f"make check does not run {command!r}"


def test_workflow_runs_what_ci_runs():
    workflow = yaml.safe_load((PROJECT_ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["test"]
    assert job["strategy"]["matrix"]["python-version"] == ["3.11", "3.12"]
    assert any(step.get("run") == "bash .ci/run" for step in job["steps"])
    assert "make test" in (PROJECT_ROOT / ".ci/run").read_text(encoding="utf-8")
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert {"push", "pull_request", "schedule"} <= set(triggers)
