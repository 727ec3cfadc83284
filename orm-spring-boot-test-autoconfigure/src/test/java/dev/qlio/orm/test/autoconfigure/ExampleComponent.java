package dev.qlio.orm.test.autoconfigure;

import org.springframework.stereotype.Component;

/** An application component that @OrmTest does not load. */
@Component
public class ExampleComponent {}
