package org.govsite.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, UUID> {

	Optional<Unit> findByName(String name);

	List<Unit> findAllByOrderByKindAscNameAsc();
}
