package org.maple.practice.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maple.practice.entity.MeetingTarget;

/**
 * The practice feature's settings (MicroProfile Config; environment variables override, see the
 * README's configuration table):
 * <ul>
 * <li>{@code maple.practice.meetings.target} / {@code .kinds} / {@code .months}: the induction's
 * open-meeting target (default 3 meetings of 2 kinds in 3 months);</li>
 * <li>{@code maple.practice.meetings.slack-days}: how long before the start date a meeting may be
 * dated (default 28: visits while shadowing or before the first day);</li>
 * <li>{@code maple.practice.directory.stale-days}: a directory entry not verified for this many days
 * is stale (default 180).</li>
 * </ul>
 */
@ApplicationScoped
public class PracticeSettings {

    @Inject
    @ConfigProperty(name = "maple.practice.meetings.target", defaultValue = "3")
    int meetings;

    @Inject
    @ConfigProperty(name = "maple.practice.meetings.kinds", defaultValue = "2")
    int kinds;

    @Inject
    @ConfigProperty(name = "maple.practice.meetings.months", defaultValue = "3")
    int months;

    @Inject
    @ConfigProperty(name = "maple.practice.meetings.slack-days", defaultValue = "28")
    int slackDays;

    @Inject
    @ConfigProperty(name = "maple.practice.directory.stale-days", defaultValue = "180")
    int staleDays;

    private MeetingTarget target;

    /** Works the target out once, at start: a contradiction in the settings is logged once, not on every use. */
    @PostConstruct
    void init() {
        try {
            target = new MeetingTarget(meetings, kinds, months);
        } catch (IllegalArgumentException e) {
            java.util.logging.Logger.getLogger(PracticeSettings.class.getName())
                    .warning("Meeting target settings ignored (" + e.getMessage() + "): using 3 meetings, 2 kinds, 3 months");
            target = MeetingTarget.standard();
        }
    }

    /** The configured target; the default target when the settings contradict each other. */
    public MeetingTarget meetingTarget() {
        return target;
    }

    public int slackDays() {
        return Math.max(0, slackDays);
    }

    public int staleDays() {
        return Math.max(1, staleDays);
    }
}
