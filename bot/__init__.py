"""Guidance chatbot for Japan's foreign-talent programs.

Data flow: knowledge docs -> corpus -> chunking -> embeddings -> store (Chroma) -> retrieval / tools
-> agent -> BotReply -> CLI, Gradio app (app.py), eval harness.
"""

__version__ = "0.1.0"
