/** The benchmark's data model: canonical rows and the plain classes shared by several peers. */
package dev.qlio.benchmarks.model;
