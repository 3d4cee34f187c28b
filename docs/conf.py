"""Sphinx configuration for the commitments documentation.

The API reference is written by a rule at every build (:func:`write_api_pages`): one page
per layer of the package, bottom layer first in the order of the import-linter layer
contract in ``pyproject.toml``, each holding the layer's face (its ``__init__``) and every
public module in it. A module is private when a part of its dotted name starts with an
underscore: it is never documented. A new public module appears without editing anything.
"""

import importlib
import pkgutil
import re
import tomllib
from importlib.metadata import version as _version
from pathlib import Path
from types import ModuleType
from typing import Any

import commitments

project = "commitments"
author = "The commitments developers"
copyright = "2026, The commitments developers"
release = _version("commitments")
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "myst_nb",
]

# The gallery's notebooks run at every build (make test's doctest build too), so they
# cannot rot; a cell that fails fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 300
nb_execution_show_tb = True

# Docstrings are Google style.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_static_path = ["_static"]
html_title = "commitments"
exclude_patterns = ["_build"]

# Every example in these pages and in the API docstrings runs under `make test`. The
# pages see the top-level names and DOCS, this folder; a docstring's example also sees
# the public names of the modules of its layer (layer_page adds them), as under pytest.
DOCS = Path(__file__).resolve().parent
doctest_global_setup = f"""
import os
os.chdir({str(DOCS.parent)!r})  # the examples open files under examples/
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
import commitments
from commitments import *
DOCS = Path({str(DOCS)!r})
"""

#: Written by :func:`write_api_pages` at every build; nothing in it is edited by hand.
API_DIR = DOCS / "api"
PYPROJECT = DOCS.parent / "pyproject.toml"


def is_public(module_name: str) -> bool:
    """Whether no part of a dotted module name starts with an underscore."""
    return not any(part.startswith("_") for part in module_name.split("."))


def public_modules(package: ModuleType) -> list[str]:
    """Every public module and folder of ``package``, by name."""
    found = pkgutil.walk_packages(package.__path__, f"{package.__name__}.", onerror=_raise)
    return sorted(module.name for module in found if is_public(module.name))


def _raise(name: str) -> None:
    raise ImportError(f"cannot import {name} to document it")


def layer_order(pyproject: Path = PYPROJECT) -> list[str]:
    """The layers named by the import-linter ``layers`` contract, bottom layer first."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    stack = next(contract["layers"] for contract in contracts if contract["type"] == "layers")
    return [name.strip() for level in reversed(stack) for name in re.split("[|:]", level)]


def layers(package: ModuleType = commitments) -> dict[str, list[str]]:
    """The public modules of ``package`` by layer (its top-level modules and folders).

    Layers come in the order of the layer contract; a layer the contract does not name yet
    comes after those it names, in name order.
    """
    by_layer: dict[str, list[str]] = {}
    for name in public_modules(package):
        top = ".".join(name.split(".")[:2])
        by_layer.setdefault(top, []).append(name)
    named = [top for top in layer_order() if top in by_layer]
    return {top: by_layer[top] for top in named + sorted(set(by_layer) - set(named))}


def exported(module: ModuleType) -> set[str]:
    """The names a module documents: its ``__all__``, else what it defines itself."""
    names = getattr(module, "__all__", None)
    if names is not None:
        return set(names)
    return {n for n, v in vars(module).items() if getattr(v, "__module__", "") == module.__name__}


def face_members(face: str, modules: list[str]) -> list[str]:
    """The names of a folder's face that no public module of the folder documents.

    They are defined in private modules (``commitments.convert``'s builders and writers),
    so the face is the one place to document them; every other name of a face is
    documented once, in its public module.
    """
    elsewhere = set().union(*(exported(importlib.import_module(m)) for m in modules))
    offered = getattr(importlib.import_module(face), "__all__", ())
    return [name for name in offered if name not in elsewhere]


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * len(text), ""]


def layer_page(top: str, modules: list[str]) -> str:
    """The reST of one layer's API page: its face, then each public module."""
    setup = [f"   from {name} import *" for name in modules]
    lines = [*_heading(f"``{top}``", "="), ".. testsetup:: *", "", *setup, ""]
    lines.append(f".. automodule:: {top}")
    inside = [name for name in modules if name != top]
    if inside:  # a folder: its face documents only what no public module does
        members = face_members(top, inside)
        lines.append(f"   :members: {', '.join(members)}" if members else "   :no-members:")
    for name in inside:
        lines += ["", *_heading(f"``{name}``", "-"), f".. automodule:: {name}"]
    return "\n".join(lines) + "\n"


def _summary(obj: Any) -> str:
    """The first paragraph of a docstring, without its "(see …)" pointer to a guide."""
    first = (getattr(obj, "__doc__", None) or "").strip().split("\n\n", 1)[0]
    return re.sub(r" \(see [^()]*\)", "", first.replace("\n", " "))


def contents() -> str:
    """The table of the top-level names and the toctree of the layer pages."""
    rows = []
    for name in commitments.__all__:
        obj = getattr(commitments, name)
        home = getattr(obj, "__module__", None)
        if home is None or not home.startswith("commitments."):
            continue  # __version__: a string
        target = f"{home}.{name}"
        rows += [f"   * - :py:obj:`{name} <{target}>`", f"     - {_summary(obj)}"]
    table = [".. list-table::", "   :header-rows: 1", "   :widths: 1 4", ""]
    table += ["   * - name", "     - what it is", *rows]
    toctree = [".. toctree::", "   :maxdepth: 2", ""]
    toctree += [f"   api/{top.split('.')[-1]}" for top in layers()]
    return "\n".join([*table, "", *toctree]) + "\n"


def api_pages() -> dict[str, str]:
    """Every generated file of :data:`API_DIR`, by file name."""
    pages = {f"{top.split('.')[-1]}.rst": layer_page(top, mods) for top, mods in layers().items()}
    pages["contents.inc"] = contents()
    return pages


def write_api_pages(*_: object) -> None:
    """Write the API pages, leaving unchanged files alone and removing stale ones."""
    API_DIR.mkdir(exist_ok=True)
    pages = api_pages()
    for stale in API_DIR.iterdir():
        if stale.name not in pages:
            stale.unlink()
    for name, text in pages.items():
        path = API_DIR / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


#: What autodoc documents with a docstring of its own: constants, attributes, properties.
_ATTRIBUTE_LIKE = ("attribute", "data", "property")
_as_written: dict[str, list[str]] = {}


def keep_as_written(
    _app: Any, what: str, name: str, _obj: Any, _opts: Any, lines: list[str]
) -> None:
    """Note an attribute's docstring before napoleon reads it (see :func:`restore_as_written`)."""
    if what in _ATTRIBUTE_LIKE:
        _as_written[name] = list(lines)


def restore_as_written(
    _app: Any, what: str, name: str, _obj: Any, _opts: Any, lines: list[str]
) -> None:
    """Undo napoleon on an attribute's docstring.

    Napoleon reads what comes before the first colon of an attribute's docstring as its
    type, so ``"Every rule: those of …"`` would show "Every rule" as the type. Types here
    are annotations, never written in docstrings, and these docstrings have no sections.
    """
    if name in _as_written:
        lines[:] = _as_written.pop(name)


def setup(app: Any) -> None:
    """Write the API pages before Sphinx reads; keep napoleon off attribute docstrings."""
    app.connect("builder-inited", write_api_pages)
    app.connect("autodoc-process-docstring", keep_as_written, priority=400)
    app.connect("autodoc-process-docstring", restore_as_written, priority=600)
