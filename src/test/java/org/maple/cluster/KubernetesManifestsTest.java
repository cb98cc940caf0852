package org.maple.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code deploy/kubernetes/}: there is no kubectl here, so every manifest is parsed and its
 * essential fields are checked against each other (a schema-ish check): API versions of the kinds
 * used, names and namespaces, selectors matching pod labels, named ports, probes on MicroProfile
 * Health, Hazelcast Kubernetes discovery pointing at an existing headless service with the RBAC it
 * needs, the database Secret, and only MAPLE variables that something actually reads.
 */
class KubernetesManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("maple.root", ".")).toAbsolutePath().normalize();
    static final Path DIR = ROOT.resolve("deploy/kubernetes");
    static final Map<String, String> API_VERSIONS = Map.of(
            "Namespace", "v1", "Secret", "v1", "ConfigMap", "v1", "ServiceAccount", "v1", "Service", "v1",
            "Role", "rbac.authorization.k8s.io/v1", "RoleBinding", "rbac.authorization.k8s.io/v1",
            "Deployment", "apps/v1", "PodDisruptionBudget", "policy/v1", "Ingress", "networking.k8s.io/v1");
    static final String NAMESPACE = "maple";

    static final List<Map<String, Object>> docs = new ArrayList<>();
    static Map<String, Object> kustomization;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(r)) {
                        if (doc == null) {
                            continue;
                        }
                        assertTrue(doc instanceof Map, f + ": every document is a mapping");
                        Map<String, Object> m = map(doc, f.getFileName().toString());
                        m.put("__file", f.getFileName().toString());
                        if ("Kustomization".equals(m.get("kind"))) {
                            kustomization = m;
                        } else {
                            docs.add(m);
                        }
                    }
                }
            }
        }
        assertFalse(docs.isEmpty(), "manifests in " + DIR);
    }

    @Test
    void every_object_has_a_known_kind_its_api_version_a_dns_name_and_the_namespace() {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> d : docs) {
            String where = d.get("__file") + " " + d.get("kind");
            String kind = str(d, "kind", where);
            assertEquals(API_VERSIONS.get(kind), d.get("apiVersion"), where + ": apiVersion (unknown kind?)");
            Map<String, Object> meta = map(d.get("metadata"), where + " metadata");
            String name = str(meta, "name", where);
            assertTrue(name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"), where + ": name '" + name + "' is a DNS label");
            if (!"Namespace".equals(kind)) {
                assertEquals(NAMESPACE, meta.get("namespace"), where + ": namespace");
            }
            assertTrue(seen.add(kind + "/" + name), "duplicate " + kind + "/" + name);
        }
    }

    @Test
    void kustomization_lists_every_manifest_file() throws IOException {
        assertNotNull(kustomization, "kustomization.yaml");
        Set<String> listed = new TreeSet<>(strings(kustomization.get("resources")));
        Set<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, listed);
    }

    @Test
    void the_deployment_runs_a_cluster_with_health_probes_and_database_credentials_from_the_secret() {
        Map<String, Object> deployment = one("Deployment", "maple");
        Map<String, Object> spec = map(deployment.get("spec"), "deployment spec");
        assertTrue(((Number) spec.get("replicas")).intValue() >= 2, "a cluster has at least two replicas");
        Map<String, Object> labels = map(map(map(spec.get("template"), "template").get("metadata"), "template metadata").get("labels"), "pod labels");
        Map<String, Object> matchLabels = map(map(spec.get("selector"), "selector").get("matchLabels"), "matchLabels");
        assertTrue(labels.entrySet().containsAll(matchLabels.entrySet()), "the selector matches the pod labels");

        Map<String, Object> pod = map(map(spec.get("template"), "template").get("spec"), "pod spec");
        List<Map<String, Object>> containers = maps(pod.get("containers"), "containers");
        assertEquals(1, containers.size());
        Map<String, Object> c = containers.get(0);
        str(c, "image", "container");
        Map<String, Integer> ports = maps(c.get("ports"), "ports").stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> ((Number) p.get("containerPort")).intValue()));
        assertTrue(ports.containsKey("http") && ports.containsKey("hazelcast"), "named ports: " + ports);

        Map<String, String> env = env(c);
        assertEquals(String.valueOf(ports.get("http")), env.get("MAPLE_HTTP_PORT"), "MAPLE listens on the http port");
        assertEquals(String.valueOf(ports.get("hazelcast")), env.get("MAPLE_HZ_PORT"), "the data grid uses the hazelcast port");

        // probes: MicroProfile Health paths served by Payara Micro, on a declared port
        Map<String, String> probes = Map.of("readinessProbe", "/health/ready", "livenessProbe", "/health/live",
                "startupProbe", "/health/started");
        probes.forEach((probe, path) -> {
            Map<String, Object> get = map(map(c.get(probe), probe).get("httpGet"), probe + ".httpGet");
            assertEquals(path, get.get("path"), probe);
            assertTrue(ports.containsKey(String.valueOf(get.get("port"))) || ports.containsValue(get.get("port")), probe + " port");
        });

        // database credentials come from the Secret, which has all three
        Set<String> secretRefs = maps(c.get("envFrom"), "envFrom").stream().filter(e -> e.containsKey("secretRef"))
                .map(e -> (String) map(e.get("secretRef"), "secretRef").get("name")).collect(Collectors.toSet());
        assertEquals(1, secretRefs.size(), "one Secret for the database");
        Map<String, Object> secret = one("Secret", secretRefs.iterator().next());
        Set<String> keys = map(secret.get("stringData"), "stringData").keySet();
        assertTrue(keys.containsAll(Set.of("MAPLE_DB_URL", "MAPLE_DB_USER", "MAPLE_DB_PASSWORD")), "secret keys: " + keys);
        assertFalse(env.containsKey("MAPLE_DB_PASSWORD"), "no password in the Deployment itself");
        maps(c.get("envFrom"), "envFrom").stream().filter(e -> e.containsKey("configMapRef"))
                .forEach(e -> one("ConfigMap", (String) map(e.get("configMapRef"), "configMapRef").get("name")));

        Map<String, Object> resources = map(c.get("resources"), "resources");
        assertNotNull(map(resources.get("limits"), "limits").get("memory"), "a memory limit (the JVM sizes its heap from it)");
    }

    @Test
    void hazelcast_kubernetes_discovery_finds_the_headless_service_with_the_rbac_it_needs() {
        Map<String, Object> deployment = one("Deployment", "maple");
        Map<String, Object> pod = map(map(map(deployment.get("spec"), "spec").get("template"), "template").get("spec"), "pod");
        Map<String, Object> c = maps(pod.get("containers"), "containers").get(0);
        String mode = env(c).get("MAPLE_CLUSTER_MODE");
        Matcher m = Pattern.compile("kubernetes:([a-z0-9-]+),([a-z0-9-]+)").matcher(String.valueOf(mode));
        assertTrue(m.matches(), "Payara's Kubernetes discovery is kubernetes:NAMESPACE,SERVICE, was " + mode);
        assertEquals(NAMESPACE, m.group(1));
        Map<String, Object> headless = map(one("Service", m.group(2)).get("spec"), "headless service spec");
        assertEquals("None", headless.get("clusterIP"), "the discovery service is headless");
        assertEquals(Boolean.TRUE, headless.get("publishNotReadyAddresses"), "starting pods must find each other before they are ready");
        Map<String, Object> hzPort = maps(headless.get("ports"), "ports").get(0);
        assertEquals(env(c).get("MAPLE_HZ_PORT"), String.valueOf(hzPort.get("port")), "Hazelcast asks for the members on its own port");
        assertEquals("hazelcast", hzPort.get("targetPort"));

        String account = str(pod, "serviceAccountName", "pod");
        one("ServiceAccount", account);
        Map<String, Object> binding = docs.stream().filter(d -> "RoleBinding".equals(d.get("kind")))
                .filter(d -> maps(d.get("subjects"), "subjects").stream().anyMatch(s -> account.equals(s.get("name"))))
                .findFirst().orElseGet(() -> fail("no RoleBinding for service account " + account));
        Map<String, Object> roleRef = map(binding.get("roleRef"), "roleRef");
        assertEquals("Role", roleRef.get("kind"), "namespace-scoped: a Role, not a ClusterRole");
        Set<String> readable = new HashSet<>();
        for (Map<String, Object> rule : maps(one("Role", (String) roleRef.get("name")).get("rules"), "rules")) {
            List<String> verbs = strings(rule.get("verbs"));
            assertFalse(verbs.stream().anyMatch(v -> Set.of("create", "update", "patch", "delete", "*").contains(v)),
                    "discovery only reads: " + verbs);
            if (verbs.containsAll(List.of("get", "list"))) {
                readable.addAll(strings(rule.get("resources")));
            }
        }
        assertTrue(readable.containsAll(Set.of("endpoints", "pods")), "discovery reads endpoints and pods: " + readable);
    }

    @Test
    void services_and_ingress_point_at_pods_and_ports_that_exist() {
        Map<String, Object> deployment = one("Deployment", "maple");
        Map<String, Object> template = map(map(deployment.get("spec"), "spec").get("template"), "template");
        Map<String, Object> labels = map(map(template.get("metadata"), "metadata").get("labels"), "labels");
        Set<String> portNames = maps(maps(map(template.get("spec"), "pod").get("containers"), "containers").get(0).get("ports"), "ports")
                .stream().map(p -> (String) p.get("name")).collect(Collectors.toSet());
        for (Map<String, Object> svc : docs.stream().filter(d -> "Service".equals(d.get("kind"))).toList()) {
            Map<String, Object> spec = map(svc.get("spec"), "service spec");
            assertTrue(labels.entrySet().containsAll(map(spec.get("selector"), "selector").entrySet()), "service selects the pods");
            for (Map<String, Object> p : maps(spec.get("ports"), "service ports")) {
                assertTrue(portNames.contains(String.valueOf(p.get("targetPort"))), "targetPort " + p.get("targetPort"));
            }
        }
        Map<String, Object> ingress = docs.stream().filter(d -> "Ingress".equals(d.get("kind"))).findFirst().orElseThrow();
        for (Map<String, Object> rule : maps(map(ingress.get("spec"), "ingress spec").get("rules"), "rules")) {
            for (Map<String, Object> path : maps(map(rule.get("http"), "http").get("paths"), "paths")) {
                Map<String, Object> service = map(map(path.get("backend"), "backend").get("service"), "backend service");
                Map<String, Object> spec = map(one("Service", (String) service.get("name")).get("spec"), "spec");
                Object port = map(service.get("port"), "port").get("name");
                assertTrue(maps(spec.get("ports"), "ports").stream().anyMatch(p -> Objects.equals(port, p.get("name"))),
                        "ingress port " + port);
            }
        }
    }

    @Test
    void every_maple_variable_set_is_one_that_maple_or_its_launcher_reads() throws IOException {
        Set<String> known = knownVariables();
        Set<String> used = new TreeSet<>();
        for (Map<String, Object> d : docs) {
            if (d.get("kind").equals("Secret")) {
                used.addAll(map(d.get("stringData"), "stringData").keySet());
            } else if (d.get("kind").equals("ConfigMap")) {
                used.addAll(map(d.get("data"), "data").keySet());
            } else if (d.get("kind").equals("Deployment")) {
                Map<String, Object> pod = map(map(map(d.get("spec"), "spec").get("template"), "template").get("spec"), "pod");
                used.addAll(env(maps(pod.get("containers"), "containers").get(0)).keySet());
            }
        }
        used.removeIf(v -> !v.startsWith("MAPLE_"));
        used.removeAll(known);
        assertEquals(Set.of(), used, "unknown MAPLE_ variables (typos?); known: " + known);
    }

    /** MAPLE's settings (MicroProfile Config keys as environment variables) and the launcher's own variables. */
    static Set<String> knownVariables() throws IOException {
        Set<String> known = new TreeSet<>();
        String config = Files.readString(ROOT.resolve("src/main/resources/META-INF/microprofile-config.properties"))
                + Files.readString(ROOT.resolve("src/main/java/org/maple/platform/config/MapleConfig.java"));
        Matcher keys = Pattern.compile("(?m)(?:^|\")(maple\\.[a-z.-]+)").matcher(config);
        while (keys.find()) {
            known.add(keys.group(1).toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        Matcher launcher = Pattern.compile("#\\s+(MAPLE_[A-Z_]+)\\s").matcher(Files.readString(ROOT.resolve("deploy/payara/maple-instance.sh")));
        while (launcher.find()) {
            known.add(launcher.group(1));
        }
        assertTrue(known.contains("MAPLE_DB_URL") && known.contains("MAPLE_CLUSTER_MODE"), "known variables found: " + known);
        return known;
    }

    private static Map<String, String> env(Map<String, Object> container) {
        return maps(container.get("env"), "env").stream()
                .collect(Collectors.toMap(e -> (String) e.get("name"), e -> String.valueOf(e.get("value"))));
    }

    private static Map<String, Object> one(String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.get("kind")))
                .filter(d -> name.equals(map(d.get("metadata"), "metadata").get("name"))).findFirst()
                .orElseGet(() -> fail("no " + kind + " named " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertTrue(o instanceof Map, what + " should be a mapping, was " + o);
        return (Map<String, Object>) o;
    }

    private static List<Map<String, Object>> maps(Object o, String what) {
        assertTrue(o instanceof List<?> l && !l.isEmpty(), what + " should be a non-empty list, was " + o);
        return ((List<?>) o).stream().map(x -> map(x, what + " item")).toList();
    }

    private static List<String> strings(Object o) {
        assertTrue(o instanceof List, "a list: " + o);
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }

    private static String str(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        assertTrue(v instanceof String s && !s.isBlank(), where + ": " + key + " is set");
        return (String) v;
    }
}
