"""Peer collaboration blocks: peer review, discussion, team project, reflection."""
