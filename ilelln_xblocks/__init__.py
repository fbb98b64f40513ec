"""Open edX XBlocks for the emerging library leaders programme (ilelln)."""

__version__ = "0.1.0"
