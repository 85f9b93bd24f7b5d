package com.keyaccount.portal.appraisal;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Every appraisal form of 000 大客户经理岗位描述范本 as a template (RULES 7.2–7.8), with the source's Chinese names, English
 * translations and band descriptions verbatim. The source printed every score range ("~分 ~分 ~分 分以下") and weight
 * ("()") empty, so those are the portal's choices, flagged {@code defaultValue = true} and editable:
 * <ul>
 * <li>bands: 超出目标 (满意达成目标) 90–100, 达到目标 75–89, 接近目标 60–74, 远低于目标 0–59 ("60 分以下"), whole points as on
 * paper;</li>
 * <li>text sections and department opinions: a score of 0–100;</li>
 * <li>section, KPI and composite weights as each method says; KPI caps {@link KpiItem#DEFAULT_CAP};</li>
 * <li>levels {@link LevelScale#defaults()}, profile tables {@link ProfileScores#defaults()}, grade rule
 * {@link SalaryGradeRule#defaults()}.</li>
 * </ul>
 * The evaluation tables state no period; they are quarterly here because they feed 大客户经理季度综合考评表. 后台管理人员考核 and
 * 配送员考核 state none either; they are monthly because the source prints them inside 销售代表月度考核表. Every template is
 * version 1.
 */
public final class StandardTemplates {

    public static final String COMPETENCY_REFERENCE = "COMPETENCY_REFERENCE";
    public static final String EMPLOYEE_ATTITUDE = "EMPLOYEE_ATTITUDE";
    public static final String KA_MANAGER_COOPERATION = "KA_MANAGER_COOPERATION";
    public static final String KA_MANAGER_PERFORMANCE = "KA_MANAGER_PERFORMANCE";
    public static final String REGIONAL_MANAGER_QUARTERLY_REPORT = "REGIONAL_MANAGER_QUARTERLY_REPORT";
    public static final String DEPARTMENT_MANAGER_QUARTERLY_REPORT = "DEPARTMENT_MANAGER_QUARTERLY_REPORT";
    public static final String SALES_MANAGER_ANNUAL = "SALES_MANAGER_ANNUAL";
    public static final String REGIONAL_MANAGER_MONTHLY = "REGIONAL_MANAGER_MONTHLY";
    public static final String SALES_REP_MONTHLY = "SALES_REP_MONTHLY";
    public static final String BACK_OFFICE = "BACK_OFFICE";
    public static final String DELIVERY = "DELIVERY";
    public static final String SALES_CENTER_MONTHLY = "SALES_CENTER_MONTHLY";
    public static final String KA_MANAGER_QUARTERLY_COMPOSITE = "KA_MANAGER_QUARTERLY_COMPOSITE";
    public static final String KA_MANAGER_ABILITIES = "KA_MANAGER_ABILITIES";

    private static final LocalizedText INTERPERSONAL = LocalizedText.of("人际交往能力", "Interpersonal skills");
    private static final LocalizedText INFLUENCE = LocalizedText.of("影响力", "Influence");
    private static final LocalizedText LEADERSHIP = LocalizedText.of("领导能力", "Leadership");
    private static final LocalizedText COMMUNICATION = LocalizedText.of("沟通能力", "Communication");
    private static final LocalizedText JUDGEMENT = LocalizedText.of("判断和决策能力", "Judgement and decision-making");
    private static final LocalizedText PLANNING = LocalizedText.of("计划和执行能力", "Planning and execution");

    private static final LocalizedText CUSTOMER_SERVICE_DEPT = LocalizedText.of("客户服务部", "Customer service department");
    private static final LocalizedText ADMINISTRATION_DEPT = LocalizedText.of("行政部", "Administration department");
    private static final LocalizedText PLANNING_DEPT = LocalizedText.of("企划部", "Planning department");
    private static final LocalizedText LOGISTICS_DEPT = LocalizedText.of("物流部", "Logistics department");
    private static final LocalizedText SALES_PLANNING_DEPT = LocalizedText.of("销售计划部", "Sales planning department");
    private static final LocalizedText OTHER_DEPT = LocalizedText.of("其他", "Other");

    private static final LocalizedText CNY = LocalizedText.of("元", "CNY");
    private static final LocalizedText PERCENT = LocalizedText.of("%", "%");
    private static final LocalizedText CUSTOMERS = LocalizedText.of("家", "customers");
    private static final LocalizedText TIMES = LocalizedText.of("次", "times");
    private static final LocalizedText ITEMS = LocalizedText.of("项", "items");
    private static final LocalizedText SUGGESTIONS = LocalizedText.of("条", "suggestions");

    private static final LocalizedText EVERYDAY_CONDUCT = LocalizedText.of("平时表现", "Everyday conduct");
    private static final ScoreRange SCORE_0_100 = ScoreRange.defaultOf("0", "100");
    private static final int NUMBERED_POINTS = 4;

    private StandardTemplates() {
    }

    /** Every form of 000, in the order the source prints them (the nine abilities last). */
    public static List<TemplateDefinition> all() {
        return List.of(competencyReference(), employeeAttitude(), kaManagerCooperation(), kaManagerPerformance(),
                regionalManagerQuarterlyReport(), departmentManagerQuarterlyReport(), salesManagerAnnual(),
                regionalManagerMonthly(), salesRepMonthly(), backOffice(), delivery(), salesCenterMonthly(),
                kaManagerQuarterlyComposite(), kaManagerAbilities());
    }

    /** 能力素质指标评价参照标准: 24 indicators in 6 groups, bands 满意达成目标 / 达到目标 / 接近目标 / 远低于目标. */
    public static TemplateDefinition competencyReference() {
        List<ItemDefinition> indicators = List.of(
                indicator("RELATIONSHIP_BUILDING", INTERPERSONAL, "关系建立", "Relationship building",
                        "容易与他人建立可信赖的积极发展的长期关系",
                        "能够与他人建立可信赖的长期关系",
                        "较为自我,不易与他人建立长期关系",
                        "刚愎自用,自我封闭,不易与他人相处"),
                indicator("TEAMWORK", INTERPERSONAL, "团队合作", "Teamwork",
                        "善于与他人合作共事,相互支持,充分发挥各自的优势,保持良好的团队工作氛围",
                        "能够与他人合作共事,相互支持,保证团队任务的完成",
                        "团队合作精神不强,对工作有影响",
                        "不能与他人很好合作,独断专行"),
                indicator("CONFLICT_RESOLUTION", INTERPERSONAL, "解决矛盾", "Conflict resolution",
                        "巧妙地和建设性地解决不同矛盾",
                        "能够解决已发生的矛盾,不至于对工作产生大的负面影响",
                        "解决矛盾手法生硬,影响工作顺利进行",
                        "遇到矛盾不知如何解决"),
                indicator("SENSITIVITY", INTERPERSONAL, "敏感性", "Sensitivity",
                        "对他人较关心,容易感知别人的想法,体谅他人,善于领会他人的请求,并付以适当的言行",
                        "能关心他人,体谅他人,领会他人的请求,有时帮助他人想办法解决问题",
                        "有时能关心他人,体会他人的苦衷",
                        "不太关心他人,对他人的需求毫无感觉"),
                indicator("TEAM_DEVELOPMENT", INFLUENCE, "团队发展", "Team development",
                        "易于与他人沟通,积极促进团队协作,在团队中是核心人物,能引导团队达到组织目标",
                        "能够根据公司要求努力促进团队的协作和沟通,使工作顺利开展",
                        "尚能与人合作,但协调不善,影响工作",
                        "无法与人协调"),
                indicator("PERSUASIVENESS", INFLUENCE, "说服力", "Persuasiveness",
                        "能够表述自己的主张、论点及理由,比较容易说服别人接受某一看法与意见",
                        "能说服下级、同事、上级接受某一看法与意见",
                        "说服别人比较困难",
                        "无法说服别人,或咄咄逼人,或逃避退让"),
                indicator("ADAPTABILITY", INFLUENCE, "应变能力", "Adaptability",
                        "待人处世很灵活,善于审时度势,很容易适应岗位、职位或管理的变化所带来的冲击,环境适应能力强",
                        "待人处世较灵活,能够根据公司要求,认可公司变化所带来的冲击,并能顺利完成转变",
                        "对公司的变化或角色的转变不太适应,工作开展有困难",
                        "待人处世刻板,适应性差"),
                indicator("INFLUENCING_OTHERS", INFLUENCE, "影响能力", "Influencing others",
                        "能积极影响他人的思维方式和发展方向",
                        "能以自己积极的言行带领大家努力工作",
                        "有时能影响他人",
                        "对他人几乎无影响力"),
                indicator("ASSESSING_OTHERS", LEADERSHIP, "评估", "Assessing others",
                        "能合理评价他人的技能和绩效,使下属心服口服,并能使下属明确努力方向",
                        "能较为合理地评价他人的技能和绩效,指出其不足",
                        "能够按公司要求对他人作评估",
                        "无法正确评估他人"),
                indicator("FEEDBACK_AND_TRAINING", LEADERSHIP, "反馈和培训", "Feedback and training",
                        "善于了解下属需要,通过一对一的反馈和培训以帮助他人成长和发展",
                        "能够根据实际情况,通过培训和反馈帮助他人成长和发展",
                        "不能很好地利用反馈和培训的手段",
                        "对下属的工作无反馈和培训"),
                indicator("DELEGATION", LEADERSHIP, "授权", "Delegation",
                        "善于分配工作与权力,并能积极传授工作知识,引导下属完成任务",
                        "能够顺利分配工作与权力,有效传授工作知识,完成任务",
                        "欠缺分配工作、权力及指导下属的方法,任务进行偶有困难",
                        "不善于分配工作与权力,缺乏指导员工的方法,下属时有不服怨言"),
                indicator("MOTIVATION", LEADERSHIP, "激励", "Motivation",
                        "了解他人的需求,善于引导下级积极主动地工作,通过奖励和表彰等方式提高积极性",
                        "有制度,能够利用奖励和表彰等方式提高员工积极性",
                        "有一定的制度,但不能充分发挥作用,无改进措施,员工积极性不高",
                        "工作主要靠命令与指示"),
                indicator("ACCOUNTABILITY_MANAGEMENT", LEADERSHIP, "责任管理", "Accountability management",
                        "能够充分与下属沟通,督导员工的工作进展,及时反馈和培训,让下属对工作承担责任",
                        "能够与下属沟通,注重过程管理,指导和协助员工完成任务",
                        "虽能与员工沟通,但缺乏对员工的指导和协助",
                        "放任自流"),
                indicator("ORAL_COMMUNICATION", COMMUNICATION, "口头沟通", "Oral communication",
                        "简明扼要,具有出色的谈话技巧,易于理解",
                        "抓住要点,表达意图,陈述意见,不太需要重复说明",
                        "语言欠清晰,但尚能表达意图,有时需反复解释",
                        "含糊其辞,意图不明"),
                indicator("LISTENING", COMMUNICATION, "倾听", "Listening",
                        "能够很好地倾听别人的倾诉,很快明白倾诉人的想法和要求",
                        "能够注意倾听,力求明白",
                        "能够倾听,有时一知半解",
                        "不注意倾听,常常不知对方所云"),
                indicator("WRITTEN_COMMUNICATION", COMMUNICATION, "书面沟通", "Written communication",
                        "表达清晰、简洁,易于理解,无可挑剔",
                        "几乎不需修改补充,比较准确地表达意见",
                        "文章不够通顺,但尚能清楚表达主要意图",
                        "文理不通,意图不清,需作大幅度修改"),
                indicator("STRATEGIC_THINKING", JUDGEMENT, "战略思考", "Strategic thinking",
                        "能透过现象看本质,把握组织面临的挑战和机会,兼顾短期和长远目标",
                        "能够根据现状,了解组织面临的挑战和机会",
                        "主要忙于事务性工作,有时也会注意公司的前景和对策等问题",
                        "对公司的将来不太关心,也不注意工作上可能出现的机会和挑战"),
                indicator("INNOVATION", JUDGEMENT, "创新能力", "Innovation",
                        "工作中能不断提出新想法、新措施,善于学习,注意规避风险,锐意求新,在工作中有较大创新",
                        "工作中能够努力学习,提出新想法、新措施与新的工作方法并有风险意识",
                        "按部就班,很少提出新想法、新措施与新的工作方法",
                        "因循守旧,墨守成规"),
                indicator("PROBLEM_SOLVING", JUDGEMENT, "解决问题的能力", "Problem solving",
                        "能迅速理解并把握复杂的事物,发现关键问题,找到解决办法,迅速解决",
                        "问题发生后,能够分辨关键问题,找到解决办法,并设法解决",
                        "发生问题,能够去想解决办法,但有时抓不住关键",
                        "遇到问题,束手无策"),
                indicator("INFERENCE_AND_EVALUATION", JUDGEMENT, "推断评估能力", "Inference and evaluation",
                        "对所做决策有良好的权衡和判断评估",
                        "大致能作出正确的判断和评估",
                        "对事物有大概的判断和评估,缺乏方法和手段,结果不十分可信",
                        "对日常工作经常判断失误,耽误工作进程"),
                indicator("DECISION_MAKING", JUDGEMENT, "决策能力", "Decision-making",
                        "善于确定决策时机,提出可行方案,合理权衡,优化选择,对困难的事务处理果断得当",
                        "善于确定决策时机,提出可行方案,但在权衡、选择时偶有失当,大多数日常事务处理果断得当",
                        "能够确定决策时机,但很少提出可行方案,常求助于下属",
                        "遇事优柔寡断,缺乏主见"),
                indicator("ACCURACY", PLANNING, "准确性", "Accuracy",
                        "能够按照计划严格执行,并确保在每个细节上减少差错",
                        "能按照计划执行,比较注意细节,偶有差错发生并能迅速改正",
                        "能大致按计划执行,不太注意细节,偶有差错发生",
                        "工作无计划,随意,常出差错"),
                indicator("EFFICIENCY", PLANNING, "效率", "Efficiency",
                        "时间和资源的利用达到最佳,工作效率高,完成任务速度快,质量高,效益好",
                        "工作效率尚可,能分清主次,能够按时完成工作,基本保证质量",
                        "工作效率较低,需要别人帮助才能完成任务",
                        "工作不分主次,效率低,经常完不成任务"),
                indicator("PLANNING_AND_ORGANISING", PLANNING, "计划和组织", "Planning and organising",
                        "具有极强的制定计划的能力,能自如地指挥调度下属,通过有效的计划提高工作效率,以最佳的结果为目的",
                        "能根据公司的要求,制定相应程序和计划,在权限范围内配置资源,明确目标和方针,以及确保供应的保障",
                        "制订计划和组织实施有难度,需要别人帮助方能进行",
                        "做事无计划,缺乏组织能力"));
        return template(COMPETENCY_REFERENCE, "能力素质指标评价参照标准", "Competency indicator reference standard",
                PeriodKind.QUARTER, section("COMPETENCY", "能力素质指标", "Competency indicators", null, indicators));
    }

    /** 员工态度协作指标评价标准: 积极性, 协作性, 责任心, 纪律性. */
    public static TemplateDefinition employeeAttitude() {
        List<ItemDefinition> indicators = List.of(
                indicator("INITIATIVE", "积极性", "Initiative",
                        "长期坚持学习业务知识;对于额外任务能主动承担并且能高质量完成;工作中善于发现问题,并经常提出新思路和建议",
                        "主动学习业务知识;主动承担一般的额外任务;工作中有时能够提出新的思路和建议",
                        "偶尔主动学习业务知识;有时主动完成一般额外任务;提出个别的新思路和建议",
                        "基本上不主动学习业务知识,很少主动请求承担额外任务,不能提出新思路和建议"),
                indicator("COOPERATIVENESS", "协作性", "Cooperativeness",
                        "主动协助同事出色地完成工作",
                        "能够与同事保持良好的合作关系,协助完成工作",
                        "根据同事的请求能够提供一般协助",
                        "不能积极响应同事的请求或者协作任务的完成质量较差"),
                indicator("SENSE_OF_RESPONSIBILITY", "责任心", "Sense of responsibility",
                        "工作有强烈的责任心",
                        "工作有较强的责任心",
                        "工作有一定的责任心",
                        "工作责任心不强"),
                indicator("DISCIPLINE", "纪律性", "Discipline",
                        "能够长期严格遵守工作规定与标准,有非常强的自觉性和纪律性",
                        "能够遵守工作的规定和标准,有较强的自觉性和纪律性",
                        "基本能够遵守工作规定和标准,基本能够遵守纪律,但有时出现自我要求不严的情况",
                        "不能遵守工作规定和标准,经常发生违规情况,自觉性和纪律性差"));
        return template(EMPLOYEE_ATTITUDE, "员工态度协作指标评价标准",
                "Employee attitude and cooperation evaluation standard", PeriodKind.QUARTER,
                section("ATTITUDE", "态度协作指标", "Attitude and cooperation indicators", null, indicators));
    }

    /** 大客户经理管理协作指标评价标准: 主动性, 响应时间, 解决问题时间, 信息反馈及时, 服务质量. */
    public static TemplateDefinition kaManagerCooperation() {
        List<ItemDefinition> indicators = List.of(
                indicator("PROACTIVENESS", "主动性", "Proactiveness",
                        "经常主动去其他部门询问是否有工作协作需要",
                        "有时去其他部门询问是否有工作协作需要",
                        "几乎不去其他部门询问是否有工作协作需要",
                        "从来不去其他部门询问是否有工作协作需要"),
                indicator("RESPONSE_TIME", "响应时间", "Response time",
                        "其他部门人员提出合理的工作协助要求时,每次及时响应",
                        "其他部门人员提出合理工作协助要求时,多数及时响应",
                        "其他部门人员提出合理工作协助要求时,少数及时响应",
                        "其他部门人员提出合理工作协助要求时,从不及时响应"),
                indicator("TIME_TO_RESOLVE_PROBLEMS", "解决问题时间", "Time to resolve problems",
                        "尽快协助,解决问题远低于预期时间",
                        "尽快协助,在预期时间内解决问题",
                        "尽快协助,解决问题超出预期时间",
                        "对于需协助解决的问题根本不处理"),
                indicator("TIMELY_FEEDBACK", "信息反馈及时", "Timely feedback",
                        "协助工作完成后,每次都及时将完成情况反馈到要求协助部门人员",
                        "协助工作完成后,多数能及时将完成情况反馈到要求协助部门人员",
                        "协助工作完成后,偶尔能及时将完成情况反馈到要求协助部门人员",
                        "协助工作完成后,从来没有及时将完成情况反馈到要求协助部门人员"),
                indicator("SERVICE_QUALITY", "服务质量", "Service quality",
                        "其他部门对协助工作结果非常满意",
                        "其他部门对协助工作结果比较满意",
                        "其他部门对协助工作结果不太满意",
                        "其他部门对协助工作结果很不满意"));
        return template(KA_MANAGER_COOPERATION, "大客户经理管理协作指标评价标准",
                "Key account manager cooperation evaluation standard", PeriodKind.QUARTER,
                section("COOPERATION", "管理协作指标", "Cooperation indicators", null, indicators));
    }

    /** 大客户经理管理绩效评定表: 沟通效果, 工作分配, 下属发展, 管理力度. */
    public static TemplateDefinition kaManagerPerformance() {
        return template(KA_MANAGER_PERFORMANCE, "大客户经理管理绩效评定表",
                "Key account manager management performance rating", PeriodKind.QUARTER,
                section("PERFORMANCE", "管理绩效", "Management performance", null, performanceIndicators()));
    }

    /**
     * 区域经理季度述职考评表: 工作总结 (40), 问题分析解决方案 (20, four points, blank in the source), 下一阶段工作计划 (20),
     * 相关部门意见 (20, 客户服务部, 行政部, 企划部, 物流部, 其他); 结果 by the level scale. Weights are defaults.
     */
    public static TemplateDefinition regionalManagerQuarterlyReport() {
        return template(REGIONAL_MANAGER_QUARTERLY_REPORT, "区域经理季度述职考评表",
                "Regional manager quarterly report appraisal", PeriodKind.QUARTER,
                textSection("WORK_SUMMARY", "工作总结", "Work summary", "40", List.of(
                        LocalizedText.of("目标完成", "Target achievement"),
                        LocalizedText.of("市场运作", "Market operations"),
                        LocalizedText.of("客户管理", "Customer management"),
                        LocalizedText.of("平台管理", "Platform management"))),
                textSection("PROBLEM_ANALYSIS", "问题分析解决方案", "Problem analysis and solutions", "20",
                        numberedPoints()),
                textSection("NEXT_PLAN", "下一阶段工作计划", "Work plan for the next period", "20", List.of(
                        LocalizedText.of("竞争策略", "Competitive strategy"),
                        LocalizedText.of("市场开发", "Market development"),
                        LocalizedText.of("资源配置", "Resource allocation"),
                        LocalizedText.of("后台管理", "Back-office management"))),
                opinions("20", List.of(CUSTOMER_SERVICE_DEPT, ADMINISTRATION_DEPT, PLANNING_DEPT, LOGISTICS_DEPT,
                        OTHER_DEPT)));
    }

    /**
     * 部门经理季度述职考评表: the three written sections with four numbered points each (the source prints dots only),
     * 相关部门意见 of 销售计划部, 客户服务部, 行政部, 企划部, 物流部 (no 其他 on this form); weights 40/20/20/20 are defaults.
     */
    public static TemplateDefinition departmentManagerQuarterlyReport() {
        return template(DEPARTMENT_MANAGER_QUARTERLY_REPORT, "部门经理季度述职考评表",
                "Department manager quarterly report appraisal", PeriodKind.QUARTER,
                textSection("WORK_SUMMARY", "工作总结", "Work summary", "40", numberedPoints()),
                textSection("PROBLEM_ANALYSIS", "问题分析解决方案", "Problem analysis and solutions", "20",
                        numberedPoints()),
                textSection("NEXT_PLAN", "下一阶段工作计划", "Work plan for the next period", "20", numberedPoints()),
                opinions("20", List.of(SALES_PLANNING_DEPT, CUSTOMER_SERVICE_DEPT, ADMINISTRATION_DEPT, PLANNING_DEPT,
                        LOGISTICS_DEPT)));
    }

    /**
     * 销售经理年度考核表: 12 KPIs (指标类别, 指标权重, 目标值, 考核部门, 半年期结果, 年终结果, 年终得分); 综合得分 is the sum of the
     * 年终得分 ({@link KpiScoring#total}). Weights and assessing departments are defaults; targets are set per form.
     * 新客户开发成本 is lower-is-better; 新产品上市进度 is scored in steps (on schedule or not, rather than pro rata).
     */
    public static TemplateDefinition salesManagerAnnual() {
        List<ItemDefinition> kpis = List.of(
                kpi("NEW_PRODUCT_SALES_RATE", "新产品销售率", "New product sales rate", "10", PERCENT, SALES_PLANNING_DEPT),
                kpi("PREMIUM_PRODUCT_SHARE", "高档产品百分比", "Share of premium products", "8", PERCENT,
                        SALES_PLANNING_DEPT),
                kpi("SALES_GROWTH", "销售额增长率", "Sales growth rate", "12", PERCENT, SALES_PLANNING_DEPT),
                kpi("MARKET_SHARE", "产品市场占有率", "Product market share", "10", PERCENT, PLANNING_DEPT),
                kpi("PROMOTION", "促销手段", "Promotion activities", "6", TIMES, PLANNING_DEPT),
                lowerIsBetter(kpi("NEW_CUSTOMER_COST", "新客户开发成本", "New customer acquisition cost", "8", CNY,
                        SALES_PLANNING_DEPT)),
                kpi("NEW_CUSTOMER_SALES", "新客户销售量", "Sales to new customers", "10", CNY, SALES_PLANNING_DEPT),
                kpi("NEW_PRODUCT_SHARE", "新产品比例", "Share of new products", "6", PERCENT, PLANNING_DEPT),
                stepped(kpi("NEW_PRODUCT_LAUNCH", "新产品上市进度", "New product launch progress", "8", PERCENT,
                        PLANNING_DEPT)),
                kpi("EMPLOYEE_SATISFACTION", "员工满意度", "Employee satisfaction", "8", PERCENT, ADMINISTRATION_DEPT),
                kpi("TRAINING_RATE", "业务人员培训率", "Sales staff training rate", "7", PERCENT, ADMINISTRATION_DEPT),
                kpi("SUGGESTIONS_ADOPTED", "员工建议采纳数", "Employee suggestions adopted", "7", SUGGESTIONS,
                        ADMINISTRATION_DEPT));
        return template(SALES_MANAGER_ANNUAL, "销售经理年度考核表", "Sales manager annual appraisal", PeriodKind.YEAR,
                section("KPIS", "考核指标", "Key performance indicators", null, kpis));
    }

    /**
     * 区域经理月度考核表: 销售目标指标 (40), 销售费用率 (20, lower is better), 市场开拓 (15, new customers), 客户管理 (15, visits
     * and follow-ups), 平台管理 (10, scored in steps), each with 目标量, 实际量, 完成率, 得分 (the source prints the sub-columns
     * once). Section weights are defaults.
     */
    public static TemplateDefinition regionalManagerMonthly() {
        return template(REGIONAL_MANAGER_MONTHLY, "区域经理月度考核表", "Regional manager monthly appraisal",
                PeriodKind.MONTH,
                kpiSection("SALES_TARGET", "销售目标指标", "Sales target", "40", CNY, false),
                kpiSection("SELLING_EXPENSE_RATIO", "销售费用率", "Selling expense ratio", "20", PERCENT, true),
                kpiSection("MARKET_DEVELOPMENT", "市场开拓", "Market development", "15", CUSTOMERS, false),
                kpiSection("CUSTOMER_MANAGEMENT", "客户管理", "Customer management", "15", TIMES, false),
                new SectionDefinition("PLATFORM_MANAGEMENT", LocalizedText.of("平台管理", "Platform management"),
                        Weight.defaultOf("10"), List.of(stepped(kpi("PLATFORM_MANAGEMENT", "平台管理",
                                "Platform management", "100", ITEMS, null)))));
    }

    /**
     * 销售代表月度考核表: 销售目标指标 (50: 目标量, 实际量, 完成率, 得分), 其他指标 (20: 目标量, 完成率, 得分), 日常工作指标 (30:
     * 平时表现, 客户维护, 市场管理, banded without descriptions, the source giving none). Weights are defaults.
     */
    public static TemplateDefinition salesRepMonthly() {
        return template(SALES_REP_MONTHLY, "销售代表月度考核表", "Sales representative monthly appraisal",
                PeriodKind.MONTH,
                kpiSection("SALES_TARGET", "销售目标指标", "Sales target", "50", CNY, false),
                kpiSection("OTHER_INDICATORS", "其他指标", "Other indicators", "20", ITEMS, false),
                section("DAILY_WORK", "日常工作指标", "Daily work indicators", "30", List.of(
                        undescribed("EVERYDAY_CONDUCT", EVERYDAY_CONDUCT, null),
                        undescribed("CUSTOMER_MAINTENANCE", LocalizedText.of("客户维护", "Customer maintenance"), null),
                        undescribed("MARKET_MANAGEMENT", LocalizedText.of("市场管理", "Market management"), null))));
    }

    /** 后台管理人员考核: 业务管理, 客户服务, 前台支持, 后台响应, 平时表现, 20 each (defaults). */
    public static TemplateDefinition backOffice() {
        return banded(BACK_OFFICE, "后台管理人员考核", "Back-office staff appraisal", null, frontAndBackOffice());
    }

    /** 配送员考核: 账目, 服务, 维修, 协助, 平时表现, 20 each (defaults). */
    public static TemplateDefinition delivery() {
        return banded(DELIVERY, "配送员考核", "Delivery staff appraisal", null, List.of(
                LocalizedText.of("账目", "Accounts"), LocalizedText.of("服务", "Service"),
                LocalizedText.of("维修", "Repairs"), LocalizedText.of("协助", "Assistance"), EVERYDAY_CONDUCT));
    }

    /** 销售中心员工月度考核表: 主要指标 业务管理, 客户服务, 前台支持, 后台响应, 平时表现, 20 each (defaults). */
    public static TemplateDefinition salesCenterMonthly() {
        return banded(SALES_CENTER_MONTHLY, "销售中心员工月度考核表", "Sales centre staff monthly appraisal",
                LocalizedText.of("主要指标", "Main indicators"), frontAndBackOffice());
    }

    /**
     * 大客户经理季度综合考评表: 绩效得分 from the four indicators of 大客户经理管理绩效评定表, 评估得分 from the nine abilities of
     * 大客户经理能力要求说明书, 学历分 and 工龄分 from the profile tables; weights 50 / 30 / 10 / 10 (defaults); 综合得分, 评分等级,
     * 上季结果 and 工资等级调整 by {@link CompositeScoring}. Which forms feed 绩效 and 评估 is not given in the source; this is
     * the portal's choice.
     */
    public static TemplateDefinition kaManagerQuarterlyComposite() {
        Composite composite = new Composite("COMPOSITE", LocalizedText.of("综合得分", "Composite score"), List.of(
                new CompositePart.SectionPart("PERFORMANCE", LocalizedText.of("绩效得分", "Performance score"),
                        Weight.defaultOf("50")),
                new CompositePart.SectionPart("ASSESSMENT", LocalizedText.of("评估得分", "Assessment score"),
                        Weight.defaultOf("30")),
                new CompositePart.ProfilePart(ProfileKind.EDUCATION, Weight.defaultOf("10")),
                new CompositePart.ProfilePart(ProfileKind.SENIORITY, Weight.defaultOf("10"))),
                ProfileScores.defaults(), SalaryGradeRule.defaults());
        return template(KA_MANAGER_QUARTERLY_COMPOSITE, "大客户经理季度综合考评表",
                "Key account manager quarterly composite appraisal", PeriodKind.QUARTER,
                section("PERFORMANCE", "绩效", "Performance", null, performanceIndicators()),
                section("ASSESSMENT", "评估", "Assessment", null, abilities()),
                section("COMPOSITE", "综合考评", "Composite appraisal", null, List.of(composite)));
    }

    /** 大客户经理能力要求说明书: the nine 能力要求 with their 说明, as a competency section (the source gives no bands). */
    public static TemplateDefinition kaManagerAbilities() {
        return template(KA_MANAGER_ABILITIES, "大客户经理能力要求说明书", "Key account manager ability requirements",
                PeriodKind.QUARTER, section("ABILITIES", "能力要求", "Ability requirements", null, abilities()));
    }

    private static List<ItemDefinition> performanceIndicators() {
        return List.of(
                indicator("COMMUNICATION_EFFECTIVENESS", "沟通效果", "Communication effectiveness",
                        "与下属沟通顺畅,人际关系和谐,下属碰到各种问题愿意主动和上级沟通",
                        "与下属保持良好的关系,经常与下属进行有效的沟通",
                        "能够与下属沟通,但是存在沟通不完全现象",
                        "难以和下属沟通,下属不愿意和上级沟通,上级难以了解下属的想法"),
                indicator("WORK_ALLOCATION", "工作分配", "Work allocation",
                        "合理分派工作,充分发挥下属潜能。对下属工作中的重要问题及时给予指导",
                        "根据下属的个性和能力合理地分配工作,并能给予必要的指导",
                        "给下属分派工作基本能让下属满意,没有明显的忙闲不均现象。有时会指导下属工作",
                        "给下属分派工作存在较大问题,导致下属严重不满意。基本不能指导下属工作"),
                indicator("SUBORDINATE_DEVELOPMENT", "下属发展", "Subordinate development",
                        "帮助全部下属明确自己的发展方向,并得到下属认同。随时指出下属的改进点",
                        "关心大部分下属的个人发展,并能提出改进的要求或建议",
                        "对下属的自身发展会提出一些意见,也能偶尔提出改进要求",
                        "不能让下属明白自己的发展方向,并且基本不能指出下属的改进点"),
                indicator("MANAGEMENT_FIRMNESS", "管理力度", "Management firmness",
                        "下属行为成为其他部门员工效仿的榜样",
                        "能够严格规范下属行为",
                        "基本能够规范下属行为",
                        "难以规范下属行为"));
    }

    private static List<ItemDefinition> abilities() {
        return List.of(
                ability("ABILITY_COMMUNICATION_AND_COOPERATION", "沟通协作能力", "Communication and cooperation",
                        "与大客户和企业内部其他部门相互沟通的能力。例如,当大客户采购的产品出现故障,大客户经理能及时与维修部门联系,在最短的时间内排除障碍,以减少大客户的损失"),
                ability("ABILITY_SALES_NEGOTIATION", "销售谈判能力", "Sales negotiation",
                        "熟悉商业谈判的各种知识,掌握销售谈判技巧,在谈判过程中,能灵活应对,处变不惊"),
                ability("ABILITY_PROJECT_MANAGEMENT", "项目管理能力", "Project management",
                        "在为大客户提供服务的过程中,要求正确把握项目精度,及时反馈客户意见,以及时调整项目要求"),
                ability("ABILITY_GUIDANCE_AND_ADVICE", "指导和建议能力", "Guidance and advice",
                        "对团队目标和成员的工作及时作出指导和建议,以增加团队凝聚力"),
                ability("ABILITY_CHANGE_AND_INNOVATION", "变革与创新能力", "Change and innovation",
                        "能够根据市场变化及客户需求,适时地推出新的管理模式,推动企业内部管理制度的变革"),
                ability("ABILITY_ADAPTABILITY_TO_THE_UNEXPECTED", "灵活应变能力", "Adaptability to the unexpected",
                        "沉着应对各种突发状况,并迅速作出正确决策"),
                ability("ABILITY_TEAM_IMPROVEMENT", "团队改善能力", "Team improvement",
                        "善于发挥团队力量,制定团队目标,培训团队成员,以改善团队能力"),
                ability("ABILITY_APPLYING_KNOWLEDGE", "知识应用能力", "Applying knowledge",
                        "明确企业产品知识,了解大客户业务需求"),
                ability("ABILITY_COMMAND_AND_LEADERSHIP", "指挥、领导能力", "Command and leadership",
                        "设法让下属之间达成共识;培养下属的责任心和使命感,以及勇于挑战的抱负和主人翁意识;善于授权,敢于用人;培养下属的工作成就感,激发下属的最大潜能"));
    }

    private static List<LocalizedText> frontAndBackOffice() {
        return List.of(LocalizedText.of("业务管理", "Business management"),
                LocalizedText.of("客户服务", "Customer service"), LocalizedText.of("前台支持", "Front-office support"),
                LocalizedText.of("后台响应", "Back-office response"), EVERYDAY_CONDUCT);
    }

    private static TemplateDefinition template(String code, String zh, String en, PeriodKind period,
            SectionDefinition... sections) {
        return new TemplateDefinition(code, LocalizedText.of(zh, en), 1, period, List.of(sections),
                LevelScale.defaults());
    }

    private static SectionDefinition section(String code, String zh, String en, String weight,
            List<ItemDefinition> items) {
        return new SectionDefinition(code, LocalizedText.of(zh, en), weight == null ? null : Weight.defaultOf(weight),
                items);
    }

    /** A monthly form of five "()" sections, each one undescribed banded indicator, 20 each. */
    private static TemplateDefinition banded(String code, String zh, String en, LocalizedText group,
            List<LocalizedText> names) {
        SectionDefinition[] sections = names.stream().map(name -> {
            String itemCode = name.en().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
            return new SectionDefinition(itemCode, name, Weight.defaultOf("20"),
                    List.of(undescribed(itemCode, name, group)));
        }).toArray(SectionDefinition[]::new);
        return template(code, zh, en, PeriodKind.MONTH, sections);
    }

    private static SectionDefinition textSection(String code, String zh, String en, String weight,
            List<LocalizedText> points) {
        LocalizedText title = LocalizedText.of(zh, en);
        return new SectionDefinition(code, title, Weight.defaultOf(weight),
                List.of(new TextSection(code, title, points, SCORE_0_100)));
    }

    private static SectionDefinition opinions(String weight, List<LocalizedText> departments) {
        LocalizedText title = LocalizedText.of("相关部门意见", "Opinions of related departments");
        return new SectionDefinition("OPINIONS", title, Weight.defaultOf(weight),
                List.of(new DepartmentOpinion("OPINIONS", title, departments, SCORE_0_100)));
    }

    /** The four unnamed points the source prints as dots. */
    private static List<LocalizedText> numberedPoints() {
        return IntStream.rangeClosed(1, NUMBERED_POINTS)
                .mapToObj(n -> LocalizedText.of("第" + n + "点", "Point " + n)).toList();
    }

    /** A "()" section holding one KPI of the same name with the whole section's weight. */
    private static SectionDefinition kpiSection(String code, String zh, String en, String weight, LocalizedText unit,
            boolean lowerIsBetter) {
        KpiItem item = kpi(code, zh, en, "100", unit, null);
        return new SectionDefinition(code, LocalizedText.of(zh, en), Weight.defaultOf(weight),
                List.of(lowerIsBetter ? lowerIsBetter(item) : item));
    }

    private static KpiItem kpi(String code, String zh, String en, String weight, LocalizedText unit,
            LocalizedText department) {
        Weight itemWeight = "100".equals(weight) ? Weight.of(weight) : Weight.defaultOf(weight);
        return new KpiItem(code, LocalizedText.of(zh, en), itemWeight, unit, null, false, KpiItem.DEFAULT_CAP,
                new KpiFormula.Linear(), department);
    }

    private static KpiItem lowerIsBetter(KpiItem item) {
        return new KpiItem(item.code(), item.name(), item.weight(), item.unit(), item.target(), true, item.cap(),
                item.formula(), item.assessingDepartment());
    }

    /** Steps (defaults): from 60 % 0.6 of the weight, from 80 % 0.8, from 100 % all of it. */
    private static KpiItem stepped(KpiItem item) {
        KpiFormula steps = new KpiFormula.BandedByRate(List.of(KpiFormula.RateStep.of("0.60", "0.60"),
                KpiFormula.RateStep.of("0.80", "0.80"), KpiFormula.RateStep.of("1.00", "1.00")));
        return new KpiItem(item.code(), item.name(), item.weight(), item.unit(), item.target(), item.lowerIsBetter(),
                item.cap(), steps, item.assessingDepartment());
    }

    private static BandedIndicator indicator(String code, LocalizedText group, String zh, String en, String exceeds,
            String meets, String approaches, String farBelow) {
        return new BandedIndicator(code, LocalizedText.of(zh, en), group, null,
                bands(exceeds, meets, approaches, farBelow));
    }

    private static BandedIndicator indicator(String code, String zh, String en, String exceeds, String meets,
            String approaches, String farBelow) {
        return indicator(code, null, zh, en, exceeds, meets, approaches, farBelow);
    }

    private static BandedIndicator ability(String code, String zh, String en, String explanation) {
        return new BandedIndicator(code, LocalizedText.of(zh, en), null, explanation, bands("", "", "", ""));
    }

    private static BandedIndicator undescribed(String code, LocalizedText name, LocalizedText group) {
        return new BandedIndicator(code, name, group, null, bands("", "", "", ""));
    }

    /** The four bands with the default ranges 90–100, 75–89, 60–74, 0–59. */
    private static List<Band> bands(String exceeds, String meets, String approaches, String farBelow) {
        return List.of(new Band(BandLevel.EXCEEDS, exceeds, ScoreRange.defaultOf("90", "100")),
                new Band(BandLevel.MEETS, meets, ScoreRange.defaultOf("75", "89")),
                new Band(BandLevel.APPROACHES, approaches, ScoreRange.defaultOf("60", "74")),
                new Band(BandLevel.FAR_BELOW, farBelow, ScoreRange.defaultOf("0", "59")));
    }
}
