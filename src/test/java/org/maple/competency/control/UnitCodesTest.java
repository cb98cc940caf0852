package org.maple.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.DanosFramework.Alias;
import org.maple.course.entity.DanosFramework.Confidence;
import org.maple.course.entity.DanosFramework.Unit;

/** Superseded, renamed and earlier-version codes count for their current unit; unknown ones are dropped. */
class UnitCodesTest {

    static final DanosFramework FRAMEWORK = new DanosFramework("DANOS", 2, 24, Map.of(),
            List.of(new Unit("AF3", "2014", "T", "D", Confidence.SECONDARY, "", 24, List.of("1"), List.of()),
                    new Unit("AB7", "2014", "T", "D", Confidence.SECONDARY, "", 24),
                    new Unit("GEN36", "1", "T", "D", Confidence.SECONDARY, "", 12)),
            List.of(new Alias("GE8", "AB7", "renamed", ""), new Alias("AC2", "GEN36", "superseded", "")));

    @Test
    void aliasesAndEarlierVersionsResolveToTheCurrentUnit() {
        assertEquals(Map.of("AB7", "GE8", "GEN36", "AC2", "AF3", "AF3.1"),
                UnitCodes.resolve(FRAMEWORK, List.of("GE8", "AC2", "AF3.1")));
    }

    @Test
    void twoCodesForOneUnitCountOnceAndUnknownOrWrongVersionsAreDropped() {
        assertEquals(List.of("AB7"), List.copyOf(UnitCodes.resolve(FRAMEWORK, List.of("AB7", "GE8", "AB7.2014",
                "AF3.2012", "XX1", "ab7")).keySet()));
    }
}
