"""Optional dependencies, imported only when asked for, with an error that names the extra.

pandas, polars, pyarrow, matplotlib and openpyxl are not needed to use this library;
a function that needs one imports it on first use, through :func:`require`. When it
is missing, the one error :class:`MissingExtra` says which extra installs it
(``pip install 'commitments[pandas]'``); ``commitments.MissingExtra``,
``commitments.tables.MissingExtra`` and ``commitments.sheets.MissingExtra`` are this class.

>>> from commitments.model.extras import MissingExtra, require
>>> try:
...     require("no_such_module_anywhere", "pandas")
... except MissingExtra as error:
...     print(error)
this needs no_such_module_anywhere, which is not installed: pip install 'commitments[pandas]'
"""

import importlib
from types import ModuleType

from commitments.model.findings import CommitmentsError

__all__ = ["MissingExtra", "require"]


class MissingExtra(CommitmentsError, ImportError):
    """An optional dependency is not installed.

    Attributes:
        extra: The extra of this package that installs it (``pandas``, ``plot``,
            ``sheets`` …).

    """

    def __init__(self, module: str, extra: str) -> None:
        self.extra = extra
        super().__init__(
            f"this needs {module}, which is not installed: pip install 'commitments[{extra}]'",
            name=module,
        )


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency.

    Args:
        module: The module to import (``pandas``, ``pyarrow`` …).
        extra: The extra that installs it.

    Returns:
        The module.

    Raises:
        MissingExtra: It is not installed.

    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtra(module, extra) from error
