package org.maple.practice.web;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.DirectoryService;
import org.maple.practice.boundary.PracticeRecords.DirectoryFilter;
import org.maple.practice.boundary.PracticeRecords.GroupView;
import org.maple.practice.entity.Fellowship;
import org.maple.platform.web.Pages;

/** The local mutual aid directory for all staff: search by GET parameters (bookmarkable), print for clients. */
@Named
@RequestScoped
public class DirectoryView {

    @Inject
    DirectoryService service;

    @Inject
    java.time.Clock clock;

    private String fellowship;
    private String day;
    private boolean openOnly;
    private String online;
    private String q;
    private List<GroupView> groups = List.of();

    public void load() {
        try {
            Boolean onlineFilter = "online".equals(online) ? Boolean.TRUE : "in-person".equals(online) ? Boolean.FALSE : null;
            groups = service.search(new DirectoryFilter(fellowship, day, openOnly, onlineFilter, q));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public Fellowship[] getFellowships() {
        return Fellowship.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek d) {
        return d.name().charAt(0) + d.name().substring(1).toLowerCase();
    }

    public List<GroupView> getGroups() {
        return groups;
    }

    /** Today's date in words, printed on the list a keyworker hands to a client. */
    public String getPrintedOn() {
        return java.time.LocalDate.now(clock)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    public int getStaleDays() {
        return service.staleDays();
    }

    public String getFellowship() {
        return fellowship;
    }

    public void setFellowship(String fellowship) {
        this.fellowship = fellowship;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getOnline() {
        return online;
    }

    public void setOnline(String online) {
        this.online = online;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
