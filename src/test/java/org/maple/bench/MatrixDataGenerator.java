package org.maple.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a MAPLE database (already migrated and loaded, with the demo organisation) with a realistic
 * organisation for the matrix benchmark: 1,000 staff in 50 teams (the demo "Riverside Recovery
 * Team" grows to 20), start dates spread over three years, induction courses started and completed
 * according to tenure (some overdue, some two years old and expiring or expired), quiz-question
 * evidence, verified practice and managers' sign-offs on the benchmark's extra units (BX1…), so that
 * every status occurs. Deterministic (seed 42). Writes with plain JDBC; ids from 1,000,000,000 up so
 * they never meet MAPLE's sequence. See bench/README.md.
 *
 * <p>Usage: {@code MatrixDataGenerator <jdbc-url> <user> <password> [staff] [teams]}
 */
public final class MatrixDataGenerator {

    static final String[] FIRST = {"Alex", "Sam", "Priya", "Siân", "Jo", "Tomasz", "Aisha", "Ciarán", "Zoë", "Mohammed",
        "Olu", "Grace", "Dafydd", "Niamh", "Kwame", "Ana", "Lars", "Bethan", "Yusuf", "Eilidh"};
    static final String[] LAST = {"Taylor", "Okafor", "Shah", "O'Brien", "Ó Ceallaigh", "Nowak", "Khan", "Jones", "Evans",
        "Smith, Jr.", "Williams", "Adeyemi", "Murphy", "Hughes", "MacLeod", "Patel", "Novak", "Price", "Begum", "Reid"};

    private long nextId = 1_000_000_000L;
    private final Random random = new Random(42);

    public static void main(String[] args) throws SQLException {
        int staff = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int teams = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            new MatrixDataGenerator().fill(c, staff, teams);
            c.commit();
        }
        System.out.printf("generated %d staff in %d teams in %.1f s%n", staff, teams, (System.nanoTime() - start) / 1e9);
    }

    record Course(long versionId, String code, boolean induction, int dueDays, List<String> lessons) {
    }

    void fill(Connection c, int staff, int teams) throws SQLException {
        List<Course> courses = courses(c);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            units.add("BX" + i);
        }
        LocalDateTime now = LocalDateTime.now();
        long riverside = single(c, "select id from team where name = 'Riverside Recovery Team'");
        long riversideManager = single(c, "select manager_id from team where id = " + riverside);
        long riversideMembers = single(c, "select count(*) from person where team_id = " + riverside);
        try (PreparedStatement person = c.prepareStatement("insert into person (id, email, display_name, start_date, team_id,"
                + " active, failed_logins, created_at, version) values (?, ?, ?, ?, ?, true, 0, ?, 1)");
                PreparedStatement role = c.prepareStatement("insert into person_role (person_id, role) values (?, ?)");
                PreparedStatement team = c.prepareStatement("insert into team (id, name, manager_id, version) values (?, ?, ?, 1)");
                PreparedStatement enrol = c.prepareStatement("insert into enrolment (id, person_id, course_code, cycle,"
                        + " course_version_id, started_at, completed_at, last_lesson_key, version) values (?, ?, ?, 1, ?, ?, ?, ?, 1)");
                PreparedStatement lesson = c.prepareStatement("insert into lesson_completion (enrolment_id, lesson_key, completed_at) values (?, ?, ?)");
                PreparedStatement evidence = c.prepareStatement("insert into competency_evidence (id, person_id, unit_code,"
                        + " written_code, kind, source_ref, course_code, occurred_at, questions, score_sum, detail, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement decision = c.prepareStatement("insert into competency_decision (id, person_id, unit_code,"
                        + " action, comment_text, by_person_id, by_name, decided_at) values (?, ?, ?, 'SIGNED_OFF', ?, ?, ?, ?)")) {
            List<long[]> teamIds = new ArrayList<>();
            teamIds.add(new long[] {riverside, riversideManager});
            for (int t = 1; t < teams; t++) {
                long managerId = id();
                person.setLong(1, managerId);
                person.setString(2, "manager" + t + "@bench.maple.test");
                person.setString(3, "Manager " + t);
                person.setObject(4, LocalDate.now().minusYears(4));
                person.setNull(5, java.sql.Types.BIGINT);
                person.setTimestamp(6, Timestamp.valueOf(now));
                person.executeUpdate();
                role.setLong(1, managerId);
                role.setString(2, "MANAGER");
                role.executeUpdate();
                long teamId = id();
                team.setLong(1, teamId);
                team.setString(2, String.format("Bench team %02d", t));
                team.setLong(3, managerId);
                team.executeUpdate();
                teamIds.add(new long[] {teamId, managerId});
            }
            int perTeam = staff / teams;
            int made = 0;
            for (int t = 0; t < teams; t++) {
                long[] tm = teamIds.get(t);
                int members = t == 0 ? perTeam - (int) riversideMembers : perTeam;
                for (int i = 0; i < members; i++, made++) {
                    long pid = id();
                    int tenureDays = 5 + random.nextInt(3 * 365);
                    LocalDate startDate = LocalDate.now().minusDays(tenureDays);
                    person.setLong(1, pid);
                    person.setString(2, "staff" + made + "@bench.maple.test");
                    person.setString(3, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
                    person.setObject(4, startDate);
                    person.setLong(5, tm[0]);
                    person.setTimestamp(6, Timestamp.valueOf(now));
                    person.addBatch();
                    role.setLong(1, pid);
                    role.setString(2, "LEARNER");
                    role.addBatch();
                    for (Course course : courses) {
                        if (!course.induction()) {
                            continue;
                        }
                        // the longer someone has been here, the likelier each induction course is started and done
                        double keen = Math.min(1.0, tenureDays / (double) (course.dueDays() + 30));
                        if (random.nextDouble() > 0.15 + 0.85 * keen) {
                            continue;
                        }
                        LocalDateTime began = startDate.atTime(9, 0).plusDays(random.nextInt(Math.max(1, Math.min(tenureDays, course.dueDays()))));
                        boolean done = random.nextDouble() < 0.2 + 0.75 * keen;
                        int lessons = done ? course.lessons().size() : random.nextInt(course.lessons().size());
                        LocalDateTime finished = began.plusDays(random.nextInt(20) + 1);
                        if (finished.isAfter(now)) {
                            finished = now.minusHours(1);
                            if (began.isAfter(finished)) {
                                began = finished.minusHours(1);
                            }
                        }
                        long eid = id();
                        enrol.setLong(1, eid);
                        enrol.setLong(2, pid);
                        enrol.setString(3, course.code());
                        enrol.setLong(4, course.versionId());
                        enrol.setTimestamp(5, Timestamp.valueOf(began));
                        enrol.setTimestamp(6, done ? Timestamp.valueOf(finished) : null);
                        enrol.setString(7, lessons == 0 ? course.lessons().get(0) : course.lessons().get(lessons - 1));
                        enrol.addBatch();
                        for (int l = 0; l < lessons; l++) {
                            lesson.setLong(1, eid);
                            lesson.setString(2, course.lessons().get(l));
                            lesson.setTimestamp(3, Timestamp.valueOf(began.plusMinutes(l)));
                            lesson.addBatch();
                        }
                    }
                    for (String unit : units) {
                        double roll = random.nextDouble();
                        if (roll < 0.25) {
                            continue; // not started
                        }
                        LocalDateTime when = now.minusDays(random.nextInt(900));
                        if (roll < 0.55) {
                            int questions = 4 + random.nextInt(10);
                            double marks = Math.min(questions, questions * (0.5 + random.nextDouble() * 0.55));
                            addEvidence(evidence, pid, unit, "QUESTIONS", "attempt:" + id(), "bench", when, questions, marks, "Bench attempt");
                        } else {
                            addEvidence(evidence, pid, unit, "PRACTICE", "meeting:" + id(), null, when, 0, 0, "meeting");
                            if (roll > 0.8) {
                                decision.setLong(1, id());
                                decision.setLong(2, pid);
                                decision.setString(3, unit);
                                decision.setString(4, "Observed in practice");
                                decision.setLong(5, tm[1]);
                                decision.setString(6, "Manager");
                                decision.setTimestamp(7, Timestamp.valueOf(when.plusDays(3).isAfter(now) ? now : when.plusDays(3)));
                                decision.addBatch();
                            }
                        }
                    }
                    if (made % 100 == 99) {
                        flush(person, role, enrol, lesson, evidence, decision);
                    }
                }
            }
            flush(person, role, enrol, lesson, evidence, decision);
        }
    }

    private void addEvidence(PreparedStatement ps, long person, String unit, String kind, String ref, String course,
            LocalDateTime when, int questions, double marks, String detail) throws SQLException {
        ps.setLong(1, id());
        ps.setLong(2, person);
        ps.setString(3, unit);
        ps.setString(4, unit);
        ps.setString(5, kind);
        ps.setString(6, ref);
        ps.setString(7, course);
        ps.setTimestamp(8, Timestamp.valueOf(when));
        ps.setInt(9, questions);
        ps.setDouble(10, marks);
        ps.setString(11, detail);
        ps.setTimestamp(12, Timestamp.valueOf(when));
        ps.addBatch();
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.executeBatch();
        }
    }

    private long id() {
        return nextId++;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Course> courses(Connection c) throws SQLException {
        List<Course> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, course_code, induction, due_days"
                + " from course_version where current_version = true order by course_code")) {
            while (r.next()) {
                out.add(new Course(r.getLong(1), r.getString(2), r.getBoolean(3), r.getInt(4), new ArrayList<>()));
            }
        }
        for (Course course : out) {
            try (PreparedStatement ps = c.prepareStatement("select lesson_key from lesson where course_version_id = ? order by position")) {
                ps.setLong(1, course.versionId());
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        course.lessons().add(r.getString(1));
                    }
                }
            }
        }
        return out;
    }
}
