"""Findings, reports and the exceptions that carry them.

Validation never raises on bad data: it returns a :class:`Report` holding every
:class:`Finding`. Loading an invalid document raises one :class:`InvalidDocument`
that carries the same findings.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from attrs import evolve, frozen

from commitments.model._display import displayed, report_line
from commitments.model._visible import shortened, visible
from commitments.model.vocab import Severity

__all__ = [
    "MESSAGE_LIMIT",
    "PATH_LIMIT",
    "CommitmentsError",
    "Finding",
    "InvalidDocument",
    "Report",
]


@frozen(kw_only=True)
class Finding:
    """One problem found in a document, with where it is.

    Attributes:
        code: A stable code (``json-syntax``, ``schema.required``, ``duplicate-id``,
            …), listed in :doc:`/validation` and :doc:`/rules`.
        severity: ``error`` makes the document invalid; ``warning`` does not.
        path: A JSON Pointer (RFC 6901) to the offending value; ``""`` is the
            whole document.
        message: One short sentence for a person.
        file: The file the document was read from, when it was read from one.
        line: 1-based line of the offending value in that file.
        column: 1-based column (in characters) of the offending value.

    """

    code: str
    severity: Severity
    path: str
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None

    @property
    def is_error(self) -> bool:
        """Whether this finding makes the document invalid."""
        return self.severity is Severity.ERROR

    def located(
        self, *, file: str | None = None, line: int | None = None, column: int | None = None
    ) -> "Finding":
        """Return a copy with the given location filled in (others kept)."""
        return evolve(
            self,
            file=self.file if file is None else file,
            line=self.line if line is None else line,
            column=self.column if column is None else column,
        )

    def to_json(self) -> dict[str, Any]:
        """Return the finding as a JSON object (the ``validate --format json`` shape)."""
        out: dict[str, Any] = {
            "code": self.code,
            "severity": str(self.severity),
            "path": self.path,
            "message": self.message,
        }
        if self.file is not None:
            out["file"] = self.file
        if self.line is not None:
            out["line"] = self.line
        if self.column is not None:
            out["column"] = self.column
        return out

    def __str__(self) -> str:
        """One line ``FILE:LINE:COLUMN: severity code: message (path)`` (see :doc:`/cli`).

        The path is printed as it is, so the document root shows as ``()``; control
        and bidi characters (a newline in a key, say) are escaped as in JSON, to keep it
        one line that reads as the document holds it. A message longer than
        :data:`MESSAGE_LIMIT` characters, or a path longer than :data:`PATH_LIMIT`, is
        cut in the middle (:meth:`to_json` keeps both whole).
        """
        where = ":".join(
            str(part) for part in (self.file or "<document>", self.line, self.column) if part
        )
        message, path = shortened(self.message, MESSAGE_LIMIT), shortened(self.path, PATH_LIMIT)
        return visible(f"{where}: {self.severity} {self.code}: {message} ({path})")


#: The most characters of a message a finding line shows.
MESSAGE_LIMIT = 400
#: The most characters of a JSON Pointer a finding line shows.
PATH_LIMIT = 200


def _finding_order(finding: Finding) -> tuple[int, int, str, str]:
    return (finding.line or 0, finding.column or 0, finding.path, finding.code)


@displayed(report_line)
@frozen(kw_only=True)
class Report:
    """The outcome of validating one document: every finding, in document order.

    Attributes:
        findings: All findings, sorted by line, column, pointer and code.
        file: The file the document came from, if any.

    """

    findings: tuple[Finding, ...]
    file: str | None = None

    @classmethod
    def of(cls, findings: Iterable[Finding], *, file: str | None = None) -> "Report":
        """Build a report, sorting the findings into document order."""
        return cls(findings=tuple(sorted(findings, key=_finding_order)), file=file)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity ``warning``."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """Whether the document is valid: no finding is an error."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def passes(self, *, strict: bool = False) -> bool:
        """Whether the document passes: no errors, and under ``strict`` no warnings either."""
        return not self.findings if strict else self.ok


class CommitmentsError(Exception):
    """The root of every exception this library raises on purpose."""


class InvalidDocument(CommitmentsError, ValueError):
    """A document that cannot be loaded, carrying every finding that says why.

    Attributes:
        findings: The findings of the failed validation (at least one error).

    """

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings: tuple[Finding, ...] = tuple(findings)
        errors = [f for f in self.findings if f.is_error] or list(self.findings)
        first = str(errors[0]) if errors else "invalid document"
        more = len(errors) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))
