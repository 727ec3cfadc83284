package dev.qlio.orm.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@OrmTest
@Import(NoteService.class)
class OrmTestWithImportIntegrationTests {

    @Autowired NoteService service;

    @Test
    void importedComponentUsesTheSlicesSession() {
        this.service.write("imported");
        assertThat(this.service.count()).isEqualTo(1);
    }
}
