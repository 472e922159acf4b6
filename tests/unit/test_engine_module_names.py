"""The engine's module-level word sets are each defined once: a second definition further down silently replaces the
first for every rule above it (a set of 'belonging' words once did so, and a rule elsewhere lost its words). The
engine is several modules (engine, places, roles, tallies, incidents, words, construct); a module that defines a name it also
imports hides the shared one the same way."""

import ast
import pathlib
from collections import Counter

import pytest

EXTRACT = pathlib.Path(__file__).resolve().parents[2] / "flashpoint" / "extract"
ENGINE_MODULES = ("engine", "places", "roles", "tallies", "incidents", "words", "construct")
# Deliberate second bindings (none now: places' _TOLD_VERBS, once listed then folded, is one expression).
REBOUND: set[tuple[str, str]] = set()


def _bindings(tree: ast.Module) -> Counter:
    """Each name the module binds at its top level: assignments (tuple targets too), imports, defs and classes."""
    names = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(x.id for target in node.targets for x in ast.walk(target) if isinstance(x, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def test_module_level_names_are_bound_once():
    bound = {}
    for module in ENGINE_MODULES:
        bound[module] = _bindings(ast.parse((EXTRACT / f"{module}.py").read_text(encoding="utf-8")))
    assert sum(len(names) for names in bound.values()) > 500  # (the walk sees the modules' names)
    assert bound["places"]["_TOLD_VERBS"] == 1
    twice = {(module, name) for module, names in bound.items() for name, count in names.items() if count > 1}
    assert not twice - REBOUND, f"bound more than once: {sorted(twice - REBOUND)}"


def test_a_second_binding_is_caught():
    tree = ast.parse("from x import A\nA = 1\n_B, _C = 1, 2\n_C = 3\n")
    assert {name for name, count in _bindings(tree).items() if count > 1} == {"A", "_C"}


def test_a_word_set_refuses_phrases_and_a_vocabulary_reads_them():
    from flashpoint.extract.text import fold_key
    from flashpoint.extract.words import Vocabulary, word_set

    with pytest.raises(ValueError):
        word_set(["striker", "stoppage time"])  # (a phrase is never one token)
    play = Vocabulary(["striker", "stoppage time", "مرمى"])
    assert play.found_in("he scored in stoppage time".split()) and play.found_in([fold_key("ومرمى")])  # (tokens are folded)
    assert play.count_in("the striker scored in stoppage time".split()) == 2
    assert not play.found_in("the time of the stoppage".split())
