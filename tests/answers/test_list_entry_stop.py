"""Two entries of one list that a question names are quoted as the whole list, also when one of them ends with its
own full stop ("... upon separate consultation).") that the joined list does not keep."""

from __future__ import annotations

from bot.answers.quoting import in_list


def test_an_entry_with_its_own_stop_is_found_in_its_list() -> None:
    whole = "Support for interns: Arrangement of accommodation; Provision of computers (upon consultation); Insurance."
    assert in_list("Provision of computers (upon consultation).", whole)
    assert in_list("Arrangement of accommodation", whole)
    assert in_list("Insurance.", whole)
    assert not in_list("Provision of laptops.", whole)
