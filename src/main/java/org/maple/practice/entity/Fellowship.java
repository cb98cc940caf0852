package org.maple.practice.entity;

import java.util.Locale;
import java.util.Optional;

/** The mutual aid fellowships and organisations MAPLE knows; {@link #OTHER} carries a name elsewhere. */
public enum Fellowship {
    AA("Alcoholics Anonymous (AA)", false),
    NA("Narcotics Anonymous (NA)", false),
    CA("Cocaine Anonymous (CA)", false),
    DAA("Drug Addicts Anonymous (DAA)", false),
    SMART_RECOVERY("SMART Recovery", false),
    AL_ANON("Al-Anon", true),
    FAMILIES_ANONYMOUS("Families Anonymous", true),
    SMART_FAMILY_FRIENDS("SMART Family & Friends", true),
    OTHER("Other", false);

    private final String label;
    private final boolean familyGroup;

    Fellowship(String label, boolean familyGroup) {
        this.label = label;
        this.familyGroup = familyGroup;
    }

    public String label() {
        return label;
    }

    /** Groups for families and friends of people who use substances (evidence for the family-support unit). */
    public boolean familyGroup() {
        return familyGroup;
    }

    /** Reads a fellowship loosely: enum name, abbreviation or full name ("SMART F&F", "Alcoholics Anonymous"). */
    public static Optional<Fellowship> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]", "");
        return Optional.ofNullable(switch (t) {
            case "aa", "alcoholicsanonymous" -> AA;
            case "na", "narcoticsanonymous" -> NA;
            case "ca", "cocaineanonymous" -> CA;
            case "daa", "drugaddictsanonymous" -> DAA;
            case "smart", "smartrecovery" -> SMART_RECOVERY;
            case "alanon", "alanonfamilygroups", "alateen" -> AL_ANON;
            case "fa", "familiesanonymous" -> FAMILIES_ANONYMOUS;
            case "smartfamilyfriends", "smartfamilyandfriends", "smartfandf", "smartff" -> SMART_FAMILY_FRIENDS;
            case "other" -> OTHER;
            default -> null;
        });
    }
}
