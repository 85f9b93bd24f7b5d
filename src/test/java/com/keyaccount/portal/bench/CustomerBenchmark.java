package com.keyaccount.portal.bench;

import com.keyaccount.portal.customer.CustomerDirectoryService;
import com.keyaccount.portal.customer.CustomerExportService;
import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerGradeService;
import com.keyaccount.portal.customer.CustomerRow;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.DirectoryCount;
import com.keyaccount.portal.customer.Grade;
import com.keyaccount.portal.customer.GradeRecomputation;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of the 客户一览表 and the archive at the volume issue 13 names (100,000 customers, 300,000 contacts,
 * 1,000,000 follow-ups, 2,400,000 monthly sales rows), printed as Markdown tables. In-process calls of the
 * services, through their transaction, security and audit proxies, as the demo users a grid or an archive page
 * would run them for; no HTTP, no Vaadin rendering. Warm: each measurement runs untimed first. The directory keeps
 * counts for 30 s: the default and the filtered directory are measured with the count cached (someone opened the
 * same directory in the last seconds) and not cached (the cache dropped before each call, untimed); searches only
 * not cached, since a typed text is a new statement.
 *
 * <p>A plain program, not a test: it needs a MariaDB database and minutes of machine time. It starts the portal's
 * Spring context (on a random port, which it never calls) on {@code bench.url} (default {@code jdbc:mariadb://127.0.0.1:3306/portal_bench},
 * user {@code bench.username}/{@code bench.password}, root without password by default), with the demo company but no
 * demo customers, and fills the customer tables with {@link CustomerBenchData} unless they already hold
 * {@code bench.customers} archives. Run it in a JVM with {@code -Xmx256m} (the {@code bench} Maven profile does): the
 * XLSX export must fit in that heap, and the program also reports the export's peak heap. System properties:
 * {@code bench.samples} (per measurement, default 40), {@code bench.gradeRuns} (default 3).
 */
public final class CustomerBenchmark {

    private static final String DIRECTOR = "chenzhiqiang";
    private static final String EMPLOYEE = "zhangwei";
    private static final int PAGE = 50;
    private static final int DEEP_OFFSET = 90_000;
    private static final boolean COLD = true;
    private static final boolean WARM = false;

    private final CustomerDirectoryService directory;
    private final CustomerService customers;
    private final CustomerGradeService grades;
    private final CustomerExportService export;
    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final int samples;
    private final List<String> rows = new ArrayList<>();

    private CustomerBenchmark(ConfigurableApplicationContext context, int samples) {
        this.directory = context.getBean(CustomerDirectoryService.class);
        this.customers = context.getBean(CustomerService.class);
        this.grades = context.getBean(CustomerGradeService.class);
        this.export = context.getBean(CustomerExportService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.context = context;
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int customerCount = Integer.getInteger("bench.customers", 100_000);
        ConfigurableApplicationContext context = BenchContext.start(System.getProperty("bench.url",
                "jdbc:mariadb://127.0.0.1:3306/portal_bench"));
        try {
            CustomerBenchmark benchmark = new CustomerBenchmark(context, Integer.getInteger("bench.samples", 40));
            String generated = benchmark.ensureData(customerCount);
            benchmark.measure(Integer.getInteger("bench.gradeRuns", 3));
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            benchmark.print(generated, loadBefore, loadAfter);
        } finally {
            context.close();
        }
    }

    // ---------------------------------------------------------------- data

    private String ensureData(int customerCount) {
        Long present = jdbc.queryForObject("select count(*) from customer", Long.class);
        if (present != null && present >= customerCount) {
            return "already present, not generated in this run";
        }
        if (present != null && present > 0) {
            throw new IllegalStateException("the database holds " + present + " customers, fewer than "
                    + customerCount + ": drop and re-create it");
        }
        System.err.println("generating " + customerCount + " customers ...");
        CustomerBenchData.Counts counts = CustomerBenchData.generate(jdbc, customerCount, 3, 10, 24);
        jdbc.execute("analyze table customer, customer_contact, customer_follow_up, customer_monthly_sale");
        return String.format(Locale.ROOT, "generated in this run in %.0f s", counts.millis() / 1000.0);
    }

    // ---------------------------------------------------------------- measurements

    private void measure(int gradeRuns) throws IOException {
        CustomerFilter defaults = CustomerFilter.defaults();
        CustomerFilter all = new CustomerFilter(null, Set.of(), null, Set.of(),
                EnumSet.allOf(CustomerStatus.class), null, null, null, null, false);
        long region = jdbc.queryForObject("select min(region_id) from customer", Long.class);
        CustomerFilter filtered = new CustomerFilter(null, Set.of(Grade.A1, Grade.B1), null, Set.of(region),
                Set.of(), null, null, null, null, false);
        PageRequest first = PageRequest.of(0, PAGE);

        for (String user : List.of(DIRECTOR, EMPLOYEE)) {
            as(user, () -> {
                timed(user, "directory first page + count (default filter), count not cached",
                        () -> pageAndCount(defaults), COLD);
                timed(user, "directory first page + count (default filter), count cached",
                        () -> pageAndCount(defaults), WARM);
                timed(user, "… the first page alone", () -> directory.find(defaults, first).size() + " rows", WARM);
                timed(user, "… the count alone, not cached", () -> count(defaults), COLD);
                timed(user, "filtered page + count (grades A1, B1; one region), count not cached",
                        () -> pageAndCount(filtered), COLD);
                timed(user, "filtered page + count (grades A1, B1; one region), count cached",
                        () -> pageAndCount(filtered), WARM);
                timed(user, "deep page, offset 90,000 (all statuses)",
                        () -> directory.find(all, PageRequest.of(DEEP_OFFSET / PAGE, PAGE)).size() + " rows", WARM);
                // a typed search is a new statement: its count and token counts are never cached
                timed(user, "pinyin initials `cqhd` (重庆宏达) + count", () -> search("cqhd"), COLD);
                timed(user, "pinyin full `changsha` (长沙) + count", () -> search("changsha"), COLD);
                timed(user, "Chinese name `华为` + count", () -> search("华为"), COLD);
                timed(user, "Chinese name `长沙宏达` + count", () -> search("长沙宏达"), COLD);
                timed(user, "Chinese name `有限公司` (legal form: most names) + count", () -> search("有限公司"), COLD);
                List<Long> openable = openable(all);
                Random random = new Random(42);
                timed(user, "open one archive (random, openable: " + openable.size() + " sampled ids)",
                        () -> "id " + customers.open(openable.get(random.nextInt(openable.size()))).id(), WARM);
                return null;
            });
        }

        as(DIRECTOR, () -> {
            for (int run = 1; run <= gradeRuns; run++) {
                long started = System.nanoTime();
                GradeRecomputation result = grades.recomputeAll();
                double seconds = (System.nanoTime() - started) / 1e9;
                rows.add(String.format(Locale.ROOT, "| %s | recompute all grades, run %d (%,d customers, %,d changed) "
                        + "| 1 | %.1f s | – | < 60 s |", DIRECTOR, run, result.customers(), result.changed(), seconds));
            }
            return null;
        });
        exportAll(all);
    }

    private String search(String text) {
        return pageAndCount(CustomerFilter.defaults().withText(text));
    }

    /** What the lazy grid asks first: the count (the view asks it first) and the first page. */
    private String pageAndCount(CustomerFilter filter) {
        String count = count(filter);
        int rows = directory.find(filter, PageRequest.of(0, PAGE)).size();
        return String.format(Locale.ROOT, "%d rows of %s", rows, count);
    }

    private String count(CustomerFilter filter) {
        DirectoryCount count = directory.count(filter);
        return String.format(Locale.ROOT, "%,d%s", count.rows(), count.atLeast() ? "+" : "");
    }

    /**
     * Drops the directory's cached counts (the portal drops them when an archive changes): the cache is internal to
     * the customer module, so it is reached by name.
     */
    private void dropCachedCounts() {
        try {
            Class<?> type = Class.forName("com.keyaccount.portal.customer.CustomerDirectoryCache");
            Method invalidate = type.getDeclaredMethod("invalidate");
            invalidate.setAccessible(true);
            invalidate.invoke(context.getBean(type));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids the signed-in person may open, from pages spread over the whole directory. */
    private List<Long> openable(CustomerFilter all) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 100_000 / 1000; page += 7) {
            directory.find(all, PageRequest.of(page, 1000)).stream().filter(CustomerRow::openable)
                    .map(CustomerRow::id).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no archive to open");
        }
        return ids;
    }

    /**
     * Times the call {@link #samples} times after a warm-up; {@code cold}: with the cached counts dropped before each
     * call (untimed), as for a statement no one ran in the last seconds.
     */
    private void timed(String user, String label, Supplier<String> call, boolean cold) {
        for (int i = 0; i < Math.max(5, samples / 4); i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        String last = null;
        for (int i = 0; i < samples; i++) {
            if (cold) {
                dropCachedCounts();
            }
            long started = System.nanoTime();
            last = call.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        double p95 = p95(millis);
        rows.add(String.format(Locale.ROOT, "| %s | %s (%s) | %d | %.1f ms | %.1f ms | %s |", user, label, last,
                samples, median(millis), p95, p95 < 30 ? "< 30 ms ✔" : "< 30 ms ✘"));
        System.err.println(rows.getLast());
    }

    /**
     * The whole directory (every status) as XLSX to a temporary file, as the 营销总监 who may open most archives, so
     * the archive columns are filled. Peak heap: the heap pools' peaks after a full GC reset, and a 5 ms sampler
     * of the heap in use, both bounded by the 256 MB the JVM has (G1 lets garbage fill the heap before it collects), and
 * the largest heap left after a collection during the export: what the export really holds, with the context.
     */
    private void exportAll(CustomerFilter all) throws IOException {
        Path file = Files.createTempFile("customers", ".xlsx");
        try {
            as(DIRECTOR, () -> writeExport(all, file)); // warm-up
            System.gc();
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            AtomicLong sampledPeak = new AtomicLong();
            AtomicLong afterGcPeak = new AtomicLong();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    afterGcPeak.accumulateAndGet(heapPools.stream()
                            .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long started = System.nanoTime();
            int written = as(DIRECTOR, () -> writeExport(all, file));
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long max = Runtime.getRuntime().maxMemory();
            rows.add(String.format(Locale.ROOT, "| %s | XLSX export of all %,d rows (%.1f MB file) | 1 | %.1f s | – "
                    + "| < 15 s %s |", DIRECTOR, written, Files.size(file) / 1e6, seconds, seconds < 15 ? "✔" : "✘"));
            rows.add(String.format(Locale.ROOT, "| %s | export heap: peak in use %.0f MB (sampled; pool peaks %.0f MB), "
                    + "largest heap left after a GC %.0f MB; %.0f MB after a full GC before the export; the JVM's "
                    + "max heap %.0f MB | 1 | – | – | < 256 MB %s |", DIRECTOR, sampledPeak.get() / 1048576.0,
                    poolPeaks / 1048576.0, afterGcPeak.get() / 1048576.0, baseline / 1048576.0, max / 1048576.0,
                    max <= 256L * 1048576 ? "✔" : "✘"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private int writeExport(CustomerFilter filter, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return export.export(filter, Sort.unsorted(), key -> key, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return BenchContext.as(context, username, work);
    }

    // ---------------------------------------------------------------- report

    private void print(String generated, double loadBefore, double loadAfter) {
        String database = jdbc.queryForObject("select version()", String.class);
        System.out.printf(Locale.ROOT, "%n### Customer directory benchmark%n%n");
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s %s; Java %s, max heap %.0f MB; database %s; "
                        + "load average %.2f before, %.2f after. Server time: in-process service calls (transaction, "
                        + "security, audit), warm. p95 is nearest-rank.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), Runtime.getRuntime().maxMemory() / 1048576.0,
                database, loadBefore, loadAfter);
        System.out.println("| Table | Rows | Data + indexes |");
        System.out.println("|---|---:|---:|");
        for (String table : List.of("customer", "customer_contact", "customer_follow_up", "customer_monthly_sale")) {
            Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
            Double megabytes = jdbc.queryForObject("select (data_length + index_length) / 1048576 from "
                    + "information_schema.tables where table_schema = database() and table_name = ?", Double.class,
                    table);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.0f MB |%n", table, count, megabytes);
        }
        System.out.printf(Locale.ROOT, "%nData %s.%n%n", generated);
        System.out.println("| User | Measurement | Samples | Median | p95 | Target |");
        System.out.println("|---|---|---:|---:|---:|---|");
        rows.forEach(System.out::println);
    }

    private static double median(List<Double> values) {
        return BenchContext.median(values);
    }

    private static double p95(List<Double> values) {
        return BenchContext.p95(values);
    }
}
