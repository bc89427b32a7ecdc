/**
 * The kernel's screens: the stepper and the step history every case page shows (exposed to the case
 * features), and the administrator's procedure editor.
 */
@NamedInterface("ui")
package org.cadreportal.workflow.ui;

import org.springframework.modulith.NamedInterface;
