package org.maple.practice.entity;

/**
 * The induction's open-meeting target: at least {@code meetings} meetings of at least {@code kinds}
 * different fellowships within {@code months} months of the start date (PHE: new staff attend a range
 * of local meetings in their first months). Configured by {@code MAPLE_PRACTICE_MEETINGS_TARGET},
 * {@code _KINDS} and {@code _MONTHS}; defaults 3, 2, 3.
 */
public record MeetingTarget(int meetings, int kinds, int months) implements java.io.Serializable {

    public MeetingTarget {
        if (meetings < 1 || kinds < 1 || months < 1) {
            throw new IllegalArgumentException("the meeting target needs at least 1 meeting, 1 kind and 1 month");
        }
        if (kinds > meetings) {
            throw new IllegalArgumentException("the meeting target cannot ask for more kinds (" + kinds
                    + ") than meetings (" + meetings + ")");
        }
    }

    public static MeetingTarget standard() {
        return new MeetingTarget(3, 2, 3);
    }

    public String describe() {
        return "at least " + meetings + (meetings == 1 ? " open meeting" : " open meetings") + " of at least " + kinds
                + (kinds == 1 ? " kind" : " different kinds") + " in your first " + months
                + (months == 1 ? " month" : " months");
    }
}
