package org.maple.course.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.DanosFramework.Alias;
import org.maple.course.entity.DanosFramework.Citation;
import org.maple.course.entity.DanosFramework.Confidence;
import org.maple.course.entity.DanosFramework.Uncertainty;
import org.maple.course.entity.DanosFramework.Unit;
import org.maple.course.entity.FileProblem;
import org.maple.platform.yaml.YamlMap;

/**
 * Reads {@code content/danos.yaml} into a {@link DanosFramework}, reporting every problem with
 * its line. A broken entry is reported and, when it has a usable code, still kept, so one typo
 * does not make every course that uses the unit fail too.
 */
public final class DanosFrameworkParser {

    /** The framework read (possibly partial) and every problem found. */
    public record Result(DanosFramework framework, List<FileProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** True when there are no problems other than notes. */
        public boolean valid() {
            return problems.stream().allMatch(FileProblem::isNote);
        }
    }

    /** A unit or alias code: capitals then digits, e.g. AF1, GEN36. */
    static final Pattern CODE = Pattern.compile("[A-Z]+[0-9]+");

    /** A version suffix: digits, e.g. 1 or 2012. */
    static final Pattern VERSION = Pattern.compile("[0-9]{1,4}");

    /** A code as a source cites it, with or without its version. */
    static final Pattern CITED = Pattern.compile("[A-Z]+[0-9]+(\\.[0-9]{1,4})?");

    /** Reads the file at {@code path}; problems name it {@code shownAs}. */
    public Result parse(Path path, String shownAs) {
        List<FileProblem> problems = new ArrayList<>();
        Optional<ContentFile.Read> read = ContentFile.read(path, shownAs, problems);
        if (read.isEmpty()) {
            return new Result(DanosFramework.empty(), problems);
        }
        Result r = parse(read.get().text(), shownAs);
        problems.addAll(r.problems());
        return new Result(r.framework(), problems);
    }

    /** Reads danos.yaml text; problems name it {@code shownAs}. */
    public Result parse(String text, String shownAs) {
        List<FileProblem> problems = new ArrayList<>();
        YamlMap.Reporter reporter = ContentFile.reporter(shownAs, problems);
        Optional<YamlMap> root = YamlMap.parse(text, 0, reporter);
        if (root.isEmpty()) {
            return new Result(DanosFramework.empty(), problems);
        }
        YamlMap y = root.get();
        String name = y.string("framework");
        int dataVersion = y.integer("dataVersion", 1, Integer.MAX_VALUE);
        int defaultRefresh = y.optionalInt("defaultRefreshMonths", 1, 240).orElse(24);
        Map<Confidence, String> levels = confidenceLevels(y);
        List<Unit> units = units(y, defaultRefresh, reporter);
        List<Alias> aliases = aliases(y, units);
        List<Uncertainty> uncertainties = uncertainties(y, units);
        y.rejectUnknown();
        return new Result(new DanosFramework(name, dataVersion, defaultRefresh, levels, units, aliases,
                uncertainties), problems);
    }

    private static Map<Confidence, String> confidenceLevels(YamlMap y) {
        Map<Confidence, String> levels = new EnumMap<>(Confidence.class);
        Optional<YamlMap> m = y.map("confidenceLevels");
        if (m.isEmpty()) {
            if (!y.has("confidenceLevels")) {
                y.problem("confidenceLevels", "required field 'confidenceLevels' is missing");
            }
            return levels;
        }
        for (Confidence c : Confidence.values()) {
            levels.put(c, m.get().string(c.word()));
        }
        m.get().rejectUnknown();
        return levels;
    }

