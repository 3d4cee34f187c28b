"""The API reference is written by a rule (docs/conf.py): every public module, once.

The rule is checked against the file tree, not against itself: each module file of
``src/commitments`` whose path has no part starting with ``_`` (a folder stands for its
``__init__.py``) is documented by exactly one ``automodule``, and nothing else is.
"""

import re
import sys
from pathlib import Path

import pytest

from source_files import module_from_file

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SOURCE = ROOT / "src"
AUTOMODULE = re.compile(r"^\.\. automodule:: (\S+)$", re.MULTILINE)


conf = module_from_file("docs_conf", DOCS / "conf.py")


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _public_modules_on_disk() -> list[str]:
    names = (_module_name(path) for path in (SOURCE / "commitments").rglob("*.py"))
    public = [name for name in names if not re.search(r"(^|\.)_", name)]
    return sorted(name for name in public if name != "commitments")


def test_every_public_module_is_documented_once_and_no_private_one() -> None:
    documented = [
        target for text in conf.api_pages().values() for target in AUTOMODULE.findall(text)
    ]
    assert sorted(documented) == _public_modules_on_disk()


def test_the_guides_link_to_the_api_pages_instead_of_documenting_modules_again() -> None:
    for page in DOCS.glob("*.rst"):
        assert AUTOMODULE.findall(page.read_text(encoding="utf-8")) == [], page.name


def test_layers_come_bottom_up_in_the_order_of_the_layer_contract() -> None:
    order = list(conf.layers())
    assert order[0] == "commitments.model"
    assert order[-1] == "commitments.cli"
    assert order.index("commitments.validation") < order.index("commitments.analysis")


def test_a_face_documents_only_what_no_public_module_of_its_folder_does() -> None:
    layers = conf.layers()
    convert = [name for name in layers["commitments.convert"] if name != "commitments.convert"]
    model = [name for name in layers["commitments.model"] if name != "commitments.model"]
    assert "build_plan" in conf.face_members("commitments.convert", convert)
    assert conf.face_members("commitments.model", model) == []


def test_a_new_public_module_appears_and_a_private_one_never(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "newpkg"
    for path in ["__init__.py", "shown.py", "_hidden.py", "layer/__init__.py",
                 "layer/inner.py", "layer/_helper.py", "_private/__init__.py",
                 "_private/visible_name.py"]:  # fmt: skip
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text('"""A module."""\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import newpkg

        found = conf.public_modules(newpkg)
    finally:
        for name in [name for name in sys.modules if name.split(".")[0] == "newpkg"]:
            del sys.modules[name]
    assert found == ["newpkg.layer", "newpkg.layer.inner", "newpkg.shown"]
