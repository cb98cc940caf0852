package org.maple.competency.boundary;

import java.io.OutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;

import org.maple.competency.entity.Matrix;

/**
 * Writes a matrix as JSON with the streaming generator: a 1,000 × 30 matrix is 30,000 cells, which
 * reflective binding serialises several times slower. Cells carry key, status, label and detail (the
 * icon and colour follow from the status).
 */
final class MatrixJson {

    private MatrixJson() {
    }

    static StreamingOutput of(Matrix m) {
        return out -> write(m, out);
    }

    static void write(Matrix m, OutputStream out) {
        try (JsonGenerator g = Json.createGenerator(out)) {
            g.writeStartObject().write("scope", m.scope());
            if (m.teamId() == null) {
                g.writeNull("teamId");
            } else {
                g.write("teamId", m.teamId());
            }
            g.write("view", m.view().word()).write("filter", m.filter()).write("sort", m.sort())
                    .write("members", m.members());
            g.writeStartArray("columns");
            for (Matrix.Column c : m.columns()) {
                g.writeStartObject().write("key", c.key()).write("label", c.label()).write("title", c.title())
                        .write("note", c.note()).writeEnd();
            }
            g.writeEnd().writeStartArray("rows");
            for (Matrix.Row r : m.rows()) {
                g.writeStartObject().write("personId", r.personId()).write("name", r.name()).write("email", r.email())
                        .write("team", r.team() == null ? "" : r.team()).writeStartArray("cells");
                for (Matrix.Cell c : r.cells()) {
                    g.writeStartObject().write("key", c.key()).write("status", c.status()).write("label", c.label())
                            .write("detail", c.detail()).writeEnd();
                }
                g.writeEnd().writeEnd();
            }
            g.writeEnd().writeStartArray("summary");
            for (Matrix.Summary s : m.summary()) {
                g.writeStartObject().write("key", s.key()).write("current", s.current()).write("of", s.of()).writeEnd();
            }
            g.writeEnd().writeEnd();
        }
    }
}
