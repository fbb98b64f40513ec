"""Collaboration blocks: peer review, discussion, team project, reflection."""
