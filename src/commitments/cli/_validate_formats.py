"""How ``commitments validate`` writes what it found, by format name.

``text``: one line per finding, ``FILE:LINE:COLUMN: severity code: message
(pointer)``, then a summary line. ``github``: the same as GitHub Actions
annotations. ``json``: the shape of
:class:`~commitments.outputs.validate.ValidateOutput`, published as
``schemas/validate-output-1.schema.json``.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from commitments.cli._console import Console
from commitments.model._visible import shortened, visible

if TYPE_CHECKING:
    from commitments.model.findings import Finding
    from commitments.validation.pipeline import FileReport

__all__ = ["REPORTER_BY_NAME", "Reporter", "Tally", "escape"]


def escape(text: str, *, prop: bool = False) -> str:
    """Escape text for a GitHub workflow command (a property escapes ``:`` and ``,`` too)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class Tally:
    """What a run of ``validate`` found, all files together: the counts of the summary line."""

    def __init__(self) -> None:
        self.files = self.errors = self.warnings = self.unreadable = self.omitted = 0
        self.passed = True

    def add(self, result: "FileReport", omitted: int, ok: bool) -> None:
        """Count one file (or unreadable path), of whose findings ``omitted`` were not shown."""
        if result.error is None:
            self.files += 1
        else:
            self.unreadable += 1
        self.errors += len(result.report.errors) + result.errors_left_out
        self.warnings += len(result.report.warnings) + result.warnings_left_out
        self.omitted += omitted
        self.passed = self.passed and ok

    def summary(self) -> str:
        """Return the summary line: files, errors, warnings, unreadable paths, not shown."""
        parts = [
            _plural(self.files, "file"),
            _plural(self.errors, "error"),
            _plural(self.warnings, "warning"),
        ]
        if self.unreadable:
            parts.append(_plural(self.unreadable, "unreadable path"))
        line = ", ".join(parts)
        return line + (f" ({self.omitted} not shown)" if self.omitted else "")


class Reporter(Protocol):
    """Writes the findings of each file as it is checked, then the end of the output."""

    def file(
        self, result: "FileReport", shown: tuple["Finding", ...], omitted: int, ok: bool
    ) -> None:
        """Report one file: the findings to show, how many more it has, whether it passes."""

    def finish(self, tally: Tally) -> None:
        """Write the end of the output, once every file is reported."""


class TextReporter:
    """One line per finding, then the summary line."""

    def __init__(self, console: Console) -> None:
        self.out = console.out

    def line(self, finding: "Finding", path: str) -> str:
        """Return the line of one finding of the file at ``path``."""
        return str(finding)

    def file(
        self, result: "FileReport", shown: tuple["Finding", ...], omitted: int, ok: bool
    ) -> None:
        """Write a line per finding shown, and one saying how many were not."""
        for finding in shown:
            self.out.write(visible(self.line(finding, result.path)) + "\n")
        if omitted:
            self.out.write(
                visible(f"{result.path}: {_plural(omitted, 'more finding')} not shown") + "\n"
            )

    def finish(self, tally: Tally) -> None:
        """Write the summary line."""
        self.out.write(tally.summary() + "\n")


class GithubReporter(TextReporter):
    """GitHub Actions annotations (``::error file=F,line=L,col=C,title=CODE::…``), a summary."""

    def line(self, finding: "Finding", path: str) -> str:
        """Return the workflow command that annotates one finding."""
        where = [f"file={escape(finding.file or path, prop=True)}"]
        if finding.line is not None:
            where.append(f"line={finding.line}")
        if finding.column is not None:
            where.append(f"col={finding.column}")
        where.append(f"title={escape(finding.code, prop=True)}")
        from commitments.model.findings import MESSAGE_LIMIT, PATH_LIMIT

        message = shortened(finding.message, MESSAGE_LIMIT)
        shown = f"{message} ({shortened(finding.path, PATH_LIMIT)})"
        return visible(f"::{finding.severity} {','.join(where)}::{escape(shown)}")


class JsonReporter:
    """One JSON document, written at the end: every file's entry, and whether all pass."""

    def __init__(self, console: Console) -> None:
        self.out = console.out
        self.files: list[dict[str, Any]] = []

    def file(
        self, result: "FileReport", shown: tuple["Finding", ...], omitted: int, ok: bool
    ) -> None:
        """Keep the file's entry for the end."""
        from commitments.outputs.validate import file_json

        self.files.append(file_json(result.path, ok, shown, omitted, result.error))

    def finish(self, tally: Tally) -> None:
        """Write the document."""
        from commitments.convert._json_text import write_json
        from commitments.outputs.provenance import with_provenance
        from commitments.outputs.validate import VALIDATE_SCHEMA_ID

        output = with_provenance({"ok": tally.passed, "files": self.files}, VALIDATE_SCHEMA_ID)
        self.out.write(write_json(output) + "\n")


#: The output formats by name (``--format``; the first is the default).
REPORTER_BY_NAME: dict[str, Callable[[Console], Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "github": GithubReporter,
}
