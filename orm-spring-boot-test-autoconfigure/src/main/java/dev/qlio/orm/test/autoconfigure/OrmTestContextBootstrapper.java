package dev.qlio.orm.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** The test context bootstrapper of {@link OrmTest @OrmTest}, applying its properties. */
final class OrmTestContextBootstrapper extends TestSliceTestContextBootstrapper<OrmTest> {}
