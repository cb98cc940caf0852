package org.maple.authoring.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** The starting files of a new course and of a new lesson: valid shapes a trainer fills in. */
public final class NewCourse {

    private NewCourse() {
    }

    public static Map<String, String> files(String code) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DraftPaths.descriptor(code), "id: " + code + "\ntitle: New course\nsummary: What the course is about.\n"
                + "audience: New keyworkers\nestimatedMinutes: 20\ninduction: false\nassignedTo: [learner]\ndanos: [AF1]\n"
                + "objectives:\n  - id: first\n    text: The first thing a learner will be able to do\n"
                + "sources:\n  - id: S0\n    cite: The source this course is written from\n"
                + "lessons:\n  - first-lesson.md\n");
        out.put(DraftPaths.lesson(code, "first-lesson"), lesson("First lesson").replace("courseObjectives: []",
                "courseObjectives: [first]"));
        out.put(DraftPaths.bank(code), "course: " + code + "\nquiz:\n  perObjective: 1\n\nquestions:\n"
                + "  - id: first-question\n    type: truefalse\n    objective: first\n    danos: [AF1]\n"
                + "    stem: A statement to judge true or false.\n    answer: true\n"
                + "    feedbackTrue: Why true is right.\n    feedbackFalse: Why false is wrong.\n"
                + "    explanation: The explanation a learner sees.\n");
        return out;
    }

    /** A new lesson's file: front matter and the two required sections. */
    public static String lesson(String title) {
        return "---\ntitle: " + YamlBlocks.quote(title) + "\nminutes: 10\nobjectives:\n  - What the learner will be able to do\n"
                + "courseObjectives: []\ndanos: [AF1]\nsources:\n  - \"S0: section\"\n---\n\nWrite the lesson here.\n\n"
                + "## Practice scenario\n\nA short case to think about.\n\n## Key points\n\n- The main point\n";
    }
}
