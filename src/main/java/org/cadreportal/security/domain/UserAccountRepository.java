package org.cadreportal.security.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u from UserAccount u where u.enabled = true and :role member of u.roles")
    java.util.List<UserAccount> findEnabledWithRole(org.cadreportal.security.Role role);

    @Query("""
            select u from UserAccount u
            where :search = '' or lower(u.username) like lower(concat('%', :search, '%'))
               or u.displayName like concat('%', :search, '%')
            """)
    Page<UserAccount> search(String search, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :search = '' or lower(u.username) like lower(concat('%', :search, '%'))
               or u.displayName like concat('%', :search, '%')
            """)
    long countSearch(String search);
}
