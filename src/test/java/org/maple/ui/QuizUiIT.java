package org.maple.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maple.it.Deployments;
import org.maple.it.QuizKey;
import org.maple.quiz.entity.Question;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, by keyboard only: a learner walks a whole course, lesson by lesson, then takes
 * its quiz; another takes a quiz with every kind of question (choice, multiple response, matching
 * from lists, ordering with buttons, short text), reloads the page half-way and finds the answers
 * saved, submits and sees the result. Every page is scanned by axe-core.
 */
@RunAsClient
@ExtendWith({BrowserAvailable.class, ArquillianExtension.class})
class QuizUiIT {

    static final String COURSE = "mutual-aid-essentials";
    static final String ALL_TYPES_COURSE = "family-groups";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        Path copy = Deployments.contentCopy("quizui");
        Files.writeString(copy.resolve("quizzes/" + ALL_TYPES_COURSE + ".yaml"), allTypesBank());
        return Deployments.app("quizui", copy);
    }

    @Test
    void aLearnerWalksAWholeCourseAndPassesItsQuizByKeyboard() {
        QuizKey key = QuizKey.of(COURSE);
        try (Browser b = Browser.start()) {
            signIn(b, "learner@maple.test");
            b.press(By.linkText("Mutual aid: essentials and evidence"));
            b.waitForUrl("course.xhtml");
            b.press(By.id("resume"));
            int lessons = 0;
            while (true) {
                b.waitForUrl("lesson.xhtml");
                assertTrue(b.text(By.id("lesson-body")).length() > 500, "lesson text is shown");
                lessons++;
                boolean last = b.text(By.id("done:complete")).contains("finish");
                b.press(By.id("done:complete"));
                if (last) {
                    break;
                }
            }
            b.waitForUrl("course.xhtml");
            assertEquals(6, lessons);
            b.press(By.id("open-quiz"));
            b.waitForUrl("quiz.xhtml");
            b.press(By.id("start:start-attempt"));
            b.waitForUrl("attempt.xhtml");
            answerEveryQuestion(b, key);
            b.press(By.id("submit-attempt"));
            b.waitForUrl("result.xhtml");
            assertTrue(b.text(By.id("verdict")).contains("You passed"), b.text(By.id("result-summary")));
            assertTrue(b.text(By.id("result-summary")).contains("You have completed this course"), b.text(By.id("result-summary")));
            b.screenshot("quiz-result");
        }
    }

    @Test
    void everyKindOfQuestionWorksByKeyboardAndAnswersSurviveAReload() {
        QuizKey key = QuizKey.of(Deployments.contentCopyPath("quizui").resolve("quizzes/" + ALL_TYPES_COURSE + ".yaml"), ALL_TYPES_COURSE);
        try (Browser b = Browser.start()) {
            signIn(b, "sam@maple.test");
            b.get(base + "learner/quiz/quiz.xhtml?c=" + ALL_TYPES_COURSE);
            b.press(By.id("start:start-attempt"));
            b.waitForUrl("attempt.xhtml");
            List<WebElement> questions = b.driver().findElements(By.cssSelector("fieldset.question"));
            Set<String> kinds = new TreeSet<>();
            for (WebElement fs : questions) {
                kinds.add(key.question(fs.getAttribute("data-q")).type().id());
            }
            assertEquals(Set.of("single", "multiple", "matching", "ordering", "short"), kinds);
            answer(b, key, questions.get(0));
            answer(b, key, questions.get(1));
            answer(b, key, questions.get(2));
            waitForSaved(b, 3, questions.size());
            b.screenshot("quiz-attempt");

            b.driver().navigate().refresh();
            b.waitForUrl("attempt.xhtml");
            assertTrue(b.text(By.id("answered-count")).startsWith("3 of " + questions.size()),
                    "answers saved as given survive a reload: " + b.text(By.id("answered-count")));
            questions = b.driver().findElements(By.cssSelector("fieldset.question"));
            for (int i = 3; i < questions.size(); i++) {
                answer(b, key, questions.get(i));
            }
            b.press(By.id("submit-attempt"));
            b.waitForUrl("result.xhtml");
            assertTrue(b.text(By.id("score")).contains("100"), b.text(By.id("result-summary")));
        }
    }

    // ------------------------------------------------------------------ keyboard helpers

    static void answerEveryQuestion(Browser b, QuizKey key) {
        List<WebElement> questions = b.driver().findElements(By.cssSelector("fieldset.question"));
        for (WebElement fs : questions) {
            answer(b, key, fs);
        }
        waitForSaved(b, questions.size(), questions.size());
    }

    /** Gives the right answer to one question using the keyboard only. */
    static void answer(Browser b, QuizKey key, WebElement fs) {
        Question q = key.question(fs.getAttribute("data-q"));
        switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> {
                for (Question.Option o : q.options()) {
                    if (o.correct()) {
                        WebElement label = fs.findElements(By.tagName("label")).stream()
                                .filter(l -> l.getText().trim().equals(o.text().trim())).findFirst()
                                .orElseThrow(() -> new AssertionError("no option '" + o.text() + "' in " + q.id()));
                        fs.findElement(By.id(label.getAttribute("for"))).sendKeys(Keys.SPACE);
                    }
                }
            }
            case MATCHING -> {
                for (WebElement li : fs.findElements(By.cssSelector("ul.matching li"))) {
                    String prompt = li.findElement(By.tagName("label")).getText().trim();
                    String match = q.pairs().stream().filter(p -> p.prompt().trim().equals(prompt)).findFirst().orElseThrow().match();
                    WebElement select = li.findElement(By.tagName("select"));
                    List<String> options = select.findElements(By.tagName("option")).stream().map(o -> o.getText().trim()).toList();
                    int target = options.indexOf(match.trim());
                    assertTrue(target > 0, "match '" + match + "' listed");
                    for (int i = 0; i < target; i++) {
                        select.sendKeys(Keys.ARROW_DOWN);
                    }
                }
            }
            case ORDERING -> {
                List<String> wanted = q.items().stream().map(i -> i.text().trim()).toList();
                for (int pos = 0; pos < wanted.size(); pos++) {
                    while (true) {
                        List<WebElement> items = fs.findElements(By.cssSelector("ol.ordering li"));
                        List<String> now = items.stream().map(li -> li.findElement(By.className("item-text")).getText().trim()).toList();
                        int at = now.indexOf(wanted.get(pos));
                        if (at == pos) {
                            break;
                        }
                        items.get(at).findElement(By.className("move-up")).sendKeys(Keys.ENTER);
                    }
                }
            }
            case SHORT -> fs.findElement(By.cssSelector("input[type=text]")).sendKeys(q.accepted().get(0).text(), Keys.TAB);
            default -> throw new IllegalStateException();
        }
    }

    static void waitForSaved(Browser b, int answered, int total) {
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20)).until(d -> b.text(By.id("answered-count"))
                .startsWith(answered + " of " + total));
    }

    void signIn(Browser b, String email) {
        b.get(base + "login.xhtml");
        b.type(By.id("login:email"), email);
        b.type(By.id("login:password"), "maple-demo");
        b.press(By.id("login:submit"));
        b.waitForUrl("induction.xhtml");
    }

    /** Five questions for family-groups, one per objective, one of each kind the screen handles differently. */
    static String allTypesBank() {
        return """
                course: family-groups
                quiz:
                  perObjective: 1
                  passMark: 80
                  maxAttempts: 3
                  shuffleQuestions: true
                  shuffleOptions: true
                  timeLimitMinutes: 0
                  feedback: standard

                questions:
                  - id: ui-single
                    type: single
                    objective: why-families
                    danos: [AB7]
                    stem: Which group is for family members of people who drink?
                    explanation: Al-Anon is for families and friends.
                    options:
                      - text: Al-Anon
                        correct: true
                        feedback: Right.
                      - text: SMART Recovery
                        feedback: That is for the person themselves.
                      - text: A detox ward
                        feedback: That is treatment.
                  - id: ui-multiple
                    type: multiple
                    objective: tell-apart
                    danos: [AB7]
                    stem: Which two are family groups?
                    explanation: Both are for families.
                    options:
                      - text: Families Anonymous
                        correct: true
                        feedback: Right.
                      - text: SMART Family and Friends
                        correct: true
                        feedback: Right.
                      - text: Narcotics Anonymous
                        feedback: That is for the person themselves.
                  - id: ui-matching
                    type: matching
                    objective: craft
                    danos: [AB7]
                    stem: Match each group to its approach.
                    explanation: Each group has its own approach.
                    pairs:
                      - prompt: Al-Anon
                        match: Twelve steps
                        feedback: Right.
                      - prompt: SMART Family and Friends
                        match: CRAFT-based tools
                        feedback: Right.
                    extraMatches: [Group therapy]
                  - id: ui-ordering
                    type: ordering
                    objective: refer-al-anon
                    danos: [AB7]
                    stem: Put the referral steps in order.
                    explanation: Ask first, then find, then follow up.
                    items:
                      - text: Ask what support they want
                        feedback: First.
                      - text: Find a local meeting together
                        feedback: Second.
                      - text: Follow up after the meeting
                        feedback: Third.
                  - id: ui-short
                    type: short
                    objective: right-group
                    danos: [AB7]
                    stem: Which group is for teenagers affected by a relative's drinking? (one word)
                    explanation: Alateen is part of Al-Anon.
                    accept:
                      - text: Alateen
                        feedback: Right.
                    wrongFeedback: Think of the young people's part of Al-Anon.
                """;
    }
}
