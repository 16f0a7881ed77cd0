#!/usr/bin/env bash
# Create .venv (if missing) and install the project editable with extras (default "dev"; the tests use
# "dev,st": st = sentence-transformers and torch). Safe to run again: a stamp in .venv (hash of
# pyproject.toml, the Python version, the extras installed) skips pip when nothing changed.
# Usage: bash scripts/setup.sh [EXTRAS]   e.g. bash scripts/setup.sh dev,st
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=${1:-${BOT_EXTRAS:-dev}}
PY=${PYTHON:-python3}
STAMP=.venv/.install-stamp
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv ($("$PY" --version 2>&1))"
  "$PY" -m venv .venv
fi
# The stamp's first line: pyproject hash and Python version; second line: the extras installed.
want="$(.venv/bin/python -c 'import hashlib, sys; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest(), sys.version.split()[0])')"
if [ -f "$STAMP" ]; then
  have="$(sed -n 2p "$STAMP")"
  if [ "$(sed -n 1p "$STAMP")" = "$want" ]; then
    missing=""
    for extra in ${EXTRAS//,/ }; do
      case ",$have," in *",$extra,"*) ;; *) missing="$missing $extra" ;; esac
    done
    if [ -z "$missing" ]; then
      exit 0  # installed and unchanged: nothing to do
    fi
  fi
  EXTRAS="${have:+$have,}$EXTRAS"  # keep the extras already installed, add the ones asked for
fi
EXTRAS="$(echo "$EXTRAS" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "setup: installing the project with extras [$EXTRAS] into .venv (first run, or pyproject.toml or Python changed)"
# Nothing here downloads model weights.
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet -e ".[$EXTRAS]"
printf '%s\n%s\n' "$want" "$EXTRAS" > "$STAMP"
echo "setup: done"
