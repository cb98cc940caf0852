package org.maple.practice.boundary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.boundary.CallerService;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.InvalidInputException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.practice.boundary.PracticeRecords.DirectoryFilter;
import org.maple.practice.boundary.PracticeRecords.GroupView;
import org.maple.practice.boundary.PracticeRecords.ImportProblem;
import org.maple.practice.boundary.PracticeRecords.ImportReport;
import org.maple.practice.boundary.PracticeRecords.ListingForm;
import org.maple.practice.control.DirectoryCsvParser;
import org.maple.practice.control.DirectoryImport;
import org.maple.practice.control.DirectoryRepository;
import org.maple.practice.control.Forms;
import org.maple.practice.control.ListingRules;
import org.maple.practice.control.MeetingGuideParser;
import org.maple.practice.control.PracticeSettings;
import org.maple.practice.entity.DirectoryEntry;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.GroupListing;
import org.maple.practice.entity.MeetingAccess;

/**
 * The local mutual aid directory: every member of staff searches it and prints it for clients;
 * managers and admins add, edit, verify, remove and import groups (CSV or a Meeting Guide JSON
 * feed). An entry not verified for the configured period is stale. Role: any staff role to read.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class DirectoryService {

    public static final int MAX_IMPORT_CHARS = 2 * 1024 * 1024;

    @Inject
    CallerService caller;

    @Inject
    DirectoryRepository repository;

    @Inject
    PracticeSettings settings;

    @Inject
    Clock clock;

    /** Use case: search the directory by fellowship, day, open meetings only, online or in person, and words. */
    public List<GroupView> search(DirectoryFilter filter) {
        DirectoryFilter f = filter == null ? DirectoryFilter.any() : filter;
        Optional<Fellowship> fellowship = blank(f.fellowship()) ? Optional.empty()
                : Optional.of(Forms.choice(Fellowship.class, f.fellowship(), "Fellowship"));
        Optional<DayOfWeek> day = blank(f.day()) ? Optional.empty()
                : Optional.of(ListingRules.day(f.day()).orElseThrow(
                        () -> new InvalidInputException("Day '" + f.day().strip() + "' is not a day of the week.")));
        String words = blank(f.text()) ? null : Forms.optional(f.text(), "Search words", 100).toLowerCase(Locale.ROOT);
        Stream<DirectoryEntry> s = repository.active().stream();
        if (fellowship.isPresent()) {
            s = s.filter(e -> e.getFellowship() == fellowship.get());
        }
        if (day.isPresent()) {
            s = s.filter(e -> e.getDayOfWeek() == day.get());
        }
        if (f.openOnly()) {
            s = s.filter(e -> e.getAccess().welcomesVisitors());
        }
        if (f.online() != null) {
            s = f.online() ? s.filter(DirectoryEntry::isOnline) : s.filter(DirectoryEntry::isInPerson);
        }
        if (words != null) {
            s = s.filter(e -> Stream.of(e.getName(), e.getVenue(), e.fellowshipName(), e.getNotes(), e.getAccessibilityNotes())
                    .anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(words)));
        }
        LocalDate today = LocalDate.now(clock);
        return s.map(e -> Views.group(e, today, settings.staleDays())).toList();
    }

    /** Use case: one group. */
    public GroupView one(long id) {
        return Views.group(active(id), LocalDate.now(clock), settings.staleDays());
    }

    /** Use case: the groups not verified for the configured period, oldest first. Role: manager, admin. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<GroupView> stale() {
        LocalDate today = LocalDate.now(clock);
        return repository.verifiedBefore(today.minusDays(settings.staleDays())).stream()
                .map(e -> Views.group(e, today, settings.staleDays())).toList();
    }

    /** How many days without verification make an entry stale. */
    public int staleDays() {
        return settings.staleDays();
    }

    /** Use case: add a group (id null) or change one; saving counts as verifying it today. Role: manager, admin. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public GroupView save(Long id, ListingForm form) {
        Person me = caller.current();
        LocalDateTime now = LocalDateTime.now(clock);
        GroupListing g = listing(form);
        ListingRules.problem(g, now.toLocalDate()).ifPresent(p -> {
            throw new InvalidInputException(capitalise(p) + ".");
        });
        DirectoryEntry e;
        if (id == null) {
            e = new DirectoryEntry("manual", null, now);
            e.apply(g, me.getDisplayName(), now.toLocalDate(), now);
            repository.persist(e);
        } else {
            e = active(id);
            e.apply(g, me.getDisplayName(), now.toLocalDate(), now);
        }
        return Views.group(e, now.toLocalDate(), settings.staleDays());
    }

    /** Use case: confirm a group's details are still right (verified today by me). Role: manager, admin. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public GroupView verify(long id) {
        Person me = caller.current();
        LocalDateTime now = LocalDateTime.now(clock);
        DirectoryEntry e = active(id);
        e.verified(me.getDisplayName(), now.toLocalDate(), now);
        return Views.group(e, now.toLocalDate(), settings.staleDays());
    }

    /** Use case: remove a group from the directory (kept for meeting logs that name it). Role: manager, admin. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public void remove(long id) {
        active(id).deactivate(LocalDateTime.now(clock));
    }

    /** Use case: import groups from a CSV file; every bad row is reported. Role: manager, admin. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public ImportReport importCsv(String csv) {
        checkSize(csv);
        return load(DirectoryCsvParser.parse(csv, LocalDate.now(clock)), "csv", "CSV import");
    }

    /** Use case: import a Meeting Guide JSON feed of one fellowship; every bad record is reported. Role: manager, admin. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public ImportReport importMeetingGuide(String json, String fellowship, String otherFellowship) {
        checkSize(json);
        Fellowship f = Forms.choice(Fellowship.class, fellowship, "Fellowship of the feed");
        String other = Forms.optional(otherFellowship, "Other fellowship", 200);
        if (f == Fellowship.OTHER && other == null) {
            throw new InvalidInputException("Say which fellowship the feed lists.");
        }
        return load(MeetingGuideParser.parse(json, f, other, LocalDate.now(clock)),
                "meeting-guide:" + (f == Fellowship.OTHER ? "other:" + other.toLowerCase(Locale.ROOT) : f.name()),
                "Meeting Guide import");
    }

    private ImportReport load(DirectoryImport parsed, String source, String how) {
        Person me = caller.current();
        LocalDateTime now = LocalDateTime.now(clock);
        int added = 0;
        int updated = 0;
        String by = how + " by " + me.getDisplayName();
        Map<String, DirectoryEntry> known = repository.bySource(source);
        for (GroupListing g : parsed.listings()) {
            DirectoryEntry existing = g.sourceKey() == null ? null : known.get(g.sourceKey());
            if (existing != null) {
                existing.apply(g, by, now.toLocalDate(), now);
                updated++;
            } else {
                DirectoryEntry e = new DirectoryEntry(source, g.sourceKey(), now);
                e.apply(g, by, now.toLocalDate(), now);
                repository.persist(e);
                if (g.sourceKey() != null) {
                    known.put(g.sourceKey(), e); // a key repeated later in the same file updates this one
                }
                added++;
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        parsed.problems().forEach(p -> problems.add(new ImportProblem(p.position(), p.reason())));
        return new ImportReport(added, updated, problems);
    }

    private DirectoryEntry active(long id) {
        return repository.find(id).filter(DirectoryEntry::isActive)
                .orElseThrow(() -> new ItemNotFoundException("There is no group " + id + " in the directory."));
    }

    private static GroupListing listing(ListingForm f) {
        if (f == null) {
            throw new InvalidInputException("Send the group's details.");
        }
        Fellowship fellowship = Forms.choice(Fellowship.class, f.fellowship(), "Fellowship");
        DayOfWeek day = ListingRules.day(f.day()).orElseThrow(() -> new InvalidInputException(
                "Day '" + (f.day() == null ? "" : f.day().strip()) + "' is not a day of the week."));
        var start = ListingRules.time(f.startTime()).orElseThrow(() -> new InvalidInputException(
                "Start time is required, like 19:30."));
        var end = blank(f.endTime()) ? null : ListingRules.time(f.endTime()).orElseThrow(() -> new InvalidInputException(
                "End time is not a time like 21:00."));
        MeetingAccess access = Forms.choice(MeetingAccess.class, f.access(), "Open or closed");
        return new GroupListing(null, fellowship, Forms.optional(f.otherFellowship(), "Other fellowship", 200),
                Forms.required(f.name(), "Name", ListingRules.NAME_MAX), day, start, end,
                Forms.optional(f.venue(), "Venue", ListingRules.TEXT_MAX), Forms.optional(f.onlineUrl(), "Online link", ListingRules.TEXT_MAX),
                access, Forms.optional(f.accessibilityNotes(), "Accessibility notes", ListingRules.TEXT_MAX),
                Forms.optional(f.contactRoute(), "Public contact route", ListingRules.TEXT_MAX),
                Forms.optional(f.notes(), "Notes", ListingRules.TEXT_MAX), null);
    }

    private static void checkSize(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The import is empty.");
        }
        if (text.length() > MAX_IMPORT_CHARS) {
            throw new InvalidInputException("The import is larger than 2 MiB: split it.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
