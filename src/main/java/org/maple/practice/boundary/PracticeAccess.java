package org.maple.practice.boundary;

import jakarta.enterprise.context.Dependent;

import org.maple.identity.entity.Person;
import org.maple.identity.entity.Role;
import org.maple.identity.entity.Team;
import org.maple.platform.error.AccessDeniedException;

/** The row rules of practice records, in one place. */
@Dependent
public class PracticeAccess {

    /** True when {@code me} manages {@code person}'s team, or is an admin (who reviews anyone's record). */
    public boolean mayReview(Person me, Person person) {
        return me.hasRole(Role.ADMIN) || manages(me, person);
    }

    /** True when {@code me} is {@code person}'s team manager (the one who supervises them). */
    public boolean manages(Person me, Person person) {
        Team team = person.getTeam();
        return me.hasRole(Role.MANAGER) && team != null && team.isManagedBy(me);
    }

    /** Nobody verifies their own record. */
    public void notOwn(Person me, Person author) {
        if (me.getId().equals(author.getId())) {
            throw new AccessDeniedException("You cannot review your own record: your manager does.");
        }
    }
}
