package org.maple.certificate.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.certificate.control.CertificateRepository;
import org.maple.certificate.entity.CertificateState;
import org.maple.course.boundary.CompletionValidity;

/**
 * The certificate feature's answer to {@link CompletionValidity}: each completion's newest course
 * certificate (superseded editions left out) and whether it is valid, expired or revoked on a day,
 * so that course views and the competency matrix show an expired certificate as expired. Runs in
 * the caller's transaction; callers enforce their own roles.
 */
@Dependent
public class CertifiedCompletions implements CompletionValidity {

    @Inject
    CertificateRepository certificates;

    @Override
    public List<Certified> completions(Collection<Long> personIds, LocalDate today) {
        Map<Long, Object[]> newest = new HashMap<>();
        for (Object[] r : certificates.courseStandingRows(personIds)) {
            newest.merge((Long) r[1], r, (a, b) -> ((Integer) a[8]) >= ((Integer) b[8]) ? a : b);
        }
        List<Certified> out = new ArrayList<>(newest.size());
        for (Object[] r : newest.values()) {
            LocalDate expires = (LocalDate) r[5];
            LocalDateTime revoked = (LocalDateTime) r[6];
            State state = r[4] == CertificateState.REVOKED ? State.REVOKED
                    : expires != null && today.isAfter(expires) ? State.EXPIRED : State.VALID;
            out.add(new Certified((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3], state, expires,
                    revoked == null ? null : revoked.toLocalDate(), (String) r[7]));
        }
        return out;
    }
}
