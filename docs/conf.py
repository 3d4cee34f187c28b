"""Sphinx configuration for the commitments documentation."""

from importlib.metadata import version as _version

project = "commitments"
author = "The commitments developers"
copyright = "2026, The commitments developers"
release = _version("commitments")
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]

# Docstrings are Google style; private modules (leading underscore) stay out.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = "commitments"
exclude_patterns = ["_build"]

# Every example in these pages and in the API docstrings runs under `make test`;
# a docstring's example sees the public names of the modules documented here.
doctest_global_setup = """
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
