package org.maple.competency.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.maple.competency.control.MatrixBuilder;
import org.maple.competency.entity.CompetencyStatus;
import org.maple.competency.entity.Matrix;

/** The streamed matrix JSON: shape, escaping of awkward names, the organisation's null team id. */
class MatrixJsonTest {

    @Test
    void writesEveryCellAndEscapesNames() {
        CompetencyStatus s = CompetencyStatus.EXPIRING;
        Matrix m = MatrixBuilder.build("Whole organisation", null, Matrix.View.UNITS,
                List.of(new Matrix.Column("AI2", "AI2", "Action plan", "code or title uncertain")),
                List.of(new Matrix.Row(7, "Jo \"JJ\" Ó Ceallaigh", "jo@maple.test", null,
                        List.of(new Matrix.Cell("AI2", s.name(), s.label(), s.icon(), s.tone(), "until 3 Jul 2026", s.rank(), s.current())))),
                "all", "name");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixJson.write(m, out);
        JsonObject json = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        assertEquals(JsonObject.NULL, json.get("teamId"));
        assertEquals("units", json.getString("view"));
        JsonObject row = json.getJsonArray("rows").getJsonObject(0);
        assertEquals("Jo \"JJ\" Ó Ceallaigh", row.getString("name"));
        assertEquals(7, row.getInt("personId"));
        JsonObject cell = row.getJsonArray("cells").getJsonObject(0);
        assertEquals(List.of("AI2", "EXPIRING", "Expiring", "until 3 Jul 2026"),
                List.of(cell.getString("key"), cell.getString("status"), cell.getString("label"), cell.getString("detail")));
        assertEquals(1, json.getJsonArray("summary").getJsonObject(0).getInt("current"));
    }
}
