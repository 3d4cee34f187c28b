"""Sphinx configuration for the commitments documentation."""

from importlib.metadata import version as _version
from pathlib import Path

# The examples open files under examples/, as from the repository root.
_ROOT = Path(__file__).resolve().parent.parent

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

# Docstrings are Google style; private modules (leading underscore) stay out.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

# The gallery's notebooks run at every build (make test's doctest build too), so they
# cannot rot; a cell that fails fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 300
nb_execution_show_tb = True

html_theme = "furo"
html_static_path = ["_static"]
html_title = "commitments"
exclude_patterns = ["_build"]

# Every example in these pages and in the API docstrings runs under `make test`;
# a docstring's example sees the public names of the modules documented here.
doctest_global_setup = f"""
import os
os.chdir({str(_ROOT)!r})
from decimal import Decimal
from fractions import Fraction
import commitments
from commitments import *
from commitments.convert import *
from commitments.model.exact import *
from commitments.model.findings import *
from commitments.io import *
from commitments.model.plan import *
from commitments.model.quantities import *
from commitments.schema import *
from commitments.model.units import *
"""
