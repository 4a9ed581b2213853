package org.petitionsuite.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Every published event type has a loadable schema whose $id matches its ce_dataschema. */
class SchemaFilesTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyEventTypeHasASchemaNamedAfterIt() throws Exception {
        for (EventType type : EventType.values()) {
            try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
                assertNotNull(in, "missing schema " + type.schemaResource());
                JsonNode node = mapper.readTree(in);
                assertEquals(type.schemaUri(), node.get("$id").asText());
                JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
                assertNotNull(schema);
            }
        }
    }

    @Test
    void schemaRejectsPersonalDataInPetitioners() throws Exception {
        JsonSchema schema;
        try (InputStream in = EventType.class.getResourceAsStream(EventType.PETITION_REGISTERED_V1.schemaResource())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode petitioner = mapper.readTree("""
                {"pseudonym": null, "representative": false, "confidentialityRequested": false, "name": "张三"}""");
        JsonNode event = mapper.readTree("""
                {"petitionId":"5d2b4a52-1b8e-3c53-9d4a-0e1f7f5c2a11","registeredAt":"2026-11-01T08:00:00Z",
                 "receivedAt":"2026-11-01T07:00:00Z","channel":"LETTER","purpose":"SEEK_RESOLUTION",
                 "contentCategory":"城乡建设","request":"r","factsAndReasons":"f","placeOfMatter":"330102",
                 "numberOfPeople":1,"collective":false,"petitioners":[],
                 "registeringOrgan":{"code":"c","name":"n","regionCode":"330102"},"sourceSystem":"x"}""");
        ((com.fasterxml.jackson.databind.node.ArrayNode) event.get("petitioners")).add(petitioner);
        assertTrue(schema.validate(event).stream().anyMatch(m -> m.getMessage().contains("name")),
                "a petitioner's name must not pass the published schema");
    }
}
