package org.gtrace.grammar;

import org.gtrace.testing.NoPackageCycles;

/** The language module's packages depend one way. */
class PackageCyclesTest extends NoPackageCycles {}
