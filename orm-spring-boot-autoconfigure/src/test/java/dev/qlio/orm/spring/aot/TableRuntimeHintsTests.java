package dev.qlio.orm.spring.aot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.autoconfigure.OrmAutoConfiguration;
import dev.qlio.orm.autoconfigure.TableScan;
import dev.qlio.orm.autoconfigure.tables.a.Author;
import dev.qlio.orm.autoconfigure.tables.b.Book;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;

class TableRuntimeHintsTests {

    @Test
    void registersDeclaredFieldsAndNoArgConstructorOfTableClasses() throws Exception {
        RuntimeHints hints = new RuntimeHints();
        TableRuntimeHints.registerTableClasses(hints, List.of(Author.class));
        assertTableClassHints(hints, Author.class);
        assertThat(RuntimeHintsPredicates.reflection().onType(Book.class)).rejects(hints);
    }

    @Test
    void aheadOfTimeProcessingContributesHintsForScannedTableClasses() throws Exception {
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext()) {
            context.register(ScannedApplication.class);
            DefaultGenerationContext generationContext =
                    new DefaultGenerationContext(
                            new ClassNameGenerator(ClassName.get("com.example", "AotTest")),
                            new InMemoryGeneratedFiles());
            new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
            RuntimeHints hints = generationContext.getRuntimeHints();
            assertTableClassHints(hints, Author.class);
            assertTableClassHints(hints, Book.class);
            String location = AotTableClasses.location("qlioTableMetadata");
            assertThat(
                            ((InMemoryGeneratedFiles) generationContext.getGeneratedFiles())
                                    .getGeneratedFileContent(Kind.RESOURCE, location))
                    .isEqualTo(Author.class.getName() + "\n" + Book.class.getName() + "\n");
            assertThat(RuntimeHintsPredicates.resource().forResource(location)).accepts(hints);
        }
    }

    @Test
    void readsTableClassesRecordedAtBuildTime() {
        assertThat(AotTableClasses.read("recordedForTest", getClass().getClassLoader()))
                .containsExactly(Author.class, Book.class);
        assertThat(AotTableClasses.read("neverRecorded", getClass().getClassLoader())).isNull();
    }

    private static void assertTableClassHints(RuntimeHints hints, Class<?> tableClass)
            throws Exception {
        assertThat(
                        RuntimeHintsPredicates.reflection()
                                .onType(tableClass)
                                .withMemberCategories(
                                        MemberCategory.ACCESS_DECLARED_FIELDS,
                                        MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(tableClass, "ID"))
                .accepts(hints);
        assertThat(
                        RuntimeHintsPredicates.reflection()
                                .onConstructorInvocation(tableClass.getDeclaredConstructor()))
                .accepts(hints);
    }

    @Configuration(proxyBeanMethods = false)
    @TableScan(basePackageClasses = {Author.class, Book.class})
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, OrmAutoConfiguration.class})
    static class ScannedApplication {}
}
