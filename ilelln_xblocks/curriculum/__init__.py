"""Curriculum blocks: module overview (and, later, the competency check and the course package)."""
