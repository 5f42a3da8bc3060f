"""Content packs: a signed database carried on a USB stick, installed safely and undone in a click.

``make`` builds a pack from the built database; ``verify`` checks one in the issue's order;
``store`` keeps installed packs beside each other, switches between them through one small
pointer file, and restores the previous one; ``pointer`` reads which content to open (the only
part on the start path: standard library only). No Qt here.
"""
