#!/usr/bin/env bash
# Set up (skipped when installed and unchanged), then serve the chat app on the embedded default; the app
# refreshes the index from knowledge/ first (incremental: unchanged documents are not re-embedded).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -d "${BOT_DATA_DIR:-data}" ]; then
  echo "run_app: first start: building the index from knowledge/, then serving the app"
fi
exec .venv/bin/python app.py
