package org.cadreportal.assessment;

/** A dimension of the indicator tree (经济发展, 民生保障, ...). */
public record DimensionRow(long id, String code, String name) {
}
