"""Chinese, Japanese and Korean text in charts: find an installed CJK font, or say how to get one.

Matplotlib's own font (DejaVu Sans) has no CJK glyphs: 城镇新增就业 would be drawn
as empty boxes. :func:`cjk_font` looks among the installed fonts for one that has
them (Noto Sans CJK, Source Han Sans, WenQuanYi, Droid Sans Fallback, and the
system fonts of Windows and macOS); :func:`text_fonts` gives the family list a
chart's text is drawn with: DejaVu Sans first, then the CJK font, which Matplotlib
falls back to glyph by glyph. When text needs a CJK font and none is installed,
:class:`CJKFontWarning` says how to install one, once.
"""

import re
import warnings
from collections.abc import Iterable
from typing import Any

__all__ = ["CJK_FAMILIES", "CJKFontWarning", "cjk_font", "has_cjk", "text_fonts"]

#: Font families with CJK glyphs, best first.
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Sans CJK KR",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Noto Serif CJK SC",
    "AR PL UMing CN",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
)

_INSTALL = (
    "no CJK font is installed, so Chinese, Japanese and Korean text in charts shows as "
    "empty boxes. Install one, e.g. `apt-get install fonts-noto-cjk` (Debian, Ubuntu) "
    "or `dnf install google-noto-sans-cjk-fonts` (Fedora), then delete Matplotlib's font "
    "cache (matplotlib.get_cachedir()) and restart Python."
)

# The CJK ideographs, kana, hangul and full-width forms.
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)


class CJKFontWarning(UserWarning):
    """Text needs a CJK font and none is installed (the message says how to install one)."""


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a character that needs a CJK font.

    >>> from commitments.plot._fonts import has_cjk
    >>> has_cjk("城镇新增就业"), has_cjk("New urban jobs")
    (True, False)
    """
    return _CJK.search(text) is not None


def cjk_font(installed: Iterable[str] | None = None) -> str | None:
    """Return the best installed CJK font family, or ``None``.

    >>> from commitments.plot._fonts import cjk_font
    >>> cjk_font(["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK JP"])
    'Noto Sans CJK JP'
    >>> cjk_font(["DejaVu Sans"]) is None
    True

    Args:
        installed: The installed families (default: Matplotlib's font list).

    """
    if installed is None:
        from matplotlib import font_manager

        installed = (f.name for f in font_manager.fontManager.ttflist)
    present = set(installed)
    return next((family for family in CJK_FAMILIES if family in present), None)


def text_fonts(texts: Iterable[str], installed: Iterable[str] | None = None) -> dict[str, Any]:
    """Return the font keyword arguments for drawing ``texts`` (a family list with fallbacks).

    Warns :class:`CJKFontWarning` when the texts need a CJK font and none is installed
    (the warnings filter shows it once per place, as usual).
    """
    if not any(has_cjk(t) for t in texts):
        return {}
    family = cjk_font(installed)
    if family is None:
        warnings.warn(_INSTALL, CJKFontWarning, stacklevel=3)
        return {}
    return {"fontfamily": ["DejaVu Sans", family]}
