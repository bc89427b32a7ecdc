package org.cadreportal.base.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.cadreportal.base.RecordNotFoundException;

/** A record's id as it stands in an address; anything but a number names no record. */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in a route: anything but a number is a record that does not exist. */
    public static long parse(String parameter) {
        try {
            return Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException();
        }
    }

    /** The id a route names ({@code assessment/:planId/...}): missing, not a number or too large is a missing record. */
    public static long named(RouteParameters parameters, String name) {
        return parse(parameters.get(name).orElseThrow(RecordNotFoundException::new));
    }

    /** The id a query parameter narrows the page to ({@code ?unit=12}); null when it is absent or not a number. */
    public static Long query(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(s -> {
            try {
                return Long.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
