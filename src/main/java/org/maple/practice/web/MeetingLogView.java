package org.maple.practice.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.DirectoryService;
import org.maple.practice.boundary.MeetingLogService;
import org.maple.practice.boundary.PracticeRecords.DirectoryFilter;
import org.maple.practice.boundary.PracticeRecords.GroupView;
import org.maple.practice.boundary.PracticeRecords.MeetingEntry;
import org.maple.practice.boundary.PracticeRecords.MeetingForm;
import org.maple.practice.boundary.PracticeRecords.MeetingProgress;
import org.maple.practice.entity.AttendanceMode;
import org.maple.practice.entity.Fellowship;
import org.maple.platform.web.Pages;

/** "My meetings": log an open meeting with a guided reflection; my entries and the induction target. */
@Named
@ViewScoped
public class MeetingLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingLogService service;

    @Inject
    DirectoryService directory;

    private List<MeetingEntry> entries;
    private MeetingProgress progress;
    private List<GroupView> groups;
    private Long editing;
    private String fellowship;
    private String otherFellowship;
    private LocalDate attendedOn;
    private String mode = AttendanceMode.IN_PERSON.name();
    private Long directoryEntryId;
    private String whatHappened;
    private String whatSurprised;
    private String clientDifficulty;
    private String howDescribe;

    @PostConstruct
    void init() {
        refresh();
        groups = directory.search(DirectoryFilter.any());
    }

    private void refresh() {
        entries = service.mine();
        progress = service.myProgress();
    }

    public void save() {
        MeetingForm form = new MeetingForm(fellowship, otherFellowship, attendedOn == null ? null : attendedOn.toString(),
                mode, directoryEntryId, whatHappened, whatSurprised, clientDifficulty, howDescribe);
        try {
            if (editing == null) {
                service.log(form);
                Pages.info("Meeting logged. Your manager will review it.");
            } else {
                service.edit(editing, form);
                Pages.info("Meeting updated. It goes back to your manager for review.");
            }
            clear();
            refresh();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void edit(MeetingEntry e) {
        editing = e.id();
        fellowship = e.fellowship();
        otherFellowship = "OTHER".equals(e.fellowship()) ? e.fellowshipName() : null;
        attendedOn = e.attendedOn();
        mode = e.mode();
        directoryEntryId = e.directoryEntryId();
        whatHappened = e.whatHappened();
        whatSurprised = e.whatSurprised();
        clientDifficulty = e.clientDifficulty();
        howDescribe = e.howDescribe();
    }

    public void delete(MeetingEntry e) {
        try {
            service.delete(e.id());
            Pages.info("Meeting deleted.");
            if (e.id() == (editing == null ? -1 : editing)) {
                clear();
            }
            refresh();
        } catch (RuntimeException ex) {
            Pages.error(ex);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        fellowship = otherFellowship = whatHappened = whatSurprised = clientDifficulty = howDescribe = null;
        attendedOn = null;
        directoryEntryId = null;
        mode = AttendanceMode.IN_PERSON.name();
    }

    public Fellowship[] getFellowships() {
        return Fellowship.values();
    }

    public AttendanceMode[] getModes() {
        return AttendanceMode.values();
    }

    public List<GroupView> getGroups() {
        return groups;
    }

    public List<MeetingEntry> getEntries() {
        return entries;
    }

    public MeetingProgress getProgress() {
        return progress;
    }

    public Long getEditing() {
        return editing;
    }

    public String getFellowship() {
        return fellowship;
    }

    public void setFellowship(String fellowship) {
        this.fellowship = fellowship;
    }

    public String getOtherFellowship() {
        return otherFellowship;
    }

    public void setOtherFellowship(String otherFellowship) {
        this.otherFellowship = otherFellowship;
    }

    public LocalDate getAttendedOn() {
        return attendedOn;
    }

    public void setAttendedOn(LocalDate attendedOn) {
        this.attendedOn = attendedOn;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Long getDirectoryEntryId() {
        return directoryEntryId;
    }

    public void setDirectoryEntryId(Long directoryEntryId) {
        this.directoryEntryId = directoryEntryId;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWhatSurprised() {
        return whatSurprised;
    }

    public void setWhatSurprised(String whatSurprised) {
        this.whatSurprised = whatSurprised;
    }

    public String getClientDifficulty() {
        return clientDifficulty;
    }

    public void setClientDifficulty(String clientDifficulty) {
        this.clientDifficulty = clientDifficulty;
    }

    public String getHowDescribe() {
        return howDescribe;
    }

    public void setHowDescribe(String howDescribe) {
        this.howDescribe = howDescribe;
    }
}
