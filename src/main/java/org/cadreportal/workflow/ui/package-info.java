/**
 * The kernel's screens: the stepper, the step history and the reason dialog (send back, terminate)
 * every case page uses (exposed to the case features), and the administrator's procedure editor.
 */
@NamedInterface("ui")
package org.cadreportal.workflow.ui;

import org.springframework.modulith.NamedInterface;
