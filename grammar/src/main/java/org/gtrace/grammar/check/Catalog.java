package org.gtrace.grammar.check;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The domain words the language knows: regions, accelerators, modalities, presets. The
 * language never hard-codes them; the stdlib's registries supply them, so adding a GPU or a
 * region never touches the grammar.
 */
public interface Catalog {

    /** Every known word of the domain, for completion and "did you mean". */
    Collection<String> names(Domain domain);

    boolean contains(Domain domain, String word);

    /**
     * The words of the domain grouped by what they name, each group's preferred spelling first:
     * a region is one group (FIN, FI, Finland). By default every word is its own group.
     */
    default List<List<String>> spellings(Domain domain) {
        return names(domain).stream().map(List::of).toList();
    }

    /** Markdown describing the word (what it is, its value, its source), if known. */
    Optional<String> describe(Domain domain, String word);

    /** The modality whose outputs a preset measures ("text", "image", "video"), if it is a known preset. */
    default Optional<String> presetModality(String id) {
        return Optional.empty();
    }

    /** The dimension of a bundled figure's value, when its unit is one the language can use. */
    default Optional<org.gtrace.stdlib.units.Dimension> figureDimension(String id) {
        return Optional.empty();
    }
}
