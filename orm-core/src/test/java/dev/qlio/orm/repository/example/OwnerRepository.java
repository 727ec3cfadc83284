package dev.qlio.orm.repository.example;

import dev.qlio.orm.repository.PagingTableRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public class OwnerRepository extends PagingTableRepository<Owner, Long> {
    public Page<Owner> findByLastName(String lastName, Pageable pageable) {
        return select().where(Owner.LAST_NAME.like(lastName + "%"))
                .load(Owner.PETS.then(Pet.VISITS), Owner.PETS.then(Pet.TYPE))
                .page(pageable);
    }
}
