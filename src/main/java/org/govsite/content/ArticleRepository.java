package org.govsite.content;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ArticleRepository extends ListCrudRepository<Article, UUID> {
}
