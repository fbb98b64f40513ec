#!/bin/sh
# Print the path of a Python 3.12 or newer: $PYTHON if given, else the first that works of
# python3.12, pyenv's 3.12 interpreters, /usr/bin/python3.12 and python3.
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
if [ -n "$PYTHON" ]; then
  if ok "$PYTHON"; then command -v "$PYTHON" || echo "$PYTHON"; exit 0; fi
  echo "PYTHON=$PYTHON is not Python 3.12 or newer" >&2; exit 1
fi
candidates="python3.12"
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for dir in "$root"/versions/3.12*; do candidates="$candidates $dir/bin/python3.12"; done
fi
candidates="$candidates /usr/local/bin/python3.12 /usr/bin/python3.12 python3.13 python3"
for candidate in $candidates; do
  if ok "$candidate"; then
    case "$candidate" in /*) echo "$candidate" ;; *) PYENV_VERSION= command -v "$candidate" ;; esac
    exit 0
  fi
done
echo "No Python 3.12 found. Install one, or run: make PYTHON=/path/to/python3.12 ..." >&2
exit 1
