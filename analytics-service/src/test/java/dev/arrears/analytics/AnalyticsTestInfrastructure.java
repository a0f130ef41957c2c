package dev.arrears.analytics;

import dev.arrears.testsupport.ArrearsTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Binds every test of this module to the shared Kafka broker; the service keeps no database. */
@WithTestResource(value = ArrearsTestResource.class, scope = TestResourceScope.GLOBAL)
public final class AnalyticsTestInfrastructure {

    private AnalyticsTestInfrastructure() {
    }
}
