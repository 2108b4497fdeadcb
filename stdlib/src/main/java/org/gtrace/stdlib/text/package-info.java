/** Text helpers every layer uses, with no domain knowledge: did-you-mean suggestions and HTML escaping. */
package org.gtrace.stdlib.text;
