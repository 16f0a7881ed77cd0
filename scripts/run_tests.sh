#!/usr/bin/env bash
# Set up (with the sentence-transformers extra, so the real model-loading code is tested) and run the whole
# test suite (it includes the eval on eval/datasets against the thresholds).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev,st
exec .venv/bin/python -m pytest "$@"
