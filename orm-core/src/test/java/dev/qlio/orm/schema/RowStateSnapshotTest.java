package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.schema.internal.LoadedList;
import dev.qlio.orm.schema.internal.RowState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot of a row's state puts back everything a session's write changes. */
class RowStateSnapshotTest {

    @Test
    void restoreUndoesValuesHistoryPersistenceAndCollections() {
        RowState state = new RowState(3);
        state.load(0, 1L);
        state.load(1, "loaded");
        state.store(1, "changed");
        LoadedList<Object> list = new LoadedList<>(List.of("a"));
        state.setRelationship("items", list);
        RowState.Snapshot snapshot = state.snapshot();

        // what a write does: key and version loaded, history restarts, collection moved on
        state.store(2, "default");
        state.load(0, 2L);
        state.markPersisted();
        list.add("b");
        list.resetSnapshot();
        state.setRelationship("other", null);

        state.restore(snapshot);
        assertThat(state.value(0)).isEqualTo(1L);
        assertThat(state.value(1)).isEqualTo("changed");
        assertThat(state.isChanged(1)).isTrue();
        assertThat(state.oldValue(1)).isEqualTo("loaded");
        assertThat(state.hasValue(2)).isFalse();
        assertThat(state.isPersisted()).isFalse();
        assertThat(list.original()).containsExactly("a");
        assertThat(state.relationship("items")).isSameAs(list);
        assertThat(state.relationship("other")).isNull();
    }

    @Test
    void aSnapshotIsNotChangedByLaterWrites() {
        RowState state = new RowState(1);
        state.load(0, "v0");
        RowState.Snapshot snapshot = state.snapshot();
        state.store(0, "v1");
        state.restore(snapshot);
        state.store(0, "v2");
        state.restore(snapshot);
        assertThat(state.value(0)).isEqualTo("v0");
        assertThat(state.isChanged(0)).isFalse();
    }
}
