package com.keyaccount.portal.demo;

import com.keyaccount.portal.approval.ApprovalRequestDetail;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.ApprovalStepView;
import com.keyaccount.portal.approval.Decision;
import com.keyaccount.portal.approval.StepState;
import com.keyaccount.portal.customer.BusinessType;
import com.keyaccount.portal.customer.ContactDraft;
import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.ContractDraft;
import com.keyaccount.portal.customer.ContractKind;
import com.keyaccount.portal.customer.ContractService;
import com.keyaccount.portal.customer.CreditCode;
import com.keyaccount.portal.customer.CustomerDraft;
import com.keyaccount.portal.customer.CustomerLifecycleService;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.CustomerSurveyService;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.EndKind;
import com.keyaccount.portal.customer.FollowUpDraft;
import com.keyaccount.portal.customer.FollowUpKind;
import com.keyaccount.portal.customer.FollowUpService;
import com.keyaccount.portal.customer.Market;
import com.keyaccount.portal.customer.MonthlySaleService;
import com.keyaccount.portal.customer.RegionDraft;
import com.keyaccount.portal.customer.RegionService;
import com.keyaccount.portal.customer.RegionSummary;
import com.keyaccount.portal.customer.SaleLine;
import com.keyaccount.portal.customer.SurveyDraft;
import com.keyaccount.portal.security.PortalUser;
import com.keyaccount.portal.security.SystemAuthentication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the demo company's customer directory ({@link DemoCustomerCatalog}: regions and about 200 customers) through
 * the services, each step as the person who would take it: the owner creates the archive, records contacts,
 * follow-ups and 24 months of sales, surveys and submits the 交易开始调查书; the chain's approvers approve; the owner
 * adds the contracts and has the code assigned; some trade ends, a few archives are deregistered, some requests stay
 * in progress. Runs once, on a directory without regions; every customer is loaded in its own transactions (the
 * approvals must commit for the lifecycle to move on), so an interrupted load leaves whole customers.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class DemoCustomerLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomerLoader.class);
    private static final long SEED = 20_261_129L;
    private static final String[] PRODUCTS = {"办公耗材", "家用电器", "食品礼盒", "五金配件", "清洁用品"};
    private static final String[] CONTACT_TITLES = {"采购经理", "财务主管", "总经理助理"};
    private static final String[] STREETS = {"人民路", "解放路", "中山路", "建设大道", "长江路", "工业园区"};
    /** Job titles of a demo customer's contacts, the primary contact first (demo data, not UI text). */

    private final RegionService regions;
    private final CustomerService customers;
    private final ContactService contacts;
    private final FollowUpService followUps;
    private final MonthlySaleService sales;
    private final CustomerSurveyService surveys;
    private final CustomerLifecycleService lifecycle;
    private final ContractService contracts;
    private final ApprovalService approvals;
    private final DemoActors actors;
    private final Clock clock;
    private final ZoneId zone;
    private final int count;

    DemoCustomerLoader(RegionService regions, CustomerService customers, ContactService contacts,
            FollowUpService followUps, MonthlySaleService sales, CustomerSurveyService surveys,
            CustomerLifecycleService lifecycle, ContractService contracts, ApprovalService approvals,
            DemoActors actors, Clock clock, ZoneId businessZone,
            @Value("${portal.demo-data.customers:200}") int count) {
        this.regions = regions;
        this.customers = customers;
        this.contacts = contacts;
        this.followUps = followUps;
        this.sales = sales;
        this.surveys = surveys;
        this.lifecycle = lifecycle;
        this.contracts = contracts;
        this.approvals = approvals;
        this.actors = actors;
        this.clock = clock;
        this.zone = businessZone;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = SystemAuthentication.call(() -> regions.findAll().isEmpty());
        if (!empty || count <= 0) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Long> regionIds = SystemAuthentication.call(this::loadRegions);
        Random random = new Random(SEED);
        int index = 0;
        for (DemoCustomerCatalog.Spec spec : DemoCustomerCatalog.customers(count, SEED)) {
            load(spec, regionIds.get(spec.regionCode()), index++, random);
        }
        log.info("Demo customer directory loaded: {} customers in {} ms", count,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, Long> loadRegions() {
        Map<String, Long> ids = new HashMap<>();
        for (DemoCustomerCatalog.Region region : DemoCustomerCatalog.REGIONS) {
            RegionDraft draft = new RegionDraft();
            draft.setCode(region.code());
            draft.setName(region.name());
            draft.setGroupName(region.group());
            draft.setBoundaries(region.boundaries());
            draft.setUnsuitableTimes(region.unsuitable());
            ids.put(region.code(), regions.save(draft));
        }
        return ids;
    }

    private void load(DemoCustomerCatalog.Spec spec, long regionId, int index, Random random) {
        long id = as(spec.owner(), () -> customers.create(draft(spec, regionId, index, random)));
        List<Long> contactIds = new ArrayList<>();
        for (int i = 0; i < spec.contacts().size(); i++) {
            ContactDraft contact = new ContactDraft();
            contact.setName(spec.contacts().get(i));
            contact.setTitle(CONTACT_TITLES[Math.min(i, CONTACT_TITLES.length - 1)]);
            contact.setMobile(DemoCustomerCatalog.mobile(random));
            contact.setPrimary(i == 0);
            contactIds.add(as(spec.owner(), () -> contacts.add(id, contact)));
        }
        CustomerStatus stage = spec.stage();
        if (stage != CustomerStatus.PROSPECT) {
            develop(spec, id, stage);
        }
        boolean traded = stage == CustomerStatus.ACTIVE || stage == CustomerStatus.TERMINATED
                || stage == CustomerStatus.DEREGISTERED;
        if (traded) {
            recordSales(spec, id, random);
        }
        recordFollowUps(spec, id, contactIds, random);
        if (stage == CustomerStatus.TERMINATED || stage == CustomerStatus.DEREGISTERED) {
            end(spec, id);
        }
    }

    /** 名册制度 第八、九条: trade ends; a deregistration goes through its approval chain. */
    private void end(DemoCustomerCatalog.Spec spec, long id) {
        String owner = spec.owner();
        as(owner, () -> lifecycle.terminate(id, id % 2 == 0 ? EndKind.ENDED : EndKind.DISSOLVED,
                "客户经营范围调整，双方协商终止交易"));
        if (spec.stage() == CustomerStatus.DEREGISTERED) {
            // an ended archive is in its supervisors' hands (名册制度 第九条); the 营销总监 opens every level
            String supervisor = "chenzhiqiang";
            approveAll(supervisor, as(supervisor, () -> lifecycle.requestDeregistration(id)));
        }
    }

    private CustomerDraft draft(DemoCustomerCatalog.Spec spec, long regionId, int index, Random random) {
        CustomerDraft draft = new CustomerDraft();
        draft.setName(spec.name());
        draft.setShortName(spec.shortName());
        if (spec.variant() != CustomerVariant.NATURAL_PERSON
                && spec.market() == Market.DOMESTIC) {
            String body = String.format("913501%02d%09d", index % 100, 700_000_000 + index * 7_919L);
            draft.setCreditCode(body + CreditCode.checkCharacter(body));
        }
        draft.setVariant(spec.variant());
        draft.setNature(spec.nature());
        draft.setSpecialKind(spec.specialKind());
        draft.setBusinessType(spec.businessType());
        draft.setMarket(spec.market());
        draft.setRegionId(regionId);
        draft.setIndustry(spec.industry());
        draft.setAddress(spec.city() + "市" + STREETS[random.nextInt(STREETS.length)] + (10 + random.nextInt(400))
                + "号");
        draft.setPhone(spec.phone());
        draft.setLegalRepresentative(spec.contacts().get(spec.contacts().size() - 1));
        if (spec.variant() != CustomerVariant.NATURAL_PERSON) {
            draft.setRegisteredCapital(BigDecimal.valueOf(500_000L * (1 + random.nextInt(40))));
            draft.setFoundedOn(LocalDate.of(1995 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            draft.setEmployeeCount(20 + random.nextInt(800));
            draft.setAnnualSales(spec.yearlySales().multiply(BigDecimal.valueOf(8 + random.nextInt(30))));
        }
        draft.setConfidentiality(spec.level());
        draft.setPaymentStatus(spec.payment());
        draft.setCollectionStatus(spec.payment());
        if (spec.coOwner() != null) {
            draft.setCoOwnerIds(Set.of(actor(spec.coOwner()).employeeId()));
        }
        return draft;
    }

    /** 000 选择制度 第六–十二条 and 名册制度 第五、八、九条, as far as the spec's stage. */
    private void develop(DemoCustomerCatalog.Spec spec, long id, CustomerStatus stage) {
        String owner = spec.owner();
        as(owner, () -> lifecycle.startSurvey(id));
        if (stage == CustomerStatus.SURVEYING) {
            return;
        }
        if (stage == CustomerStatus.SURVEY_STOPPED) {
            as(owner, () -> lifecycle.stopSurvey(id, "银行信用调查发现逾期贷款，申请中止调查"));
            return;
        }
        as(owner, () -> surveys.save(id, survey(as(owner, () -> surveys.loadDraft(id)), spec)));
        long request = as(owner, () -> lifecycle.submitTradeSurvey(id));
        if (stage == CustomerStatus.PENDING_APPROVAL) {
            approveCurrentStep(owner, request, "情况属实，同意");
            return;
        }
        approveAll(owner, request);
        if (stage == CustomerStatus.CONTRACTING) {
            return;
        }
        LocalDate signed = LocalDate.now(clock.withZone(zone)).minusMonths(26);
        if (spec.businessType() == BusinessType.AGREEMENT) {
            as(owner, () -> contracts.save(id, contract(ContractKind.VIP_AGREEMENT, id, signed, spec)));
        } else if (spec.variant() == CustomerVariant.NATURAL_PERSON) {
            as(owner, () -> contracts.save(id, contract(ContractKind.SALES_AGREEMENT, id, signed, spec)));
        } else {
            as(owner, () -> contracts.save(id, contract(ContractKind.SUPPLY, id, signed, spec)));
            as(owner, () -> contracts.save(id, contract(ContractKind.QUALITY, id, signed, spec)));
        }
        as(owner, () -> lifecycle.activate(id));
    }

    private static SurveyDraft survey(SurveyDraft draft, DemoCustomerCatalog.Spec spec) {
        draft.setHistory(spec.city() + "本地企业，成立以来稳步发展");
        draft.setProfile("主营" + spec.industry() + "，在当地渠道覆盖较广");
        draft.setAnnualAccounts("已取得最新年度决算表，资产负债率合理");
        draft.setProductCatalogue("已收集产品目录");
        draft.setFieldSurveyOn(LocalDate.of(2024, 3, 12));
        draft.setFieldSurveyNotes("会同技术、品质部门实地调查，仓储与管理规范");
        draft.setFieldSurveyResult("符合大客户选择原则（000 选择制度 第二–五条）");
        draft.setTradeReasons("经营水平较高、财务能力较强、信用良好，合作态度积极");
        draft.setTradePolicy("月结 30 天，季度返利");
        draft.setTradeProducts("办公耗材、家用电器");
        draft.setTradeAmount(spec.yearlySales());
        draft.setSurveyResults("一般调查与实地调查均通过");
        return draft;
    }

    private ContractDraft contract(ContractKind kind, long customerId, LocalDate signed,
            DemoCustomerCatalog.Spec spec) {
        ContractDraft draft = new ContractDraft();
        draft.setKind(kind);
        draft.setContractNo("HD-" + signed.getYear() + "-" + kind.name().charAt(0) + customerId);
        draft.setSignedOn(signed);
        draft.setStartsOn(signed);
        draft.setEndsOn(signed.plusYears(5));
        draft.setAmount(kind == ContractKind.QUALITY ? null : spec.yearlySales());
        draft.setOurSigner("王建国");
        draft.setTheirSigner(spec.contacts().get(spec.contacts().size() - 1));
        return draft;
    }

    private void recordSales(DemoCustomerCatalog.Spec spec, long id, Random random) {
        YearMonth last = YearMonth.now(clock.withZone(zone)).minusMonths(
                spec.stage() == CustomerStatus.ACTIVE ? 1 : 7);
        BigDecimal monthly = spec.yearlySales().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        long responsible = actor(spec.owner()).employeeId();
        List<SaleLine> lines = new ArrayList<>();
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        for (int m = 0; m < 24; m++) {
            BigDecimal amount = monthly.multiply(BigDecimal.valueOf(80 + random.nextInt(41)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            BigDecimal profit = amount.multiply(BigDecimal.valueOf(spec.marginPercent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            lines.add(SaleLine.of(last.minusMonths(m), responsible, product, amount,
                    amount.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP), profit, null));
        }
        as(spec.owner(), () -> sales.importLines(id, lines));
    }

    /**
     * Calls, e-mails and meetings of the last months, and a visit recorded the day after (marked late, 004 第二章
     * 三) for some; one customer in four has not been followed up for more than 30 days.
     */
    private void recordFollowUps(DemoCustomerCatalog.Spec spec, long id, List<Long> contactIds, Random random) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int oldest = random.nextInt(4) == 0 ? 120 : 45;
        FollowUpKind[] kinds = {FollowUpKind.CALL, FollowUpKind.EMAIL, FollowUpKind.MEETING, FollowUpKind.CALL};
        int records = 2 + random.nextInt(3);
        for (int i = 0; i < records; i++) {
            FollowUpDraft draft = new FollowUpDraft();
            boolean lateVisit = i == 0 && random.nextInt(5) == 0;
            draft.setKind(lateVisit ? FollowUpKind.VISIT : kinds[random.nextInt(kinds.length)]);
            draft.setOccurredOn(lateVisit ? today.minusDays(1) : today.minusDays(oldest - i * 5L));
            draft.setContactId(contactIds.isEmpty() ? null : contactIds.get(random.nextInt(contactIds.size())));
            draft.setSummary(lateVisit ? "上门拜访，了解下季度采购计划" : "沟通订单交付与回款安排");
            draft.setNextStep("两周内回访，确认报价");
            as(spec.owner(), () -> followUps.record(id, draft));
        }
    }

    /** Approves step after step until none is pending (the chains have at most a handful of steps). */
    private void approveAll(String requester, long requestId) {
        boolean pending = true;
        while (pending) {
            pending = approveCurrentStep(requester, requestId, "同意");
        }
    }

    /** Approves the current step as its approver; false when no step is pending any more. */
    private boolean approveCurrentStep(String requester, long requestId, String comment) {
        ApprovalRequestDetail detail = as(requester, () -> approvals.find(requestId));
        String approver = detail.steps().stream().filter(step -> step.state() == StepState.PENDING)
                .map(ApprovalStepView::approverName).findFirst().orElse(null);
        if (approver == null) {
            return false;
        }
        String login = DemoDataLoader.usernameOf(approver).orElseThrow();
        as(login, () -> approvals.decide(requestId, Decision.APPROVE, comment, detail.version()));
        return true;
    }

    private PortalUser actor(String username) {
        return actors.actor(username);
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        return actors.as(username, work);
    }
}
