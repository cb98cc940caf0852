package org.maple.practice.boundary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.maple.identity.boundary.IdentityBootstrap;
import org.maple.practice.control.DirectoryRepository;
import org.maple.practice.entity.DirectoryEntry;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.GroupListing;
import org.maple.practice.entity.MeetingAccess;

/**
 * At start, when this start created the demo organisation: a few fictional local groups (marked
 * "demo"), one of them not checked for a year so the stale list has something to show. Contact
 * routes point at the fellowships' national websites, never at a person.
 */
@Startup
@Singleton
@DependsOn("IdentityBootstrap")
public class PracticeDemo {

    @Inject
    IdentityBootstrap identity;

    @Inject
    DirectoryRepository directory;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        if (!identity.demoCreated() || !directory.active().isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<GroupListing> groups = List.of(
                new GroupListing("demo-aa", Fellowship.AA, null, "Riverside Tuesday Open (demo)", DayOfWeek.TUESDAY,
                        LocalTime.of(19, 30), LocalTime.of(21, 0), "Riverside Community Centre, Mill Lane (demo)", null,
                        MeetingAccess.OPEN, "Step-free entrance; accessible toilet",
                        "Alcoholics Anonymous Great Britain: alcoholics-anonymous.org.uk", "Open meeting on the first Tuesday of the month.",
                        today.minusDays(20)),
                new GroupListing("demo-na", Fellowship.NA, null, "New Beginnings (demo)", DayOfWeek.THURSDAY,
                        LocalTime.of(19, 0), LocalTime.of(20, 30), "St Anne's Church Hall, Station Road (demo)", null,
                        MeetingAccess.BOTH, null, "UK Narcotics Anonymous: ukna.org", null, today.minusDays(45)),
                new GroupListing("demo-smart", Fellowship.SMART_RECOVERY, null, "SMART Recovery online (demo)",
                        DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30), null,
                        "https://www.smartrecovery.org.uk/", MeetingAccess.OPEN, "Captions available",
                        "SMART Recovery UK: smartrecovery.org.uk", null, today.minusDays(10)),
                new GroupListing("demo-alanon", Fellowship.AL_ANON, null, "Hope for Families (demo)", DayOfWeek.MONDAY,
                        LocalTime.of(10, 0), null, "Riverside Library meeting room (demo)", null, MeetingAccess.OPEN,
                        null, "Al-Anon UK: al-anonuk.org.uk", "For families and friends of drinkers.", today.minusDays(400)));
        for (GroupListing g : groups) {
            DirectoryEntry e = new DirectoryEntry("demo", g.sourceKey(), now);
            e.apply(g, "Demo data", today, now);
            directory.persist(e);
        }
    }
}
