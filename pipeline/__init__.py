"""planwatch orchestration: configuration, stage registry, runner, cache, manifest and CLI."""

__version__ = "0.1.0"
