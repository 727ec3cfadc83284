package dev.qlio.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/** The Qlio sample application; Spring Data web support resolves {@code ?sort=} parameters. */
@SpringBootApplication
@EnableSpringDataWebSupport
public class SampleApplication {

    /**
     * Starts the application.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
