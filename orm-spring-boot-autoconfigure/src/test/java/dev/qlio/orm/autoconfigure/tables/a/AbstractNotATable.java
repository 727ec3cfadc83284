package dev.qlio.orm.autoconfigure.tables.a;

import dev.qlio.orm.schema.Table;

/** Abstract: never registered by the scanner. */
public abstract class AbstractNotATable extends Table {}
