"""Evaluation harness for staff: run JSON Lines datasets against any bot and report accuracy, grounding,
tool use, refusals, latency and regressions (``bot eval``).

Modules by role: dataset (load cases), checks (expectations), citations (citation precision), runner (run
cases in fresh conversations), metrics, thresholds, compare, report (JSON + HTML), harness (one run).
"""

from bot.evaluation.harness import EvalRun, evaluate

__all__ = ["EvalRun", "evaluate"]
