package com.keyaccount.portal.demo;

import com.keyaccount.portal.org.DepartmentDraft;
import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.DepartmentService;
import com.keyaccount.portal.org.DepartmentSummary;
import com.keyaccount.portal.org.EducationLevel;
import com.keyaccount.portal.org.EmployeeDraft;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.org.EmptyOrgInitializer;
import com.keyaccount.portal.security.Role;
import com.keyaccount.portal.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a demo company: ten departments, two key-account teams and twenty-four people in a
 * manager hierarchy, with one login per role and one holder of every {@link Office}. Goes through the services, so demo data obeys every rule. Off in
 * the {@code mysql} profile unless {@code PORTAL_DEMO_DATA=true}.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** The password of every demo login (README lists them). */
    static final String DEMO_PASSWORD = "Portal@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private record Unit(String code, String name, DepartmentKind kind, String parent) {
    }

    private record Person(String username, String name, String number, String unit, String position, String manager,
            LocalDate hired, EducationLevel education, EnumSet<Role> roles) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit("HQ", "宏达商贸有限公司", DepartmentKind.COMPANY, null),
            new Unit("KA", "大客户部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("KA1", "大客户一组", DepartmentKind.TEAM, "KA"),
            new Unit("KA2", "大客户二组", DepartmentKind.TEAM, "KA"),
            new Unit("SALES", "销售部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("CS", "客户服务部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("ADM", "行政部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("PLAN", "企划部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("LOG", "物流部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("FIN", "财务部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("SPLAN", "销售计划部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("MKT", "市场部", DepartmentKind.DEPARTMENT, "HQ"),
            new Unit("HR", "人力资源部", DepartmentKind.DEPARTMENT, "HQ"));

    private static final List<Person> PEOPLE = List.of(
            person("wangjianguo", "王建国", "HD0001", "HQ", "总经理", null, "2008-03-01", EducationLevel.MASTER, Role.GENERAL_MANAGER),
            person("chenzhiqiang", "陈志强", "HD0002", "KA", "营销总监", "wangjianguo", "2012-07-16", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("liuyang", "刘洋", "HD0003", "KA1", "大客户经理", "chenzhiqiang", "2015-04-01", EducationLevel.BACHELOR, Role.MANAGER),
            person("zhangwei", "张伟", "HD0004", "KA1", "大客户专员", "liuyang", "2019-09-02", EducationLevel.BACHELOR, Role.EMPLOYEE),
            person("lina", "李娜", "HD0005", "KA1", "销售代表", "liuyang", "2021-03-15", EducationLevel.JUNIOR_COLLEGE, Role.EMPLOYEE),
            person("sunli", "孙丽", "HD0006", "KA1", "客户信息专员", "liuyang", "2023-06-19", EducationLevel.BACHELOR, Role.EMPLOYEE),
            person("zhaomin", "赵敏", "HD0007", "KA2", "大客户经理", "chenzhiqiang", "2016-11-07", EducationLevel.MASTER, Role.MANAGER),
            person("zhoujie", "周杰", "HD0008", "KA2", "销售代表", "zhaomin", "2020-05-11", EducationLevel.JUNIOR_COLLEGE, Role.EMPLOYEE),
            person("wufang", "吴芳", "HD0009", "KA2", "大客户专员", "zhaomin", "2022-08-01", EducationLevel.BACHELOR, Role.EMPLOYEE),
            person("zhenghao", "郑浩", "HD0010", "KA2", "销售代表", "zhaomin", "2018-02-26", EducationLevel.HIGH_SCHOOL_OR_BELOW, Role.EMPLOYEE),
            person("huanglei", "黄磊", "HD0011", "SALES", "销售部经理", "wangjianguo", "2013-05-20", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("hejing", "何静", "HD0012", "SALES", "销售代表", "huanglei", "2022-02-14", EducationLevel.JUNIOR_COLLEGE, Role.EMPLOYEE),
            person("linfeng", "林峰", "HD0013", "CS", "客户服务部经理", "wangjianguo", "2014-09-01", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("mali", "马丽", "HD0014", "CS", "客服专员", "linfeng", "2024-04-08", EducationLevel.JUNIOR_COLLEGE, Role.EMPLOYEE),
            person("gaojie", "高洁", "HD0015", "ADM", "行政部经理", "wangjianguo", "2011-10-10", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("admin", "罗军", "HD0016", "ADM", "系统管理员", "gaojie", "2017-03-06", EducationLevel.BACHELOR, Role.ADMIN, Role.EMPLOYEE),
            person("liangchen", "梁晨", "HD0017", "PLAN", "企划部经理", "wangjianguo", "2016-01-04", EducationLevel.MASTER, Role.DEPARTMENT_HEAD),
            person("songtao", "宋涛", "HD0018", "LOG", "物流部经理", "wangjianguo", "2010-06-01", EducationLevel.JUNIOR_COLLEGE, Role.DEPARTMENT_HEAD),
            person("hanxue", "韩雪", "HD0019", "LOG", "配送员", "songtao", "2023-11-20", EducationLevel.HIGH_SCHOOL_OR_BELOW, Role.EMPLOYEE),
            person("xiejuan", "谢娟", "HD0020", "FIN", "财务部经理", "wangjianguo", "2012-12-03", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("xuming", "徐明", "HD0021", "HQ", "营销副总经理", "wangjianguo", "2011-04-18", EducationLevel.MASTER, Role.MANAGER),
            person("zhouyan", "周燕", "HD0022", "SPLAN", "销售计划部经理", "xuming", "2015-08-03", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("qianlei", "钱磊", "HD0023", "MKT", "市场部经理", "xuming", "2017-05-22", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD),
            person("fengqian", "冯倩", "HD0024", "HR", "人力资源部经理", "wangjianguo", "2013-09-09", EducationLevel.BACHELOR, Role.DEPARTMENT_HEAD));

    /** One holder of every office the regulations name (RULES.md §1). */
    private static final Map<String, EnumSet<Office>> OFFICES = Map.of(
            "wangjianguo", EnumSet.of(Office.GENERAL_MANAGER),
            "chenzhiqiang", EnumSet.of(Office.MARKETING_DIRECTOR, Office.KA_DEPARTMENT_MANAGER),
            "xuming", EnumSet.of(Office.DEPUTY_GM_MARKETING),
            "sunli", EnumSet.of(Office.ARCHIVE_KEEPER),
            "mali", EnumSet.of(Office.CUSTOMER_SERVICE_SPECIALIST));

    /** 工资等级 by position: general manager 18, deputy 16, department heads 12–14, team leads 10, staff 3–8. */
    private static final Map<String, Integer> SALARY_GRADES = Map.ofEntries(
            Map.entry("wangjianguo", 18), Map.entry("chenzhiqiang", 15), Map.entry("liuyang", 10),
            Map.entry("zhangwei", 6), Map.entry("lina", 4), Map.entry("sunli", 5), Map.entry("zhaomin", 10),
            Map.entry("zhoujie", 4), Map.entry("wufang", 5), Map.entry("zhenghao", 5), Map.entry("huanglei", 13),
            Map.entry("hejing", 3), Map.entry("linfeng", 12), Map.entry("mali", 3), Map.entry("gaojie", 12),
            Map.entry("admin", 8), Map.entry("liangchen", 12), Map.entry("songtao", 12), Map.entry("hanxue", 2),
            Map.entry("xiejuan", 13), Map.entry("xuming", 16), Map.entry("zhouyan", 12), Map.entry("qianlei", 12),
            Map.entry("fengqian", 12));

    /** Heads of each unit, appointed once the people exist. */
    private static final Map<String, String> HEADS = Map.ofEntries(Map.entry("HQ", "wangjianguo"),
            Map.entry("KA", "chenzhiqiang"), Map.entry("KA1", "liuyang"), Map.entry("KA2", "zhaomin"),
            Map.entry("SALES", "huanglei"), Map.entry("CS", "linfeng"), Map.entry("ADM", "gaojie"),
            Map.entry("PLAN", "liangchen"), Map.entry("LOG", "songtao"), Map.entry("FIN", "xiejuan"),
            Map.entry("SPLAN", "zhouyan"), Map.entry("MKT", "qianlei"), Map.entry("HR", "fengqian"));

    private final DepartmentService departments;
    private final EmployeeService employees;
    private final EmptyOrgInitializer initializer;

    DemoDataLoader(DepartmentService departments, EmployeeService employees, EmptyOrgInitializer initializer) {
        this.departments = departments;
        this.employees = employees;
        this.initializer = initializer;
    }

    /** All or nothing: a failing step leaves the database empty, so the next start loads the company again. */
    /** The demo login of a person of the demo company, by display name (e.g. 刘洋 → liuyang). */
    static Optional<String> usernameOf(String displayName) {
        return PEOPLE.stream().filter(person -> person.name().equals(displayName)).map(Person::username).findFirst();
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> initializer.runIfEmpty(this::load));
    }

    private void load() {
        Map<String, Long> unitIds = new HashMap<>();
        int order = 0;
        for (Unit unit : UNITS) {
            DepartmentDraft draft = new DepartmentDraft();
            draft.setCode(unit.code());
            draft.setName(unit.name());
            draft.setKind(unit.kind());
            draft.setParentId(unit.parent() == null ? null : unitIds.get(unit.parent()));
            draft.setSortOrder(order++);
            unitIds.put(unit.code(), departments.save(draft));
        }
        Map<String, Long> personIds = new HashMap<>();
        int phone = 0;
        for (Person person : PEOPLE) {
            EmployeeDraft draft = new EmployeeDraft();
            draft.setUsername(person.username());
            draft.setInitialPassword(DEMO_PASSWORD);
            draft.setDisplayName(person.name());
            draft.setEmployeeNo(person.number());
            draft.setDepartmentId(unitIds.get(person.unit()));
            draft.setPositionTitle(person.position());
            draft.setManagerId(person.manager() == null ? null : personIds.get(person.manager()));
            draft.setHireDate(person.hired());
            draft.setEducation(person.education());
            draft.setPhone("1380571" + String.format("%04d", 1000 + phone++));
            draft.setEmail(person.username() + "@hongda.example.com");
            draft.setRoles(person.roles());
            draft.setSalaryGrade(SALARY_GRADES.get(person.username()));
            draft.setOffices(OFFICES.getOrDefault(person.username(), EnumSet.noneOf(Office.class)));
            personIds.put(person.username(), employees.create(draft));
        }
        for (DepartmentSummary summary : departments.findAll()) {
            DepartmentDraft draft = DepartmentDraft.of(summary);
            draft.setHeadId(personIds.get(HEADS.get(summary.code())));
            departments.save(draft);
        }
        long leaver = personIds.get("zhenghao");
        employees.markLeft(leaver, LocalDate.of(2025, 12, 31), employees.loadDraft(leaver).getVersion());
        log.info("Demo data loaded: {} departments, {} people; password of every demo login: {}", UNITS.size(),
                PEOPLE.size(), DEMO_PASSWORD);
    }

    private static Person person(String username, String name, String number, String unit, String position,
            String manager, String hired, EducationLevel education, Role... roles) {
        return new Person(username, name, number, unit, position, manager, LocalDate.parse(hired), education,
                EnumSet.copyOf(List.of(roles)));
    }
}
