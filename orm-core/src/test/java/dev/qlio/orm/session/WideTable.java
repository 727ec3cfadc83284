package dev.qlio.orm.session;

import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;

/** A table of 72 columns: wider than one 64-bit mask of written columns. */
@TableName("session_wide")
public class WideTable extends Table {

    public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();

    public static final Column<Integer> VERSION = column(SqlType.INTEGER).version();

    public static final Column<Integer> C01 = column(SqlType.INTEGER);
    public static final Column<Integer> C02 = column(SqlType.INTEGER);
    public static final Column<Integer> C03 = column(SqlType.INTEGER);
    public static final Column<Integer> C04 = column(SqlType.INTEGER);
    public static final Column<Integer> C05 = column(SqlType.INTEGER);
    public static final Column<Integer> C06 = column(SqlType.INTEGER);
    public static final Column<Integer> C07 = column(SqlType.INTEGER);
    public static final Column<Integer> C08 = column(SqlType.INTEGER);
    public static final Column<Integer> C09 = column(SqlType.INTEGER);
    public static final Column<Integer> C10 = column(SqlType.INTEGER);
    public static final Column<Integer> C11 = column(SqlType.INTEGER);
    public static final Column<Integer> C12 = column(SqlType.INTEGER);
    public static final Column<Integer> C13 = column(SqlType.INTEGER);
    public static final Column<Integer> C14 = column(SqlType.INTEGER);
    public static final Column<Integer> C15 = column(SqlType.INTEGER);
    public static final Column<Integer> C16 = column(SqlType.INTEGER);
    public static final Column<Integer> C17 = column(SqlType.INTEGER);
    public static final Column<Integer> C18 = column(SqlType.INTEGER);
    public static final Column<Integer> C19 = column(SqlType.INTEGER);
    public static final Column<Integer> C20 = column(SqlType.INTEGER);
    public static final Column<Integer> C21 = column(SqlType.INTEGER);
    public static final Column<Integer> C22 = column(SqlType.INTEGER);
    public static final Column<Integer> C23 = column(SqlType.INTEGER);
    public static final Column<Integer> C24 = column(SqlType.INTEGER);
    public static final Column<Integer> C25 = column(SqlType.INTEGER);
    public static final Column<Integer> C26 = column(SqlType.INTEGER);
    public static final Column<Integer> C27 = column(SqlType.INTEGER);
    public static final Column<Integer> C28 = column(SqlType.INTEGER);
    public static final Column<Integer> C29 = column(SqlType.INTEGER);
    public static final Column<Integer> C30 = column(SqlType.INTEGER);
    public static final Column<Integer> C31 = column(SqlType.INTEGER);
    public static final Column<Integer> C32 = column(SqlType.INTEGER);
    public static final Column<Integer> C33 = column(SqlType.INTEGER);
    public static final Column<Integer> C34 = column(SqlType.INTEGER);
    public static final Column<Integer> C35 = column(SqlType.INTEGER);
    public static final Column<Integer> C36 = column(SqlType.INTEGER);
    public static final Column<Integer> C37 = column(SqlType.INTEGER);
    public static final Column<Integer> C38 = column(SqlType.INTEGER);
    public static final Column<Integer> C39 = column(SqlType.INTEGER);
    public static final Column<Integer> C40 = column(SqlType.INTEGER);
    public static final Column<Integer> C41 = column(SqlType.INTEGER);
    public static final Column<Integer> C42 = column(SqlType.INTEGER);
    public static final Column<Integer> C43 = column(SqlType.INTEGER);
    public static final Column<Integer> C44 = column(SqlType.INTEGER);
    public static final Column<Integer> C45 = column(SqlType.INTEGER);
    public static final Column<Integer> C46 = column(SqlType.INTEGER);
    public static final Column<Integer> C47 = column(SqlType.INTEGER);
    public static final Column<Integer> C48 = column(SqlType.INTEGER);
    public static final Column<Integer> C49 = column(SqlType.INTEGER);
    public static final Column<Integer> C50 = column(SqlType.INTEGER);
    public static final Column<Integer> C51 = column(SqlType.INTEGER);
    public static final Column<Integer> C52 = column(SqlType.INTEGER);
    public static final Column<Integer> C53 = column(SqlType.INTEGER);
    public static final Column<Integer> C54 = column(SqlType.INTEGER);
    public static final Column<Integer> C55 = column(SqlType.INTEGER);
    public static final Column<Integer> C56 = column(SqlType.INTEGER);
    public static final Column<Integer> C57 = column(SqlType.INTEGER);
    public static final Column<Integer> C58 = column(SqlType.INTEGER);
    public static final Column<Integer> C59 = column(SqlType.INTEGER);
    public static final Column<Integer> C60 = column(SqlType.INTEGER);
    public static final Column<Integer> C61 = column(SqlType.INTEGER);
    public static final Column<Integer> C62 = column(SqlType.INTEGER);
    public static final Column<Integer> C63 = column(SqlType.INTEGER);
    public static final Column<Integer> C64 = column(SqlType.INTEGER);
    public static final Column<Integer> C65 = column(SqlType.INTEGER);
    public static final Column<Integer> C66 = column(SqlType.INTEGER);
    public static final Column<Integer> C67 = column(SqlType.INTEGER);
    public static final Column<Integer> C68 = column(SqlType.INTEGER);
    public static final Column<Integer> C69 = column(SqlType.INTEGER);
    public static final Column<Integer> C70 = column(SqlType.INTEGER);
}
