package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;

/** 品名 with 类型 and 价格 (营业方面 of the 法人客户信息资料表, 002 八). */
public record ProductLine(String name, String productType, BigDecimal price) implements Serializable {
}
