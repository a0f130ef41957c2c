package dev.arrears.testsupport;

import dev.arrears.devstack.postgres.ServiceDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus service under test at the {@link SharedInfrastructure}: the Kafka broker, and the
 * service's own database when it keeps state. Declare it once per module with global scope:
 *
 * <pre>{@code @WithTestResource(value = ArrearsTestResource.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = @ResourceArg(name = ArrearsTestResource.DATABASE, value = "invoice"))}</pre>
 */
public class ArrearsTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the service's database (e.g. {@code invoice}); absent for stateless services. */
    public static final String DATABASE = "database";

    private ServiceDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.get(DATABASE);
        database = name == null ? null : ServiceDatabase.named(name);
    }

    @Override
    public Map<String, String> start() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        if (database != null) {
            int port = infrastructure.postgresPort();
            config.put("quarkus.datasource.username", database.user());
            config.put("quarkus.datasource.password", database.password());
            config.put("quarkus.datasource.reactive.url", database.reactiveUrl("localhost", port));
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrl("localhost", port));
        }
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure outlives each Quarkus application: it is shared by the whole test JVM.
    }
}
