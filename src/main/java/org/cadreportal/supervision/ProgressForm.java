package org.cadreportal.supervision;

import java.math.BigDecimal;
import java.util.List;
import org.cadreportal.workflow.NewAttachment;

/** A progress report: actual per cent, what was done, the monitored figure (状态监测法), attachments. */
public record ProgressForm(Integer actualProgress, String text, BigDecimal monitorValue,
                           List<NewAttachment> attachments) {
}
