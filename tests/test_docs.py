"""Docs that cannot drift: every command, option of note and setting is in the README."""

from __future__ import annotations

from tests.conftest import ROOT
from tidings.cli import main
from tidings.settings import SETTINGS, Settings

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    for name in main.commands:
        assert f"tidings {name}" in README, f"README does not document 'tidings {name}'"


def test_every_setting_is_declared_and_documented() -> None:
    assert [s.name for s in SETTINGS] == Settings.names()
    for setting in SETTINGS:
        assert getattr(Settings(), setting.name) == setting.default
        assert f"`{setting.name}`" in README, f"README does not document the setting {setting.name}"


def test_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_changelog_has_unreleased() -> None:
    assert "## [Unreleased]" in (ROOT / "CHANGELOG.md").read_text()
