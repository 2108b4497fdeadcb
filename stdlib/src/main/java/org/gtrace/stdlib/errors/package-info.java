/** Input errors whose messages name the field and the fix; {@link org.gtrace.stdlib.errors.Check} validates at the core's boundary. */
package org.gtrace.stdlib.errors;
