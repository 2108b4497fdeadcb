package org.gtrace.stdlib.uncertainty;

/** A model as a plain function of its inputs, in base units, in the order the inputs were given. */
@FunctionalInterface
public interface Model {
    double apply(double[] inputs);
}
