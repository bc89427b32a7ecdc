package org.cadreportal.base.ui;

import org.cadreportal.base.RecordNotFoundException;

/** A record's id as it stands in a route; anything but a number is a record that does not exist. */
public final class RouteIds {

    private RouteIds() {
    }

    public static long parse(String parameter) {
        try {
            return Long.parseLong(parameter);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException();
        }
    }
}
