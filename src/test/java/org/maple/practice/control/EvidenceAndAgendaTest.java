package org.maple.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.maple.course.control.DanosFrameworkParser;
import org.maple.course.entity.DanosFramework;
import org.maple.practice.control.SupervisionAgenda.Facts;
import org.maple.practice.control.SupervisionAgenda.Item;
import org.maple.practice.entity.FamaStage;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.MeetingTarget;

class EvidenceAndAgendaTest {

    @Test
    void everyMappedCodeIsACurrentUnitOfTheFramework() {
        DanosFramework danos = new DanosFrameworkParser().parse(Path.of("content/danos.yaml"), "content/danos.yaml").framework();
        Set<String> all = new TreeSet<>(EvidenceCodes.supervision());
        for (Fellowship f : Fellowship.values()) {
            all.addAll(EvidenceCodes.meeting(f));
        }
        all.addAll(EvidenceCodes.fama(EnumSet.allOf(FamaStage.class)));
        for (String code : all) {
            assertTrue(danos.unit(code).isPresent(), code + " is a current unit in content/danos.yaml");
        }
    }

    @Test
    void theMappingFollowsTheRecord() {
        assertEquals(Set.of("AF1"), EvidenceCodes.meeting(Fellowship.NA));
        assertEquals(Set.of("AB7", "AF1"), EvidenceCodes.meeting(Fellowship.AL_ANON));
        assertEquals(Set.of("AF1", "AF2", "AF3"), EvidenceCodes.fama(List.of(FamaStage.ASSESS_INTRODUCE)));
        assertEquals(Set.of("AF1", "AF2", "AF3", "AI2"), EvidenceCodes.fama(EnumSet.allOf(FamaStage.class)));
        assertEquals(Set.of(), EvidenceCodes.fama(List.of()));
        assertEquals(Set.of("GEN36"), EvidenceCodes.supervision());
    }

    @Test
    void agendaSuggestionsComeFromTheRecord() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        var progress = MeetingTargetRule.progress(MeetingTarget.standard(), 28, start, List.of(), start.plusDays(20));
        List<Item> items = SupervisionAgenda.suggest(new Facts(List.of("FAMA quiz"), List.of("SMART Recovery"), 0,
                progress, 0, List.of("AF1"), List.of()));
        assertEquals(List.of("SP-02", "SP-02", "SP-03", "SP-05", "SP-07"), items.stream().map(Item::promptCode).toList());
        assertTrue(items.get(2).text().startsWith("No open meetings logged yet"));

        var met = MeetingTargetRule.progress(MeetingTarget.standard(), 28, start, List.of(
                new MeetingTargetRule.Meeting(start, Fellowship.AA, null, true),
                new MeetingTargetRule.Meeting(start, Fellowship.NA, null, true),
                new MeetingTargetRule.Meeting(start, Fellowship.NA, null, true)), start.plusDays(20));
        assertEquals(List.of(), SupervisionAgenda.suggest(new Facts(List.of(), List.of(), 3, met, 2, List.of(), List.of())),
                "nothing to suggest for someone on track");

        List<Item> lapsed = SupervisionAgenda.suggest(new Facts(List.of(), List.of(), 3, met, 2,
                List.of("AF2 Assess (until 1 Mar 2027)"), List.of("AD1 Families")));
        assertEquals(List.of("DANOS unit expired: AD1 Families. Plan new evidence and a fresh sign-off.",
                "DANOS unit evidence expiring: AF2 Assess (until 1 Mar 2027)."), lapsed.stream().map(Item::text).toList(),
                "expired first, then expiring, both under SP-07");
        assertTrue(lapsed.stream().allMatch(i -> i.promptCode().equals("SP-07")));
    }
}
