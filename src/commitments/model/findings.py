"""Findings, reports and the exceptions that carry them.

Validation never raises on bad data: it returns a :class:`Report` holding every
:class:`Finding`. Loading an invalid document raises one :class:`InvalidDocument`
that carries the same findings.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from attrs import field, frozen

from commitments.model._display import displayed, report_line
from commitments.model._visible import shortened, visible
from commitments.model.vocab import Severity

__all__ = [
    "MESSAGE_LIMIT",
    "PATH_LIMIT",
    "CommitmentsError",
    "Finding",
    "InvalidDocument",
    "Locator",
    "Report",
]


#: Where a finding is, computed when first asked: ``(line, column)``, or ``None``.
Locator = Callable[[], tuple[int, int] | None]


@frozen(kw_only=True, eq=False, repr=False)
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

    :attr:`line` and :attr:`column` say where the offending value is. A finding
    may be made with a ``locator`` instead of a line and column: a function that
    finds them in the document's text. It is called once, the first time the line
    or column is asked for (to print, compare or write the finding), so that
    validating costs nothing for the positions of findings nobody reads.

    >>> finding = Finding(code="c", severity=Severity.WARNING, path="/a", message="m",
    ...                   locator=lambda: (3, 5))
    >>> finding.line, finding.column
    (3, 5)
    """

    code: str
    severity: Severity
    path: str
    message: str
    file: str | None = None
    _line: int | None = field(default=None, alias="line")
    _column: int | None = field(default=None, alias="column")
    _locator: Locator | None = field(default=None, alias="locator")

    @property
    def line(self) -> int | None:
        """1-based line of the offending value in its file, when known."""
        if self._locator is not None:
            self._locate()
        return self._line

    @property
    def column(self) -> int | None:
        """1-based column (in characters) of the offending value, when known."""
        if self._locator is not None:
            self._locate()
        return self._column

    def _locate(self) -> None:
        locator = self._locator
        assert locator is not None
        where = locator()
        if where is not None:
            object.__setattr__(self, "_line", where[0])
            object.__setattr__(self, "_column", where[1])
        object.__setattr__(self, "_locator", None)  # the text it holds is let go

    def _key(self) -> tuple[object, ...]:
        return (
            self.code,
            self.severity,
            self.path,
            self.message,
            self.file,
            self.line,
            self.column,
        )

    def __eq__(self, other: object) -> bool:
        """Findings are equal when every attribute is, positions included."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Finding)
        return self._key() == other._key()

    def __hash__(self) -> int:
        """Hash of every attribute, positions included."""
        return hash(self._key())

    def __repr__(self) -> str:
        """``Finding(code=..., ..., line=..., column=...)``, positions located."""
        names = ("code", "severity", "path", "message", "file", "line", "column")
        shown = ", ".join(
            f"{name}={value!r}" for name, value in zip(names, self._key(), strict=True)
        )
        return f"Finding({shown})"

    def __getstate__(self) -> dict[str, object]:
        """Pickle the finding located (a locator holds the document's text)."""
        if self._locator is not None:
            self._locate()
        return {name: getattr(self, name) for name in _STATE}

    def __setstate__(self, state: dict[str, object]) -> None:
        """Restore a pickled finding."""
        for name in _STATE:
            object.__setattr__(self, name, state[name])
        object.__setattr__(self, "_locator", None)

    @property
    def is_error(self) -> bool:
        """Whether this finding makes the document invalid."""
        return self.severity is Severity.ERROR

    def located(
        self,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        locator: Locator | None = None,
    ) -> "Finding":
        """Return a copy with the given location filled in (others kept).

        A ``locator`` (see the class) is kept for a finding that has no line yet.
        """
        file = self.file if file is None else file
        if locator is not None and line is None and self._line is None and self._locator is None:
            line, column = self._line, self._column
        else:
            line = self.line if line is None else line
            column = self.column if column is None else column
            locator = None
        # The constructor, not attrs.evolve: findings are made by the thousand.
        return Finding(
            code=self.code,
            severity=self.severity,
            path=self.path,
            message=self.message,
            file=file,
            line=line,
            column=column,
            locator=locator,
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

_STATE = ("code", "severity", "path", "message", "file", "_line", "_column")


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
