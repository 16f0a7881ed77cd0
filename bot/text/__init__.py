"""The text toolkit: one normaliser, one language/script detector, one sentence splitter, one country
resolver. Every other module uses these instead of its own copy."""

from bot.text.language import Language, detect_language, has_cjk, has_letters_or_digits
from bot.text.normalise import normalise
from bot.text.sentences import split_sentences

__all__ = ["Language", "detect_language", "has_cjk", "has_letters_or_digits", "normalise", "split_sentences"]
