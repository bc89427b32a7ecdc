package org.cadreportal.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * 暗访督导 as recorded after the visit: the day, the team, a summary, the items visited and the problems found,
 * each at one of the visited items with a rectification deadline and the progress the item must show by then.
 */
public record InspectionForm(LocalDate inspectedOn, String team, String summary, List<Long> itemIds,
                             List<Problem> problems) {

    public record Problem(Long itemId, String description, LocalDate deadline, Integer expectedProgress) {
    }
}
