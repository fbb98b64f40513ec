"""Settings and middleware for running the blocks in the XBlock SDK workbench (demo and tests only)."""
