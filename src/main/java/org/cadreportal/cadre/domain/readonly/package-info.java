/**
 * The registry's read-only mapping of a cadre, for the features that join their records to one (the archive's
 * entries, the inspections' reserve pool) without reaching into the registry's own entity.
 */
@NamedInterface("readonly")
package org.cadreportal.cadre.domain.readonly;

import org.springframework.modulith.NamedInterface;
