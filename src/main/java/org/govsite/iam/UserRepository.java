package org.govsite.iam;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

	@Query("SELECT * FROM app_user WHERE lower(username) = lower(:username)")
	Optional<User> findByUsername(String username);

	List<User> findAllByOrderByUsername();

	boolean existsByDemoTrue();

	@Query("SELECT count(*) FROM app_user u JOIN role_grant g ON g.app_user = u.id WHERE g.role = :role AND u.enabled")
	long countEnabledWithRole(String role);
}
