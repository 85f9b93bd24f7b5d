package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One asset of a natural-person customer (002 九: 车型, 车号 and the first service — 首次送修日期, 维修项目, 送修人); the
 * labels are configurable ({@code portal.customer.asset-labels}) so the part fits other assets than cars.
 */
public record AssetRecord(String assetType, String identifier, String description, LocalDate firstServiceOn,
        String firstItem, String broughtBy) implements Serializable {
}
