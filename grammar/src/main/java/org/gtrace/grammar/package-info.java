/** The G-TRACE language: grammar, AST, checker and compiler to stdlib calls. */
package org.gtrace.grammar;
