package org.maple.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.practice.boundary.MeetingLogService;
import org.maple.practice.boundary.PracticeRecords.MeetingProgress;

/** The meeting-target panel included in "My induction". */
@Named
@RequestScoped
public class MeetingTargetView {

    @Inject
    MeetingLogService service;

    private MeetingProgress progress;

    @PostConstruct
    void load() {
        progress = service.myProgress();
    }

    public MeetingProgress getProgress() {
        return progress;
    }
}
