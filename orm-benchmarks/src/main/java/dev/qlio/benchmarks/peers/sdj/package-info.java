/** The Spring Data JDBC peer, its aggregates and its minimal Spring configuration. */
package dev.qlio.benchmarks.peers.sdj;
