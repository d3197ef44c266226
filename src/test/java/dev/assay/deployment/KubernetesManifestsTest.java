package dev.assay.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.support.OperatorEndpoints;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * Builds every overlay under deployment/overlays with {@code kubectl kustomize}, reads the result into typed
 * Kubernetes models, and checks what the service and its operators rely on: probes on endpoints the service
 * serves, ports and variables the service reads, resources and a locked-down security context, no secret
 * values, and a PostgreSQL cluster that Assay reaches through its read-write service.
 */
class KubernetesManifestsTest {

    private static final Path OVERLAYS = Path.of("deployment", "overlays");
    private static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties");
    private static final Path README = Path.of("README.md");
    private static final Path NATIVE_DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.native");
    /** A variable whose value is a credential: it may only come from a Secret. */
    private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIALS?|_KEY)$");

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            List<String> names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "no overlay under " + OVERLAYS);
            return names.stream();
        }
    }

    @Test
    void thereAreADevAndAProdOverlay() throws IOException {
        assertEquals(List.of("dev", "prod"), overlays().toList());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theApiRunsTheNativeImageWithProbesOnWhatTheServiceServes(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        Container api = manifests.apiContainer();

        assertTrue(api.getImage().contains("assay-native"), "the Deployment runs the native image: " + api.getImage());
        ContainerPort http = api.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named http"));
        assertEquals(Integer.parseInt(property("quarkus.http.port")), http.getContainerPort(),
                "the container port is the service's HTTP port");
        assertEquals(1, api.getPorts().size(), "one port: API, health and metrics are served together");

        assertProbe(api.getStartupProbe(), OperatorEndpoints.STARTED, api);
        assertProbe(api.getLivenessProbe(), OperatorEndpoints.LIVE, api);
        assertProbe(api.getReadinessProbe(), OperatorEndpoints.READY, api);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableIsOneTheServiceReadsAndCredentialsComeFromSecrets(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        Container api = manifests.apiContainer();
        Set<String> known = variablesTheServiceReads();

        List<String> names = new ArrayList<>();
        for (EnvVar env : api.getEnv()) {
            names.add(env.getName());
            if (CREDENTIAL.matcher(env.getName()).matches()) {
                assertTrue(env.getValue() == null && env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null,
                        env.getName() + " must come from a Secret");
            }
        }
        assertEquals(1, api.getEnvFrom().size());
        ConfigMap config = manifests.one(ConfigMap.class, api.getEnvFrom().get(0).getConfigMapRef().getName());
        for (Map.Entry<String, String> entry : config.getData().entrySet()) {
            names.add(entry.getKey());
            assertFalse(CREDENTIAL.matcher(entry.getKey()).matches(), entry.getKey() + " is a credential in a ConfigMap");
        }
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        assertEquals(List.of(), unknown, "variables the service does not read (not in application.properties nor the README)");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretValueIsCommitted(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        assertEquals(List.of(), manifests.all(Secret.class), "Secrets are created by the operator or CloudNativePG, not committed");
        for (ConfigMap config : manifests.all(ConfigMap.class)) {
            for (String value : config.getData().values()) {
                assertFalse(value.contains("BEGIN") && value.contains("KEY"), "a key in ConfigMap " + config.getMetadata().getName());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void thePodIsLockedDownSizedAndSpreadAcrossZones(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        PodSpec pod = manifests.deployment().getSpec().getTemplate().getSpec();
        Container api = manifests.apiContainer();

        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
        ServiceAccount account = manifests.one(ServiceAccount.class, pod.getServiceAccountName());
        assertEquals(Boolean.FALSE, account.getAutomountServiceAccountToken());
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals(nativeImageUser(), pod.getSecurityContext().getRunAsUser(), "runs as the image's user");

        var security = api.getSecurityContext();
        assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation());
        assertEquals(Boolean.TRUE, security.getRunAsNonRoot());
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop());
        assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty());
        assertTrue(api.getVolumeMounts().stream().anyMatch(m -> "/tmp".equals(m.getMountPath())),
                "a writable /tmp beside the read-only root");

        Map<String, Quantity> requests = api.getResources().getRequests();
        Map<String, Quantity> limits = api.getResources().getLimits();
        assertNotNull(requests.get("cpu"), "a CPU request");
        assertNotNull(requests.get("memory"), "a memory request");
        assertNotNull(limits.get("memory"), "a memory limit");
        assertTrue(Quantity.getAmountInBytes(requests.get("memory")).compareTo(Quantity.getAmountInBytes(limits.get("memory"))) <= 0);

        assertTrue(pod.getTopologySpreadConstraints().stream()
                .anyMatch(c -> "topology.kubernetes.io/zone".equals(c.getTopologyKey())
                        && podLabelsMatch(c.getLabelSelector().getMatchLabels(), manifests)),
                "pods spread across zones");
        assertTrue(pod.getTerminationGracePeriodSeconds() > durationSeconds(manifests, "ASSAY_SHUTDOWN_DELAY")
                + durationSeconds(manifests, "ASSAY_SHUTDOWN_TIMEOUT"), "the grace period covers the shutdown delay and timeout");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceAutoscalerBudgetAndMonitorPointAtTheApiPods(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        Deployment deployment = manifests.deployment();

        Service service = manifests.one(Service.class, "assay");
        assertTrue(podLabelsMatch(service.getSpec().getSelector(), manifests));
        assertEquals(new IntOrString("http"), service.getSpec().getPorts().get(0).getTargetPort());

        HorizontalPodAutoscaler hpa = manifests.one(HorizontalPodAutoscaler.class, "assay");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());
        assertEquals(null, deployment.getSpec().getReplicas(), "the autoscaler owns the replica count");

        PodDisruptionBudget pdb = manifests.one(PodDisruptionBudget.class, "assay");
        assertTrue(podLabelsMatch(pdb.getSpec().getSelector().getMatchLabels(), manifests));

        ServiceMonitor monitor = manifests.one(ServiceMonitor.class, "assay");
        assertTrue(service.getMetadata().getLabels().entrySet()
                .containsAll(monitor.getSpec().getSelector().getMatchLabels().entrySet()), "the monitor selects the Service");
        assertEquals("http", monitor.getSpec().getEndpoints().get(0).getPort());
        assertEquals(OperatorEndpoints.METRICS, monitor.getSpec().getEndpoints().get(0).getPath());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheApiPortIsOpenAndOnlyPostgresAndDnsAreReached(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        NetworkPolicy policy = manifests.one(NetworkPolicy.class, "assay");
        assertTrue(podLabelsMatch(policy.getSpec().getPodSelector().getMatchLabels(), manifests));
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(policy.getSpec().getPolicyTypes()));

        Set<Integer> inbound = new HashSet<>();
        policy.getSpec().getIngress().forEach(rule -> {
            assertNotNull(rule.getPorts(), "an ingress rule without ports opens every port");
            rule.getPorts().forEach(port -> inbound.add(resolve(port, manifests.apiContainer())));
        });
        assertEquals(Set.of(Integer.parseInt(property("quarkus.http.port"))), inbound);

        String cluster = manifests.postgresCluster().getMetadata().getName();
        Set<String> outbound = new HashSet<>();
        policy.getSpec().getEgress().forEach(rule -> {
            assertNotNull(rule.getPorts(), "an egress rule without ports opens every port");
            assertNotNull(rule.getTo(), "an egress rule without peers reaches everywhere");
            for (NetworkPolicyPort port : rule.getPorts()) {
                int number = port.getPort().getIntVal();
                outbound.add(number + "/" + port.getProtocol());
                if (number == 5432) {
                    assertEquals(Map.of("cnpg.io/cluster", cluster), rule.getTo().get(0).getPodSelector().getMatchLabels(),
                            "PostgreSQL means the pods of the database cluster");
                }
            }
        });
        assertEquals(Set.of("5432/TCP", "53/UDP", "53/TCP"), outbound);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void assayWritesThroughTheClustersReadWriteService(String overlay) throws Exception {
        Manifests manifests = build(overlay);
        GenericKubernetesResource cluster = manifests.postgresCluster();
        String name = cluster.getMetadata().getName();
        Map<String, String> settings = manifests.settings();

        assertTrue(settings.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:postgresql://" + name + "-rw:5432/"),
                settings.get("QUARKUS_DATASOURCE_JDBC_URL"));
        String replica = settings.get("ASSAY_READ_REPLICA_JDBC_URL");
        assertTrue(replica == null || replica.startsWith("jdbc:postgresql://" + name + "-ro:5432/"), replica);
        for (EnvVar env : manifests.apiContainer().getEnv()) {
            if (env.getValueFrom() != null && env.getName().startsWith("QUARKUS_DATASOURCE_")) {
                assertEquals(name + "-app", env.getValueFrom().getSecretKeyRef().getName(),
                        "database credentials from the Secret CloudNativePG creates");
            }
        }
    }

    @Test
    void productionRunsAPrimaryAndTwoReplicasWithBackupsToObjectStorage() throws Exception {
        Manifests prod = build("prod");
        GenericKubernetesResource cluster = prod.postgresCluster();
        Map<String, Object> spec = cluster.get("spec");
        assertEquals(3, ((Number) spec.get("instances")).intValue());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> plugins = (List<Map<String, Object>>) spec.get("plugins");
        Map<String, Object> barman = plugins.stream().filter(p -> "barman-cloud.cloudnative-pg.io".equals(p.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no backup plugin"));
        assertEquals(Boolean.TRUE, barman.get("isWALArchiver"));
        @SuppressWarnings("unchecked")
        String store = (String) ((Map<String, Object>) barman.get("parameters")).get("barmanObjectName");
        GenericKubernetesResource objectStore = prod.generic("ObjectStore", store);
        String credentials = objectStore.get("spec", "configuration", "s3Credentials", "accessKeyId", "name");
        assertNotNull(credentials, "the object store's credentials come from a Secret");

        GenericKubernetesResource schedule = prod.resources.stream()
                .filter(r -> r instanceof GenericKubernetesResource && "ScheduledBackup".equals(r.getKind()))
                .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow(() -> new AssertionError("no ScheduledBackup"));
        assertEquals(cluster.getMetadata().getName(), schedule.get("spec", "cluster", "name"));
        assertEquals("plugin", schedule.get("spec", "method"));
    }

    private static void assertProbe(Probe probe, String path, Container container) {
        assertNotNull(probe, "a probe on " + path);
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, "an HTTP probe on " + path);
        assertTrue(OperatorEndpoints.HEALTH.contains(get.getPath()), get.getPath() + " is not a health endpoint of the service");
        assertEquals(path, get.getPath());
        assertEquals(Integer.parseInt(property("quarkus.http.port")), resolve(get.getPort(), container));
    }

    private static int resolve(IntOrString port, Container container) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal())).getContainerPort();
    }

    private static int resolve(NetworkPolicyPort port, Container container) {
        return resolve(port.getPort(), container);
    }

    private static boolean podLabelsMatch(Map<String, String> selector, Manifests manifests) {
        Map<String, String> labels = manifests.deployment().getSpec().getTemplate().getMetadata().getLabels();
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static long durationSeconds(Manifests manifests, String variable) {
        String value = manifests.settings().get(variable);
        assertNotNull(value, variable + " is set");
        Matcher seconds = Pattern.compile("(\\d+)s").matcher(value);
        assertTrue(seconds.matches(), variable + " in seconds: " + value);
        return Long.parseLong(seconds.group(1));
    }

    /**
     * The variables the service reads: the env form of every key of application.properties, every
     * ${VARIABLE} it refers to, and the variables the README's configuration table documents.
     */
    private static Set<String> variablesTheServiceReads() throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(PROPERTIES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).replaceFirst("^%[\\w,-]+\\.", "");
            names.add(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            Matcher reference = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(line);
            while (reference.find()) {
                names.add(reference.group(1));
            }
        }
        Matcher documented = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)`(?: / `([A-Z][A-Z0-9_]*)`)?", Pattern.MULTILINE)
                .matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (documented.find()) {
            names.add(documented.group(1));
            if (documented.group(2) != null) {
                names.add(documented.group(2));
            }
        }
        return names;
    }

    private static String property(String key) {
        try {
            return Files.readAllLines(PROPERTIES, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(key + "="))
                    .map(l -> l.substring(key.length() + 1).trim()).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + key + " in " + PROPERTIES));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long nativeImageUser() throws IOException {
        List<String> users = Files.readAllLines(NATIVE_DOCKERFILE, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("USER ")).map(l -> l.substring(5).trim()).toList();
        assertFalse(users.isEmpty(), "the native image names its user");
        return Long.parseLong(users.get(users.size() - 1));
    }

    private static Manifests build(String overlay) throws IOException, InterruptedException {
        return new Manifests(new KubernetesSerialization().unmarshal(Kustomize.build(OVERLAYS.resolve(overlay))));
    }

    /** The documents of one built overlay. */
    private record Manifests(List<HasMetadata> resources) {

        Manifests(Object parsed) {
            this(parsed instanceof List<?> list ? list.stream().map(HasMetadata.class::cast).toList()
                    : List.of((HasMetadata) parsed));
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return resources.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in "
                            + resources.stream().map(r -> r.getKind() + "/" + r.getMetadata().getName()).toList()));
        }

        GenericKubernetesResource generic(String kind, String name) {
            return resources.stream().filter(r -> r instanceof GenericKubernetesResource && kind.equals(r.getKind())
                    && name.equals(r.getMetadata().getName())).map(GenericKubernetesResource.class::cast).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }

        Deployment deployment() {
            return one(Deployment.class, "assay");
        }

        Container apiContainer() {
            return deployment().getSpec().getTemplate().getSpec().getContainers().stream()
                    .filter(c -> "assay".equals(c.getName())).findFirst().orElseThrow();
        }

        GenericKubernetesResource postgresCluster() {
            List<GenericKubernetesResource> clusters = resources.stream()
                    .filter(r -> r instanceof GenericKubernetesResource && "Cluster".equals(r.getKind())
                            && r.getApiVersion().startsWith("postgresql.cnpg.io/"))
                    .map(GenericKubernetesResource.class::cast).toList();
            assertEquals(1, clusters.size(), "one CloudNativePG cluster");
            return clusters.get(0);
        }

        /** The settings of the API container: its ConfigMap's entries and its plain env values. */
        Map<String, String> settings() {
            Container api = apiContainer();
            Map<String, String> settings = new java.util.HashMap<>(
                    one(ConfigMap.class, api.getEnvFrom().get(0).getConfigMapRef().getName()).getData());
            api.getEnv().stream().filter(e -> e.getValue() != null).forEach(e -> settings.put(e.getName(), e.getValue()));
            return settings;
        }
    }

    /** Runs {@code kubectl kustomize}; without kubectl the test fails, saying what to install. */
    static final class Kustomize {

        static String build(Path directory) throws IOException, InterruptedException {
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(false).start();
            } catch (IOException e) {
                throw new AssertionError("The manifest test needs kubectl (1.32 or later, with Kustomize 5.5) on the PATH: "
                        + "install it from the Kubernetes package repository or your distribution (" + e.getMessage() + ")", e);
            }
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize " + directory + " did not finish");
            assertEquals(0, process.exitValue(), "kubectl kustomize " + directory + " failed: " + err);
            return new String(out, StandardCharsets.UTF_8);
        }

        private Kustomize() {
        }
    }
}
