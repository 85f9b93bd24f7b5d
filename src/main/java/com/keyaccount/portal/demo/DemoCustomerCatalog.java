package com.keyaccount.portal.demo;

import com.keyaccount.portal.customer.BusinessType;
import com.keyaccount.portal.customer.Confidentiality;
import com.keyaccount.portal.customer.CustomerNature;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.Market;
import com.keyaccount.portal.customer.PaymentRating;
import com.keyaccount.portal.customer.SpecialKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo company's customers (宏达商贸's key accounts), generated deterministically: realistic Chinese names across
 * every region (polyphone cities such as 重庆, 长沙, 厦门, 蚌埠 included), every nature, business type, level and
 * lifecycle stage, with their owners, contacts and yearly sales volume. The same seed always gives the same company.
 */
final class DemoCustomerCatalog {

    /** 客户区域分类表 (002 四): code, name, 组别, boundaries, times not suitable for visits, cities. */
    record Region(String code, String name, String group, String boundaries, String unsuitable, List<String> cities) {
    }

    /** One demo customer. {@code yearlySales}: the scale of its monthly sales lines (0: none). */
    record Spec(String name, String shortName, String regionCode, String city, CustomerVariant variant,
            CustomerNature nature, SpecialKind specialKind, BusinessType businessType, Market market,
            String industry, Confidentiality level, CustomerStatus stage, String owner, String coOwner,
            PaymentRating payment, BigDecimal yearlySales, int marginPercent, List<String> contacts, String phone) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("A", "华东区", "大客户一组", "上海、江苏、浙江、安徽", "每周一上午（客户例会）",
                    List.of("上海", "杭州", "南京", "苏州", "宁波", "合肥", "蚌埠")),
            new Region("B", "东南区", "大客户一组", "福建、江西", "每月 25 日后（月结）",
                    List.of("福州", "厦门", "泉州", "南昌", "赣州")),
            new Region("C", "华中区", "大客户一组", "湖南、湖北、河南", "春节前后两周",
                    List.of("长沙", "株洲", "武汉", "宜昌", "郑州")),
            new Region("D", "西南区", "大客户二组", "重庆、四川、云南、贵州", "每周五下午",
                    List.of("重庆", "成都", "绵阳", "昆明", "贵阳")),
            new Region("E", "华南区", "大客户二组", "广东、广西、海南", "台风预警期间",
                    List.of("广州", "深圳", "东莞", "佛山", "南宁", "海口")),
            new Region("F", "华北区", "大客户二组", "北京、天津、河北、山西", "每月初 3 天（报表期）",
                    List.of("北京", "天津", "石家庄", "太原", "长治")));

    private static final String[] BRANDS = {"宏盛", "金鼎", "华辰", "恒通", "瑞丰", "鑫源", "天成", "永泰", "嘉禾",
        "华为", "重华", "行健", "长青", "银河", "正大光", "博远", "朝阳", "乐都", "会通", "信达", "润泽", "景程", "茂林",
        "兴隆", "佳和", "广厦", "盛世", "远航", "百川", "众诚"};
    private static final String[][] TRADES = {{"商贸", "批发零售"}, {"百货", "百货零售"}, {"电器", "家用电器"},
        {"食品", "食品饮料"}, {"建材", "建筑材料"}, {"医药", "医药"}, {"机电", "机械设备"}, {"纺织", "纺织服装"},
        {"物流", "物流运输"}, {"酒店管理", "住宿餐饮"}, {"五金", "五金交电"}, {"电子", "电子元器件"}};
    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "贸易有限公司", "有限责任公司"};
    private static final String[][] SPECIAL = {{"律师事务所", "LAWYER", "法律服务"}, {"财务顾问有限公司",
        "FINANCIAL_ADVISER", "商务服务"}, {"广告传媒有限公司", "ADVERTISING", "广告"}, {"公关顾问有限公司",
        "PUBLIC_RELATIONS", "商务服务"}, {"银行股份有限公司分行", "BANK", "金融"}, {"财产保险有限公司", "INSURANCE", "金融"}};
    private static final String[] PEOPLE = {"单晓东", "曾国平", "覃海燕", "解春生", "仇立新", "区志坚", "柏文静", "查海涛",
        "盖立军", "朴成浩", "乐小燕", "缪建华", "贲志强", "万俟明"};
    private static final String[] CONTACT_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
        "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "曾", "单", "覃"};
    private static final String[] CONTACT_GIVEN = {"建华", "秀英", "志明", "丽娟", "海波", "春梅", "国强", "晓燕",
        "文斌", "雪梅", "长青", "重阳", "乐天", "思远", "子涵", "宇航"};
    /** Owners by team: 大客户一组 first, then 大客户二组 and 销售部. */
    private static final String[][] OWNERS = {{"zhangwei", "lina"}, {"lina", "sunli"}, {"sunli", "zhangwei"},
        {"liuyang", "zhangwei"}, {"zhoujie", "wufang"}, {"wufang", "zhoujie"}, {"zhaomin", "wufang"},
        {"hejing", null}};

    private DemoCustomerCatalog() {
    }


    static List<Spec> customers(int count, long seed) {
        Random random = new Random(seed);
        List<Spec> specs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; specs.size() < count; i++) {
            Region region = REGIONS.get(i % REGIONS.size());
            String city = region.cities().get(random.nextInt(region.cities().size()));
            String[] owners = OWNERS[random.nextInt(OWNERS.length)];
            CustomerStatus stage = stage(i);
            int kind = i % 20;
            Spec spec;
            if (kind == 7) {
                String person = PEOPLE[random.nextInt(PEOPLE.length)];
                spec = new Spec(person, null, region.code(), city, CustomerVariant.NATURAL_PERSON,
                        CustomerNature.END_CUSTOMER, null, BusinessType.MEMBER, Market.DOMESTIC, "个人消费",
                        Confidentiality.PERSONAL, stage, owners[0], null, payment(random),
                        amount(random, 30_000, 160_000), 18 + random.nextInt(10), List.of(person), mobile(random));
            } else if (kind == 13) {
                String[] special = SPECIAL[random.nextInt(SPECIAL.length)];
                String name = city + BRANDS[random.nextInt(BRANDS.length)] + special[0];
                spec = new Spec(name, null, region.code(), city, CustomerVariant.END_CUSTOMER_CARD,
                        CustomerNature.SPECIAL, SpecialKind.valueOf(special[1]), null, Market.DOMESTIC, special[2],
                        Confidentiality.COMPANY, stage, owners[0], owners[1], PaymentRating.GOOD,
                        amount(random, 10_000, 80_000), 25, contacts(random, 2), phone(random));
            } else {
                String brand = BRANDS[random.nextInt(BRANDS.length)];
                String[] trade = TRADES[random.nextInt(TRADES.length)];
                String name = city + brand + trade[0] + SUFFIXES[random.nextInt(SUFFIXES.length)];
                CustomerNature nature = kind % 10 == 3 ? CustomerNature.SUPPLIER
                        : kind % 2 == 0 ? CustomerNature.DISTRIBUTOR : CustomerNature.END_CUSTOMER;
                CustomerVariant variant = nature == CustomerNature.DISTRIBUTOR ? CustomerVariant.DISTRIBUTOR_CARD
                        : CustomerVariant.END_CUSTOMER_CARD;
                BusinessType type = nature == CustomerNature.END_CUSTOMER && kind % 4 == 1 ? BusinessType.AGREEMENT
                        : null;
                Confidentiality level = kind % 9 == 0 ? Confidentiality.COMPANY
                        : kind % 3 == 0 ? Confidentiality.DEPARTMENT : Confidentiality.PERSONAL;
                Market market = kind == 19 ? Market.INTERNATIONAL : Market.DOMESTIC;
                spec = new Spec(name, brand + trade[0], region.code(), city, variant, nature, null, type, market,
                        trade[1], level, stage, owners[0], kind % 5 == 0 ? owners[1] : null, payment(random),
                        yearly(random), 4 + random.nextInt(30), contacts(random, 1 + random.nextInt(3)),
                        phone(random));
            }
            if (names.add(spec.name())) {
                specs.add(spec);
            }
        }
        return specs;
    }

    /** About 60 % trading, the rest spread over every other stage. */
    private static CustomerStatus stage(int i) {
        return switch (i % 25) {
            case 0, 1, 2 -> CustomerStatus.PROSPECT;
            case 3, 4 -> CustomerStatus.SURVEYING;
            case 5 -> CustomerStatus.SURVEY_STOPPED;
            case 6 -> CustomerStatus.PENDING_APPROVAL;
            case 7 -> CustomerStatus.CONTRACTING;
            case 8, 9 -> CustomerStatus.TERMINATED;
            case 10 -> CustomerStatus.DEREGISTERED;
            default -> CustomerStatus.ACTIVE;
        };
    }

    /** Yearly sales spread over every grade band of 001 一篇 第3条, gaps included. */
    private static BigDecimal yearly(Random random) {
        int[] bands = {8_000, 15_000, 30_000, 45_000, 70_000, 90_000, 150_000, 240_000, 280_000, 400_000, 650_000,
            1_200_000};
        int base = bands[random.nextInt(bands.length)];
        return BigDecimal.valueOf(base + random.nextInt(Math.max(1, base / 10)));
    }

    private static BigDecimal amount(Random random, int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min));
    }

    private static PaymentRating payment(Random random) {
        int p = random.nextInt(10);
        return p < 6 ? PaymentRating.GOOD : p < 8 ? PaymentRating.FAIR : p < 9 ? PaymentRating.POOR
                : PaymentRating.VERY_BAD;
    }

    private static List<String> contacts(Random random, int count) {
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(CONTACT_SURNAMES[random.nextInt(CONTACT_SURNAMES.length)]
                    + CONTACT_GIVEN[random.nextInt(CONTACT_GIVEN.length)]);
        }
        return contacts;
    }

    private static String phone(Random random) {
        return String.format("0%d-%08d", 10 + random.nextInt(890), random.nextInt(100_000_000));
    }

    static String mobile(Random random) {
        return String.format("1%d%09d", 3 + random.nextInt(7), random.nextInt(1_000_000_000));
    }
}
