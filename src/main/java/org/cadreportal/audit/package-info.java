/**
 * Who changed what, who read what, and when. Holds the Envers revision entity that stamps every change
 * with the signed-in user, the history query every feature uses for its History tab, and the access
 * log of reads and exports of sensitive records, which administrators search and nobody edits.
 */
package org.cadreportal.audit;
