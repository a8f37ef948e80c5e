package org.pfocr.eval;

import java.util.Objects;

/**
 * One query of a judged query set.
 *
 * @param id the query id that the judgments refer to, e.g. {@code q07}
 * @param query the query as a user types it
 * @param note what the user wants and why the judged figures fit; may be empty
 */
public record JudgedQuery(String id, String query, String note) {

    public JudgedQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(note, "note");
    }
}
