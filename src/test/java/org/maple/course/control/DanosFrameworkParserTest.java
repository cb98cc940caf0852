package org.maple.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.maple.course.entity.DanosFramework;
import org.maple.course.entity.DanosFramework.Confidence;
import org.maple.course.entity.DanosFramework.Kind;
import org.maple.course.entity.DanosFramework.Unit;
import org.maple.course.entity.FileProblem;

/** Reading danos.yaml (the real one and broken ones) and resolving codes, aliases and versions. */
class DanosFrameworkParserTest {

    private static final String FILE = "content/danos.yaml";

    private static DanosFrameworkParser.Result parse(String text) {
        return new DanosFrameworkParser().parse(text, FILE);
    }

    private static List<String> problems(DanosFrameworkParser.Result r) {
        return r.problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void theRealDanosYamlParsesWithoutProblems() {
        Path real = Path.of(System.getProperty("user.dir"), "content", "danos.yaml");
        DanosFrameworkParser.Result r = new DanosFrameworkParser().parse(real, FILE);

        assertEquals(List.of(), problems(r));
        DanosFramework f = r.framework();
        assertEquals("DANOS", f.name());
        assertEquals(2, f.dataVersion());
        assertEquals(24, f.defaultRefreshMonths());
        assertEquals(3, f.confidenceLevels().size());
        assertEquals(List.of("AF1", "AF2", "AF3", "AI1", "AI2", "AI3", "AB7", "AD1", "GE1", "GEN36"),
                f.units().stream().map(Unit::code).toList());
        assertEquals(List.of("GE8", "AC2"), f.aliases().stream().map(DanosFramework.Alias::code).toList());

        Unit ai2 = f.unit("AI2").orElseThrow();
        assertEquals("2012", ai2.version());
        assertEquals(Confidence.UNCONFIRMED, ai2.titleConfidence());
        assertEquals(24, ai2.refreshMonths());
        assertTrue(ai2.uncertainty().startsWith("PHE (2015) gives this title under AI1.2012."));
        assertEquals("", f.unit("AI3").orElseThrow().uncertainty());

        assertEquals(Optional.of("AB7"), f.currentCodeOf("GE8"));
        assertEquals(Optional.of("GEN36"), f.currentCodeOf("AC2"));
        assertEquals(Optional.of("AF1"), f.currentCodeOf("AF1.2012"));
        assertEquals(Optional.of("AI3"), f.currentCodeOf("AI3.1"));

        assertEquals(Kind.PREVIOUS_VERSION, f.lookup("AF3.1").kind());
        assertEquals(Optional.of("AF3"), f.currentCodeOf("AF3.1"));
        assertEquals(12, f.unit("GEN36").orElseThrow().refreshMonths());
        assertEquals("AI2.2012", f.unit("AI1").orElseThrow().citedAs().get(0).code());
        assertEquals("AI1.2012", ai2.citedAs().get(0).code());
        DanosFramework.Uncertainty swap = f.uncertaintiesOf("AI2").get(0);
        assertEquals("ai1-ai2-swap", swap.id());
        assertEquals(List.of("AI1", "AI2"), swap.units());
        assertTrue(swap.open());
        assertTrue(swap.decision().contains("infers that the action-plan unit is AI2.2012"));
        assertEquals(List.of("GE8"), f.aliasesOf("AB7").stream().map(DanosFramework.Alias::code).toList());
    }

    @Test
    void earlierVersionsCitationsAndUncertaintiesAreData() {
        DanosFrameworkParser.Result r = parse("""
                framework: DANOS
                dataVersion: 2
                confidenceLevels:
                  confirmed: a
                  secondary: b
                  unconfirmed: c
                units:
                  - code: AF3
                    version: "2014"
                    previousVersions: ["1"]
                    title: T
                    titleConfidence: secondary
                    description: D
                    citedAs:
                      - code: AF3.2014
                        by: PHE (2015)
                  - code: AI1
                    version: "2012"
                    title: T
                    titleConfidence: confirmed
                    description: D
                uncertainties:
                  - id: swap
                    units: [AI1]
                    question: Q?
                    decision: D.
                    status: resolved
                """);
        assertEquals(List.of(), problems(r));
        DanosFramework f = r.framework();
        assertEquals(Kind.PREVIOUS_VERSION, f.lookup("AF3.1").kind());
        assertEquals("DANOS code 'AF3.1' is an earlier version of AF3.2014; it is recorded as AF3",
                f.lookup("AF3.1").message());
        assertEquals(Kind.VERSION_MISMATCH, f.lookup("AF3.2012").kind());
        assertEquals(List.of("1"), f.unit("AF3").orElseThrow().previousVersions());
        assertEquals("PHE (2015)", f.unit("AF3").orElseThrow().citedAs().get(0).by());
        assertFalse(f.uncertaintiesOf("AI1").get(0).open());
        assertEquals(List.of(), f.uncertaintiesOf("AF3"));
    }

    @Test
    void badAliasReasonsVersionsAndUncertaintiesAreReported() {
        DanosFrameworkParser.Result r = parse("""
                framework: DANOS
                dataVersion: 2
                confidenceLevels:
                  confirmed: a
                  secondary: b
                  unconfirmed: c
                units:
                  - code: AF3
                    version: "2014"
                    previousVersions: ["2014", "v1"]
                    title: T
                    titleConfidence: secondary
                    description: D
                aliases:
                  - code: XX1
                    current: AF3
                    reason: vanished
                uncertainties:
                  - id: u1
                    units: [ZZ9]
                    question: Q
                    decision: D
                    status: maybe
                """);
        assertEquals(List.of(
                FILE + ":10: previous version '2014' repeats the unit's version or another previous version",
                FILE + ":10: previous version 'v1' must be a version suffix such as 1 or 2012",
                FILE + ":17: alias reason must be one of renamed, superseded, reverted, merged (found 'vanished')",
                FILE + ":20: uncertainty 'u1' names 'ZZ9', which is not a unit in this file",
                FILE + ":23: 'status' must be open or resolved (found 'maybe')"), problems(r));
        assertEquals(List.of(), r.framework().aliases());
        assertEquals(List.of(), r.framework().uncertainties());
    }

    @Test
    void codesAliasesAndVersions() {
        DanosFramework f = CourseFixture.framework();

        assertTrue(f.knows("AF1"));
        assertTrue(f.knows("GE8"));
        assertTrue(f.knows("AF1.2012"));
        assertFalse(f.knows("AF1.2014"));
        assertFalse(f.knows("XX1"));
        assertEquals(Optional.of("AF1"), f.currentCodeOf("AF1"));
        assertEquals(Optional.of("AB7"), f.currentCodeOf("GE8"));
        assertEquals(Optional.empty(), f.currentCodeOf("AF1.2014"));
        assertEquals(Optional.empty(), f.currentCodeOf("XX1"));

        assertEquals(Kind.VERSION_MISMATCH, f.lookup("AF1.2014").kind());
        assertEquals("DANOS code 'AF1.2014' has version 2014 but danos.yaml holds AF1 version 2012",
                f.lookup("AF1.2014").message());
        assertEquals(Kind.ALIAS, f.lookup("GE8").kind());
        assertEquals("unknown DANOS code 'af1': it is not in content/danos.yaml (codes are written in capitals: AF1)",
                f.lookup("af1").message());
        assertEquals(36, f.unit("AI3").orElseThrow().refreshMonths());
        assertEquals(24, f.unit("AF1").orElseThrow().refreshMonths());
    }

    @Test
    void problemsAreReportedWithLines() {
        DanosFrameworkParser.Result r = parse("""
                framework: DANOS
                dataVersion: 1
                confidenceLevels:
                  confirmed: a
                  secondary: b
                  unconfirmed: c
                units:
                  - code: AF1
                    version: "2012"
                    title: T
                    titleConfidence: sure
                    description: D
                    colour: red
                  - code: AF1
                    version: "2014"
                    title: T
                    titleConfidence: confirmed
                    description: D
                aliases:
                  - code: GE8
                    current: AB7
                    reason: renamed
                """);
        assertEquals(List.of(
                FILE + ":11: 'titleConfidence' must be confirmed, secondary or unconfirmed (found 'sure')",
                FILE + ":13: unknown field 'colour'",
                FILE + ":14: unit 'AF1' is listed twice",
                FILE + ":21: alias 'GE8' points to 'AB7', which is not a unit in this file"), problems(r));
        assertFalse(r.valid());
        assertEquals(1, r.framework().units().size());
        assertEquals(List.of(), r.framework().aliases());
    }

    @Test
    void syntaxErrorGivesAnEmptyFramework() {
        DanosFrameworkParser.Result r = parse("framework: DANOS\nunits: [\n");
        assertFalse(r.valid());
        assertTrue(r.problems().get(0).reason().startsWith("YAML syntax: "));
        assertEquals(List.of(), r.framework().units());
    }
}
