package org.maple.identity.boundary;

/** Fired when a person's display name changes (e.g. a staff import corrects it), so documents bearing it can follow. */
public record PersonRenamed(long personId, String oldName, String newName) implements java.io.Serializable {
}
