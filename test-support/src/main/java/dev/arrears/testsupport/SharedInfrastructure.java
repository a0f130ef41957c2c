package dev.arrears.testsupport;

import dev.arrears.devstack.kafka.TopicProvisioner;
import dev.arrears.devstack.postgres.PostgresServer;
import dev.arrears.devstack.postgres.ServiceDatabase;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on first use and stopped
 * when the JVM exits. Every test class of a module shares them, so the suite pays the start-up once;
 * tests stay independent by using their own tenants, customers and consumer groups.
 */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final PostgresServer postgres;
    private final KafkaClusterTestKit kafka;

    private SharedInfrastructure(PostgresServer postgres, KafkaClusterTestKit kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            keepKafkaFromEndingTheJvm();
            PostgresServer postgres = PostgresServer.start(0, null);
            postgres.provision(ServiceDatabase.ALL);
            KafkaClusterTestKit kafka = startKafka();
            TopicProvisioner.createTopics(kafka.bootstrapServers());
            instance = new SharedInfrastructure(postgres, kafka);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-infrastructure-shutdown"));
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int postgresPort() {
        return postgres.port();
    }

    /**
     * Kafka's test utilities delete the broker's temporary directories in a JVM shutdown hook, which runs
     * concurrently with ours that stops the broker; a broker that sees its log directory vanish halts the
     * JVM with status 1 and fails a test run whose tests all passed. In a test JVM the broker may report,
     * never end the process.
     */
    private static void keepKafkaFromEndingTheJvm() {
        Exit.setHaltProcedure((status, message) ->
                System.err.println("test Kafka broker asked to halt the JVM (" + status + "): " + message));
        Exit.setExitProcedure((status, message) ->
                System.err.println("test Kafka broker asked to exit the JVM (" + status + "): " + message));
    }

    private static KafkaClusterTestKit startKafka() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    // The test kit defaults to an unreleased metadata version.
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test Kafka broker: " + e.getMessage(), e);
        }
    }

    private void close() {
        try {
            kafka.close();
        } catch (Exception e) {
            System.err.println("test Kafka broker did not stop cleanly: " + e.getMessage());
        }
        postgres.close();
    }
}
