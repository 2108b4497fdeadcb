package org.gtrace.stdlib.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtrace.stdlib.errors.InputError;
import org.gtrace.stdlib.errors.UnknownNameError;
import org.gtrace.stdlib.provenance.Source;
import org.gtrace.stdlib.text.DidYouMean;
import org.gtrace.stdlib.units.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTableTest {

    private final RegionTable table = RegionTable.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"FRA", "FR", "fr", "France", "  france "})
    void countriesByIsoCodesAndName(String name) {
        Region r = table.lookup(name);
        assertEquals("FRA", r.id());
        assertEquals(Region.Kind.COUNTRY, r.kind());
        assertEquals(GridBasis.LOCATION_LIFECYCLE, r.intensity().basis());
    }

    @Test
    void worldAverageIsEmbersCountriesWeightedByTheirGeneration() {
        Region w = table.world();
        // Σ intensity × total_TWh / Σ total_TWh over the 213 countries of the bundled file, computed by hand: 480.617
        assertEquals(480.617, w.intensity().value().in("g/kWh"), 1e-3);
        // Ember's own 2023 world figure, as quoted (grid.world.2023), agrees to 0.1%
        assertEquals(org.gtrace.stdlib.data.LiteratureFigures.get("grid.world.2023").value(), w.intensity().value().in("g/kWh"), 0.481);
        assertEquals(2023, w.intensity().year());
        assertEquals(GridBasis.LOCATION_LIFECYCLE, w.intensity().basis());
        assertEquals("owid-ember:world", w.intensity().source().id());
        assertTrue(w.intensity().source().boundary().contains("generation-weighted mean of 213 countries"), w.intensity().source().boundary());
        assertEquals(w, table.lookup("World"));
    }

    @Test
    void gcpRegionsByProviderNameOrBareId() {
        Region r = table.lookup("gcp:europe-west1");
        assertEquals(r, table.lookup("europe-west1"));
        assertEquals(Region.Kind.CLOUD, r.kind());
        // one default basis for every bundled grid: location-based lifecycle, the country (Belgium) standing in
        assertEquals(GridBasis.LOCATION_LIFECYCLE, r.intensity().basis());
        assertEquals(table.lookup("BEL").intensity().value(), r.intensity().value());
        // Google's own 2024 figure is operational (direct): used on that basis
        GridIntensity direct = r.intensity(GridBasis.LOCATION_DIRECT);
        assertEquals(2024, direct.year());
        for (String id : table.names()) {
            assertEquals(GridBasis.LOCATION_LIFECYCLE, table.lookup(id).intensity().basis(), id + " defaults to another basis");
        }
    }

    @Test
    void unknownRegionSuggestsCloseNames() {
        UnknownNameError e = assertThrows(UnknownNameError.class, () -> table.lookup("Frnace"));
        assertEquals(java.util.List.of("France"), e.suggestions());
        assertEquals("region", e.label());
        assertTrue(e.getMessage().startsWith("region: unknown region 'Frnace'; did you mean 'France'?"), e.getMessage());
        assertTrue(e.getMessage().contains("use an ISO code"), e.getMessage());
        assertEquals("gcp:europe-west1", table.didYouMean("gcp:europe-wst1").get(0));
    }

    @Test
    void namesServeCompletion() {
        assertTrue(table.names().containsAll(java.util.List.of("FRA", "FR", "France", "gcp:europe-west1", "europe-west1", "world")));
        assertTrue(table.regions().size() > 200, "countries + cloud regions + world: " + table.regions().size());
    }

    @Test
    void userRegionsJoinACopyOfTheTable() {
        GridIntensity g = new GridIntensity(Quantity.of(20, "g/kWh"), GridBasis.MARKET_LIFECYCLE, 2024, Source.userInput("test"));
        RegionTable mine = table.with(Region.user("my-dc", g));
        assertEquals(20, mine.lookup("MY-DC").intensity().value().in("g/kWh"), 1e-9);
        assertTrue(table.find("my-dc").isEmpty());
    }

    @Test
    void marketBasisIsNotBundledAndSaysHowToFix() {
        InputError e = assertThrows(InputError.class, () -> table.lookup("FR").intensity(GridBasis.MARKET_LIFECYCLE));
        assertEquals("basis: no market-based, lifecycle intensity is bundled for region 'FRA' (it has location-based, lifecycle); "
                + "give the market-based, lifecycle intensity yourself, e.g. as a user-defined region", e.getMessage());
    }

    @Test
    void editDistanceCountsSwapsAsOne() {
        assertEquals(1, DidYouMean.distance("fracne", "france"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws:us-east-1", "us-east-1", "azure:eastus", "eastus"})
    void awsAndAzureRegionsUseTheirCountrysFigure(String name) {
        Region r = table.lookup(name);
        assertEquals(Region.Kind.CLOUD, r.kind());
        assertEquals("USA", r.country());
        assertEquals(table.lookup("USA").intensity().value(), r.intensity().value());
        assertTrue(r.intensity().source().boundary().contains("country average used for a cloud region"));
    }

    @Test
    void azureWestEuropeIsInTheNetherlands() {
        assertEquals("NLD", table.lookup("azure:westeurope").country());
        assertEquals("FRA", table.lookup("aws:eu-west-3").country());
    }
}
