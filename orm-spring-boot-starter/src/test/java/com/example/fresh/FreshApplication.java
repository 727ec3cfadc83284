package com.example.fresh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A fresh Spring Boot application: the Qlio starter, H2 and one table class, nothing else. */
@SpringBootApplication
public class FreshApplication {

    public static void main(String[] args) {
        SpringApplication.run(FreshApplication.class, args);
    }
}
