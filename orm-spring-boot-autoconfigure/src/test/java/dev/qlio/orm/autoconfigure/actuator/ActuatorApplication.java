package dev.qlio.orm.autoconfigure.actuator;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application with two related tables and the actuator, for the observability tests. */
@SpringBootApplication
public class ActuatorApplication {}
