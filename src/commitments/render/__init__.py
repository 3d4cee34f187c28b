"""Results as people read them: aligned text tables, Markdown changelogs, CSV.

One module per result (:mod:`~commitments.render.progress`, :mod:`~commitments.render.diff`,
:mod:`~commitments.render.history`).
"""
