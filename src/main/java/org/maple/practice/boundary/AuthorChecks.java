package org.maple.practice.boundary;

import java.util.Optional;
import java.util.function.Function;

import org.maple.identity.entity.Person;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.ItemNotFoundException;
import org.maple.practice.entity.Review;

/** The author's checks the meeting and FAMA logs share: someone else's record is not there (404); a verified one stays as it is (409). */
final class AuthorChecks {

    private AuthorChecks() {
    }

    /** The record when {@code me} wrote it; otherwise (or when it does not exist) "You have no {@code what}." as a 404. */
    static <T> T own(Optional<T> record, Function<T, Person> author, Person me, String what) {
        return record.filter(r -> author.apply(r).getId().equals(me.getId()))
                .orElseThrow(() -> new ItemNotFoundException("You have no " + what + "."));
    }

    /** A 409 with {@code conflict} when the record has been verified. */
    static void notVerified(Review review, String conflict) {
        if (review.isVerified()) {
            throw new ConflictException(conflict);
        }
    }
}
