package org.maple.identity.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * The signed-in person's id, remembered for the rest of one request: the first lookup finds the
 * person by the sign-in name, later ones by id (served from the transaction's persistence context
 * when it already holds the person, so without another query).
 */
@RequestScoped
public class CallerMemo {

    private String name;
    private Long id;

    Long idOf(String principalName) {
        return principalName.equals(name) ? id : null;
    }

    void remember(String principalName, long personId) {
        this.name = principalName;
        this.id = personId;
    }
}
