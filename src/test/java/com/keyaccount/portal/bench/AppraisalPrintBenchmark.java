package com.keyaccount.portal.bench;

import com.keyaccount.portal.printing.PrintBench;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Print times and memory of the appraisal print-outs at the figures issue 14 names, printed as a Markdown table:
 * one scorecard PDF after warm-up (median and p95, target median &lt; 50 ms) and a batch of 200 scorecards with a
 * cover page (target &lt; 10 s, heap &lt; 256 MB). In-process, through the printing module's pipeline (rows, fill, PDF export) on
 * realistic forms of the shipped templates; Spring, security and the audit row are left out (one insert per print).
 *
 * <p>A plain program, not a test. Run it in a JVM with {@code -Xmx256m} (the {@code bench} Maven profile does:
 * {@code ./mvnw -Pbench test-compile exec:exec@appraisal-print-benchmark}): the batch must complete in that heap.
 * Peak heap is the sum of the heap pools' peaks during the batch (an upper bound: the pools peak at different times).
 * System properties: {@code bench.samples} (timed scorecards, default 100), {@code bench.batch} (default 200).
 */
public final class AppraisalPrintBenchmark {

    private static final int WARM_UP = 30;
    private static final double MB = 1024.0 * 1024.0;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AppraisalPrintBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int samples = Integer.getInteger("bench.samples", 100);
        int batchSize = Integer.getInteger("bench.batch", 200);
        PrintBench bench = new PrintBench();

        long firstStart = System.nanoTime();
        bench.compositeScorecard();
        double first = millis(firstStart);
        for (int i = 0; i < WARM_UP; i++) {
            bench.compositeScorecard();
            bench.bandedScorecard();
        }
        Times composite = time(samples, bench::compositeScorecard);
        Times banded = time(samples, bench::bandedScorecard);

        bench.compositeBatch(10, OutputStream.nullOutputStream());
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Path file = Files.createTempFile("appraisal-batch", ".pdf");
        long batchCpuStart = THREADS.getCurrentThreadCpuTime();
        long batchStart = System.nanoTime();
        int printed;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            printed = bench.compositeBatch(batchSize, out);
        }
        double batchSeconds = millis(batchStart) / 1000;
        double batchCpuSeconds = (THREADS.getCurrentThreadCpuTime() - batchCpuStart) / 1e9;
        double peakMb = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MB;
        double pdfMb = Files.size(file) / MB;
        Files.delete(file);

        System.out.println();
        System.out.printf(Locale.ROOT, "Appraisal print-outs: JVM max heap %.0f MB, %d warm-up renders, %d samples%n%n",
                Runtime.getRuntime().maxMemory() / MB, 2 * WARM_UP + 1, samples);
        System.out.printf(Locale.ROOT, "Load average at the end: %.1f on %d processors (wall-clock times grow with it;"
                + " the CPU column is this thread's own time)%n%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| measurement | wall clock | CPU | target |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| first scorecard PDF (compiles the report) | %.0f ms | | |%n", first);
        row("scorecard PDF 大客户经理季度综合考评表 (2 pages), median", median(composite.wall()),
                median(composite.cpu()), "< 50 ms");
        row("scorecard PDF 大客户经理季度综合考评表 (2 pages), p95", p95(composite.wall()), p95(composite.cpu()), "");
        row("scorecard PDF 大客户经理管理绩效评定表 (1 page), median", median(banded.wall()), median(banded.cpu()),
                "< 50 ms");
        row("scorecard PDF 大客户经理管理绩效评定表 (1 page), p95", p95(banded.wall()), p95(banded.cpu()), "");
        System.out.printf(Locale.ROOT, "| batch of %d scorecards + cover (%d pages, %.1f MB PDF) | %.2f s | %.2f s"
                + " | < 10 s |%n", printed, 2 * printed + 1, pdfMb, batchSeconds, batchCpuSeconds);
        System.out.printf(Locale.ROOT, "| peak heap during the batch | %.0f MB | | < 256 MB |%n", peakMb);
    }

    private static void row(String name, double wall, double cpu, String target) {
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %s |%n", name, wall, cpu, target);
    }

    /** Wall-clock and CPU milliseconds of each render. */
    private record Times(List<Double> wall, List<Double> cpu) {
    }

    private static Times time(int samples, Supplier<byte[]> render) {
        Times times = new Times(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < samples; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            render.get();
            times.wall().add(millis(start));
            times.cpu().add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0);
        }
        return times;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }
}
