package org.w3id.attache.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Reconciliation API 0.2 schemas restated in {@code src/test/resources/reconcile/} (see its README), and checks against them. */
public final class ReconcileSchemas {
    public static final String MANIFEST = "manifest.schema.json";
    public static final String QUERY_BATCH = "query-batch.schema.json";
    public static final String RESULT_BATCH = "result-batch.schema.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private ReconcileSchemas() {
    }

    /** The schema violations of {@code json} against the schema named {@code schema}: none when it is valid. */
    public static List<String> violations(String schema, String json) {
        return load(schema).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Fails, listing the violations, unless {@code json} is valid against {@code schema}. */
    public static void assertValid(String schema, String json) {
        assertEquals(List.of(), violations(schema, json), schema + " against " + json);
    }

    private static Schema load(String name) {
        try (InputStream in = ReconcileSchemas.class.getResourceAsStream("/reconcile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name);
            }
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
