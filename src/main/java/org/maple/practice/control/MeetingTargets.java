package org.maple.practice.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.identity.entity.Person;
import org.maple.practice.entity.MeetingLog;

/** A person's progress towards the configured meeting target, from their log, today. */
@Dependent
public class MeetingTargets {

    @Inject
    PracticeSettings settings;

    @Inject
    Clock clock;

    public MeetingTargetRule.Progress progress(Person person, List<MeetingLog> theirs) {
        List<MeetingTargetRule.Meeting> meetings = theirs.stream()
                .map(m -> new MeetingTargetRule.Meeting(m.getAttendedOn(), m.getFellowship(), m.getOtherFellowship(),
                        m.getReview().isVerified()))
                .toList();
        return MeetingTargetRule.progress(settings.meetingTarget(), settings.slackDays(), person.getStartDate(),
                meetings, LocalDate.now(clock));
    }
}
