package org.maple.practice.control;

import java.io.Serializable;
import java.util.List;

import org.maple.practice.entity.GroupListing;

/** What an import file gave: the good listings, and each bad record with its position and reason. */
public record DirectoryImport(List<GroupListing> listings, List<Problem> problems) {

    /**
     * A record that was not loaded. {@code position} is the line in a CSV file, or the record's
     * number (1 = first) in a JSON feed; 0 for the file as a whole.
     */
    public record Problem(int position, String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public DirectoryImport {
        listings = List.copyOf(listings);
        problems = List.copyOf(problems);
    }
}
