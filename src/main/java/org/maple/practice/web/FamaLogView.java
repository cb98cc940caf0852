package org.maple.practice.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.FamaLogService;
import org.maple.practice.boundary.PracticeRecords.FamaEntry;
import org.maple.practice.boundary.PracticeRecords.FamaForm;
import org.maple.practice.entity.Fellowship;
import org.maple.practice.entity.Outcome;
import org.maple.platform.web.Pages;

/** "My FAMA practice": record facilitating a client's access to mutual aid, by local reference only. */
@Named
@ViewScoped
public class FamaLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamaLogService service;

    private List<FamaEntry> entries;
    private Long editing;
    private String clientRef;
    private LocalDate practiceOn;
    private String assessNotes;
    private String linkNotes;
    private String followUpNotes;
    private List<String> groupsOffered = new ArrayList<>();
    private String groupsOther;
    private String attendedFirst = Outcome.NOT_YET_KNOWN.name();
    private String stillAttending = Outcome.NOT_YET_KNOWN.name();
    private String reflection;

    @PostConstruct
    void init() {
        entries = service.mine();
    }

    public void save() {
        FamaForm form = new FamaForm(clientRef, practiceOn == null ? null : practiceOn.toString(), assessNotes, linkNotes,
                followUpNotes, groupsOffered, groupsOther, attendedFirst, stillAttending, reflection);
        try {
            if (editing == null) {
                service.record(form);
                Pages.info("FAMA record saved. Your manager will review it.");
            } else {
                service.edit(editing, form);
                Pages.info("FAMA record updated. It goes back to your manager for review.");
            }
            clear();
            entries = service.mine();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void edit(FamaEntry e) {
        editing = e.id();
        clientRef = e.clientRef();
        practiceOn = e.practiceOn();
        assessNotes = e.assessNotes();
        linkNotes = e.linkNotes();
        followUpNotes = e.followUpNotes();
        groupsOffered = new ArrayList<>(e.groupsOffered());
        groupsOther = e.groupsOther();
        attendedFirst = e.attendedFirst();
        stillAttending = e.stillAttending();
        reflection = e.reflection();
    }

    public void delete(FamaEntry e) {
        try {
            service.delete(e.id());
            Pages.info("FAMA record deleted.");
            if (e.id() == (editing == null ? -1 : editing)) {
                clear(); // the form no longer edits a record that is gone (a Save would 404)
            }
            entries = service.mine();
        } catch (RuntimeException ex) {
            Pages.error(ex);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        clientRef = assessNotes = linkNotes = followUpNotes = groupsOther = reflection = null;
        practiceOn = null;
        groupsOffered = new ArrayList<>();
        attendedFirst = stillAttending = Outcome.NOT_YET_KNOWN.name();
    }

    public Fellowship[] getFellowships() {
        return Fellowship.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public List<FamaEntry> getEntries() {
        return entries;
    }

    public Long getEditing() {
        return editing;
    }

    public String getClientRef() {
        return clientRef;
    }

    public void setClientRef(String clientRef) {
        this.clientRef = clientRef;
    }

    public LocalDate getPracticeOn() {
        return practiceOn;
    }

    public void setPracticeOn(LocalDate practiceOn) {
        this.practiceOn = practiceOn;
    }

    public String getAssessNotes() {
        return assessNotes;
    }

    public void setAssessNotes(String assessNotes) {
        this.assessNotes = assessNotes;
    }

    public String getLinkNotes() {
        return linkNotes;
    }

    public void setLinkNotes(String linkNotes) {
        this.linkNotes = linkNotes;
    }

    public String getFollowUpNotes() {
        return followUpNotes;
    }

    public void setFollowUpNotes(String followUpNotes) {
        this.followUpNotes = followUpNotes;
    }

    public List<String> getGroupsOffered() {
        return groupsOffered;
    }

    public void setGroupsOffered(List<String> groupsOffered) {
        this.groupsOffered = groupsOffered == null ? new ArrayList<>() : new ArrayList<>(groupsOffered);
    }

    public String getGroupsOther() {
        return groupsOther;
    }

    public void setGroupsOther(String groupsOther) {
        this.groupsOther = groupsOther;
    }

    public String getAttendedFirst() {
        return attendedFirst;
    }

    public void setAttendedFirst(String attendedFirst) {
        this.attendedFirst = attendedFirst;
    }

    public String getStillAttending() {
        return stillAttending;
    }

    public void setStillAttending(String stillAttending) {
        this.stillAttending = stillAttending;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
