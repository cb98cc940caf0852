package org.maple.course.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DANOS competency framework as read from {@code content/danos.yaml}: its units and the aliases
 * of superseded codes. Immutable. Codes may be written plain ({@code AF1}), versioned
 * ({@code AF1.2012}: accepted only when the version is the unit's version) or as an alias
 * ({@code GE8}, resolved to its current unit).
 */
public record DanosFramework(String name, int dataVersion, int defaultRefreshMonths,
        Map<Confidence, String> confidenceLevels, List<Unit> units, List<Alias> aliases) {

    /** How sure MAPLE is of a unit's title. */
    public enum Confidence {
        CONFIRMED, SECONDARY, UNCONFIRMED;

        /** The lower-case word used in danos.yaml. */
        public String word() {
            return name().toLowerCase();
        }
    }

    /**
     * One competence unit. {@code uncertainty} is empty when nothing is in doubt;
     * {@code refreshMonths} is the unit's own value or the framework's default.
     */
    public record Unit(String code, String version, String title, String description,
            Confidence titleConfidence, String uncertainty, int refreshMonths) {
    }

    /** A superseded or renamed code that stands for the current unit {@code current}. */
    public record Alias(String code, String current, String reason, String note) {
    }

    /** What a written code means in this framework. */
    public enum Kind {
        /** A unit, plain or with its own version. */
        UNIT,
        /** An alias of a current unit: accepted, worth telling the author. */
        ALIAS,
        /** A unit code with a version the framework does not hold. */
        VERSION_MISMATCH,
        /** Not in the framework. */
        UNKNOWN
    }

    /**
     * The meaning of a written code: {@code currentCode} is the unit it stands for (empty unless
     * the kind is UNIT or ALIAS); {@code message} explains anything but a plain unit, for authors.
     */
    public record Lookup(String code, Kind kind, String currentCode, String message) {

        /** True for a unit or an alias: a code a course may use. */
        public boolean accepted() {
            return kind == Kind.UNIT || kind == Kind.ALIAS;
        }
    }

    public DanosFramework {
        confidenceLevels = Map.copyOf(confidenceLevels);
        units = List.copyOf(units);
        aliases = List.copyOf(aliases);
    }

    /** A framework with no units, used when danos.yaml cannot be read. */
    public static DanosFramework empty() {
        return new DanosFramework("DANOS", 0, 24, Map.of(), List.of(), List.of());
    }

    /** True when the code is a unit (plain, or with the unit's version) or an alias. */
    public boolean knows(String code) {
        return lookup(code).accepted();
    }

    /** The current unit code a written code stands for; empty when not accepted. */
    public Optional<String> currentCodeOf(String code) {
        Lookup l = lookup(code);
        return l.accepted() ? Optional.of(l.currentCode()) : Optional.empty();
    }

    /** The unit with this exact current code. */
    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The alias with this exact code. */
    public Optional<Alias> alias(String code) {
        return aliases.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Explains what a written code means here, with a message fit to show an author. */
    public Lookup lookup(String written) {
        String code = written == null ? "" : written.strip();
        int dot = code.indexOf('.');
        String base = dot < 0 ? code : code.substring(0, dot);
        String version = dot < 0 ? null : code.substring(dot + 1);
        Optional<Unit> unit = unit(base);
        if (unit.isPresent()) {
            if (version == null || version.equals(unit.get().version())) {
                return new Lookup(code, Kind.UNIT, base, "");
            }
            return new Lookup(code, Kind.VERSION_MISMATCH, "", "DANOS code '" + code + "' has version "
                    + version + " but danos.yaml holds " + base + " version " + unit.get().version());
        }
        Optional<Alias> alias = alias(base);
        if (alias.isPresent()) {
            Alias a = alias.get();
            return new Lookup(code, Kind.ALIAS, a.current(), "DANOS code '" + code + "' is an alias of "
                    + a.current() + " (" + a.reason() + "); it is recorded as " + a.current());
        }
        String hint = !code.equals(code.toUpperCase()) && lookup(code.toUpperCase()).accepted()
                ? " (codes are written in capitals: " + code.toUpperCase() + ")"
                : "";
        return new Lookup(code, Kind.UNKNOWN, "", "unknown DANOS code '" + code
                + "': it is not in content/danos.yaml" + hint);
    }
}
