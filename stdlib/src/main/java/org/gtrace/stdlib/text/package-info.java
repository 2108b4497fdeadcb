/** Text helpers every layer uses, with no domain knowledge: did-you-mean suggestions. */
package org.gtrace.stdlib.text;