    private static List<Unit> units(YamlMap y, int defaultRefresh, YamlMap.Reporter reporter) {
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap u : y.maps("units", true)) {
            String code = u.string("code");
            String version = u.string("version");
            String title = u.string("title");
            String description = u.string("description");
            Confidence confidence = confidence(u);
            String uncertainty = u.optionalString("uncertainty").orElse("");
            int refresh = u.optionalInt("refreshMonths", 1, 240).orElse(defaultRefresh);
            List<String> previous = previousVersions(u, version);
            List<Citation> citedAs = citations(u);
            if (confidence == Confidence.UNCONFIRMED && uncertainty.isEmpty()) {
                reporter.accept(u.line(), "unit '" + code + "' is unconfirmed: say why in 'uncertainty'");
            }
            u.rejectUnknown();
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                u.problem("code", "unit code '" + code + "' must be capitals then digits, e.g. AF1");
            } else if (!seen.add(code)) {
                u.problem("code", "unit '" + code + "' is listed twice");
            } else {
                units.add(new Unit(code, version, title, description,
                        confidence == null ? Confidence.UNCONFIRMED : confidence, uncertainty, refresh, previous,
                        citedAs));
            }
        }
        return units;
    }

    /** Earlier version suffixes of the unit's code, e.g. {@code ["1"]} for AF3 version 2014. */
    private static List<String> previousVersions(YamlMap u, String version) {
        List<String> previous = new ArrayList<>();
        for (YamlMap.Item item : u.items("previousVersions", false)) {
            if (item.value().equals(version) || previous.contains(item.value())) {
                u.problem("previousVersions", "previous version '" + item.value()
                        + "' repeats the unit's version or another previous version");
            } else if (!VERSION.matcher(item.value()).matches()) {
                u.problem("previousVersions", "previous version '" + item.value()
                        + "' must be a version suffix such as 1 or 2012");
            } else {
                previous.add(item.value());
            }
        }
        return previous;
    }

    /** Other codes sources use for this unit: {@code - code: AI2.2012, by: PHE (2015)}. */
    private static List<Citation> citations(YamlMap u) {
        List<Citation> out = new ArrayList<>();
        for (YamlMap c : u.maps("citedAs", false)) {
            String code = c.string("code");
            String by = c.string("by");
            String note = c.optionalString("note").orElse("");
            c.rejectUnknown();
            if (!code.isEmpty() && !CITED.matcher(code).matches()) {
                c.problem("code", "cited code '" + code + "' must look like AI2 or AI2.2012");
            } else if (!code.isEmpty() && !by.isEmpty()) {
                out.add(new Citation(code, by, note));
            }
        }
        return out;
    }

    /** The recorded uncertainties; each names units of this file. */
    private static List<Uncertainty> uncertainties(YamlMap y, List<Unit> units) {
        List<Uncertainty> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap m : y.maps("uncertainties", false)) {
            String id = m.string("id");
            List<YamlMap.Item> items = m.items("units", true);
            String question = m.string("question");
            String decision = m.string("decision");
            String status = m.string("status");
            String check = m.optionalString("check").orElse("");
            m.rejectUnknown();
            List<String> codes = new ArrayList<>();
            for (YamlMap.Item item : items) {
                if (units.stream().noneMatch(u -> u.code().equals(item.value()))) {
                    m.problem("units", "uncertainty '" + id + "' names '" + item.value()
                            + "', which is not a unit in this file");
                } else {
                    codes.add(item.value());
                }
            }
            if (!status.isEmpty() && !status.equals("open") && !status.equals("resolved")) {
                m.problem("status", "'status' must be open or resolved (found '" + status + "')");
            } else if (!id.isEmpty() && !ids.add(id)) {
                m.problem("id", "uncertainty '" + id + "' is listed twice");
            } else if (!id.isEmpty() && !codes.isEmpty()) {
                out.add(new Uncertainty(id, codes, question, decision, !"resolved".equals(status), check));
            }
        }
        return out;
    }

    /** The unit's title confidence, or null when missing or not one of the three words. */
    private static Confidence confidence(YamlMap u) {
        String word = u.string("titleConfidence");
        for (Confidence c : Confidence.values()) {
            if (c.word().equals(word)) {
                return c;
            }
        }
        if (!word.isEmpty()) {
            u.problem("titleConfidence", "'titleConfidence' must be confirmed, secondary or unconfirmed"
                    + " (found '" + word + "')");
        }
        return null;
    }

    private static List<Alias> aliases(YamlMap y, List<Unit> units) {
        List<Alias> aliases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        units.forEach(u -> seen.add(u.code()));
        for (YamlMap a : y.maps("aliases", false)) {
            String code = a.string("code");
            String current = a.string("current");
            String reason = a.string("reason");
            String note = a.optionalString("note").orElse("");
            a.rejectUnknown();
            if (code.isEmpty() || current.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                a.problem("code", "alias code '" + code + "' must be capitals then digits, e.g. GE8");
            } else if (!seen.add(code)) {
                a.problem("code", "code '" + code + "' is already a unit or an alias");
            } else if (!DanosFramework.ALIAS_REASONS.contains(reason)) {
                a.problem("reason", "alias reason must be one of " + String.join(", ", DanosFramework.ALIAS_REASONS)
                        + " (found '" + reason + "')");
            } else if (units.stream().noneMatch(u -> u.code().equals(current))) {
                a.problem("current", "alias '" + code + "' points to '" + current
                        + "', which is not a unit in this file");
            } else {
                aliases.add(new Alias(code, current, reason, note));
            }
        }
        return aliases;
    }
}
