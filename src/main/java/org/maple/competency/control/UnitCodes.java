package org.maple.competency.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.maple.course.entity.DanosFramework;

/**
 * Turns DANOS codes as written in content, quiz banks and practice records into current unit codes:
 * a plain or versioned unit code stays, an earlier version or a superseded/renamed alias becomes its
 * current unit, anything else is dropped (the content loader reports it to authors).
 */
public final class UnitCodes {

    private UnitCodes() {
    }

    /** Current code → the first written code that stands for it, in the order written. */
    public static Map<String, String> resolve(DanosFramework framework, Collection<String> written) {
        Map<String, String> out = new LinkedHashMap<>();
        if (written == null) {
            return out;
        }
        for (String w : written) {
            framework.currentCodeOf(w).ifPresent(current -> out.putIfAbsent(current, w.strip()));
        }
        return out;
    }
}
