package org.cadreportal.base.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StaleDataException;

/**
 * How a record's page runs a move, kept once for every case and record page: the page redraws from what
 * the service returned; a stale move says who moved first and redraws the record as it now is (either way
 * the caller's dialog may close); only a refusal the user can fix on a field reaches the form that asked.
 */
public final class Moves {

    private Moves() {
    }

    /** True when the caller's dialog may close. */
    public static <T> boolean run(Supplier<T> action, Consumer<T> show, Supplier<T> reload) {
        try {
            T after = action.get();
            Notices.success("notice.saved");
            show.accept(after);
            return true;
        } catch (FieldException e) {
            throw e;
        } catch (StaleDataException e) {
            Notices.error(e);
            show.accept(reload.get());
            return true;
        } catch (PortalException e) {
            Notices.error(e);
            return false;
        }
    }
}
