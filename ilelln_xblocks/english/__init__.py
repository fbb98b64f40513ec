"""English communication exercises; the checking lives in plain functions beside the blocks."""
