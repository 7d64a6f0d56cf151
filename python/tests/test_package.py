"""The package itself: its docstring examples run, its stubs say what the runtime does."""

import ast
import doctest
import inspect
import typing
from pathlib import Path

import pytest

import deliberation
import deliberation._native
import deliberation._tables
import deliberation.types

PACKAGE = Path(deliberation.__file__).parent


@pytest.mark.parametrize("module", [deliberation, deliberation._native, deliberation._tables])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_stub_docstrings_are_the_runtime_ones():
    stub = ast.parse((PACKAGE / "_native.pyi").read_text(encoding="utf-8"))
    checked = set()
    for node in stub.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            doc = ast.get_docstring(node)
            if doc:
                runtime = getattr(deliberation._native, node.name)
                assert doc == inspect.cleandoc(runtime.__doc__), node.name
                checked.add(node.name)
    assert checked == {"ParseError", "parse", "parse_json", "parse_many"}


def test_stub_signatures_are_the_runtime_ones():
    stub = ast.parse((PACKAGE / "_native.pyi").read_text(encoding="utf-8"))
    for node in stub.body:
        if isinstance(node, ast.FunctionDef):
            names = [a.arg for a in node.args.args + node.args.kwonlyargs]
            runtime = inspect.signature(getattr(deliberation._native, node.name))
            assert names == list(runtime.parameters), node.name


def _keys_agree(value, hint, path, seen):
    """Every dict in `value` has exactly the keys its TypedDict declares."""
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        if value is not None:
            _keys_agree(value, options[0], path, seen)
    elif origin is list:
        for i, item in enumerate(value):
            _keys_agree(item, typing.get_args(hint)[0], f"{path}[{i}]", seen)
    elif isinstance(hint, type) and issubclass(hint, dict):
        hints = typing.get_type_hints(hint)
        required = hint.__required_keys__
        assert required <= set(value) <= set(hints), (path, set(value) ^ set(hints))
        seen.add(hint.__name__)
        for key, item in value.items():
            _keys_agree(item, hints[key], f"{path}.{key}", seen)


def test_typed_dicts_name_every_key_of_every_fixture(texts):
    seen = set()
    for path, text in texts:
        _keys_agree(deliberation.parse(text), deliberation.types.Document, path.name, seen)
    # Every record type was met at least once.
    declared = {
        name
        for name, value in vars(deliberation.types).items()
        if isinstance(value, type) and issubclass(value, dict) and not name.startswith("_")
    }
    assert declared - seen == set()


def test_the_package_is_typed():
    assert (PACKAGE / "py.typed").exists()
    assert deliberation.__version__ != "0+unknown"
