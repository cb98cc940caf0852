package org.maple.competency.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maple.competency.entity.CompetencyPolicy;

/**
 * The competency thresholds from configuration ({@code MAPLE_COMPETENCY_EXPIRING_DAYS},
 * {@code MAPLE_COMPETENCY_MASTERY_PERCENT}, {@code MAPLE_COMPETENCY_MASTERY_MIN_QUESTIONS}); out-of-range
 * values fall back to the defaults with a warning.
 */
@ApplicationScoped
public class CompetencySettings {

    @Inject
    @ConfigProperty(name = "maple.competency.expiring-days", defaultValue = "60")
    int expiringDays;

    @Inject
    @ConfigProperty(name = "maple.competency.mastery-percent", defaultValue = "80")
    int masteryPercent;

    @Inject
    @ConfigProperty(name = "maple.competency.mastery-min-questions", defaultValue = "6")
    int masteryMinQuestions;

    private CompetencyPolicy policy;

    @PostConstruct
    void init() {
        try {
            policy = new CompetencyPolicy(expiringDays, masteryPercent / 100.0, masteryMinQuestions);
        } catch (IllegalArgumentException e) {
            java.util.logging.Logger.getLogger(getClass().getName()).warning(e.getMessage() + "; using the defaults");
            policy = CompetencyPolicy.DEFAULT;
        }
    }

    public CompetencyPolicy policy() {
        return policy;
    }
}
