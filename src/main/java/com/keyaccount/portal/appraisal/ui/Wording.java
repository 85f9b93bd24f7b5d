package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.LocalizedText;

/** A name being edited in both languages (Chinese as printed on 000, English translation); blanks allowed meanwhile. */
final class Wording {

    String zh;
    String en;

    Wording(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    static Wording of(LocalizedText text) {
        return text == null ? new Wording("", "") : new Wording(text.zh(), text.en());
    }

    boolean isBlank() {
        return blank(zh) && blank(en);
    }

    boolean isComplete() {
        return !blank(zh) && !blank(en);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
