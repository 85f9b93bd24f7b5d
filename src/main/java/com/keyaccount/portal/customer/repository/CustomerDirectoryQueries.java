package com.keyaccount.portal.customer.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 客户一览表's reads in plain SQL over {@link CustomerDirectorySql} pieces: a page, a count, batch look-ups. */
public interface CustomerDirectoryQueries {

    /** A directory line as stored, with the facts the confidentiality check needs (level, owner, department). */
    record Line(long id, String name, String shortName, String code, String regionName, String grade, String rating,
            long ownerId, long departmentId, String status, LocalDate lastFollowUpOn, String confidentiality) {
    }

    /** The archive columns an export adds for archives the reader may open, with the primary contact. */
    record ArchiveColumns(String creditCode, String phone, String address, String contactName, String contactPhone) {
    }

    List<Line> findLines(CustomerDirectorySql.Part where, String orderBy, int limit, long offset);

    long countLines(CustomerDirectorySql.Part where);

    /** The number of lines, counted up to {@code limit} at most (a broad search stops early). */
    long countLines(CustomerDirectorySql.Part where, long limit);

    /** The archives whose name holds the token (V3_8_7), counted up to {@code limit} at most. */
    long countTokenRows(String token, long limit);

    /** The co-responsible staff of each archive (archives without any are left out). */
    Map<Long, Set<Long>> findCoOwners(Collection<Long> customerIds);

    /** The archive columns of the given archives; only ever asked for archives the reader may open. */
    Map<Long, ArchiveColumns> findArchiveColumns(Collection<Long> customerIds);
}
