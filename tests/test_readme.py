"""The README's Python examples run as written (they are the first thing users copy)."""

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCED_PYTHON = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_examples() -> list[str]:
    return FENCED_PYTHON.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_has_python_examples() -> None:
    assert readme_examples(), "the README should show the library in use"


@pytest.mark.parametrize("number", range(len(readme_examples())))
def test_readme_example_runs(number: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples open files under examples/
    parser = doctest.DocTestParser()
    test = parser.get_doctest(
        readme_examples()[number], {}, f"README.md example {number + 1}", "README.md", 0
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
