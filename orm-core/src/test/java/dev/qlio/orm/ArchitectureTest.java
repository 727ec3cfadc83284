package dev.qlio.orm;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.qlio.orm.schema.TableMetadata;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of {@code orm-core} pointing one way: types, then expressions, then the schema,
 * then dialects, queries and sessions, with the engine in {@code internal} used only by the root
 * package and DDL.
 *
 * <p>Plain {@link ClassFileImporter} and {@code rule.check(...)} in ordinary tests, so the rules do
 * not depend on ArchUnit's own JUnit engine.
 */
class ArchitectureTest {

    private static final String QLIO = "dev.qlio.orm..";

    private static final String ROOT = "dev.qlio.orm";

    private static final String TYPES = "dev.qlio.orm.schema.types..";

    private static final String EXPRESSION = "dev.qlio.orm.expression..";

    private static final String SCHEMA = "dev.qlio.orm.schema..";

    private static final String SCHEMA_INTERNAL = "dev.qlio.orm.schema.internal..";

    private static final String DIALECT = "dev.qlio.orm.dialect..";

    private static final String QUERY = "dev.qlio.orm.query..";

    private static final String SESSION = "dev.qlio.orm.session..";

    private static final String DDL = "dev.qlio.orm.ddl..";

    private static final String INTERNAL = "dev.qlio.orm.internal..";

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);

    /**
     * The one dependency of the schema on a higher layer, which the contract requires: {@code
     * TableMetadata.bind()} returns the {@link Database} the registry is bound to. Only that getter
     * names {@code Database}: the field behind it is an {@code Object}, and {@code Database}
     * records itself through {@code schema.internal.Bindings}, not through a method of the schema.
     */
    private static final DescribedPredicate<Dependency> TABLE_METADATA_BIND =
            describe(
                    "TableMetadata.bind() returning the Database it is bound to",
                    d ->
                            d.getOriginClass().isEquivalentTo(TableMetadata.class)
                                    && d.getTargetClass().isEquivalentTo(Database.class)
                                    && d.getDescription()
                                            .startsWith(
                                                    "Method <"
                                                            + TableMetadata.class.getName()
                                                            + ".bind()>"));

    /**
     * The root package and each top-level package of {@code dev.qlio.orm} (sub-packages belong to
     * theirs), except that {@code schema.types} is a slice of its own: it is the bottom layer,
     * below the expressions that the schema builds on. (With plain {@code dev.qlio.orm.(*)..}
     * slices, {@code expression -> schema.types} and {@code schema -> expression} would read as a
     * cycle.)
     */
    private static final SliceAssignment TOP_LEVEL_PACKAGES =
            new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String pkg = javaClass.getPackageName();
                    if (pkg.equals(ROOT)) {
                        return SliceIdentifier.of("(root)");
                    }
                    if (!pkg.startsWith(ROOT + ".")) {
                        return SliceIdentifier.ignore();
                    }
                    if (pkg.equals("dev.qlio.orm.schema.types")
                            || pkg.startsWith("dev.qlio.orm.schema.types.")) {
                        return SliceIdentifier.of("schema.types");
                    }
                    String rest = pkg.substring(ROOT.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
                }

                @Override
                public String getDescription() {
                    return "the root and top-level packages of dev.qlio.orm, schema.types apart";
                }
            };

    /**
     * The schema, {@code schema.internal} (row state and the hooks sessions and {@code Database}
     * use) and {@code schema.types}, each a slice: the schema builds on the other two, which must
     * never reach back up.
     */
    private static final SliceAssignment SCHEMA_PACKAGES =
            new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String pkg = javaClass.getPackageName();
                    String schema = "dev.qlio.orm.schema";
                    if (pkg.equals(schema)) {
                        return SliceIdentifier.of("schema");
                    }
                    if (!pkg.startsWith(schema + ".")) {
                        return SliceIdentifier.ignore();
                    }
                    String rest = pkg.substring(schema.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(
                            "schema." + (dot < 0 ? rest : rest.substring(0, dot)));
                }

                @Override
                public String getDescription() {
                    return "dev.qlio.orm.schema and each of its sub-packages";
                }
            };

    private static DescribedPredicate<Dependency> targetOutsideQlioOrIn(String... packages) {
        DescribedPredicate<JavaClass> allowed = resideOutsideOfPackage(QLIO);
        for (String p : packages) {
            allowed = allowed.or(resideInAPackage(p));
        }
        return Dependency.Predicates.dependencyTarget(allowed);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES)
                .should()
                .beFreeOfCycles()
                // only TableMetadata.bind() may make this dependency: see TABLE_METADATA_BIND
                .ignoreDependency(TableMetadata.class, Database.class)
                .check(CLASSES);
    }

    @Test
    void schemaPackagesAreFreeOfCycles() {
        slices().assignedFrom(SCHEMA_PACKAGES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void schemaInternalDependsOnNothingElseInQlio() {
        classes()
                .that()
                .resideInAPackage(SCHEMA_INTERNAL)
                .should(onlyHaveDependenciesWhere(targetOutsideQlioOrIn(SCHEMA_INTERNAL)))
                .check(CLASSES);
    }

    @Test
    void typesDependOnNothingElseInQlio() {
        classes()
                .that()
                .resideInAPackage(TYPES)
                .should(onlyHaveDependenciesWhere(targetOutsideQlioOrIn(TYPES)))
                .check(CLASSES);
    }

    @Test
    void expressionsDependOnlyOnTypes() {
        classes()
                .that()
                .resideInAPackage(EXPRESSION)
                .should(onlyHaveDependenciesWhere(targetOutsideQlioOrIn(EXPRESSION, TYPES)))
                .check(CLASSES);
    }

    @Test
    void schemaDependsOnlyOnTypesAndExpressions() {
        classes()
                .that()
                .resideInAPackage(SCHEMA)
                .should(
                        onlyHaveDependenciesWhere(
                                targetOutsideQlioOrIn(SCHEMA, EXPRESSION).or(TABLE_METADATA_BIND)))
                .check(CLASSES);
    }

    @Test
    void dialectsDoNotDependOnSessionsQueriesEngineDdlOrRoot() {
        noClasses()
                .that()
                .resideInAPackage(DIALECT)
                .should()
                .dependOnClassesThat(resideInAnyPackage(SESSION, QUERY, INTERNAL, DDL, ROOT))
                .check(CLASSES);
    }

    @Test
    void queryAndSessionInterfacesDoNotDependOnTheEngine() {
        noClasses()
                .that()
                .resideInAnyPackage(QUERY, SESSION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNAL)
                .check(CLASSES);
    }

    @Test
    void onlyTheRootPackageDdlAndTheEngineItselfUseTheEngine() {
        classes()
                .that()
                .resideInAPackage(INTERNAL)
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(ROOT, INTERNAL, DDL)
                .check(CLASSES);
    }

    /** The packages users type: everything but {@code internal} and {@code schema.internal}. */
    private static final String[] API = {
        "dev.qlio.orm",
        "dev.qlio.orm.dialect..",
        "dev.qlio.orm.ddl..",
        "dev.qlio.orm.expression..",
        "dev.qlio.orm.observation..",
        "dev.qlio.orm.query..",
        "dev.qlio.orm.repository..",
        "dev.qlio.orm.retry..",
        "dev.qlio.orm.schema",
        "dev.qlio.orm.schema.types..",
        "dev.qlio.orm.session.."
    };

    @Test
    void apiPackagesNeverImportInternal() {
        // Database (with its Builder) is the one wiring point: it builds the engine, but exposes no
        // internal type
        noClasses()
                .that()
                .resideInAnyPackage(API)
                .and()
                .doNotHaveFullyQualifiedName(Database.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(Database.Builder.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INTERNAL)
                .check(CLASSES);
    }

    @Test
    void noPublicApiMethodReturnsOrTakesAnInternalType() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(API)
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .should(
                        new com.tngtech.archunit.lang.ArchCondition<
                                com.tngtech.archunit.core.domain.JavaMethod>(
                                "expose no type of dev.qlio.orm.internal or schema.internal") {
                            @Override
                            public void check(
                                    com.tngtech.archunit.core.domain.JavaMethod method,
                                    com.tngtech.archunit.lang.ConditionEvents events) {
                                java.util.List<JavaClass> exposed =
                                        new java.util.ArrayList<>(method.getRawParameterTypes());
                                exposed.add(method.getRawReturnType());
                                for (JavaClass type : exposed) {
                                    if (type.getPackageName().startsWith("dev.qlio.orm.internal")
                                            || type.getPackageName()
                                                    .startsWith("dev.qlio.orm.schema.internal")) {
                                        events.add(
                                                com.tngtech.archunit.lang.SimpleConditionEvent
                                                        .violated(
                                                                method,
                                                                method.getFullName()
                                                                        + " exposes "
                                                                        + type.getName()));
                                    }
                                }
                            }
                        })
                .check(CLASSES);
    }

    @Test
    void renderingNeedsNoConnectionNorTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.qlio.orm.internal.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.qlio.orm.internal.engine..",
                        "dev.qlio.orm.internal.exec..",
                        "dev.qlio.orm.internal.query..",
                        "dev.qlio.orm.internal.session..",
                        "javax.sql..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(java.sql.Connection.class.getName())
                .check(CLASSES);
    }

    @Test
    void executionKnowsNoRowsQueriesOrSessions() {
        noClasses()
                .that()
                .resideInAPackage("dev.qlio.orm.internal.exec..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.qlio.orm.internal.engine..",
                        "dev.qlio.orm.internal.render..",
                        "dev.qlio.orm.internal.query..",
                        "dev.qlio.orm.internal.session..",
                        "dev.qlio.orm.internal.ddl..",
                        SCHEMA)
                .check(CLASSES);
    }

    @Test
    void internalPackagesAreFreeOfCycles() {
        slices().matching("dev.qlio.orm.internal.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
