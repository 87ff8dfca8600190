package org.factlint.engine.helpers;

import java.util.List;
import org.factlint.model.Text;

/**
 * Recognises statements that an event was changed: moved, postponed, cancelled, resumed. An event
 * with such a history may rightly have two dates or two places, so the date and place rules
 * stay silent about it.
 */
public final class EventChanges {

    /** Word stems that say so, matched anywhere in the normalised predicate. */
    private static final List<String> CHANGE = List.of("postpon", "delay", "reschedul", "put off", "pushed back",
            "push back", "brought forward", "bring forward", "moved", "move to", "relocat", "switch", "shifted", "adjourn",
            "cancel", "called off", "call off", "suspend", "resum", "reconven", "continu", "extended", "rearrang",
            "brought back", "transferred");

    private EventChanges() {
    }

    /** True if a claim's predicate says an event was moved, postponed, cancelled, resumed or continued. */
    public static boolean isChange(String predicate) {
        if (predicate == null) {
            return false;
        }
        // plain substring search: the rules ask this of every claim, and a regex of 25 branches
        // tried at every position was one of the largest costs of a check
        String p = Text.normalize(predicate);
        for (String stem : CHANGE) {
            if (p.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
