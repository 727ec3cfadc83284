CREATE TABLE "qlio_starter_author" (
    "id" BIGINT NOT NULL,
    "name" VARCHAR(64) NOT NULL
);
