"""Results as people read them: aligned text tables, Markdown changelogs, notebook HTML.

One module per result (:mod:`~commitments.render.progress`, :mod:`~commitments.render.diff`,
:mod:`~commitments.render.history`). Every text form escapes control and bidi characters
(:func:`commitments.model._visible.visible`); CSV is the tables' (:mod:`commitments.tables`).
"""
