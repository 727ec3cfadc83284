package com.example.fresh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.session.Session;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts {@link FreshApplication} as {@code main} would: with only the starter and H2 on the class
 * path, it creates the table of its table class and serves a {@link Session}.
 */
class FreshApplicationTests {

    @Test
    void startsCreatesItsTableAndServesASession() {
        SpringApplication application = new SpringApplication(FreshApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context =
                application.run("--spring.main.banner-mode=off")) {
            Session session = context.getBean(Session.class);
            Greeting greeting = new Greeting();
            greeting.set(Greeting.TEXT, "hello");
            session.add(greeting);
            assertThat(greeting.get(Greeting.ID)).isNotNull();

            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT \"text\" FROM \"greeting\"", String.class))
                    .containsExactly("hello");
            assertThat(session.select(Greeting.class).where(Greeting.TEXT.eq("hello")).first())
                    .isPresent();
        }
    }
}
