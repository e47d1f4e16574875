"""robots.txt rules of one host, read with the standard library's parser."""

from __future__ import annotations

from urllib.robotparser import RobotFileParser


class Robots:
    """What one host's robots.txt allows; built from its text, or as allow-all / disallow-all."""

    def __init__(self, parser: RobotFileParser | None, allow: bool = True) -> None:
        self._parser = parser
        self._allow = allow

    @classmethod
    def parse(cls, text: str) -> Robots:
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        return cls(parser)

    @classmethod
    def allow_all(cls) -> Robots:
        return cls(None, allow=True)

    @classmethod
    def disallow_all(cls) -> Robots:
        return cls(None, allow=False)

    def allowed(self, user_agent: str, url: str) -> bool:
        if self._parser is None:
            return self._allow
        # The parser matches the product token ('planwatch'), not the whole header value.
        return self._parser.can_fetch(user_agent.split("/")[0], url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(user_agent.split("/")[0])
        return float(delay) if delay is not None else None
