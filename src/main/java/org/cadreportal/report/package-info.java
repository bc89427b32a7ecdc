/**
 * The figures leaders quote: a dashboard per period and unit subtree, each figure drilling down to the
 * records behind it, charts drawn as SVG on the server, and Excel exports. Features contribute their
 * figures through {@link org.cadreportal.report.FigureSource}; nothing here stores a total.
 */
package org.cadreportal.report;
