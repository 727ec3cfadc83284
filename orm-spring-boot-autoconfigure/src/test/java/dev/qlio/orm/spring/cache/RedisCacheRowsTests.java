package dev.qlio.orm.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.Database;
import dev.qlio.orm.schema.Column;
import dev.qlio.orm.schema.Relationship;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.TableMetadata;
import dev.qlio.orm.schema.TableName;
import dev.qlio.orm.schema.types.SqlType;
import dev.qlio.orm.session.Session;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Rows cached by Spring Cache in a real Redis (127.0.0.1:6379) with JDK serialization come back
 * with their values, change history and loaded relationships, and a partial update after the round
 * trip writes only what changed. Skipped without Redis unless {@code QLIO_TEST_REQUIRE} names
 * {@code redis} or {@code all} ({@code .ci/run} does).
 */
class RedisCacheRowsTests {

    @TableName("qrc_shelf")
    public static class Shelf extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> LABEL = column(SqlType.varchar(40)).notNull();
    }

    @TableName("qrc_item")
    public static class Item extends Table {
        public static final Column<Long> ID = column(SqlType.BIGINT).primaryKey().autoincrement();
        public static final Column<String> NAME = column(SqlType.varchar(40)).notNull();
        public static final Column<Integer> STOCK = column(SqlType.INTEGER);
        public static final Column<Long> SHELF_ID =
                column(SqlType.BIGINT).references("qrc_shelf.id");
        public static final Relationship<Shelf> SHELF = Relationship.manyToOne(Shelf.class);
    }

    /** Reads an item with its shelf; cached in Redis. */
    public static class Catalog {

        final Database database;

        final AtomicInteger reads = new AtomicInteger();

        Catalog(Database database) {
            this.database = database;
        }

        /**
         * How many times the database was read (through the caching proxy: its fields are the
         * target's).
         */
        public int reads() {
            return this.reads.get();
        }

        @Cacheable(cacheNames = "items")
        public Item item(long id) {
            this.reads.incrementAndGet();
            try (Session s = this.database.session()) {
                return s.select(Item.class)
                        .where(Item.ID.eq(id))
                        .load(Item.SHELF)
                        .first()
                        .orElseThrow();
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class CacheConfig {

        @Bean
        LettuceConnectionFactory redis() {
            return new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", 6379));
        }

        @Bean
        CacheManager cacheManager(LettuceConnectionFactory redis) {
            return RedisCacheManager.builder(redis)
                    .cacheDefaults(
                            RedisCacheConfiguration.defaultCacheConfig()
                                    .prefixCacheNameWith("qlio-test-" + UUID.randomUUID() + ":")
                                    .entryTtl(Duration.ofMinutes(1))
                                    .serializeValuesWith(
                                            SerializationPair.fromSerializer(
                                                    RedisSerializer.java())))
                    .build();
        }

        @Bean
        Catalog catalog(Database database) {
            return new Catalog(database);
        }
    }

    private SingleConnectionDataSource dataSource;

    private Database database;

    private JdbcTemplate jdbc;

    @BeforeEach
    void requireRedisAndCreateTables() {
        requireRedis();
        this.dataSource =
                new SingleConnectionDataSource(
                        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", true);
        TableMetadata metadata = new TableMetadata();
        metadata.registerTable(Shelf.class);
        metadata.registerTable(Item.class);
        metadata.setupTables();
        this.database = Database.connect(this.dataSource, metadata);
        this.database.ddl().createAll();
        this.jdbc = new JdbcTemplate(this.dataSource);
    }

    @AfterEach
    void close() {
        if (this.dataSource != null) {
            this.dataSource.destroy();
        }
    }

    private static void requireRedis() {
        String required = System.getenv("QLIO_TEST_REQUIRE");
        boolean isRequired = false;
        if (required != null) {
            for (String name : required.toLowerCase(Locale.ROOT).split(",")) {
                isRequired |= name.trim().equals("redis") || name.trim().equals("all");
            }
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 6379), 1000);
        } catch (java.io.IOException ex) {
            String reason = "Redis at 127.0.0.1:6379 is not reachable: " + ex.getMessage();
            if (isRequired) {
                Assertions.fail(reason + " [required by QLIO_TEST_REQUIRE]");
            }
            Assumptions.abort(reason);
        }
    }

    @Test
    void aCachedRowComesBackFromRedisWithItsRelationshipAndUpdatesOnlyWhatChanged() {
        long id;
        try (Session s = this.database.session()) {
            Shelf shelf = new Shelf();
            shelf.set(Shelf.LABEL, "top");
            s.add(shelf);
            Item item = new Item();
            item.set(Item.NAME, "lamp");
            item.set(Item.STOCK, 3);
            item.setRelated(Item.SHELF, shelf);
            s.add(item);
            s.commit();
            id = item.get(Item.ID);
        }
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext()) {
            context.registerBean(Database.class, () -> this.database);
            context.register(CacheConfig.class);
            context.refresh();
            Catalog catalog = context.getBean(Catalog.class);

            Item first = catalog.item(id);
            // the cache writes to Redis on its own connection: wait until the entry is there
            org.springframework.cache.Cache items =
                    context.getBean(CacheManager.class).getCache("items");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (items.get(id) == null && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Item cached = catalog.item(id);

            assertThat(catalog.reads()).isEqualTo(1);
            assertThat(cached).isNotSameAs(first).isExactlyInstanceOf(Item.class);
            assertThat(cached.get(Item.NAME)).isEqualTo("lamp");
            assertThat(cached.isPersisted()).isTrue();
            assertThat(cached.related(Item.SHELF).get(Shelf.LABEL)).isEqualTo("top");

            // someone else changes the name behind the cache: a partial update must not undo it
            this.jdbc.update("UPDATE \"qrc_item\" SET \"name\" = 'LAMP' WHERE \"id\" = ?", id);
            cached.set(Item.STOCK, 2);
            assertThat(cached.changedColumns()).containsExactly(Item.STOCK);
            try (Session s = this.database.session()) {
                s.add(cached);
                s.commit();
            }
        }
        assertThat(
                        this.jdbc.queryForMap(
                                "SELECT \"name\", \"stock\" FROM \"qrc_item\" WHERE \"id\" = ?",
                                id))
                .containsEntry("name", "LAMP")
                .containsEntry("stock", 2);
    }
}
