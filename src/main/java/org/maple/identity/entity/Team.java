package org.maple.identity.entity;

import java.io.Serializable;

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
 * A team of staff with one manager. A manager may manage several teams and sees only their
 * members; a member of staff belongs to at most one team.
 */
@Entity
@Table(name = "team")
@NamedQuery(name = "Team.findByName", query = "select t from Team t where lower(t.name) = :name")
@NamedQuery(name = "Team.findByManager", query = "select t from Team t where t.manager = :manager order by t.name")
@NamedQuery(name = "Team.all", query = "select t from Team t order by t.name")
public class Team implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, Person manager) {
        this.name = name.strip();
        this.manager = manager;
    }

    public boolean isManagedBy(Person person) {
        return manager != null && person != null && manager.getId().equals(person.getId());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Person getManager() {
        return manager;
    }

    public void setManager(Person manager) {
        this.manager = manager;
    }
}
