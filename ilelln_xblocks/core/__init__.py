"""What every ilelln block shares: rendering, translation, handlers, identity, grading, sanitising, OLX."""
