package org.maple.quiz.boundary;

import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.maple.course.boundary.ContentLoaded;
import org.maple.quiz.control.BankLoader;

/** Loads the question banks in {@code quizzes/} whenever the courses are loaded (same transaction, same lock). */
@Dependent
public class QuizLoading {

    private static final Logger LOG = Logger.getLogger(QuizLoading.class.getName());

    @Inject
    BankLoader loader;

    void onContentLoaded(@Observes ContentLoaded loaded) {
        BankLoader.Outcome o = loader.load(loaded.root(), loaded::danosKnown);
        loaded.newVersions().addAll(o.newVersions());
        loaded.problems().addAll(o.problems());
        LOG.info(() -> "Question banks loaded: new versions " + o.newVersions() + ", " + o.problems().size() + " problems");
    }
}
