package com.keyaccount.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Start-up time and retained heap per logged-in session of the production jar, printed as Markdown tables.
 *
 * <p>A plain program rather than a test: it needs the packaged jar (production bundle, Spring Boot launcher) and
 * minutes of machine time, which have no place in {@code ./mvnw verify}. It uses only the JDK, so it also runs as
 * a single source file:
 *
 * <pre>
 * ./mvnw -B -DskipTests package
 * java src/test/java/com/keyaccount/portal/bench/PortalBenchmark.java target/key-account-portal-0.1.0-SNAPSHOT.jar [0,20,50,100]
 * </pre>
 *
 * System properties: {@code bench.runs} (start-ups per data-dir state, default 5), {@code bench.heapRuns}
 * (portals started for the heap measurement, default 3) and {@code bench.route}: where each measured session lands,
 * the workbench (empty, the default) or {@code customers}, the 客户一览表 with its grid's first page fetched as the
 * browser's grid connector asks for it (issue 13: retained heap per signed-in session with the directory open). Every portal runs in a temporary working directory, so
 * its {@code ./data} H2 database is either brand new (Flyway migrations and demo data on start) or the one an
 * untimed first start of this program created; the heap portals start on the latter.
 */
public final class PortalBenchmark {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseG1GC");
    private static final String PASSWORD = "Portal@2026";
    /** Every demo login that can sign in (the leaver zhenghao cannot), so sessions spread over all roles. */
    private static final List<String> USERS = List.of("admin", "wangjianguo", "chenzhiqiang", "liuyang", "zhangwei",
            "lina", "sunli", "zhaomin", "zhoujie", "wufang", "huanglei", "hejing", "linfeng", "mali", "gaojie",
            "liangchen", "songtao", "hanxue", "xiejuan");
    private static final List<Integer> DEFAULT_SESSIONS = List.of(0, 20, 50, 100);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern STARTED_LOG = Pattern.compile("Started Application in ([0-9.]+) seconds");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");
    private static final Pattern GRID_NODE = Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\","
            + "\"feat\":\\d+,\"value\":\"vaadin-grid\"");
    private static final String WORKBENCH_VIEW = "com.keyaccount.portal.workbench.ui.WorkbenchView";
    private static final String DIRECTORY_VIEW = "com.keyaccount.portal.customer.ui.CustomerDirectoryView";
    private static final String DIRECTORY_ROUTE = "customers";
    /** The rows a browser's grid asks for first (its page size). */
    private static final int GRID_PAGE = 50;
    private static final String MAIN_LAYOUT = "com.keyaccount.portal.base.ui.MainLayout";

    /** What Flow's client sends with its init request (Flow.ts collectBrowserDetails), for Chromium in Asia/Shanghai. */
    private static final String BROWSER_DETAILS = "v-sw=1366&v-sh=900&v-ww=1366&v-wh=900&v-bw=1366&v-bh=900"
            + "&v-tzo=-480&v-rtzo=-480&v-dstd=0&v-dston=false&v-tzid=Asia%2FShanghai&v-td=false&v-pr=1&v-wn=bench"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ws=false";

    /** Portals still running, killed by the shutdown hook if the benchmark is interrupted or fails. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path jar;
    private final List<Integer> sessionCounts;
    private final int runs;
    private final int heapRuns;
    /** Where the measured sessions land: "" (the workbench) or {@link #DIRECTORY_ROUTE}. */
    private final String route;

    private PortalBenchmark(Path jar, List<Integer> sessionCounts, int runs, int heapRuns, String route) {
        this.jar = jar;
        this.sessionCounts = sessionCounts;
        this.runs = runs;
        this.heapRuns = heapRuns;
        this.route = route;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PortalBenchmark <portal jar> [session counts, e.g. 0,20,50,100]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar at " + jar);
        }
        // N = 0 is the baseline every other N is measured against, so it is always measured.
        TreeSet<Integer> counts = new TreeSet<>(Set.of(0));
        (args.length == 2 ? Stream.of(args[1].split(",")).map(String::trim).map(Integer::valueOf)
                : DEFAULT_SESSIONS.stream()).forEach(counts::add);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));

        int runs = Integer.getInteger("bench.runs", 5);
        int heapRuns = Integer.getInteger("bench.heapRuns", 3);
        if (runs < 1 || heapRuns < 1 || counts.first() < 0) {
            throw new IllegalArgumentException("runs and heap runs must be at least 1, session counts at least 0");
        }
        String route = System.getProperty("bench.route", "");
        if (!route.isEmpty() && !route.equals(DIRECTORY_ROUTE)) {
            throw new IllegalArgumentException("bench.route is empty (the workbench) or " + DIRECTORY_ROUTE);
        }
        new PortalBenchmark(jar, List.copyOf(counts), runs, heapRuns, route).run();
    }

    private void run() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path existing = Files.createTempDirectory("portal-bench-existing");
        try {
            // Untimed: creates the database the existing-data-dir runs start on, and warms the page cache with the jar.
            start(existing).close();

            List<Startup> empty = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path fresh = Files.createTempDirectory("portal-bench-empty");
                try (Portal portal = start(fresh)) {
                    empty.add(portal.startup());
                } finally {
                    delete(fresh);
                }
                progress("start-up, empty data dir", run + 1, runs);
            }
            List<Startup> reused = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                try (Portal portal = start(existing)) {
                    reused.add(portal.startup());
                }
                progress("start-up, existing data dir", run + 1, runs);
            }

            List<HeapRun> heap = new ArrayList<>();
            for (int run = 0; run < heapRuns; run++) {
                heap.add(measureHeap(existing));
                progress("heap", run + 1, heapRuns);
            }

            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            printReport(empty, reused, heap, loadBefore, loadAfter);
        } finally {
            delete(existing);
        }
    }

    // ---------------------------------------------------------------- start-up

    /** How long one start took: until health said UP (after the demo-data runner), and Spring's own figure. */
    private record Startup(double healthUpSeconds, double startedLogSeconds) {
    }

    private record Portal(Process process, URI base, Startup startup) implements AutoCloseable {

        @Override
        public void close() {
            stop(process);
        }
    }

    /** SIGTERM first, so H2 closes its file cleanly and the next start on it needs no recovery. */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().onExit().join();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
    }

    private Portal start(Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        Path log = workDir.resolve("portal.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The shipped defaults are what is measured (embedded H2, demo data), whatever this shell has exported.
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_") || name.startsWith("SPRING_"));

        long launched = System.nanoTime();
        Process process = builder.start();
        RUNNING.add(process);
        URI base = URI.create("http://localhost:" + port);
        try {
            awaitHealthUp(process, base, log);
            double upSeconds = (System.nanoTime() - launched) / 1e9;
            return new Portal(process, base, new Startup(upSeconds, startedLogSeconds(log)));
        } catch (Exception e) {
            stop(process);
            throw e;
        }
    }

    /**
     * Readiness turns UP only after ApplicationReadyEvent, i.e. after the demo-data runner, so an UP here means
     * a portal that can take logins; until then the endpoint answers 503 OUT_OF_SERVICE.
     */
    private static void awaitHealthUp(Process process, URI base, Path log) throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("portal exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> response = PROBE.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notListeningYet) {
                // Tomcat binds its port late in the start; keep polling.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("portal not UP after " + START_TIMEOUT + ", see " + log);
    }

    private static double startedLogSeconds(Path log) throws IOException {
        Matcher started = STARTED_LOG.matcher(Files.readString(log));
        if (!started.find()) {
            throw new IllegalStateException("no 'Started Application in' line in " + log);
        }
        return Double.parseDouble(started.group(1));
    }

    // ---------------------------------------------------------------- heap

    /** Live heap bytes and verified UIs (of the route's view) for each measured session count of one portal. */
    private record HeapRun(Map<Integer, Long> liveBytes, Map<Integer, Long> workbenchUis) {
    }

    private record Histogram(long liveBytes, long workbenchViews, long mainLayouts) {
    }

    private String viewClass() {
        return route.isEmpty() ? WORKBENCH_VIEW : DIRECTORY_VIEW;
    }

    private HeapRun measureHeap(Path dataDir) throws IOException, InterruptedException {
        Map<Integer, Long> liveBytes = new TreeMap<>();
        Map<Integer, Long> uis = new TreeMap<>();
        try (Portal portal = start(dataDir)) {
            // One session per user first: the caches the first use of each role's menu and workbench fills belong
            // to the baseline, not to the sessions measured after it.
            for (String user : USERS) {
                openSession(portal.base(), user);
            }
            int open = 0;
            for (int target : sessionCounts) {
                for (; open < target; open++) {
                    openSession(portal.base(), USERS.get(open % USERS.size()));
                }
                Histogram histogram = histogram(portal.process().pid());
                long expected = USERS.size() + target;
                if (histogram.workbenchViews() != expected || histogram.mainLayouts() != expected) {
                    throw new IllegalStateException("expected " + expected + " live UIs, heap has "
                            + histogram.workbenchViews() + " " + viewClass() + " and " + histogram.mainLayouts()
                            + " MainLayout");
                }
                liveBytes.put(target, histogram.liveBytes());
                uis.put(target, histogram.workbenchViews());
            }
        }
        return new HeapRun(liveBytes, uis);
    }

    /**
     * What Chromium sends from the login page to a rendered workbench (captured from its DevTools log), in its own
     * cookie jar so each call is a separate HTTP session: the login form post, the bootstrap page, Flow's init
     * request (creates the UI), the {@code ui-navigate} event of the client router (creates MainLayout and
     * WorkbenchView) and one more message. The browser's login page has a UI of its own that an unload beacon may
     * or may not close; it is left out, so N counts workbench sessions only. On the directory route the grid then
     * asks for its first rows ({@code setViewportRange}, what the grid connector calls once it is attached), so the
     * session holds the rows and the row components a browser would see.
     */
    private void openSession(URI base, String user) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()) {
            // vaadin-login-form posts a native form and copies Spring's token from this meta tag into it.
            String csrf = find(CSRF_META, get(http, base.resolve("/login")), "CSRF meta tag");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "username", user, "password", PASSWORD, "_csrf", csrf))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String target = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || target.contains("error")) {
                throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + target);
            }

            get(http, base.resolve("/"));
            String init = get(http, base.resolve("/?v-r=init&location=&query=&v-curdate="
                    + System.currentTimeMillis() + "&" + BROWSER_DETAILS));
            String key = find(SECURITY_KEY, init, "Vaadin security key");
            URI uidl = base.resolve("/?v-r=uidl&v-uiId=" + find(UI_ID, init, "UI id"));
            String rendered = postJson(http, uidl, """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/%s",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}\
                    """.formatted(key, route));
            if (route.isEmpty() && !rendered.contains("\"workbench\"")) {
                throw new IllegalStateException("no workbench in the navigation response for " + user);
            }
            if (route.equals(DIRECTORY_ROUTE)) {
                String grid = find(GRID_NODE, rendered, "directory grid");
                String rows = postJson(http, uidl, """
                        {"csrfToken":"%s","rpc":[{"type":"publishedEventHandler","node":%s,\
                        "templateEventMethodName":"setViewportRange","templateEventMethodArgs":[0,%d],"promise":0}],\
                        "syncId":1,"clientId":1}""".formatted(key, grid, GRID_PAGE));
                // the grid may send its first page with the navigation already; nearly every demo name has 有限公司
                if (!(rendered + rows).contains("有限公司")) {
                    throw new IllegalStateException("the directory grid sent no rows to " + user + ": " + rows);
                }
                postJson(http, uidl, "{\"csrfToken\":\"%s\",\"rpc\":[],\"syncId\":2,\"clientId\":2}"
                        .formatted(key));
                return;
            }
            // The browser answers with property syncs of what it rendered. The reply matters, not its content: a UI
            // keeps its last response for resending until the next message replaces it, and the navigation's is
            // the whole rendered view.
            postJson(http, uidl, "{\"csrfToken\":\"%s\",\"rpc\":[],\"syncId\":1,\"clientId\":1}".formatted(key));
        }
    }

    /**
     * Live objects only: GC.class_histogram runs a full GC first. Taken twice and the smaller total kept, since
     * one full GC can leave behind what only becomes unreachable once its reference processing has run.
     */
    private Histogram histogram(long pid) throws IOException, InterruptedException {
        Histogram first = readHistogram(pid);
        Histogram second = readHistogram(pid);
        return first.liveBytes() <= second.liveBytes() ? first : second;
    }

    private Histogram readHistogram(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        List<String> lines;
        try (var output = jcmd.inputReader()) {
            lines = output.lines().toList();
        }
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + String.join("\n", lines));
        }
        long total = -1;
        long views = 0;
        long layouts = 0;
        for (String line : lines) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                if (row.group(2).equals(viewClass())) {
                    views = Long.parseLong(row.group(1));
                } else if (row.group(2).equals(MAIN_LAYOUT)) {
                    layouts = Long.parseLong(row.group(1));
                }
            }
            Matcher sum = HISTOGRAM_TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(1));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no Total line in the class histogram");
        }
        return new Histogram(total, views, layouts);
    }

    // ---------------------------------------------------------------- report

    private void printReport(List<Startup> empty, List<Startup> reused, List<HeapRun> heap, double loadBefore,
            double loadAfter) {
        System.out.printf(Locale.ROOT, "%n### Key Account Portal benchmark%n%n");
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s %s; Java %s; portal JVM options: %s; "
                        + "load average %.2f before, %.2f after. p95 is nearest-rank: below 20 samples, the largest.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), String.join(" ", JVM_OPTIONS), loadBefore,
                loadAfter);

        System.out.println("| Start-up | Runs | Launch → health UP, median | p95 "
                + "| \"Started Application in\", median | p95 |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        startupRow("empty data dir (migrations + demo data)", empty);
        startupRow("existing data dir", reused);

        System.out.printf(Locale.ROOT, "%nSessions land on %s.%n", route.isEmpty() ? "the workbench"
                : "the customer directory (" + DIRECTORY_ROUTE + ", first " + GRID_PAGE + " rows fetched)");
        System.out.printf(Locale.ROOT, "%n| Sessions N (on top of %d warm-up) | Portals | Live heap, median | "
                + "(heap(N) − heap(0)) / N, median | p95 | UIs of the view in heap (checked) |%n", USERS.size());
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int n : sessionCounts) {
            List<Double> mib = heap.stream().map(run -> run.liveBytes().get(n) / 1024.0 / 1024).toList();
            String perSession = "–";
            String perSessionP95 = "–";
            if (n > 0) {
                List<Double> kib = heap.stream()
                        .map(run -> (run.liveBytes().get(n) - run.liveBytes().get(0)) / 1024.0 / n).toList();
                perSession = String.format(Locale.ROOT, "%.0f KB", median(kib));
                perSessionP95 = String.format(Locale.ROOT, "%.0f KB", p95(kib));
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f MB | %s | %s | %d |%n", n, heap.size(), median(mib),
                    perSession, perSessionP95, heap.getFirst().workbenchUis().get(n));
        }
    }

    private static void startupRow(String label, List<Startup> runs) {
        List<Double> up = runs.stream().map(Startup::healthUpSeconds).toList();
        List<Double> started = runs.stream().map(Startup::startedLogSeconds).toList();
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f s | %.1f s | %.1f s | %.1f s |%n", label, runs.size(),
                median(up), p95(up), median(started), p95(started));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = sorted(values);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = sorted(values);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }

    // ---------------------------------------------------------------- plumbing

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String postJson(HttpClient http, URI uri, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in the response");
        }
        return matcher.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void progress(String phase, int done, int of) {
        System.err.printf("%s: %d/%d%n", phase, done, of);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
