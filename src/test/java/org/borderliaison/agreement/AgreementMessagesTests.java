package org.borderliaison.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Kinds and statuses are shown through keys built at run time ({@code agreementKind.TREATY}), which no template names literally. */
class AgreementMessagesTests {

    @Test
    void everyKindAndStatusHasItsLabelInBothLanguages() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties messages = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            Stream.concat(Arrays.stream(AgreementKind.values()).map(kind -> "agreementKind." + kind),
                    Arrays.stream(AgreementStatus.values()).map(status -> "agreementStatus." + status))
                    .forEach(key -> assertThat(messages).as("%s in messages_%s", key, language).containsKey(key));
        }
    }
}
