/**
 * The yearly cooperation summary (báo cáo tổng hợp kết quả hợp tác quốc tế): for an agency and its sub-tree, a
 * period and optionally one partner, every figure the record modules count, each beside the previous period of
 * the same length. It reads only the other modules' API classes, each of which answers its own aggregate query;
 * {@link org.borderliaison.report.Summary} is the one result the page, the API (and later PDF and Excel) render.
 */
@ApplicationModule(allowedDependencies = {"shared", "agency", "agreement", "meeting", "patrol", "casefile", "handover"})
package org.borderliaison.report;

import org.springframework.modulith.ApplicationModule;
