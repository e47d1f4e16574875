"""Compatibility names: the context, config and Reject now live in the neutral core, extractors.core."""

from extractors.core import DocContext, Fragment, Reject, StageConfig

__all__ = ["DocContext", "Fragment", "Reject", "StageConfig"]
