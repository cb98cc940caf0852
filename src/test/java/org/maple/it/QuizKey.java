package org.maple.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.maple.quiz.control.BankParser;
import org.maple.quiz.entity.Question;
import org.maple.quiz.entity.QuestionBank;

/**
 * The answer key a test holds (read from the bank file, as a trainer would): turns a question of an
 * attempt sheet (as the browser gets it, texts in screen order) into the right — or a wrong — answer
 * in screen positions, as JSON for {@code PUT /api/me/attempts/{id}/answers/{q}}.
 */
public final class QuizKey {

    private final QuestionBank bank;

    private QuizKey(QuestionBank bank) {
        this.bank = bank;
    }

    public static QuizKey of(Path bankFile, String course) {
        try {
            return new QuizKey(BankParser.parse(bankFile.toString(), Files.readAllBytes(bankFile), course).bank()
                    .orElseThrow(() -> new AssertionError("bank does not parse: " + bankFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of the repository's bank for a course. */
    public static QuizKey of(String course) {
        return of(Path.of(System.getProperty("maple.root", ".")).resolve("quizzes/" + course + ".yaml"), course);
    }

    public Question question(String id) {
        return bank.question(id).orElseThrow(() -> new AssertionError("no question " + id));
    }

    /** The right answer to a sheet question, in screen positions. */
    public String right(JsonObject sheetQuestion) {
        return answer(sheetQuestion, true);
    }

    /** A wrong answer (earning no credit) to a sheet question, in screen positions. */
    public String wrong(JsonObject sheetQuestion) {
        return answer(sheetQuestion, false);
    }

    private String answer(JsonObject sq, boolean right) {
        Question q = question(sq.getString("id"));
        List<String> shown = texts(sq.getJsonArray("options"));
        switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> {
                JsonArrayBuilder chosen = Json.createArrayBuilder();
                for (Question.Option o : q.options()) {
                    if (o.correct() == right) {
                        chosen.add(shown.indexOf(o.text()));
                        if (!right) {
                            break; // one wrong option only: never credit
                        }
                    }
                }
                return Json.createObjectBuilder().add("choice", chosen).build().toString();
            }
            case MATCHING -> {
                List<String> matches = sq.getJsonArray("matches").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
                JsonArrayBuilder per = Json.createArrayBuilder();
                for (String prompt : texts(sq.getJsonArray("prompts"))) {
                    if (!right) {
                        per.add(-1);
                        continue;
                    }
                    String match = q.pairs().stream().filter(p -> p.prompt().equals(prompt)).findFirst().orElseThrow().match();
                    per.add(matches.indexOf(match));
                }
                return Json.createObjectBuilder().add("matching", per).build().toString();
            }
            case ORDERING -> {
                JsonArray items = sq.getJsonArray("items");
                List<String> itemTexts = texts(items);
                List<Integer> ids = new ArrayList<>();
                for (Question.Item i : q.items()) {
                    ids.add(items.getJsonObject(itemTexts.indexOf(i.text())).getInt("index"));
                }
                if (!right) {
                    java.util.Collections.reverse(ids); // reversed: every item out of place for 3+ items except a middle one
                }
                JsonArrayBuilder order = Json.createArrayBuilder();
                ids.forEach(order::add);
                return Json.createObjectBuilder().add("ordering", order).build().toString();
            }
            case SHORT -> {
                return Json.createObjectBuilder().add("text", right ? q.accepted().get(0).text() : "zzz not an answer").build().toString();
            }
            default -> throw new IllegalStateException();
        }
    }

    private static List<String> texts(JsonArray parts) {
        List<String> out = new ArrayList<>();
        if (parts != null) {
            for (JsonValue v : parts) {
                out.add(v.asJsonObject().getString("text"));
            }
        }
        return out;
    }
}
