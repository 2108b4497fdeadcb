/** Tablesaw result tables over several estimates: by modality, region, phase, and comparisons. */
package org.gtrace.stdlib.results;
