/**
 * Shared kernel of the portal: the base entities (an id from the sequence named after the table, a
 * version for optimistic locking), the injected clock, the domain exceptions every feature throws
 * (carrying message keys, never raw text), i18n helpers, and the application shell (main layout, view
 * toolbar, error pages, downloads) that every view is shown in.
 * Open to every feature by design.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.cadreportal.base;

import org.springframework.modulith.ApplicationModule;
