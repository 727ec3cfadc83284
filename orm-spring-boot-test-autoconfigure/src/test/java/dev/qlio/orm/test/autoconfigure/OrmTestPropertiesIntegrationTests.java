package dev.qlio.orm.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.OrmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrmTest(properties = "qlio.orm.fetch-size=7")
class OrmTestPropertiesIntegrationTests {

    @Autowired OrmProperties properties;

    @Test
    void appliesPropertiesOfTheAnnotation() {
        assertThat(this.properties.getFetchSize()).isEqualTo(7);
    }
}
