package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts on 我的待办 (route {@code my-tasks}) above the cases waiting for a step, such as the
 * 记功 proposals of 优秀 年度考核 grades. Like a {@link HomeCard}, each section decides for itself whether the
 * signed-in user sees it; 我的待办 knows none of the features.
 */
public interface TaskSection {

    Optional<Component> section();
}
