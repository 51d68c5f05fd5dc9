package org.borderliaison;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BorderLiaisonApplication {

    public static void main(String[] args) {
        SpringApplication.run(BorderLiaisonApplication.class, args);
    }
}
