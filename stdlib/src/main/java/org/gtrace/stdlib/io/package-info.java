/** Files written for users: whole or not at all, with errors a user can act on. */
package org.gtrace.stdlib.io;
