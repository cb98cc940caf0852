package org.maple.identity.boundary;

import java.security.Principal;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.control.PersonRepository;
import org.maple.identity.entity.Person;
import org.maple.platform.error.NotAuthenticatedException;

/** Who is calling: the signed-in person, for other features' services. */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    SessionContext context;

    @Inject
    PersonRepository people;

    /** The signed-in person; {@link NotAuthenticatedException} when there is none. */
    public Person current() {
        return find().orElseThrow(NotAuthenticatedException::new);
    }

    /** Locks the person's row until the transaction ends (serialises their concurrent requests). */
    public Person lock(Person person) {
        return people.lock(person);
    }

    public Optional<Person> find() {
        Principal p = context.getCallerPrincipal();
        if (p == null || p.getName() == null || "ANONYMOUS".equalsIgnoreCase(p.getName())) {
            return Optional.empty();
        }
        return people.findByEmail(p.getName());
    }
}
