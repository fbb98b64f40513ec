"""Blocks' JS, CSS and images, installed as ``ilelln_xblocks.static`` (see setup.py)."""
