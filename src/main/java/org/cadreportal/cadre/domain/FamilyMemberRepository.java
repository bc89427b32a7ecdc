package org.cadreportal.cadre.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FamilyMemberRepository extends JpaRepository<FamilyMemberRecord, Long> {

    List<FamilyMemberRecord> findByCadreIdOrderByRowNo(long cadreId);

    List<FamilyMemberRecord> findByCadreIdInOrderByCadreIdAscRowNoAsc(Collection<Long> cadreIds);
}
