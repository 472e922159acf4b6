"""The engine's module-level word sets are each defined once: a second definition further down silently replaces the
first for every rule above it (a set of 'belonging' words once did so, and a rule elsewhere lost its words)."""

import ast
import pathlib
from collections import Counter

ENGINE = pathlib.Path(__file__).resolve().parents[2] / "flashpoint" / "extract" / "engine.py"
# Deliberate: the second folds the words the first lists.
REBOUND = {"_TOLD_VERBS"}


def test_module_level_constants_are_defined_once():
    tree = ast.parse(ENGINE.read_text(encoding="utf-8"))
    names = Counter(target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name) and target.id.startswith("_") and target.id == target.id.upper())
    assert names["_TOLD_VERBS"] == 2 and len(names) > 300  # (the walk sees the module's constants)
    twice = {name for name, count in names.items() if count > 1} - REBOUND
    assert not twice, f"defined more than once in engine.py: {sorted(twice)}"
