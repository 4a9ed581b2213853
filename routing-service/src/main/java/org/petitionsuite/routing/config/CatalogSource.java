package org.petitionsuite.routing.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.petitionsuite.routing.authority.AuthorityDirectory;
import org.petitionsuite.routing.catalog.CatalogLibrary;

/**
 * Where the routing data comes from. The classification catalog: {@code routing.catalog.dir} (a directory with {@code national.yaml}
 * and {@code overlays/*.yaml}, e.g. a mounted ConfigMap) or, when unset, the catalog shipped in the service. A catalog
 * with problems stops the start, listing them.
 */
@Singleton
public class CatalogSource {
    private static final Logger LOG = Logger.getLogger(CatalogSource.class);

    @Produces
    @Singleton
    CatalogLibrary catalogLibrary(@ConfigProperty(name = "routing.catalog.dir") Optional<Path> dir) {
        CatalogLibrary library = dir.map(CatalogLibrary::fromDirectory).orElseGet(CatalogLibrary::fromClasspath);
        LOG.infof("classification catalog loaded from %s: %s", dir.map(Path::toString).orElse("the classpath"), library.versions());
        return library;
    }

    /** {@code routing.authorities.file} (a directory YAML, e.g. mounted), or the demonstration directory shipped. */
    @Produces
    @Singleton
    AuthorityDirectory authorityDirectory(@ConfigProperty(name = "routing.authorities.file") Optional<Path> file) {
        AuthorityDirectory directory = file.map(AuthorityDirectory::fromFile).orElseGet(AuthorityDirectory::fromClasspath);
        LOG.infof("authority directory loaded from %s: %s", file.map(Path::toString).orElse("the classpath"), directory.version());
        return directory;
    }
}
