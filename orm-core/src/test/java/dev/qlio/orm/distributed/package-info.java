/** Tests of the distributed-SQL profile: client-generated keys, savepoint-less databases. */
package dev.qlio.orm.distributed;
