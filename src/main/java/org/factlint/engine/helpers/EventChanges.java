package org.factlint.engine.helpers;

import java.util.regex.Pattern;
import org.factlint.model.Text;

/**
 * Recognises statements that an event was changed: moved, postponed, cancelled, resumed. An event
 * with such a history may rightly have two dates or two places, so the date and place rules
 * stay silent about it.
 */
public final class EventChanges {

    private static final Pattern CHANGE = Pattern.compile("postpon|delay|reschedul|put off|pushed back|push back"
            + "|brought forward|bring forward|moved|move to|relocat|switch|shifted|adjourn|cancel|called off"
            + "|call off|suspend|resum|reconven|continu|extended|rearrang|brought back|transferred");

    private EventChanges() {
    }

    /** True if a claim's predicate says an event was moved, postponed, cancelled, resumed or continued. */
    public static boolean isChange(String predicate) {
        return predicate != null && CHANGE.matcher(Text.normalize(predicate)).find();
    }
}
