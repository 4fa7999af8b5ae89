"""Fact extractors: pure functions from normalised text (and context) to records.

Each module owns one fact type. The spaCy components in :mod:`socdoc.pipeline` call them.
"""
