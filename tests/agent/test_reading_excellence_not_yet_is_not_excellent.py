"""Class: excellence not had yet, or the standard quota asked for, is no excellent status. "優良認定はまだなので通常の枠で
考えています", 「優良認定は申請中です」, "excellent status is still pending", "we're still waiting for the excellent
certification", "please use the normal quota" read excellent=false (the standard limits are computed), while an
excellent status stated plainly ("優良認定を受けました", "we are an excellent implementing organization") stays true."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NOT_YET = [
    "国内の常勤社員は330人です。優良認定はまだなので通常の枠で考えています。",
    "常勤は50人。優良認定はまだです。",
    "常勤は50人。優良の認定はまだ取れていません。",
    "常勤は50人。優良認定は申請中です。",
    "常勤は50人。優良認定は未取得です。",
    "常勤は50人。優良認定はこれからです。",
    "常勤は50人。優良はこれから申請する予定です。",
    "常勤は50人で、通常の枠で考えています。",
    "常勤は50人、一般の枠でお願いします。",
    "We have 50 full-time staff. We are not excellent yet.",
    "We have 50 full-time staff. Excellent certification is still pending.",
    "We have 50 full-time staff. We're still waiting for the excellent certification.",
    "We have 50 full-time staff. We have yet to get excellent status.",
    "We have 50 full-time staff; we applied for excellent status but it's not granted yet.",
    "We have 50 full-time staff, please use the normal quota.",
    "We have 50 full-time staff, standard quota please.",
]
STATED = [
    "常勤は50人。優良認定を受けました。",
    "常勤は50人。優良な実習実施者です。",
    "常勤は50人で優良認定を取得済みです。",
    "優良なので来年3号を受け入れる予定です。常勤50人です。",
    "We have 50 full-time staff and we are an excellent implementing organization.",
    "We have 50 full-time staff and were certified as excellent last year.",
]


@pytest.mark.parametrize("text", NOT_YET)
def test_excellence_not_had_yet_reads_standard(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("excellent") is False


@pytest.mark.parametrize("text", STATED)
def test_excellence_stated_plainly_stays_excellent(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("excellent") is True
