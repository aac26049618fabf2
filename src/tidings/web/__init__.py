"""The web interface: ``tidings serve``."""

from tidings.web.app import create_app

__all__ = ["create_app"]
