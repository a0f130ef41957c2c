package dev.arrears.notification;

import dev.arrears.testsupport.ArrearsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Binds every test of this module to the shared PostgreSQL (database {@code notification}) and Kafka broker. */
@WithTestResource(value = ArrearsTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = ArrearsTestResource.DATABASE, value = "notification"))
public final class NotificationTestInfrastructure {

    private NotificationTestInfrastructure() {
    }
}
