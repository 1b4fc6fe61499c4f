"""The ``marsad`` command line.

Sub-commands live one per module in this package and are imported only when
called, so ``marsad extract`` does not pay for FastAPI or SQLAlchemy.
"""

from __future__ import annotations

import importlib

import click

from marsad import __version__

# command name -> "module:attribute" of its click command
COMMANDS: dict[str, str] = {
    "extract": "marsad.cli.extract:extract",
    "evaluate": "marsad.cli.evaluate:evaluate",
    "places": "marsad.cli.places:places",
    "ingest": "marsad.cli.ingest:ingest",
    "db": "marsad.cli.db:db",
    "incidents": "marsad.cli.incidents:incidents",
    "export": "marsad.cli.export:export",
    "stats": "marsad.cli.stats:stats",
    "serve": "marsad.cli.serve:serve",
    "token": "marsad.cli.token:token",
}


class LazyGroup(click.Group):
    """A click group that imports a sub-command's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad: Arabic conflict reports in, mapped and traceable events out."""
