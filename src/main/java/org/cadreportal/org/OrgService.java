package org.cadreportal.org;

import java.util.List;

/**
 * The unit tree and its posts. Reading is open to every signed-in user (pickers need it); changing
 * the tree is for administrators.
 */
public interface OrgService {

    /** Children of a unit, or the roots when {@code parentId} is null; retired ones only when asked. */
    List<UnitNode> children(Long parentId, boolean includeRetired);

    UnitNode get(long id);

    /** Active units of a subtree (root included), in tree order, for pickers. */
    List<UnitNode> subtree(long rootId);

    /** Every active unit, in tree order. */
    List<UnitNode> tree();

    UnitNode add(Long parentId, String code, String name, UnitType type);

    UnitNode rename(long id, int version, String name);

    UnitNode move(long id, int version, long newParentId);

    UnitNode retire(long id, int version);

    List<PostRow> posts(long unitId);

    PostRow addPost(long unitId, String name, boolean leader);

    /** The unit and post a full post title names in the post table, if it names one (see {@code PostPlaces}). */
    java.util.Optional<PostPlace> placeOf(String postTitle);

    void retirePost(long postId);
}
