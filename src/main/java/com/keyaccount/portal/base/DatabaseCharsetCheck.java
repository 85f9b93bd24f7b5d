package com.keyaccount.portal.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a MySQL or MariaDB schema that is not utf8mb4 throughout: in {@code utf8} (utf8mb3) or
 * {@code latin1} a name with a character outside the BMP (𠮷) fails to save or turns into question marks, long after
 * the database was set up. Runs right after Flyway's migrations, before anything else touches the tables; H2 stores
 * Unicode anyway and is skipped.
 */
@Component
class DatabaseCharsetCheck implements Callback {

    static final String CHARSET = "utf8mb4";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            List<String> problems = problems(context.getConnection());
            if (!problems.isEmpty()) {
                throw new FlywayException("The database must be " + CHARSET + " throughout (see README, 'Production on "
                        + "MySQL 8'; convert with ALTER DATABASE … CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci and "
                        + "ALTER TABLE … CONVERT TO CHARACTER SET utf8mb4): " + String.join("; ", problems));
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not check the database character set", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "utf8mb4 check";
    }

    /** What in the current schema is not utf8mb4: the database default, tables and text columns; empty on H2. */
    static List<String> problems(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.equalsIgnoreCase("MySQL") && !product.equalsIgnoreCase("MariaDB")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        query(connection, "select @@character_set_database from dual where @@character_set_database <> '" + CHARSET + "'",
                problems, "database default character set %s");
        query(connection, "select table_name, table_collation from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE' and table_collation not like '"
                + CHARSET + "%'", problems, "table %s in %s");
        query(connection, "select concat(table_name, '.', column_name), character_set_name from information_schema.columns "
                + "where table_schema = database() and character_set_name is not null and character_set_name <> '"
                + CHARSET + "'", problems, "column %s in %s");
        return problems;
    }

    private static void query(Connection connection, String sql, List<String> problems, String format)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rows.getString(i + 1);
                }
                problems.add(format.formatted(values));
            }
        }
    }
}
