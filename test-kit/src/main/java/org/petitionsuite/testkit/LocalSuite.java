package org.petitionsuite.testkit;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The project's own launcher (deploy/local/suite), for tests that stop and start the tests' real broker. */
public final class LocalSuite {
    private LocalSuite() {
    }

    public static void run(String command) {
        File script = new File("../deploy/local/suite");
        try {
            Process p = new ProcessBuilder("bash", script.getPath(), command).inheritIO().start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/suite " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
