package org.maple.competency.boundary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.maple.competency.boundary.CompetencyRecords.DecisionLine;
import org.maple.competency.boundary.CompetencyRecords.EvidenceLine;
import org.maple.competency.boundary.CompetencyRecords.PersonCompetencies;
import org.maple.competency.boundary.CompetencyRecords.UnitCompetency;
import org.maple.competency.boundary.CompetencyRecords.UnitInfo;
import org.maple.competency.control.CompetencyRepository;
import org.maple.competency.control.CompetencyRepository.PersonRow;
import org.maple.competency.control.StatusCalculator;
import org.maple.competency.control.StatusRules;
import org.maple.competency.control.StatusRules.Assessment;
import org.maple.competency.entity.Decision;
import org.maple.competency.entity.DecisionItem;
import org.maple.competency.entity.Evidence;
import org.maple.competency.entity.EvidenceKind;
import org.maple.course.entity.DanosFramework;
import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;

/** Builds a person's competencies with their evidence and audit trail, as the caller may act on them. */
@Dependent
public class CompetencyViews {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    @Inject
    CompetencyRepository repository;

    /** Every unit of the framework for one person; {@code caller} decides which actions are offered (null: none). */
    public PersonCompetencies person(PersonRow p, StatusCalculator.Context ctx, Person caller) {
        List<Evidence> evidence = repository.evidenceOf(p.id());
        List<Decision> decisions = repository.decisionsOf(p.id());
        Map<String, Assessment> assessed = StatusCalculator.assess(p, evidence, decisions, ctx);
        List<UnitCompetency> units = new ArrayList<>();
        for (DanosFramework.Unit u : ctx.framework().units()) {
            units.add(unit(p, u, assessed.get(u.code()),
                    evidence.stream().filter(e -> e.getUnitCode().equals(u.code())).toList(),
                    decisions.stream().filter(d -> d.getUnitCode().equals(u.code())).toList(), ctx, caller));
        }
        return new PersonCompetencies(p.id(), p.name(), p.email(), p.teamName(), units);
    }

    private UnitCompetency unit(PersonRow p, DanosFramework.Unit u, Assessment a, List<Evidence> evidence,
            List<Decision> decisions, StatusCalculator.Context ctx, Person caller) {
        List<EvidenceLine> lines = new ArrayList<>();
        evidence.stream().sorted(Comparator.comparing(Evidence::getOccurredAt).reversed()).forEach(e -> {
            var expires = StatusRules.lapse(e.toItem(), u.refreshMonths());
            boolean fresh = ctx.today().isBefore(expires);
            boolean counts = e.getKind() == EvidenceKind.QUESTIONS
                    ? a.mastery().attempts().stream().anyMatch(i -> i.sourceRef().equals(e.getSourceRef()))
                    : e.getKind().qualifying() && fresh;
            lines.add(new EvidenceLine(e.getKind().name(), e.getKind().label(), describe(e, ctx),
                    e.getOccurredAt().toLocalDate(), e.getKind().qualifying() ? expires : null, counts));
        });
        DecisionItem inForce = a.decision();
        List<DecisionLine> trail = decisions.stream().map(d -> new DecisionLine(d.getId(), d.getAction().name(),
                d.getAction().label(), d.getByName(), WHEN.format(d.getDecidedAt()), d.getComment(), d.getReopensId(),
                inForce != null && inForce.id() == d.getId())).toList();
        boolean self = caller != null && caller.getId() == p.id();
        boolean mayAct = caller != null && !self && (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.MANAGER));
        boolean canSign = mayAct && a.criteriaMet() && !a.signedOff();
        boolean canReopen = mayAct && inForce != null
                && (caller.hasRole(Role.ADMIN) || inForce.byPersonId() == caller.getId());
        List<String> former = ctx.framework().aliasesOf(u.code()).stream()
                .map(al -> al.code() + " (" + al.reason() + ")").toList();
        List<String> former2 = new ArrayList<>(former);
        u.previousVersions().forEach(v -> former2.add(u.code() + "." + v + " (earlier version)"));
        List<String> doubts = new ArrayList<>();
        ctx.framework().uncertaintiesOf(u.code()).stream().filter(x -> x.open())
                .forEach(x -> doubts.add(x.question() + " " + x.decision()));
        UnitInfo info = new UnitInfo(u.code(), u.versionedCode(), u.title(), u.description(), u.refreshMonths(),
                u.titleConfidence().word(), former2, doubts);
        return new UnitCompetency(info, a.status(), a.status().label(), a.status().icon(), a.status().tone(),
                a.validUntil(), a.coursesDone(), a.coursesRequired(),
                a.mastery().questions() == 0 ? null : a.mastery().percent(), a.mastery().questions(), a.needed(), lines,
                trail, canSign, canSign, canReopen);
    }

    private static String describe(Evidence e, StatusCalculator.Context ctx) {
        return switch (e.getKind()) {
            case COURSE_COMPLETED -> "Completed the course " + ctx.courseTitle(e.getCourseCode())
                    + (e.getDetail().isEmpty() ? "" : " (" + e.getDetail() + ")");
            case COURSE_STARTED -> "Started the course " + ctx.courseTitle(e.getCourseCode());
            case QUESTIONS -> e.getDetail().isEmpty() ? e.getQuestions() + " quiz questions" : e.getDetail();
            case PRACTICE -> "Verified practice record (" + e.getDetail() + ")";
        };
    }
}
