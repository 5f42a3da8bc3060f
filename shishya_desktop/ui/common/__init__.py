"""Pieces every section shares: the page browser and its links, rendering, printing, plain text,
history, panes, palette and theme."""
