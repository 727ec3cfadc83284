package dev.qlio.orm.internal.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.internal.ddl.DdlTables.Child;
import dev.qlio.orm.internal.ddl.DdlTables.CycleA;
import dev.qlio.orm.internal.ddl.DdlTables.CycleB;
import dev.qlio.orm.internal.ddl.DdlTables.Node;
import dev.qlio.orm.internal.ddl.DdlTables.Order;
import dev.qlio.orm.internal.ddl.DdlTables.Parent;
import dev.qlio.orm.internal.ddl.DdlTables.User;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMeta;
import dev.qlio.orm.schema.TableMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Foreign-key ordering, without a database. */
class TableOrderTest {

    @SafeVarargs
    private static TableOrder order(Class<? extends Table>... tables) {
        TableMetadata metadata = new TableMetadata();
        for (Class<? extends Table> table : tables) {
            metadata.registerTable(table);
        }
        metadata.setupTables();
        return TableOrder.of(metadata, metadata.tables().values());
    }

    private static List<String> names(List<TableMeta<?>> tables) {
        return tables.stream().map(TableMeta::name).toList();
    }

    @Test
    void parentsComeBeforeChildrenWhateverTheRegistrationOrder() {
        TableOrder order = order(Child.class, Order.class, Parent.class, User.class);

        assertThat(names(order.parentsFirst()))
                .containsExactly("ddl_parent", "ddl_child", "user", "order");
        assertThat(names(order.childrenFirst()))
                .containsExactly("order", "user", "ddl_child", "ddl_parent");
        assertThat(order.cyclic()).isEmpty();
    }

    @Test
    void selfReferenceIsNoCycle() {
        TableOrder order = order(Node.class);

        assertThat(names(order.parentsFirst())).containsExactly("ddl_node");
        assertThat(order.cyclic()).isEmpty();
    }

    @Test
    void oneReferenceOfACycleIsSetAside() {
        TableOrder order = order(CycleA.class, CycleB.class);

        assertThat(names(order.parentsFirst())).containsExactly("ddl_cycle_b", "ddl_cycle_a");
        // b is created first, so its reference to a must wait until a exists
        assertThat(order.cyclic())
                .singleElement()
                .satisfies(fk -> assertThat(fk.column()).isSameAs(CycleB.A_ID));
    }
}
