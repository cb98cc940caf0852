package org.maple.quiz.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One attempt at a course's quiz. Starting it freezes the bank version, the seed and the paper (the
 * questions drawn and how their parts are laid out); grading sets the score once (a regrade may
 * change it later, audited).
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = "QuizAttempt.ofEnrolment", query = "select a from QuizAttempt a where a.enrolmentId = :enrolment order by a.attemptNo")
@NamedQuery(name = "QuizAttempt.standing", query = "select a.id, a.passed from QuizAttempt a where a.enrolmentId = :enrolment")
@NamedQuery(name = "QuizAttempt.ofPerson", query = "select a from QuizAttempt a where a.personId = :person and a.courseCode = :code order by a.startedAt desc, a.attemptNo desc")
@NamedQuery(name = "QuizAttempt.gradedOfCourse", query = "select a from QuizAttempt a where a.courseCode = :code and a.passed is not null order by a.id")
public class QuizAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why an attempt closed. */
    public static final String BY_LEARNER = "learner";
    public static final String BY_TIME = "time-limit";

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "bank_id")
    private BankVersion bank;

    /** The corrected bank version of the last regrade that changed this attempt; null: {@link #bank}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "graded_bank_id")
    private BankVersion gradedBank;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false, length = 20000)
    private String paper;

    /** {@link #paper} decoded once per loaded instance (the paper never changes after the start). */
    @jakarta.persistence.Transient
    private transient AttemptPaper decodedPaper;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    private LocalDateTime deadline;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(precision = 5, scale = 1)
    private BigDecimal percent;

    private Boolean passed;

    @Column(name = "regraded_at")
    private LocalDateTime regradedAt;

    @Version
    private long version;

    protected QuizAttempt() {
    }

    public QuizAttempt(long personId, long enrolmentId, String courseCode, BankVersion bank, int attemptNo, long seed,
            AttemptPaper paper, int passMark, LocalDateTime startedAt, LocalDateTime deadline) {
        this.personId = personId;
        this.enrolmentId = enrolmentId;
        this.courseCode = courseCode;
        this.bank = bank;
        this.attemptNo = attemptNo;
        this.seed = seed;
        this.paper = paper.encode();
        this.passMark = passMark;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    /** Open: started, not yet graded. */
    public boolean isOpen() {
        return passed == null;
    }

    /** Whether the time limit (with any extension) has run out at {@code now}. */
    public boolean isOverdue(LocalDateTime now) {
        return deadline != null && now.isAfter(deadline);
    }

    /** Records the grade; false when already graded (a second submit changes nothing). */
    public boolean grade(BigDecimal percent, boolean passed, LocalDateTime at, String closedBy) {
        if (!isOpen()) {
            return false;
        }
        this.percent = percent;
        this.passed = passed;
        this.submittedAt = at;
        this.closedBy = closedBy;
        return true;
    }

    /** A regrade's new score. */
    public void regrade(BigDecimal percent, boolean passed, LocalDateTime at, BankVersion with) {
        this.percent = percent;
        this.passed = passed;
        this.regradedAt = at;
        this.gradedBank = with;
    }

    /** The bank version whose questions gave the attempt its score (its own, or a regrade's). */
    public BankVersion gradingBank() {
        return gradedBank != null ? gradedBank : bank;
    }

    /** Extends the deadline of an open, timed attempt. */
    public void extend(int minutes) {
        if (deadline != null && isOpen()) {
            deadline = deadline.plusMinutes(minutes);
        }
    }

    public AttemptPaper paper() {
        if (decodedPaper == null) {
            decodedPaper = AttemptPaper.decode(paper).orElseThrow(() -> new IllegalStateException("attempt " + id + " has a broken paper"));
        }
        return decodedPaper;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public BankVersion getBank() {
        return bank;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public long getSeed() {
        return seed;
    }

    public int getPassMark() {
        return passMark;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public boolean hasPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public LocalDateTime getRegradedAt() {
        return regradedAt;
    }
}
