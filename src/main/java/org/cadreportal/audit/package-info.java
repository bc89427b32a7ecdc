/**
 * Who changed what, and when. Holds the Envers revision entity that stamps every change with the
 * signed-in user, and the history query every feature uses for its History tab. The access log of
 * reads and exports joins it later.
 */
package org.cadreportal.audit;
