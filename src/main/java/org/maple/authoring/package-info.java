/**
 * Trainer authoring: drafts of courses and question banks kept as the very file texts the loaders
 * read (validated by the loaders' own parsers), preview as a learner, publishing as new immutable
 * versions through the content importer, version history, diff and restore, ZIP and GIFT in and
 * out, lesson images, language hints and the audit trail. Depends on course and quiz; nothing
 * depends on it.
 */
package org.maple.authoring;
