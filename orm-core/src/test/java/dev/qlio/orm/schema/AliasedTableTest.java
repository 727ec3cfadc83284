package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.Employee;
import org.junit.jupiter.api.Test;

class AliasedTableTest {

    private final AliasedTable<Employee> manager = new AliasedTable<>("manager", Employee.class);

    @Test
    void aliasNamesATable() {
        assertThat(this.manager.aliasName()).isEqualTo("manager");
        assertThat(this.manager.table()).isSameAs(TableMeta.of(Employee.class));
        assertThat(this.manager).hasToString("AliasedTable[manager -> Employee]");
    }

    @Test
    void columnIsQualifiedByTheAlias() {
        Column<String> name = this.manager.column(Employee.NAME);

        assertThat(name.qualifier()).isEqualTo("manager");
        assertThat(name.aliasQualifier()).isEqualTo("manager");
        assertThat(name.name()).isEqualTo("name");
        assertThat(name.aliasName()).isEqualTo("manager_name");
        assertThat(name.origin()).isSameAs(Employee.NAME);
        assertThat(name.type()).isSameAs(Employee.NAME.type());
        assertThat(name.table()).isSameAs(TableMeta.of(Employee.class));
        assertThat(name).hasToString("manager.name TEXT");
        assertThat(Employee.NAME.qualifier()).isEqualTo("employee");
    }

    @Test
    void columnOfAnAliasedColumnIsRequalified() {
        AliasedTable<Employee> boss = new AliasedTable<>("boss", Employee.class);

        Column<String> name = boss.column(this.manager.column(Employee.NAME));

        assertThat(name.qualifier()).isEqualTo("boss");
        assertThat(name.origin()).isSameAs(Employee.NAME);
    }

    @Test
    void columnOfAnotherTableIsRefused() {
        assertThatThrownBy(() -> this.manager.column(Author.NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manager")
                .hasMessageContaining(Employee.class.getName());
    }

    @Test
    void aliasedColumnsBuildConditionsAndKeepNullChecks() {
        Column<String> name = this.manager.column(Employee.NAME);

        assertThat(name.eq("Grace")).isNotNull();
        assertThatThrownBy(() -> name.eq(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isNull()");
        assertThat(name.eqColumn(Employee.NAME)).isNotNull();
    }

    @Test
    void getColumnFindsBySqlNameAndFieldName() {
        assertThat(this.manager.getColumn("manager_id"))
                .get()
                .satisfies(
                        c -> {
                            assertThat(c.origin()).isSameAs(Employee.MANAGER_ID);
                            assertThat(c.qualifier()).isEqualTo("manager");
                        });
        assertThat(this.manager.getColumn("MANAGER_ID").orElseThrow().origin())
                .isSameAs(Employee.MANAGER_ID);
    }

    @Test
    void getColumnFindsByAliasQualifiedAndTableQualifiedName() {
        assertThat(this.manager.getColumn("manager_name").orElseThrow().origin())
                .isSameAs(Employee.NAME);
        assertThat(this.manager.getColumn("employee_name").orElseThrow().origin())
                .isSameAs(Employee.NAME);
        assertThat(this.manager.getColumn("manager_name").map(Column::qualifier))
                .contains("manager");
    }

    @Test
    void getColumnMissesUnknownNames() {
        assertThat(this.manager.getColumn("title")).isEmpty();
        assertThat(this.manager.getColumn("manager_title")).isEmpty();
        assertThat(this.manager.getColumn("boss_name")).isEmpty();
    }

    @Test
    void aliasNameMustBeNonEmptyWithoutNul() {
        assertThatThrownBy(() -> new AliasedTable<>("", Employee.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AliasedTable<>("a\0b", Employee.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aliasesWithTheSameNameAndTableAreEqual() {
        assertThat(new AliasedTable<>("manager", Employee.class))
                .isEqualTo(this.manager)
                .hasSameHashCodeAs(this.manager);
        assertThat(new AliasedTable<>("boss", Employee.class)).isNotEqualTo(this.manager);
        assertThat(new AliasedTable<>("manager", Author.class)).isNotEqualTo(this.manager);
    }
}
