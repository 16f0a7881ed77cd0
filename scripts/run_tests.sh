#!/usr/bin/env bash
# Set up and run the whole test suite (it includes the eval on eval/datasets against the thresholds).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
