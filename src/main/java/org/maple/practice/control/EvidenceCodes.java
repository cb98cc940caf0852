package org.maple.practice.control;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.maple.practice.entity.FamaStage;
import org.maple.practice.entity.Fellowship;

/**
 * Which DANOS units (codes of {@code content/danos.yaml}) a verified practice record evidences,
 * following the content brief's units table (§3.2) and PHE's performance-criteria themes:
 * <ul>
 * <li>an open meeting attended: AF1 (up-to-date, accurate knowledge of local mutual aid, the basis
 * of screening and referral); a family group (Al-Anon, Families Anonymous, SMART Family &amp;
 * Friends) also AB7 (enabling access for those affected by someone else's use);</li>
 * <li>FAMA, by the stages done: assess and introduce → AF1, AF2, AF3 (referral assessment, needs,
 * readiness to engage); facilitate and link → AF1, AI2 (planning the referral and contact; a
 * care-planned goal); follow up and review → AF3, AI2 (reviewing engagement and the plan);</li>
 * <li>an acknowledged supervision session: GEN36 (make use of supervision).</li>
 * </ul>
 */
public final class EvidenceCodes {

    public static final String MEETING = "meeting";
    public static final String FAMA = "fama";
    public static final String SUPERVISION = "supervision";

    private EvidenceCodes() {
    }

    public static Set<String> meeting(Fellowship fellowship) {
        Set<String> codes = new TreeSet<>(Set.of("AF1"));
        if (fellowship != null && fellowship.familyGroup()) {
            codes.add("AB7");
        }
        return codes;
    }

    public static Set<String> fama(Collection<FamaStage> stagesDone) {
        Set<String> codes = new TreeSet<>();
        for (FamaStage s : stagesDone) {
            codes.addAll(switch (s) {
                case ASSESS_INTRODUCE -> Set.of("AF1", "AF2", "AF3");
                case FACILITATE_LINK -> Set.of("AF1", "AI2");
                case FOLLOW_UP_REVIEW -> Set.of("AF3", "AI2");
            });
        }
        return codes;
    }

    public static Set<String> supervision() {
        return Set.of("GEN36");
    }
}
