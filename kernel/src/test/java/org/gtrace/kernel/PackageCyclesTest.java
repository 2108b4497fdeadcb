package org.gtrace.kernel;

import org.gtrace.testing.NoPackageCycles;

/** The kernel module's packages depend one way. */
class PackageCyclesTest extends NoPackageCycles {}
