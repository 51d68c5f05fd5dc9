/**
 * The yearly cooperation summary (báo cáo tổng hợp kết quả hợp tác quốc tế): for an agency and its sub-tree, a
 * period and optionally one partner, every figure the record modules count, each beside the previous period of
 * the same length. It reads only the other modules' API classes, each of which answers its own aggregate query;
 * {@link org.borderliaison.report.Summary} is the one result the page, the API, PDF and Excel render. Each download
 * writes an EXPORT event to the audit module's access log.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "agency", "agreement", "meeting", "patrol", "casefile", "handover"})
package org.borderliaison.report;

import org.springframework.modulith.ApplicationModule;
