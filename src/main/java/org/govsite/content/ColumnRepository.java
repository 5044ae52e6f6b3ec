package org.govsite.content;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ColumnRepository extends ListCrudRepository<Column, UUID> {

	List<Column> findBySiteIdOrderBySortOrderAscNameAsc(UUID siteId);

	List<Column> findByParentId(UUID parentId);
}
