package org.gtrace.stdlib;

import org.gtrace.testing.NoPackageCycles;

/** The stdlib's packages depend one way. */
class PackageCyclesTest extends NoPackageCycles {}
