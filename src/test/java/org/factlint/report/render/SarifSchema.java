package org.factlint.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The official SARIF 2.1.0 JSON schema (src/test/resources/sarif), for tests that validate SARIF output. */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    private static Schema load() {
        Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:sarif/sarif-schema-2.1.0.json"));
        s.initializeValidators();
        return s;
    }

    /** What the schema says is wrong with the document; empty when it is valid SARIF 2.1.0. */
    public static List<Error> validate(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }
}
