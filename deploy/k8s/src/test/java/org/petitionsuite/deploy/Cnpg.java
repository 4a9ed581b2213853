package org.petitionsuite.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * The fields of CloudNativePG's {@code Cluster}, {@code Database} and {@code ScheduledBackup} (postgresql.cnpg.io/v1)
 * and of the Barman Cloud plugin's {@code ObjectStore} (barmancloud.cnpg.io/v1) that our manifests use, named as in
 * the operator's API types (api/v1/*_types.go). No Java model of them is published; read strictly (an unknown field
 * fails), these records catch a misspelt or misplaced field as fabric8's and Strimzi's models do for theirs.
 */
final class Cnpg {
    private Cnpg() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String imageName, String primaryUpdateStrategy, Storage storage,
                       Storage walStorage, Postgresql postgresql, Bootstrap bootstrap, Managed managed,
                       Affinity affinity, ResourceRequirements resources, List<Plugin> plugins) {
    }

    record Storage(String size, String storageClass) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, LocalRef secret) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, Boolean login, LocalRef passwordSecret, Integer connectionLimit) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String podAntiAffinityType, String topologyKey) {
    }

    record Plugin(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {
    }

    record LocalRef(String name) {
    }

    record Database(String apiVersion, String kind, ObjectMeta metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(String name, String owner, LocalRef cluster, String ensure, String databaseReclaimPolicy) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, Boolean immediate, Boolean suspend, String backupOwnerReference,
                               LocalRef cluster, String method, PluginRef pluginConfiguration) {
    }

    record PluginRef(String name, Map<String, String> parameters) {
    }

    record ObjectStore(String apiVersion, String kind, ObjectMeta metadata, ObjectStoreSpec spec) {
    }

    record ObjectStoreSpec(String retentionPolicy, BarmanConfiguration configuration) {
    }

    record BarmanConfiguration(String destinationPath, String endpointURL, S3Credentials s3Credentials,
                               Compression wal, Compression data) {
    }

    record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey, SecretKey region) {
    }

    record SecretKey(String name, String key) {
    }

    record Compression(String compression) {
    }
}
