package dev.qlio.orm.test.autoconfigure;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExampleOrmApplication {}
