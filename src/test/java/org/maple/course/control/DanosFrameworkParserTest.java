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
        assertEquals(1, f.dataVersion());
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
