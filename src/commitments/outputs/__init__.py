"""The JSON outputs of the command line: documented records, their schemas, their writers.

One module per output (:mod:`~commitments.outputs.progress`, :mod:`~commitments.outputs.diff`,
:mod:`~commitments.outputs.history`); each output's schema is generated from its records.
"""
