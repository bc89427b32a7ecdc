/**
 * 查诬 / 澄清正名: false-accusation cases on the workflow kernel, from intake through the joint meeting,
 * verification, a finding per allegation (with the three distinctions beside it), the referral of a
 * malicious reporter, to the clarification for the cadre within 20 working days; the clerk's quick log
 * of a clarification concluded elsewhere; the reporter's identity shown to discipline officers only, every
 * read written to the access log; and the figures the dashboard quotes.
 */
package org.cadreportal.accusation;
