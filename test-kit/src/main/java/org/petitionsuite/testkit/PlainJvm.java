package org.petitionsuite.testkit;

/**
 * For tests that run without Quarkus in their JVM (failsafe tests of a packaged service): test-kit's writer, probe and
 * tokens read their settings through MicroProfile Config, which then only has system properties and the environment.
 */
public final class PlainJvm {
    /** The tests' own broker (deploy/local starts it), never the suite's: tests do not read what a developer left there. */
    public static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_TEST_BOOTSTRAP_SERVERS", "127.0.0.1:9292");

    private PlainJvm() {
    }

    /** Call before the first use of {@link TopicWriter}, {@link TopicProbe} or {@link Tokens}. */
    public static void configure() {
        System.setProperty("kafka.bootstrap.servers", BOOTSTRAP);
        System.setProperty("smallrye.jwt.sign.key.location", "../deploy/local/dev-keys/DEVELOPMENT-ONLY-private-key.pem");
    }
}
