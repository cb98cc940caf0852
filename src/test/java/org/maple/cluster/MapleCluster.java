package org.maple.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A MAPLE cluster on loopback, started the way {@code deploy/README.md} tells an operator to: a
 * PostgreSQL (zonky embedded) with MAPLE's database and least-privilege role made by
 * {@code deploy/postgres/create-database.sh} (when psql is installed), N instances run by
 * {@code deploy/payara/maple-instance.sh} in one data grid, and nginx in front using
 * {@code deploy/nginx/maple-proxy.conf}. Everything lives under {@code target/cluster/}.
 */
final class MapleCluster implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    final Path root = Path.of(System.getProperty("maple.root", ".")).toAbsolutePath().normalize();
    final Path dir = root.resolve("target/cluster");
    final String clusterName = "maple-failover-" + ProcessHandle.current().pid();
    final List<Node> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Process nginx;
    private int proxyPort;
    String jdbcUrl;
    String dbUser;
    String dbPassword;
    String databaseSetup;
    /** The content folder every instance reads ({@code MAPLE_CONTENT_DIR}): a copy of the repository's, which a test may change. */
    Path contentDir;

    /** One MAPLE instance. */
    final class Node {
        final String name;
        final int httpPort;
        final int hzPort;
        final Path log;
        Process process;
        long logOffset;
        /** The log of the cluster's first start, up to the moment every instance was ready. */
        String firstStartLog = "";

        Node(String name, int httpPort, int hzPort) {
            this.name = name;
            this.httpPort = httpPort;
            this.hzPort = hzPort;
            this.log = dir.resolve(name + ".log");
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + httpPort + "/");
        }

        String address() {
            return "127.0.0.1:" + httpPort;
        }

        void start() throws IOException {
            logOffset = Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/payara/maple-instance.sh").toString())
                    .directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("MAPLE_"));
            String members = nodes.stream().map(n -> "127.0.0.1:" + n.hzPort).collect(Collectors.joining(","));
            env.putAll(Map.of(
                    "MAPLE_HOME", root.resolve("target").toString(),
                    "MAPLE_INSTANCE", name,
                    "MAPLE_HTTP_PORT", String.valueOf(httpPort),
                    "MAPLE_CLUSTER_NAME", clusterName,
                    "MAPLE_HZ_PORT", String.valueOf(hzPort),
                    "MAPLE_CLUSTER_MEMBERS", members,
                    "MAPLE_HZ_INTERFACE", "127.0.0.1",
                    "MAPLE_HOST_AWARE", "false",
                    "MAPLE_RUNTIME_DIR", dir.resolve(name).toString(),
                    "MAPLE_JAVA_OPTS", "-Xms128m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
                            + " -Djava.io.tmpdir=" + dir.resolve("tmp")));
            env.put("MAPLE_DB_URL", jdbcUrl);
            env.put("MAPLE_DB_USER", dbUser);
            env.put("MAPLE_DB_PASSWORD", dbPassword);
            env.put("MAPLE_DEMO", "true");
            env.put("MAPLE_DATA_DIR", dir.resolve("data").toString());
            env.put("MAPLE_CONTENT_DIR", contentDir.toString());
            process = pb.start();
        }

        /** SIGKILL: no shutdown hook, no goodbye to the data grid. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        /** The log written since the last start. */
        String logSinceStart() {
            try {
                byte[] all = Files.readAllBytes(log);
                return new String(all, (int) Math.min(logOffset, all.length), (int) Math.max(0, all.length - logOffset),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        void awaitReady() throws IOException, InterruptedException {
            awaitOk(uri().resolve("health/ready"), () -> alive() ? null : name + " exited:\n" + tail(logSinceStart()));
        }

        void stop() throws InterruptedException {
            if (alive()) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            }
        }
    }

    static boolean nginxInstalled() {
        return nginxBinary() != null;
    }

    static String nginxBinary() {
        for (String p : new String[] {"/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"}) {
            if (new File(p).canExecute()) {
                return p;
            }
        }
        return null;
    }

    static boolean psqlInstalled() {
        return Stream.of("/usr/bin/psql", "/usr/local/bin/psql").anyMatch(p -> new File(p).canExecute());
    }

    /** Starts PostgreSQL, {@code size} instances (together, as a fresh cluster would) and nginx; waits until all are ready. */
    static MapleCluster start(int size) throws Exception {
        MapleCluster c = new MapleCluster();
        try {
            c.startAll(size);
            return c;
        } catch (Exception | Error e) {
            c.close();
            throw e;
        }
    }

    private void startAll(int size) throws Exception {
        deleteTree(dir);
        Files.createDirectories(dir);
        Files.createDirectories(dir.resolve("tmp")); // Payara unpacks itself here; a killed instance leaves it behind
        // if this JVM is stopped without close() (a CI time-out), take the processes down with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            nodes.stream().filter(Node::alive).forEach(n -> n.process.destroyForcibly());
            if (nginx != null) {
                nginx.destroyForcibly();
            }
        }));
        startDatabase();
        contentDir = dir.resolve("content-root");
        copyTree(root.resolve("content"), contentDir.resolve("content"));
        copyTree(root.resolve("quizzes"), contentDir.resolve("quizzes"));
        for (int i = 1; i <= size; i++) {
            nodes.add(new Node("maple-" + i, freePort(), freePort()));
        }
        for (Node n : nodes) {
            n.start();
        }
        for (Node n : nodes) {
            n.awaitReady();
        }
        for (Node n : nodes) {
            n.firstStartLog = n.logSinceStart();
        }
        startNginx();
        awaitOk(proxy().resolve("login.xhtml"), () -> nginx.isAlive() ? null : "nginx exited: " + tail(read(dir.resolve("nginx/error.log"))));
    }

    private void startDatabase() throws IOException, SQLException, InterruptedException {
        postgres = EmbeddedPostgres.builder().start();
        String password = "maple-failover-" + Long.toHexString(System.nanoTime());
        if (psqlInstalled()) {
            // the operator's recipe: database + owner role + least-privilege application role
            ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/postgres/create-database.sh").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("database.log").toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("MAPLE_") || k.startsWith("PG"));
            pb.environment().putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(postgres.getPort()),
                    "PGUSER", "postgres", "PGPASSWORD", "postgres", "MAPLE_DB_PASSWORD", password));
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("deploy/postgres/create-database.sh failed:\n" + read(dir.resolve("database.log")));
            }
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/maple";
            dbUser = "maple";
            dbPassword = password;
            databaseSetup = "database and role 'maple' by deploy/postgres/create-database.sh";
        } else {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE maple");
            }
            jdbcUrl = postgres.getJdbcUrl("postgres", "maple");
            dbUser = "postgres";
            dbPassword = "postgres";
            databaseSetup = "superuser (psql not installed: create-database.sh not exercised)";
        }
    }

    private void startNginx() throws IOException {
        Path ng = dir.resolve("nginx");
        Files.createDirectories(ng.resolve("tmp"));
        proxyPort = freePort();
        String upstreams = nodes.stream()
                .map(n -> "        server " + n.address() + " max_fails=1 fail_timeout=5s;\n").collect(Collectors.joining());
        boolean root = "root".equals(System.getProperty("user.name"));
        String conf = (root ? "user root;\n" : "")
                + "worker_processes 1;\n"
                + "pid " + ng.resolve("nginx.pid") + ";\n"
                + "error_log " + ng.resolve("error.log") + " notice;\n"
                + "events { worker_connections 512; }\n"
                + "http {\n"
                + "    log_format upstream '$remote_addr \"$request\" $status $upstream_addr $upstream_status $request_time';\n"
                + "    access_log " + ng.resolve("access.log") + " upstream;\n"
                + "    client_body_temp_path " + ng.resolve("tmp/body") + ";\n"
                + "    proxy_temp_path " + ng.resolve("tmp/proxy") + ";\n"
                + "    fastcgi_temp_path " + ng.resolve("tmp/fastcgi") + ";\n"
                + "    uwsgi_temp_path " + ng.resolve("tmp/uwsgi") + ";\n"
                + "    scgi_temp_path " + ng.resolve("tmp/scgi") + ";\n"
                + "    upstream maple {\n" + upstreams + "        keepalive 16;\n    }\n"
                + "    server {\n"
                + "        listen 127.0.0.1:" + proxyPort + ";\n"
                + "        location / {\n"
                + "            proxy_pass http://maple;\n"
                + "            include " + root().resolve("deploy/nginx/maple-proxy.conf") + ";\n"
                + "            # test only: which instance answered (do not expose this in production)\n"
                + "            add_header " + ClusterClient.UPSTREAM_HEADER + " $upstream_addr always;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
        Files.writeString(ng.resolve("nginx.conf"), conf);
        nginx = new ProcessBuilder(nginxBinary(), "-p", ng.toString(), "-c", ng.resolve("nginx.conf").toString(),
                "-e", ng.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(ng.resolve("nginx.out").toFile()))
                .start();
    }

    private Path root() {
        return root;
    }

    URI proxy() {
        return URI.create("http://127.0.0.1:" + proxyPort + "/");
    }

    /** Starts again any instance that is not running (a test that failed half-way may leave one down), and waits for all. */
    void ensureAllUp() throws IOException, InterruptedException {
        for (Node n : nodes) {
            if (!n.alive()) {
                n.start();
            }
        }
        for (Node n : nodes) {
            n.awaitReady();
        }
    }

    /** A single number from the database, as MAPLE's own role sees it. */
    long queryLong(String sql, Object... params) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
                java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (java.sql.ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no row from " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    Node node(String address) {
        return nodes.stream().filter(n -> n.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no node at " + address));
    }

    String nginxAccessLog() {
        return read(dir.resolve("nginx/access.log"));
    }

    @Override
    public void close() throws Exception {
        if (nginx != null && nginx.isAlive()) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
        for (Node n : nodes) {
            n.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    interface Problem {
        /** Null while all is well, else why waiting is pointless. */
        String now();
    }

    static void awaitOk(URI uri, Problem problem) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            String p = problem.now();
            if (p != null) {
                throw new AssertionError(p);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no 200 from " + uri + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }

    static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path x : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(x).toString());
                if (Files.isDirectory(x)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(x, target);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : (Iterable<Path>) walk.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.deleteIfExists(x);
            }
        }
    }
}
