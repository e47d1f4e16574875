"""`planwatch fetch`: bring agenda packs home from ModernGov and CMIS committee websites, politely and incrementally."""

from pipeline.fetch.config import FetchConfig, SiteConfig
from pipeline.fetch.run import FetchReport, fetch

__all__ = ["FetchConfig", "FetchReport", "SiteConfig", "fetch"]
