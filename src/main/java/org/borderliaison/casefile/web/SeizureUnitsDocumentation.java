package org.borderliaison.casefile.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.borderliaison.casefile.SeizureItem;
import org.borderliaison.casefile.SeizureUnit;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Which units each seized item may be recorded in, written into the OpenAPI document from {@link SeizureItem}
 * itself, so the document says what the service enforces (a unit the item does not allow is refused with 422).
 */
@Component
class SeizureUnitsDocumentation implements OpenApiCustomizer {

    static String allowedUnits() {
        return Arrays.stream(SeizureItem.values())
                .map(item -> item + ": " + item.units().stream().map(SeizureUnit::name).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ", "Units allowed per item (others are refused with 422): ", "."));
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (String schema : new String[] {"CaseSeizureRequest", "CaseSeizure"}) {
            Schema<?> seizure = openApi.getComponents().getSchemas().get(schema);
            if (seizure != null && seizure.getProperties() != null && seizure.getProperties().get("unit") != null) {
                seizure.getProperties().get("unit").setDescription(allowedUnits());
            }
        }
    }
}
