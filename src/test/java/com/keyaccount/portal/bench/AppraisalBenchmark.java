package com.keyaccount.portal.bench;

import com.keyaccount.portal.appraisal.AppraisalBenchSupport;
import com.keyaccount.portal.appraisal.AppraisalCycleService;
import com.keyaccount.portal.appraisal.AppraisalQueryService;
import com.keyaccount.portal.appraisal.CalibrationService;
import com.keyaccount.portal.appraisal.CycleDraft;
import com.keyaccount.portal.appraisal.CycleDueDates;
import com.keyaccount.portal.appraisal.CycleResults;
import com.keyaccount.portal.appraisal.CycleResultsOrder;
import com.keyaccount.portal.appraisal.ParticipantSelection;
import com.keyaccount.portal.appraisal.StandardTemplates;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appraisal cycles at the volume issue 14 names: a cycle of 2,000 participants opened (every form created in one
 * transaction, target &lt; 10 s) and the calibration view's data (the ranked results and the distribution rule,
 * target p95 &lt; 200 ms), printed as a Markdown table. In-process service calls as 陈志强, head of 大客户部, warm.
 *
 * <p>A plain program on MariaDB ({@code bench.url}, default {@code jdbc:mariadb://127.0.0.1:3306/portal_bench_appraisal}):
 * it adds {@code bench.participants} people (default 2,000) in 20 teams under 大客户部 by SQL the first time, then
 * opens {@code bench.cycles} new cycles (default 3) of 销售代表月度考核表, scores one of them by SQL as if every form
 * were signed, and times the calibration reads ({@code bench.samples}, default 40).
 */
public final class AppraisalBenchmark {

    private static final String HEAD = "chenzhiqiang";
    private static final int TEAMS = 20;

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final AppraisalCycleService cycles;
    private final AppraisalQueryService queries;
    private final CalibrationService calibration;
    private final List<String> rows = new ArrayList<>();

    private AppraisalBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.cycles = context.getBean(AppraisalCycleService.class);
        this.queries = context.getBean(AppraisalQueryService.class);
        this.calibration = context.getBean(CalibrationService.class);
    }

    public static void main(String[] args) {
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/portal_bench_appraisal");
        ConfigurableApplicationContext context = BenchContext.start(url);
        if (new AppraisalBenchmark(context).ensurePeople(Integer.getInteger("bench.participants", 2000))) {
            // people added by SQL: the org tree the portal caches does not know them until it starts again
            context.close();
            context = BenchContext.start(url);
        }
        try {
            AppraisalBenchmark benchmark = new AppraisalBenchmark(context);
            long lastCycle = benchmark.openCycles(Integer.getInteger("bench.cycles", 3));
            benchmark.scoreBySql(lastCycle);
            benchmark.calibrate(lastCycle, Integer.getInteger("bench.samples", 40));
            benchmark.print();
        } finally {
            context.close();
        }
    }

    /**
     * Adds people to 大客户部 in teams of equal size, each team headed and managed by its first member; false when they
     * are there already.
     */
    private boolean ensurePeople(int participants) {
        Long present = jdbc.queryForObject("select count(*) from employee where employee_no like 'BN%'", Long.class);
        if (present != null && present >= participants) {
            return false;
        }
        long ka = jdbc.queryForObject("select id from department where code = 'KA'", Long.class);
        long head = jdbc.queryForObject("select head_employee_id from department where code = 'KA'", Long.class);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"};
        Random random = new Random(14);
        int perTeam = participants / TEAMS;
        for (int team = 0; team < TEAMS; team++) {
            String code = String.format(Locale.ROOT, "BKA%02d", team);
            jdbc.update("insert into department (code, name, kind, parent_id, sort_order) values (?, ?, 'TEAM', ?, ?)",
                    code, "大客户拓展" + (team + 1) + "组", ka, 100 + team);
            long teamId = jdbc.queryForObject("select id from department where code = ?", Long.class, code);
            Long manager = null;
            for (int member = 0; member < perTeam; member++) {
                String number = String.format(Locale.ROOT, "BN%02d%03d", team, member);
                String name = surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
                        + given[random.nextInt(given.length)];
                jdbc.update("insert into employee (employee_no, display_name, department_id, position_title, "
                        + "manager_id, hire_date, education, status, salary_grade) values (?, ?, ?, ?, ?, ?, ?, "
                        + "'ACTIVE', ?)", number, name, teamId, member == 0 ? "大客户经理" : "销售代表",
                        member == 0 ? head : manager, LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1),
                        List.of("BACHELOR", "JUNIOR_COLLEGE", "MASTER").get(random.nextInt(3)), 3 + random.nextInt(8));
                if (member == 0) {
                    manager = jdbc.queryForObject("select id from employee where employee_no = ?", Long.class, number);
                    jdbc.update("update department set head_employee_id = ? where id = ?", manager, teamId);
                }
            }
        }
        jdbc.execute("analyze table employee, department");
        return true;
    }

    /** Opens new cycles of every active person of 大客户部; returns the last one. */
    private long openCycles(int count) {
        long templateId = AppraisalBenchSupport.template(context, StandardTemplates.salesRepMonthly());
        long ka = jdbc.queryForObject("select id from department where code = 'KA'", Long.class);
        Long existing = jdbc.queryForObject("select count(*) from appraisal_cycle", Long.class);
        long cycleId = 0;
        for (int run = 1; run <= count; run++) {
            LocalDate start = LocalDate.of(2031, 1, 1).plusMonths(existing + run);
            long created = BenchContext.as(context, HEAD, () -> cycles.create(new CycleDraft("基准考核 " + start,
                    templateId, start, ka, CycleDueDates.none(), new BigDecimal("20"))));
            long addStarted = System.nanoTime();
            int added = BenchContext.as(context, HEAD, () -> cycles.addParticipants(created,
                    cycles.cycle(created).version(), ParticipantSelection.ofDepartment(ka, true)));
            double addSeconds = (System.nanoTime() - addStarted) / 1e9;
            long openStarted = System.nanoTime();
            int forms = BenchContext.as(context, HEAD, () -> cycles.open(created, cycles.cycle(created).version()));
            double openSeconds = (System.nanoTime() - openStarted) / 1e9;
            rows.add(String.format(Locale.ROOT, "| %s | add %,d participants (大客户部 and below), run %d | 1 | %.1f s "
                    + "| – | – |", HEAD, added, run, addSeconds));
            rows.add(String.format(Locale.ROOT, "| %s | open the cycle: %,d forms in one transaction, run %d | 1 | "
                    + "%.1f s | – | < 10 s %s |", HEAD, forms, run, openSeconds, openSeconds < 10 ? "✔" : "✘"));
            System.err.println(rows.get(rows.size() - 1));
            cycleId = created;
        }
        return cycleId;
    }

    /** Every form of the cycle as if scored and signed: totals spread over the levels, section scores kept. */
    private void scoreBySql(long cycleId) {
        Random random = new Random(7);
        List<Long> ids = jdbc.queryForList("select id from appraisal_form where cycle_id = ?", Long.class, cycleId);
        List<Object[]> updates = new ArrayList<>();
        for (long id : ids) {
            BigDecimal total = BigDecimal.valueOf(5500 + random.nextInt(4500), 2);
            String level = total.compareTo(new BigDecimal("90")) >= 0 ? "EXCELLENT"
                    : total.compareTo(new BigDecimal("80")) >= 0 ? "GOOD"
                    : total.compareTo(new BigDecimal("70")) >= 0 ? "AVERAGE"
                    : total.compareTo(new BigDecimal("60")) >= 0 ? "PASS" : "FAIL";
            String scores = String.format(Locale.ROOT, "{\"SALES_TARGET\":%s,\"OTHER_INDICATORS\":%s,\"DAILY_WORK\":%s}",
                    total, total, total);
            updates.add(new Object[] {total, level, scores, id});
        }
        jdbc.batchUpdate("update appraisal_form set status = 'SIGNED', total = ?, result_level = ?, "
                + "section_scores = ? where id = ?", updates);
    }

    private void calibrate(long cycleId, int samples) {
        long team = jdbc.queryForObject("select id from department where code = 'BKA00'", Long.class);
        timed("calibration: every form of the cycle, ranked", samples, () -> {
            CycleResults results = queries.results(cycleId, null, CycleResultsOrder.RANK);
            return String.format(Locale.ROOT, "%,d rows", results.rows().size());
        });
        timed("calibration: one team, ranked", samples, () -> {
            CycleResults results = queries.results(cycleId, team, CycleResultsOrder.RANK);
            return String.format(Locale.ROOT, "%,d rows", results.rows().size());
        });
        timed("distribution rule check (every form)", samples,
                () -> calibration.warning(cycleId, null).map(w -> w.percent() + " % excellent").orElse("within"));
    }

    private void timed(String label, int samples, Supplier<String> call) {
        BenchContext.as(context, HEAD, () -> {
            for (int i = 0; i < Math.max(5, samples / 4); i++) {
                call.get();
            }
            List<Double> millis = new ArrayList<>();
            String last = null;
            for (int i = 0; i < samples; i++) {
                long started = System.nanoTime();
                last = call.get();
                millis.add((System.nanoTime() - started) / 1e6);
            }
            double p95 = BenchContext.p95(millis);
            rows.add(String.format(Locale.ROOT, "| %s | %s (%s) | %d | %.1f ms | %.1f ms | < 200 ms %s |", HEAD, label,
                    last, samples, BenchContext.median(millis), p95, p95 < 200 ? "✔" : "✘"));
            System.err.println(rows.get(rows.size() - 1));
            return null;
        });
    }

    private void print() {
        System.out.printf(Locale.ROOT, "%n### Appraisal cycle benchmark%n%n");
        System.out.printf(Locale.ROOT, "Machine: %s; database %s; load average %.2f. Server time: in-process service "
                        + "calls (transaction, security, audit), warm; p95 nearest-rank.%n%n", BenchContext.machine(),
                jdbc.queryForObject("select version()", String.class),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| User | Measurement | Samples | Median | p95 | Target |");
        System.out.println("|---|---|---:|---:|---:|---|");
        rows.forEach(System.out::println);
    }
}
