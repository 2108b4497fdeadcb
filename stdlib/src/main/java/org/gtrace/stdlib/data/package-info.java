/**
 * The bundled reference data, one repository class per dataset, each loaded once, lazily, into
 * immutable collections: {@link org.gtrace.stdlib.data.LiteratureFigures} (published figures by id),
 * {@link org.gtrace.stdlib.data.CountryGrids} (OWID/Ember), {@link org.gtrace.stdlib.data.GcpRegions2024},
 * {@link org.gtrace.stdlib.data.CloudRegionsCodeCarbon}, {@link org.gtrace.stdlib.data.CloudRegionLocations},
 * {@link org.gtrace.stdlib.data.Accelerators}, {@link org.gtrace.stdlib.data.EquivalenceFactors}; attribution
 * and checksums in {@link org.gtrace.stdlib.data.Datasets}.
 */
package org.gtrace.stdlib.data;
