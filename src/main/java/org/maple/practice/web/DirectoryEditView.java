package org.maple.practice.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.maple.practice.boundary.DirectoryService;
import org.maple.practice.boundary.PracticeRecords.DirectoryFilter;
import org.maple.practice.boundary.PracticeRecords.GroupView;
import org.maple.practice.boundary.PracticeRecords.ImportReport;
import org.maple.practice.boundary.PracticeRecords.ListingForm;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.MeetingAccess;
import org.maple.platform.web.Pages;

/** Managers and admins keep the directory: add, edit, verify, remove, import; the stale list. */
@Named
@ViewScoped
public class DirectoryEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryService service;

    private List<GroupView> groups;
    private List<GroupView> stale;
    private Long editing;
    private String fellowship;
    private String otherFellowship;
    private String name;
    private String day;
    private String startTime;
    private String endTime;
    private String venue;
    private String onlineUrl;
    private String access = MeetingAccess.OPEN.name();
    private String accessibilityNotes;
    private String contactRoute;
    private String notes;
    private transient Part file;
    private String importFormat = "csv";
    private String feedFellowship = Fellowship.AA.name();
    private String feedOther;
    private ImportReport report;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        groups = service.search(DirectoryFilter.any());
        stale = service.stale();
    }

    public void save() {
        try {
            service.save(editing, new ListingForm(fellowship, otherFellowship, name, day, startTime, endTime, venue,
                    onlineUrl, access, accessibilityNotes, contactRoute, notes));
            Pages.info((editing == null ? "Group added: " : "Group updated: ") + name + ". It counts as verified today.");
            clear();
            refresh();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void edit(GroupView g) {
        editing = g.id();
        fellowship = g.fellowship();
        otherFellowship = "OTHER".equals(g.fellowship()) ? g.fellowshipName() : null;
        name = g.name();
        day = g.day();
        startTime = g.startTime();
        endTime = g.endTime();
        venue = g.venue();
        onlineUrl = g.onlineUrl();
        access = g.access();
        accessibilityNotes = g.accessibilityNotes();
        contactRoute = g.contactRoute();
        notes = g.notes();
    }

    public void verify(GroupView g) {
        try {
            service.verify(g.id());
            Pages.info(g.name() + ": marked as checked today.");
            refresh();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void remove(GroupView g) {
        try {
            service.remove(g.id());
            Pages.info(g.name() + " removed from the directory.");
            refresh();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Pages.error("import:file", "Choose a file to import.");
            return;
        }
        if (file.getSize() > DirectoryService.MAX_IMPORT_CHARS) {
            Pages.error("import:file", "The file is larger than 2 MiB: split it.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            report = "json".equals(importFormat) ? service.importMeetingGuide(text, feedFellowship, feedOther)
                    : service.importCsv(text);
            Pages.info(report.added() + " groups added, " + report.updated() + " updated, " + report.problems().size()
                    + " records not loaded.");
            refresh();
        } catch (IOException e) {
            Pages.error("import:file", "The file could not be read.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        fellowship = otherFellowship = name = day = startTime = endTime = venue = onlineUrl = null;
        accessibilityNotes = contactRoute = notes = null;
        access = MeetingAccess.OPEN.name();
    }

    public Fellowship[] getFellowships() {
        return Fellowship.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public MeetingAccess[] getAccesses() {
        return MeetingAccess.values();
    }

    public List<GroupView> getGroups() {
        return groups;
    }

    public List<GroupView> getStale() {
        return stale;
    }

    public int getStaleDays() {
        return service.staleDays();
    }

    public Long getEditing() {
        return editing;
    }

    public String getFellowship() {
        return fellowship;
    }

    public void setFellowship(String v) {
        fellowship = v;
    }

    public String getOtherFellowship() {
        return otherFellowship;
    }

    public void setOtherFellowship(String v) {
        otherFellowship = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String v) {
        day = v;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String v) {
        startTime = v;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String v) {
        endTime = v;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String v) {
        venue = v;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String v) {
        onlineUrl = v;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String v) {
        access = v;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String v) {
        accessibilityNotes = v;
    }

    public String getContactRoute() {
        return contactRoute;
    }

    public void setContactRoute(String v) {
        contactRoute = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getImportFormat() {
        return importFormat;
    }

    public void setImportFormat(String v) {
        importFormat = v;
    }

    public String getFeedFellowship() {
        return feedFellowship;
    }

    public void setFeedFellowship(String v) {
        feedFellowship = v;
    }

    public String getFeedOther() {
        return feedOther;
    }

    public void setFeedOther(String v) {
        feedOther = v;
    }

    public ImportReport getReport() {
        return report;
    }
}
