package dev.qlio.orm.repository.example;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OwnerController {
    private final OwnerRepository owners;

    OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    @GetMapping("/owners")
    Page<Owner> list(@RequestParam(defaultValue = "") String lastName, Pageable pageable) {
        return this.owners.findByLastName(lastName, pageable);
    }
}
