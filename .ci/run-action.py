#!/usr/bin/env python3
"""Runs a composite GitHub Action's steps on this machine, the way a runner would, for .ci/action-test.sh.

`run:` steps run in `bash --noprofile --norc -eo pipefail` (the runner's `shell: bash`) in the workspace, with the
step's `env:` (expressions evaluated), GITHUB_OUTPUT (one file per step, parsed after it), GITHUB_STEP_SUMMARY,
GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP, RUNNER_OS and RUNNER_ARCH. `uses:` steps cannot run here: a step whose `if:` is
true is reported, except actions/cache, which is emulated by linking its path to a folder kept per key.
Expressions are only read in `if:`, `env:`, `with:` and the action's outputs; `${{ }}` inside a `run:` script is
refused (the action must pass values through env: so input text is never spliced into the script).

Usage: run-action.py ACTION_DIR WORKSPACE TEMP [--from-step ID --state FILE] [NAME=VALUE ...]
Writes TEMP/result.json: {"conclusion", "exit_code", "steps": {id: {"outputs", "outcome", "log"}}, "outputs"}.
"""
import json
import os
import re
import subprocess
import sys

import yaml

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def main(argv):
    args = [a for a in argv if "=" not in a or a.startswith("--")]
    pairs = [a for a in argv if "=" in a and not a.startswith("--")]
    from_step = state_file = None
    if "--from-step" in args:
        i = args.index("--from-step")
        from_step = args[i + 1]
        del args[i:i + 2]
    if "--state" in args:
        i = args.index("--state")
        state_file = args[i + 1]
        del args[i:i + 2]
    action_dir, workspace, temp = (os.path.abspath(a) for a in args)

    with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    if action["runs"]["using"] != "composite":
        fail("only composite actions are supported")

    declared = action.get("inputs", {})
    inputs = {name: str(spec.get("default", "")) for name, spec in declared.items()}
    for pair in pairs:
        name, value = pair.split("=", 1)
        if name not in declared:
            fail(f"action.yml has no input '{name}'")
        inputs[name] = value

    summary = os.path.join(temp, "step-summary.md")
    open(summary, "a").close()
    cache_root = os.environ.get("POSTLINT_ACTION_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "postlint-action-test")
    ctx = {
        "inputs": inputs,
        "github": {"action_path": action_dir, "workspace": workspace},
        "runner": {"temp": temp, "os": "Linux"},
        "steps": {},
    }
    if state_file:
        with open(state_file, encoding="utf-8") as f:
            ctx["steps"] = {k: {"outputs": v["outputs"], "outcome": v["outcome"]} for k, v in json.load(f)["steps"].items()}

    failed = None
    skipping = from_step is not None
    results = {}
    for index, step in enumerate(action["runs"]["steps"]):
        sid = step.get("id", f"step{index}")
        name = step.get("name", sid)
        if skipping:
            if sid != from_step:
                print(f"--- {name}: taken from {state_file}")
                continue
            skipping = False
        if failed is not None:
            print(f"--- {name}: skipped (an earlier step failed)")
            continue
        if "if" in step and not truthy(evaluate_condition(step["if"], ctx)):
            print(f"--- {name}: skipped (if: {step['if']})")
            results[sid] = {"outputs": {}, "outcome": "skipped", "log": ""}
            continue
        if "uses" in step:
            uses = step["uses"]
            with_ = {k: substitute(str(v), ctx) for k, v in step.get("with", {}).items()}
            if uses.split("@")[0] == "actions/cache":
                emulate_cache(with_, cache_root)
            else:
                print(f"--- {name}: NOT RUN here: uses {uses} with {with_}")
            results[sid] = {"outputs": {}, "outcome": "success", "log": ""}
            ctx["steps"][sid] = {"outputs": {}, "outcome": "success"}
            continue

        script = step["run"]
        if EXPR.search(script):
            fail(f"step '{name}' has an expression inside run:; pass it through env:")
        if step.get("shell") != "bash":
            fail(f"step '{name}' must declare shell: bash")
        out_file = os.path.join(temp, f"output-{sid}.txt")
        open(out_file, "w").close()
        log = os.path.join(temp, f"log-{sid}.txt")
        env = dict(os.environ)
        env.update({
            "GITHUB_ACTIONS": "true",
            "CI": "true",
            "GITHUB_OUTPUT": out_file,
            "GITHUB_STEP_SUMMARY": summary,
            "GITHUB_ACTION_PATH": action_dir,
            "GITHUB_WORKSPACE": workspace,
            "RUNNER_TEMP": temp,
            "RUNNER_OS": "Linux",
            "RUNNER_ARCH": {"x86_64": "X64", "aarch64": "ARM64"}.get(os.uname().machine, os.uname().machine),
        })
        for key, value in step.get("env", {}).items():
            env[key] = substitute(str(value), ctx)
        script_file = os.path.join(temp, f"script-{sid}.sh")
        with open(script_file, "w", encoding="utf-8") as f:
            f.write(script)
        print(f"--- {name}", flush=True)
        with open(log, "wb") as lf:
            proc = subprocess.Popen(["bash", "--noprofile", "--norc", "-eo", "pipefail", script_file],
                                    cwd=workspace, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            for chunk in iter(lambda: proc.stdout.read(4096), b""):
                lf.write(chunk)
                sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
            code = proc.wait()
        outputs = parse_outputs(out_file)
        outcome = "success" if code == 0 else "failure"
        results[sid] = {"outputs": outputs, "outcome": outcome, "log": log, "exit_code": code}
        ctx["steps"][sid] = {"outputs": outputs, "outcome": outcome}
        print(f"--- {name}: exit {code}, outputs {outputs}")
        if code != 0:
            failed = code

    outputs = {name: substitute(str(spec["value"]), ctx) for name, spec in action.get("outputs", {}).items()}
    result = {
        "conclusion": "failure" if failed is not None else "success",
        "exit_code": failed or 0,
        "steps": results,
        "outputs": outputs,
        "summary": summary,
    }
    with open(os.path.join(temp, "result.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    print(f"--- action {result['conclusion']}; outputs {outputs}")


def emulate_cache(with_, cache_root):
    """actions/cache: the path is restored from, and saved to, a folder kept per key."""
    path, key = with_["path"], with_["key"]
    if not path or not key or "\n" in path:
        fail(f"actions/cache needs one path and a key, got {with_}")
    stored = os.path.join(cache_root, re.sub(r"[^A-Za-z0-9._-]", "_", key))
    hit = os.path.isdir(stored)
    os.makedirs(stored, exist_ok=True)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.lexists(path):
        fail(f"actions/cache: {path} already exists")
    os.symlink(stored, path)
    print(f"--- actions/cache emulated: key {key} ({'hit' if hit else 'miss'}), {path} -> {stored}")


def parse_outputs(path):
    """GITHUB_OUTPUT lines: name=value, or name<<DELIMITER ... DELIMITER."""
    outputs = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        m = re.match(r"^([^=<]+)<<(.+)$", line)
        if m:
            name, delimiter, value = m.group(1), m.group(2), []
            while i < len(lines) and lines[i] != delimiter:
                value.append(lines[i])
                i += 1
            if i == len(lines):
                fail(f"GITHUB_OUTPUT: no closing {delimiter} for {name}")
            i += 1
            outputs[name] = "\n".join(value)
        elif "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
        else:
            fail(f"GITHUB_OUTPUT: cannot read line '{line}'")
    return outputs


def lookup(path, ctx):
    parts = path.split(".")
    if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
        return ctx["steps"].get(parts[1], {}).get("outputs", {}).get(parts[3], "")
    if parts[0] == "steps" and len(parts) == 3 and parts[2] == "outcome":
        return ctx["steps"].get(parts[1], {}).get("outcome", "")
    if parts[0] in ("inputs", "github", "runner") and len(parts) == 2:
        table = ctx[parts[0]]
        if parts[1] not in table:
            fail(f"unknown expression value '{path}'")
        return table[parts[1]]
    fail(f"unsupported expression '{path}'")


def evaluate(expr, ctx):
    """A context value, a quoted literal, or `a == 'b'` / `a != 'b'`."""
    m = re.match(r"^(.+?)\s*(==|!=)\s*(.+)$", expr)
    if m:
        left, right = evaluate(m.group(1), ctx), evaluate(m.group(3), ctx)
        return str(left == right if m.group(2) == "==" else left != right).lower()
    m = re.match(r"^'(.*)'$", expr)
    if m:
        return m.group(1).replace("''", "'")
    if re.match(r"^[A-Za-z_][A-Za-z0-9_.-]*$", expr):
        return lookup(expr, ctx)
    fail(f"unsupported expression '{expr}'")


def evaluate_condition(text, ctx):
    m = EXPR.fullmatch(text.strip())
    return evaluate(m.group(1) if m else text.strip(), ctx)


def truthy(value):
    return value not in ("", "false", "0")


def substitute(text, ctx):
    return EXPR.sub(lambda m: str(evaluate(m.group(1), ctx)), text)


def fail(message):
    print(f"run-action: {message}", file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
