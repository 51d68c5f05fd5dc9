package org.borderliaison.handover;

import org.borderliaison.shared.SearchText;

/**
 * Someone who signs a handover record for one side, or witnesses it: full name, rank (cấp bậc: "Thượng tá") and
 * position (chức vụ: "Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Lào Cai"). Rank and position are optional, since
 * a witness may be a civilian.
 */
public record Representative(String fullName, String rank, String position) {

    public Representative {
        fullName = blankToNull(SearchText.nfc(fullName));
        rank = blankToNull(SearchText.nfc(rank));
        position = blankToNull(SearchText.nfc(position));
    }

    /** "Thượng tá Nguyễn Văn An, Đồn trưởng": how the record and the history name the person. */
    public String label() {
        return (rank == null ? "" : rank + " ") + fullName + (position == null ? "" : ", " + position);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
