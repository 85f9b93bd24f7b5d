package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;

/** 维修记录 of the 自然人客户信息资料表 (002 九): 送修日期, 维修项目, 下一次保养期, 送修人. */
public record ServiceRecord(LocalDate servedOn, String item, LocalDate nextServiceOn, String broughtBy)
        implements Serializable {
}
