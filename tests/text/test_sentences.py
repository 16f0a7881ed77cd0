"""The sentence splitter: remembered splits never leak a caller's changes into the next caller's result."""

from bot.text.sentences import forget, split_sentences


def test_splits_english_and_japanese_sentences() -> None:
    assert split_sentences("We have 45 staff. How many trainees? Thanks.") == [
        "We have 45 staff.", "How many trainees?", "Thanks."]
    assert split_sentences("正社員は45名です。何人まで受け入れられますか？") == ["正社員は45名です。", "何人まで受け入れられますか？"]


def test_a_remembered_split_is_a_fresh_list_each_time() -> None:
    first = split_sentences("One. Two.")
    first.append("changed by a caller")
    assert split_sentences("One. Two.") == ["One.", "Two."]
    forget()
    assert split_sentences("One. Two.") == ["One.", "Two."]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("   ") == []
