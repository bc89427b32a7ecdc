package org.cadreportal.org;

/** Where a post title such as 市交通运输局党组书记、局长 sits in the post table: its unit and the post within it. */
public record PostPlace(long unitId, String unitName, String postTitle) {
}
