/** Results as car km, smartphone charges and household-days of electricity, from cited factors. */
package org.gtrace.stdlib.equivalents;
