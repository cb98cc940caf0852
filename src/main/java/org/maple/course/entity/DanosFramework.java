package org.maple.course.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DANOS competency framework as read from {@code content/danos.yaml}: its units, the aliases
 * of superseded or renamed codes, and what MAPLE is unsure of. Immutable. Codes may be written plain
 * ({@code AF1}), versioned ({@code AF1.2012}: accepted when the version is the unit's version or one
 * of its {@code previousVersions}) or as an alias ({@code GE8}, resolved to its current unit).
 */
public record DanosFramework(String name, int dataVersion, int defaultRefreshMonths,
        Map<Confidence, String> confidenceLevels, List<Unit> units, List<Alias> aliases,
        List<Uncertainty> uncertainties) implements java.io.Serializable {

    /** How sure MAPLE is of a unit's title. */
    public enum Confidence {
        CONFIRMED, SECONDARY, UNCONFIRMED;

        /** The lower-case word used in danos.yaml. */
        public String word() {
            return name().toLowerCase();
        }
    }

    /** Why an alias exists: the words allowed in danos.yaml's {@code reason}. */
    public static final List<String> ALIAS_REASONS = List.of("renamed", "superseded", "reverted", "merged");

    /**
     * One competence unit. {@code uncertainty} is empty when nothing is in doubt;
     * {@code refreshMonths} is the unit's own value or the framework's default;
     * {@code previousVersions} are older version suffixes of the same code that still mean this unit;
     * {@code citedAs} lists other codes that sources use for this unit (e.g. PHE's AI2.2012 for AI1).
     */
    public record Unit(String code, String version, String title, String description,
            Confidence titleConfidence, String uncertainty, int refreshMonths, List<String> previousVersions,
            List<Citation> citedAs) implements java.io.Serializable {

        public Unit {
            previousVersions = List.copyOf(previousVersions);
            citedAs = List.copyOf(citedAs);
        }

        /** A unit with no earlier versions and no other citations. */
        public Unit(String code, String version, String title, String description, Confidence titleConfidence,
                String uncertainty, int refreshMonths) {
            this(code, version, title, description, titleConfidence, uncertainty, refreshMonths, List.of(), List.of());
        }

        /** The code with its version suffix, e.g. {@code AF1.2012}. */
        public String versionedCode() {
            return code + "." + version;
        }
    }

    /** Another code a source uses for a unit: {@code by} names the source. */
    public record Citation(String code, String by, String note) implements java.io.Serializable {
    }

    /** A superseded or renamed code that stands for the current unit {@code current}. */
    public record Alias(String code, String current, String reason, String note) implements java.io.Serializable {
    }

    /**
     * Something MAPLE is not sure of, recorded as data: the units it touches, the question, the choice
     * MAPLE made meanwhile, whether it is still open, and where to check.
     */
    public record Uncertainty(String id, List<String> units, String question, String decision, boolean open,
            String check) implements java.io.Serializable {

        public Uncertainty {
            units = List.copyOf(units);
        }
    }

    /** What a written code means in this framework. */
    public enum Kind {
        /** A unit, plain or with its own version. */
        UNIT,
        /** An alias of a current unit: accepted, worth telling the author. */
        ALIAS,
        /** A unit code with one of its earlier versions: accepted as the current unit, worth telling the author. */
        PREVIOUS_VERSION,
        /** A unit code with a version the framework does not hold. */
        VERSION_MISMATCH,
        /** Not in the framework. */
        UNKNOWN
    }

    /**
     * The meaning of a written code: {@code currentCode} is the unit it stands for (empty unless
     * accepted); {@code message} explains anything but a plain unit, for authors.
     */
    public record Lookup(String code, Kind kind, String currentCode, String message) implements java.io.Serializable {

        /** True for a unit, an alias or an earlier version of a unit: a code a course may use. */
        public boolean accepted() {
            return kind == Kind.UNIT || kind == Kind.ALIAS || kind == Kind.PREVIOUS_VERSION;
        }
    }

    public DanosFramework {
        confidenceLevels = Map.copyOf(confidenceLevels);
        units = List.copyOf(units);
        aliases = List.copyOf(aliases);
        uncertainties = List.copyOf(uncertainties);
    }

    /** A framework without recorded uncertainties. */
    public DanosFramework(String name, int dataVersion, int defaultRefreshMonths,
            Map<Confidence, String> confidenceLevels, List<Unit> units, List<Alias> aliases) {
        this(name, dataVersion, defaultRefreshMonths, confidenceLevels, units, aliases, List.of());
    }

    /** A framework with no units, used when danos.yaml cannot be read. */
    public static DanosFramework empty() {
        return new DanosFramework("DANOS", 0, 24, Map.of(), List.of(), List.of(), List.of());
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

    /** The aliases that stand for a current unit (its superseded or renamed codes). */
    public List<Alias> aliasesOf(String currentCode) {
        return aliases.stream().filter(a -> a.current().equals(currentCode)).toList();
    }

    /** The recorded uncertainties that touch a unit. */
    public List<Uncertainty> uncertaintiesOf(String code) {
        return uncertainties.stream().filter(u -> u.units().contains(code)).toList();
    }

    /** Explains what a written code means here, with a message fit to show an author. */
    public Lookup lookup(String written) {
        String code = written == null ? "" : written.strip();
        int dot = code.indexOf('.');
        String base = dot < 0 ? code : code.substring(0, dot);
        String version = dot < 0 ? null : code.substring(dot + 1);
        Optional<Unit> unit = unit(base);
        if (unit.isPresent()) {
            Unit u = unit.get();
            if (version == null || version.equals(u.version())) {
                return new Lookup(code, Kind.UNIT, base, "");
            }
            if (u.previousVersions().contains(version)) {
                return new Lookup(code, Kind.PREVIOUS_VERSION, base, "DANOS code '" + code
                        + "' is an earlier version of " + u.versionedCode() + "; it is recorded as " + base);
            }
            return new Lookup(code, Kind.VERSION_MISMATCH, "", "DANOS code '" + code + "' has version "
                    + version + " but danos.yaml holds " + base + " version " + u.version());
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
