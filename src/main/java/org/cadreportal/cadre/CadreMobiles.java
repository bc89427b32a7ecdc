package org.cadreportal.cadre;

import java.util.Optional;

/**
 * A cadre's mobile number (手机号码), personal data ({@link org.cadreportal.audit.AccessTypes#PERSONAL}): lists
 * show it masked; the whole number is shown only to a role allowed personal data, each such read logged, and
 * handed unlogged only to the channel that sends to it.
 */
public interface CadreMobiles {

    /** The whole number for a reader allowed personal data, the read in the access log; empty for none. */
    String reveal(long cadreId);

    /** The masked number (138****5678), empty for none: what any reader of the cadre's page sees. */
    String masked(long cadreId);

    /**
     * Sets the number, or removes it for a blank one.
     *
     * @throws org.cadreportal.base.FieldException on field {@code mobile} when it is not a mainland mobile number
     */
    void change(long cadreId, String mobile);

    /** For the SMS channel that sends to the number (not a person's read, so not logged). */
    Optional<String> forSending(long cadreId);

    /** {@link #forSending(long)} for many cadres in one read: the valid numbers by cadre id (none for the others). */
    java.util.Map<Long, String> forSending(java.util.Collection<Long> cadreIds);
}
