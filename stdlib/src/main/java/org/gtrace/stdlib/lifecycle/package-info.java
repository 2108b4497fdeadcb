/** Lifecycle totals: training amortised over outputs, inference share, break-even output count. */
package org.gtrace.stdlib.lifecycle;
