#!/usr/bin/env bash
# Set up, build the index from knowledge/ (incremental), and serve the chat app on the embedded default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/bot ingest
exec .venv/bin/python app.py
