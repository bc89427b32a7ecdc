package org.cadreportal.adjustment.service;

import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.cadre.CadreAdjustment;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.PostPlace;

/**
 * What 宣布并办理任免 writes to the cadre: the decided post with its unit and the decided rank, together. A
 * post title the post table knows (市交通运输局党组书记、局长) moves the cadre to that unit with the post as the
 * table names it; any other title is a post in the cadre's own unit. The career entry names the case.
 */
final class DecidedPost {

    private DecidedPost() {
    }

    static CadreAdjustment of(AdjustmentCase c, OrgService org) {
        PostPlace place = org.placeOf(c.getProposedPost()).orElse(null);
        boolean elsewhere = place != null && place.unitId() != c.getUnit().getId();
        return new CadreAdjustment(elsewhere ? Long.valueOf(place.unitId()) : null,
                elsewhere ? place.postTitle() : c.getProposedPost(),
                c.getProposedRank() == null ? c.getFormerRank() : c.getProposedRank(), c.getEffectiveDate(),
                c.getCaseNo() + " " + c.getDocumentNo(), c.getImpactUntil());
    }
}
