"""The README's Python examples run as written (they are the first thing users copy).

The blocks are one session, as a reader goes through them: names defined in one
block are used in the next.
"""

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCED_PYTHON = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = FENCED_PYTHON.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 2, "the README should show the library in use"
    monkeypatch.chdir(ROOT)  # the examples open files under examples/
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted == sum(block.count(">>> ") for block in blocks)
    assert result.failed == 0
