package dev.qlio.orm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.qlio.orm.schema.LibrarySchema.Author;
import dev.qlio.orm.schema.LibrarySchema.Book;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.schema.types.SqlType;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A row's values, history ("dirty" tracking), dictionary view and type checks. */
class RowStateTest {

    public static class Account extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey();
        public static final Column<String> EMAIL = column(SqlType.varchar(10));
        public static final Column<String> NOTE = column(SqlType.TEXT);
        public static final Column<BigDecimal> BALANCE = column(SqlType.numeric(10, 2));
        public static final Column<String> STATUS = column(SqlType.TEXT).defaultValue("new");
        public static final Column<byte[]> AVATAR = column(SqlType.BYTES);
    }

    /** A row as a session would have loaded it: every value stored without history. */
    private static Account loaded(String email) {
        Account row = new Account();
        row.storeColumnValue(Account.ID, 1L, false);
        row.storeColumnValue(Account.EMAIL, email, false);
        return row;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<Object> raw(Column<?> column) {
        return (Column) column;
    }

    // ---- values ----------------------------------------------------------------------------

    @Test
    void aNewRowHasNoValues() {
        Account row = new Account();

        assertThat(row.hasValue(Account.EMAIL)).isFalse();
        assertThat(row.get(Account.EMAIL)).isNull();
        assertThat(row.getOldValue(Account.EMAIL)).isNull();
        assertThat(row.isChanged(Account.EMAIL)).isFalse();
        assertThat(row.changedColumns()).isEmpty();
        assertThat(row.table()).isSameAs(TableMeta.of(Account.class));
    }

    @Test
    void setThenGetReturnsTheValue() {
        Account row = new Account();

        row.set(Account.EMAIL, "a@b.c");

        assertThat(row.get(Account.EMAIL)).isEqualTo("a@b.c");
        assertThat(row.getColumnValue(Account.EMAIL)).isEqualTo("a@b.c");
        assertThat(row.hasValue(Account.EMAIL)).isTrue();
    }

    @Test
    void hasValueTellsNeverSetFromNull() {
        Account row = new Account();

        row.set(Account.NOTE, null);

        assertThat(row.hasValue(Account.NOTE)).isTrue();
        assertThat(row.get(Account.NOTE)).isNull();
        assertThat(row.hasValue(Account.EMAIL)).isFalse();
        assertThat(row.get(Account.EMAIL)).isNull();
    }

    @Test
    void getColumnValueFallsBackToTheDefaultOnlyWithoutAValue() {
        Account row = new Account();

        assertThat(row.getColumnValue(Account.STATUS)).isEqualTo("new");
        assertThat(row.getColumnValue(Account.STATUS, true)).isEqualTo("new");
        assertThat(row.getColumnValue(Account.STATUS, false)).isNull();
        assertThat(row.get(Account.STATUS)).isNull();
        assertThat(row.hasValue(Account.STATUS)).isFalse();

        row.set(Account.STATUS, null);

        assertThat(row.getColumnValue(Account.STATUS)).isNull();
    }

    @Test
    void storeColumnValueRecordsTheChangeLikeSet() {
        Account row = loaded("old@x.y");

        row.storeColumnValue(Account.EMAIL, "new@x.y");

        assertThat(row.isChanged(Account.EMAIL)).isTrue();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("old@x.y");
    }

    // ---- history ---------------------------------------------------------------------------

    @Test
    void setOnANewRowIsAChangeWithoutOldValue() {
        Account row = new Account();

        row.set(Account.EMAIL, "a@b.c");

        assertThat(row.isChanged(Account.EMAIL)).isTrue();
        assertThat(row.getOldValue(Account.EMAIL)).isNull();
        assertThat(row.changedColumns()).containsExactly(Account.EMAIL);
    }

    @Test
    void settingNullOnANewRowIsAChange() {
        Account row = new Account();

        row.set(Account.NOTE, null);

        assertThat(row.isChanged(Account.NOTE)).isTrue();
    }

    @Test
    void valueStoredWithoutHistoryCountsAsTheLoadedValue() {
        Account row = loaded("a@b.c");

        assertThat(row.isChanged(Account.EMAIL)).isFalse();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("a@b.c");
        assertThat(row.get(Account.EMAIL)).isEqualTo("a@b.c");
        assertThat(row.changedColumns()).isEmpty();
    }

    @Test
    void getOldValueAfterOneChangeIsTheLoadedValue() {
        Account row = loaded("old@x.y");

        row.set(Account.EMAIL, "new@x.y");

        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("old@x.y");
        assertThat(row.get(Account.EMAIL)).isEqualTo("new@x.y");
        assertThat(row.isChanged(Account.EMAIL)).isTrue();
    }

    @Test
    void getOldValueAfterTwoChangesIsTheLoadedValue() {
        Account row = loaded("old@x.y");

        row.set(Account.EMAIL, "mid@x.y");
        row.set(Account.EMAIL, "new@x.y");

        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("old@x.y");
        assertThat(row.get(Account.EMAIL)).isEqualTo("new@x.y");
    }

    @Test
    void getOldValueAfterTwoChangesOnANewRowIsNull() {
        Account row = new Account();

        row.set(Account.EMAIL, "a@x.y");
        row.set(Account.EMAIL, "b@x.y");

        assertThat(row.getOldValue(Account.EMAIL)).isNull();
        assertThat(row.isChanged(Account.EMAIL)).isTrue();
    }

    @Test
    void settingBackToTheLoadedValueClearsIsChanged() {
        Account row = loaded("old@x.y");

        row.set(Account.EMAIL, "new@x.y");
        row.set(Account.EMAIL, "old@x.y");

        assertThat(row.isChanged(Account.EMAIL)).isFalse();
        assertThat(row.changedColumns()).isEmpty();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("old@x.y");
    }

    @Test
    void settingBackAfterTwoChangesClearsIsChanged() {
        Account row = loaded("old@x.y");

        row.set(Account.EMAIL, "a@x.y");
        row.set(Account.EMAIL, "b@x.y");
        row.set(Account.EMAIL, "old@x.y");

        assertThat(row.isChanged(Account.EMAIL)).isFalse();
    }

    @Test
    void aChangeAfterSettingBackIsTrackedAgainstTheLoadedValue() {
        Account row = loaded("old@x.y");
        row.set(Account.EMAIL, "a@x.y");
        row.set(Account.EMAIL, "old@x.y");

        row.set(Account.EMAIL, "b@x.y");

        assertThat(row.isChanged(Account.EMAIL)).isTrue();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("old@x.y");
    }

    @Test
    void settingTheSameValueAsLoadedIsNoChange() {
        Account row = loaded("same@x.y");

        row.set(Account.EMAIL, "same@x.y");

        assertThat(row.isChanged(Account.EMAIL)).isFalse();
    }

    @Test
    void settingNullOnALoadedValueIsAChange() {
        Account row = loaded("a@x.y");

        row.set(Account.EMAIL, null);

        assertThat(row.isChanged(Account.EMAIL)).isTrue();
        assertThat(row.hasValue(Account.EMAIL)).isTrue();
        assertThat(row.get(Account.EMAIL)).isNull();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("a@x.y");
    }

    @Test
    void settingALoadedNullBackToNullIsNoChange() {
        Account row = new Account();
        row.storeColumnValue(Account.NOTE, null, false);

        row.set(Account.NOTE, "x");
        row.set(Account.NOTE, null);

        assertThat(row.isChanged(Account.NOTE)).isFalse();
    }

    @Test
    void byteArraysAreComparedByContent() {
        Account row = new Account();
        row.storeColumnValue(Account.AVATAR, new byte[] {1, 2, 3}, false);

        row.set(Account.AVATAR, new byte[] {9});
        row.set(Account.AVATAR, new byte[] {1, 2, 3});

        assertThat(row.isChanged(Account.AVATAR)).isFalse();
    }

    @Test
    void storingWithoutHistoryAfterChangesMakesTheValueTheLoadedOne() {
        Account row = loaded("old@x.y");
        row.set(Account.EMAIL, "new@x.y");

        row.storeColumnValue(Account.EMAIL, "db@x.y", false);

        assertThat(row.isChanged(Account.EMAIL)).isFalse();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("db@x.y");
        row.set(Account.EMAIL, "next@x.y");
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("db@x.y");
    }

    @Test
    void changedColumnsAreInColumnOrder() {
        Account row = loaded("a@x.y");

        row.set(Account.STATUS, "active");
        row.set(Account.NOTE, "n");
        row.set(Account.EMAIL, "b@x.y");

        assertThat(row.changedColumns())
                .containsExactly(Account.EMAIL, Account.NOTE, Account.STATUS);
    }

    @Test
    void changedColumnsIsAnUnmodifiableSnapshot() {
        Account row = new Account();
        row.set(Account.NOTE, "n");

        var changed = row.changedColumns();
        row.set(Account.EMAIL, "e");

        assertThat(changed).containsExactly(Account.NOTE);
        assertThatThrownBy(() -> changed.add(Account.ID))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void historyRestartsWhenTheRowIsMarkedWritten() {
        Account row = loaded("old@x.y");
        row.set(Account.EMAIL, "new@x.y");
        row.set(Account.NOTE, "n");

        Rows.access().markPersisted(row);

        assertThat(row.changedColumns()).isEmpty();
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("new@x.y");
        assertThat(Rows.access().isPersisted(row)).isTrue();
        row.set(Account.EMAIL, "newer@x.y");
        assertThat(row.getOldValue(Account.EMAIL)).isEqualTo("new@x.y");
    }

    @Test
    void historyWorksThroughAnAliasedColumn() {
        Account row = loaded("old@x.y");
        Column<String> aliased = new AliasedTable<>("a", Account.class).column(Account.EMAIL);

        row.set(aliased, "new@x.y");

        assertThat(row.get(Account.EMAIL)).isEqualTo("new@x.y");
        assertThat(row.isChanged(aliased)).isTrue();
    }

    // ---- toDict ----------------------------------------------------------------------------

    @Test
    void toDictMapsEveryColumnInColumnOrderUnsetAndNullOnesIncluded() {
        Account row = new Account();
        row.set(Account.STATUS, "active");
        row.set(Account.NOTE, null);
        row.set(Account.ID, 5L);

        Map<Column<?>, Object> dict = row.toDict();

        // issue 13: every column, as asyncqlio's to_dict (before, unset columns were left out)
        assertThat(dict.keySet())
                .containsExactly(
                        Account.ID,
                        Account.EMAIL,
                        Account.NOTE,
                        Account.BALANCE,
                        Account.STATUS,
                        Account.AVATAR);
        assertThat(dict)
                .containsEntry(Account.ID, 5L)
                .containsEntry(Account.EMAIL, null)
                .containsEntry(Account.NOTE, null)
                .containsEntry(Account.BALANCE, null)
                .containsEntry(Account.STATUS, "active")
                .containsEntry(Account.AVATAR, null);
        assertThat(row.hasValue(Account.NOTE)).isTrue();
        assertThat(row.hasValue(Account.EMAIL)).isFalse();
    }

    @Test
    void toDictWithAttributesAddsExtraValuesByName() {
        Account row = loaded("a@x.y");
        Rows.access().setAttribute(row, "post_count", 3L);

        assertThat(row.toDict(true))
                .containsExactly(
                        Map.entry(Account.ID, 1L),
                        Map.entry(Account.EMAIL, "a@x.y"),
                        new AbstractMap.SimpleEntry<>(Account.NOTE, null),
                        new AbstractMap.SimpleEntry<>(Account.BALANCE, null),
                        new AbstractMap.SimpleEntry<>(Account.STATUS, null),
                        new AbstractMap.SimpleEntry<>(Account.AVATAR, null),
                        Map.entry("post_count", 3L));
        assertThat(row.toDict(false)).doesNotContainKey("post_count").hasSize(6);
        assertThat(row.toDict().keySet()).containsExactlyElementsOf(row.table().columns());
        assertThat(row.getAttribute("post_count")).isEqualTo(3L);
        assertThat(row.getAttribute("other")).isNull();
    }

    // ---- type checks -----------------------------------------------------------------------

    @Test
    void setRefusesAValueOfTheWrongJavaTypeNamingTheColumn() {
        Account row = new Account();

        assertThatThrownBy(() -> row.set(raw(Account.ID), "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Account.ID")
                .hasMessageContaining("java.lang.Long")
                .hasMessageContaining("java.lang.String");
        assertThat(row.hasValue(Account.ID)).isFalse();
    }

    @Test
    void storeColumnValueWithoutHistoryAlsoChecksTheType() {
        Account row = new Account();

        assertThatThrownBy(() -> row.storeColumnValue(raw(Account.BALANCE), 1.5, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Account.BALANCE");
    }

    @Test
    void setRefusesAStringLongerThanTheVarcharNamingTheColumn() {
        Account row = new Account();

        assertThatThrownBy(() -> row.set(Account.EMAIL, "01234567890"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Account.EMAIL")
                .hasMessageContaining("VARCHAR(10)")
                .hasMessageContaining("11 characters");
        assertThat(row.hasValue(Account.EMAIL)).isFalse();
    }

    @Test
    void varcharLengthCountsCharactersNotUtf16Units() {
        Account row = new Account();
        String tenEmoji = "\uD83D\uDE00".repeat(10);

        row.set(Account.EMAIL, tenEmoji);

        assertThat(row.get(Account.EMAIL)).isEqualTo(tenEmoji);
        assertThatThrownBy(() -> row.set(Account.EMAIL, tenEmoji + "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnOfAnotherTableIsRefused() {
        Account row = new Account();

        assertThatThrownBy(() -> row.set(Author.NAME, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Author.NAME")
                .hasMessageContaining("does not belong to table account");
        assertThatThrownBy(() -> row.get(Author.NAME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.hasValue(Author.NAME))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsTheValues() {
        Account row = loaded("a@x.y");
        row.set(Account.AVATAR, new byte[] {1, 2});

        assertThat(row).hasToString("Account{id=1, email=a@x.y, avatar=2 bytes}");
    }

    // ---- relationship instances -------------------------------------------------------------

    @Test
    void getRelationshipInstanceReturnsTheLoadedValue() {
        Book book = new Book();
        Author author = new Author();
        Rows.access().setRelationship(book, "author", author);
        Rows.access().setRelationship(book, "tags", List.of());

        assertThat(book.getRelationshipInstance("author")).isSameAs(author);
        assertThat(book.getRelationshipInstance("tags")).isEqualTo(List.of());
    }

    @Test
    void getRelationshipInstanceReturnsNullForALoadedEmptyManyToOne() {
        Book book = new Book();
        Rows.access().setRelationship(book, "author", null);

        assertThat(book.getRelationshipInstance("author")).isNull();
    }

    @Test
    void getRelationshipInstanceOfANewRowsManyToOneIsNull() {
        // issue 13: a new row points nowhere yet, as its collections start empty (it used to throw)
        Book book = new Book();

        assertThat(book.getRelationshipInstance("author")).isNull();
        assertThat(book.isLoaded(Book.AUTHOR)).isTrue();
    }

    @Test
    void getRelationshipInstanceOfANotLoadedRelationshipThrows() {
        Book book = new Book();
        Rows.access().markPersisted(book);

        assertThat(book.isLoaded(Book.AUTHOR)).isFalse();
        assertThatThrownBy(() -> book.getRelationshipInstance("author"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'author'")
                .hasMessageContaining("not loaded");
    }

    @Test
    void getRelationshipInstanceOfAnUnknownRelationshipListsTheKnownOnes() {
        Book book = new Book();

        assertThatThrownBy(() -> book.getRelationshipInstance("publisher"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'publisher'")
                .hasMessageContaining("author")
                .hasMessageContaining("tags");
    }
}
