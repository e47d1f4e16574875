"""The one expected error a stage raises: a refusal of the document, quarantined rather than a bug."""

from __future__ import annotations


class Reject(Exception):
    """Expected refusal of a document (encrypted, not a PDF, no text layer...): quarantined, not a bug.

    `reason` is a stable code (`encrypted_pdf`, `not_a_pdf`, `no_text_layer`, `empty_file`,
    `broken_pdf`, `too_many_pages`, `timeout`, `memory_limit`); `detail` says what was seen
    and what the user can do about it.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
