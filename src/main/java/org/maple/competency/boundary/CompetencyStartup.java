package org.maple.competency.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;


/**
 * At start, after the content has loaded: when no status has been stored yet (a new installation, or
 * the first start with this feature), builds them all from the course records, so completions made
 * earlier count at once; otherwise catches up course evidence whose event was missed (a node that
 * stopped between a commit and its observers, an observer that failed), unless another node did in
 * the last {@link RecomputeService#START_GAP}.
 */
@Stateless
@PermitAll
public class CompetencyStartup {

    private static final Logger LOG = Logger.getLogger(CompetencyStartup.class.getName());

    @Inject
    RecomputeService recompute;

    /** Called once per start by {@link Trigger}. */
    public void buildIfEmpty() {
        if (recompute.rebuildAtStart() == null) {
            recompute.catchUp(RecomputeService.START_GAP);
        }
    }

    /** Runs after the course feature's start-up observer (which loads the content). */
    @ApplicationScoped
    public static class Trigger {

        @Inject
        CompetencyStartup startup;

        void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900)
                @Initialized(ApplicationScoped.class) ServletContext context) {
            try {
                startup.buildIfEmpty();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Competency statuses were not built at start; Admin, Recompute builds them", e);
            }
        }
    }
}
